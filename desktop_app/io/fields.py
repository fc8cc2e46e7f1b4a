"""The fields every reader fills, and how a cell's text becomes a value.

Readers map their own column names onto these fields; a row becomes a :class:`RowData` with
the order-level values the row gives (continuation rows may give none) and its item's values.
Converters raise ``ValueError`` with a sentence; the reader turns it into a RowError naming
the line and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from enum import Enum

from desktop_app.core.currencies import is_currency
from desktop_app.core.status import Channel, ItemStatus, OrderStatus
from desktop_app.core.text import Msg
from desktop_app.io.status_words import (
    item_status_from_word,
    order_status_from_word,
    return_state_from_word,
)


class Level(Enum):
    ORDER = "order"
    ITEM = "item"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    level: Level
    kind: str  # text, datetime, count, money, discount, bool, status, item_status, channel...
    max_len: int | None = None


def _f(name: str, level: Level, kind: str, max_len: int | None = None) -> Field:
    return Field(name, level, kind, max_len)


ORD, ITM = Level.ORDER, Level.ITEM
FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        _f("order_id", ORD, "text", 64),
        _f("merchant_order_id", ORD, "text", 64),
        _f("purchase_date", ORD, "datetime"),
        _f("last_updated", ORD, "datetime"),
        _f("status", ORD, "status"),
        _f("channel", ORD, "channel"),
        _f("marketplace", ORD, "text", 64),
        _f("ship_service_level", ORD, "text", 32),
        _f("latest_ship_date", ORD, "datetime"),
        _f("shipped_at", ORD, "datetime"),
        _f("currency", ORD, "currency"),
        _f("ship_city", ORD, "text", 100),
        _f("ship_state", ORD, "text", 100),
        _f("ship_postal_code", ORD, "text", 32),
        _f("ship_country", ORD, "country"),
        _f("is_business_order", ORD, "bool"),
        _f("cancel_counted", ORD, "bool"),
        _f("buyer_requested", ORD, "bool"),
        _f("buyer_cancel_reason", ORD, "note", 2_000),
        _f("return_state", ORD, "return_state"),
        _f("order_item_id", ITM, "text", 64),
        _f("sku", ITM, "text", 64),
        _f("asin", ITM, "text", 16),
        _f("product_name", ITM, "text", 1_000),
        _f("item_status", ITM, "item_status"),
        _f("quantity", ITM, "count"),
        _f("quantity_shipped", ITM, "count"),
        _f("quantity_cancelled", ITM, "count"),
        _f("item_price", ITM, "money"),
        _f("item_tax", ITM, "money"),
        _f("shipping_price", ITM, "money"),
        _f("shipping_tax", ITM, "money"),
        _f("item_promotion_discount", ITM, "discount"),
        _f("ship_promotion_discount", ITM, "discount"),
        _f("promotion_discount", ITM, "discount"),
        _f("customised", ITM, "bool"),
    )
}

MONEY_FIELDS = (
    "item_price",
    "item_tax",
    "shipping_price",
    "shipping_tax",
    "item_promotion_discount",
    "ship_promotion_discount",
    "promotion_discount",
)


@dataclass(slots=True)
class RowData:
    """One valid row: ``order`` holds the order-level values it gives, ``item`` its item's."""

    line: int
    order_id: str
    order: dict[str, object]
    item: dict[str, object] | None


@dataclass(frozen=True, slots=True)
class CellOptions:
    """How cells are written in a file: generic CSVs vary, Amazon's and ours do not."""

    zone: tzinfo = UTC  # for date-times without an offset
    date_format: str | None = None  # a strptime pattern; None: ISO 8601
    decimal_comma: bool = False
    strip: bool = True
    unescape: bool = False  # undo the export's formula neutralisation (our own format)
    extra: dict[str, object] = field(default_factory=dict)


Converter = Callable[[str], object]

_TRUE = frozenset({"true", "yes", "y", "1", "t"})
_FALSE = frozenset({"false", "no", "n", "0", "f"})
_CHANNELS = {
    "mfn": Channel.MFN,
    "merchant": Channel.MFN,
    "seller": Channel.MFN,
    "fbm": Channel.MFN,
    "afn": Channel.AFN,
    "amazon": Channel.AFN,
    "fba": Channel.AFN,
}


def to_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(
        Msg("Import", "{value} is not yes/no (use true or false)").format(value=repr(text))
    )


def to_count(text: str) -> int:
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit():
        value = int(stripped)
        if value <= 2_000_000_000:
            return value
        raise ValueError(Msg("Import", "{value} is too large a quantity").format(value=stripped))
    if stripped.startswith("-") and stripped[1:].isdigit():
        raise ValueError(
            Msg("Import", "a quantity cannot be negative ({value})").format(value=stripped)
        )
    raise ValueError(Msg("Import", "{value} is not a whole number").format(value=repr(text)))


def _not_an_amount(text: str) -> Msg:
    return Msg("Import", "{value} is not an amount").format(value=repr(text))


def to_amount(text: str, decimal_comma: bool = False) -> Decimal:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    if not cleaned.isascii() or "_" in cleaned:
        raise ValueError(_not_an_amount(text))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(_not_an_amount(text)) from None
    if not value.is_finite() or abs(value) >= Decimal("1e12"):
        raise ValueError(_not_an_amount(text))
    return value


def to_price(text: str, decimal_comma: bool = False) -> Decimal:
    value = to_amount(text, decimal_comma)
    if value < 0:
        raise ValueError(
            Msg("Import", "a price cannot be negative ({value})").format(value=text.strip())
        )
    return value


def to_discount(text: str, decimal_comma: bool = False) -> Decimal:
    """Amazon writes promotion discounts with either sign; it is always money off."""
    return abs(to_amount(text, decimal_comma))


def make_datetime(zone: tzinfo, date_format: str | None) -> Converter:
    cache: dict[str, datetime] = {}

    def convert(text: str) -> datetime:
        found = cache.get(text)
        if found is not None:
            return found
        stripped = text.strip()
        if not stripped.isascii():
            raise ValueError(
                Msg("Import", "{value} is not a date and time (digits 0-9 only)").format(
                    value=repr(text)
                )
            )
        try:
            if date_format:
                moment = datetime.strptime(stripped, date_format)
            else:
                moment = datetime.fromisoformat(stripped)
        except ValueError:
            form = date_format or Msg("Import", "ISO 8601, e.g. 2024-05-31T14:05:00+00:00")
            raise ValueError(
                Msg("Import", "{value} is not a date and time ({form})").format(
                    value=repr(text), form=form
                )
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
        if not 1990 <= moment.year <= 2200:
            raise ValueError(
                Msg("Import", "{value} is not a plausible date").format(value=repr(text))
            )
        value = moment.astimezone(UTC)
        if len(cache) > 4096:
            cache.clear()
        cache[text] = value
        return value

    return convert


def to_currency(text: str) -> str:
    code = text.strip().upper()
    if is_currency(code):
        return code
    raise ValueError(
        Msg("Import", "{value} is not an ISO 4217 currency code such as USD, EUR or INR").format(
            value=repr(text)
        )
    )


def to_country(text: str) -> str:
    code = text.strip().upper()
    if len(code) == 2 and code.isascii() and code.isalpha():
        return code
    raise ValueError(
        Msg("Import", "{value} is not a two-letter country code").format(value=repr(text))
    )


def to_channel(text: str) -> str:
    found = _CHANNELS.get(text.strip().lower())
    if found is None:
        raise ValueError(
            Msg(
                "Import", "{value} is not a fulfilment channel (Merchant/MFN or Amazon/AFN)"
            ).format(value=repr(text))
        )
    return found.value


def to_status(text: str) -> str:
    status: OrderStatus | None = order_status_from_word(text)
    if status is None:
        raise ValueError(
            Msg("Import", "{value} is not an order status Seller Desk knows").format(
                value=repr(text)
            )
        )
    return status.value


def status_through(table: object) -> Converter:
    """to_status, reading the file's own words first (``{"versandt": "Shipped"}``, keys as
    io.generic.status_key writes them: case-folded, single spaces)."""
    words = dict(table) if isinstance(table, dict) else {}

    def convert(text: str) -> str:
        found = words.get(" ".join(text.split()).casefold())
        return str(found) if found else to_status(text)

    return convert


def to_item_status(text: str) -> str:
    status: ItemStatus | None = item_status_from_word(text)
    if status is None:
        raise ValueError(
            Msg("Import", "{value} is not an item status Seller Desk knows").format(
                value=repr(text)
            )
        )
    return status.value


# control characters, and a byte-order mark anywhere but the file's start; a note may keep its
# line breaks
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029]")
_NOTE_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]")


def _check_plain(text: str, pattern: re.Pattern[str]) -> None:
    """ValueError when ``text`` holds a character ``pattern`` refuses (called only for text
    that is not all printable, which ``str.isprintable`` answers in C for the common case)."""
    found = pattern.search(text)
    if found is not None:
        char = found.group()
        what = (
            Msg("Import", "a byte-order mark (U+FEFF)")
            if char == "\ufeff"
            else f"U+{ord(char):04X}"
        )
        raise ValueError(
            Msg("Import", "holds a control character ({what}) at position {position}").format(
                what=what, position=found.start() + 1
            )
        )


def make_text(max_len: int | None, *, note: bool = False) -> Converter:
    pattern = _NOTE_CONTROL if note else _CONTROL

    def convert(text: str) -> str:
        if max_len is not None and len(text) > max_len:
            raise ValueError(
                Msg("Import", "longer than {limit} characters ({length})").format(
                    limit=max_len, length=len(text)
                )
            )
        if not text.isprintable():
            _check_plain(text, pattern)
        return text

    return convert


def to_return_state(text: str) -> str | None:
    found = return_state_from_word(text)
    return found.value if found is not None else None


def cached(convert: Converter, size: int = 8192) -> Converter:
    """Remember results: prices, quantities and status words repeat across a report."""
    memo: dict[str, object] = {}

    def lookup(text: str) -> object:
        try:
            return memo[text]
        except KeyError:
            value = convert(text)  # a ValueError is not remembered: it is raised each time
            if len(memo) >= size:
                memo.clear()
            memo[text] = value
            return value

    return lookup


_REPEATED_TEXT = frozenset(
    {"sku", "asin", "product_name", "ship_city", "ship_state", "ship_postal_code",
     "marketplace", "ship_service_level"}
)  # fmt: skip


def converter(spec: Field, options: CellOptions) -> Converter:
    """The function that turns a cell of ``spec`` into its value."""
    found = _converter(spec, options)
    if spec.kind in ("text", "note", "datetime"):
        # texts that repeat down a report (a shop has a few hundred products and cities) are
        # checked once; ids and notes are unique
        return cached(found) if spec.name in _REPEATED_TEXT else found
    return cached(found)


def _converter(spec: Field, options: CellOptions) -> Converter:
    kind = spec.kind
    comma = options.decimal_comma
    if kind == "text":
        return make_text(spec.max_len)
    if kind == "note":
        return make_text(spec.max_len, note=True)
    if kind == "datetime":
        return make_datetime(options.zone, options.date_format)
    if kind == "count":
        return to_count
    if kind == "money":
        return (lambda t: to_price(t, True)) if comma else to_price
    if kind == "discount":
        return (lambda t: to_discount(t, True)) if comma else to_discount
    if kind == "status" and options.extra.get("status_values"):
        return status_through(options.extra["status_values"])  # a column mapping's own words
    simple: dict[str, Converter] = {
        "bool": to_bool,
        "status": to_status,
        "item_status": to_item_status,
        "channel": to_channel,
        "currency": to_currency,
        "country": to_country,
        "return_state": to_return_state,
    }
    return simple[kind]
