"""The shop's time zone is stored with the shop: set when the shop is created (the creating
machine's zone), so that every machine that opens it counts the same days."""

from __future__ import annotations

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from desktop_app.core.clock import machine_zone_name
from desktop_app.db.tables import settings

TIMEZONE_KEY = "timezone"


def record_zone_if_missing(engine: Engine) -> None:
    """Store this machine's zone as the shop's when the shop has none yet (a new shop, or one
    written before the zone was stored). One small query when it is already there."""
    with engine.connect() as conn:
        known = conn.execute(
            select(settings.c.value).where(settings.c.key == TIMEZONE_KEY)
        ).scalar()
    if known:
        return
    try:
        with engine.begin() as conn:
            conn.execute(insert(settings).values(key=TIMEZONE_KEY, value=machine_zone_name()))
    except IntegrityError:  # another process stored it first: theirs stands
        pass
