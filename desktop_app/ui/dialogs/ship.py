"""Mark shipped when the buyer asked to cancel: decline the request (with the reason the buyer
reads) and ship in one step, or leave both as they are."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class DeclineAndShipDialog(QDialog):
    """``decided(reason)`` once the seller confirms; nothing when they close it."""

    decided = Signal(str)

    def __init__(self, order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ship order {order_id}?").format(order_id=order_id))
        self.order_id = order_id
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The buyer asked to cancel order {order_id}; answer the request before you "
                "ship it."
            ).format(order_id=order_id)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Decline the request, telling the buyer why:")))
        self.reason = QLineEdit()
        self.reason.setObjectName("declineReason")
        self.reason.setPlaceholderText(self.tr("e.g. Your order had already left our warehouse."))
        self.reason.setAccessibleName(self.tr("Why the request is declined"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            self.tr("Decline request and ship"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda t: self.confirm.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.decided.emit(reason)
            self.accept()
