"""The cancellation-rate chart (pyqtgraph): the 7-day rate over time and, below it, who cancelled.

Imported only when the Account health page opens: pyqtgraph costs ~0.4 s to import, so nothing
imported at start-up may import this module.

Days sit on the x axis at their UTC midnight timestamp and the date axis shows UTC, so a bar and
its tick label name the same shop-local calendar day whatever the machine's zone.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from desktop_app.core.health import CANCELLATION_RATE, DailyRate
from desktop_app.services.health import (
    CATEGORY_LABELS,
    DailyCancellations,
    HealthReport,
    MarketplaceHealth,
)
from desktop_app.ui.domain_text import day_text, health_word, target_percent, tx
from desktop_app.ui.domain_text import percent as locale_percent
from desktop_app.ui.health.day_axis import DayAxis
from desktop_app.ui.style import Token, colour, qcolour

DAY = 86400.0
# Colours are tokens of the current theme (``desktop_app.ui.style``), read when drawing
RATE_COLOUR: Token = "chart_rate"
TARGET_COLOUR: Token = "chart_target"
MARKET_TARGET_COLOUR: Token = "chart_other_target"
NO_BREAK_HYPHEN = "\u2011"  # "30-day" stays on one line
WORD_JOINER = "\u2060"  # no line break here
CJK_START = 0x2E80  # CJK radicals, punctuation, ideographs and beyond
RATE_PLOT_MIN_HEIGHT = 130  # pixels
BARS_MIN_HEIGHT = 85  # its axis title, "Cancelled", fits beside it
LEGEND_GAP = "&nbsp;&nbsp; "  # between legend entries: room, and a place to break the line
BAR_COLOURS: dict[str, Token] = {
    "seller_counted": "bar_seller_counted",  # counts against you: red
    "seller_not_counted": "bar_seller_not_counted",
    "amazon": "bar_amazon",
    "buyer_request": "bar_buyer_request",
    "buyer_self": "bar_buyer_self",
}
BAR_ORDER = ("seller_counted", "amazon", "seller_not_counted", "buyer_request", "buyer_self")
MARKET_COLOURS: dict[str, Token] = {
    "amazon": RATE_COLOUR,
    "ebay": "market_ebay",
    "walmart": "market_walmart",
}
PROJECTION_DAYS = 14  # the dashed forecast is drawn at most this far ahead
CALM_DAYS = 7  # ... and this far when the rate is within target already
SEGMENTED_FROM = 120  # days: longer solid curves are drawn as segments (see _segmented)


def day_x(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def x_day(x: float) -> date:
    return datetime.fromtimestamp(round(x / DAY) * DAY, tz=UTC).date()


def rate_text(point: DailyRate) -> str:
    value = point.rate
    if value is None:
        return QCoreApplication.translate(
            "RateChart", "no seller-fulfilled orders in the 7 days: no rate"
        )
    return QCoreApplication.translate(
        "RateChart", "{counted} of %n order(s) cancelled against you: {rate}", "", point.orders
    ).format(counted=point.counted, rate=locale_percent(value, 2))


class _Plot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A plot that asks for no more height than its minimum: the health page scrolls to the
    height its parts *prefer* (QScrollArea sizes a word-wrapping page by height-for-width), so
    a plot's larger default hint would make the page taller than the window for nothing. The
    layout's stretch still hands a tall window's room to the plots."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class RateChart(QWidget):
    """Two plots sharing a date axis: the rolling rate on top, daily cancellations below."""

    dayClicked = Signal(date)

    def __init__(
        self, parent: QWidget | None = None, *, then: Callable[[], None] | None = None
    ) -> None:
        """With ``then`` the chart is finished in the next turn of the event loop, then
        ``then`` is called; without, at once."""
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self._report: HealthReport | None = None
        self._series: list[DailyRate] = []
        self._bars: list[DailyCancellations] = []
        self._by_day: dict[date, tuple[DailyRate, DailyCancellations | None]] = {}
        # the chart's items are made once and given new data on each report: making them
        # again each time cost the GUI thread tens of milliseconds (Account health's range)
        self._regions: list[pg.LinearRegionItem] = []
        self._bar_items: dict[str, pg.BarGraphItem] = {}
        self._channel_note = ""
        self._market_items: _Items = _Items()
        self._others: dict[date, list[tuple[str, str, DailyRate]]] = {}
        self._projection: dict[str, list[DailyRate]] = {}

        self._plots: list[pg.PlotWidget] = []
        self.rate_plot = self._new_plot(DayAxis(self.font()))
        # readable lines and days to click; on a short window the health page scrolls instead
        self.rate_plot.setMinimumHeight(RATE_PLOT_MIN_HEIGHT)
        self.rate_plot.setAccessibleName(self.tr("Cancellation rate chart"))
        self.rate_plot.setLabel("left", self.tr("7-day rate (%)"))

        self.rate_curve = self.rate_plot.plot(
            [],
            [],
            pen=pg.mkPen(colour(RATE_COLOUR), width=2.5),
            connect="finite",
            name=self.tr("7-day cancellation rate"),
        )
        self.target_line = pg.InfiniteLine(
            pos=CANCELLATION_RATE.target * 100,
            angle=0,
            movable=False,
            pen=pg.mkPen(colour(TARGET_COLOUR), width=1.5, style=Qt.PenStyle.DashLine),
        )  # named in the legend above the plot: a label on the line would cover the data
        self.rate_plot.addItem(self.target_line, ignoreBounds=True)
        self.series_legend = QLabel()
        self.series_legend.setWordWrap(True)  # several marketplaces' lines and targets
        self.series_legend.setContentsMargins(56, 0, 0, 0)
        self.series_legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.hover_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(colour("chart_guide"), width=1)
        )
        self.hover_line.setVisible(False)
        self.rate_plot.addItem(self.hover_line, ignoreBounds=True)

        self.rate_plot.getAxis("bottom").setStyle(showValues=False)
        self.rate_plot.getAxis("bottom").setHeight(6)
        self.legend = QLabel(_bar_legend(["Amazon"]))
        self.legend.setWordWrap(True)  # five categories: two lines on a laptop
        self.legend.setContentsMargins(56, 0, 0, 0)
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.series_legend)
        layout.addWidget(self.rate_plot, 3)
        layout.addWidget(self.legend)

        self._paint_frame()
        if then is None:
            self._add_bars()
        else:  # the window: the bars' plot in the next turn (each plot is tens of ms)

            def finish() -> None:
                self._add_bars()
                then()

            QTimer.singleShot(1, self, finish)

    @property
    def making(self) -> bool:
        """The chart is still to be finished (in the next turn, see ``then``)."""
        return len(self._plots) < 2

    def _new_plot(self, bottom: DayAxis) -> pg.PlotWidget:
        plot = _Plot(axisItems={"bottom": bottom})
        item = plot.getPlotItem()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMouseEnabled(x=True, y=False)
        item.hideButtons()
        item.getAxis("left").setWidth(52)
        plot.scene().sigMouseMoved.connect(self._moved)
        plot.scene().sigMouseClicked.connect(self._clicked)
        self._plots.append(plot)
        return plot

    def _add_bars(self) -> None:
        """The daily cancellations' plot under the rate (once)."""
        if len(self._plots) > 1:
            return
        self.day_axis = DayAxis(self.font())  # the dates under the bars: never colliding
        self.bars_plot = self._new_plot(self.day_axis)
        self.bars_plot.setMinimumHeight(BARS_MIN_HEIGHT)
        self.bars_plot.setMaximumHeight(190)
        self.bars_plot.setXLink(self.rate_plot)
        self.bars_plot.setAccessibleName(self.tr("Cancellations per day chart"))
        self.bars_plot.setLabel("left", self.tr("Cancelled"))
        self._layout.addWidget(self.bars_plot, 1)
        self._paint_frame()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legends()

    def _fit_legends(self) -> None:
        """The legends wrap on a narrow window; each keeps the height its lines need (a layout
        gives a wrapping label one line's height and its second line would cover the plot)."""
        for label in (self.series_legend, self.legend):
            label.setMinimumHeight(max(label.heightForWidth(self.width()), 0))

    # --- data -----------------------------------------------------------------------------

    def _paint_frame(self) -> None:
        """Background, axes and the lasting lines in the current theme's colours."""
        foreground = colour("chart_foreground")
        for plot in self._plots:
            plot.setBackground(colour("chart_background"))
            item = plot.getPlotItem()
            for side in ("left", "bottom"):
                item.getAxis(side).setPen(foreground)
                item.getAxis(side).setTextPen(foreground)
        self.rate_curve.setPen(pg.mkPen(colour(RATE_COLOUR), width=2.5))
        self.target_line.setPen(
            pg.mkPen(colour(TARGET_COLOUR), width=1.5, style=Qt.PenStyle.DashLine)
        )
        self.hover_line.setPen(pg.mkPen(colour("chart_guide"), width=1))

    def changeEvent(self, event: QEvent) -> None:
        """A new palette is a new theme: draw again in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_frame()
            if self._report is not None:
                self.set_report(self._report)

    def set_report(self, report: HealthReport) -> None:
        self._add_bars()
        self._report = report
        self._series = report.series
        self._bars = report.cancellations
        bars = {b.day: b for b in report.cancellations}
        self._by_day = {p.day: (p, bars.get(p.day)) for p in report.series}
        xs = [day_x(p.day) for p in report.series]
        ys = [math.nan if p.rate is None else p.rate * 100 for p in report.series]
        symbol = "o" if len(xs) <= 120 else None
        _segmented(self.rate_curve, len(xs))
        self.rate_curve.setData(
            xs,
            ys,
            connect="finite",
            symbol=symbol,
            symbolSize=5,
            symbolBrush=colour(RATE_COLOUR),
            symbolPen=None,
        )
        self._shade(report.series)
        self._draw_bars(xs, report.cancellations)
        finite = [y for y in ys if not math.isnan(y)]
        extra_ys, last_x = self._draw_marketplaces(report)
        top = max([*finite, *extra_ys, CANCELLATION_RATE.target * 100]) * 1.2
        top = max(top, 4.0)
        self.rate_plot.setYRange(-top * 0.025, top, padding=0)  # a sliver below 0 shows "0"
        if xs:
            end = max(xs[-1], last_x)
            self.rate_plot.setXRange(xs[0] - DAY * 0.6, end + DAY * 0.6, padding=0)
        most = max((b.total for b in report.cancellations), default=0)
        self.bars_plot.setYRange(0, max(most * 1.35, 3), padding=0)
        self._prepare_for_paint()

    def _prepare_for_paint(self) -> None:
        """Bring the plots' view transforms up to date now. pyqtgraph does it when a paint
        begins, which moves the items and so paints both plots a second time."""
        for plot in self._plots:
            plot.scene().prepareForPaint()

    def _draw_marketplaces(self, report: HealthReport) -> tuple[list[float], float]:
        """A solid curve per marketplace besides the main one, each with its own target line,
        and a dashed forecast for each when the range ends today. Returns the y values drawn
        and the last x (for the ranges)."""
        items = self._market_items
        items.begin()
        self._others = {}
        self._projection = {}
        ys: list[float] = []
        last_x = 0.0
        legend = []
        main_is_amazon = report.channel is not None and report.channel.value == "MFN"
        targets: dict[float, list[str]] = {}
        for market in report.marketplaces:
            key, name = market.profile.key, market.profile.name
            line_colour = colour(MARKET_COLOURS.get(key, "market_other"))
            metric = market.profile.metric
            label = self.tr("{marketplace} {days}-day {metric}").format(
                marketplace=name, days=market.figure.window_days, metric=tx(metric.label.lower())
            )
            legend.append(_legend_entry(line_colour, "━", label))
            if key != "amazon":
                targets.setdefault(metric.target, []).append(name)
            if key != "amazon" or not main_is_amazon:
                self._plot_other(market, line_colour)
                ys += [p.rate * 100 for p in market.series if p.rate is not None]
                metric_label = tx(metric.label.lower())
                for p in market.series:
                    self._others.setdefault(p.day, []).append((name, metric_label, p))
            if report.last == report.today:
                drawn = self._plot_projection(market, line_colour)
                ys += drawn[0]
                last_x = max(last_x, drawn[1])
        if report.marketplaces and report.last == report.today:
            legend.append(
                _legend_entry(
                    colour("chart_guide_text"), "┅", self.tr("forecast if you cancel nothing more")
                )
            )
        for target, names in sorted(targets.items()):
            line = items.line(
                self.rate_plot,
                ("target", target),
                lambda: pg.InfiniteLine(angle=0, movable=False),
            )
            line.setPos(target * 100)
            line.setPen(
                pg.mkPen(colour(MARKET_TARGET_COLOUR), width=1.2, style=Qt.PenStyle.DotLine)
            )
            legend.append(
                _legend_entry(
                    colour(MARKET_TARGET_COLOUR),
                    "┈",
                    self.tr("{marketplaces} target {target}").format(
                        marketplaces=self.tr(" and ").join(names), target=target_percent(target)
                    ),
                )
            )
        target_text = (
            self.tr("Amazon target {target}") if targets else self.tr("target {target}")
        ).format(target=tx(CANCELLATION_RATE.target_text))
        legend.insert(0, _legend_entry(colour(TARGET_COLOUR), "╌", target_text))
        if not report.marketplaces:
            legend.insert(
                0, _legend_entry(colour(RATE_COLOUR), "━", self.tr("7-day cancellation rate"))
            )
        if last_x:
            today = items.line(
                self.rate_plot,
                ("today",),
                lambda: pg.InfiniteLine(
                    angle=90,
                    movable=False,
                    label=self.tr("today │ forecast"),
                    labelOpts={"position": 0.97, "anchors": [(0.5, 0), (0.5, 0)]},
                ),
            )
            today.setPos(day_x(report.today) + DAY / 2)
            today.setPen(pg.mkPen(colour("chart_guide"), width=1, style=Qt.PenStyle.DashLine))
            today.label.setColor(colour("chart_guide_text"))
        items.end()
        several = len(report.marketplaces) > 1
        self.legend.setText(_bar_legend([m.profile.name for m in report.marketplaces]))
        self.rate_plot.setLabel(
            "left", self.tr("Rate (%)") if several else self.tr("7-day rate (%)")
        )
        self.series_legend.setText(LEGEND_GAP.join(legend))
        self.series_legend.setVisible(bool(legend))
        self._fit_legends()
        return ys, last_x

    def _plot_other(self, market: MarketplaceHealth, colour: str) -> None:
        xs = [day_x(p.day) for p in market.series]
        ys = [math.nan if p.rate is None else p.rate * 100 for p in market.series]
        curve = self._market_items.curve(self.rate_plot, ("series", market.profile.key))
        _segmented(curve, len(xs))
        curve.setData(xs, ys, pen=pg.mkPen(colour, width=2), connect="finite")

    def _plot_projection(self, market: MarketplaceHealth, colour: str) -> tuple[list[float], float]:
        """The dashed forecast from today's point: until the rate is back within target (one
        more day to show it), at most PROJECTION_DAYS days."""
        ahead = market.forecast
        shown = ahead.projection[: CALM_DAYS if ahead.within_now else PROJECTION_DAYS]
        if ahead.recovery_day is not None and ahead.recovery_day > ahead.today:
            stop = (ahead.recovery_day - ahead.today).days + 1
            shown = ahead.projection[: min(stop, PROJECTION_DAYS)]
        if not shown or ahead.current.orders == 0:
            return [], 0.0
        points = [ahead.current, *shown]
        self._projection[market.profile.key] = shown
        xs = [day_x(p.day) for p in points]
        ys = [math.nan if p.rate is None else p.rate * 100 for p in points]
        curve = self._market_items.curve(self.rate_plot, ("projection", market.profile.key))
        curve.setData(
            xs, ys, pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine), connect="finite"
        )
        return [y for y in ys if not math.isnan(y)], xs[-1]

    def projection(self, key: str) -> list[DailyRate]:
        """The forecast days drawn for a marketplace (empty when none is drawn)."""
        return list(self._projection.get(key, []))

    def _shade(self, series: list[DailyRate]) -> None:
        target = CANCELLATION_RATE.target
        spans: list[tuple[float, float]] = []
        run: list[date] = []
        for point in [*series, None]:
            over = point is not None and point.rate is not None and point.rate >= target
            if over and point is not None:
                run.append(point.day)
                continue
            if run:
                spans.append((day_x(run[0]) - DAY / 2, day_x(run[-1]) + DAY / 2))
                run = []
        while len(self._regions) > len(spans):  # the regions drawn before are reused
            self.rate_plot.removeItem(self._regions.pop())
        brush = pg.mkBrush(qcolour("chart_breach"))
        for number, span in enumerate(spans):
            if number == len(self._regions):
                region = pg.LinearRegionItem(
                    values=span, orientation="vertical", movable=False, pen=pg.mkPen(None)
                )
                region.setZValue(-10)
                self.rate_plot.addItem(region, ignoreBounds=True)
                self._regions.append(region)
            region = self._regions[number]
            region.setRegion(span)
            region.setBrush(brush)

    def _draw_bars(self, xs: list[float], bars: list[DailyCancellations]) -> None:
        plot = self.bars_plot.getPlotItem()
        base = [0.0] * len(bars)
        width = DAY * (0.8 if len(bars) <= 120 else 1.0)
        for key in BAR_ORDER:
            heights = [float(_category(b, key)) for b in bars]
            bar_colour = qcolour(BAR_COLOURS[key])
            drawn = {
                "x": xs,
                "y0": list(base),
                "height": heights,
                "width": width,
                "brush": bar_colour,
                "pen": pg.mkPen(bar_colour.darker(115), width=0.5) if len(bars) <= 120 else None,
            }
            item = self._bar_items.get(key)
            if item is None:
                item = self._bar_items[key] = pg.BarGraphItem(**drawn)
                plot.addItem(item)
            else:
                item.setOpts(**drawn)
            base = [b + h for b, h in zip(base, heights, strict=True)]

    # --- reading the chart ----------------------------------------------------------------

    def last_point(self) -> DailyRate | None:
        return self._series[-1] if self._series else None

    def curve_values(self) -> tuple[list[float], list[float]]:
        xs, ys = self.rate_curve.getOriginalDataset()
        return ([] if xs is None else list(xs)), ([] if ys is None else list(ys))

    def regions(self) -> list[tuple[float, float]]:
        spans = []
        for region in self._regions:
            low, high = region.getRegion()
            spans.append((float(low), float(high)))
        return spans

    def day_at(self, x: float) -> date | None:
        """The day shown at x (None outside the range)."""
        day = x_day(x)
        return day if day in self._by_day else None

    def tooltip_for(self, day: date) -> str:
        found = self._by_day.get(day)
        if found is None:
            return ""
        point, bars = found
        lines = [
            f"<b>{day_text(day, year=True)}</b>",
            self.tr("7 days to this day: {rate}").format(rate=rate_text(point)),
        ]
        if point.rate is not None:
            verdict = health_word(CANCELLATION_RATE.status(point.rate))
            lines.append(
                self.tr("Target {target}: {verdict}").format(
                    target=tx(CANCELLATION_RATE.target_text), verdict=verdict
                )
            )
        if bars is not None and bars.total:
            parts = [
                (bars.seller_counted, self.tr("{n} by you (counted)")),
                (bars.seller_not_counted, self.tr("{n} by you (not counted)")),
                (
                    bars.amazon,
                    self.tr("{n} by Amazon ({counted} counted)")
                    if bars.amazon_counted
                    else self.tr("{n} by Amazon"),
                ),
                (bars.buyer_request, self.tr("{n} on buyer request")),
                (bars.buyer_self, self.tr("{n} by the buyer")),
            ]
            shown = [text.format(n=n, counted=bars.amazon_counted) for n, text in parts if n != 0]
            lines.append(self.tr("Cancelled this day: {parts}").format(parts=", ".join(shown)))
            lines.append("<i>" + self.tr("Click to see these orders") + "</i>")
        elif bars is not None:
            lines.append(self.tr("No cancellations this day"))
        for name, label, other in self._others.get(day, []):
            value = locale_percent(other.rate, 2)
            lines.append(
                self.tr("{marketplace} {metric}: {value} ({counted} of {orders})").format(
                    marketplace=name,
                    metric=label,
                    value=value,
                    counted=other.counted,
                    orders=other.orders,
                )
            )
        return "<br>".join(lines)

    def _view_x(self, scene_pos: QPointF) -> float | None:
        for plot in self._plots:
            box = plot.getPlotItem().vb
            if box.sceneBoundingRect().contains(scene_pos):
                return float(box.mapSceneToView(scene_pos).x())
        return None

    def _moved(self, scene_pos: QPointF) -> None:
        x = self._view_x(scene_pos)
        day = None if x is None else self.day_at(x)
        if day is None:
            self.hover_line.setVisible(False)
            QToolTip.hideText()
            return
        self.hover_line.setPos(day_x(day))
        self.hover_line.setVisible(True)
        QToolTip.showText(QCursor.pos(), self.tooltip_for(day), self)

    def _clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = self._view_x(event.scenePos())
        day = None if x is None else self.day_at(x)
        if day is not None:
            self.dayClicked.emit(day)

    # --- export -----------------------------------------------------------------------------

    def export_png(self, path: Path | str) -> bool:
        """Save the chart as a PNG (checked, written beside ``path``, renamed into place)."""
        from desktop_app.io.safe_write import check_target, replacing

        target = check_target(path, extensions=(".png",), force=True, what=self.tr("PNG image"))
        assert target is not None
        with replacing(target) as partial:
            if not self.grab().save(str(partial), "PNG"):
                raise OSError(f"the image could not be written to {target}")
        return True


def _legend_entry(colour: str, mark: str, text: str, size: str = "12pt") -> str:
    """One entry of a legend: a line breaks between entries, never inside one."""
    words = "&nbsp;".join(text.replace("-", NO_BREAK_HYPHEN).split(" "))
    # Chinese may break between any two characters: word joiners around each forbid it
    words = "".join(f"{WORD_JOINER}{c}{WORD_JOINER}" if ord(c) >= CJK_START else c for c in words)
    return f"<span style='color:{colour}; font-size:{size}'>{mark}</span>&nbsp;{words}"


def _bar_legend(names: list[str]) -> str:
    """The bars' legend; marketplace-made cancellations are named after the marketplaces."""
    labels = {key: tx(label) for key, label in CATEGORY_LABELS.items()}
    if len(names) > 1:
        labels["amazon"] = QCoreApplication.translate(
            "RateChart", "The marketplace ({marketplaces})"
        ).format(marketplaces=", ".join(names))
    return LEGEND_GAP.join(
        _legend_entry(colour(BAR_COLOURS[key]), "■", labels[key], "13pt") for key in BAR_ORDER
    )


def _category(bars: DailyCancellations, key: str) -> int:
    value = getattr(bars, key)
    assert isinstance(value, int)
    return value


def _segmented(curve: pg.PlotDataItem, points: int) -> None:
    """A solid line of many days is drawn segment by segment: as one antialiased path, a
    year's curve took some 10 ms of the GUI thread to paint, a third of that this way, and
    at a few pixels a day the joins look the same. Short ranges keep the one path."""
    curve.curve.setSegmentedLineMode("on" if points > SEGMENTED_FROM else "auto")


class _Items:
    """The rate plot's extra curves and lines, each made on first use under a key and reused
    by later reports; those a report does not draw are emptied or hidden."""

    def __init__(self) -> None:
        self._made: dict[tuple[Any, ...], Any] = {}
        self._used: set[tuple[Any, ...]] = set()

    def begin(self) -> None:
        self._used = set()

    def curve(self, plot: pg.PlotWidget, key: tuple[Any, ...]) -> pg.PlotDataItem:
        self._used.add(key)
        if key not in self._made:
            self._made[key] = plot.plot([], [])
        return self._made[key]

    def line(
        self, plot: pg.PlotWidget, key: tuple[Any, ...], make: Callable[[], pg.InfiniteLine]
    ) -> pg.InfiniteLine:
        self._used.add(key)
        if key not in self._made:
            self._made[key] = make()
            plot.addItem(self._made[key], ignoreBounds=True)
        line = self._made[key]
        line.setVisible(True)
        return line

    def end(self) -> None:
        for key, item in self._made.items():
            if key in self._used:
                continue
            if isinstance(item, pg.InfiniteLine):
                item.setVisible(False)
            else:
                item.setData([], [])
