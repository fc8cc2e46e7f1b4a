"""File > Import in the window: progress dialog, confirmation, cancel means nothing written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.db.database import Database
from desktop_app.db.models import Base, Order
from desktop_app.io.sample_report import write_all_orders
from desktop_app.services.importing import ImportOptions, ImportProgress, ImportSummary
from desktop_app.ui.importing import Choice, ImportRunner, export_view, import_files


def dump(db: Database) -> dict[str, list[str]]:
    with db.engine.connect() as conn:
        return {
            t.name: sorted(repr(tuple(r)) for r in conn.execute(t.select()))
            for t in Base.metadata.sorted_tables
        }


class Recorder:
    def __init__(self, choice: Choice = Choice.IMPORT) -> None:
        self.choice = choice
        self.asked: list[list[ImportSummary]] = []
        self.messages: list[tuple[str, str, bool]] = []

    def confirm(
        self, parent: QWidget, summaries: list[ImportSummary], answer: Callable[[Choice], None]
    ) -> None:
        self.asked.append(summaries)
        answer(self.choice)

    def notify(self, parent: Any, title: str, text: str, *, error: bool = False) -> None:
        self.messages.append((title, text, error))


def test_import_through_the_window(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "all-orders.txt"
    orders = write_all_orders(path, 400)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = Recorder()
    runner = ImportRunner(
        parent,
        db,
        [str(path)],
        options=ImportOptions(batch_rows=50),
        confirm=seen.confirm,
        notify=seen.notify,
    )
    labels: list[str] = []
    runner.progressed.connect(lambda p: labels.append(runner.progress_dialog.labelText()))
    with qtbot.waitSignal(runner.finished, timeout=20_000) as finished:
        runner.start()
    (summary,) = finished.args[0]
    assert summary.written and summary.new == orders
    assert seen.asked[0][0].dry_run and seen.asked[0][0].new == orders  # asked before writing
    assert any("rows/s" in label for label in labels)
    assert labels[-1].startswith("Saving all-orders.txt")  # the last stretch: indexes, commit
    assert not runner.progress_dialog.isVisible()
    title, text, error = seen.messages[-1]
    assert title == "Import finished" and f"({orders} orders new, 0 updated" in text and not error
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == orders


def test_the_modal_helper_and_a_refusal(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    write_all_orders(path, 10)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = Recorder(Choice.CANCEL)
    before = dump(db)
    assert _imported(qtbot, parent, db, [path], seen) is None
    assert dump(db) == before
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01garbage")
    assert _imported(qtbot, parent, db, [junk], seen) is None
    assert seen.messages[-1][2] and "junk.csv" in seen.messages[-1][1]


def _imported(
    qtbot: QtBot, parent: QWidget, db: Database, paths: list[Path], seen: Recorder
) -> list[ImportSummary] | None:
    """File > Import's flow returns at once (no nested event loop); wait for its end."""
    results: list[list[ImportSummary] | None] = []
    import_files(parent, db, paths, confirm=seen.confirm, notify=seen.notify, done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    return results[0]


def test_cancel_halfway_writes_nothing(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    write_all_orders(path, 600)
    before = dump(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = Recorder()
    gate = threading.Event()
    writes: list[int] = []

    def pace(p: ImportProgress) -> None:  # the worker thread, after each batch
        if not p.dry_run:
            writes.append(p.rows)
            gate.wait(10)  # hold the import halfway until the seller has pressed Cancel

    runner = ImportRunner(
        parent,
        db,
        [path],
        options=ImportOptions(batch_rows=50),
        confirm=seen.confirm,
        notify=seen.notify,
        pace=pace,
    )

    def on_progress(p: ImportProgress) -> None:
        if not p.dry_run and not gate.is_set():
            runner.progress_dialog.findChild(QPushButton).click()  # the seller presses Cancel
            gate.set()

    runner.progressed.connect(on_progress)
    with qtbot.waitSignal(runner.finished, timeout=20_000) as finished:
        runner.start()
    assert finished.args == [None]
    assert writes and writes[0] < 600  # it really was halfway
    assert seen.messages[-1][0] == "Import cancelled"
    assert dump(db) == before


def test_export_the_view(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    orders = write_all_orders(path, 30)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = Recorder()
    assert _imported(qtbot, parent, db, [path], seen)
    out = tmp_path / "view.csv"
    assert export_view(parent, db, None, choose_path=lambda *_: out, notify=seen.notify) == out
    assert out.read_bytes().startswith(b"\xef\xbb\xbfseller-desk-order-id")
    assert f"{orders} orders" in seen.messages[-1][1]


def test_the_mapping_dialog_guesses_previews_and_saves(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from desktop_app.services.mappings import load_mapping
    from desktop_app.ui.mapping_dialog import ask_mapping

    path = tmp_path / "shop.csv"
    path.write_text("Order ID;SKU;Quantity;Wann\nA-1;MUG;2;31.05.2024\n", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    saved: list[Any] = []
    dialog = ask_mapping(parent, db, path, saved.append)
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()  # 'Wann' is no known name: the purchase date is not mapped yet
    dialog.columns["purchase_date"].setCurrentText("Wann")
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("%d.%m.%Y"))
    dialog.defaults["currency"].setText("EUR")
    assert not save.isEnabled()  # no status column: the seller must say what the orders are
    dialog.defaults["status"].setText("Unshipped")
    assert save.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)  # saved off the GUI thread
    (mapping,) = saved
    assert mapping.columns == {
        "order_id": "Order ID",
        "sku": "SKU",
        "quantity": "Quantity",
        "purchase_date": "Wann",
    }
    with db.reading() as session:
        assert load_mapping(session, "shop") == mapping
