"""The column-mapping dialog as a seller meets it: it fits a laptop screen, starts from good
guesses for a German shop export, says what a new order needs, and maps the file's status words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.status import OrderStatus
from desktop_app.db.database import Database
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.mappings import load_mapping
from desktop_app.ui.mapping_dialog import NOT_IN_FILE, MappingDialog, ask_mapping

LAPTOP_HEIGHT = 760
GERMAN_CSV = (
    "Bestellnummer;Datum;Artikelnummer;Menge;Preis;Status;Ort\n"
    "DE-1001;03.11.2026;MUG-RED;2;12,50;Versandt;Berlin\n"
    "DE-1002;03.11.2026;TEA-GREEN;1;8,90;Offen;Köln\n"
    "DE-1003;04.11.2026;LAMP-01;1;42,00;Offen;Bonn\n"
    "DE-1004;05.11.2026;MUG-BLUE;3;12,50;Storniert;Ulm\n"
    "DE-1005;05.11.2026;MUG-RED;1;12,50;Versandt;Kiel\n"
    "DE-1006;06.11.2026;VASE-01;1;19,00;Versandt;Jena\n"
)


def german_file(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "webshop-orders.csv"
    path.write_text(GERMAN_CSV + extra, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, path: Path, **kw: Any) -> MappingDialog:
    dialog = MappingDialog(None, path, **kw)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save_button(dialog: MappingDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def seen_without_scrolling(dialog: MappingDialog, widget: QWidget) -> bool:
    viewport = dialog.scroll_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= viewport.height()


def test_the_dialog_fits_a_laptop_screen_with_the_preview_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, german_file(tmp_path))
    assert dialog.sizeHint().height() <= LAPTOP_HEIGHT
    assert dialog.height() <= LAPTOP_HEIGHT
    assert dialog.preview.rowCount() == 5  # the first rows, above every field
    assert dialog.preview.geometry().bottom() < dialog.scroll_area.geometry().top()
    for target in ("order_id", "purchase_date", "sku", "quantity", "status", "channel"):
        assert seen_without_scrolling(dialog, dialog.columns[target]), target
    assert not dialog.columns["asin"].isVisible()  # folded under "More columns"
    dialog.more_button.click()
    assert dialog.columns["asin"].isVisible()
    assert dialog.height() <= LAPTOP_HEIGHT  # the fields scroll; the dialog does not grow


def test_a_german_shop_export_is_understood_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, german_file(tmp_path))
    chosen = {
        t: b.currentText() for t, b in dialog.columns.items() if b.currentText() != NOT_IN_FILE
    }
    assert chosen == {
        "order_id": "Bestellnummer",
        "purchase_date": "Datum",
        "sku": "Artikelnummer",
        "quantity": "Menge",
        "item_price": "Preis",
        "status": "Status",
        "ship_city": "Ort",
    }
    assert dialog.decimal_comma.isChecked()
    assert dialog.date_format.currentData() == "%d.%m.%Y"
    assert {w: b.currentText() for w, b in dialog.status_values.items()} == {
        "Versandt": "Shipped",
        "Offen": "Unshipped",
        "Storniert": "Cancelled",
    }
    header = dialog.preview.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Bestellnummer\n→ Order ID"
    assert save_button(dialog).isEnabled() and not dialog.problem.isVisible()


def test_status_and_channel_are_chosen_from_real_choices(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, german_file(tmp_path))
    channel, status = dialog.channel_default, dialog.status_default
    assert [channel.itemText(i) for i in range(channel.count())] == [
        "(none)",
        "Seller-fulfilled (MFN)",
        "Fulfilled by Amazon (AFN)",
    ]
    assert [status.itemText(i) for i in range(1, status.count())] == [s.label for s in OrderStatus]
    assert channel.currentText() == "Seller-fulfilled (MFN)"  # no channel column: pre-chosen
    assert status.currentText() == "(none)"  # the file has a status column


def test_save_waits_for_a_status_and_a_channel_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, german_file(tmp_path))
    dialog.columns["status"].setCurrentText(NOT_IN_FILE)
    assert not dialog.status_values  # no status column: no status words to map
    assert not save_button(dialog).isEnabled()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == (
        "A new order needs an order status: choose the column that holds it "
        "or a status for every row."
    )
    assert dialog.labels["status"].property("tone") == "danger"  # the row shows what is missing
    dialog.defaults["status"].setText("Shipped")
    assert save_button(dialog).isEnabled()

    dialog.defaults["channel"].setText("")
    assert not save_button(dialog).isEnabled()
    assert "A new order needs a fulfilment channel" in dialog.problem.text()
    dialog.channel_default.setCurrentIndex(2)
    assert save_button(dialog).isEnabled()
    assert dialog.mapping().defaults == {"status": "Shipped", "channel": "AFN"}


def test_an_unknown_status_word_must_be_given_a_meaning(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(
        qtbot, german_file(tmp_path, "DE-1007;07.11.2026;MUG;1;9,00;Unterwegs;Hof\n")
    )
    assert dialog.status_values["Unterwegs"].currentText() == "— choose —"
    assert not save_button(dialog).isEnabled()
    assert dialog.problem.text() == "Choose what the file's status “Unterwegs” means."
    dialog.status_values["Unterwegs"].setText("Shipped")
    assert save_button(dialog).isEnabled()
    assert dialog.mapping().status_values == {
        "Versandt": "Shipped",
        "Offen": "Unshipped",
        "Storniert": "Canceled",
        "Unterwegs": "Shipped",
    }


def test_the_mapping_is_saved_with_its_status_words(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    saved: list[ColumnMapping | None] = []
    dialog = ask_mapping(parent, db, german_file(tmp_path), saved.append)
    dialog.status_values["Offen"].setText("Pending")
    dialog.name.setText("Mein Shop")
    save_button(dialog).click()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)  # saved off the GUI thread
    (mapping,) = saved
    assert mapping is not None
    assert mapping.status_values["Offen"] == "Pending"
    assert mapping.defaults == {"channel": "MFN"}
    with db.reading() as session:
        assert load_mapping(session, "Mein Shop") == mapping


def test_editing_keeps_the_choices_of_a_saved_mapping(qtbot: QtBot, tmp_path: Path) -> None:
    saved = ColumnMapping(
        "Mein Shop",
        {
            "order_id": "Bestellnummer",
            "purchase_date": "Datum",
            "sku": "Artikelnummer",
            "quantity": "Menge",
            "status": "Status",
        },
        delimiter=";",
        date_format="%d.%m.%Y",
        defaults={"channel": "AFN"},
        status_values={"Offen": "Pending", "Zurück": "Canceled"},  # "Zurück": not in this file
    )
    dialog = open_dialog(qtbot, german_file(tmp_path), existing=saved)
    assert dialog.status_values["Offen"].text() == "Pending"
    assert dialog.defaults["channel"].text() == "AFN"
    assert not dialog.decimal_comma.isChecked()  # the saved choice, not a new guess
    assert dialog.columns["item_price"].currentText() == NOT_IN_FILE
    mapping = dialog.mapping()
    assert mapping.status_values == {
        "Versandt": "Shipped",
        "Offen": "Pending",
        "Storniert": "Canceled",
        "Zurück": "Canceled",
    }
    assert mapping.columns == saved.columns and mapping.defaults == saved.defaults


def test_a_mapping_saved_without_status_or_channel_gets_them_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    old = ColumnMapping(
        "old",
        {
            "order_id": "Bestellnummer",
            "purchase_date": "Datum",
            "sku": "Artikelnummer",
            "quantity": "Menge",
        },
    )
    dialog = open_dialog(qtbot, german_file(tmp_path), existing=old)
    assert dialog.channel_default.currentText() == "Seller-fulfilled (MFN)"
    # the status is never guessed for the seller: old shipped orders must not become Unshipped
    assert not save_button(dialog).isEnabled()
    dialog.status_default.setText("Shipped")
    # saved before dates were checked: the file's 03.11.2026 does not read as ISO dates
    assert not save_button(dialog).isEnabled()
    assert "Only 0 of the first 6 rows read cleanly" in dialog.problem.text()
    assert "Datum" in dialog.problem.text()
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("%d.%m.%Y"))
    assert save_button(dialog).isEnabled()


def test_japanese_headers_are_guessed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "注文.csv"
    path.write_text(
        "注文番号,注文日,SKU,数量,価格,ステータス\nJP-1,2026/11/03 09:15:00,MUG,2,1500,発送済み\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, path)
    assert dialog.columns["order_id"].currentText() == "注文番号"
    assert dialog.columns["quantity"].currentText() == "数量"
    assert dialog.date_format.currentData() == "%Y/%m/%d %H:%M:%S"
    assert not dialog.decimal_comma.isChecked()
    assert dialog.status_values["発送済み"].text() == "Shipped"
    assert save_button(dialog).isEnabled()
