"""The hostile corpus: report files an attacker or an unlucky seller could hand Seller Desk.

Each entry is an Amazon All Orders report (or bytes that pretend to be one) built from a
valid two-order report with one thing made hostile: markup, credentials, control characters,
sizes, encodings, a BOM in the middle, digits from another script. ``normalised`` says what
the readers must do with it once input is normalised at their edge (issue 14.6): ``None`` when
the file is fine as it is (it must import, literally), else the name of the rule it breaks (the
row or the file must be refused, naming the line).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.io.sample_report import COLUMNS

GOOD_ID = "111-0000001-0000001"
OTHER_ID = "111-0000002-0000002"


def row(**cells: str) -> dict[str, str]:
    base = {
        "amazon-order-id": GOOD_ID,
        "purchase-date": "2026-11-18T10:00:00+00:00",
        "last-updated-date": "2026-11-18T11:00:00+00:00",
        "order-status": "Unshipped",
        "fulfillment-channel": "Merchant",
        "sales-channel": "Amazon.com",
        "ship-service-level": "Standard",
        "product-name": "Blue mug",
        "sku": "MUG-BLUE",
        "asin": "B000000001",
        "item-status": "Unshipped",
        "quantity": "2",
        "currency": "USD",
        "item-price": "24.00",
        "item-tax": "0.00",
        "shipping-price": "4.99",
        "shipping-tax": "0.00",
        "ship-city": "Seattle",
        "ship-state": "WA",
        "ship-postal-code": "98101",
        "ship-country": "US",
        "is-business-order": "false",
        "is-buyer-requested-cancellation": "false",
        "buyer-requested-cancel-reason": "",
    }
    base.update({k.replace("_", "-"): v for k, v in cells.items()})
    return base


def report(*rows: dict[str, str], bom: bool = False) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(r.get(c, "") for c in COLUMNS) for r in rows]
    return ("\ufeff" if bom else "") + "\r\n".join(lines) + "\r\n"


def second(**cells: str) -> dict[str, str]:
    return row(**{"amazon_order_id": OTHER_ID, "sku": "TEA-GREEN", "product_name": "Green tea",
                  **cells})  # fmt: skip


@dataclass(frozen=True)
class Entry:
    name: str
    build: Callable[[], bytes]
    normalised: str | None = None  # the issue 14.6 rule this file breaks, None: it is fine
    encoding: str | None = None  # what the seller would pass as --encoding
    literal: str | None = None  # text that must come back exactly as typed (fine files)
    refused: bool = False  # a fine reader refuses the whole file, naming it (not a row)


MARKUP = "<img src=/etc/hostname><a href='https://evil.example'>x</a><script>alert(1)</script>"
FORMULA = '=HYPERLINK("https://evil.example","click")'
CREDENTIAL = "postgresql://admin:FileSecret9@db.example.com/shop?password=FileSecret9"

ENTRIES: tuple[Entry, ...] = (
    Entry("plain", lambda: report(row(), second()).encode()),
    Entry(
        "markup in every text field",
        lambda: report(
            row(
                product_name=MARKUP,
                ship_city=f"<b>{MARKUP}</b>",
                buyer_requested_cancel_reason=MARKUP,
                is_buyer_requested_cancellation="true",
            ),
            second(sku="<i>TEA</i>"),
        ).encode(),
        literal=MARKUP,
    ),
    Entry(
        "a spreadsheet formula",
        lambda: report(row(product_name=FORMULA), second()).encode(),
        literal=FORMULA,
    ),
    Entry(
        "a database address with a password as product name",
        lambda: report(row(product_name=CREDENTIAL), second()).encode(),
    ),
    Entry(
        "inch marks",
        lambda: report(row(product_name='12" Pizza Stone'), second()).encode(),
        literal='12" Pizza Stone',
    ),
    Entry(
        "a title that opens a quote and never closes it",
        lambda: report(row(), second(product_name='"Open quote, 2 pack')).encode(),
        literal='"Open quote, 2 pack',
    ),
    Entry("utf-8 with a BOM at the start", lambda: report(row(), second(), bom=True).encode()),
    Entry(
        "cp1252 bytes",
        lambda: report(row(product_name="Café crème – 12€"), second()).encode("cp1252"),
        literal="Café crème – 12€",
    ),
    Entry(
        "shift_jis with --encoding",
        lambda: report(row(product_name="抹茶 ティーセット"), second()).encode("shift_jis"),
        encoding="shift_jis",
        literal="抹茶 ティーセット",
    ),
    Entry(
        "utf-16",
        lambda: report(row(), second()).encode("utf-16"),
        refused=True,
    ),
    Entry("empty file", lambda: b"", refused=True),
    Entry("header only", lambda: report().encode()),
    Entry("binary garbage", lambda: bytes(range(256)) * 8, refused=True),
    Entry(
        "invalid utf-8 in the middle",
        lambda: report(row(product_name="X"), second()).encode().replace(b"X", b"\xc3\x28\xff"),
    ),
    Entry(
        "a NUL byte in an order id",
        lambda: report(row(amazon_order_id="111-00\x0000001-0000001"), second()).encode(),
        normalised="control characters",
    ),
    Entry(
        "terminal escapes in a product name",
        lambda: report(row(product_name="Mug\x1b]0;pwned\x07\x1b[2J"), second()).encode(),
        normalised="control characters",
    ),
    Entry(
        "a BOM in the middle of an order id",
        lambda: report(row(), second(amazon_order_id="\ufeff" + OTHER_ID)).encode(),
        normalised="BOM only at the start",
    ),
    Entry(
        "Arabic-Indic digits in a quantity",
        lambda: report(row(quantity="٣"), second()).encode(),
        normalised="ASCII digits",
    ),
    Entry(
        "full-width digits in a price",
        lambda: report(row(item_price="２４.００"), second()).encode(),
        normalised="ASCII digits",
    ),
    Entry(
        "a 2 MB product name",
        lambda: report(row(product_name="M" * 2_000_000), second()).encode(),
        normalised="size limits",
    ),
    Entry(
        "a 10 kB SKU",
        lambda: report(row(sku="S" * 10_000), second()).encode(),
        normalised="size limits",
    ),
    Entry(
        "a 5 kB order id",
        lambda: report(row(amazon_order_id="1" * 5_000), second()).encode(),
        normalised="size limits",
    ),
)
