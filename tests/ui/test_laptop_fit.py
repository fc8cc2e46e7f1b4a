"""A 1366×768 laptop (and 1920×1080 at 150%: 1280×720 logical pixels): every page and dialog of
the window on a realistic demo shop, and no sentence cut off anywhere; the orders table shows
Order, Purchased, Status, Ship by and Total beside the details without scrolling sideways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.db.database import Database
from desktop_app.services.context import Context, set_setting
from desktop_app.services.demo import build_demo
from desktop_app.ui.main_window import MainWindow, Prompts
from desktop_app.ui.orders import model as cols
from desktop_app.ui.orders.details import OrderDetailsPane, load_detail
from desktop_app.ui.tour import LAPTOP, Stop, settle, tour
from desktop_app.ui.translation import ENGLISH, install
from tests.ui.conftest import CTX, NOW, Notes, add_order, clock
from tests.ui.layout_checks import clipped_words, cut_cells, stray_spaces, wrong_number_formats

DEMO_ORDERS = 1500


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, DEMO_ORDERS, seed=1, now=NOW)
    with db.transaction() as session:
        set_setting(session, "timezone", "UTC")
    return db


def open_window(
    qtbot: QtBot, db: Database, settings: QSettings, notes: Notes, tmp: Path, ctx: Context = CTX
) -> MainWindow:
    window = MainWindow(
        settings,
        notify=notes,
        prompts=Prompts(backup_path=lambda *_: tmp / "copy.db"),
        backup_folder=tmp / "backups",
    )
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    with qtbot.waitSignal(window.statusRefreshed, timeout=10_000):
        window.attach(db, ctx)
    settle(window)
    return window


def stops(window: MainWindow, db: Database, tmp: Path) -> Iterator[Stop]:
    yield from tour(window, db, CTX, tmp)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The window's language for the test; English comes back afterwards."""
    code: str = request.param
    install(code, qapp)
    yield code
    install(ENGLISH, qapp)


@pytest.mark.parametrize("language", [ENGLISH, "de", "zh_CN"], indirect=True)
def test_no_words_cut_off_on_any_page_or_dialog(
    qtbot: QtBot,
    demo: Database,
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
    language: str,
) -> None:
    """Every stop of the tour in each language: no label, button, column header or table
    cell cut off (German compound words, Chinese labels), no page list scrolling sideways,
    and German numbers written the German way."""
    window = open_window(qtbot, demo, settings, notes, tmp_path)
    problems: list[str] = []
    seen = []
    for stop in stops(window, demo, tmp_path):
        seen.append(stop.name)
        size = stop.widget.size()
        if size.width() > LAPTOP[0] or size.height() > LAPTOP[1]:
            problems.append(f"{stop.name}: needs {size.width()}×{size.height()} pixels")
        problems += [f"{stop.name}: {words}" for words in clipped_words(stop.widget)]
        problems += [f"{stop.name}: {words}" for words in cut_cells(stop.widget)]
        if language == "zh_CN":
            problems += [
                f"{stop.name}: space after 。 {words}" for words in stray_spaces(stop.widget)
            ]
        if language == "de":
            problems += [
                f"{stop.name}: English number {words}"
                for words in wrong_number_formats(stop.widget)
            ]
    assert {"main-window", "requests", "health", "cancel-allowed", "cancel-several"} <= set(seen)
    assert {"relabel", "backup-settings", "column-mappings", "import-mapping"} <= set(seen)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [LAPTOP, (1280, 720)], ids=["1366x768", "1920x1080@150%"])
def test_the_orders_that_matter_fit_beside_the_details(
    qtbot: QtBot,
    demo: Database,
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    window = open_window(qtbot, demo, settings, notes, tmp_path)
    window.resize(*size)
    settle(window)
    page = window.orders_page
    table, header = page.table, page.table.horizontalHeader()
    assert window.width() == size[0]
    visible = table.viewport().width()
    for column in (cols.ORDER_ID, cols.PURCHASED, cols.STATUS, cols.SHIP_BY, cols.TOTAL):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= visible, (
            f"{cols.HEADERS[column]} ends at {right} of {visible} px"
        )
        words = table.fontMetrics().horizontalAdvance(cols.HEADERS[column])
        assert words < header.sectionSize(column), cols.HEADERS[column]
    assert page.details.isVisible() and page.details.width() >= 280
    title = page.details.title
    assert title.text() == "Select an order to see its details."
    assert title.heightForWidth(title.width()) <= title.height()  # wraps, never cut off


def test_long_product_names_wrap_in_the_details(qtbot: QtBot, shop: Database) -> None:
    """A narrow details pane wraps an item's title onto more lines instead of "Ceramic
    Notebook Cov…"; the list grows to show them."""
    add_order(shop, "333-0000000-0000009", items=(("CERAMIC NOTEBOOK COVER LARGE", 1, 1200),))
    pane = OrderDetailsPane(UTC, clock=clock)
    qtbot.addWidget(pane)
    pane.resize(300, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_view(load_detail(shop, "333-0000000-0000009"))
    tree = pane.items
    item = tree.topLevelItem(0)
    assert item is not None
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() > 2 * tree.fontMetrics().height())
    room = QRect(0, 0, tree.columnWidth(0) - 8, 10_000)
    words = tree.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, item.text(0))
    assert words.height() >= 3 * tree.fontMetrics().lineSpacing()  # it does need three lines
    assert tree.visualItemRect(item).height() >= words.height()
    assert tree.height() >= tree.header().height() + words.height()


@pytest.mark.parametrize("language", [ENGLISH, "de", "zh_CN"], indirect=True)
def test_the_page_list_shows_every_name_with_its_count(
    qtbot: QtBot, settings: QSettings, language: str
) -> None:
    """ "Stornierungsanträge (12)" fits the page list: no sideways scroll bar under the pages,
    no name cut at the list's edge."""
    from desktop_app.ui.main_window import REQUESTS

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    nav = window.nav
    nav.item(REQUESTS).setText(window.tr("Buyer requests ({count})").format(count=99))
    window.fit_nav()  # as the status refresh does when the count changes
    settle()
    assert not nav.horizontalScrollBar().isVisible()
    for row in range(nav.count()):
        item = nav.item(row)
        assert item is not None
        assert nav.visualItemRect(item).right() < nav.viewport().width(), item.text()
        words = nav.fontMetrics().horizontalAdvance(item.text())
        assert words + 16 + 2 * 8 <= nav.viewport().width(), item.text()


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_the_rate_chart_keeps_a_readable_height_on_a_laptop(
    qtbot: QtBot,
    demo: Database,
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
    language: str,
) -> None:
    """German cards run four lines deep on a 1366×768 laptop: the health page scrolls down to
    the chart rather than squeezing its lines into a strip; a tall screen shows it all."""
    from desktop_app.ui.health.chart import BARS_MIN_HEIGHT, RATE_PLOT_MIN_HEIGHT
    from desktop_app.ui.health.page import HealthPage
    from desktop_app.ui.main_window import HEALTH

    window = open_window(qtbot, demo, settings, notes, tmp_path)
    window.go(HEALTH)
    settle(window, 1.0)
    page = window.health_page
    assert isinstance(page, HealthPage)
    qtbot.waitUntil(lambda: page.chart.isVisible(), timeout=10_000)
    settle(window)
    chart = page.chart
    assert chart.rate_plot.height() >= RATE_PLOT_MIN_HEIGHT
    assert chart.bars_plot.height() >= BARS_MIN_HEIGHT
    assert page.page_area.verticalScrollBar().maximum() > 0  # the bars are a scroll away
    assert not page.page_area.horizontalScrollBar().isVisible()

    window.resize(1920, 1200)
    settle(window)
    assert page.page_area.verticalScrollBar().maximum() == 0  # nothing to scroll to
    assert chart.rate_plot.height() > RATE_PLOT_MIN_HEIGHT + 100  # the room goes to the chart


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_shop_without_orders_this_week_fits_on_the_health_page(
    qtbot: QtBot,
    demo: Database,
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
    language: str,
) -> None:
    """Three weeks after the last order (the seller on holiday) the 7- and 10-day cards have no
    value: a dash in the value's place, not "keine Bestellungen" in large type squeezing the
    five cards until the German words are cut off. The page reads the window's clock."""
    from datetime import timedelta

    from desktop_app.ui.main_window import HEALTH

    later = Context(actor="tester", clock=lambda: NOW + timedelta(days=20))
    window = open_window(qtbot, demo, settings, notes, tmp_path, later)
    window.go(HEALTH)
    qtbot.waitUntil(lambda: window.health_page is not None, timeout=10_000)
    settle(window, 1.0)
    page = window.health_page
    assert page is not None
    amazon = page.findChildren(QLabel, options=Qt.FindChildOption.FindChildrenRecursively)
    dashes = [label for label in amazon if label.text() == "—"]
    assert dashes and dashes[0].accessibleName() == "keine Bestellungen"
    assert clipped_words(window) == []
    assert page.chart_title.text().endswith("10.\xa0Dez.\xa02026")  # the window's clock
