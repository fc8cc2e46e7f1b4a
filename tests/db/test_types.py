"""UTCDateTime's fast paths bind exactly what the general TypeDecorator path binds: on SQLite
the text SQLAlchemy's own DATETIME stores, on PostgreSQL (psycopg) the naive UTC datetime."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect

from desktop_app.db.types import UTCDateTime

DIALECT = sqlite.dialect()
FAST = UTCDateTime().bind_processor(DIALECT)
STOCK = DateTime()._cached_bind_processor(DIALECT)
PG = psycopg_dialect()  # type: ignore[no-untyped-call]
PG_FAST = UTCDateTime().bind_processor(PG)

zones = st.one_of(
    st.none(),
    st.just(UTC),
    st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda minutes: timezone(timedelta(minutes=minutes))
    ),
)


def generic(value: datetime) -> str:
    """The general TypeDecorator path: process_bind_param, then the dialect's DATETIME."""
    naive = UTCDateTime().process_bind_param(value, DIALECT)
    assert STOCK is not None
    return str(STOCK(naive))


@given(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(9998, 12, 30)),
    zones,
)
def test_fast_bind_matches_sqlalchemy_datetime(moment: datetime, zone: timezone | None) -> None:
    value = moment.replace(tzinfo=zone)
    assert FAST is not None
    assert FAST(value) == generic(value)
    assert PG_FAST is not None
    general = UTCDateTime().process_bind_param(value, PG)
    assert PG_FAST(value) == general and PG_FAST(value).tzinfo is None  # type: ignore[union-attr]


def test_fast_bind_converts_to_utc_and_passes_none() -> None:
    assert FAST is not None
    new_york = timezone(timedelta(hours=-5))
    assert FAST(datetime(2026, 3, 1, 9, 30, tzinfo=new_york)) == "2026-03-01 14:30:00.000000"
    assert FAST(datetime(2026, 3, 1, 9, 30, 0, 1500)) == "2026-03-01 09:30:00.001500"
    assert FAST(None) is None


def test_postgresql_gets_naive_utc_and_none() -> None:
    assert PG_FAST is not None
    new_york = timezone(timedelta(hours=-5))
    assert PG_FAST(datetime(2026, 3, 1, 9, 30, tzinfo=new_york)) == datetime(2026, 3, 1, 14, 30)
    assert PG_FAST(datetime(2026, 3, 1, 9, 30, tzinfo=UTC)) == datetime(2026, 3, 1, 9, 30)
    assert PG_FAST(None) is None
