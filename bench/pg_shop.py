"""The demo shop on PostgreSQL: the cached SQLite demo shop copied with COPY into a migrated
database of the bench's throwaway server, and the helpers the PostgreSQL import figures share.

Copying is far quicker than building the demo again on PostgreSQL (``build_demo`` is Python
generating and checking every order: minutes at a million, on a shared CPU), and it measures
the very same shop as the SQLite figures. Table by table in dependency order, with the
secondary indexes (the trigram search index among them) set aside and built once at the end,
foreign-key triggers off for the load (the shop was consistent in SQLite), the id sequences
moved past the largest key, then ``VACUUM ANALYZE``: what autovacuum does by itself shortly
after a load this size, as on any team's server that has been running a while.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

Log = Callable[[str], None]
SKIPPED = ("alembic_version",)  # written by the migrations


def libpq(url: str) -> str:
    """A SQLAlchemy URL as the libpq address psycopg takes."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def database_url(server: str, name: str) -> str:
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _admin(server: str) -> Any:
    import psycopg

    return psycopg.connect(libpq(server), autocommit=True)


def create_database(server: str, name: str, template: str | None = None) -> str:
    """A new database (a copy of ``template`` when given); its URL."""
    with _admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # FILE_COPY: a checkpoint and a file copy, not the whole shop through the WAL
        suffix = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{suffix}')
    return database_url(server, name)


def drop_database(server: str, name: str) -> None:
    with _admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def migrated(server: str, name: str) -> str:
    """A new, migrated, empty Seller Desk database; its URL."""
    from desktop_app.db.database import open_database

    url = create_database(server, name)
    open_database(url).close()
    return url


def secondary_indexes(cur: Any) -> list[tuple[str, str]]:
    """(name, CREATE statement) of every index that backs no constraint (primary keys and
    unique constraints keep theirs)."""
    cur.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) "
        "ORDER BY i.indexname"
    )
    return [(str(n), str(d)) for n, d in cur.fetchall()]


@contextmanager
def indexes_set_aside(cur: Any) -> Iterator[None]:
    """Drop the secondary indexes for the block and build them again at its end."""
    found = secondary_indexes(cur)
    for name, _sql in found:
        cur.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        cur.execute(sql)


def load_shop(source: Path, server: str, name: str, log: Log) -> str:
    """Copy the SQLite shop ``source`` into a new migrated database ``name``; its URL."""
    from desktop_app.db.tables import metadata

    started = time.perf_counter()
    url = migrated(server, name)
    import psycopg

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    rows = 0
    with psycopg.connect(libpq(url)) as conn, conn.cursor() as cur:
        cur.execute("SET session_replication_role = replica")  # no FK triggers for the load
        cur.execute("DELETE FROM settings")  # the shop's own settings replace the defaults
        with indexes_set_aside(cur):
            for table in metadata.sorted_tables:
                if table.name in SKIPPED:
                    continue
                read = src.execute(f'SELECT * FROM "{table.name}"')
                names = ", ".join(f'"{d[0]}"' for d in read.description)
                with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                    for row in read:
                        copy.write_row(row)
                        rows += 1
                if "id" in table.c:
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f'coalesce(max(id), 0) + 1, false) FROM "{table.name}"'
                    )
            log(f"copied {rows:,} rows in {time.perf_counter() - started:.0f} s; indexing")
        cur.execute("SET session_replication_role = DEFAULT")
        conn.commit()
    src.close()
    with psycopg.connect(libpq(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    log(f"the shop is on PostgreSQL in {time.perf_counter() - started:.0f} s")
    return url
