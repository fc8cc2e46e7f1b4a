"""The Account health page: the chart follows cancellations, clicks name a day, exports work."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from desktop_app.core.health import CANCELLATION_RATE, LATE_SHIPMENT_RATE, HealthStatus
from desktop_app.db.database import Database
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.health import HealthReport, MetricFigure
from desktop_app.ui.health.chart import day_x
from desktop_app.ui.health.page import HealthPage, advice
from tests.ui.conftest import CTX, NOW, clock
from tests.ui.test_cancel_dialog import settle

TODAY = NOW.date()


def make_page(qtbot, db: Database, **kw: object) -> HealthPage:  # type: ignore[no-untyped-def]
    page = HealthPage(db, clock=clock, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1100, 760)
    assert page.report is None  # nothing is read until the page is shown
    page.refresh()
    return page


def test_opening_the_page_module_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys, desktop_app.ui.health.page\n"
        "print(any(n.startswith('pyqtgraph') for n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_last_point_changes_after_a_cancellation_and_refresh(qtbot, shop: Database) -> None:  # type: ignore[no-untyped-def]
    # The cancel dialog (desktop_app/ui/dialogs/cancel.py) is another helper's; this cancels
    # through the same service the dialog calls, then refreshes the page as the window does.
    page = make_page(qtbot, shop)
    before = page.chart.last_point()
    assert before is not None and before.day == TODAY
    assert (before.counted, before.orders) == (0, 24)
    xs, ys = page.chart.curve_values()
    assert xs[-1] == day_x(TODAY) and ys[-1] == 0.0
    assert page.cards[0].status.text() == "● Fine"

    with shop.transaction() as session:
        cancel_order(session, CTX, CancelRequest("111-0000001-0000001", "NoInventory"))
    page.refresh()

    after = page.chart.last_point()
    assert after is not None and (after.counted, after.orders) == (1, 24)
    assert page.chart.curve_values()[1][-1] == pytest.approx(100 / 24)
    assert page.report is not None and page.report.current.status is HealthStatus.OVER_TARGET
    assert page.cards[0].status.text() == "● Over target"
    assert page.headline.text().startswith("Your cancellation rate is 4.17%, over target")
    assert "Cancel only when the buyer's request is on record" in page.tips.text()
    assert page.chart.regions() == [(day_x(TODAY) - 43200, day_x(TODAY) + 43200)]
    assert "MUG-RED" in page.skus.text() and "No inventory" in page.reasons.text()
    tip = page.chart.tooltip_for(TODAY)
    assert "Fri 20 Nov 2026" in tip
    assert "1 of 24 orders cancelled against you: 4.17%" in tip
    assert "1 by you (counted)" in tip


def test_clicking_a_day_emits_it(qtbot, shop: Database) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, shop)
    page.show()
    qtbot.waitExposed(page)
    day = TODAY - timedelta(days=3)
    plot = page.chart.rate_plot
    box = plot.getPlotItem().vb
    scene = box.mapViewToScene(QPointF(day_x(day) + 3600, 1.0))
    pos = plot.mapFromScene(scene)
    with qtbot.waitSignal(page.dayClicked, timeout=2000) as blocker:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [day]


def test_ranges_and_channel(qtbot, shop: Database) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, shop)
    assert page.report is not None and len(page.report.series) == 90
    page.set_range(30)
    assert len(page.report.series) == 30
    page.set_range(None)  # all time: from the first purchase
    assert page.report.first == (NOW - timedelta(hours=30)).date()  # the oldest order
    page.set_custom_range(date(2026, 11, 1), date(2026, 11, 10))
    assert (page.report.first, page.report.last) == (date(2026, 11, 1), date(2026, 11, 10))
    assert page.first_edit.isVisibleTo(page)
    page.set_range(90)
    page.channel_box.setCurrentIndex(2)  # all channels
    assert page.report.channel is None
    assert page.report.series[-1].orders == 25
    assert "all orders" in page.chart_title.text()


def test_exports_png_and_csv(qtbot, shop: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(_parent: object, caption: str, _filter: str) -> str:
        asked.append(caption)
        return str(tmp_path / ("chart" if "PNG" in caption else "data"))

    page = make_page(qtbot, shop, ask_path=ask)
    page.set_range(30)
    page.png_button.click()
    page.csv_button.click()
    assert (tmp_path / "chart.png").stat().st_size > 1000
    rows = list(csv.reader((tmp_path / "data.csv").open(encoding="utf-8")))
    assert rows[0][:4] == ["day", "orders_in_window", "counted_in_window", "rate"]
    assert len(rows) == 31 and rows[-1][0] == TODAY.isoformat()
    assert asked == ["Export chart as PNG", "Export chart data as CSV"]


def test_cancelling_through_the_dialog_moves_the_last_point(qtbot, shop: Database) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.dialogs.cancel import CancelDialog

    page = make_page(qtbot, shop)
    before = page.chart.last_point()
    assert before is not None and before.counted == 0
    dialog = CancelDialog(shop, "111-0000001-0000001", CTX, notify=lambda *a, **k: None)
    qtbot.addWidget(dialog)
    dialog.changed.connect(lambda _order_id: page.refresh())  # as the main window wires it
    dialog.open()
    dialog.reason.choose("NoInventory")
    settle(qtbot, dialog)
    with qtbot.waitSignal(dialog.cancelled):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    after = page.chart.last_point()
    assert after is not None and (after.counted, after.orders) == (1, 24)
    assert page.chart.curve_values()[1][-1] == pytest.approx(100 / 24)
    assert page.cards[0].status.text() == "● Over target"


def _report(cancelled: int, late_10: int, late_30: int) -> HealthReport:
    """A report with these counts out of 1,000 orders in each window."""
    metrics = [
        MetricFigure(CANCELLATION_RATE, 7, cancelled, 1000, "cancelled against you", "orders"),
        MetricFigure(LATE_SHIPMENT_RATE, 10, late_10, 1000, "went out late", "due to ship"),
        MetricFigure(LATE_SHIPMENT_RATE, 30, late_30, 1000, "went out late", "due to ship"),
    ]
    return HealthReport(TODAY, "UTC", TODAY, TODAY, None, metrics, [], [], [], [], [])


def test_the_advice_speaks_up_as_soon_as_late_shipments_are_at_risk() -> None:
    fine = _report(0, 10, 10)
    assert advice(fine) == ["Nothing needs doing: your account is within every tracked target."]
    at_risk = _report(0, 10, 37)  # 3.7% late in 30 days: close to the 4% target
    assert at_risk.metrics[2].status is HealthStatus.AT_RISK
    assert advice(at_risk) == [
        "Confirm shipment before the ship-by date, or lengthen your handling time."
    ]
    assert advice(_report(0, 45, 10))[0].startswith("Confirm shipment")  # over target
