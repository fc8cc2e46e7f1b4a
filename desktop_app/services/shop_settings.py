"""The shop's settings a seller may read and change (``seller-desk settings``, Preferences).

Each key is one entry in :data:`KEYS`: its validator (text in, the stored text out, ValueError
with a sentence otherwise) and what changing it must also do. Adding a key is adding an entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop_app.core.clock import day_start, local_day, valid_zone_name
from desktop_app.core.currencies import is_currency
from desktop_app.core.errors import DomainError
from desktop_app.db.database import Reader
from desktop_app.db.tables import cancellations, orders, settings
from desktop_app.services.context import (
    CURRENCY_KEY,
    TIMEZONE_KEY,
    Context,
    audit,
    set_setting,
    shop_zone,
)


@dataclass(frozen=True)
class SettingKey:
    name: str
    help: str
    validate: Callable[[str], str]
    current: Callable[[Reader], str]
    # what else changes with the value (in the same transaction), given the old and new text
    apply: Callable[[Session, str, str], None] | None = None


def _stored(key: str) -> Callable[[Reader], str]:
    def read(reader: Reader) -> str:
        query = select(settings.c.value).where(settings.c.key == key)
        return str(reader.execute(query).scalar() or "")

    return read


def _current_zone(reader: Reader) -> str:
    return str(getattr(shop_zone(reader), "key", "") or _stored(TIMEZONE_KEY)(reader))


def redate(session: Session, old: str, new: str) -> None:
    """The shop's days follow its zone: re-file every order's purchase day and every
    cancellation's day under the new zone (one indexed UPDATE per calendar day)."""
    zone = ZoneInfo(new)
    for table, moment, day in (
        (orders, orders.c.purchase_date, orders.c.purchase_day),
        (cancellations, cancellations.c.cancelled_at, cancellations.c.cancelled_day),
    ):
        first, last = session.execute(select(func.min(moment), func.max(moment))).one()
        if first is None or last is None:
            continue
        current: date = local_day(first, zone)
        end: date = local_day(last, zone)
        while current <= end:
            following = current + timedelta(days=1)
            session.execute(
                update(table)
                .where(
                    moment >= day_start(current, zone),
                    moment < day_start(following, zone),
                    day != current,
                )
                .values({day.key: current})
            )
            current = following


def valid_currency(text: str) -> str:
    """An ISO 4217 code in circulation (any case in, upper case stored)."""
    code = text.strip().upper()
    if not is_currency(code):
        raise ValueError(f"{text!r} is not an ISO 4217 currency code such as EUR, USD or INR")
    return code


KEYS: dict[str, SettingKey] = {
    TIMEZONE_KEY: SettingKey(
        name=TIMEZONE_KEY,
        help="the shop's time zone, an IANA name such as Europe/Berlin: every day "
        "boundary (rate windows, today, the chart) uses it",
        validate=valid_zone_name,
        current=_current_zone,
        apply=lambda session, old, new: redate(session, old, new),
    ),
    CURRENCY_KEY: SettingKey(
        name=CURRENCY_KEY,
        help="the shop's currency, an ISO 4217 code such as EUR: the currency of a file's rows "
        "that give none",
        validate=valid_currency,
        current=_stored(CURRENCY_KEY),
    ),
}


def setting_key(name: str) -> SettingKey:
    key = KEYS.get(name)
    if key is None:
        raise DomainError(f"There is no setting {name!r}; the settings are: {', '.join(KEYS)}.")
    return key


def get_setting(reader: Reader, name: str) -> str:
    return setting_key(name).current(reader)


def change_setting(session: Session, ctx: Context, name: str, value: str) -> str:
    """Validate and store ``value`` (and what follows from it); return the stored text."""
    key = setting_key(name)
    try:
        stored = key.validate(value)
    except ValueError as error:
        raise DomainError(str(error)) from None
    old = key.current(session)
    if stored == old:
        return stored
    set_setting(session, name, stored)
    if key.apply is not None:
        key.apply(session, old, stored)
    audit(session, ctx, "settings.set", f"Changed {name} from {old or 'unset'} to {stored}.",
          key=name, old=old, new=stored)  # fmt: skip
    return stored
