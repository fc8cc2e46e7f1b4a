"""Colours and small visual helpers shared by the pages. Colour never carries meaning alone:
every coloured cell also says in words what it means."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop_app.core.ship_by import Urgency
from desktop_app.core.status import OrderStatus

STATUS_COLOURS: dict[OrderStatus, str] = {
    OrderStatus.PENDING: "#7a869a",
    OrderStatus.PENDING_AVAILABILITY: "#7a869a",
    OrderStatus.INVOICE_UNCONFIRMED: "#7a869a",
    OrderStatus.UNSHIPPED: "#d97706",
    OrderStatus.PARTIALLY_SHIPPED: "#2563eb",
    OrderStatus.SHIPPED: "#15803d",
    OrderStatus.CANCELED: "#b91c1c",
    OrderStatus.UNFULFILLABLE: "#7e22ce",
}
WARNING = "#b45309"
DANGER = "#b91c1c"
OK = "#15803d"
MUTED = "#6b7280"
WARNING_BG = "#fef3c7"
DANGER_BG = "#fee2e2"
OK_BG = "#dcfce7"
INFO_BG = "#e0f2fe"
# the ship-by countdown ("due in 5 h", "late by 2 d"), by urgency
SHIP_BY_LATE = DANGER
SHIP_BY_DUE_SOON = WARNING
SHIP_BY_LATER = OK
SHIP_BY_COLOURS: dict[Urgency, str] = {
    Urgency.LATE: SHIP_BY_LATE,
    Urgency.DUE_SOON: SHIP_BY_DUE_SOON,
    Urgency.LATER: SHIP_BY_LATER,
}


@cache
def dot(colour: str, size: int = 10) -> QIcon:
    """A filled circle: a status's colour next to its word."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def status_icon(status: OrderStatus) -> QIcon:
    return dot(STATUS_COLOURS[status])


def banner_css(kind: str) -> str:
    """A coloured box for a label: kind is 'ok', 'warning', 'danger' or 'info'."""
    bg, fg = {
        "ok": (OK_BG, "#14532d"),
        "warning": (WARNING_BG, "#78350f"),
        "danger": (DANGER_BG, "#7f1d1d"),
        "info": (INFO_BG, "#0c4a6e"),
    }[kind]
    return f"QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 6px 8px; }}"
