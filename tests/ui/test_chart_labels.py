"""The rate chart's words never collide: the dates under the bars keep apart at any width and
range, and no label sits on the plotted data (the target is named in the legend)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app.core.health import CANCELLATION_RATE
from desktop_app.db.database import Database
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.ui.health.page import HealthPage
from tests.ui.conftest import CTX, NOW, clock


def legend_words(html: str) -> str:
    """A legend as the seller reads it (no markup, plain spaces)."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText().replace("\xa0", " ").replace("\u2011", "-")


def drawn_date_labels(page: HealthPage) -> list[tuple[QRectF, str]]:
    """The date labels as pyqtgraph lays them out to paint (rectangles in the axis)."""
    axis = page.chart.day_axis
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert specs is not None
    return [(rect, text) for rect, _flags, text in specs[2]]


@pytest.mark.parametrize("width", [520, 900, 1366])
@pytest.mark.parametrize("days", [7, 30, 90, 365])
def test_date_labels_never_overlap(qtbot: QtBot, shop: Database, width: int, days: int) -> None:
    page = HealthPage(shop, clock=clock)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_custom_range(NOW.date() - timedelta(days=days - 1), NOW.date())
    qtbot.wait(50)
    labels = sorted(drawn_date_labels(page), key=lambda item: item[0].left())
    assert len(labels) >= 2, f"{width} px, {days} days: {[t for _r, t in labels]}"
    for (left, a), (right, b) in pairwise(labels):
        assert left.right() + 4 <= right.left(), f"{a!r} touches {b!r} at {width} px, {days} d"
    assert len({t for _r, t in labels}) == len(labels)  # no date named twice


def test_no_label_covers_the_line(qtbot: QtBot, shop: Database) -> None:
    with shop.transaction() as session:  # today's rate over target: data near the target line
        cancel_order(session, CTX, CancelRequest("111-0000001-0000001", "NoInventory"))
    page = HealthPage(shop, clock=clock)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_custom_range(date(2026, 11, 14), NOW.date())
    qtbot.wait(50)
    chart = page.chart
    box = chart.rate_plot.getPlotItem().vb
    xs, ys = chart.curve_values()
    points = [box.mapViewToScene(QPointF(x, y)) for x, y in zip(xs, ys, strict=True)]
    texts = [
        item
        for item in chart.rate_plot.scene().items()
        if isinstance(item, pg.TextItem | pg.InfLineLabel) and item.isVisible()
    ]
    for item in texts:
        rect = item.sceneBoundingRect().adjusted(-3, -3, 3, 3)
        covered = [p for p in points if rect.contains(p)]
        assert not covered, f"{item.toPlainText()!r} covers the rate at {covered}"
    assert f"target {CANCELLATION_RATE.target_text}" in legend_words(chart.series_legend.text())
    assert chart.series_legend.isVisibleTo(page)
