"""Render PNG screenshots of the window and the cancellation dialog, offscreen, on a demo shop.

    .venv/bin/python scripts/screenshots.py [--orders N] [--out docs/screenshots]

Builds a fresh demo database in a temporary folder (the user's settings and data are not
touched), then saves main-window.png, cancel-allowed.png, cancel-shipped.png, cancel-afn.png,
cancel-buyer-request.png, cancel-several.png, requests.png, stock.png, and the dialogs of File >
Back up… (backup-done.png), Settings > Daily backups… (backup-settings.png), Settings > Column
mappings… (column-mappings.png) and the column mapping asked for a CSV of a new shape
(import-mapping.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database, open_database
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.backup import set_daily_keep
from desktop_app.services.context import Context
from desktop_app.services.demo import build_demo
from desktop_app.services.mappings import save_mapping
from desktop_app.services.queries import OrderFilter, OrderRow, list_orders
from desktop_app.ui.dialogs.bulk_cancel import BulkCancelDialog
from desktop_app.ui.dialogs.cancel import CancelDialog
from desktop_app.ui.main_window import REQUESTS, STOCK, MainWindow, Prompts
from desktop_app.ui.mapping_dialog import MappingDialog


def settle(app: QApplication, window: MainWindow | None = None, seconds: float = 0.3) -> None:
    """Let queued work and painting finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or (window is not None and window.operations.busy):
        app.processEvents()
        time.sleep(0.01)


def fit(app: QApplication, widget: QWidget, width: int = 780) -> None:
    """Size a dialog to its content (the offscreen screen is too small for adjustSize)."""
    app.processEvents()
    layout = widget.layout()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    widget.resize(width, max(height, layout.totalSizeHint().height()))
    settle(app)


def find(db: Database, ctx: Context, flt: OrderFilter, want: Callable[[OrderRow], bool]) -> str:
    with db.reading() as session:
        for row in list_orders(session, flt, ctx.now(), limit=500):
            if want(row):
                return row.order_id
    raise SystemExit(
        f"the demo shop of this size has no order to show for {flt} (every screenshot needs "
        "one); use a larger shop, e.g. the default --orders 20000"
    )


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--orders", type=int, default=20_000, help="demo shop size (small shops may lack a case)"
    )
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setApplicationName("Seller Desk")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'seller-desk.db'}")
        build_demo(db, args.orders, seed=1)
        ctx = Context(actor="seller")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("appearance/theme", args.theme)  # Settings > Theme
        copies = Path(tmp) / "backups"
        window = MainWindow(
            settings,
            prompts=Prompts(backup_path=lambda *_: copies / "seller-desk-backup.db"),
            backup_folder=copies,
        )
        window.resize(1440, 860)
        window.show()
        window.attach(db, ctx)
        settle(app, window)

        mfn_open = OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.MFN)
        allowed = find(db, ctx, mfn_open, lambda r: not r.has_open_request and "," in r.skus)
        shipped = find(
            db, ctx, OrderFilter(statuses=frozenset({OrderStatus.SHIPPED})), lambda r: True
        )
        afn = find(
            db,
            ctx,
            OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.AFN),
            lambda r: True,
        )
        requested = find(db, ctx, OrderFilter(needs_attention=True), lambda r: r.has_open_request)

        page = window.orders_page
        model = page.model
        shown = [model.row_at(r) for r in range(min(model.rowCount(), 28))]
        pick = next((n for n, r in enumerate(shown) if r and r.has_open_request), 2)
        page.table.selectRow(pick)
        page.show_current()
        settle(app, window)
        save(window, args.out, "main-window.png")

        cases = {
            "cancel-allowed.png": (allowed, "BuyerCanceled"),
            "cancel-shipped.png": (shipped, None),
            "cancel-afn.png": (afn, None),
            "cancel-buyer-request.png": (requested, None),
        }
        for name, (order_id, reason) in cases.items():
            dialog = CancelDialog(db, order_id, ctx, parent=window)
            if reason:
                dialog.reason.choose(reason)
            dialog.show()
            fit(app, dialog)
            save(dialog, args.out, name)
            dialog.close()
            dialog.deleteLater()

        bulk = BulkCancelDialog(
            db, [allowed, shipped, afn, requested], ctx, window.operations, window
        )
        bulk.show()
        settle(app, window)
        bulk.reason.choose("NoInventory")
        settle(app, window)
        fit(app, bulk, 860)
        save(bulk, args.out, "cancel-several.png")
        bulk.close()

        window.go(REQUESTS)
        settle(app, window)
        save(window, args.out, "requests.png")
        window.go(STOCK)
        window.stock_page.oversold_only.setChecked(True)
        settle(app, window)
        save(window, args.out, "stock.png")
        dialogs(app, window, db, Path(tmp), args.out)
        window.close()
        db.close()
    return 0


def dialogs(app: QApplication, window: MainWindow, db: Database, tmp: Path, out: Path) -> None:
    """File > Back up…, Settings > Daily backups… and Column mappings…, a CSV's mapping."""
    window.back_up()
    settle(app, window)
    box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    settle(app)
    save(box, out, "backup-done.png")
    box.close()

    with db.transaction() as session:
        set_daily_keep(session, 7)
    window.daily_backup()
    settle(app, window)
    window.backup_settings()
    settle(app)
    save(window.dialog, out, "backup-settings.png")  # type: ignore[arg-type]
    window.dialog.close()  # type: ignore[union-attr]

    columns = {"order_id": "Order number", "sku": "SKU", "quantity": "Qty", "purchase_date": "Date"}
    with db.transaction() as session:
        save_mapping(session, ColumnMapping("Etsy orders", columns, decimal_comma=True))
        save_mapping(
            session,
            ColumnMapping(
                "Shopify export",
                {
                    "order_id": "Name",
                    "sku": "Lineitem sku",
                    "quantity": "Lineitem quantity",
                    "purchase_date": "Created at",
                    "item_price": "Lineitem price",
                    "ship_city": "Shipping City",
                },
            ),
        )
    window.column_mappings()
    settle(app)
    save(window.dialog, out, "column-mappings.png")  # type: ignore[arg-type]
    window.dialog.close()  # type: ignore[union-attr]

    sample = tmp / "webshop-orders.csv"
    sample.write_text(
        "Bestellnummer;Datum;Artikelnummer;Menge;Preis;Status\n"
        "DE-1001;03.11.2026;MUG-RED;2;12,50;Versandt\n"
        "DE-1002;03.11.2026;TEA-GREEN;1;8,90;Offen\n"
        "DE-1003;04.11.2026;LAMP-01;1;42,00;Offen\n",
        encoding="utf-8",
    )
    mapping = MappingDialog(window, sample)
    mapping.show()
    fit(app, mapping, 640)
    save(mapping, out, "import-mapping.png")
    mapping.close()


if __name__ == "__main__":
    raise SystemExit(main())
