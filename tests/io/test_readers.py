"""Report files as sellers get them: each ends in rows read correctly or a clear error."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.io.detect import Format, open_report
from desktop_app.io.errors import ReadError, RowError
from desktop_app.io.fields import RowData
from desktop_app.io.generic import ColumnMapping
from desktop_app.io.grouping import batches

HEADER = [
    "amazon-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sku",
    "quantity",
    "currency",
    "item-price",
    "product-name",
]
T = "2024-05-01T10:00:00+00:00"


def row(
    order: str = "111-1", sku: str = "A", qty: str = "1", price: str = "9.99", **kw: str
) -> list[str]:
    cells = {
        "amazon-order-id": order,
        "purchase-date": T,
        "last-updated-date": T,
        "order-status": "Unshipped",
        "fulfillment-channel": "Merchant",
        "sku": sku,
        "quantity": qty,
        "currency": "USD",
        "item-price": price,
        "product-name": f"Product {sku}",
    }
    cells.update({k.replace("_", "-"): v for k, v in kw.items()})
    return [cells[h] for h in HEADER]


def write(
    tmp_path: Path,
    rows: list[list[str]],
    header: list[str] = HEADER,
    *,
    encoding: str = "utf-8",
    newline: str = "\n",
    bom: bool = False,
    sep: str = "\t",
) -> Path:
    text = newline.join(sep.join(r) for r in [header, *rows]) + newline
    data = text.encode(encoding)
    path = tmp_path / "report.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def read(path: Path, **kw: object) -> tuple[list[RowData], list[RowError]]:
    good: list[RowData] = []
    bad: list[RowError] = []
    with open_report(path, **kw) as report:  # type: ignore[arg-type]
        for item in report.rows():
            (bad if isinstance(item, RowError) else good).append(item)  # type: ignore[arg-type]
    return good, bad


def test_an_order_of_several_items_with_continuation_rows(tmp_path: Path) -> None:
    first = row(sku="A", qty="2")
    continuation = ["111-1", "", "", "", "", "B", "1", "", "5.50", "Cup"]
    path = write(tmp_path, [first, continuation, row(order="111-2", sku="C")])
    good, bad = read(path)
    assert bad == []
    assert [(r.order_id, r.item and r.item["sku"]) for r in good] == [
        ("111-1", "A"),
        ("111-1", "B"),
        ("111-2", "C"),
    ]
    assert good[1].order == {}
    assert good[0].order["purchase_date"] == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert good[0].order["status"] == "Unshipped" and good[0].order["channel"] == "MFN"
    (batch,) = batches(good)
    assert list(batch.orders["111-1"].items) == ["sku:A", "sku:B"]


def test_status_words_of_the_report_are_mapped(tmp_path: Path) -> None:
    words = ["Complete", "Shipped - Delivered to Buyer", "Shipping", "Pending", "Cancelled"]
    rows = [row(order=f"o{i}", order_status=w) for i, w in enumerate(words)]
    good, bad = read(write(tmp_path, rows))
    assert bad == []
    assert [r.order["status"] for r in good] == [
        "Shipped",
        "Shipped",
        "PartiallyShipped",
        "Pending",
        "Canceled",
    ]


def test_unknown_extra_columns_are_ignored(tmp_path: Path) -> None:
    header = [*HEADER, "gift-wrap-type", "something-new"]
    good, bad = read(write(tmp_path, [[*row(), "x", "y"]], header))
    assert bad == [] and len(good) == 1


def test_a_missing_required_column_is_named(tmp_path: Path) -> None:
    header = [h for h in HEADER if h != "quantity"]
    path = write(tmp_path, [row()[:6] + row()[7:]], header)
    with pytest.raises(ReadError) as error:
        read(path)
    assert "quantity" in str(error.value) and "report.txt" in str(error.value)
    assert error.value.line == 1 and error.value.field == "quantity"


@pytest.mark.parametrize(
    ("cells", "field", "words"),
    [
        ({"purchase_date": "31/02/2024"}, "purchase-date", "not a date"),
        ({"qty": "-2"}, "quantity", "negative"),
        ({"qty": "two"}, "quantity", "not a whole number"),
        ({"qty": "1.5"}, "quantity", "not a whole number"),
        ({"price": "-3.00"}, "item-price", "negative"),
        ({"price": "12,34abc"}, "item-price", "not an amount"),
        ({"price": "NaN"}, "item-price", "not an amount"),
        ({"order_status": "Teleported"}, "order-status", "status"),
    ],
)
def test_bad_cells_are_errors_naming_line_and_column(
    tmp_path: Path, cells: dict[str, str], field: str, words: str
) -> None:
    good, bad = read(write(tmp_path, [row(order="ok"), row(order="bad", **cells)]))
    assert [r.order_id for r in good] == ["ok"]
    assert len(bad) == 1
    assert bad[0].line == 3 and bad[0].field == field and words in bad[0].message
    assert bad[0].order_id == "bad"


def test_an_empty_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        read(path)


def test_a_header_only_file_has_no_rows(tmp_path: Path) -> None:
    assert read(write(tmp_path, [])) == ([], [])


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path, [row(product_name="Café ü")], bom=True, newline="\r\n")
    good, bad = read(path)
    assert bad == [] and good[0].item is not None
    assert good[0].item["product_name"] == "Café ü"
    assert good[0].order_id == "111-1"


def test_cp1252_text_is_recognised(tmp_path: Path) -> None:
    rows = [row(order="a"), row(order="b", product_name="Tasse 5€ für Müller")]
    good, bad = read(write(tmp_path, rows, encoding="cp1252"))
    assert bad == []
    assert good[1].item is not None and good[1].item["product_name"] == "Tasse 5€ für Müller"


def test_shift_jis_on_request_and_an_error_without(tmp_path: Path) -> None:
    rows = [row(product_name="ゆのみ 茶碗")]
    path = write(tmp_path, rows, encoding="shift_jis")
    good, bad = read(path, encoding="Shift_JIS")
    assert bad == [] and good[0].item is not None
    assert good[0].item["product_name"] == "ゆのみ 茶碗"


def test_undecodable_bytes_are_an_error_at_their_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    lines = ["\t".join(HEADER), "\t".join(row(order="a", product_name="naïve"))]
    data = "\n".join(lines).encode() + b"\n" + "\t".join(row(order="b")).encode()
    path.write_bytes(
        data + b"\n" + "\t".join(row(order="c", product_name="X")).encode()[:-1] + b"\x81\n"
    )
    good, bad = read(path)
    assert [r.order_id for r in good] == ["a", "b"]
    assert len(bad) == 1 and bad[0].line == 4 and bad[0].field == "product-name"
    assert "cannot be read as UTF-8" in bad[0].message


def test_quoted_fields_with_tabs_and_newlines(tmp_path: Path) -> None:
    header = ",".join(HEADER)
    cells = row(product_name="x")
    cells[-1] = '"Twelve-inch, with ""quotes"" and a comma"'
    path = tmp_path / "q.csv"
    path.write_text(header + "\n" + ",".join(cells) + "\n" + ",".join(row(order="z")) + "\n")
    good, bad = read(path)
    assert bad == []
    assert good[0].item is not None
    assert good[0].item["product_name"] == 'Twelve-inch, with "quotes" and a comma'
    assert good[1].line == 3


def test_a_line_over_a_megabyte_is_rejected_at_its_line_and_the_next_row_still_read(
    tmp_path: Path,
) -> None:
    big = "x" * 1_100_000
    good, bad = read(write(tmp_path, [row(product_name=big), row(order="111-2")]))
    assert [r.order_id for r in good] == ["111-2"]
    assert len(bad) == 1 and bad[0].line == 2 and "longer than 1 MB" in bad[0].message


def test_a_too_long_order_id_is_an_error(tmp_path: Path) -> None:
    good, bad = read(write(tmp_path, [row(order="9" * 100_000)]))
    assert good == [] and bad[0].field == "amazon-order-id" and "longer than 64" in bad[0].message


def test_duplicate_rows_are_merged_and_contradictions_refused(tmp_path: Path) -> None:
    rows = [row(), row(), row(order="x", price="1.00"), row(order="x", price="2.00")]
    good, bad = read(write(tmp_path, rows))
    (batch,) = batches([*good, *bad])
    assert batch.duplicates == 1
    assert "111-1" in batch.orders and "x" not in batch.orders
    conflict = next(e for e in batch.errors if "again with different values" in e.message)
    assert conflict.line == 5 and conflict.field == "sku"


def test_rows_with_too_many_or_too_few_fields(tmp_path: Path) -> None:
    rows = [row(order="ok"), row(order="few")[:5], [*row(order="many"), "surprise"]]
    good, bad = read(write(tmp_path, rows))
    assert [r.order_id for r in good] == ["ok"]
    assert (bad[0].line, bad[0].field) == (3, "sku")
    assert "5 fields" in bad[0].message
    assert bad[1].line == 4 and "only 10" in bad[1].message


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ReadError) as error:
        read(path)
    assert "junk.bin" in str(error.value)


def test_unshipped_report(tmp_path: Path) -> None:
    header = ["order-id", "order-item-id", "purchase-date", "sku", "quantity-purchased",
              "quantity-shipped", "quantity-to-ship", "promise-date", "recipient-name"]  # fmt: skip
    cells = ["222-1", "it-1", T, "A", "2", "0", "2", "2024-05-03T23:59:59+00:00", "Jo"]
    good, bad = read(write(tmp_path, [cells], header))
    assert bad == []
    assert good[0].order["status"] == "Unshipped" and good[0].order["channel"] == "MFN"
    assert good[0].item == {
        "order_item_id": "it-1",
        "sku": "A",
        "quantity": 2,
        "quantity_shipped": 0,
    }


def test_any_csv_through_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(
        "Bestellnr;Datum;Artikel;Menge;Preis\nB-1;31.05.2024 14:05;TASSE;2;1.234,50\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping(
        "shop",
        {
            "order_id": "Bestellnr",
            "purchase_date": "Datum",
            "sku": "Artikel",
            "quantity": "Menge",
            "item_price": "Preis",
        },
        decimal_comma=True,
        date_format="%d.%m.%Y %H:%M",
        defaults={"currency": "EUR", "channel": "MFN", "status": "Unshipped"},
    )
    good, bad = read(path, mapping=mapping)
    assert bad == []
    assert good[0].item is not None and good[0].item["item_price"] == Decimal("1234.50")
    assert good[0].order["currency"] == "EUR"
    assert good[0].order["purchase_date"] == datetime(2024, 5, 31, 14, 5, tzinfo=UTC)
    with pytest.raises(ReadError, match="column mapping"):
        read(path, fmt=Format.MAPPED)


def test_an_unknown_header_asks_for_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(ReadError, match="column mapping"):
        read(path)
