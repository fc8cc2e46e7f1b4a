"""One import in its own process: ``python -m bench.import_child MODE REPORT DB``.

MODE is ``seller`` (Seller Desk's import service, validation included), ``pandas``
(``read_csv`` + ``to_sql`` into SQLite), ``raw`` (stdlib ``csv`` + ``sqlite3.executemany``
into one flat table) or ``storage`` (REPORT is then a database a ``seller`` run wrote: its rows,
loaded before the clock starts, are written into the empty Seller Desk database DB with raw
``sqlite3``, indexes and search index included: what SQLite alone costs for that schema).
When DB is a PostgreSQL URL (and, for ``storage``, REPORT too), ``seller`` imports into that
database and ``storage`` writes the rows with COPY (see ``_storage_pg``).
The libraries are imported before the clock starts; the seconds cover reading, checking and
writing up to the commit. Peak memory is the whole process's high-water
mark, libraries included: ``VmHWM`` from /proc/self/status, which starts afresh at exec
(``ru_maxrss`` does not on Linux: a child inherits its parent's peak). Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def _seller(report: Path, db_path: Path) -> dict[str, Any]:
    return _seller_at(report, f"sqlite:///{db_path}")


def _seller_at(report: Path, url: str) -> dict[str, Any]:
    from desktop_app.core.clock import utcnow
    from desktop_app.db.database import open_database
    from desktop_app.services.context import Context
    from desktop_app.services.importing import ImportOptions, import_file
    from desktop_app.services.queries import OrderFilter, count_orders, list_orders

    db = open_database(url)  # a migrated empty copy: no Alembic import
    started = time.perf_counter()
    summary = import_file(db.sessions, report, ImportOptions(), Context(actor="bench"))
    # usable: committed, and the orders table's first page (its count and first rows) read
    with db.reading() as session:
        now = utcnow()
        count_orders(session, OrderFilter(), now)
        list_orders(session, OrderFilter(), now, limit=100)
    usable = time.perf_counter() - started
    # the import's whole cost: SQLite's log copied into the shop file, PostgreSQL's search
    # index built
    db.finish_bulk_write()
    seconds = time.perf_counter() - started
    db.close()
    if not summary.written:
        first = summary.errors[0] if summary.errors else None
        raise SystemExit(f"the import wrote nothing: {summary.verdict()} first error: {first}")
    return {
        "seconds": seconds,
        "usable": usable,
        "rows": summary.rows,
        "orders": summary.new + summary.updated + summary.unchanged,
        "rejected": summary.rejected,
    }


def _pandas(report: Path, db_path: Path) -> dict[str, Any]:
    import sqlite3

    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_csv(report, sep="\t")
    with sqlite3.connect(db_path) as conn:
        frame.to_sql("all_orders", conn, index=False)
    conn.close()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": len(frame)}


def _raw(report: Path, db_path: Path) -> dict[str, Any]:
    import csv
    import sqlite3

    started = time.perf_counter()
    with report.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader)
        columns = ", ".join(f'"{name}" TEXT' for name in header)
        marks = ", ".join("?" for _ in header)
        conn = sqlite3.connect(db_path)
        with conn:
            conn.execute(f"CREATE TABLE all_orders ({columns})")
            conn.executemany(f"INSERT INTO all_orders VALUES ({marks})", reader)
        rows = conn.execute("SELECT count(*) FROM all_orders").fetchone()[0]
        conn.close()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": rows}


_OWN_TABLES = ("alembic_version", "settings")  # written by the migrations, already in DB


def _storage(source: Path, db_path: Path) -> dict[str, Any]:
    """The floor under Seller Desk's import: the same rows, already converted, checked and
    grouped, written with raw sqlite3 the quickest way (secondary indexes and the search
    trigger set aside, then built once; the day totals written as the rows they are), in one
    transaction."""
    import sqlite3

    with sqlite3.connect(source) as src:
        names = [
            name
            for (name,) in src.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%' "
                "AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'orders_search%'"
            )
            if name not in _OWN_TABLES
        ]
        tables = {name: src.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
    src.close()
    rows = sum(len(found) for found in tables.values())
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    # the search trigger, and the day totals' triggers: their table is replayed as rows
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND (name = 'orders_search_insert' OR name LIKE 'order_day_counts_%')"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    for name, found in tables.items():
        if found:
            marks = ", ".join("?" for _ in found[0])
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', found)
    conn.execute(f"PRAGMA threads = {min(os.cpu_count() or 1, 4)}")  # as db.bulk builds them
    for _name, sql in indexes:
        conn.execute(sql)
    # as db.search.bulk_search_indexing fills it: FTS5 merging after 16 segments a level
    conn.execute("INSERT INTO orders_search(orders_search, rank) VALUES ('automerge', 16)")
    conn.execute("INSERT INTO orders_search(rowid, search_text) SELECT id, search_text FROM orders")
    conn.execute("INSERT INTO orders_search(orders_search, rank) VALUES ('automerge', 4)")
    for _name, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return {"seconds": seconds, "rows": rows}


MODES = {"seller": _seller, "pandas": _pandas, "raw": _raw, "storage": _storage}


def _storage_pg(source: str, target: str) -> dict[str, Any]:
    """The floor on PostgreSQL: the tables a Seller Desk import wrote into database ``source``,
    read with ``COPY ... TO STDOUT`` into memory before the clock starts, written with ``COPY
    ... FROM STDIN`` into the empty migrated database ``target``, the secondary indexes (the
    trigram search index among them) set aside and built once, in one transaction. Foreign
    keys are checked, as for the import."""
    import psycopg

    from bench.pg_shop import indexes_set_aside, libpq
    from desktop_app.db.tables import metadata

    # the day totals are not replayed: the database's own statement triggers count the orders
    # as they are copied in (db.day_counts), which is part of what the schema costs
    names = [
        t.name
        for t in metadata.sorted_tables
        if t.name not in _OWN_TABLES and t.name != "order_day_counts"
    ]
    keyed = [t.name for t in metadata.sorted_tables if "id" in t.c]
    tables: dict[str, list[bytes]] = {}
    with psycopg.connect(libpq(source)) as src, src.cursor() as cur:
        for name in names:
            with cur.copy(f'COPY "{name}" TO STDOUT') as copy:
                tables[name] = [bytes(block) for block in copy]
        rows = 0
        for name in names:
            cur.execute(f'SELECT count(*) FROM "{name}"')
            rows += int(cur.fetchone()[0])  # type: ignore[index]
    conn = psycopg.connect(libpq(target))
    started = time.perf_counter()
    with conn.cursor() as cur:
        with indexes_set_aside(cur):
            for name in names:
                if tables[name]:
                    with cur.copy(f'COPY "{name}" FROM STDIN') as copy:
                        for block in tables[name]:
                            copy.write(block)
            for name in keyed:  # as the import moves them on
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f'coalesce(max(id), 0) + 1, false) FROM "{name}"'
                )
        conn.commit()
    seconds = time.perf_counter() - started
    conn.close()
    return {"seconds": seconds, "rows": rows}


PG_MODES = {"seller": _seller_at, "storage": _storage_pg}  # the DB arguments are URLs


def peak_mb() -> float:
    """This process's peak resident memory in MB: VmHWM as the import's reader process reads
    its own, else the kernel's ru_maxrss."""
    from desktop_app.services.importing.reader import peak_mb as vm_hwm

    return vm_hwm() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    mode, report, target = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "seller":  # the libraries load before the clock starts, as for the baselines
        import desktop_app.services.importing  # noqa: F401
    elif mode == "pandas":
        import pandas  # noqa: F401
    if "://" in target:  # PostgreSQL (REPORT is a URL too for ``storage``)
        result = PG_MODES[mode](Path(report) if mode == "seller" else report, target)  # type: ignore[operator]
    else:
        result = MODES[mode](Path(report), Path(target))
    # with the import's reader process (services.importing.reader), if it had one: the two
    # peaks added up, as if they were reached at the same moment
    result["peak_mb"] = peak_mb() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
