"""The ship-by countdown's words and colour in the window (the rule is ``core.ship_by``)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from desktop_app.core.ship_by import Countdown
from desktop_app.ui import format as fmt
from desktop_app.ui.domain_colours import SHIP_BY_COLOURS
from desktop_app.ui.style import colour


def countdown_text(found: Countdown) -> str:
    """ "due in 5 h", "late by 2 d", translated with the plural form of the amount."""
    n = found.amount
    # the context is written out in each call: lupdate reads literals only
    words = {
        "due_min": lambda: QCoreApplication.translate("ShipBy", "due in %n min", "", n),
        "due_h": lambda: QCoreApplication.translate("ShipBy", "due in %n h", "", n),
        "due_d": lambda: QCoreApplication.translate("ShipBy", "due in %n d", "", n),
        "late_min": lambda: QCoreApplication.translate("ShipBy", "late by %n min", "", n),
        "late_h": lambda: QCoreApplication.translate("ShipBy", "late by %n h", "", n),
        "late_d": lambda: QCoreApplication.translate("ShipBy", "late by %n d", "", n),
    }
    return words[found.key]()


def countdown_colour(found: Countdown) -> str:
    """The urgency's colour in the current theme."""
    return colour(SHIP_BY_COLOURS[found.urgency])


def countdown_tip(found: Countdown, ship_by: datetime, zone: tzinfo) -> str:
    """The tooltip: the ship-by time itself, in the shop's zone."""
    when = fmt.local_time(ship_by, zone)
    if found.late:
        return QCoreApplication.translate(
            "ShipBy", "Not shipped and past its ship-by time, %1"
        ).replace("%1", when)
    return QCoreApplication.translate("ShipBy", "Ship by %1").replace("%1", when)
