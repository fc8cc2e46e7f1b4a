"""What an import was asked to do, how far it is, and what it did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.text import Msg
from desktop_app.io.detect import Format
from desktop_app.io.errors import RowError
from desktop_app.io.generic import ColumnMapping

BATCH_ROWS = 5000
MAX_KEPT_ERRORS = 10_000
MAX_LISTED = 1000  # counted cancellations named in a summary


@dataclass(frozen=True)
class ImportOptions:
    fmt: Format = Format.AUTO
    encoding: str | None = None  # None: UTF-8, falling back to Cp1252
    mapping: ColumnMapping | None = None
    dry_run: bool = False
    skip_invalid: bool = False  # False: one bad row and nothing is written
    batch_rows: int = BATCH_ROWS
    # read the file in a process of its own while writing (SQLite; services.importing.reader):
    # None decides by the file's size
    reader_process: bool | None = None
    raw_batches: bool = True  # the import reads a share of the batches itself (.reader)


@dataclass(frozen=True)
class ImportProgress:
    file: str
    rows: int
    bytes_read: int
    total_bytes: int
    seconds: float
    dry_run: bool = False
    # every row is read and checked; what remains is writing the indexes and the search index
    # and committing: seconds for a big file, with nothing more to count
    saving: bool = False

    @property
    def fraction(self) -> float:
        return min(self.bytes_read / self.total_bytes, 1.0) if self.total_bytes else 1.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


class ImportCancelled(Exception):
    """The seller cancelled; everything was rolled back."""


@dataclass
class ImportSummary:
    """Every data row of the file ends in exactly one of ``rows_new``, ``rows_updated``,
    ``rows_unchanged`` and ``rejected`` (they add up to ``rows``); ``new``, ``updated`` and
    ``unchanged`` count orders. Blank lines are counted apart and are no rows."""

    file: str
    format: str = ""
    encoding: str = ""
    rows: int = 0
    new: int = 0  # orders
    updated: int = 0
    unchanged: int = 0
    rows_new: int = 0  # rows, by what happened to their order
    rows_updated: int = 0
    rows_unchanged: int = 0
    rejected: int = 0  # rows
    duplicates: int = 0  # rows repeated exactly, merged (counted with their order's rows)
    blank_lines: int = 0
    error_count: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_KEPT_ERRORS
    # orders whose cancellation this file recorded as counting against the seller
    counted_cancellations: list[str] = field(default_factory=list)
    counted_total: int = 0
    relabelled: list[str] = field(default_factory=list)  # re-labelled as the buyer's request
    returns: int = 0  # return records started from the file's status words
    dry_run: bool = False
    skip_invalid: bool = False
    written: bool = False
    seconds: float = 0.0

    def line(self) -> str:
        rows = (
            Msg("Import", "1 row")
            if self.rows == 1
            else Msg("Import", "{n} rows").format(n=self.rows)
        )
        return Msg(
            "Import",
            "{rows}: {rows_new} new, {rows_updated} updated, {rows_unchanged} unchanged, "
            "{rejected} rejected ({orders} new, {updated} updated, {unchanged} unchanged)",
        ).format(
            rows=rows,
            rows_new=self.rows_new,
            rows_updated=self.rows_updated,
            rows_unchanged=self.rows_unchanged,
            rejected=self.rejected,
            orders=_orders(self.new),
            updated=self.updated,
            unchanged=self.unchanged,
        )

    @property
    def accounted(self) -> bool:
        """Whether every row is accounted for (always true; the tests hold it to that)."""
        parts = self.rows_new + self.rows_updated + self.rows_unchanged + self.rejected
        return parts == self.rows

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def verdict(self) -> str:
        """One sentence: what happened to the database."""
        if self.dry_run:
            return "Dry run: nothing was written."
        if self.written:
            return "Imported." if not self.rejected else "Imported; rows with errors were skipped."
        rows = "row has" if self.rejected == 1 else "rows have"
        return (
            f"Nothing was imported: {self.rejected} {rows} errors. Fix them, or import "
            "again skipping the rows with errors."
        )

    def counted_sentence(self) -> str | None:
        """Names the cancellations this file counted against the seller, if any."""
        n = self.counted_total
        if not n:
            return None
        shown = ", ".join(self.counted_cancellations[:5])
        if n == 1:
            return Msg(
                "Import",
                "1 cancellation in this file counts against your cancellation rate ({shown}): "
                "no buyer request is on record. If the buyer asked through Amazon, re-label it; "
                "otherwise it is yours.",
            ).format(shown=shown)
        more = Msg("Import", " and {n} more").format(n=n - 5) if n > 5 else ""
        return Msg(
            "Import",
            "{n} cancellations in this file count against your cancellation rate "
            "({shown}{more}): no buyer request is on record. If the buyer asked through Amazon, "
            "re-label them; otherwise they are yours.",
        ).format(n=n, shown=shown, more=more)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "encoding": self.encoding,
            "rows": self.rows,
            "rows_new": self.rows_new,
            "rows_updated": self.rows_updated,
            "rows_unchanged": self.rows_unchanged,
            "rejected": self.rejected,
            "blank_lines": self.blank_lines,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "returns": self.returns,
            "counted_cancellations": self.counted_cancellations,
            "relabelled": self.relabelled,
            "dry_run": self.dry_run,
            "written": self.written,
            "seconds": round(self.seconds, 3),
            "errors": [
                {"line": e.line, "field": e.field, "value": e.value, "message": e.message}
                for e in self.errors
            ],
        }


def _orders(n: int) -> str:
    return Msg("Import", "1 order") if n == 1 else Msg("Import", "{n} orders").format(n=n)


ProgressFn = Callable[[ImportProgress], None]
CancelFn = Callable[[], bool]
