"""Shops in the window: File > New shop, Open shop, Open recent, Restore from a backup or
archive, Export archive.

Every shop is opened (and created, restored or archived) off the GUI thread; the window then
lets go of the shop it showed and shows the new one. The questions (which file?) go through
:class:`ShopPrompts`, so tests answer them without a dialog.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.errors import Notify, report
from desktop_app.ui.operations import Progress
from desktop_app.ui.startup import FIRST_ROWS  # what the Orders page needs

if TYPE_CHECKING:
    from desktop_app.db.database import Database
    from desktop_app.ui.main_window import MainWindow

RECENT_KEY = "shops/recent"
RECENT_COUNT = 8
SHOP_FILTER = QT_TRANSLATE_NOOP("Shops", "Seller Desk shops (*.db);;All files (*)")
RESTORE_FILTER = QT_TRANSLATE_NOOP(
    "Shops",
    "Archives and backups (*.sdarchive *.zip *.db);;Seller Desk archives (*.sdarchive *.zip);;"
    "Backups (*.db);;All files (*)",
)
ARCHIVE_FILTER = QT_TRANSLATE_NOOP("Shops", "Seller Desk archive (*.sdarchive)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shops", text)


SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class ShopPrompts:
    """The questions File > New/Open/Restore/Export archive ask; None: the real dialog.
    Each returns a path, or None when the seller cancelled."""

    new_shop: Callable[[QWidget], str | None] | None = None
    open_shop: Callable[[QWidget], str | None] | None = None
    restore_source: Callable[[QWidget], str | None] | None = None
    restore_target: Callable[[QWidget, str], str | None] | None = None  # given a suggestion
    archive_target: Callable[[QWidget, str], str | None] | None = None  # given a suggestion


def _save_path(parent: QWidget, caption: str, suggested: str, name_filter: str,
               *, confirm: bool) -> str | None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog  # here: its enums would cost the first paint

    options = QFileDialog.Option(0) if confirm else QFileDialog.Option.DontConfirmOverwrite
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter, "", options)
    return name or None


def _open_path(parent: QWidget, caption: str, name_filter: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return name or None


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def _remove_shop_files(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


class Shops(QObject):
    """The File menu's shop actions; ``switched(db)`` once the window shows another shop."""

    switched = Signal(object)
    failed = Signal()  # opening, creating or restoring a shop failed (the seller was told)
    message = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        settings: QSettings,
        *,
        notify: Notify,
        prompts: ShopPrompts | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.notify = notify
        self.prompts = prompts or ShopPrompts()
        self._waiting: tuple[Database, str] | None = None
        self.new_action = self._action(
            self.tr("New shop…"), self.new_shop, self.tr("Start a new, empty shop")
        )
        self.open_action = self._action(
            self.tr("Open shop…"), self.open_shop, self.tr("Open a shop's file")
        )
        self.recent_menu = QMenu(self.tr("Open recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.restore_action = self._action(
            self.tr("Restore from a backup or archive…"),
            self.restore,
            self.tr("Make a new shop from a Seller Desk archive or a backup copy"),
        )
        self.archive_action = self._action(
            self.tr("Export archive…"),
            self.export_archive,
            self.tr("Write the whole shop to one file, to keep or to move to another computer"),
        )
        self.archive_action.setEnabled(False)

    def _action(self, text: str, slot: Callable[[], Any], tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def install(self, menu: QMenu, *, opening: QAction, keeping: QAction) -> None:
        """New, Open and Open recent above ``opening`` (the first action of the File menu);
        Export archive and Restore around ``keeping`` (Back up)."""
        menu.insertAction(opening, self.new_action)
        menu.insertAction(opening, self.open_action)
        menu.insertMenu(opening, self.recent_menu)
        menu.insertSeparator(opening)
        menu.insertAction(keeping, self.archive_action)
        after = menu.actions()[menu.actions().index(keeping) + 1 :]
        if after:
            menu.insertAction(after[0], self.restore_action)
        else:
            menu.addAction(self.restore_action)

    # --- the recent shops --------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, url: str) -> None:
        shops = [url, *(u for u in self.recent() if u != url)][:RECENT_COUNT]
        self.settings.setValue(RECENT_KEY, shops)

    def _fill_recent(self) -> None:
        from desktop_app.db.location import describe, sqlite_path

        self.recent_menu.clear()
        current = self.window.db.url if self.window.db is not None else None
        for url in self.recent():
            path = sqlite_path(url)
            action = self.recent_menu.addAction(describe(url))
            action.setEnabled(url != current and (path is None or path.exists()))
            action.triggered.connect(lambda _checked=False, url=url: self.open_url(url))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent shops")).setEnabled(False)

    # --- opening -----------------------------------------------------------------------------
    def open_url(
        self,
        url: str,
        prepare: Callable[[Database, Progress], str] | None = None,
        *,
        label: str = "Opening the shop…",
        on_failure: Callable[[], None] | None = None,
    ) -> None:
        """Open the shop at ``url`` off the GUI thread (after ``prepare(db, progress)``, which
        returns a sentence for the status bar), then show it in the window."""

        def work(progress: Progress) -> tuple[Database, str]:
            from desktop_app.db.database import open_database

            db = open_database(url)
            try:
                for module in FIRST_ROWS:
                    importlib.import_module(module)
                note = prepare(db, progress) if prepare is not None else ""
            except BaseException:
                db.close()
                raise
            return db, note

        def failed(error: BaseException) -> None:
            if on_failure is not None:
                on_failure()
            report(self.window, error, self.notify)
            self.failed.emit()

        self.window.operations.run(work, self._show, failed, label=label)

    def _show(self, opened: tuple[Database, str]) -> None:
        """Show the opened shop, once the work still running on the old one has finished
        (loading a page, the status bar's figures): it never runs against a closed shop."""
        if self.window.operations.busy:
            self._waiting = opened
            self.window.operations.idle.connect(self._show_waiting)
            return
        db, note = opened
        self.window.detach()
        self.window.attach(db)
        if note:
            self.window.statusBar().showMessage(note, 12_000)
            self.message.emit(note)
        self.switched.emit(db)

    def _show_waiting(self) -> None:
        self.window.operations.idle.disconnect(self._show_waiting)
        opened, self._waiting = self._waiting, None
        if opened is not None:
            self._show(opened)

    def last_shop(self) -> str | None:
        """The shop opened last, if it is still there (what the next start opens)."""
        from desktop_app.db.location import sqlite_path

        for url in self.recent():
            path = sqlite_path(url)
            if path is None or path.exists():
                return url
        return None

    def shown(self, db: Database) -> None:
        """The window shows ``db`` (opened at start-up)."""
        self.archive_action.setEnabled(True)
        self.remember(db.url)

    def open_shop(self, path: str | None = None) -> bool:
        """File > Open shop…: an existing shop file. False when the seller cancelled."""
        path = path or (self.prompts.open_shop or _ask_open_shop)(self.window)
        if not path:
            return False
        chosen = Path(path)
        if not chosen.is_file() or not is_sqlite_file(chosen):
            self.notify(
                self.window,
                self.tr("Open shop"),
                self.tr(
                    "{file} is not a Seller Desk shop. To bring in an archive or a backup, use "
                    "File > Restore from a backup or archive."
                ).format(file=chosen),
                error=True,
            )
            return False
        self.open_url(sqlite_url(chosen))
        return True

    def new_shop(self, path: str | None = None) -> bool:
        """File > New shop…: an empty shop in a new file (the machine's zone)."""
        path = path or (self.prompts.new_shop or _ask_new_shop)(self.window)
        if not path:
            return False
        chosen = Path(path if Path(path).suffix else f"{path}.db")
        if chosen.exists():
            self.notify(
                self.window,
                self.tr("New shop"),
                self.tr(
                    "{file} already exists; choose a new name (to open it, use File > Open shop)."
                ).format(file=chosen),
                error=True,
            )
            return False

        created = self.tr("Created a new, empty shop at {file}.").format(file=chosen)

        def prepare(db: Database, _progress: Progress) -> str:
            from desktop_app.services.shop import init_shop

            init_shop(db, timezone=None, currency=None)
            return created

        self.open_url(
            sqlite_url(chosen),
            prepare,
            label=self.tr("Creating the shop…"),
            on_failure=lambda: _remove_shop_files(chosen),
        )
        return True

    def restore(
        self, source: str | None = None, target: str | None = None, *, suggested: str = ""
    ) -> bool:
        """File > Restore from a backup or archive…: a new shop made from an archive (checked
        in full first) or from a backup copy. Nothing replaces an existing shop."""
        source = source or (self.prompts.restore_source or _ask_restore_source)(self.window)
        if not source:
            return False
        from desktop_app.io.archive import looks_like_archive

        origin = Path(source)
        archive = looks_like_archive(origin)
        if not archive and not is_sqlite_file(origin):
            self.notify(
                self.window,
                self.tr("Restore"),
                self.tr("{file} is neither a Seller Desk archive nor a backup of a shop.").format(
                    file=origin
                ),
                error=True,
            )
            return False
        suggested = suggested or str(origin.with_suffix(".db").with_stem(f"{origin.stem}-restored"))
        target = target or (self.prompts.restore_target or _ask_restore_target)(
            self.window, suggested
        )
        if not target:
            return False
        shop = Path(target if Path(target).suffix else f"{target}.db")
        if shop.exists():
            self.notify(
                self.window,
                self.tr("Restore"),
                self.tr(
                    "{file} already exists; a restore makes a new shop, so choose a new name."
                ).format(file=shop),
                error=True,
            )
            return False
        if archive:
            self._restore_archive(origin, shop)
        else:
            self._restore_backup(origin, shop)
        return True

    def _restore_archive(self, origin: Path, shop: Path) -> None:
        from desktop_app.services.archive import read_archive, restore_archive

        the_shop = self.tr("The shop is {file}.").format(file=shop)

        def work(progress: Progress) -> tuple[Database, str]:
            from desktop_app.db.database import open_database

            reader = read_archive(origin)  # every member checked before the shop is made
            try:
                db = open_database(sqlite_url(shop))
                try:
                    for module in FIRST_ROWS:
                        importlib.import_module(module)
                    result = restore_archive(db, origin, progress=progress, reader=reader)
                except BaseException:
                    db.close()
                    raise
            finally:
                reader.close()
            return db, f"{tx(result.sentence())} " + the_shop

        def failed(error: BaseException) -> None:
            _remove_shop_files(shop)
            report(self.window, error, self.notify)
            self.failed.emit()

        self.window.operations.run(
            work, self._show, failed, label=self.tr("Restoring the archive…")
        )

    def _restore_backup(self, origin: Path, shop: Path) -> None:
        from desktop_app.services.backup import backup_database

        restored = self.tr("Restored the backup {name} as {file}.").format(
            name=origin.name, file=shop
        )

        def work(_progress: Progress) -> tuple[Database, str]:
            backup_database(sqlite_url(origin), shop)  # checked, written beside, renamed
            return self._opened(shop, restored)

        def failed(error: BaseException) -> None:
            _remove_shop_files(shop)
            report(self.window, error, self.notify)
            self.failed.emit()

        self.window.operations.run(work, self._show, failed, label=self.tr("Restoring the backup…"))

    @staticmethod
    def _opened(shop: Path, note: str) -> tuple[Database, str]:
        from desktop_app.db.database import open_database

        db = open_database(sqlite_url(shop))
        for module in FIRST_ROWS:
            importlib.import_module(module)
        return db, note

    # --- export ------------------------------------------------------------------------------
    def export_archive(self, path: str | None = None) -> bool:
        """File > Export archive…: the whole shop in one file. The save dialog asks before
        replacing a file; links, devices and folders are refused."""
        db = self.window.db
        if db is None:
            return False
        from desktop_app.db.location import sqlite_path
        from desktop_app.io.archive import EXTENSION

        here = sqlite_path(db.url)
        suggested = str(here.with_suffix(EXTENSION)) if here else f"shop{EXTENSION}"
        path = path or (self.prompts.archive_target or _ask_archive_target)(self.window, suggested)
        if not path:
            return False
        target = path if Path(path).suffix else f"{path}{EXTENSION}"
        from desktop_app.services.archive import check_archive_target, export_archive

        try:
            check_archive_target(target, force=True)  # the dialog asked before replacing
        except Exception as error:
            report(self.window, error, self.notify)
            return False

        def work(progress: Progress) -> str:
            return tx(export_archive(db, target, force=True, progress=progress).sentence())

        def done(sentence: str) -> None:
            self.window.statusBar().showMessage(sentence, 12_000)
            self.message.emit(sentence)

        self.window.operations.run(work, done, label=self.tr("Archiving the shop…"))
        return True


def _ask_new_shop(parent: QWidget) -> str | None:
    title = QCoreApplication.translate("Shops", "New shop")
    return _save_path(parent, title, str(Path.home() / "shop.db"), _tr(SHOP_FILTER), confirm=False)


def _ask_open_shop(parent: QWidget) -> str | None:
    return _open_path(parent, QCoreApplication.translate("Shops", "Open shop"), _tr(SHOP_FILTER))


def _ask_restore_source(parent: QWidget) -> str | None:
    return _open_path(
        parent,
        QCoreApplication.translate("Shops", "Restore from a backup or archive"),
        _tr(RESTORE_FILTER),
    )


def _ask_restore_target(parent: QWidget, suggested: str) -> str | None:
    return _save_path(
        parent,
        QCoreApplication.translate("Shops", "Save the restored shop as"),
        suggested,
        _tr(SHOP_FILTER),
        confirm=False,
    )


def _ask_archive_target(parent: QWidget, suggested: str) -> str | None:
    return _save_path(
        parent,
        QCoreApplication.translate("Shops", "Export archive"),
        suggested,
        _tr(ARCHIVE_FILTER),
        confirm=True,
    )
