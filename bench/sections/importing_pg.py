"""Import the All Orders report of N item rows into PostgreSQL: Seller Desk's import (COPY) and
its storage floor (the same rows written with COPY into the same schema).

Runs in the parent, on the bench's throwaway server: every import is its own child process
(``bench.import_child`` with database URLs), into a fresh database cloned from a migrated empty
one. The Seller Desk import and the floor alternate, so a busy moment on the shared machine
does not fall on one only. The orders table is usable once the import has committed (the
indexes it set aside built again inside the transaction) and its first page is read; the
whole import also builds the trigram search index, which a big import leaves for after its
commit (Database.finish_bulk_write): search answers meanwhile, by reading the table.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.common import REPO, Config, Figure, child_env, log, missing, ratio_figure
from bench.common import median as med
from bench.datasets import DATA, DemoShop, report
from bench.pg_shop import create_database, drop_database, migrated
from bench.sections.importing import (
    DAILY_RUNS,
    DAILY_SHARE,
    LABELS,
    PEAK_LIMIT_MB,
    SECTION,
    everyday_figure,
    new_orders_report,
)

SLOW_RUN = 120.0  # seconds: an import slower than this is run once (keeps the run bounded)
FLOOR = "Storage floor: Seller Desk's rows, indexes and search index with COPY"
WHOLE_LIMIT = 1.5  # the whole import, times the floor (issue 17)
USABLE_LIMIT = 1.2  # until the orders table is usable, times the floor
EMPTY = "sd_bench_empty"


def _one(mode: str, source: str, target: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bench.import_child", mode, source, target]
    proc = subprocess.run(cmd, cwd=REPO, env=child_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{mode} import on PostgreSQL failed: {tail}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run(cfg: Config, shop: DemoShop, server: str, shop_db: str) -> list[Figure]:
    file = report(shop, cfg.orders, log)
    migrated(server, EMPTY)
    seller: list[dict[str, Any]] = []
    floor: list[float] = []
    failed = ""
    try:
        for round_ in range(cfg.repeat):
            log(f"PostgreSQL import round {round_ + 1}/{cfg.repeat}: seller")
            written = create_database(server, "sd_bench_import", template=EMPTY)
            seller.append(_one("seller", str(file), written))
            log(f"PostgreSQL import round {round_ + 1}/{cfg.repeat}: storage floor (COPY)")
            target = create_database(server, "sd_bench_floor", template=EMPTY)
            floor.append(_one("storage", written, target)["seconds"])
            drop_database(server, "sd_bench_floor")
            if seller[-1]["seconds"] > SLOW_RUN:
                break
        daily = _into_the_shop(cfg, server, shop_db, file, max(cfg.orders // DAILY_SHARE, 1))
    except RuntimeError as error:
        failed = str(error)
        daily = []
    finally:
        for name in ("sd_bench_import", "sd_bench_floor", EMPTY):
            drop_database(server, name)
    if not seller:
        return [missing(SECTION, LABELS["seller"] + ": time", failed, limit=None)]

    seconds = [r["seconds"] for r in seller]
    peaks = [r["peak_mb"] for r in seller]
    note = f"{seller[-1]['rows']:,} rows → {seller[-1]['orders']:,} orders, "
    note += f"{seller[-1]['rejected']} rejected; COPY"
    if len(seller) < cfg.repeat:
        note = f"{len(seller)} run(s) (one takes over {SLOW_RUN:.0f} s); " + note
    whole = Figure(SECTION, LABELS["seller"] + ": time", med(seconds), "s", seconds, note=note)
    usable_runs = [r["usable"] for r in seller]
    usable = Figure(
        SECTION,
        LABELS["seller"] + ": until the orders table is usable (committed, first page read)",
        med(usable_runs),
        "s",
        usable_runs,
        note="the other indexes, the search index among them, are built after, two at a "
        "time: reads go on, writes wait for an index's build",
    )
    figures = [
        whole,
        Figure(SECTION, LABELS["seller"] + ": rows per second", cfg.orders / whole.value, "rows/s"),
        Figure(
            SECTION,
            LABELS["seller"] + ": peak memory (own process)",
            med(peaks),
            "MB",
            peaks,
            PEAK_LIMIT_MB,
        ),
    ]
    if floor:
        base = Figure(
            SECTION,
            FLOOR + ": time",
            med(floor),
            "s",
            floor,
            note="the tables the Seller Desk import wrote, read with COPY TO into memory first, "
            "written with COPY FROM; secondary indexes set aside and built once; foreign keys "
            "checked",
        )
        figures += [
            base,
            usable,
            ratio_figure(
                SECTION, "Seller Desk / storage floor time", whole, base, limit=WHOLE_LIMIT
            ),
            ratio_figure(
                SECTION,
                "Seller Desk until the orders table is usable / storage floor time",
                usable,
                base,
                limit=USABLE_LIMIT,
            ),
        ]
    if daily:
        figures.append(everyday_figure(daily, shop))
    if failed:
        figures.append(missing(SECTION, "section", failed))
    return figures


def _into_the_shop(
    cfg: Config, server: str, shop_db: str, file: Path, rows: int
) -> list[dict[str, Any]]:
    """The report's first ``rows`` rows with new order ids ("111-" -> "911-") into a copy of the
    shop on PostgreSQL (as the SQLite section does)."""
    # in the worktree's data folder (--data may be shared)
    part = new_orders_report(file, DATA / f"work-report-new-pg-{rows}.txt", rows)
    results: list[dict[str, Any]] = []
    try:
        for round_ in range(DAILY_RUNS):
            log(f"PostgreSQL import round {round_ + 1}/{DAILY_RUNS}: {rows:,} rows into the shop")
            target = create_database(server, "sd_bench_daily", template=shop_db)
            results.append(_one("seller", str(part), target))
    finally:
        part.unlink()
        drop_database(server, "sd_bench_daily")
    return results
