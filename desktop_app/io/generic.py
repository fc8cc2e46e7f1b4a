"""Any CSV (comma, semicolon or tab) read through a column mapping the seller sets once.

A :class:`ColumnMapping` names, for each Seller Desk field, the file's column that holds it,
plus how the file writes numbers and dates, values for every row (defaults) and what the file's
own status words mean (``status_values``: "Versandt" -> Shipped). It is saved as JSON under a
name (``services.mappings``) and reused for every file of the same shape.

The guesses the mapping dialog starts from (headers in English, German, French, Spanish,
Italian and Japanese shop exports; decimal comma; date form; status words) live here too: they
are plain functions of the file's text, tested without Qt.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.text import Msg
from desktop_app.io.decoding import LineDecoder
from desktop_app.io.errors import ReadError
from desktop_app.io.fields import FIELDS, CellOptions, converter
from desktop_app.io.status_words import order_status_from_word
from desktop_app.io.table import Layout, sniff_delimiter

# The fields a mapping may fill, with the label the mapping dialog shows.
TARGETS: dict[str, str] = {
    "order_id": Msg("Fields", "Order ID"),
    "purchase_date": Msg("Fields", "Purchase date"),
    "sku": Msg("Fields", "SKU"),
    "quantity": Msg("Fields", "Quantity"),
    "product_name": Msg("Fields", "Product name"),
    "status": Msg("Fields", "Order status"),
    "item_status": Msg("Fields", "Item status"),
    "channel": Msg("Fields", "Fulfilment channel"),
    "currency": Msg("Fields", "Currency"),
    "item_price": Msg("Fields", "Item price"),
    "item_tax": Msg("Fields", "Item tax"),
    "shipping_price": Msg("Fields", "Shipping price"),
    "shipping_tax": Msg("Fields", "Shipping tax"),
    "promotion_discount": Msg("Fields", "Promotion discount"),
    "merchant_order_id": Msg("Fields", "Your order number"),
    "last_updated": Msg("Fields", "Last updated"),
    "marketplace": Msg("Fields", "Marketplace"),
    "ship_service_level": Msg("Fields", "Shipping service"),
    "latest_ship_date": Msg("Fields", "Ship by"),
    "ship_city": Msg("Fields", "City"),
    "ship_state": Msg("Fields", "State / region"),
    "ship_postal_code": Msg("Fields", "Postal code"),
    "ship_country": Msg("Fields", "Country"),
    "is_business_order": Msg("Fields", "Business order"),
    "asin": Msg("Fields", "ASIN"),
    "order_item_id": Msg("Fields", "Order item ID"),
    "buyer_requested": Msg("Fields", "Buyer requested cancellation"),
    "buyer_cancel_reason": Msg("Fields", "Buyer's cancellation reason"),
}
REQUIRED_TARGETS = ("order_id", "purchase_date", "sku", "quantity")
# A new order needs these too: from a column, or a default for every row.
NEW_ORDER_TARGETS = ("status", "channel")
# Fields most shop exports have: the dialog shows them before the rest.
COMMON_TARGETS = (
    "product_name",
    "currency",
    "item_price",
    "shipping_price",
    "latest_ship_date",
    "ship_city",
    "ship_postal_code",
    "ship_country",
)
# What the defaults choosers offer: the stored value and the label a seller reads.
CHANNEL_CHOICES: dict[str, str] = {
    c.value: Msg("Fields", "{label} ({code})").format(label=c.label, code=c.value) for c in Channel
}
STATUS_CHOICES: dict[str, str] = {s.value: s.label for s in OrderStatus}

# Date forms offered in the dialog: None is ISO 8601 (2024-05-31 or 2024-05-31T14:05:00).
DATE_FORMATS: dict[str, str | None] = {
    "ISO (2024-05-31 14:05)": None,
    "31/05/2024 14:05": "%d/%m/%Y %H:%M",
    "31/05/2024": "%d/%m/%Y",
    "05/31/2024 14:05": "%m/%d/%Y %H:%M",
    "05/31/2024": "%m/%d/%Y",
    "31.05.2024 14:05:00": "%d.%m.%Y %H:%M:%S",
    "31.05.2024 14:05": "%d.%m.%Y %H:%M",
    "31.05.2024": "%d.%m.%Y",
    "31-05-2024": "%d-%m-%Y",
    "05-31-2024": "%m-%d-%Y",
    "2024/05/31 14:05:00": "%Y/%m/%d %H:%M:%S",
    "2024/05/31 14:05": "%Y/%m/%d %H:%M",
    "2024/05/31": "%Y/%m/%d",
    # two-digit years, in every day/month order sellers' tools write
    "05-31-24 (month first)": "%m-%d-%y",
    "31-05-24 (day first)": "%d-%m-%y",
    "05/31/24 (month first)": "%m/%d/%y",
    "31/05/24 (day first)": "%d/%m/%y",
    "31.05.24": "%d.%m.%y",
    "24-05-31": "%y-%m-%d",
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
    # the file's status word -> an OrderStatus value ("Versandt" -> "Shipped"); words not
    # listed are read as Amazon's report words are. Absent from mappings saved before it.
    status_values: dict[str, str] = field(default_factory=dict)
    # the price column holds the price of one unit (multiplied by the quantity on reading);
    # False: the line's total, as Amazon's item-price and a sellers' "Amount" column
    unit_prices: bool = False

    def __post_init__(self) -> None:
        # a header with a stray space matches the file's header, which is read stripped
        object.__setattr__(self, "columns", {k: v.strip() for k, v in self.columns.items()})

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
            status_values={
                str(k): str(v) for k, v in dict(data.get("status_values") or {}).items()
            },
            unit_prices=bool(data.get("unit_prices", False)),
        )

    def problems(self) -> list[str]:
        """What is wrong with the mapping, as sentences a seller reads (empty when it is fine).

        Besides the columns every row needs, a new order needs an order status and a
        fulfilment channel: each from a column or from a default for every row.
        """
        found = self.column_problems()
        if not self._given("status"):
            found.append(
                "A new order needs an order status: choose the column that holds it "
                "or a status for every row"
            )
        if not self._given("channel"):
            found.append(
                "A new order needs a fulfilment channel: choose the column that holds it "
                "or a channel for every row"
            )
        channel = self.defaults.get("channel", "")
        if channel and channel not in CHANNEL_CHOICES:
            found.append(f"{channel!r} is not a fulfilment channel (MFN or AFN)")
        status = self.defaults.get("status", "")
        if status and status not in STATUS_CHOICES:
            found.append(f"{status!r} is not an order status Seller Desk knows")
        found += [
            f"the file's status {word!r} is read as {value!r}, which is not an order status"
            for word, value in self.status_values.items()
            if value not in STATUS_CHOICES
        ]
        return found

    def column_problems(self) -> list[str]:
        """The problems no file can be read with (a saved mapping without a status or channel
        still reads a file that only updates known orders)."""
        found = [
            f"{TARGETS[t]} is not mapped to a column"
            for t in REQUIRED_TARGETS
            if t not in self.columns
        ]
        found += [
            f"{f!r} is not a field Seller Desk knows" for f in self.columns if f not in FIELDS
        ]
        return found

    def _given(self, target: str) -> bool:
        return bool(self.columns.get(target) or self.defaults.get(target, "").strip())


def status_key(word: str) -> str:
    """How a file's status word is compared: case and spacing do not matter."""
    return " ".join(word.split()).casefold()


def layout_for(mapping: ColumnMapping, zone: tzinfo = UTC) -> Layout:
    problems = mapping.column_problems()
    if problems:
        raise ReadError(f"the column mapping {mapping.name!r} is incomplete: {'; '.join(problems)}")
    extra: dict[str, object] = {}
    if mapping.status_values:
        # read by the status converter (io.fields): the file's word -> an OrderStatus value
        extra["status_values"] = {
            status_key(word): value
            for word, value in mapping.status_values.items()
            if value in STATUS_CHOICES
        }
    options = CellOptions(
        zone=zone,
        date_format=mapping.date_format,
        decimal_comma=mapping.decimal_comma,
        extra=extra,
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
        unit_prices=mapping.unit_prices,
    )


# --- guesses the mapping dialog starts from ------------------------------------------------


def first_rows(
    path: Path, encoding: str | None = None, rows: int = 1000
) -> tuple[str, list[list[str]]]:
    """The delimiter and the file's first ``rows`` rows after its header (which comes first),
    for a preview and for guessing; quoting that does not parse is split plainly."""
    with path.open("rb") as stream:
        lines = list(itertools.islice(LineDecoder(stream, encoding), rows + 1))
    if not lines:
        return ",", []
    delimiter = sniff_delimiter(lines[0])
    try:
        found = list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        found = [line.rstrip("\r\n").split(delimiter) for line in lines]
    if found and found[0] and found[0][0].startswith("\ufeff"):
        found[0][0] = found[0][0][1:]
    return delimiter, found


def header_key(text: str) -> str:
    """A header as compared: no case, accents, spaces or punctuation ("Numéro de commande"
    -> "numerodecommande"; Japanese letters are kept)."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if c.isalnum())


# Headers of shop exports, per field, "|"-separated: English, German, French, Spanish,
# Italian, Japanese. Amazon's report names and the labels above are known as well.
_HEADER_WORDS: dict[str, str] = {
    "order_id": "order id|order number|order no|order|amazon-order-id|bestellnummer|bestellnr"
    "|bestell-nr|auftragsnummer|auftragsnr|numéro de commande|n° de commande|no de commande"
    "|commande|id commande|référence de commande|número de pedido|nº de pedido|pedido"
    "|id pedido|numero ordine|numero dell'ordine|n. ordine|id ordine|ordine|注文番号|注文id"
    "|オーダー番号|受注番号",
    "purchase_date": "purchase date|order date|date|created at|bestelldatum|datum"
    "|auftragsdatum|kaufdatum|date de commande|date d'achat|fecha|fecha de pedido"
    "|fecha del pedido|fecha de compra|data|data ordine|data dell'ordine|data acquisto"
    "|注文日|注文日時|購入日|受注日",
    "sku": "sku|seller sku|item sku|article number|artikelnummer|artikelnr|art.-nr.|artnr"
    "|artikel|référence|référence article|réf|sku vendeur|referencia|código"
    "|código de artículo|codice articolo|codice|cod. articolo|商品コード|出品者sku|品番"
    "|商品番号",
    "quantity": "quantity|qty|quantity-purchased|menge|anzahl|stückzahl|stück|quantité|qté"
    "|cantidad|unidades|quantità|qtà|qta|数量|個数|注文数",
    "product_name": "product name|product|title|item name|artikelname|artikelbezeichnung"
    "|bezeichnung|produkt|produktname|nom du produit|produit|désignation|libellé|article"
    "|nombre del producto|producto|descripción|artículo|nome prodotto|prodotto"
    "|descrizione|articolo|商品名|品名|商品",
    "status": "status|order status|bestellstatus|auftragsstatus|statut"
    "|statut de la commande|état|estado|estado del pedido|stato|stato ordine"
    "|stato dell'ordine|ステータス|注文ステータス|状態|注文状況",
    "channel": "fulfilment channel|fulfillment channel|fulfilment|fulfillment"
    "|fulfillment-channel|channel|versandkanal|kanal"
    "|canal|canal d'expédition|canal de envío|canale|canale di spedizione|出荷チャネル",
    "currency": "currency|währung|devise|monnaie|moneda|divisa|valuta|通貨",
    "item_price": "item price|price|unit price|amount|line total|total|preis|einzelpreis"
    "|stückpreis|artikelpreis|betrag|montant|importe|importo"
    "|prix|prix unitaire|precio|precio unitario|prezzo|prezzo unitario|価格|単価|商品価格",
    "shipping_price": "shipping|shipping price|shipping cost|versandkosten|porto"
    "|frais de port|frais de livraison|gastos de envío|coste de envío"
    "|spese di spedizione|送料|配送料",
    "latest_ship_date": "ship by|latest ship date|versand bis|expédier avant"
    "|enviar antes de|spedire entro|出荷予定日|発送予定日",
    "ship_city": "city|ship city|shipping city|stadt|ort|wohnort|ville|ciudad|localidad"
    "|población|città|comune|市区町村|都市",
    "ship_postal_code": "postal code|ship postal code|zip|zip code|postcode|plz"
    "|postleitzahl|code postal"
    "|cp|código postal|cap|codice postale|郵便番号",
    "ship_state": "state|ship state|region|province|bundesland|région|département"
    "|provincia|regione|都道府県",
    "ship_country": "country|ship country|shipping country|country code|land|lieferland"
    "|pays|país|paese|nazione|国|国名",
    "merchant_order_id": "your order number|merchant order id",
    "last_updated": "last updated|last-updated-date|updated at",
    "order_item_id": "order item id|line item id",
    "ship_service_level": "shipping service|ship-service-level|versandart",
    "marketplace": "marketplace|sales-channel|sales channel|marktplatz",
    "is_business_order": "b2b|business order|is business order|is-business-order",
}
_HEADER_TARGET: dict[str, str] = {}
for _target in TARGETS:
    _HEADER_TARGET.setdefault(header_key(_target), _target)
    _HEADER_TARGET.setdefault(header_key(TARGETS[_target]), _target)
for _target, _words in _HEADER_WORDS.items():
    for _word in _words.split("|"):
        _HEADER_TARGET.setdefault(header_key(_word), _target)


def guess_columns(headers: Sequence[str]) -> dict[str, str]:
    """Field -> the header that most likely holds it; each header is used once."""
    found: dict[str, str] = {}
    for header in headers:
        target = _HEADER_TARGET.get(header_key(header))
        if target is not None and target not in found:
            found[target] = header
    return found


_COMMA_AMOUNT = re.compile(r"^-?\d{1,3}(?:[. \u00a0]?\d{3})*,\d{1,2}$")
_POINT_AMOUNT = re.compile(r"^-?\d{1,3}(?:,?\d{3})*\.\d{1,2}$")


def guess_decimal_comma(values: Iterable[str]) -> bool | None:
    """True when amounts are written 12,50 (or 1.234,50), False for 12.50; None: no amount."""
    comma = point = 0
    for value in values:
        text = value.strip().lstrip("€$£¥").rstrip("€$£¥ ").strip()
        if _COMMA_AMOUNT.match(text):
            comma += 1
        elif _POINT_AMOUNT.match(text):
            point += 1
    if comma == point == 0:
        return None
    return comma > point


def _reads(pattern: str | None, text: str) -> datetime:
    return datetime.fromisoformat(text) if pattern is None else datetime.strptime(text, pattern)


def date_format_candidates(values: Iterable[str]) -> list[str | None]:
    """Every DATE_FORMATS pattern that reads all ``values`` (ISO first)."""
    texts = [v.strip() for v in values if v.strip()]
    if not texts:
        return []
    found: list[str | None] = []
    for pattern in DATE_FORMATS.values():
        try:
            for text in texts:
                _reads(pattern, text)
        except ValueError:
            continue
        found.append(pattern)
    return found


def ambiguous_dates(values: Iterable[str]) -> list[str]:
    """When the values read as several dates (04-05-22: 5 April or 4 May), examples of that,
    as sentences for the seller; empty when the form is clear."""
    texts = [v.strip() for v in values if v.strip()]
    candidates = date_format_candidates(texts)
    if len(candidates) < 2:
        return []
    examples = []
    for text in texts:
        readings = {_reads(p, text).date() for p in candidates}
        if len(readings) > 1:
            shown = " or ".join(sorted(f"{d:%d %B %Y}" for d in readings))
            examples.append(f"{text} could be {shown}")
        if len(examples) == 3:
            break
    return examples


def guess_date_format(values: Iterable[str]) -> str | None:
    """The DATE_FORMATS pattern every value reads with (ISO tried first; day before month
    when both read, as most shops outside the US write it; ``ambiguous_dates`` says when that
    is a guess). None: ISO or nothing fits."""
    candidates = date_format_candidates(values)
    return candidates[0] if candidates else None


_UNIT_PRICE_WORDS = (
    "unit price|price per unit|einzelpreis|stückpreis|prix unitaire|precio unitario"
    "|prezzo unitario|単価"
)
_UNIT_PRICE_HEADERS = frozenset(header_key(h) for h in _UNIT_PRICE_WORDS.split("|"))


def guess_unit_prices(price_header: str | None) -> bool:
    """Whether the price column holds one unit's price ("Unit price") rather than the
    line's total ("Amount", "Total", Amazon's item-price)."""
    return price_header is not None and header_key(price_header) in _UNIT_PRICE_HEADERS


# Status words of shop exports in the languages above (besides Amazon's own), "|"-separated.
_STATUS_WORDS: dict[OrderStatus, str] = {
    OrderStatus.SHIPPED: "sent|delivered|dispatched|fulfilled|done|closed|versandt|versendet"
    "|verschickt|geliefert|zugestellt|abgeschlossen|erledigt|expédié|expédiée|envoyé"
    "|envoyée|livré|livrée|terminé|terminée|enviado|entregado|completado|finalizado"
    "|spedito|consegnato|completato|evaso|発送済み|発送済|出荷済み|出荷済|配達済み|完了",
    OrderStatus.UNSHIPPED: "open|new|paid|processing|not shipped|to ship|awaiting shipment"
    "|unfulfilled|offen|neu|bezahlt|in bearbeitung|nicht versandt|zu versenden|nouveau"
    "|nouvelle|payé|payée|en cours|non expédié|à expédier|en attente d'expédition|nuevo"
    "|pagado|en proceso|no enviado|pendiente de envío|por enviar|nuovo|pagato"
    "|in lavorazione|non spedito|da spedire|未発送|未出荷|新規|処理中|発送待ち|出荷待ち",
    OrderStatus.PENDING: "awaiting payment|on hold|ausstehend|wartend|zahlung ausstehend"
    "|en attente|en attente de paiement|pendiente|pendiente de pago|in attesa"
    "|in attesa di pagamento|保留|保留中|支払い待ち|入金待ち",
    OrderStatus.CANCELED: "void|voided|refunded|storniert|abgebrochen|annulliert|erstattet"
    "|annulé|annulée|remboursé|cancelado|anulado|reembolsado|annullato|cancellato"
    "|rimborsato|キャンセル|キャンセル済み|取消|取消済み",
    OrderStatus.PARTIALLY_SHIPPED: "partially fulfilled|teilweise versandt|teilversandt"
    "|partiellement expédié|partiellement expédiée|enviado parcialmente"
    "|parcialmente enviado|parzialmente spedito|一部発送済み|一部発送",
}
_STATUS_GUESS: dict[str, OrderStatus] = {
    status_key(word): status for status, words in _STATUS_WORDS.items() for word in words.split("|")
}


def guess_status(word: str) -> OrderStatus | None:
    """What a file's status word most likely means: Amazon's words, then shop words in
    English, German, French, Spanish, Italian and Japanese; None when unknown."""
    return order_status_from_word(word) or _STATUS_GUESS.get(status_key(word))


def guess_status_values(words: Iterable[str]) -> dict[str, str | None]:
    """Each distinct word (in first-seen order) -> the OrderStatus value guessed, or None."""
    found: dict[str, str | None] = {}
    for word in words:
        text = word.strip()
        if text and text not in found:
            status = guess_status(text)
            found[text] = status.value if status is not None else None
    return found
