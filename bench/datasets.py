"""The generated inputs, cached under bench/data/ between runs when their parameters match.

- a demo shop of N orders (``services.demo.build_demo``), built once at a fixed ``now`` that is
  stored beside it, so that every later run measures against the same clock;
- an Amazon All Orders report of N item rows, written from that demo shop.

A cache entry is keyed by its parameters and by a hash of the migrations, so a schema change
rebuilds it instead of measuring a file without the new indexes (``--rebuild`` forces it).
A section that writes works on a copy, so a cached file is never changed by a run.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.io.amazon import ALL_ORDERS_DOCUMENTED

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / "data"

Log = Callable[[str], None]

# Seller Desk's statuses as the words an All Orders report uses.
_ORDER_WORDS = {
    "Pending": "Pending",
    "PendingAvailability": "Pending",
    "Unshipped": "Unshipped",
    "PartiallyShipped": "Shipping",
    "Shipped": "Shipped",
    "Canceled": "Cancelled",
    "Unfulfillable": "Unfulfillable",
    "InvoiceUnconfirmed": "Pending",
}
_ITEM_WORDS = {
    "Pending": "Pending",
    "Unshipped": "Unshipped",
    "Shipped": "Shipped",
    "Canceled": "Cancelled",
}
_CHANNEL_WORDS = {"MFN": "Merchant", "AFN": "Amazon"}
REPORT_VERSION = 3  # bump when the report's content changes


def _code_hash(*relative: str) -> str:
    digest = hashlib.sha256()
    for rel in relative:
        path = REPO / rel
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(REPO).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _demo_key(orders: int, seed: int) -> str:
    # Keyed on the schema (the migrations), not on every edit of the demo builder: a rebuild
    # costs minutes at a million orders. ``run.py --rebuild`` forces one.
    code = _code_hash("desktop_app/db/migrations/versions")
    return f"demo-{orders}-s{seed}-{code}"


@dataclass(frozen=True)
class DemoShop:
    path: Path
    now: datetime
    orders: int
    items: int
    build_seconds: float | None  # None: taken from the cache

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def demo_shop(
    orders: int, seed: int, log: Log, data: Path = DATA, *, rebuild: bool = False
) -> DemoShop:
    """The cached demo shop of ``orders`` orders, built (about 85 s at a million) if missing."""
    data.mkdir(parents=True, exist_ok=True)
    key = _demo_key(orders, seed)
    path = data / f"{key}.db"
    meta = data / f"{key}.json"
    if path.exists() and meta.exists() and not rebuild:
        info = json.loads(meta.read_text())
        return DemoShop(path, datetime.fromisoformat(info["now"]), orders, info["items"], None)
    for stale in data.glob(f"demo-{orders}-s{seed}-*"):
        stale.unlink()
    from desktop_app.db.database import open_database
    from desktop_app.services.demo import build_demo

    now = datetime.now(UTC).replace(microsecond=0)
    tmp = path.with_suffix(".building")
    for leftover in data.glob(tmp.name + "*"):
        leftover.unlink()
    log(f"building a demo shop of {orders:,} orders (cached in {path})")
    started = time.perf_counter()
    db = open_database(f"sqlite:///{tmp}")
    try:
        build_demo(db, orders, seed=seed, now=now)
    finally:
        db.close()
    seconds = time.perf_counter() - started
    _checkpoint(tmp)
    # No ANALYZE: the app never runs it, so the planner must do without statistics here too.
    with sqlite3.connect(tmp) as conn:
        items = int(conn.execute("SELECT count(*) FROM order_items").fetchone()[0])
    conn.close()
    tmp.rename(path)
    meta.write_text(json.dumps({"now": now.isoformat(), "items": items, "seconds": seconds}))
    log(f"built in {seconds:.1f} s")
    return DemoShop(path, now, orders, items, seconds)


def warm(path: Path) -> None:
    """Read the file once, so that it is in the OS file cache (a shop in daily use), whatever
    the previous section wrote meanwhile."""
    with path.open("rb") as handle:
        while handle.read(16 << 20):
            pass


def working_copy(shop: DemoShop, name: str) -> Path:
    """A copy of the cached shop that a section may change."""
    target = shop.path.parent / name
    for old in target.parent.glob(name + "*"):
        old.unlink()
    shutil.copyfile(shop.path, target)
    return target


# --- the report ------------------------------------------------------------------------------


def _money(minor: int) -> str:
    return f"{minor / 100:.2f}"


def _stamp(value: str | None) -> str:
    """A stored UTC time as the report's ISO 8601 with an offset."""
    if not value:
        return ""
    text = value.replace(" ", "T")
    if "." in text:
        text = text.split(".", 1)[0]
    if text.endswith("Z") or "+" in text[10:]:
        return text
    return text + "+00:00"


def report(shop: DemoShop, rows: int, log: Log) -> Path:
    """An All Orders report (tab-separated) of ``rows`` item rows, taken from the demo shop."""
    data = shop.path.parent
    path = data / f"all-orders-v{REPORT_VERSION}-{rows}-from-{shop.path.stem}.txt"
    if path.exists():
        return path
    for stale in data.glob(f"all-orders-*-{rows}-from-*"):
        stale.unlink()
    log(f"writing an All Orders report of {rows:,} item rows ({path.name})")
    started = time.perf_counter()
    tmp = path.with_suffix(".writing")
    conn = sqlite3.connect(f"file:{shop.path}?mode=ro", uri=True)
    # One line per SKU of an order, as Amazon writes it (the demo may pick a SKU twice).
    query = """
        SELECT o.order_id, o.purchase_date, o.last_updated, o.status, o.channel,
               o.marketplace, o.ship_service_level, i.product_name, i.sku, i.asin, i.status,
               i.quantity, o.currency, i.price, i.tax, i.shipping, i.shipping_tax, i.promo,
               o.ship_city, o.ship_state, o.ship_postal_code, o.ship_country,
               o.is_business_order
        FROM (
            SELECT order_pk, sku, min(id) AS first_id, min(product_name) AS product_name,
                   min(asin) AS asin, min(status) AS status, sum(quantity) AS quantity,
                   sum(item_price_minor) AS price, sum(item_tax_minor) AS tax,
                   sum(shipping_price_minor) AS shipping, sum(shipping_tax_minor) AS shipping_tax,
                   sum(promotion_discount_minor) AS promo
            FROM order_items GROUP BY order_pk, sku
        ) i JOIN orders o ON o.id = i.order_pk
        ORDER BY i.first_id LIMIT ?
    """
    written = 0
    with tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(ALL_ORDERS_DOCUMENTED)
        for r in conn.execute(query, (rows,)):
            writer.writerow(
                (
                    r[0],
                    "",
                    _stamp(r[1]),
                    _stamp(r[2]),
                    _ORDER_WORDS.get(r[3], r[3]),
                    _CHANNEL_WORDS.get(r[4], r[4]),
                    r[5],
                    "",
                    r[6] or "",
                    r[7],
                    r[8],
                    r[9] or "",
                    _ITEM_WORDS.get(r[10], r[10]),
                    r[11],
                    r[12],
                    _money(r[13]),
                    _money(r[14]),
                    _money(r[15]),
                    _money(r[16]),
                    "",
                    "",
                    _money(-r[17]) if r[17] else "0.00",
                    "0.00",
                    r[18] or "",
                    r[19] or "",
                    r[20] or "",
                    r[21] or "",
                    "",
                    "",
                    "true" if r[22] else "false",
                    "",
                    "",
                )
            )
            written += 1
    conn.close()
    if written < rows:
        log(f"note: the demo shop has only {written:,} item rows; the report has that many")
    tmp.rename(path)
    log(f"written in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    return path
