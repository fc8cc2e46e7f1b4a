"""What the Orders page shows while the shop has no orders: how to bring them in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.style import MUTED, colour

if TYPE_CHECKING:
    from desktop_app.db.database import Database


class EmptyShopHint(QWidget):
    """``importRequested``: Import a report…; ``restoreRequested``: Restore…"""

    importRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyShopHint")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(560)
        column = QVBoxLayout(box)
        self.text = QLabel(self._hint())  # again on a theme change
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.text)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a report…"))
        self.import_button.setDefault(True)
        self.restore_button = QPushButton(self.tr("Restore from a backup or archive…"))
        self.import_button.clicked.connect(self.importRequested)
        self.restore_button.clicked.connect(self.restoreRequested)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.text.setText(self._hint())

    def _hint(self) -> str:
        return self.tr(
            "<p style='font-size:17px'><b>This shop has no orders yet</b></p>"
            "<p>Bring your orders in from an Amazon order report: in Seller Central, "
            "<i>Reports &gt; Fulfillment &gt; All Orders</i> (or <i>Unshipped Orders</i>), "
            "download the .txt file, then import it here. A CSV from another tool works too: "
            "you map its columns once.</p>"
            "<p>You can also <b>drop the file on this window</b>.</p>"
            "<p style='color:{muted}'>Moving from another computer? Restore the shop from a "
            "Seller Desk archive or a backup instead.</p>"
        ).format(muted=colour(MUTED))


def shop_has_orders(db: Database) -> bool:
    """One indexed lookup: is there any order at all (whatever the filter shows)?"""
    from sqlalchemy import select

    from desktop_app.db.tables import orders

    with db.snapshot() as conn:
        return conn.execute(select(orders.c.id).limit(1)).first() is not None
