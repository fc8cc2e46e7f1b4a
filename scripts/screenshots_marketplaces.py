"""Screenshots of the marketplace profiles and the forecast, offscreen, on a demo shop.

    .venv/bin/python scripts/screenshots_marketplaces.py [--orders N] [--out docs/screenshots]

Builds a fresh demo shop (Amazon, eBay and Walmart orders) in a temporary folder and saves
health-marketplaces.png (the Account health page: a card and a series per marketplace, the
forecast sentences and the dashed projections) and cancel-ebay.png (the cancel dialog for an
unshipped eBay order with "No inventory" chosen: a defect on eBay).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import open_database
from desktop_app.services.context import Context
from desktop_app.services.demo import build_demo
from desktop_app.services.queries import OrderFilter, list_orders
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.gc_pin import GuiThreadCollector
from desktop_app.ui.health.page import HealthPage
from desktop_app.ui.theme import Theme
from desktop_app.ui.tour import settle
from scripts.screenshots import choose_theme, install_language, save


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000, help="demo shop size")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    GuiThreadCollector(app).start()  # as the app: garbage collected on this thread only
    app.setApplicationName("Seller Desk")
    install_language(app, "en")  # the English plural forms: "1 order", "2 orders"
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        choose_theme(settings, "light")
        Theme(app, settings).apply()  # the window's palette and style sheet
        db = open_database(f"sqlite:///{Path(tmp) / 'seller-desk.db'}")
        build_demo(db, args.orders, seed=1)
        ctx = Context(actor="seller")

        page = HealthPage(db)
        page.resize(1440, 900)
        page.show()
        page.refresh()
        page.set_range(30)
        settle(seconds=0.6)
        save(page, args.out, "health-marketplaces")
        page.close()

        unshipped = OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.MFN)
        with db.reading() as session:  # an eBay order id: 12-34567-89012
            rows = list_orders(session, unshipped, datetime.now(UTC), limit=500)
        ebay = next(r.order_id for r in rows if len(r.order_id) == 14 and not r.has_open_request)
        dialog = CancelDialog(db, ebay, ctx)
        dialog.reason.choose("NoInventory")
        dialog.show()
        settle()
        dialog.adjustSize()
        settle()
        save(dialog, args.out, "cancel-ebay")
        dialog.close()
        for widget in (page, dialog):
            widget.deleteLater()
        settle()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
