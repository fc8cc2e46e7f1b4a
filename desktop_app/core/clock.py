"""Times are timezone-aware UTC; days are the shop's local calendar days."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

# zoneinfo is imported where a zone is made: the window imports this module before its first
# paint, which needs no zone (the import costs a few milliseconds there)


def utcnow() -> datetime:
    return datetime.now(UTC)


def ensure_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC; aware ones are converted."""
    zone = value.tzinfo
    if zone is UTC:
        return value
    if zone is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def valid_zone_name(name: str) -> str:
    """``name`` if it is an IANA time zone name (``Europe/Berlin``, ``UTC``); ValueError with a
    sentence otherwise. Abbreviations such as ``PST`` or ``CET`` are refused: they do not say
    when summer time starts, and several places share them."""
    text = name.strip()
    if not text or text != name or text.startswith(("/", ".")) or ".." in text:
        raise ValueError(f"{name!r} is not a time zone name such as Europe/Berlin")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"{name!r} is not a time zone name such as Europe/Berlin or America/New_York"
        ) from None
    if "/" not in text and text not in {"UTC", "Etc/UTC"}:
        # the tz database still carries a few abbreviations (EST, CET, PST8PDT...): refuse them
        raise ValueError(
            f"{name!r} is an abbreviation; give the place's name, such as Europe/Berlin or UTC"
        )
    return text


def machine_zone_name() -> str:
    """The IANA name of this machine's zone (``$TZ``, then ``/etc/localtime``, then
    ``/etc/timezone``), or ``UTC`` when the machine does not say."""
    candidates: list[str] = []
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        candidates.append(env)
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            return valid_zone_name(name)
        except ValueError:
            continue
    return "UTC"


def local_zone() -> tzinfo:
    """The machine's zone, as an IANA zone when the machine names one."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(machine_zone_name())


def zone_named(name: str | None) -> tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name) if name else local_zone()


def zone_name(zone: tzinfo) -> str:
    """The IANA name of ``zone`` (its key), else what it calls itself."""
    key = getattr(zone, "key", None)
    return str(key) if key else str(zone.tzname(None) or zone)


def with_offset(moment: datetime, zone: tzinfo) -> str:
    """``2026-11-20 21:00 +09:00``: a time in the shop's zone, with its offset."""
    local = ensure_utc(moment).astimezone(zone)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"


def day_start(day: date, zone: tzinfo) -> datetime:
    """The UTC instant at which the shop's calendar day ``day`` begins."""
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The shop's calendar day on which ``moment`` falls."""
    return ensure_utc(moment).astimezone(zone).date()


class LocalDays:
    """:func:`local_day` for many moments in one zone, as an import needs it for a million
    orders: the bounds of the last day found are kept, so a moment on that day (a report's
    orders come in date order) costs two comparisons and gives the same date object, which a
    bulk writer then binds once (db.bulk.bind_rows). Any other moment is worked out afresh."""

    __slots__ = ("_day", "_end", "_start", "zone")

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._start: datetime | None = None  # the last day's first instant (UTC), when known
        self._end: datetime | None = None  # the next day's first instant
        self._day = date.min

    def __call__(self, moment: datetime) -> date:
        start, end = self._start, self._end
        if start is not None and end is not None and moment.tzinfo and start <= moment < end:
            return self._day
        day = local_day(moment, self.zone)
        self._day = day
        self._start, self._end = self._bounds(day)
        return day

    def _bounds(self, day: date) -> tuple[datetime | None, datetime | None]:
        """The UTC instants at which ``day`` begins and ends in the zone, checked against
        local_day (a day whose midnight a clock change skips gets no bounds: every moment
        on it is worked out)."""
        start = day_start(day, self.zone)
        end = day_start(day + timedelta(days=1), self.zone)
        tick = timedelta(microseconds=1)
        zone = self.zone
        if (
            local_day(start, zone) == day
            and local_day(end - tick, zone) == day
            and local_day(start - tick, zone) != day
            and local_day(end, zone) != day
        ):
            return start, end
        return None, None


def day_range(last: date, days: int) -> tuple[date, date]:
    """The inclusive window of ``days`` days ending on ``last``: [last-(days-1), last]."""
    return last - timedelta(days=days - 1), last
