"""Writing orders out in Seller Desk's own format, as CSV or TSV, one row per item.

Every cell goes through :func:`native.neutralise`, so a spreadsheet never runs a cell as a
formula and Seller Desk's importer gives back exactly what was written.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TextIO

from desktop_app.core.money import to_decimal_str
from desktop_app.io.fields import FIELDS, MONEY_FIELDS
from desktop_app.io.native import COLUMNS, DISPLAY_ONLY, neutralise

HEADER: list[str] = [*COLUMNS, *DISPLAY_ONLY]
_FIELD_ORDER = list(COLUMNS.values())
_ITEM_FIELDS = frozenset(name for name in _FIELD_ORDER if FIELDS[name].level.value == "item")


def _cell(name: str, value: object, currency: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if name in MONEY_FIELDS and isinstance(value, int):
        return to_decimal_str(value, currency)
    return neutralise(str(value))


class ExportWriter:
    """Write the header, then :meth:`write` one row per item (or per item-less order)."""

    def __init__(self, stream: TextIO, *, delimiter: str = ",") -> None:
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        self._writer.writerow(HEADER)
        self.rows = 0

    def write(
        self,
        order: Mapping[str, object],
        item: Mapping[str, object] | None,
        *,
        total_minor: int,
        units: int,
    ) -> None:
        """``order`` and ``item`` hold field values (money as minor units in the currency)."""
        currency = str(order["currency"])
        cells = [
            _cell(
                name, (item or {}).get(name) if name in _ITEM_FIELDS else order.get(name), currency
            )
            for name in _FIELD_ORDER
        ]
        cells.append(to_decimal_str(total_minor, currency))
        cells.append(str(units))
        self._writer.writerow(cells)
        self.rows += 1
