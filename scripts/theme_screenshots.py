"""Render the main window, Account health and the cancel dialog in the light and dark themes.

    .venv/bin/python scripts/theme_screenshots.py [--orders N] [--out docs/screenshots/theme]

Offscreen, on a fresh demo shop in a temporary folder (the user's settings are not touched);
saves ``<page>-light.png`` and ``<page>-dark.png`` for the Orders page, Account health and the
cancel dialog, switching the theme the way Settings > Theme does (no restart).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import open_database
from desktop_app.services.context import Context
from desktop_app.services.demo import build_demo
from desktop_app.services.queries import OrderFilter, list_orders
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.gc_pin import GuiThreadCollector
from desktop_app.ui.main_window import HEALTH, ORDERS, MainWindow
from desktop_app.ui.theme import ThemeChoice
from desktop_app.ui.translation import ENGLISH, install


def settle(app: QApplication, window: MainWindow, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or window.operations.busy:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=3_000, help="demo shop size")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/theme"))
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=768)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    GuiThreadCollector(app).start()  # as the app: garbage collected on this thread only
    app.setApplicationName("Seller Desk")
    install(ENGLISH, app)  # as the app does: its locale writes money "$21.17", not "21.17$"
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'seller-desk.db'}")
        build_demo(db, args.orders, seed=1)
        ctx = Context(actor="seller")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(args.width, args.height)
        window.show()
        window.attach(db, ctx)
        settle(app, window)
        with db.reading() as session:
            rows = list_orders(
                session,
                OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.MFN),
                ctx.now(),
                limit=50,
            )
        order_id = next(r.order_id for r in rows if not r.has_open_request)
        themes = (ThemeChoice.LIGHT, ThemeChoice.DARK)
        for theme in themes:  # Orders first: Account health widens the window (issue 15c)
            window.theme.choose(theme)
            window.orders_page.table.selectRow(1)
            window.orders_page.show_current()
            settle(app, window)
            save(window, args.out, f"orders-{theme.value}.png")
        window.go(HEALTH)
        for theme in themes:
            window.theme.choose(theme)
            settle(app, window, 1.0)
            save(window, args.out, f"health-{theme.value}.png")
        window.go(ORDERS)
        for theme in themes:
            window.theme.choose(theme)
            dialog = CancelDialog(db, order_id, ctx, parent=window)
            dialog.reason.choose("PricingError")
            dialog.show()
            dialog.resize(780, dialog.sizeHint().height())
            settle(app, window, 0.8)
            save(dialog, args.out, f"cancel-{theme.value}.png")
            dialog.close()
            dialog.deleteLater()
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
