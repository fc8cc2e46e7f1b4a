"""The Account health page: is the account safe, and if not, why and what to do.

Importing this module does not import pyqtgraph; the chart module is imported when the page is
built, i.e. when the seller opens the page.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.clock import utcnow
from desktop_app.core.forecast_text import recovery_sentence
from desktop_app.core.health import CANCELLATION_RATE, HealthStatus
from desktop_app.core.status import Channel
from desktop_app.db.database import Database
from desktop_app.services.health import (
    HealthReport,
    MarketplaceHealth,
    MetricFigure,
    health_report,
)
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, date_text, percent, tx
from desktop_app.ui.format import money as format_minor
from desktop_app.ui.plain import esc
from desktop_app.ui.style import MUTED, Tone, colour, set_banner, set_role, set_tone

if TYPE_CHECKING:
    from desktop_app.ui.health.chart import RateChart
    from desktop_app.ui.operations import Operations

STATUS_STYLE: dict[HealthStatus, tuple[str, Tone]] = {  # word, tone (style.py colours it)
    HealthStatus.FINE: (QT_TRANSLATE_NOOP("MetricCard", "Fine"), "ok"),
    HealthStatus.AT_RISK: (QT_TRANSLATE_NOOP("MetricCard", "At risk"), "warning"),
    HealthStatus.OVER_TARGET: (QT_TRANSLATE_NOOP("MetricCard", "Over target"), "danger"),
    HealthStatus.NO_DATA: (QT_TRANSLATE_NOOP("MetricCard", "No data"), "muted"),
}
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("HealthPage", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("HealthPage", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("HealthPage", "Last year"), 365),
    (QT_TRANSLATE_NOOP("HealthPage", "All time"), None),
    (QT_TRANSLATE_NOOP("HealthPage", "Custom…"), -1),
)
CUSTOM = -1
CHANNELS: tuple[tuple[str, Channel | None], ...] = (
    (QT_TRANSLATE_NOOP("HealthPage", "Seller-fulfilled (MFN): Amazon's rate"), Channel.MFN),
    (QT_TRANSLATE_NOOP("HealthPage", "Fulfilled by Amazon (AFN)"), Channel.AFN),
    (QT_TRANSLATE_NOOP("HealthPage", "All channels"), None),
)
Save = Callable[[QWidget, str, str], str]  # (parent, caption, filter) -> path or ""


def _ask_path(parent: QWidget, caption: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, "", name_filter)
    return path


class MetricCard(QFrame):
    """One metric: its name and window, the value in large type, the target, a plain status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricCard")
        self.title = QLabel()
        self.value = QLabel()
        self.detail = QLabel()
        self.status = QLabel()
        self.forecast = QLabel()  # where the rate is going (marketplace cards only)
        self.forecast.setWordWrap(True)
        self.forecast.setVisible(False)
        set_role(self.forecast, "forecast")
        set_role(self.title, "metricTitle")
        set_role(self.detail, "hint")
        set_role(self.value, "metricValue")
        set_role(self.status, "pill")
        self.status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a pill
        # five cards share a 1366-pixel laptop's row: the words wrap, the status sits under
        # the value rather than beside the title
        self.title.setWordWrap(True)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        layout.addLayout(status_row)
        layout.addWidget(self.detail)
        layout.addWidget(self.forecast)
        layout.addStretch(1)  # a taller neighbour's height goes below, not into the status
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_market(self, market: MarketplaceHealth) -> None:
        """A marketplace's own metric, titled with its name, and its forecast sentence."""
        self.show_figure(market.figure)
        self.title.setText(f"{market.profile.name} · {tx(market.figure.title)}")
        self.status.setAccessibleName(f"{market.profile.name} {self.status.accessibleName()}")
        self.forecast.setText(tx(recovery_sentence(market.forecast, market.profile)))
        self.forecast.setVisible(True)
        self.setToolTip(
            self.tr("{description}\nSource: {source}").format(
                description=tx(market.profile.metric.description),
                source=market.profile.metric.source,
            )
        )

    def show_figure(self, figure: MetricFigure) -> None:
        word, tone = STATUS_STYLE[figure.status]
        word = self.tr(word)
        self.forecast.setVisible(False)
        self.title.setText(tx(figure.title))
        if figure.value is None:  # "no orders" in the value's type would crowd the others out
            self.value.setText("—")  # the status ("No data") and the counts below say why
            self.value.setAccessibleName(value_text(figure))
        else:
            self.value.setText(value_text(figure))
            self.value.setAccessibleName("")
        set_tone(self.value, tone)
        self.status.setText(f"● {word}")
        set_banner(self.status, tone)
        self.status.setAccessibleName(f"{tx(figure.title)}: {word}")
        self.detail.setText(
            self.tr(
                "Target {target}\n"
                "{numerator} of {denominator} {denominator_label} {numerator_label}"
            ).format(
                target=tx(figure.metric.target_text),
                numerator=figure.numerator,
                denominator=figure.denominator,
                denominator_label=tx(figure.denominator_label),
                numerator_label=tx(figure.numerator_label),
            )
        )
        set_tone(self, tone)
        self.setToolTip(
            self.tr("{description}\nSource: {source}").format(
                description=tx(figure.metric.description), source=figure.metric.source
            )
        )


SEVERITY = [HealthStatus.NO_DATA, HealthStatus.FINE, HealthStatus.AT_RISK, HealthStatus.OVER_TARGET]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HealthPage", text, "", n)


def value_text(figure: MetricFigure) -> str:
    """The metric's value as the window's locale writes it: "1.25%", "1,25 %"."""
    return percent(figure.value, 2)


def _sentence(figure: MetricFigure) -> str:
    value, target = value_text(figure), tx(figure.metric.target_text)
    if figure.metric is CANCELLATION_RATE:
        if figure.value is None:
            return QCoreApplication.translate(
                "HealthPage",
                "No seller-fulfilled orders in the last 7 days, so there is no cancellation rate.",
            )
        if figure.status is HealthStatus.OVER_TARGET:
            return QCoreApplication.translate(
                "HealthPage",
                "Your cancellation rate is {value}, over target ({target}): Amazon may "
                "deactivate your offers.",
            ).format(value=value, target=target)
        if figure.status is HealthStatus.AT_RISK:
            return QCoreApplication.translate(
                "HealthPage", "Your cancellation rate is {value}, close to the target ({target})."
            ).format(value=value, target=target)
        return QCoreApplication.translate(
            "HealthPage", "Your cancellation rate is fine at {value}."
        ).format(value=value)
    if figure.value is None:
        return QCoreApplication.translate(
            "HealthPage", "No orders were due to ship in the last 30 days."
        )
    if figure.status is HealthStatus.OVER_TARGET:
        return QCoreApplication.translate(
            "HealthPage",
            "Late shipments are over target: {numerator} of {denominator} orders "
            "due in the last {days} days went out late ({value}; target {target}).",
        ).format(
            numerator=figure.numerator,
            denominator=figure.denominator,
            days=figure.window_days,
            value=value,
            target=target,
        )
    if figure.status is HealthStatus.AT_RISK:
        return QCoreApplication.translate(
            "HealthPage", "Late shipments are close to the target: {value} in {days} days."
        ).format(value=value, days=figure.window_days)
    return QCoreApplication.translate("HealthPage", "Late shipments are fine at {value}.").format(
        value=value
    )


CONSEQUENCE = {
    "amazon": QT_TRANSLATE_NOOP("HealthPage", "Amazon may deactivate your offers"),
    "ebay": QT_TRANSLATE_NOOP("HealthPage", "eBay may lower your seller level"),
    "walmart": QT_TRANSLATE_NOOP("HealthPage", "Walmart may suppress your listings"),
}


def _market_sentence(market: MarketplaceHealth) -> str:
    """One marketplace's metric in a sentence (when the shop sells on more than one)."""
    figure, name = market.figure, market.profile.name
    label = tx(figure.metric.label.lower())
    value, target = value_text(figure), tx(figure.metric.target_text)
    if figure.value is None:
        return QCoreApplication.translate(
            "HealthPage", "No {marketplace} orders in the last {days} days."
        ).format(marketplace=name, days=figure.window_days)
    if figure.status is HealthStatus.OVER_TARGET:
        consequence = CONSEQUENCE.get(market.profile.key)
        return QCoreApplication.translate(
            "HealthPage",
            "Your {marketplace} {metric} is {value}, over target ({target}): {consequence}.",
        ).format(
            marketplace=name,
            metric=label,
            value=value,
            target=target,
            consequence=_tr(consequence)
            if consequence
            else QCoreApplication.translate("HealthPage", "the marketplace may act"),
        )
    if figure.status is HealthStatus.AT_RISK:
        return QCoreApplication.translate(
            "HealthPage", "Your {marketplace} {metric} is {value}, close to the target ({target})."
        ).format(marketplace=name, metric=label, value=value, target=target)
    return QCoreApplication.translate(
        "HealthPage", "Your {marketplace} {metric} is fine at {value}."
    ).format(marketplace=name, metric=label, value=value)


def headline(report: HealthReport) -> tuple[str, HealthStatus]:
    """What the seller must know first: problems before what is fine, in plain words. With
    several marketplaces, the metrics that are fine are summed up in one short sentence (their
    cards below give each value): the banner stays short enough to leave the chart room."""
    late = max(report.metrics[1:], key=lambda m: SEVERITY.index(m.status))
    if len(report.marketplaces) > 1:
        parts = [(m.figure.status, _market_sentence(m)) for m in report.marketplaces]
        parts.append((late.status, _sentence(late)))
        parts.sort(key=lambda p: -SEVERITY.index(p[0]))
        worst = parts[0][0]
        wrong = [text for status, text in parts if status in WORRYING]
        if not wrong:
            return (
                QCoreApplication.translate("HealthPage", "Nothing is over or close to its target."),
                worst,
            )
        if len(wrong) < len(parts):
            wrong.append(
                QCoreApplication.translate(
                    "HealthPage", "Nothing else is over or close to its target."
                )
            )
        return _joined(wrong), worst
    cancel = report.marketplaces[0].figure if report.marketplaces else report.current
    figures = sorted([cancel, late], key=lambda m: -SEVERITY.index(m.status))
    worst = figures[0].status
    return _joined([_sentence(m) for m in figures]), worst


WORRYING = (HealthStatus.OVER_TARGET, HealthStatus.AT_RISK)


def _joined(sentences: list[str]) -> str:
    """One sentence after another: a space after "." but none after Chinese "。"."""
    text = ""
    for sentence in sentences:
        text += sentence if not text or text.endswith("。") else " " + sentence
    return text


def advice(report: HealthReport) -> list[str]:
    """What to do about it, in a few short lines."""
    tips = []
    cancel = report.current
    if cancel.status in (HealthStatus.OVER_TARGET, HealthStatus.AT_RISK):
        tips.append(
            QCoreApplication.translate(
                "HealthPage",
                "Cancel only when the buyer's request is on record: ask buyers to use Amazon's "
                "“Request cancellation” option rather than a message.",
            )
        )
    if report.top_reasons and report.top_reasons[0].code == "NoInventory":
        n = report.top_reasons[0].orders
        tips.append(
            QCoreApplication.translate(
                "HealthPage",
                "%n cancellation(s) counted against you were for no "
                "inventory: keep stock counts current and set a SKU to zero when it runs out.",
                "",
                n,
            )
        )
    late = [m.status for m in report.metrics[1:]]
    if HealthStatus.OVER_TARGET in late or HealthStatus.AT_RISK in late:
        tips.append(
            QCoreApplication.translate(
                "HealthPage",
                "Confirm shipment before the ship-by date, or lengthen your handling time.",
            )
        )
    if not tips:
        tips.append(
            QCoreApplication.translate(
                "HealthPage", "Nothing needs doing: your account is within every tracked target."
            )
        )
    return tips


class HealthPage(QWidget):
    """The account-health panel, the rate chart and what lies behind the cancellations."""

    dayClicked = Signal(date)
    refreshed = Signal()  # the figures asked for last are shown

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        ask_path: Save = _ask_path,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations  # given: the figures are read off the GUI thread
        self._generation = 0  # the newest read's number; older answers are dropped

        self._db = db
        self._clock = clock
        self._ask_path = ask_path
        self.report: HealthReport | None = None

        self.headline = QLabel()
        self.headline.setWordWrap(True)
        set_role(self.headline, "headline")
        self.cards = [MetricCard(self) for _ in range(3)]
        self.cards_row = QHBoxLayout()
        self.not_tracked = QLabel()
        set_role(self.not_tracked, "small")
        self.not_tracked.setWordWrap(True)

        self.range_box = QComboBox()
        for text, days in RANGES:
            self.range_box.addItem(self.tr(text), days)
        self.range_box.setCurrentIndex(1)
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self._custom_changed)
        self.channel_box = QComboBox()
        for text, _channel in CHANNELS:
            self.channel_box.addItem(self.tr(text))
        self.png_button = QPushButton(self.tr("Export chart as PNG…"))
        self.csv_button = QPushButton(self.tr("Export data as CSV…"))
        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.channel_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.png_button.clicked.connect(lambda: self._export("png"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))

        self._chart: RateChart | None = None
        self._refresh_wanted = False  # asked before the chart was made (see refresh)
        self._chart_place = QVBoxLayout()  # the chart goes here (see _make_chart)
        self._chart_place.setContentsMargins(0, 0, 0, 0)
        self.chart_title = QLabel()
        set_role(self.chart_title, "subtitle")
        self.chart_title.setWordWrap(True)  # names the marketplaces and the dates
        self.chart_note = QLabel()
        set_role(self.chart_note, "hint")
        self.chart_note.setWordWrap(True)

        self.skus = QLabel()
        self.reasons = QLabel()
        self.costs = QLabel()
        self.tips = QLabel()
        for label in (self.skus, self.reasons, self.costs, self.tips):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self._build_layout()  # no query here: the window calls refresh() when it shows the page
        if operations is None:
            self._make_chart()
        else:  # the window: the page shows first, the chart is made in the next turn
            QTimer.singleShot(1, self, self._make_chart)

    @property
    def chart(self) -> RateChart:
        return self._make_chart()

    def _make_chart(self) -> RateChart:
        """The chart, made on first need. In the window it is made a moment after the page
        (each is tens of milliseconds of the GUI thread) and stays hidden, its place kept,
        until the first figures are drawn in it: an empty chart is never painted."""
        if self._chart is None:
            from desktop_app.ui.health.chart import RateChart  # pyqtgraph: only now

            chart = RateChart(self, then=self._chart_made if self._ops is not None else None)
            chart.dayClicked.connect(self.dayClicked)
            if self._ops is not None and self.report is None:
                policy = chart.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                chart.setSizePolicy(policy)
                chart.setVisible(False)
            self._chart_place.addWidget(chart)
            self._chart = chart
        return self._chart

    def _chart_made(self) -> None:
        if self._refresh_wanted:
            self._refresh_wanted = False
            self.refresh()

    def _build_layout(self) -> None:
        cards = self.cards_row
        cards.setSpacing(10)
        for card in self.cards:
            cards.addWidget(card, 1)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show:")))
        controls.addWidget(self.range_box)
        controls.addWidget(self.first_edit)
        controls.addWidget(self.last_edit)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Orders:")))
        controls.addWidget(self.channel_box)
        controls.addStretch(1)
        controls.addWidget(self.png_button)
        controls.addWidget(self.csv_button)

        side = QFrame()
        side.setObjectName("behind")
        side.setMinimumWidth(250)
        side.setMaximumWidth(330)
        grid = QGridLayout(side)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.addWidget(self.skus, 0, 0)
        grid.addWidget(self.reasons, 1, 0)
        grid.addWidget(self.costs, 2, 0)
        grid.addWidget(self.tips, 3, 0)
        grid.setRowStretch(4, 1)

        left = QVBoxLayout()
        left.addWidget(self.chart_title)
        left.addLayout(self._chart_place, 1)
        left.addWidget(self.chart_note)
        behind = QScrollArea()  # its lists scroll on their own: the chart keeps its height
        behind.setWidgetResizable(True)
        behind.setFrameShape(QFrame.Shape.NoFrame)
        behind.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        behind.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        behind.setWidget(side)
        behind.setMinimumWidth(side.minimumWidth() + 14)
        behind.setMaximumWidth(side.maximumWidth() + 14)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(behind)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addLayout(cards)
        layout.addWidget(self.not_tracked)
        layout.addLayout(controls)
        layout.addLayout(body, 1)
        # A short window (a laptop's 768 pixels, German cards four lines deep) scrolls the
        # page rather than squeezing the chart below readability (RateChart's minimum heights)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
        self.page_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page_area)

    # --- state ------------------------------------------------------------------------------

    @property
    def channel(self) -> Channel | None:
        return CHANNELS[max(self.channel_box.currentIndex(), 0)][1]

    def set_range(self, days: int | None) -> None:
        """Pick one of the preset ranges (30, 90, 365 days, or None for all time)."""
        index = next(i for i, (_t, d) in enumerate(RANGES) if d == days)
        self.range_box.setCurrentIndex(index)

    def set_custom_range(self, first: date, last: date) -> None:
        self.first_edit.blockSignals(True)
        self.last_edit.blockSignals(True)
        self.first_edit.setDate(QDate(first.year, first.month, first.day))
        self.last_edit.setDate(QDate(last.year, last.month, last.day))
        self.first_edit.blockSignals(False)
        self.last_edit.blockSignals(False)
        self.range_box.setCurrentIndex(len(RANGES) - 1)
        self.refresh()

    def _range_changed(self, _index: int) -> None:
        custom = self.range_box.currentData() == CUSTOM
        self.first_edit.setVisible(custom)
        self.last_edit.setVisible(custom)
        if custom and self.report is not None and not self._custom_set():
            self.first_edit.blockSignals(True)
            self.last_edit.blockSignals(True)
            self.first_edit.setDate(_qdate(self.report.first))
            self.last_edit.setDate(_qdate(self.report.last))
            self.first_edit.blockSignals(False)
            self.last_edit.blockSignals(False)
        self.refresh()

    def _custom_set(self) -> bool:
        return bool(self.first_edit.date() != QDate(2000, 1, 1))

    def _custom_changed(self, _date: QDate) -> None:
        if self.range_box.currentData() == CUSTOM:
            self.refresh()

    # --- refresh ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures again (after a cancellation, an import, a new day)."""
        if self._ops is not None and (self._chart is None or self._chart.making):
            # the chart is about to be made: read once it is, as a worker reading meanwhile
            # would slow the making several times over (each turn of the interpreter lock)
            self._refresh_wanted = True
            return
        days = self.range_box.currentData()
        first: date | None = None
        last: date | None = None
        if days == CUSTOM:
            first = _pydate(self.first_edit.date())
            last = _pydate(self.last_edit.date())
            days = None
        db, now, channel = self._db, self._clock(), self.channel
        self._generation += 1
        generation = self._generation

        def read() -> HealthReport:
            with db.reading() as session:
                return health_report(
                    session, now, days=days, first=first, last=last, channel=channel
                )

        def show(report: HealthReport) -> None:
            if generation != self._generation:
                return  # the seller picked another range or channel since
            self.report = report
            if self._ops is None:
                self._show(report)
                self.refreshed.emit()
            else:
                self._show_in_turns(report, generation)

        if self._ops is None:
            show(read())
        else:
            self._ops.run(lambda _progress: read(), show, label=self.tr("Reading account health…"))

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the tables beside the chart hold colours in their text."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.report is not None:
            self._show_behind(self.report)

    def _show(self, report: HealthReport) -> None:
        self._show_figures(report)
        self._show_chart(report)
        self._show_behind(report)

    def _show_in_turns(self, report: HealthReport, generation: int) -> None:
        """In the window: the figures, the chart and the lists beside it each in their own
        turn of the event loop, each painted before the next is drawn, so the window never
        waits for all of them at once. A newer read's answer stops the turns left."""
        steps: list[Callable[[HealthReport], None]] = [
            self._show_figures,
            self._show_chart,
            self._show_behind,
        ]
        self._next_turn(report, generation, steps)

    def _next_turn(
        self,
        report: HealthReport,
        generation: int,
        steps: list[Callable[[HealthReport], None]],
    ) -> None:
        if generation != self._generation:
            return
        steps.pop(0)(report)
        if steps:  # a timer, not a queued call: the window's timers and input go first
            QTimer.singleShot(1, self, partial(self._next_turn, report, generation, steps))
        else:
            self.refreshed.emit()

    def _show_chart(self, report: HealthReport) -> None:
        chart = self.chart
        chart.set_report(report)
        chart.setVisible(True)

    def _show_figures(self, report: HealthReport) -> None:
        text, worst = headline(report)
        _word, tone = STATUS_STYLE[worst]
        self.headline.setText(text)
        set_banner(self.headline, tone)
        self._show_cards(report)
        self.not_tracked.setText(
            self.tr("Not tracked here, check Seller Central: {metrics}.").format(
                metrics=", ".join(tx(m.label.lower()) for m, _why in report.not_tracked)
            )
        )
        self.not_tracked.setToolTip(
            "\n".join(f"{tx(m.label)}: {tx(why)}." for m, why in report.not_tracked)
        )
        over = len(report.days_over_target)
        span = f"{date_text(report.first)} – {date_text(report.last)}"
        who = {
            Channel.MFN: self.tr("seller-fulfilled orders"),
            Channel.AFN: self.tr("orders fulfilled by Amazon"),
            None: self.tr("all orders"),
        }[report.channel]
        if len(report.marketplaces) > 1:
            self.chart_title.setText(
                self.tr(
                    "Cancellation rate on each marketplace, by its own rules ({who}) · {span}"
                ).format(who=who, span=span)
            )
        else:
            self.chart_title.setText(
                self.tr("7-day cancellation rate, {who} · {span}").format(who=who, span=span)
            )
        limit = percent(CANCELLATION_RATE.target)
        if len(report.marketplaces) > 1:
            note = (
                self.tr("Amazon: %n day(s) at or over {limit} (shaded red). ", "", over)
                if over
                else self.tr("Amazon: never at or over {limit} in this range. ")
            ).format(limit=limit)
        else:
            note = (
                self.tr("%n day(s) at or over {limit} (shaded red). ", "", over)
                if over
                else self.tr("Never at or over {limit} in this range. ")
            ).format(limit=limit)
        if report.channel is not Channel.MFN:
            note += self.tr(
                "Amazon's rate counts seller-fulfilled orders only; this view is for comparison. "
            )
        note += self.tr(
            "Bars: cancellations made each day, by who started them. Click a day to list them."
        )
        self.chart_note.setText(note)

    def _show_cards(self, report: HealthReport) -> None:
        """One card per marketplace the shop sells on (its own metric and forecast), then the
        late-shipment cards; the Amazon panel's cards when the shop has no orders yet."""
        markets = report.marketplaces
        wanted = len(markets) + len(report.metrics) - 1 if markets else len(report.metrics)
        while len(self.cards) < wanted:
            card = MetricCard(self)
            self.cards.append(card)
            self.cards_row.addWidget(card, 1)
        while len(self.cards) > wanted:
            card = self.cards.pop()
            self.cards_row.removeWidget(card)
            card.deleteLater()
        if markets:
            for card, market in zip(self.cards, markets, strict=False):
                card.show_market(market)
            for card, figure in zip(self.cards[len(markets) :], report.metrics[1:], strict=True):
                card.show_figure(figure)
        else:
            for card, figure in zip(self.cards, report.metrics, strict=True):
                card.show_figure(figure)

    def _show_behind(self, report: HealthReport) -> None:
        def table(rows: list[tuple[str, str]], empty: str, *, bold: str | None = None) -> str:
            """Rows of (name, figure), both escaped: SKUs and reasons come from files."""
            if not rows:
                return f"<span style='color:{colour(MUTED)}'>{empty}</span>"
            weight = {True: " style='font-weight:600'", False: ""}
            cells = "".join(
                f"<tr{weight[name == bold]}><td>{esc(name)}</td>"
                f"<td align='right' style='padding-left:10px'>{esc(figure)}</td></tr>"
                for name, figure in rows
            )
            return f"<table width='100%' cellspacing='0' cellpadding='1'>{cells}</table>"

        head = "<p style='font-weight:600; margin:6px 0 2px 0'>{}</p>"
        self.skus.setText(
            head.format(self.tr("SKUs behind cancellations counted against you"))
            + table(
                [(s.sku, self.tr("%n order(s)", "", s.orders)) for s in report.top_skus],
                self.tr("None in this range."),
            )
        )
        self.reasons.setText(
            head.format(self.tr("Reasons given"))
            + table(
                [(tx(r.label), str(r.orders)) for r in report.top_reasons],
                self.tr("None in this range."),
            )
        )
        rows = []
        for cost in report.costs:
            rows += [
                (
                    self.tr("Refunds (%n cancellation(s))", "", cost.cancellations),
                    format_minor(cost.refunds_minor, cost.currency),
                ),
                (self.tr("Other costs"), format_minor(cost.costs_minor, cost.currency)),
                (self.tr("Total"), format_minor(cost.total_minor, cost.currency)),
            ]
        self.costs.setText(
            head.format(self.tr("What cancellations cost"))
            + table(rows, self.tr("Nothing cancelled in this range."), bold=self.tr("Total"))
        )
        self.tips.setText(
            head.format(self.tr("What to do"))
            + "".join(f"<p style='margin:0 0 4px 0'>• {esc(tip)}</p>" for tip in advice(report))
        )

    # --- export -------------------------------------------------------------------------------

    def export_png(self, path: Path | str) -> bool:
        return self.chart.export_png(path)

    def export_csv(self, path: Path | str) -> None:
        from desktop_app.io.safe_write import check_target, open_text

        assert self.report is not None
        target = check_target(path, extensions=(".csv",), force=True, what=self.tr("CSV file"))
        with open_text(target) as handle:  # beside the target, then renamed into place
            csv.writer(handle).writerows(self.report.csv_rows())

    def _export(self, kind: str) -> None:
        try:
            self._export_to(kind)
        except Exception as error:  # a refused or failed file: one sentence, nothing left
            from desktop_app.ui.errors import message_box, report

            report(self, error, message_box)

    def _export_to(self, kind: str) -> None:
        if kind == "png":
            path = self._ask_path(
                self, self.tr("Export chart as PNG"), self.tr("PNG image (*.png)")
            )
            if path:
                self.export_png(path if path.lower().endswith(".png") else path + ".png")
        else:
            path = self._ask_path(
                self, self.tr("Export chart data as CSV"), self.tr("CSV file (*.csv)")
            )
            if path:
                self.export_csv(path if path.lower().endswith(".csv") else path + ".csv")


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = ["HealthPage"]
