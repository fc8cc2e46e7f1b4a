"""The streaming core every reader shares: bytes -> lines -> csv records -> RowData or RowError.

A :class:`Layout` says how one format's header maps onto :mod:`desktop_app.io.fields`; a
:class:`Report` reads the header, asks for the layout, and then streams the rows, holding one
record at a time whatever the file's size.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from desktop_app.core.text import Msg
from desktop_app.io.decoding import MAX_LINE_BYTES, LineDecoder
from desktop_app.io.errors import ReadError, RowError, preview, reason
from desktop_app.io.fields import FIELDS, CellOptions, Converter, Level, RowData, converter

# a row (all its physical lines) longer than this is an error at its first line; a quote that
# opens and never closes is caught by it in bounded memory, and the lines after it read again
ROW_LIMIT = MAX_LINE_BYTES


@dataclass(frozen=True)
class Layout:
    """A format's columns: ``columns`` maps header names (as written) to field names."""

    name: str
    columns: dict[str, str]
    required_columns: tuple[str, ...] = ()  # header names that must be present
    required_values: tuple[str, ...] = ("order_id",)  # fields no row may leave blank
    implied: dict[str, object] = field(default_factory=dict)  # order values every row has
    options: CellOptions = field(default_factory=CellOptions)
    ignore_case: bool = True
    # a report of what happened at Amazon: a cancellation or buyer request found in it becomes
    # a record of its own. Seller Desk's own export is a copy instead: taken as it is.
    reports_events: bool = True
    # Amazon's tab-separated flat files never quote: a " is text (an inch mark, a title that
    # opens a quote and never closes it). Read with quoting on, such a file loses rows.
    quoting: bool = True
    unit_prices: bool = False  # item_price is one unit's: the line's is times the quantity


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    header: str
    field: str
    convert: Converter
    order_level: bool


def sniff_delimiter(first_line: str) -> str:
    if "\t" in first_line:
        return "\t"
    return ";" if first_line.count(";") > first_line.count(",") else ","


class Report:
    """An open report file. Iterate :meth:`rows`; read ``line``/``bytes_read`` for progress."""

    def __init__(
        self,
        stream: BinaryIO,
        *,
        name: str,
        total_bytes: int,
        encoding: str | None,
        choose_layout: Callable[[list[str]], Layout],
        delimiter: str | None = None,
    ) -> None:
        self.name = name
        self.total_bytes = total_bytes
        self._decoder = LineDecoder(stream, encoding)
        lines = iter(self._decoder)
        first = next(lines, None)
        if first is None or not first.strip():
            raise ReadError(Msg("Import", "the file is empty: there is no header line"), file=name)
        if 1 in self._decoder.problems:
            raise ReadError(self._decoder.problems[1].message, file=name, line=1)
        self.delimiter = delimiter or sniff_delimiter(first)
        self._decoder.delimiter = self.delimiter
        self._lines = lines
        try:
            cells = next(csv.reader([first], delimiter=self.delimiter))
        except (csv.Error, StopIteration) as error:
            raise ReadError(
                Msg("Import", "the header cannot be read ({problem})").format(problem=error),
                file=name,
                line=1,
            ) from None
        self.header = [cell.strip() for cell in cells]
        if self.header and self.header[0].startswith("\ufeff"):
            self.header[0] = self.header[0][1:]  # a BOM inside a file read as another encoding
        try:
            self.layout = choose_layout(self.header)
        except ReadError as error:
            raise error.in_file(name) from None
        self.quoting = self.layout.quoting or self.delimiter != "\t"
        self._columns = self._bind(self.layout)
        self._order_id_index = next((c.index for c in self._columns if c.field == "order_id"), None)
        self.blank_lines = 0

    @property
    def encoding(self) -> str:
        return self._decoder.label

    @property
    def line(self) -> int:
        return self._decoder.line

    @property
    def bytes_read(self) -> int:
        return self._decoder.bytes_read

    def _bind(self, layout: Layout) -> list[_Column]:
        wanted = {(k.lower() if layout.ignore_case else k): v for k, v in layout.columns.items()}
        columns: list[_Column] = []
        seen: dict[str, str] = {}
        for index, header in enumerate(self.header):
            key = header.lower() if layout.ignore_case else header
            name = wanted.get(key)
            if name is None:
                continue  # an extra column this format does not use
            if name in seen:
                raise ReadError(
                    Msg("Import", "the columns {first} and {second} both give {field}").format(
                        first=repr(seen[name]), second=repr(header), field=name
                    ),
                    file=self.name,
                    line=1,
                    field=header,
                )
            seen[name] = header
            spec = FIELDS[name]
            columns.append(
                _Column(
                    index,
                    header,
                    name,
                    converter(spec, layout.options),
                    spec.level is Level.ORDER,
                )
            )
            if name == "status" and layout.reports_events:  # "Shipped - Returned to Seller"
                returns = FIELDS["return_state"]
                columns.append(
                    _Column(index, header, returns.name, converter(returns, layout.options), True)
                )
        present = {h.lower() if layout.ignore_case else h for h in self.header}
        for required in layout.required_columns:
            if (required.lower() if layout.ignore_case else required) not in present:
                raise ReadError(
                    Msg("Import", "the required column {column} is missing from the header").format(
                        column=repr(required)
                    ),
                    file=self.name,
                    line=1,
                    field=required,
                )
        return columns

    def header_of(self, field_name: str) -> str:
        """The file's name for a field's column (for messages)."""
        return self._header_of(field_name)

    def _header_of(self, field_name: str) -> str:
        for column in self._columns:
            if column.field == field_name:
                return column.header
        return field_name

    def records(self) -> Iterator[tuple[int, int, list[str]] | RowError]:
        """Each row's first and last line and cells, or a RowError for a row that cannot be
        split into cells."""
        if self.quoting:
            yield from self._quoted_records()
            return
        delimiter = self.delimiter
        number = 1
        for text in self._lines:
            number += 1
            yield number, number, text.rstrip("\r\n").split(delimiter)

    def _quoted_records(self) -> Iterator[tuple[int, int, list[str]] | RowError]:
        """RFC 4180 records. A row that breaks the quoting rules, or a quote still open at the
        end of the file (or after ROW_LIMIT characters), is an error at the line where the row
        began; the lines after that line are then read again as rows of their own."""
        source = self._lines
        again: deque[tuple[int, str]] = deque()
        taken: list[tuple[int, str]] = []  # the physical lines of the row being read
        counter = [1]

        def feed() -> Iterator[str]:
            size = 0
            while True:
                if again:
                    number, text = again.popleft()
                else:
                    line = next(source, None)
                    if line is None:
                        return
                    text = line
                    counter[0] += 1
                    number = counter[0]
                if not taken:
                    size = 0
                taken.append((number, text))
                size += len(text)
                if size > ROW_LIMIT:
                    raise _RowTooLong
                yield text

        while True:
            reader = csv.reader(feed(), delimiter=self.delimiter, strict=True)
            while True:
                taken.clear()
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except (csv.Error, _RowTooLong) as error:
                    if not taken:
                        return
                    yield RowError(taken[0][0], "", preview(taken[0][1]), _quote_message(error))
                    again.extendleft(reversed(taken[1:]))
                    break  # a fresh reader over what follows the row's first line
                yield taken[0][0], taken[-1][0], record

    def rows(
        self, records: Iterable[tuple[int, int, list[str]] | RowError] | None = None
    ) -> Iterator[RowData | RowError]:
        """Each data row, in file order: a RowData, or a RowError for a row that is wrong.

        ``records`` (as :meth:`records` yields them) are converted instead of the file's own:
        rows read elsewhere (services.importing.reader) are made into values again here."""
        problems = self._decoder.problems
        width = len(self.header)
        columns = self._columns
        options = self.layout.options
        strip, unescape = options.strip, options.unescape
        implied = self.layout.implied
        unit_prices = self.layout.unit_prices
        required = [(f, self._header_of(f)) for f in self.layout.required_values]
        # (index, field, convert, 0 for the order's values or 1 for the item's), unpacked
        # faster than the columns' attributes are read, for millions of cells
        cells = [(c.index, c.field, c.convert, 0 if c.order_level else 1) for c in columns]
        for found in self.records() if records is None else records:
            if isinstance(found, RowError):
                yield found
                continue
            start, end, record = found
            if problems:
                bad = self._decode_problem(start, end, record)
                if bad is not None:
                    yield bad
                    continue
            count = len(record)
            if is_blank(record):
                # a blank line, or one of separators and spaces only (",,,," as spreadsheets
                # leave them, a lone tab): it holds no value to import or reject
                self.blank_lines += 1
                continue
            if count != width:
                if count < width:
                    yield RowError(
                        start,
                        self.header[count],
                        "",
                        f"the row has {count} fields but the header has {width}; "
                        f"column {self.header[count]!r} and those after it are missing",
                        self._oid(record),
                    )
                    continue
                if any(cell.strip() for cell in record[width:]):
                    yield RowError(
                        start,
                        f"field {width + 1}",
                        preview(record[width]),
                        f"the row has {count} fields but the header has only {width}",
                        self._oid(record),
                    )
                    continue
            order: dict[str, object] = dict(implied)
            item: dict[str, object] = {}
            values = (order, item)
            errors: list[RowError] | None = None
            for index, name, convert, level in cells:
                cell = record[index]
                if strip:
                    cell = cell.strip()
                if not cell:
                    continue
                if unescape and cell[0] == "'":
                    cell = cell[1:]
                try:
                    values[level][name] = convert(cell)
                except ValueError as error:
                    if errors is None:
                        errors = []
                    header = self.header[index]
                    errors.append(
                        RowError(start, header, preview(cell), reason(error), self._oid(record))
                    )
            if errors:
                yield from errors  # one entry per bad cell, all with this row's line
                continue
            missing = None
            for name, header in required:
                if name not in order and name not in item:
                    missing = header
                    break
            if missing is not None:
                yield RowError(
                    start, missing, "", "this column must not be empty", self._oid(record)
                )
                continue
            if item and "sku" not in item:
                sku = self._header_of("sku")
                yield RowError(start, sku, "", "the item has no SKU", self._oid(record))
                continue
            if unit_prices and "item_price" in item and "quantity" in item:
                item["item_price"] = item["item_price"] * item["quantity"]  # type: ignore[operator]
            order_id = order.pop("order_id")
            assert isinstance(order_id, str)
            yield RowData(start, order_id, order, item or None)

    def order_id_of(self, record: list[str]) -> str:
        """The record's order id as its rows' errors name it (its cell, stripped), or ""."""
        return self._oid(record)

    def decode_problem(self, start: int, end: int, record: list[str]) -> RowError | None:
        """The error for a record whose bytes could not be decoded, if it has one (once)."""
        return self._decode_problem(start, end, record) if self._decoder.problems else None

    def _oid(self, record: list[str]) -> str:
        index = self._order_id_index
        return record[index].strip() if index is not None and index < len(record) else ""

    def _decode_problem(self, start: int, end: int, record: list[str]) -> RowError | None:
        problems = self._decoder.problems
        for number in sorted(n for n in problems if n <= end):
            problem = problems.pop(number)
            if number < start:
                continue  # a line of a row already rejected
            if problem is not None:
                column = problem.column
                known = column is not None and column < len(self.header)
                name = self.header[column] if known and column is not None else ""
                field = name if number == start else ""
                return RowError(number, field, "", problem.message, self._oid(record))
        return None


def is_blank(record: list[str]) -> bool:
    """A blank line, or one of separators and spaces only (",,,," as spreadsheets leave
    them, a lone tab): it holds no value to import or reject."""
    return not record or (not record[0].strip() and not any(c.strip() for c in record))


class _RowTooLong(Exception):
    """A row's lines add up to more than ROW_LIMIT characters."""


def _quote_message(error: Exception) -> str:
    if isinstance(error, _RowTooLong):
        return (
            f'the row is longer than {ROW_LIMIT // 1_000_000} MB: a quote (") opened on this '
            "line is probably never closed"
        )
    text = str(error)
    if "unexpected end of data" in text:
        return 'a quote (") opened on this line is never closed'
    if "expected after" in text:
        return 'a quoted cell goes on after its closing quote; write a " inside quotes as ""'
    return f"the row's quoting is broken ({text})"
