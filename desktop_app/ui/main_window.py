"""The main window: navigation, menus and toolbar, the status bar, and the pages.

The window is shown before the database is open (the heavy imports wait for the first paint);
``attach(db)`` then builds the Orders page. The other pages are built the first time they are
wanted, and what they import is loaded off the GUI thread once the first rows are on screen
(``warm_up``, Account health's chart library last); the status bar's figures wait for those
rows too. Account health is built when first opened, and reads its figures off the GUI thread.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from PySide6 import QtCore
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, percent, tx
from desktop_app.ui.errors import Notify, message_box, report
from desktop_app.ui.icons import ActionIcons, IconName, app_icon, icon
from desktop_app.ui.operations import Operations, Progress
from desktop_app.ui.paint import AfterFirstPaint, viewport_of
from desktop_app.ui.shops import Shops
from desktop_app.ui.style import set_role, set_tone
from desktop_app.ui.theme import Theme

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.services.changes import ChangeSet
    from desktop_app.services.context import Context
    from desktop_app.ui.first_read import FirstRead
    from desktop_app.ui.page import Page
    from desktop_app.ui.requests_page import RequestsPage
    from desktop_app.ui.returns_page import ReturnsPage
    from desktop_app.ui.shop_state import ShopState
    from desktop_app.ui.stock_page import StockPage
    from desktop_app.ui.watch import ChangeWatcher

ORDERS, REQUESTS, RETURNS, STOCK, HEALTH = range(5)
PAGE_NAMES = {
    ORDERS: QT_TRANSLATE_NOOP("MainWindow", "Orders"),
    REQUESTS: QT_TRANSLATE_NOOP("MainWindow", "Buyer requests"),
    RETURNS: QT_TRANSLATE_NOOP("MainWindow", "Returns"),
    STOCK: QT_TRANSLATE_NOOP("MainWindow", "Stock"),
    HEALTH: QT_TRANSLATE_NOOP("MainWindow", "Account health"),
}
PAGE_ICONS: dict[int, IconName] = {
    ORDERS: "orders",
    REQUESTS: "requests",
    RETURNS: "returns",
    STOCK: "stock",
    HEALTH: "health",
}
# Nothing before the first paint uses the Qt namespace (``Qt.AlignmentFlag`` and the like):
# PySide builds all of its ~80 Python enums on first use, ~15 ms the first paint would wait
# for. The few settings the window needs early are made through the style sheet instead
# (``set_role(label, "centred")``, the toolbar's button style), later code reads ``QtCore.Qt``
# when it runs, and shortcuts are set in a way that does not convert through it (``_action``).
IMPORT_MODULE = "desktop_app.ui.importing"
HEALTH_MODULE = "desktop_app.ui.health.page"
HEALTH_CHART_MODULE = "desktop_app.ui.health.chart"
CHECK_INTERVAL_MS = 12_000  # the light check for changes made elsewhere
DAILY_BACKUP_DELAY_MS = 3_000  # the daily copy waits until the seller has had a first look
FIRST_ROWS_WAIT_MS = 2_000  # what waits for the first rows waits no longer than this
# What the pages, dialogs and status bar import beyond the Orders table: loaded off the GUI
# thread once the first rows are on screen, so that opening them later is quick.
_QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")  # see warm_up
QT_TOUCH_SLICE_S = 0.010
WARM_UP = (
    "desktop_app.services.cancellation",
    "desktop_app.services.health",
    "desktop_app.services.orders",
    "desktop_app.services.requests",
    "desktop_app.services.returns",
    "desktop_app.services.stock",
    "desktop_app.ui.dialogs.cancel",
    "desktop_app.ui.dialogs.bulk_cancel",
    "desktop_app.ui.requests_page",
    "desktop_app.ui.returns_page",
    "desktop_app.ui.stock_page",
    "desktop_app.ui.health.page",
    "desktop_app.ui.health.chart",  # pyqtgraph, last: Account health then opens quickly
)


@dataclass
class Prompts:
    """The questions the window asks in a dialog. Tests give answers instead, so nothing
    blocks; None means the real dialog."""

    # File > Import: the files chosen (an empty list: none)
    open_files: Callable[[QWidget], list[str]] | None = None
    # File > Back up…: where to write the copy, given a suggested path (None: cancelled)
    backup_path: Callable[[QWidget, str], Path | None] | None = None
    # passed on to ``importing.import_files`` (``confirm=``, ``choose_mapping=``)
    import_options: dict[str, Any] = field(default_factory=dict)
    # Settings > Column mappings… > Delete: "are you sure?"
    confirm: Callable[[QWidget, str, str], bool] | None = None
    # File > Export…: where to write the file, given a suggested name (None: cancelled)
    export_path: Callable[[QWidget, str], Path | None] | None = None


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _nav_width(names: list[str]) -> int:
    """The page list's width: its longest name in the sheet's 13 px font, the 16 px icon, the
    item's padding (8 px each side) and room for the icon's gap (9 px), rounding and the frame
    ("Rücksendungen", "Stornierungsanträge (12)" are longer than their English names)."""
    font = QFont()
    font.setPixelSize(13)
    widest = max(QFontMetrics(font).horizontalAdvance(name) for name in names)
    return widest + 16 + 2 * 8 + 14


class MainWindow(QMainWindow):
    attached = Signal()
    settled = Signal()  # the first rows are on screen; what waited for them has started
    statusRefreshed = Signal()

    def __init__(
        self,
        settings: QSettings,
        *,
        notify: Notify = message_box,
        prompts: Prompts | None = None,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        daily_backup_delay_ms: int = DAILY_BACKUP_DELAY_MS,
        backup_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.notify = notify
        self.prompts = prompts or Prompts()
        self.check_interval_ms = check_interval_ms
        self.backup_folder = backup_folder  # daily copies (None: the user's data folder)
        self.watcher: ChangeWatcher | None = None
        self.shop_state: ShopState | None = None  # busy or damaged: the window says so
        self.dialog: QWidget | None = None  # the settings dialog opened last (tests drive it)
        self.import_runner: QObject | None = None  # the import running now (tests wait on it)
        self.daily_backup_timer = QTimer(self)
        self.daily_backup_timer.setSingleShot(True)
        self.daily_backup_timer.setInterval(daily_backup_delay_ms)
        self.daily_backup_timer.timeout.connect(self.daily_backup)
        self.db: Database | None = None
        self.ctx: Context | None = None
        self.operations = Operations(lambda error: report(self, error, self.notify), parent=self)
        self.pages: dict[int, QWidget] = {}
        self.health_page: QWidget | None = None
        self._health_opening = False  # its modules are being imported
        self.setWindowTitle(self.tr("Seller Desk"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = Theme(app, settings, parent=self)
        self.theme.apply()
        self.icons = ActionIcons()
        self.theme.changed.connect(self._theme_changed)
        # Qt's own word on the system's colours builds the Qt namespace's enums, 15-20 ms of
        # the GUI thread while the shop opens: asked once the first rows are on screen (or
        # the window gave up waiting for them: a first start's dialog, a shop that failed)
        self.settled.connect(self.theme.follow_system)
        QTimer.singleShot(FIRST_ROWS_WAIT_MS, self, self.theme.follow_system)
        self.resize(1360, 820)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(16, 16))
        for number, name in PAGE_NAMES.items():  # row number = page number
            self.nav.addItem(QListWidgetItem(icon(PAGE_ICONS[number]), self.tr(name)))
        self.fit_nav()
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Opening your shop…"))
        # not yet polished: the property is enough (set_role's repolish would load QStyle's
        # Python enums, some 0.3 s, before the first paint)
        self.placeholder.setProperty("role", "centred")
        self.stack.addWidget(self.placeholder)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_page)

        self._build_actions()
        self._build_status_bar()
        self.operations.busyChanged.connect(self._busy)
        self.operations.wrote.connect(self._wrote)
        self.operations.progressed.connect(self._progress)
        self._set_enabled(False)
        self._restore_geometry()

    # --- actions -----------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        slot: Callable[[], Any],
        tip: str,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is None:
            action.setToolTip(tip)
        else:
            keys = QKeySequence(shortcut)
            # a list, not setShortcut(keys): PySide's conversion of a QKeySequence argument
            # loads the Qt namespace's enums (see the note above IMPORT_MODULE); a key the
            # platform lacks is none
            action.setShortcuts([keys] if not keys.isEmpty() else [])
            action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _theme_changed(self, _dark: bool) -> None:
        """The icons drawn for the other theme (the style sheet restyled the rest)."""
        self.icons.refresh()
        for number in PAGE_NAMES:
            self.nav.item(number).setIcon(icon(PAGE_ICONS[number]))

    def _build_actions(self) -> None:
        self.find_action = self._action(
            self.tr("Find"),
            QKeySequence.StandardKey.Find,
            self.find_orders,
            self.tr("Search orders by id, SKU, product or city"),
        )
        self.cancel_action = self._action(
            self.tr("Cancel order…"),
            "Ctrl+Shift+X",
            self.cancel_selected,
            self.tr("Cancel the selected orders"),
        )
        self.import_action = self._action(
            self.tr("Import…"), "Ctrl+I", self.import_files, self.tr("Import order reports")
        )
        self.export_action = self._action(
            self.tr("Export…"), "Ctrl+E", self.export_view, self.tr("Export the orders shown")
        )
        self.refresh_action = self._action(
            self.tr("Refresh"),
            QKeySequence.StandardKey.Refresh,
            self.refresh,
            self.tr("Read the database again"),
        )
        self.quit_action = self._action(
            self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close, self.tr("Quit")
        )
        self.backup_action = self._action(
            self.tr("Back up…"), None, self.back_up, self.tr("Copy the shop's database to a file")
        )
        self.backup_settings_action = self._action(
            self.tr("Daily backups…"),
            None,
            self.backup_settings,
            self.tr("Take a copy every day, keep the last few"),
        )
        self.zone_action = self._action(
            self.tr("Time zone…"),
            None,
            self.zone_settings,
            self.tr("The shop's time zone, which its days follow"),
        )
        self.currency_action = self._action(
            self.tr("Currency…"),
            None,
            self.currency_settings,
            self.tr("The currency of rows that give none"),
        )
        self.mappings_action = self._action(
            self.tr("Column mappings…"),
            None,
            self.column_mappings,
            self.tr("The saved column mappings for CSVs"),
        )
        self.log_action = self._action(
            self.tr("Show log file"), None, self.show_log, self.tr("Open the log folder")
        )
        self.about_action = self._action(
            self.tr("About Seller Desk"), None, self.about, self.tr("About")
        )
        on_toolbar: tuple[tuple[QAction, IconName], ...] = (
            (self.find_action, "find"),
            (self.cancel_action, "cancel-order"),
            (self.import_action, "import"),
            (self.export_action, "export"),
            (self.refresh_action, "refresh"),
        )
        for action, icon_name in on_toolbar:
            self.icons.set(action, icon_name)
        in_menus: tuple[tuple[QAction, IconName], ...] = (
            (self.quit_action, "quit"),
            (self.backup_action, "backup"),
            (self.backup_settings_action, "daily-backups"),
            (self.zone_action, "time-zone"),
            (self.currency_action, "currency"),
            (self.mappings_action, "column-mappings"),
            (self.log_action, "log"),
            (self.about_action, "about"),
        )
        for action, icon_name in in_menus:  # made after the first paint (see ActionIcons)
            self.icons.set(action, icon_name, later=True)
        self._importer = _module_exists(IMPORT_MODULE)
        if not self._importer:
            for action in (self.import_action, self.export_action):
                action.setToolTip(self.tr("Import and export are not available in this build"))

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        self.shops = Shops(self, self.settings, notify=self.notify)
        shop_actions: tuple[tuple[QAction, IconName], ...] = (
            (self.shops.new_action, "new-shop"),
            (self.shops.open_action, "open-shop"),
            (self.shops.restore_action, "restore"),
            (self.shops.archive_action, "archive"),
        )
        for action, icon_name in shop_actions:
            self.icons.set(action, icon_name, later=True)
        self.shops.install(file_menu, opening=self.import_action, keeping=self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        orders_menu = self.menuBar().addMenu(self.tr("&Orders"))
        orders_menu.addAction(self.find_action)
        orders_menu.addAction(self.cancel_action)
        orders_menu.addSeparator()
        orders_menu.addAction(self.refresh_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for number, name in PAGE_NAMES.items():
            action = self._action(
                self.tr(name),
                f"Ctrl+{number + 1}",
                self._goer(number),
                self.tr("Show {page}").format(page=self.tr(name)),
            )
            self.icons.set(action, PAGE_ICONS[number])
            view_menu.addAction(action)
            self.page_actions.append(action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.backup_settings_action)
        settings_menu.addAction(self.zone_action)
        settings_menu.addAction(self.currency_action)
        settings_menu.addAction(self.mappings_action)
        settings_menu.addSeparator()
        self.theme_menu = self.theme.menu(settings_menu)
        self.theme_menu.setIcon(icon("theme"))
        self.language_action = settings_menu.addAction(self.tr("Language…"))
        self.language_action.setStatusTip(self.tr("The language of the window"))
        self.language_action.triggered.connect(self.language_settings)
        self.icons.set(self.language_action, "language", later=True)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)
        for menu in (file_menu, orders_menu, view_menu, settings_menu, help_menu):
            menu.aboutToShow.connect(self.icons.complete)  # a menu opened before the first rows

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))  # text beside the icons: the style sheet says so
        for action in (
            self.find_action,
            self.cancel_action,
            self.refresh_action,
            self.import_action,
            self.export_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _set_enabled(self, on: bool) -> None:
        for action in (
            self.find_action,
            self.cancel_action,
            self.refresh_action,
            self.backup_action,
            self.backup_settings_action,
            *self.page_actions,
        ):
            action.setEnabled(on)
        self.mappings_action.setEnabled(on and self._importer)
        self.import_action.setEnabled(on and self._importer)
        self.export_action.setEnabled(on and self._importer)
        self.nav.setEnabled(on)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDatabase")
        self.count_label = QLabel()
        self.count_label.setObjectName("statusOrders")
        self.rate_label = QLabel()
        self.rate_label.setObjectName("statusRate")
        self.busy_bar = QProgressBar()
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setVisible(False)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.rate_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.db_label)

    def _wrote(self, _what: str) -> None:
        """Something was written through the one write path: the status bar reads again
        (the pages that wrote refresh themselves and say so through ``changed``)."""
        if self.db is not None:
            self.refresh_status()

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _progress(self, label: str, done: int, total: int) -> None:
        self.busy_label.setText(label)
        self.busy_bar.setRange(0, total)  # 0, 0: an indicator that moves without a total
        self.busy_bar.setValue(done)

    # --- the database ------------------------------------------------------------------------
    def attach(
        self, db: Database, ctx: Context | None = None, *, first: FirstRead | None = None
    ) -> None:
        """Show the Orders page of an open database; the other pages are built when wanted.
        ``first``: the zone, marker and first rows, read already off the GUI thread."""
        from desktop_app.services.context import Context, shop_zone
        from desktop_app.ui.orders.view import OrdersPage
        from desktop_app.ui.watch import ChangeWatcher

        self.db = db
        self.ctx = ctx = ctx or Context()
        if first is not None:
            zone = first.zone
        else:
            with db.snapshot() as conn:
                zone = shop_zone(conn)
        # what is in the shop now, read before the pages read it: later changes are noticed
        self.watcher = ChangeWatcher(
            db, interval_ms=self.check_interval_ms, paused=self.isMinimized, parent=self
        )
        self.watcher.start(first.marker if first is not None else None)
        self.watcher.changed.connect(self.apply_changes)
        self.zone = zone
        self.setWindowTitle(self.tr("Seller Desk — {shop}").format(shop=db.name))
        self.db_label.setText(
            self.tr("Database: {name}").format(
                name=Path(db.name).name if "://" not in db.name else db.name
            )
        )
        from desktop_app.ui.plain import plain, tip

        plain(self.db_label).setToolTip(tip(db.name))  # a file's path may hold "<"
        self.orders_page = OrdersPage(
            db,
            ctx,
            zone,
            self.operations,
            self.settings,
            notify=self.notify,
            first=first.page if first is not None else None,
        )
        self.orders_page.changed.connect(self.refresh_status)
        self.orders_page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.pages = {ORDERS: self.orders_page}
        self.shops.shown(db)  # the shop is open (and in Open recent) even if left at once
        self._finish_bulk_write_if_unfinished(db)
        if self.isVisible():
            # the page is built in this turn of the event loop, styled and laid out in the
            # next, shown in the third: the window answers in between (each part holds the
            # GUI thread for a while)
            QTimer.singleShot(1, self, lambda: self._lay_out_orders_page(db))  # 0: same turn
        else:
            self._show_orders_page(db)

    def _finish_bulk_write_if_unfinished(self, db: Database) -> None:
        """A big import builds some indexes after its commit (PostgreSQL's search index among
        them); when the app closed before they were built, they are built now, in the
        background (the table sorts, filters and searches meanwhile, more slowly). One
        catalog query when there is nothing to do."""
        if db.bulk_write_unfinished():
            from desktop_app.ui.importing import finish_in_background

            finish_in_background(db, self.statusBar(), unfinished=True)

    def _lay_out_orders_page(self, db: Database) -> None:
        """The Orders page styled and laid out at the size it will have, before it is shown."""
        if self.db is not db:
            return
        page = self.orders_page
        page.ensurePolished()  # the page and every widget in it
        page.resize(self.stack.size())
        layout = page.layout()
        if layout is not None:
            layout.activate()
        QTimer.singleShot(1, self, lambda: self._show_orders_page(db))

    def _show_orders_page(self, db: Database) -> None:
        """The Orders page (built by ``attach``) takes the placeholder's place."""
        if self.db is not db:
            return  # the shop was let go of meanwhile
        self.stack.removeWidget(self.placeholder)
        self.stack.addWidget(self.orders_page)
        self._set_enabled(True)
        self.nav.setCurrentRow(ORDERS)
        self.daily_backup_timer.start()
        from desktop_app.ui.shop_state import ShopState  # busy or damaged: the window says so

        self.shop_state = ShopState(self, db)
        self.orders_page.importRequested.connect(lambda: self.import_files())
        self.orders_page.restoreRequested.connect(lambda: self.shops.restore())
        self._after_first_rows(self._first_rows_shown)
        self.attached.emit()

    def detach(self) -> None:
        """Let go of the open shop (before another is shown): its pages, its watcher and its
        connections; the window shows its placeholder until ``attach``."""
        if self.db is None:
            return
        self.save_settings()
        self.daily_backup_timer.stop()
        if self.shop_state is not None:
            self.shop_state.release()
            self.shop_state = None
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        self.stack.addWidget(self.placeholder)
        self.placeholder.setText(self.tr("Opening the shop…"))
        self.stack.setCurrentWidget(self.placeholder)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self.health_page = None
        self._set_enabled(False)
        db, self.db = self.db, None
        db.close()

    def _after_first_rows(self, then: Callable[[], None]) -> None:
        """``then`` once the orders table has painted its first rows (at once if hidden)."""
        viewport = viewport_of(self.orders_page.table)
        if self.isVisible():
            AfterFirstPaint(viewport, then, at_most_ms=FIRST_ROWS_WAIT_MS)
        else:
            QTimer.singleShot(0, self, then)

    def _first_rows_shown(self) -> None:
        self.icons.complete()  # the menus' icons
        self.refresh_status()
        self.warm_up()
        self.settled.emit()

    def warm_up(self, names: list[tuple[ModuleType, str]] | None = None) -> None:
        """Load what the other pages and the dialogs import, off the GUI thread.

        PySide6 makes its wrapper types when they are first read; pyqtgraph, which the health
        page imports, reads every one of QtCore's, QtGui's and QtWidgets' (80 ms all told).
        Read off the GUI thread, that may race with the GUI thread's own first use of a type
        (a window crashed once in the warm-up's import of pyqtgraph; this is the likeliest
        cause). So they are read here first, on the GUI thread, in slices of some 10 ms a
        turn of the event loop."""
        if names is None:
            modules = [importlib.import_module(m) for m in _QT_MODULES]
            names = [(module, name) for module in modules for name in dir(module)]
        if names:
            until = time.perf_counter() + QT_TOUCH_SLICE_S
            while names and time.perf_counter() < until:
                module, name = names.pop()
                getattr(module, name)
            QTimer.singleShot(0, self, lambda: self.warm_up(names))
            return

        def work(_progress: Progress) -> None:
            for module in WARM_UP:
                importlib.import_module(module)
            from desktop_app.ui.zone_settings import zone_names

            zone_names()  # the Time zone dialog's list, read once

        self.operations.run(work, lambda _none: None, label=self.tr("Getting ready…"))

    # --- the pages ---------------------------------------------------------------------------
    def page(self, number: int) -> QWidget:
        """The page (built, and added to the stack, the first time it is wanted)."""
        page = self.pages.get(number)
        if page is None:
            page = self._build_page(number)
            self.pages[number] = page
            self.stack.addWidget(page)
        return page

    def _build_page(self, number: int) -> QWidget:
        if number == HEALTH:
            return self._build_health()
        assert self.db is not None and self.ctx is not None
        db, ctx = self.db, self.ctx
        page: Page
        if number == REQUESTS:
            from desktop_app.ui.requests_page import RequestsPage

            requests = RequestsPage(db, ctx, self.zone, self.operations, notify=self.notify)
            requests.openOrder.connect(self.open_order)
            page = requests
        elif number == RETURNS:
            from desktop_app.ui.returns_page import ReturnsPage

            returns = ReturnsPage(db, ctx, self.zone, self.operations, notify=self.notify)
            returns.openOrder.connect(self.open_order)
            page = returns
        else:
            from desktop_app.ui.stock_page import StockPage

            page = StockPage(db, ctx, self.operations, notify=self.notify)
        page.changed.connect(self.refresh_status)
        page.changed.connect(self.orders_page.refresh_in_background)
        return page

    @property
    def requests_page(self) -> RequestsPage:
        return cast("RequestsPage", self.page(REQUESTS))

    @property
    def returns_page(self) -> ReturnsPage:
        return cast("ReturnsPage", self.page(RETURNS))

    @property
    def stock_page(self) -> StockPage:
        return cast("StockPage", self.page(STOCK))

    def _goer(self, number: int) -> Callable[[], None]:
        return lambda: self.go(number)

    def go(self, number: int) -> None:
        self.nav.setCurrentRow(number)

    def show_page(self, number: int) -> None:
        if self.db is None or number not in PAGE_NAMES:
            return
        if number == HEALTH:
            self._ensure_health()
        page = self.page(number)
        self.stack.setCurrentWidget(page)
        if number in (REQUESTS, RETURNS, STOCK) or (number == HEALTH and self.health_page):
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _build_health(self) -> QWidget:
        """Account health's place: a label until the page (and its chart library) loads."""
        self.health_holder = QLabel(self.tr("Account health"))
        set_role(self.health_holder, "centred")
        return self.health_holder

    def _ensure_health(self) -> None:
        """Build the Account health page on first opening: its modules and the chart library
        are imported off the GUI thread while the page's place says so; the page is then built
        and reads its figures in the background."""
        if self.health_page is not None or self.db is None or self._health_opening:
            return
        self.page(HEALTH)
        if not _module_exists(HEALTH_MODULE):
            self.health_holder.setText(
                self.tr(
                    "Account health is not available in this build yet.\n"
                    "It will show your cancellation rate day by day against the 2.5% target."
                )
            )
            return
        self._health_opening = True
        self.health_holder.setText(self.tr("Opening Account health…"))

        def work(_progress: Progress) -> Any:
            importlib.import_module(HEALTH_CHART_MODULE)  # pyqtgraph: the slow part
            return importlib.import_module(HEALTH_MODULE)

        self.operations.run(
            work,
            self._build_health_page,
            self._health_failed,
            label=self.tr("Opening Account health…"),
        )

    def _build_health_page(self, module: Any) -> None:
        self._health_opening = False
        if self.db is None or self.ctx is None or self.health_page is not None:
            return  # the shop was closed meanwhile
        holder = self.page(HEALTH)
        try:
            page = module.HealthPage(
                self.db, parent=self, operations=self.operations, clock=self.ctx.now
            )
        except Exception as error:
            self._health_failed(error)
            return
        if hasattr(page, "dayClicked"):
            page.dayClicked.connect(self.show_cancelled_on)
        self.health_page = page
        index = self.stack.indexOf(holder)
        showing = self.stack.currentWidget() is holder
        self.stack.removeWidget(holder)
        self.stack.insertWidget(index, page)
        self.pages[HEALTH] = page
        if showing:
            self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _health_failed(self, error: BaseException) -> None:
        self._health_opening = False
        report(self, error, self.notify)
        self.health_holder.setText(self.tr("Account health could not be opened; see the log."))

    def show_cancelled_on(self, day: date) -> None:
        self.go(ORDERS)
        self.orders_page.show_cancelled_on(day)

    def open_order(self, order_id: str) -> None:
        self.go(ORDERS)
        self.orders_page.select_order(order_id)

    # --- status bar --------------------------------------------------------------------------
    def refresh_status(self) -> None:
        if self.db is None or self.ctx is None:
            return
        db, ctx = self.db, self.ctx

        def work(_progress: Progress) -> tuple[int, float | None, int]:
            # imported here, off the GUI thread: the first call comes before the warm-up's
            from desktop_app.services.context import shop_day
            from desktop_app.services.health import cancellation_window
            from desktop_app.services.queries import OrderFilter, count_orders
            from desktop_app.services.requests import open_requests

            with db.reading() as session:
                total = count_orders(session, OrderFilter(), ctx.now())
                window = cancellation_window(session, shop_day(session, ctx.now()))
                requests = len(open_requests(session))
            return total, window.rate, requests

        self.operations.run(work, self._show_status, label=self.tr("Counting…"))

    def _show_status(self, figures: tuple[int, float | None, int]) -> None:
        from desktop_app.core.health import CANCELLATION_RATE

        total, rate, requests = figures
        self.count_label.setText(self.tr("%Ln order(s)", "", total))
        if rate is None:
            self.rate_label.setText(self.tr("7-day cancellation rate: no seller-fulfilled orders"))
            set_tone(self.rate_label, None)
        elif rate >= CANCELLATION_RATE.target:
            self.rate_label.setText(
                self.tr("7-day cancellation rate: {rate}, over target ({target})").format(
                    rate=percent(rate), target=tx(CANCELLATION_RATE.target_text)
                )
            )
            set_tone(self.rate_label, "alarm")
        else:
            self.rate_label.setText(
                self.tr("7-day cancellation rate: {rate} (target {target})").format(
                    rate=percent(rate), target=tx(CANCELLATION_RATE.target_text)
                )
            )
            set_tone(self.rate_label, "ok")
        item = self.nav.item(REQUESTS)
        item.setText(
            self.tr("Buyer requests ({count})").format(count=requests)
            if requests
            else self.tr("Buyer requests")
        )
        self.fit_nav()
        self.statusRefreshed.emit()

    def fit_nav(self) -> None:
        """The page list as wide as its names now ("Stornierungsanträge (4)"): no sideways
        scroll bar, and no width taken from the pages for a count not shown."""
        names = [self.nav.item(row).text() for row in range(self.nav.count())]
        self.nav.setFixedWidth(max(160, _nav_width(names)))

    # --- menu actions ------------------------------------------------------------------------
    def find_orders(self) -> None:
        self.go(ORDERS)
        self.orders_page.filters.focus_search()

    def cancel_selected(self) -> None:
        self.go(ORDERS)
        if not self.orders_page.selected_rows():
            self.statusBar().showMessage(self.tr("Select the orders to cancel first."), 5000)
            return
        self.orders_page.cancel_selected()

    def refresh(self, *, background: bool = False) -> None:
        """Read everything shown again (the seller's selection and place are kept); with
        ``background`` the orders are read off the GUI thread."""
        if self.db is None:
            return

        if self.watcher is not None:
            self.watcher.mark_seen()  # before reading: what changes after is still noticed
        self._reread(background=background)

    def _reread(self, *, background: bool = False) -> None:
        """The orders (selection and place kept), the status bar and the page on screen."""
        from desktop_app.ui.watch import keeping_view, refresh_keeping_view

        if background:
            refresh_keeping_view(self.orders_page)
        else:
            with keeping_view(self.orders_page):
                self.orders_page.refresh()
        self.refresh_status()
        page = self.stack.currentWidget()
        if page is not self.orders_page:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    # --- changes made elsewhere --------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        """Someone wrote to the shop: show it, keeping the seller's selection and place."""
        self._reread()
        count = len(changes.order_ids)
        if count:
            text = self.tr("Updated: %n order(s) changed.", "", count)
        elif changes.new_orders:
            text = self.tr("Updated: new orders arrived.")
        else:
            text = self.tr("Updated with the latest changes.")
        self.statusBar().showMessage(text, 6000)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.watcher is not None
        ):
            self.watcher.check_soon()

    # --- backups -----------------------------------------------------------------------------
    def back_up(self) -> None:
        """File > Back up…: a copy of the shop, taken in the background."""
        if self.db is None:
            return
        from desktop_app.ui.backup import back_up, choose_backup_path

        back_up(
            self,
            self.db.url,
            self.operations,
            choose_path=self.prompts.backup_path or choose_backup_path,
            notify=self.notify,
            done=lambda result: self.statusBar().showMessage(
                self.tr("Backed up to {path}.").format(path=result.path), 8000
            ),
        )

    def daily_backup(self) -> None:
        """Once after start-up: today's copy, when the seller turned daily copies on."""
        if self.db is None:
            return
        from desktop_app.ui.backup import daily_backup_in_background

        def done(path: Path | None) -> None:
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("Daily backup saved to {path}.").format(path=path), 8000
                )

        daily_backup_in_background(self.db, self.operations, done, folder=self.backup_folder)

    def backup_settings(self) -> None:
        """Settings > Daily backups…"""
        if self.db is None:
            return
        from desktop_app.ui.preferences import BackupSettingsDialog

        dialog = BackupSettingsDialog(
            self.db, folder=self.backup_folder, operations=self.operations, parent=self
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(keep: int) -> None:
            if keep:
                self.statusBar().showMessage(
                    self.tr("Daily backups on: the last %n are kept.", "", keep), 8000
                )
                self.daily_backup()  # the first copy now, not at the next start
            else:
                self.statusBar().showMessage(self.tr("Daily backups are off."), 8000)

        dialog.saved.connect(saved)
        self.dialog = dialog
        dialog.open()

    def zone_settings(self) -> None:
        """Settings > Time zone…: shows the shop's zone; a change is saved off the GUI
        thread, then every page shows the shop's days and times in the new zone."""
        if self.db is None:
            return
        from desktop_app.core.clock import zone_name
        from desktop_app.ui.zone_settings import ZoneSettingsDialog

        dialog = ZoneSettingsDialog(zone_name(self.zone), parent=self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.change_zone)
        self.dialog = dialog
        dialog.open()

    def currency_settings(self) -> None:
        """Settings > Currency…: the shop's currency, for a file's rows that give none."""
        db, ctx = self.db, self.ctx
        if db is None or ctx is None:
            return
        from desktop_app.services.shop_settings import change_setting, get_setting
        from desktop_app.ui.zone_settings import CurrencySettingsDialog

        with db.snapshot() as conn:
            current = get_setting(conn, "currency")
        dialog = CurrencySettingsDialog(current, parent=self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(code: str) -> None:
            self.operations.write(
                db,
                lambda session: change_setting(session, ctx, "currency", code),
                lambda stored: self.statusBar().showMessage(
                    self.tr("The shop's currency is now {currency}.").format(currency=stored), 8000
                ),
                label=self.tr("Changing the currency…"),
                what="settings",
            )

        dialog.chosen.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def change_zone(self, name: str) -> None:
        from zoneinfo import ZoneInfo

        from desktop_app.services.shop_settings import change_setting

        db, ctx = self.db, self.ctx
        assert db is not None and ctx is not None

        def work(_progress: Progress) -> str:
            with db.transaction() as session:
                return change_setting(session, ctx, "timezone", name)

        def done(stored: str) -> None:
            self.apply_zone(ZoneInfo(stored))
            self.statusBar().showMessage(
                self.tr("The shop's time zone is now {zone}.").format(zone=stored), 8000
            )

        self.operations.run(work, done, label=self.tr("Changing the time zone…"))

    def apply_zone(self, zone: tzinfo) -> None:
        """Show the shop's days and times in ``zone``: the orders page adopts it, the other
        pages are built again when next shown."""
        self.zone = zone
        self.orders_page.set_zone(zone)
        for number in (REQUESTS, RETURNS):
            page = self.pages.pop(number, None)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        refresh = getattr(self.health_page, "refresh", None)
        if callable(refresh):
            refresh()
        self.refresh_status()

    def language_settings(self) -> None:
        """Settings > Language…: shown from the next start (the dialog says so)."""
        from desktop_app.ui.preferences import LanguageDialog

        dialog = LanguageDialog(self.settings, parent=self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _choice: self.statusBar().showMessage(
                self.tr("The new language shows the next time Seller Desk starts."), 8000
            )
        )
        self.dialog = dialog
        dialog.open()

    def column_mappings(self) -> None:
        """Settings > Column mappings…"""
        if self.db is None or not self._importer:
            return
        from desktop_app.ui.mappings_list import MappingsDialog, ask_yes_no

        dialog = MappingsDialog(
            self.db,
            confirm=self.prompts.confirm or ask_yes_no,
            operations=self.operations,
            parent=self,
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def import_files(self, paths: list[str] | None = None) -> None:
        """File > Import and dropped files: the import helper's flow (it runs the import in
        the background and reports on its own), then everything is read again."""
        if self.db is None or not self._importer:
            return
        module = importlib.import_module(IMPORT_MODULE)
        if paths is None:
            paths = (self.prompts.open_files or _choose_import_files)(self)
        if paths:
            options = {
                "ctx": self.ctx,
                "notify": self.notify,
                "operations": self.operations,
                **self.prompts.import_options,
            }
            self.import_runner = module.import_files(
                self, self.db, paths, done=lambda _summaries: self._after_big_job(), **options
            )

    def _after_big_job(self) -> None:
        """An import ended: read everything again, and give back what it used."""
        from desktop_app.ui.memory import give_back

        self.refresh(background=True)
        if self.db is not None:
            give_back(self.db)

    def export_view(self) -> None:
        """File > Export: the orders shown, with their filter and sort."""
        if self.db is None or not self._importer:
            return
        module = importlib.import_module(IMPORT_MODULE)
        sort, descending = self.orders_page.model.sort_key
        module.export_view(
            self,
            self.db,
            self.orders_page.model.order_filter,
            sort,
            descending,
            notify=self.notify,
            operations=self.operations,
            **({"choose_path": self.prompts.export_path} if self.prompts.export_path else {}),
        )

    def show_log(self) -> None:
        from desktop_app.logs import log_path

        path = log_path()
        self.notify(self, self.tr("Log file"), self.tr("The log is at {path}.").format(path=path))
        from PySide6.QtCore import QUrl  # here: its enums cost the first paint a millisecond

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def about(self) -> None:
        from desktop_app import __version__

        self.notify(
            self,
            self.tr("About Seller Desk"),
            self.tr(
                "Seller Desk {version}: orders, cancellations and account health "
                "for online sellers."
            ).format(version=__version__),
        )

    # --- drag and drop, geometry -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._importer and self.db is not None and any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # import once the drop has returned: the file manager is not kept waiting
            QTimer.singleShot(0, self, lambda: self.import_files(paths))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.db is not None:
            self.orders_page.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        if self.watcher is not None:
            self.watcher.stop()
        self.daily_backup_timer.stop()
        super().closeEvent(event)


def _choose_import_files(parent: QWidget) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MainWindow", "Import order reports"),
        "",
        QCoreApplication.translate(
            "MainWindow", "Order reports (*.txt *.tsv *.csv);;All files (*)"
        ),
    )
    return list(paths)
