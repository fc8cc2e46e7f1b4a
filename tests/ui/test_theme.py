"""Light and dark: Settings > Theme applies at once, is remembered, follows the system when
asked to; the chart, the icons and the coloured cells change with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import SIGNAL, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.db.database import Database
from desktop_app.ui import style, theme
from desktop_app.ui.main_window import HEALTH, MainWindow
from desktop_app.ui.theme import SETTING, ThemeChoice
from tests.ui.conftest import CTX, Notes
from tests.ui.test_main_window import select_rows


@pytest.fixture(autouse=True)
def back_to_light() -> Iterator[None]:
    """The application (palette, style sheet) is shared by all tests: leave it light."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style.set_dark(False)
    app.setPalette(style.palette(False))
    app.setStyleSheet(style.style_sheet(False))
    theme._System.dark = None  # the desktop's scheme as a test left it: read afresh


def make_window(qtbot: QtBot, db: Database, settings: QSettings, notes: Notes) -> MainWindow:
    window = MainWindow(settings, notify=notes)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.statusRefreshed, timeout=5000):
        window.attach(db, CTX)
    window.show()
    return window


def window_colour(widget: object) -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_choosing_dark_applies_at_once_and_is_remembered(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    window.theme.choose(ThemeChoice.LIGHT)
    light_icon = window.find_action.icon().pixmap(20, 20).toImage()
    assert window_colour(window) == style.LIGHT["window"]

    window.theme.actions[ThemeChoice.DARK].trigger()  # Settings > Theme > Dark

    assert window_colour(window) == style.DARK["window"]
    assert style.DARK["surface"] in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert window.theme.actions[ThemeChoice.DARK].isChecked()
    assert settings.value(SETTING) == "dark"
    dark_icon = window.find_action.icon().pixmap(20, 20).toImage()
    assert dark_icon != light_icon  # the toolbar's icons are drawn for the dark background
    # the status bar's green says the same in a green that reads on dark
    window.rate_label.ensurePolished()
    assert window.rate_label.palette().color(QPalette.ColorRole.WindowText).name() == (
        style.DARK["ok"]
    )

    window.close()
    again = MainWindow(settings, notify=notes)  # next start: still dark, no choice asked
    qtbot.addWidget(again)
    assert again.theme.dark
    assert window_colour(again) == style.DARK["window"]


def test_system_choice_follows_the_desktop_and_a_fixed_choice_does_not(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    window.theme.choose(ThemeChoice.SYSTEM)
    window.theme._system_changed(Qt.ColorScheme.Dark)  # what colorSchemeChanged delivers
    assert window.theme.dark and window_colour(window) == style.DARK["window"]
    window.theme._system_changed(Qt.ColorScheme.Light)
    assert not window.theme.dark and window_colour(window) == style.LIGHT["window"]

    window.theme.choose(ThemeChoice.LIGHT)
    window.theme._system_changed(Qt.ColorScheme.Dark)
    assert not window.theme.dark  # the seller's own choice wins over the desktop's
    window.theme.choose(ThemeChoice.SYSTEM)  # ... until they hand it back
    assert window.theme.dark


def test_the_chart_and_coloured_cells_take_the_theme(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    window.theme.choose(ThemeChoice.LIGHT)
    window.go(HEALTH)
    # the page is built once its modules are imported off the GUI thread (issue 17)
    qtbot.waitUntil(lambda: window.health_page is not None, timeout=10_000)
    page = window.health_page
    assert page is not None
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    chart = page.chart  # type: ignore[attr-defined]
    assert chart.rate_plot.backgroundBrush().color().name() == style.LIGHT["chart_background"]

    window.theme.choose(ThemeChoice.DARK)

    assert chart.rate_plot.backgroundBrush().color().name() == style.DARK["chart_background"]
    axis = chart.rate_plot.getPlotItem().getAxis("left")
    assert axis.textPen().color().name() == style.DARK["chart_foreground"]
    assert chart.rate_curve.opts["pen"].color().name() == style.DARK["chart_rate"]
    assert chart.target_line.pen.color().name() == style.DARK["chart_target"]
    assert style.colour("danger") == style.DARK["danger"]  # what the tables colour cells with


def test_every_menu_and_toolbar_action_has_an_icon(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    assert not window.windowIcon().isNull()
    for action in window.toolbar.actions():
        assert not action.icon().isNull(), action.text()
    theme_choices = set(window.theme.actions.values())
    missing = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator() or action in theme_choices or action.menu() is not None:
                continue
            if action.icon().isNull():
                missing.append(f"{menu_action.text()} > {action.text()}")
    assert missing == []


def test_text_that_carries_a_colour_is_written_again(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    """The details pane writes the status dot's colour into its text: a theme change redraws
    it, and the buyer-request banner takes the dark banner colours."""
    window = make_window(qtbot, shop, settings, notes)
    window.theme.choose(ThemeChoice.LIGHT)
    select_rows(window, ["111-0000004-0000004"])  # unshipped, with an open buyer request
    window.orders_page.show_current()
    details = window.orders_page.details
    assert style.LIGHT["status_unshipped"] in details.fields["Status"].text()

    window.theme.choose(ThemeChoice.DARK)

    status = details.fields["Status"].text()
    assert style.DARK["status_unshipped"] in status
    assert style.LIGHT["status_unshipped"] not in status
    banner = details.request_banner
    banner.ensurePolished()
    assert banner.palette().color(QPalette.ColorRole.WindowText).name() == (
        style.DARK["warning_fg"]
    )


def test_the_desktop_is_followed_once_the_first_rows_are_shown(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    """Qt's word on the desktop's colours waits for the first rows (it costs the GUI thread
    15-20 ms while the shop opens); from then on a change of the desktop's scheme is followed,
    once, however often the window asks to follow it."""
    hints = QApplication.styleHints()
    window = MainWindow(settings, notify=notes)
    qtbot.addWidget(window)
    window.theme.choose(ThemeChoice.SYSTEM)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not window.theme.dark  # not listening yet
    with qtbot.waitSignal(window.settled, timeout=5000):
        window.attach(shop, CTX)
        window.show()
    listening = hints.receivers(SIGNAL("colorSchemeChanged(Qt::ColorScheme)"))
    window.theme.follow_system()  # the window's fallback timer asks again: nothing doubles
    assert hints.receivers(SIGNAL("colorSchemeChanged(Qt::ColorScheme)")) == listening
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.theme.dark and window_colour(window) == style.DARK["window"]
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not window.theme.dark
