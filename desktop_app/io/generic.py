"""Any CSV (comma, semicolon or tab) read through a column mapping the seller sets once.

A :class:`ColumnMapping` names, for each Seller Desk field, the file's column that holds it,
plus how the file writes numbers and dates. It is saved as JSON under a name
(``services.mappings``) and reused for every file of the same shape.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, tzinfo
from typing import Any

from desktop_app.io.errors import ReadError
from desktop_app.io.fields import FIELDS, CellOptions, converter
from desktop_app.io.table import Layout

# The fields a mapping may fill, with the label the mapping dialog shows.
TARGETS: dict[str, str] = {
    "order_id": "Order ID",
    "purchase_date": "Purchase date",
    "sku": "SKU",
    "quantity": "Quantity",
    "product_name": "Product name",
    "status": "Order status",
    "item_status": "Item status",
    "channel": "Fulfilment channel",
    "currency": "Currency",
    "item_price": "Item price",
    "item_tax": "Item tax",
    "shipping_price": "Shipping price",
    "shipping_tax": "Shipping tax",
    "promotion_discount": "Promotion discount",
    "merchant_order_id": "Your order number",
    "last_updated": "Last updated",
    "marketplace": "Marketplace",
    "ship_service_level": "Shipping service",
    "latest_ship_date": "Ship by",
    "ship_city": "City",
    "ship_state": "State / region",
    "ship_postal_code": "Postal code",
    "ship_country": "Country",
    "is_business_order": "Business order",
    "asin": "ASIN",
    "order_item_id": "Order item ID",
    "buyer_requested": "Buyer requested cancellation",
    "buyer_cancel_reason": "Buyer's cancellation reason",
}
REQUIRED_TARGETS = ("order_id", "purchase_date", "sku", "quantity")

# Date forms offered in the dialog: None is ISO 8601 (2024-05-31 or 2024-05-31T14:05:00).
DATE_FORMATS: dict[str, str | None] = {
    "ISO (2024-05-31 14:05)": None,
    "31/05/2024 14:05": "%d/%m/%Y %H:%M",
    "31/05/2024": "%d/%m/%Y",
    "05/31/2024 14:05": "%m/%d/%Y %H:%M",
    "05/31/2024": "%m/%d/%Y",
    "31.05.2024 14:05": "%d.%m.%Y %H:%M",
    "31.05.2024": "%d.%m.%Y",
    "2024/05/31 14:05": "%Y/%m/%d %H:%M",
    "2024/05/31": "%Y/%m/%d",
}


@dataclass(frozen=True)
class ColumnMapping:
    """``columns``: Seller Desk field -> the file's header; ``defaults``: field -> value for
    every row (e.g. currency EUR when the file has no currency column)."""

    name: str
    columns: dict[str, str]
    delimiter: str | None = None  # None: sniffed from the header line
    decimal_comma: bool = False
    date_format: str | None = None
    defaults: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data: Any = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a column mapping is a JSON object")
        return cls(
            name=str(data["name"]),
            columns={str(k): str(v) for k, v in dict(data["columns"]).items()},
            delimiter=data.get("delimiter"),
            decimal_comma=bool(data.get("decimal_comma", False)),
            date_format=data.get("date_format"),
            defaults={str(k): str(v) for k, v in dict(data.get("defaults", {})).items()},
        )

    def problems(self) -> list[str]:
        """What is wrong with the mapping itself, as sentences (empty when it is usable)."""
        found = [
            f"{TARGETS[t]} is not mapped to a column"
            for t in REQUIRED_TARGETS
            if t not in self.columns
        ]
        found += [
            f"{f!r} is not a field Seller Desk knows" for f in self.columns if f not in FIELDS
        ]
        return found


def layout_for(mapping: ColumnMapping, zone: tzinfo = UTC) -> Layout:
    problems = mapping.problems()
    if problems:
        raise ReadError(f"the column mapping {mapping.name!r} is incomplete: {'; '.join(problems)}")
    options = CellOptions(
        zone=zone, date_format=mapping.date_format, decimal_comma=mapping.decimal_comma
    )
    implied: dict[str, object] = {}
    for name, text in mapping.defaults.items():
        if name not in FIELDS or not text:
            continue
        try:
            implied[name] = converter(FIELDS[name], options)(text)
        except ValueError as error:
            raise ReadError(f"the mapping's default for {name}: {error}") from None
    headers = {header: name for name, header in mapping.columns.items()}
    return Layout(
        name=f"mapping:{mapping.name}",
        columns=headers,
        required_columns=tuple(mapping.columns[t] for t in REQUIRED_TARGETS),
        required_values=("order_id", "sku", "quantity"),
        implied=implied,
        options=options,
        ignore_case=False,
    )
