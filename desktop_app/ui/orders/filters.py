"""The filter bar above the orders table: status, channel, dates, needs attention, search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from desktop_app.core.clock import utcnow
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.services.queries import OrderFilter
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx

SEARCH_DELAY_MS = 250
ALL, TODAY, DAYS_7, DAYS_30, CUSTOM = range(5)
DATE_CHOICES = {
    ALL: QT_TRANSLATE_NOOP("FilterBar", "Any date"),
    TODAY: QT_TRANSLATE_NOOP("FilterBar", "Today"),
    DAYS_7: QT_TRANSLATE_NOOP("FilterBar", "Last 7 days"),
    DAYS_30: QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"),
    CUSTOM: QT_TRANSLATE_NOOP("FilterBar", "Custom range…"),
}


class FilterBar(QWidget):
    changed = Signal(object)  # OrderFilter

    def __init__(
        self,
        zone: tzinfo,
        *,
        clock: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._clock = clock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setAccessibleName(self.tr("Search orders"))
        self.search.setPlaceholderText(self.tr("Search order id, SKU, product or city"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)

        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.status_actions: dict[OrderStatus, QAction] = {}
        clear = menu.addAction(self.tr("All statuses"))
        clear.triggered.connect(self._clear_statuses)
        menu.addSeparator()
        for status in OrderStatus:
            action = menu.addAction(tx(status.label))
            action.setCheckable(True)
            action.toggled.connect(self._statuses_changed)
            self.status_actions[status] = action
        self.status_button.setMenu(menu)
        self.status_button.setMinimumWidth(150)
        self._label_statuses()

        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        self.channel.addItem(self.tr("Seller-fulfilled (MFN)"), Channel.MFN)
        self.channel.addItem(self.tr("Fulfilled by Amazon (FBA)"), Channel.AFN)
        self.channel.currentIndexChanged.connect(self._emit_now)

        self.dates = QComboBox()
        for key, text in DATE_CHOICES.items():
            self.dates.addItem(self.tr(text), key)
        self.dates.currentIndexChanged.connect(self._dates_changed)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self._emit_now)
        self._dash = QLabel("to")
        self._dash.setVisible(False)

        self.attention = QCheckBox(self.tr("Needs attention"))
        self.attention.setToolTip(
            self.tr(
                "Open buyer requests, seller-fulfilled orders past their ship-by date, "
                "and unshipped orders whose SKUs have no stock"
            )
        )
        self.attention.toggled.connect(self._emit_now)

        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")

        for widget in (
            self.search,
            self.status_button,
            self.channel,
            self.dates,
            self.date_from,
            self._dash,
            self.date_to,
            self.attention,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.count_label)

    # --- building the filter -----------------------------------------------------------------

    def set_zone(self, zone: tzinfo) -> None:
        """The shop's time zone changed."""
        self._zone = zone

    def current_filter(self) -> OrderFilter:
        since, until = self._range()
        return OrderFilter(
            statuses=frozenset(s for s, a in self.status_actions.items() if a.isChecked()),
            channel=self.channel.currentData(),
            since=since,
            until=until,
            needs_attention=self.attention.isChecked(),
            search=self.search.text().strip(),
        )

    def _start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(0), self._zone).astimezone(UTC)

    def _range(self) -> tuple[datetime | None, datetime | None]:
        choice = self.dates.currentData()
        today = self._clock().astimezone(self._zone).date()
        if choice == TODAY:
            return self._start_of(today), None
        if choice == DAYS_7:
            return self._start_of(today - timedelta(days=6)), None
        if choice == DAYS_30:
            return self._start_of(today - timedelta(days=29)), None
        if choice == CUSTOM:
            first = _day(self.date_from.date())
            last = _day(self.date_to.date())
            if last < first:
                first, last = last, first
            return self._start_of(first), self._start_of(last + timedelta(days=1))
        return None, None

    def set_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln order(s)", "", count))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- reacting ----------------------------------------------------------------------------
    def _emit(self) -> None:
        self.changed.emit(self.current_filter())

    def _emit_now(self, *_args: object) -> None:
        self._debounce.stop()
        self._emit()

    def _clear_statuses(self) -> None:
        for action in self.status_actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._statuses_changed()

    def _statuses_changed(self, *_args: object) -> None:
        self._label_statuses()
        self._emit_now()

    def _label_statuses(self) -> None:
        chosen = [tx(s.label) for s, a in self.status_actions.items() if a.isChecked()]
        if not chosen:
            text = self.tr("Status: all")
        elif len(chosen) <= 2:
            text = self.tr("Status: {statuses}").format(statuses=", ".join(chosen))
        else:
            text = self.tr("Status: %n chosen", "", len(chosen))
        self.status_button.setText(text)

    def _dates_changed(self) -> None:
        custom = self.dates.currentData() == CUSTOM
        for widget in (self.date_from, self._dash, self.date_to):
            widget.setVisible(custom)
        self._emit_now()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
