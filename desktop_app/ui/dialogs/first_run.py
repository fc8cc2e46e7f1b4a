"""The first start, with no database yet: a demo shop to explore, or an empty one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.plain import esc
from desktop_app.ui.startup import DEFAULT_DEMO_ORDERS


class FirstRunDialog(QDialog):
    """``chosen(orders)``: the number of demo orders to build, 0 for an empty shop."""

    chosen = Signal(int)

    def __init__(
        self, where: str, demo_orders: int = DEFAULT_DEMO_ORDERS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Seller Desk")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel("<b>Welcome to Seller Desk</b>")
        title.setStyleSheet("font-size: 16px;")
        layout.addWidget(title)
        text = QLabel(
            f"There is no shop database yet at<br><code>{esc(where)}</code><br><br>"
            "Explore a demo shop first (made-up orders, buyer requests, returns and stock; "
            "you can delete it any time), or start with an empty shop and import your "
            "Amazon order reports."
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        size = QHBoxLayout()
        size.addWidget(QLabel("Demo orders:"))
        self.orders = QSpinBox()
        self.orders.setRange(100, 1_000_000)
        self.orders.setSingleStep(10_000)
        self.orders.setGroupSeparatorShown(True)
        self.orders.setValue(demo_orders)
        size.addWidget(self.orders)
        size.addStretch(1)
        layout.addLayout(size)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_button = QPushButton("Start with an empty shop")
        self.demo_button = QPushButton("Explore a demo shop")
        self.demo_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(0))
        self.demo_button.clicked.connect(lambda: self._choose(self.orders.value()))
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)

    def _choose(self, orders: int) -> None:
        self.chosen.emit(orders)
        self.accept()
