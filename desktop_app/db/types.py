"""Column types: aware-UTC datetimes stored the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from desktop_app.core.clock import ensure_utc


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC; returns timezone-aware UTC datetimes."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return ensure_utc(value).replace(tzinfo=None)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """What :meth:`process_bind_param` and the dialect's own DATETIME processor make, in
        one step: the import binds millions of these, and the general path costs twice as
        much. On SQLite that is the text SQLAlchemy's DATETIME stores ('2024-05-31
        14:05:00.000000'); where the driver takes a datetime (psycopg), the naive UTC one."""
        if dialect.name == "sqlite":

            def as_text(value: datetime | None) -> str | None:
                if value is None:
                    return None
                if value.tzinfo is not UTC:
                    value = ensure_utc(value)
                return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"

            return as_text
        if self.impl_instance.dialect_impl(dialect).bind_processor(dialect) is not None:
            return super().bind_processor(dialect)

        def as_naive(value: datetime | None) -> datetime | None:
            if value is None:
                return None
            if value.tzinfo is not UTC:
                value = ensure_utc(value)
            return value.replace(tzinfo=None)

        return as_naive

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        assert isinstance(moment, datetime)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
