"""The first start, with no database yet: a demo shop to explore, an empty one, a shop that
already exists elsewhere, or one restored from a backup or an archive. Closing it quits."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
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
from desktop_app.ui.style import set_role

ELSEWHERE = 2  # the dialog's result when the seller went to open or restore a shop


class FirstRunDialog(QDialog):
    """``chosen(orders)``: the number of demo orders to build, 0 for an empty shop;
    ``openRequested``: open an existing shop file; ``restoreRequested``: restore one."""

    chosen = Signal(int)
    openRequested = Signal()
    restoreRequested = Signal()

    def __init__(
        self, where: str, demo_orders: int = DEFAULT_DEMO_ORDERS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Seller Desk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Welcome to Seller Desk</b>"))
        set_role(title, "heading")
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "There is no shop database yet at<br><code>{where}</code><br><br>"
                "Explore a demo shop first (made-up orders, buyer requests, returns and stock; "
                "you can delete it any time), or start with an empty shop and import your "
                "Amazon order reports. Already keep a shop? Open its file, or restore it from a "
                "backup or a Seller Desk archive."
            ).format(where=esc(where))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        size = QHBoxLayout()
        size.addWidget(QLabel(self.tr("Demo orders:")))
        self.orders = QSpinBox()
        self.orders.setRange(100, 1_000_000)
        self.orders.setSingleStep(10_000)
        self.orders.setGroupSeparatorShown(True)
        self.orders.setValue(demo_orders)
        self.orders.setAccessibleName(self.tr("Demo orders"))
        size.addWidget(self.orders)
        size.addStretch(1)
        layout.addLayout(size)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_button = QPushButton(self.tr("Start with an empty shop"))
        self.demo_button = QPushButton(self.tr("Explore a demo shop"))
        self.demo_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(0))
        self.demo_button.clicked.connect(lambda: self._choose(self.orders.value()))
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)
        existing = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open an existing shop…"))
        self.restore_button = QPushButton(self.tr("Restore from a backup or archive…"))
        self.open_button.clicked.connect(lambda: self._elsewhere(self.openRequested))
        self.restore_button.clicked.connect(lambda: self._elsewhere(self.restoreRequested))
        existing.addWidget(self.open_button)
        existing.addWidget(self.restore_button)
        existing.addStretch(1)
        layout.addLayout(existing)

    def _elsewhere(self, signal: SignalInstance) -> None:
        self.done(ELSEWHERE)  # not rejected: the window stays, the choice goes on
        signal.emit()

    def _choose(self, orders: int) -> None:
        self.chosen.emit(orders)
        self.accept()
