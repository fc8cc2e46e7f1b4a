"""Who acts, from where, and when: passed to every service that writes."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core.clock import local_day, utcnow, zone_named
from desktop_app.db.shop_zone import TIMEZONE_KEY
from desktop_app.db.tables import settings

__all__ = [
    "CURRENCY_KEY",
    "TIMEZONE_KEY",
    "Context",
    "audit",
    "set_setting",
    "shop_day",
    "shop_zone",
]
CURRENCY_KEY = "currency"  # the shop's currency, for a file's rows that give none

if TYPE_CHECKING:  # the ORM loads with the first write, not on the way to the first rows
    from sqlalchemy.orm import Session

    from desktop_app.db.database import Reader
    from desktop_app.db.models import AuditEvent, Order


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return "seller"


@dataclass(frozen=True)
class Context:
    """``source`` is 'app', 'cli' or an imported file's name; ``via`` is how it arrived."""

    actor: str = field(default_factory=_user)
    source: str = "app"
    via: str = "app"
    clock: Callable[[], datetime] = utcnow

    def now(self) -> datetime:
        return self.clock()


def shop_zone(reader: Reader) -> tzinfo:
    """The shop's time zone, stored with the shop (the machine's zone only for a shop that
    has none stored, which :func:`open_database` prevents)."""
    query = select(settings.c.value).where(settings.c.key == TIMEZONE_KEY)
    return zone_named(reader.execute(query).scalar())


def set_setting(session: Session, key: str, value: str) -> None:
    from desktop_app.db.models import Setting

    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def shop_day(session: Session, moment: datetime) -> date:
    return local_day(moment, shop_zone(session))


def audit(
    session: Session,
    ctx: Context,
    action: str,
    summary: str,
    *,
    order: Order | None = None,
    **details: Any,
) -> AuditEvent:
    """Append one audit event (the history pane shows ``summary``)."""
    from desktop_app.db.models import AuditEvent

    event = AuditEvent(
        at=ctx.now(),
        actor=ctx.actor,
        source=ctx.source,
        order_pk=order.id if order is not None else None,
        action=action,
        summary=summary,
        details=details,
    )
    session.add(event)
    return event
