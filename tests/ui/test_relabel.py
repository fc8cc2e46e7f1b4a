"""Re-labelling cancellations from the window: the details pane and a selection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.db.database import Database
from desktop_app.db.models import Order
from desktop_app.services.importing import ImportOptions, import_file
from desktop_app.ui.dialogs.relabel import RelabelDialog
from tests.services.test_real_files import amazon_file, amazon_row
from tests.ui.conftest import Notes
from tests.ui.test_main_window import select_rows
from tests.ui.test_window_integration import make_window

IDS = ["111-0000001-0000040", "111-0000001-0000041"]


def counted(db: Database) -> dict[str, bool]:
    with db.reading() as session:
        return {o.order_id: o.cancel_counted for o in session.scalars(select(Order))}


def test_relabel_a_selection_as_the_buyers_request(
    qtbot: QtBot, db: Database, settings: QSettings, notes: Notes, tmp_path: Path
) -> None:
    rows = [amazon_row(i, status="Cancelled", item_status="Cancelled", quantity="0") for i in IDS]
    import_file(db.sessions, amazon_file(tmp_path, *rows), ImportOptions())
    assert counted(db) == dict.fromkeys(IDS, True)
    window = make_window(qtbot, db, settings, notes)
    page = window.orders_page
    select_rows(window, IDS[:1])
    qtbot.waitUntil(lambda: page.details.relabel.isVisible(), timeout=5000)
    select_rows(window, IDS)
    menu = page.build_menu(page.selected_rows())
    action = next(a for a in menu.actions() if a.text() == "Re-label 2 cancellations…")
    action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, RelabelDialog) and dialog.buyer.isChecked()
    dialog.note.setText("both asked in Seller Central")
    messages: list[str] = []
    page.message.connect(messages.append)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages[-1].startswith("2 cancellations re-labelled; 0 now count")
    assert counted(db) == dict.fromkeys(IDS, False)
