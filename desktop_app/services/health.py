"""Account-health figures, computed in SQL (grouped queries; never loading orders)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, case, func, select
from sqlalchemy.orm import Session

from desktop_app.core.clock import day_range
from desktop_app.core.health import CANCELLATION_RATE, DailyRate
from desktop_app.core.status import Channel
from desktop_app.db.models import Order


def cancellation_window(session: Session, last_day: date) -> DailyRate:
    """Seller-counted cancelled MFN orders / MFN orders purchased in the 7 days ending last_day."""
    first, last = day_range(last_day, CANCELLATION_RATE.windows[0])
    counted = func.coalesce(func.sum(case((Order.cancel_counted.is_(True), 1), else_=0)), 0)
    query = select(func.count(), counted.cast(Integer)).where(
        Order.channel == Channel.MFN.value,
        Order.purchase_day >= first,
        Order.purchase_day <= last,
    )
    orders, cancelled = session.execute(query).one()
    return DailyRate(last_day, int(cancelled), int(orders))
