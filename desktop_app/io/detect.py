"""Open a report file and recognise its format from the header."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, tzinfo
from enum import StrEnum
from pathlib import Path

from desktop_app.core.text import Msg
from desktop_app.io import amazon, generic, native
from desktop_app.io.errors import ReadError
from desktop_app.io.table import Layout, Report


class Format(StrEnum):
    AUTO = "auto"
    ALL_ORDERS = "amazon-all-orders"
    UNSHIPPED = "amazon-unshipped"
    NATIVE = "seller-desk"
    MAPPED = "csv"  # any CSV through a column mapping


def choose_layout(
    header: list[str],
    fmt: Format = Format.AUTO,
    mapping: generic.ColumnMapping | None = None,
    zone: tzinfo = UTC,
) -> Layout:
    lowered = {h.lower() for h in header}
    if fmt is Format.MAPPED or (fmt is Format.AUTO and mapping is not None):
        if mapping is None:
            raise ReadError(Msg("Import", "a CSV needs a column mapping: choose or create one"))
        return generic.layout_for(mapping, zone)
    if fmt is Format.NATIVE or (fmt is Format.AUTO and native.looks_native(header)):
        return native.NATIVE
    if fmt is Format.ALL_ORDERS or (fmt is Format.AUTO and amazon.looks_like_all_orders(lowered)):
        return amazon.ALL_ORDERS
    if fmt is Format.UNSHIPPED or (fmt is Format.AUTO and amazon.looks_like_unshipped(lowered)):
        return amazon.UNSHIPPED
    shown = ", ".join(repr(h) for h in header[:4]) + (", ..." if len(header) > 4 else "")
    raise ReadError(
        Msg(
            "Import",
            "the header ({shown}) is not an Amazon order report or a Seller Desk export; "
            "import it with a column mapping",
        ).format(shown=shown),
        line=1,
    )


@contextmanager
def open_report(
    path: Path,
    *,
    fmt: Format = Format.AUTO,
    encoding: str | None = None,
    mapping: generic.ColumnMapping | None = None,
    zone: tzinfo = UTC,
) -> Iterator[Report]:
    """Open ``path`` for streaming; ReadError (naming the file) when it cannot be read."""
    name = path.name
    try:
        stream = path.open("rb")
    except OSError as error:
        raise ReadError(
            Msg("Import", "cannot open the file ({problem})").format(problem=error.strerror),
            file=name,
        ) from None
    with stream:
        size = os.fstat(stream.fileno()).st_size
        delimiter = mapping.delimiter if mapping is not None else None
        try:
            report = Report(
                stream,
                name=name,
                total_bytes=size,
                encoding=encoding,
                choose_layout=lambda header: choose_layout(header, fmt, mapping, zone),
                delimiter=delimiter,
            )
        except ReadError as error:
            raise (error if error.file else error.in_file(name)) from None
        yield report
