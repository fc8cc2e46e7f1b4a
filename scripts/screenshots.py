"""Render PNG screenshots of every page and dialog at 1366×768, offscreen, on a demo shop.

    .venv/bin/python scripts/screenshots.py [OUT] [--lang en|de|zh_CN] [--theme light|dark]
                                            [--orders N]

Builds a fresh demo database in a temporary folder (the user's settings and data are not
touched), shows an empty shop (empty-shop.png, the README's first picture), then walks the
window's tour (``desktop_app.ui.tour``): the pages (main-window.png,
orders-nothing-selected.png, requests.png, returns.png, stock.png, health.png) and the dialogs
(cancel-allowed.png, cancel-shipped.png, cancel-afn.png, cancel-buyer-request.png,
cancel-several.png, relabel.png, order-details-window.png, decline-request.png,
decline-and-ship.png, backup-settings.png, time-zone.png, currency.png, column-mappings.png,
import-mapping.png, import-check.png, first-run.png), each written into OUT (default
docs/screenshots).

``--lang`` installs the window's translators through ``desktop_app.ui.translation.install``
and ``--theme`` sets the window's ``appearance/theme`` setting (``desktop_app.ui.theme``); where
this build has neither yet, the script says so and renders in English / light.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.db.database import open_database
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.context import Context
from desktop_app.services.demo import build_demo
from desktop_app.services.mappings import save_mapping
from desktop_app.ui.gc_pin import GuiThreadCollector
from desktop_app.ui.main_window import MainWindow, Prompts
from desktop_app.ui.tour import TourError, settle, tour

LANGUAGES = ("en", "de", "zh_CN")
THEMES = ("light", "dark")


def install_language(app: QApplication, language: str) -> None:
    """The window's language through ``desktop_app.ui.translation.install`` (issue 15's
    translations); where this build has none yet, say so and render in English."""
    found = importlib.util.find_spec("desktop_app.ui.translation") is not None
    module = importlib.import_module("desktop_app.ui.translation") if found else None
    install = getattr(module, "install", None)
    if callable(install):
        install(language, app)
    elif language != "en":
        print(
            "warning: this build has no desktop_app.ui.translation.install(); rendering in "
            f"English instead of {language!r}",
            file=sys.stderr,
        )


def choose_theme(settings: QSettings, theme: str) -> None:
    """The colour scheme through the window's own setting (``desktop_app.ui.theme`` reads
    ``appearance/theme``); where this build has no themes yet, say so and render light."""
    if importlib.util.find_spec("desktop_app.ui.theme") is not None:
        settings.setValue("appearance/theme", theme)
    elif theme != "light":
        print(
            "warning: this build has no desktop_app.ui.theme; rendering light instead of "
            f"{theme!r}",
            file=sys.stderr,
        )


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="folder for the PNGs")
    parser.add_argument("--out", dest="out_option", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--theme", choices=THEMES, default="light")
    parser.add_argument(
        "--orders", type=int, default=20_000, help="demo shop size (small shops may lack a case)"
    )
    args = parser.parse_args()
    out: Path = args.out or args.out_option or Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    GuiThreadCollector(app).start()  # as the app: garbage collected on this thread only
    app.setApplicationName("Seller Desk")
    install_language(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        db = open_database(f"sqlite:///{scratch / 'seller-desk.db'}")
        build_demo(db, args.orders, seed=1)
        with db.transaction() as session:
            save_mapping(
                session,
                ColumnMapping(
                    "Etsy orders",
                    {
                        "order_id": "Order number",
                        "sku": "SKU",
                        "quantity": "Qty",
                        "purchase_date": "Date",
                    },
                    decimal_comma=True,
                ),
            )
        ctx = Context(actor="seller")
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        choose_theme(settings, args.theme)
        copies = scratch / "backups"
        window = MainWindow(
            settings,
            prompts=Prompts(backup_path=lambda *_: copies / "seller-desk-backup.db"),
            backup_folder=copies,
        )
        window.show()
        empty = open_database(f"sqlite:///{scratch / 'empty.db'}")  # the README's first picture
        window.attach(empty, ctx)
        settle(window, 1.0)
        save(window, out, "empty-shop")
        window.detach()  # as File > Open does: the empty shop's pages go (and it closes)
        window.attach(db, ctx)
        settle(window)
        try:
            for stop in tour(window, db, ctx, scratch):
                save(stop.widget, out, stop.name)
        except TourError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        finally:
            window.close()
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
