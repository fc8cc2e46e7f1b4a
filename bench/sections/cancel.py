"""Cancel one order through the service at N orders: the what-if preview, then the cancel.

Runs on a copy of the cached demo shop (the cancels are committed, as in the app). Each repeat
cancels a different seller-fulfilled Unshipped order with *No inventory*, the reason that
counts against the seller, so the preview also runs the same-SKU check.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.common import Config, Figure, missing, seconds_figure, section_main
from bench.datasets import demo_shop, working_copy

SECTION = "Cancel one order"
WORK_DB = "sd_bench_cancel"


def run(cfg: Config) -> list[Figure]:
    from sqlalchemy import select

    from desktop_app.db.database import open_database
    from desktop_app.db.models import Order
    from desktop_app.services.cancellation import CancelRequest, cancel_order, preview_cancel
    from desktop_app.services.context import Context

    shop = demo_shop(cfg.orders, cfg.seed, lambda m: print(m, file=sys.stderr), Path(cfg.data))
    server = cfg.extra.get("server")
    if server is not None:  # PostgreSQL: a copy of the shop's database on the bench's server
        from bench.pg_shop import create_database, drop_database

        url = create_database(server, WORK_DB, template=cfg.extra["database"])
        copy = None
    else:
        copy = working_copy(shop, "work-cancel.db")
        url = f"sqlite:///{copy}"
    db = open_database(url, migrate=False)
    now = shop.now
    ctx = Context(actor="bench", source="app", via="app", clock=lambda: now)
    with db.reading() as session:
        ids = list(
            session.scalars(
                select(Order.order_id)
                .where(Order.channel == "MFN", Order.status == "Unshipped")
                .order_by(Order.id.desc())
                .limit(cfg.repeat + 1)
            )
        )
    if len(ids) < cfg.repeat + 1:
        db.close()
        return [missing(SECTION, "section", "not enough unshipped MFN orders in the demo shop")]

    previews: list[float] = []
    cancels: list[float] = []
    totals: list[float] = []
    for order_id in ids:
        req = CancelRequest(order_id=order_id, reason_code="NoInventory")
        started = time.perf_counter()
        with db.reading() as session:
            preview = preview_cancel(session, req, now)
        middle = time.perf_counter()
        with db.transaction() as session:
            cancel_order(
                session,
                ctx,
                CancelRequest(order_id, "NoInventory", expected_version=preview.version),
            )
        ended = time.perf_counter()
        previews.append(middle - started)
        cancels.append(ended - middle)
        totals.append(ended - started)
    db.close()
    if copy is None:
        drop_database(str(server), WORK_DB)
    else:
        for leftover in copy.parent.glob(copy.name + "*"):
            leftover.unlink()
    cold = totals.pop(0)
    previews.pop(0)
    cancels.pop(0)
    return [
        seconds_figure(SECTION, "What-if preview (preview_cancel)", previews, unit="ms"),
        seconds_figure(SECTION, "Cancel and commit (cancel_order)", cancels, unit="ms"),
        seconds_figure(SECTION, "One cancel, what-if included", totals, unit="ms", limit=50),
        seconds_figure(
            SECTION,
            "First cancel in a fresh process (cold caches)",
            [cold],
            unit="ms",
            note="information",
        ),
    ]


if __name__ == "__main__":
    section_main(SECTION, run)
