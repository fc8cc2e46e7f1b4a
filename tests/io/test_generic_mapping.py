"""Column mappings for any CSV: what they need, how they are saved, and the guesses the mapping
dialog starts from (headers, decimal comma, date form, status words in six languages)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.core.status import OrderStatus
from desktop_app.io.detect import Format, open_report
from desktop_app.io.errors import ReadError, RowError
from desktop_app.io.fields import RowData
from desktop_app.io.generic import (
    CHANNEL_CHOICES,
    STATUS_CHOICES,
    ColumnMapping,
    guess_columns,
    guess_date_format,
    guess_decimal_comma,
    guess_status,
    guess_status_values,
    layout_for,
)

COLUMNS = {"order_id": "Nr", "purchase_date": "Datum", "sku": "Art", "quantity": "Menge"}
GERMAN_CSV = (
    "Bestellnummer;Datum;Artikelnummer;Menge;Preis;Status\n"
    "DE-1001;03.11.2026;MUG-RED;2;12,50;Versandt\n"
    "DE-1002;03.11.2026;TEA-GREEN;1;8,90;Offen\n"
    "DE-1003;04.11.2026;LAMP-01;1;1.042,00;Storniert\n"
)
GERMAN = ColumnMapping(
    "Mein Shop",
    {
        "order_id": "Bestellnummer",
        "purchase_date": "Datum",
        "sku": "Artikelnummer",
        "quantity": "Menge",
        "item_price": "Preis",
        "status": "Status",
    },
    delimiter=";",
    decimal_comma=True,
    date_format="%d.%m.%Y",
    defaults={"channel": "MFN", "currency": "EUR"},
    status_values={"Versandt": "Shipped", "Offen": "Unshipped", "Storniert": "Canceled"},
)


def read(path: Path, mapping: ColumnMapping) -> tuple[list[RowData], list[RowError]]:
    good: list[RowData] = []
    bad: list[RowError] = []
    with open_report(path, fmt=Format.MAPPED, mapping=mapping) as report:
        for row in report.rows():
            if isinstance(row, RowData):
                good.append(row)
            else:
                bad.append(row)
    return good, bad


# --- what a mapping needs ------------------------------------------------------------------


def test_a_new_order_needs_a_status_and_a_channel_from_a_column_or_a_default() -> None:
    bare = ColumnMapping("shop", dict(COLUMNS))
    assert bare.problems() == [
        "A new order needs an order status: choose the column that holds it "
        "or a status for every row",
        "A new order needs a fulfilment channel: choose the column that holds it "
        "or a channel for every row",
    ]
    from_defaults = ColumnMapping("shop", dict(COLUMNS), defaults={"status": "Unshipped"})
    assert (
        len(from_defaults.problems()) == 1 and "fulfilment channel" in from_defaults.problems()[0]
    )
    from_columns = ColumnMapping("shop", {**COLUMNS, "status": "S", "channel": "K"})
    assert from_columns.problems() == []


def test_defaults_and_status_values_must_be_real_choices() -> None:
    mapping = ColumnMapping(
        "shop",
        {**COLUMNS, "status": "S"},
        defaults={"channel": "Post"},
        status_values={"Weg": "Gone"},
    )
    assert mapping.problems() == [
        "'Post' is not a fulfilment channel (MFN or AFN)",
        "the file's status 'Weg' is read as 'Gone', which is not an order status",
    ]
    assert set(CHANNEL_CHOICES) == {"MFN", "AFN"}
    assert CHANNEL_CHOICES["MFN"] == "Seller-fulfilled (MFN)"
    assert {s.value: s.label for s in OrderStatus} == STATUS_CHOICES


def test_a_mapping_saved_before_status_values_still_loads_and_reads(tmp_path: Path) -> None:
    old_json = (
        '{"columns": {"order_id": "Nr", "purchase_date": "Datum", "sku": "Art", '
        '"quantity": "Menge"}, "date_format": null, "decimal_comma": false, '
        '"defaults": {}, "delimiter": ";", "name": "old"}'
    )
    old = ColumnMapping.from_json(old_json)
    assert old.status_values == {}
    assert old == ColumnMapping("old", dict(COLUMNS), delimiter=";")
    # without a status or channel it cannot create orders, but it still reads a file (rows
    # that update known orders need neither); the dialog asks for them before saving again
    path = tmp_path / "old.csv"
    path.write_text("Nr;Datum;Art;Menge\nA-1;2026-11-03;MUG;2\n", encoding="utf-8")
    good, bad = read(path, old)
    assert bad == [] and good[0].order_id == "A-1"


def test_status_values_survive_the_json_round_trip() -> None:
    assert ColumnMapping.from_json(GERMAN.to_json()) == GERMAN
    assert '"Versandt": "Shipped"' in GERMAN.to_json()


def test_a_mapping_without_its_required_columns_is_refused() -> None:
    with pytest.raises(ReadError, match="SKU is not mapped to a column"):
        layout_for(ColumnMapping("shop", {"order_id": "Nr", "purchase_date": "D", "quantity": "Q"}))


def test_the_status_table_reaches_the_reader_in_a_form_it_compares() -> None:
    layout = layout_for(GERMAN)
    assert layout.options.extra["status_values"] == {
        "versandt": "Shipped",
        "offen": "Unshipped",
        "storniert": "Canceled",
    }


def test_a_german_shop_export_imports_with_the_right_statuses(tmp_path: Path) -> None:
    path = tmp_path / "webshop.csv"
    path.write_text(GERMAN_CSV, encoding="utf-8")
    good, bad = read(path, GERMAN)
    assert bad == []
    assert [(r.order_id, r.order["status"]) for r in good] == [
        ("DE-1001", "Shipped"),
        ("DE-1002", "Unshipped"),
        ("DE-1003", "Canceled"),
    ]
    assert good[2].item is not None and good[2].item["item_price"] == Decimal("1042.00")
    assert good[0].order["purchase_date"] == datetime(2026, 11, 3, tzinfo=UTC)
    assert good[0].order["channel"] == "MFN"


def test_a_status_word_the_mapping_does_not_list_is_a_clear_row_error(tmp_path: Path) -> None:
    path = tmp_path / "webshop.csv"
    path.write_text(GERMAN_CSV + "DE-1004;05.11.2026;MUG-RED;1;12,50;Unterwegs\n", encoding="utf-8")
    _, bad = read(path, GERMAN)
    assert any(e.line == 5 and e.field == "Status" and "Unterwegs" in e.message for e in bad)


# --- the guesses the dialog starts from ------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Bestellnummer", "Bestelldatum", "Artikelnummer", "Anzahl", "Preis", "Status", "Ort"],
            {
                "order_id": "Bestellnummer",
                "purchase_date": "Bestelldatum",
                "sku": "Artikelnummer",
                "quantity": "Anzahl",
                "item_price": "Preis",
                "status": "Status",
                "ship_city": "Ort",
            },
        ),
        (
            ["Numéro de commande", "Date", "Référence", "Quantité", "Prix", "Ville"],
            {
                "order_id": "Numéro de commande",
                "purchase_date": "Date",
                "sku": "Référence",
                "quantity": "Quantité",
                "item_price": "Prix",
                "ship_city": "Ville",
            },
        ),
        (
            ["Número de pedido", "Fecha", "SKU", "Cantidad", "Precio", "Estado"],
            {
                "order_id": "Número de pedido",
                "purchase_date": "Fecha",
                "sku": "SKU",
                "quantity": "Cantidad",
                "item_price": "Precio",
                "status": "Estado",
            },
        ),
        (
            ["Numero ordine", "Data", "Codice articolo", "Quantità", "Prezzo", "Città"],
            {
                "order_id": "Numero ordine",
                "purchase_date": "Data",
                "sku": "Codice articolo",
                "quantity": "Quantità",
                "item_price": "Prezzo",
                "ship_city": "Città",
            },
        ),
        (
            ["注文番号", "注文日", "SKU", "数量", "価格", "ステータス"],
            {
                "order_id": "注文番号",
                "purchase_date": "注文日",
                "sku": "SKU",
                "quantity": "数量",
                "item_price": "価格",
                "status": "ステータス",
            },
        ),
        (
            ["Order ID", "Purchase date", "SKU", "Qty", "Fulfillment channel", "Currency"],
            {
                "order_id": "Order ID",
                "purchase_date": "Purchase date",
                "sku": "SKU",
                "quantity": "Qty",
                "channel": "Fulfillment channel",
                "currency": "Currency",
            },
        ),
    ],
    ids=["de", "fr", "es", "it", "ja", "en"],
)
def test_shop_export_headers_are_recognised(headers: list[str], expected: dict[str, str]) -> None:
    assert guess_columns(headers) == expected


def test_one_header_is_guessed_for_one_field_only() -> None:
    assert guess_columns(["Datum", "Date", "Menge", "Anzahl"]) == {
        "purchase_date": "Datum",
        "quantity": "Menge",
    }


def test_decimal_comma_is_guessed_from_amounts() -> None:
    assert guess_decimal_comma(["12,50", "8,90", "1.042,00"]) is True
    assert guess_decimal_comma(["12.50", "1,042.00"]) is False
    assert guess_decimal_comma(["MUG-RED", "03.11.2026", "2"]) is None


@pytest.mark.parametrize(
    ("values", "pattern"),
    [
        (["03.11.2026", "04.11.2026"], "%d.%m.%Y"),
        (["03.11.2026 14:05"], "%d.%m.%Y %H:%M"),
        (["03/11/2026"], "%d/%m/%Y"),  # day first when both read
        (["11/23/2026", "03/11/2026"], "%m/%d/%Y"),  # 23 cannot be a month
        (["2026/11/03 09:15:00"], "%Y/%m/%d %H:%M:%S"),
        (["2026-11-03T09:15:00+01:00"], None),
        (["soon"], None),
    ],
)
def test_the_date_form_is_guessed_from_the_values(values: list[str], pattern: str | None) -> None:
    assert guess_date_format(values) == pattern


def test_status_words_of_six_languages_are_guessed() -> None:
    expected = {
        "Versandt": OrderStatus.SHIPPED,
        "Offen": OrderStatus.UNSHIPPED,
        "Storniert": OrderStatus.CANCELED,
        "expédiée": OrderStatus.SHIPPED,
        "Annulé": OrderStatus.CANCELED,
        "Pendiente de pago": OrderStatus.PENDING,
        "Enviado": OrderStatus.SHIPPED,
        "Da spedire": OrderStatus.UNSHIPPED,
        "Annullato": OrderStatus.CANCELED,
        "発送済み": OrderStatus.SHIPPED,
        "キャンセル": OrderStatus.CANCELED,
        "Shipped - Delivered to Buyer": OrderStatus.SHIPPED,  # Amazon's words still known
    }
    assert {word: guess_status(word) for word in expected} == expected
    assert guess_status("Unterwegs") is None


def test_distinct_status_words_are_listed_once_in_file_order() -> None:
    assert guess_status_values(["Versandt", "Offen", " Offen ", "", "Unterwegs"]) == {
        "Versandt": "Shipped",
        "Offen": "Unshipped",
        "Unterwegs": None,
    }
