"""The chart's date axis: one label every 1, 2, 7, 14 or 28 days, or every month, chosen from
the axis's width and the labels' width so that neighbouring dates never touch.

pyqtgraph's own date axis picks its spacing from the range alone and lets "29 Oct" and "Nov 03"
run into each other on a narrow window.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFont, QFontMetricsF

DAY = 86400.0
DAY_STEPS = (1, 2, 7, 14, 28)  # then months: 1, 2, 3, 6, 12
MONTH_STEPS = (1, 2, 3, 6, 12)
LABEL_GAP = 14.0  # pixels kept free between two labels


def day_format() -> str:
    """Qt's date format codes for a day label, in the window's language ("Nov 03")."""
    return QCoreApplication.translate("DayAxis", "MMM dd")


def month_format() -> str:
    """... and for a month label ("Nov 2026")."""
    return QCoreApplication.translate("DayAxis", "MMM yyyy")


def label_text(when: datetime, pattern: str) -> str:
    """A date written with the window's locale (its month names) and ``pattern``."""
    return QLocale().toString(QDate(when.year, when.month, when.day), pattern)


def year_of_labels(pattern: str) -> list[str]:
    """A label for each month of a year (month names differ in width)."""
    return [label_text(datetime(2026, month, 28, tzinfo=UTC), pattern) for month in range(1, 13)]


def _day(x: float) -> datetime:
    return datetime.fromtimestamp(x, tz=UTC)


class DayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A bottom axis of UTC-midnight days (see ``chart.day_x``)."""

    def __init__(self, font: QFont | None = None) -> None:
        super().__init__(orientation="bottom")
        self.tick_font = font or QFont()
        self.setStyle(tickFont=self.tick_font, autoExpandTextSpace=False)
        self._months = False

    def label_width(self, text: str) -> float:
        return QFontMetricsF(self.tick_font).horizontalAdvance(text)

    def _room(self, size: float, span_days: float, pattern: str) -> float:
        """How many days one label of ``pattern`` needs on an axis ``size`` pixels wide."""
        per_day = size / max(span_days, 1e-9)
        widest = max(self.label_width(text) for text in year_of_labels(pattern))
        return (widest + LABEL_GAP) / max(per_day, 1e-9)

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        span_days = (maxVal - minVal) / DAY
        if size <= 0 or span_days <= 0:
            return []
        need = self._room(size, span_days, day_format())
        step = next((s for s in DAY_STEPS if s >= need), None)
        if step is not None:
            self._months = False
            first = int(minVal // (step * DAY)) + 1
            last = int(maxVal // (step * DAY))
            return [(step * DAY, [n * step * DAY for n in range(first, last + 1)])]
        self._months = True
        need_months = self._room(size, span_days, month_format()) / 30.4
        months = next((m for m in MONTH_STEPS if m >= need_months), MONTH_STEPS[-1] * 2)
        start, end = _day(minVal), _day(maxVal)
        values = []
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            if (year * 12 + month - 1) % months == 0:
                x = datetime(year, month, 1, tzinfo=UTC).timestamp()
                if minVal <= x <= maxVal:
                    values.append(x)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return [(months * 30.4 * DAY, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        pattern = month_format() if self._months else day_format()
        return [label_text(_day(v), pattern) for v in values]
