"""The main window on a small shop: title, status bar, navigation, layout kept, bulk cancel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.db.database import Database
from desktop_app.db.models import Cancellation, Order
from desktop_app.ui.dialogs.bulk_cancel import BulkCancelDialog
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.main_window import HEALTH, ORDERS, REQUESTS, STOCK, MainWindow
from tests.ui.conftest import CTX, Notes


def make_window(qtbot: QtBot, db: Database, settings: QSettings, notes: Notes) -> MainWindow:
    window = MainWindow(settings, notify=notes)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.statusRefreshed, timeout=5000):
        window.attach(db, CTX)
    window.show()
    return window


def select_rows(window: MainWindow, order_ids: list[str]) -> None:
    page = window.orders_page
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.model.rowCount()):
        found = page.model.row_at(row)
        if found is not None and found.order_id in order_ids:
            selection.select(
                page.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.setCurrentIndex(
                page.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )


def test_title_status_bar_and_rate_over_target(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    assert shop.name in window.windowTitle()
    assert window.count_label.text() == "25 orders"
    assert "0.0%" in window.rate_label.text() and "over target" not in window.rate_label.text()
    assert window.nav.item(REQUESTS).text() == "Buyer requests (1)"
    assert window.orders_page.filters.count_label.text() == "25 orders"

    select_rows(window, ["111-0000001-0000001"])
    window.cancel_action.trigger()
    dialog = window.orders_page.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.reason.choose("PricingError")
    qtbot.waitUntil(lambda: dialog.settled, timeout=5000)  # the preview, off the GUI thread
    with qtbot.waitSignal(window.statusRefreshed, timeout=5000):
        dialog.confirm_button.click()
    assert "over target" in window.rate_label.text()  # 1 of 24 MFN orders: 4.2%
    assert "4.2%" in window.rate_label.text()
    assert window.rate_label.property("tone") == "alarm"  # red, and the words say it too


def test_details_pane_shows_the_selected_order(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    select_rows(window, ["111-0000004-0000004"])
    window.orders_page.show_current()
    details = window.orders_page.details
    assert details.title.text() == "Order 111-0000004-0000004"
    assert details.request_banner.isVisible()
    assert "Ordered by mistake" in details.request_banner.text()
    assert details.items.topLevelItemCount() == 1
    assert details.history.topLevelItemCount() >= 1
    assert details.primary.text() == "Answer buyer's request…"
    menu = window.orders_page.build_menu(window.orders_page.selected_rows())
    assert "Answer buyer's request…" in [a.text() for a in menu.actions()]


def test_bulk_cancel_shows_each_result(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    ids = ["111-0000001-0000001", "111-0000002-0000002", "111-0000004-0000004"]
    select_rows(window, ids)
    assert len(window.orders_page.selected_rows()) == 3
    window.orders_page.cancel_selected()
    dialog = window.orders_page.dialog
    assert isinstance(dialog, BulkCancelDialog)
    qtbot.waitUntil(lambda: bool(dialog.previews), timeout=5000)
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        dialog.reason.choose("GeneralAdjustment")
    assert dialog.confirm_button.text() == "Cancel 2 orders"
    with qtbot.waitSignal(dialog.finished_all, timeout=10000) as done:
        dialog.confirm_button.click()
    results = {r.order_id: r for r in done.args[0]}
    assert results["111-0000001-0000001"].cancelled
    assert results["111-0000004-0000004"].cancelled
    assert not results["111-0000002-0000002"].cancelled
    assert "shipped" in results["111-0000002-0000002"].text
    with shop.reading() as session:
        rows = dict(
            session.execute(
                select(Order.order_id, Order.status).where(Order.order_id.in_(ids))
            ).all()
        )
        counted = dict(
            session.execute(
                select(Order.order_id, Cancellation.counted).join(Cancellation.order)
            ).all()
        )
    assert rows == {ids[0]: "Canceled", ids[1]: "Shipped", ids[2]: "Canceled"}
    assert counted == {ids[0]: True, ids[2]: False}  # the buyer's request was answered


def test_layout_is_kept_between_runs(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    window.orders_page.table.setColumnWidth(0, 233)
    window.orders_page.splitter.setSizes([700, 300])
    window.close()
    again = make_window(qtbot, shop, settings, notes)
    assert again.orders_page.table.columnWidth(0) == 233


def test_navigation_and_lazy_health_page(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = make_window(qtbot, shop, settings, notes)
    with qtbot.waitSignal(window.requests_page.loaded, timeout=5000):
        window.page_actions[REQUESTS].trigger()
    assert window.stack.currentWidget() is window.requests_page
    window.go(HEALTH)
    assert window.stack.currentWidget() is window.pages[HEALTH]
    window.find_action.trigger()
    assert window.stack.currentWidget() is window.pages[ORDERS]
    window.orders_page.filters.search.setText("york")
    qtbot.waitUntil(lambda: window.orders_page.model.rowCount() == 1, timeout=2000)
    assert window.orders_page.filters.count_label.text() == "1 order"


def test_only_the_orders_page_is_built_before_the_first_rows(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    window = MainWindow(settings, notify=notes)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.settled, timeout=5000):  # after the table's first paint
        window.attach(shop, CTX)
    assert set(window.pages) == {ORDERS}
    qtbot.waitUntil(lambda: not window.operations.busy, timeout=5000)  # counts, warm-up
    assert window.count_label.text() == "25 orders"
    assert window.nav.item(REQUESTS).text() == "Buyer requests (1)"
    window.go(STOCK)
    assert window.stack.currentWidget() is window.pages[STOCK] is window.stock_page
    assert set(window.pages) == {ORDERS, STOCK}


def test_import_and_export_go_to_the_import_helper(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import desktop_app.ui.importing as importing

    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(
        importing, "import_files", lambda parent, db, paths, **kw: calls.append(("import", paths))
    )
    monkeypatch.setattr(
        importing,
        "export_view",
        lambda parent, db, flt, sort, descending, **kw: calls.append(("export", flt)),
    )
    window = make_window(qtbot, shop, settings, notes)
    assert window.import_action.isEnabled() and window.export_action.isEnabled()
    window.import_files(["/tmp/report.txt"])
    window.orders_page.filters.attention.setChecked(True)
    window.export_action.trigger()
    assert calls[0] == ("import", ["/tmp/report.txt"])
    assert calls[1][0] == "export" and calls[1][1].needs_attention  # type: ignore[union-attr]


def test_a_day_clicked_on_the_chart_lists_that_days_cancelled_orders(
    qtbot: QtBot, shop: Database, settings: QSettings, notes: Notes
) -> None:
    from desktop_app.services.cancellation import CancelRequest, cancel_order
    from tests.ui.conftest import NOW

    with shop.transaction() as s:
        cancel_order(s, CTX, CancelRequest("111-0000001-0000001", "PricingError"))
    window = make_window(qtbot, shop, settings, notes)
    window.go(HEALTH)
    qtbot.waitUntil(lambda: window.health_page is not None, timeout=10000)  # built off-thread
    page = window.pages[HEALTH]
    assert page is window.health_page
    page.dayClicked.emit(NOW.date())  # what a click on that day's bar sends
    assert window.stack.currentWidget() is window.orders_page
    model = window.orders_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.row_at(0) is not None and model.row_at(0).order_id == "111-0000001-0000001"
    page.dayClicked.emit(NOW.date().replace(year=2025))  # a day with no cancellations
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=3000)
