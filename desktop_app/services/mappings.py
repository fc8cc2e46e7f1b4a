"""Saved column mappings for CSV imports, kept in the settings table as ``mapping:NAME`` JSON."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import NotFound
from desktop_app.core.text import Msg
from desktop_app.db.models import Setting
from desktop_app.io.errors import ReadError, RowError
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.context import set_setting

PREFIX = "mapping:"


def save_mapping(session: Session, mapping: ColumnMapping) -> None:
    name = mapping.name.strip()
    if not name:
        raise ValueError("a column mapping needs a name")
    set_setting(session, PREFIX + name, mapping.to_json())


def load_mapping(session: Session, name: str) -> ColumnMapping:
    row = session.get(Setting, PREFIX + name)
    if row is None:
        known = ", ".join(mapping_names(session)) or "none saved yet"
        raise NotFound(f"There is no column mapping named {name!r} (known: {known}).")
    return ColumnMapping.from_json(row.value)


def mapping_names(session: Session) -> list[str]:
    query = select(Setting.key).where(Setting.key.startswith(PREFIX)).order_by(Setting.key)
    return [key[len(PREFIX) :] for key in session.execute(query).scalars()]


def delete_mapping(session: Session, name: str) -> None:
    row = session.get(Setting, PREFIX + name)
    if row is not None:
        session.delete(row)


# --- guessing a mapping from a file, and checking one on it -----------------------------------

GOOD_ENOUGH = 0.9  # a mapping is saved only when it reads this share of the sample cleanly
CHECK_ROWS = 1000


@dataclass(frozen=True)
class MappingCheck:
    """How a mapping reads the first rows of a file."""

    rows: int
    clean: int
    commonest_error: str | None  # "column 'Date': '13-31-22' is not a date ..." (and how often)
    read_error: str | None = None  # the file cannot be read with it at all

    @property
    def share(self) -> float:
        return self.clean / self.rows if self.rows else 0.0

    @property
    def good_enough(self) -> bool:
        return self.read_error is None and self.rows > 0 and self.share >= GOOD_ENOUGH

    def refusal(self) -> str | None:
        """Why the mapping may not be saved, as a sentence; None when it may."""
        if self.read_error is not None:
            return f"The file cannot be read with this mapping: {self.read_error}"
        if self.rows == 0 or self.good_enough:  # a header alone: nothing to check against
            return None
        return (
            f"Only {self.clean} of the first {self.rows} rows read cleanly "
            f"({self.share:.0%}; at least {GOOD_ENOUGH:.0%} are needed). Most common problem: "
            f"{self.commonest_error}."
        )


def check_mapping(
    path: Path,
    mapping: ColumnMapping,
    *,
    encoding: str | None = None,
    zone: tzinfo = UTC,
    rows: int = CHECK_ROWS,
) -> MappingCheck:
    """Read the first ``rows`` data rows of ``path`` with ``mapping``, counting clean rows."""
    from desktop_app.io.detect import Format, open_report

    problems: Counter[str] = Counter()
    bad_lines: set[int] = set()
    seen: set[int] = set()
    try:
        with open_report(
            path, fmt=Format.MAPPED, encoding=encoding, mapping=mapping, zone=zone
        ) as report:
            for row in report.rows():
                if row.line not in seen:
                    if len(seen) >= rows:
                        break
                    seen.add(row.line)
                if isinstance(row, RowError):
                    bad_lines.add(row.line)
                    field = f"column {row.field!r}: " if row.field else ""
                    problems[f"{field}{row.message}"] += 1
    except ReadError as error:
        return MappingCheck(0, 0, None, error.message)
    commonest = None
    if problems:
        message, count = problems.most_common(1)[0]
        commonest = f"{message} ({count} row{'s' if count != 1 else ''})"
    return MappingCheck(len(seen), len(seen) - len(bad_lines), commonest)


@dataclass(frozen=True)
class MappingGuess:
    mapping: ColumnMapping
    header: list[str]
    ambiguous_dates: list[str]  # examples when the date form is a guess between several
    check: MappingCheck


def guess_mapping(
    path: Path, name: str, *, encoding: str | None = None, zone: tzinfo = UTC
) -> MappingGuess:
    """A mapping for ``path`` from its header and first rows, checked on the file."""
    from desktop_app.io.generic import (
        ambiguous_dates,
        first_rows,
        guess_columns,
        guess_date_format,
        guess_decimal_comma,
        guess_status_values,
        guess_unit_prices,
    )

    delimiter, table = first_rows(path, encoding, CHECK_ROWS)
    if not table:
        raise ReadError(Msg("Import", "the file is empty: there is no header line"), file=path.name)
    header = [h.strip() for h in table[0]]
    body = table[1:]
    columns = guess_columns(header)

    def values(target: str) -> list[str]:
        at = header.index(columns[target]) if target in columns else -1
        return [r[at] for r in body if 0 <= at < len(r)]

    dates = values("purchase_date")
    money = [v for t in ("item_price", "shipping_price", "item_tax") for v in values(t)]
    status_values = {
        word: value for word, value in guess_status_values(values("status")).items() if value
    }
    defaults = {} if "channel" in columns else {"channel": "MFN"}
    mapping = ColumnMapping(
        name=name,
        columns=columns,
        delimiter=delimiter,
        decimal_comma=bool(guess_decimal_comma(money)),
        date_format=guess_date_format(dates),
        defaults=defaults,
        status_values=status_values,
        unit_prices=guess_unit_prices(columns.get("item_price")),
    )
    check = check_mapping(path, mapping, encoding=encoding, zone=zone)
    return MappingGuess(mapping, header, ambiguous_dates(dates), check)
