"""A new shop: its time zone and currency, checked and stored as the shop's settings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import func, select

from desktop_app.core.currencies import is_currency
from desktop_app.core.errors import DomainError
from desktop_app.db import tables
from desktop_app.db.database import Database
from desktop_app.services.context import CURRENCY_KEY, TIMEZONE_KEY, set_setting


def check_zone(name: str) -> str:
    """``name`` if it is an IANA time-zone name (Europe/Berlin, America/New_York, UTC)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(
            f"{name!r} is not a time zone Seller Desk knows; give an IANA name such as "
            "Europe/Berlin, America/New_York or UTC."
        ) from None
    if name not in available_timezones() and name != "UTC":
        raise DomainError(f"{name!r} is not an IANA time-zone name (such as Europe/Berlin).")
    return name


def check_currency(code: str) -> str:
    """``code`` in upper case if it is an ISO 4217 currency code (USD, EUR, JPY)."""
    upper = code.strip().upper()
    if not is_currency(upper):
        raise DomainError(
            f"{code!r} is not an ISO 4217 currency code; give three letters such as USD, EUR, "
            "GBP or JPY."
        )
    return upper


def machine_zone() -> str | None:
    """This machine's IANA zone name, when it can be told (``$TZ``, ``/etc/localtime``)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        parts = localtime.resolve().parts
        if "zoneinfo" in parts:
            candidates.append("/".join(parts[parts.index("zoneinfo") + 1 :]))
    for name in candidates:
        if name and name in available_timezones():
            return name
    return None


@dataclass(frozen=True, slots=True)
class NewShop:
    where: str
    timezone: str | None
    currency: str | None


def init_shop(db: Database, *, timezone: str | None, currency: str | None) -> NewShop:
    """Store the new shop's zone (the machine's when not given) and currency. A shop that
    already holds orders is refused."""
    zone = check_zone(timezone) if timezone else machine_zone()
    code = check_currency(currency) if currency else None
    with db.transaction() as session:
        orders = session.execute(select(func.count()).select_from(tables.orders)).scalar_one()
        if orders:
            raise DomainError(
                f"{db.name} is already a shop with {orders:,} orders; nothing was changed."
            )
        if zone:
            set_setting(session, TIMEZONE_KEY, zone)
        if code:
            set_setting(session, CURRENCY_KEY, code)
    return NewShop(db.name, zone, code)
