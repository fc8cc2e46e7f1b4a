"""Render the window in German and Chinese, offscreen, on a demo shop: to look at the words.

    .venv/bin/python scripts/screenshots_languages.py [--orders N] [--out docs/screenshots/i18n]

For each language (de, zh_CN) saves orders-<lang>.png (the main window at 1366×768),
cancel-<lang>.png (the cancel dialog of a seller-fulfilled order, reason chosen),
cancel-shipped-<lang>.png (a refusal: the core's sentence, translated) and health-<lang>.png
(the Account health page). Chinese needs a CJK font (``fc-list :lang=zh``; Debian:
``apt-get install fonts-wqy-microhei``). The full set of pages, light and dark, is
``scripts/screenshots.py``'s job.
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
from desktop_app.ui.main_window import HEALTH, MainWindow
from desktop_app.ui.translation import install

LANGUAGES = ("de", "zh_CN")


def settle(app: QApplication, window: MainWindow | None = None, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or (window is not None and window.operations.busy):
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=3000, help="demo shop size")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/i18n"))
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="e.g. de,zh_CN,en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    GuiThreadCollector(app).start()  # as the app: garbage collected on this thread only
    app.setApplicationName("Seller Desk")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'seller-desk.db'}")
        build_demo(db, args.orders, seed=1)
        ctx = Context(actor="seller")
        with db.reading() as session:
            flt = OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.MFN)
            rows = list_orders(session, flt, ctx.now(), limit=200)
            mfn = next(r.order_id for r in rows if not r.has_open_request and "," in r.skus)
            shipped_rows = list_orders(
                session, OrderFilter(statuses=frozenset({OrderStatus.SHIPPED})), ctx.now(), limit=1
            )
            shipped = shipped_rows[0].order_id
        for language in args.languages.split(","):
            install(language, app)
            settings = QSettings(str(Path(tmp) / f"{language}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings)
            window.resize(1366, 768)
            window.show()
            window.attach(db, ctx)
            settle(app, window)
            window.orders_page.table.selectRow(1)
            window.orders_page.show_current()
            settle(app, window)
            save(window, args.out / f"orders-{language}.png")
            for name, order_id, reason in (
                ("cancel", mfn, "NoInventory"),
                ("cancel-shipped", shipped, None),
            ):
                dialog = CancelDialog(db, order_id, ctx, parent=window)
                if reason:
                    dialog.reason.choose(reason)
                dialog.show()
                settle(app, window, 0.8)
                layout = dialog.layout()
                width = max(dialog.width(), 780)
                height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
                dialog.resize(width, max(height, layout.totalSizeHint().height()))
                settle(app, window)
                save(dialog, args.out / f"{name}-{language}.png")
                dialog.close()
                dialog.deleteLater()
            window.go(HEALTH)
            settle(app, window, 1.5)
            save(window, args.out / f"health-{language}.png")
            window.close()
            window.deleteLater()
            settle(app)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
