"""Keyboard and screen readers: every control reached with Tab has a name a screen reader can
say, on every page and dialog; the cancel dialog can be worked through with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.core.reasons import reason
from desktop_app.db.database import Database
from desktop_app.db.models import Cancellation, Order
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.tour import tour
from tests.ui.conftest import CTX, Notes
from tests.ui.layout_checks import accessible_name, unnamed_controls
from tests.ui.test_cancel_dialog import settle
from tests.ui.test_laptop_fit import demo, open_window  # noqa: F401  (the demo fixture)


def test_every_control_has_a_name(
    qtbot: QtBot,
    demo: Database,  # noqa: F811
    settings: QSettings,
    notes: Notes,
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, demo, settings, notes, tmp_path)
    problems = []
    for stop in tour(window, demo, CTX, tmp_path):
        problems += [f"{stop.name}: {control}" for control in unnamed_controls(stop.widget)]
    problems += [f"toolbar: {c}" for c in unnamed_controls(window.toolbar)]
    assert not problems, "\n".join(problems)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot: QtBot, dialog: QWidget, want: type | str, limit: int = 30) -> QWidget:
    """Press Tab until the focus is on a widget of type ``want`` (or with that accessible
    name); fail when the tab order never gets there."""
    visited = []
    for _ in range(limit):
        widget = focused()
        visited.append(f"{type(widget).__name__}:{accessible_name(widget)}")
        if (isinstance(want, str) and accessible_name(widget) == want) or (
            isinstance(want, type) and isinstance(widget, want)
        ):
            return widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {want} in {dialog.windowTitle()!r}: {visited}")


def test_cancel_an_order_with_the_keyboard_alone(qtbot: QtBot, shop: Database) -> None:
    """From the dialog's opening focus: choose a reason with the arrow keys, Tab to the first
    item's quantity and lower it, Tab to the confirm button and press Space."""
    order_id = "111-0000001-0000001"  # 2 × MUG-RED and 1 × TEA-GREEN, unshipped
    dialog = CancelDialog(shop, order_id, CTX)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason.combo, timeout=2000)

    combo = focused()
    wanted = reason("NoInventory").label
    for _ in range(combo.count()):  # type: ignore[attr-defined]
        if combo.currentText() == wanted:  # type: ignore[attr-defined]
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.reason.code() == "NoInventory"
    settle(qtbot, dialog)

    spin = tab_to(qtbot, dialog, QSpinBox)
    assert isinstance(spin, QSpinBox) and spin.value() == 2  # the mugs: all open units
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 1
    settle(qtbot, dialog)

    button = tab_to(qtbot, dialog, dialog.confirm_button.text())
    assert button is dialog.confirm_button and button.isEnabled()
    with qtbot.waitSignal(dialog.cancelled, timeout=5000):
        qtbot.keyClick(button, Qt.Key.Key_Space)

    with shop.reading() as session:
        order = session.execute(select(Order).where(Order.order_id == order_id)).scalar_one()
        mug = next(i for i in order.items if i.sku == "MUG-RED")
        assert mug.quantity_cancelled == 1
        saved = session.execute(select(Cancellation.reason_code)).scalars().all()
        assert saved == ["NoInventory"]
