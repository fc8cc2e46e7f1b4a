"""Small pieces the dialogs share: the reason picker, the rate line, banners, the buyer message,
the button row."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.health import CANCELLATION_RATE, DailyRate
from desktop_app.core.reasons import Reason, offered_reasons
from desktop_app.ui import format as fmt
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.plain import esc, plain_label
from desktop_app.ui.style import DANGER, MUTED, OK, Tone, colour, set_banner, set_role

CHOOSE = QT_TRANSLATE_NOOP("ReasonPicker", "Choose a reason…")


class ReasonPicker(QWidget):
    """The offered reasons with their plain descriptions. ``code()`` is None until chosen.

    The picker lays out only the combo box; the dialog places ``description`` and ``warning``
    at full width (word-wrapped labels nested in a form row get squeezed)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("reasonCombo")
        self.combo.addItem(self.tr(CHOOSE), None)
        for r in offered_reasons():
            self.combo.addItem(tx(r.label), r.code)
            self.combo.setItemData(self.combo.count() - 1, r.description, 3)  # ToolTipRole
        self.description = QLabel()
        self.description.setWordWrap(True)
        set_role(self.description, "hint")
        self.warning = plain_label()  # may name orders and SKUs from files
        self.warning.setObjectName("countedWarning")
        self.warning.setWordWrap(True)
        set_banner(self.warning, "danger")
        self.warning.setVisible(False)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._changed)

    def code(self) -> str | None:
        value = self.combo.currentData()
        return str(value) if value else None

    def choose(self, code: str) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def reason(self) -> Reason | None:
        code = self.code()
        return next((r for r in offered_reasons() if r.code == code), None)

    def set_warning(self, text: str | None) -> None:
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))

    def _changed(self) -> None:
        r = self.reason()
        self.description.setText(tx(r.description) if r else self.tr("The reason is required."))
        self.changed.emit()


def rate_text(
    before: DailyRate, after: DailyRate, counted: bool, verdict: str | None = None
) -> str:
    """'7-day cancellation rate: 1.2% now → 1.8% after (target: under 2.5%)' as rich text."""
    target = CANCELLATION_RATE.target

    def coloured(value: float | None) -> str:
        over = value is not None and value >= target
        tone = colour(DANGER if over else OK)
        words = QCoreApplication.translate("RateText", " (over target)") if over else ""
        return f"<b style='color:{tone}'>{fmt.percent(value)}{words}</b>"

    line = QCoreApplication.translate(
        "RateText",
        "7-day cancellation rate: {before} now → {after} after "
        "<span style='color:{muted}'>(target: {target}; "
        "{counted} of {orders} seller-fulfilled orders)</span>",
    ).format(
        before=coloured(before.rate),
        after=coloured(after.rate),
        muted=colour(MUTED),
        target=tx(CANCELLATION_RATE.target_text),
        counted=after.counted,
        orders=after.orders,
    )
    verdict = verdict or (
        f"<br><b style='color:{colour(DANGER)}'>"
        + QCoreApplication.translate("RateText", "This cancellation counts against you.")
        + "</b>"
        if counted
        else "<br>"
        + QCoreApplication.translate("RateText", "This cancellation does not count against you.")
    )
    return line + verdict


class BuyerMessage(QWidget):
    """An editable message to the buyer, drawn from the reason, with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("buyerMessage")
        self.edit.setFixedHeight(64)
        self.edit.setTabChangesFocus(True)  # Tab moves on: no keyboard trap in the dialog
        self.edit.setAccessibleName(self.tr("Message to the buyer"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the message, to paste it into Buyer-Seller Messaging")
        )
        self.copy_button.clicked.connect(self.copy)
        column = QVBoxLayout()
        column.addWidget(self.copy_button)
        column.addStretch(1)
        layout.addWidget(self.edit, 1)
        layout.addLayout(column)
        self.edited = False
        self._setting = False
        self.edit.textChanged.connect(self._typed)

    def set_default(self, text: str) -> None:
        """Follow the reason's message until the seller edits it."""
        if self.edited:
            return
        self._setting = True
        self.edit.setPlainText(text)
        self._setting = False

    def text(self) -> str:
        return self.edit.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))

    def _typed(self) -> None:
        if not self._setting:
            self.edited = True


def banner(kind: Tone, name: str) -> QLabel:
    """A word-wrapped banner (``kind``: info, warning, ... as style.set_banner knows them)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    set_banner(label, kind)
    return label


def show_warnings(label: QLabel, warnings: Iterable[str]) -> None:
    """One line a warning, each said once; the banner is hidden when there is none."""
    lines = list(dict.fromkeys(tx(w) for w in warnings))
    label.setText("<br>".join(f"⚠ {esc(w)}" for w in lines))  # SKUs and names from files
    label.setVisible(bool(lines))


class ConfirmButtons(QHBoxLayout):
    """The dialogs' bottom row, on the right: a button that closes, then the one that acts."""

    def __init__(
        self,
        close_text: str,
        confirm_text: str,
        on_close: Callable[[], object],
        on_confirm: Callable[[], object],
    ) -> None:
        super().__init__()
        self.addStretch(1)
        self.close_button = QPushButton(close_text)
        self.close_button.clicked.connect(on_close)
        self.confirm_button = QPushButton(confirm_text)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(on_confirm)
        self.addWidget(self.close_button)
        self.addWidget(self.confirm_button)
