"""Problems in a file: the whole file refused (:class:`ReadError`) or one row (:class:`RowError`).

Every message names the file's line and, where there is one, the column, so a seller can open
the file and find it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

VALUE_PREVIEW = 80


def preview(value: str) -> str:
    """A short, printable rendering of a cell for messages and error reports."""
    shown = value if len(value) <= VALUE_PREVIEW else value[: VALUE_PREVIEW - 1] + "…"
    return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def reason(error: Exception) -> str:
    """Why a value was refused: the converter's sentence, kept a ``core.text.Msg`` when it is
    one (the window translates it; ``str`` would make it plain English)."""
    said = error.args[0] if len(error.args) == 1 else None
    return said if isinstance(said, str) else str(error)


@dataclass(frozen=True, slots=True)
class RowError:
    """One rejected row: the file's line (1-based, the header is line 1), column, cell, why."""

    line: int
    field: str
    value: str
    message: str
    order_id: str = ""  # when the row's order id could be read: its order is held back too

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.field!r}" if self.field else "")
        return f"{where}: {self.message}"


class ReadError(Exception):
    """The file cannot be read at all (unknown format, missing column, unreadable bytes...)."""

    def __init__(self, message: str, *, file: str = "", line: int = 0, field: str = "") -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [part for part in (self.file, f"line {self.line}" if self.line else "") if part]
        if self.field:
            where.append(f"column {self.field!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message

    def in_file(self, file: str) -> ReadError:
        """The same error, naming ``file``."""
        return ReadError(self.message, file=file, line=self.line, field=self.field)


ERROR_REPORT_HEADER = ("file", "line", "field", "value", "message")


def write_error_report(
    stream: TextIO, file: str, errors: Iterable[RowError], *, header: bool = True
) -> int:
    """Write ``errors`` as CSV (file, line, field, value, message); returns the rows written."""
    from desktop_app.io.native import neutralise

    writer = csv.writer(stream, lineterminator="\r\n")
    if header:
        writer.writerow(ERROR_REPORT_HEADER)
    count = 0
    for error in errors:
        cells = (file, str(error.line), error.field, error.value, error.message)
        writer.writerow([neutralise(cell) for cell in cells])
        count += 1
    return count
