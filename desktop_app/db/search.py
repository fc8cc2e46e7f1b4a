"""The search index behind the orders table's search box (created by migration 0004).

SQLite: an FTS5 trigram table over ``orders.search_text``; PostgreSQL: a pg_trgm GIN index,
which plain ``LIKE`` uses by itself. Neither is part of the models, so schema comparisons
skip them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)

from desktop_app.db.bulk import PG_BUILD_LOCK, enough_build_memory, pg_index_valid
from desktop_app.db.tables import orders

FTS_TABLE = "orders_search"
PG_INDEX = "ix_orders_search_trgm"
PG_INDEX_SQL = (
    f"CREATE INDEX CONCURRENTLY {PG_INDEX} ON orders USING gin (search_text gin_trgm_ops)"
)
MIN_TRIGRAM = 3  # shorter text cannot use a trigram index
PLAIN_SCAN_ABOVE = 2000  # more matches than this: walk the table instead of the index

_fts = table(FTS_TABLE, column("rowid"), column("search_text"))


def outside_models(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic ``include_name`` hook: leave the search index out of schema comparisons."""
    return not (name or "").startswith((FTS_TABLE, PG_INDEX))


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phrase(text: str) -> str:
    """An FTS5 phrase: with the trigram tokenizer and positions, an exact substring match."""
    return '"' + text.replace('"', '""') + '"'


def _indexed(terms: Sequence[str]) -> list[str]:
    return [t for t in terms if len(t) >= MIN_TRIGRAM]


def uses_index(terms: Sequence[str], dialect: str) -> bool:
    """Whether the SQLite index can narrow the search (some term has a trigram)."""
    return dialect == "sqlite" and bool(_indexed(terms))


def index_matches(conn: Connection, terms: Sequence[str]) -> int:
    """How many orders contain every indexed term, from the SQLite search index alone."""
    query = select(func.count()).select_from(_fts).where(_match(_indexed(terms)))
    return int(conn.execute(query).scalar_one())


def counted_by_index(terms: Sequence[str], dialect: str) -> bool:
    """Whether :func:`index_matches` is the exact count (every term in the index)."""
    return uses_index(terms, dialect) and len(_indexed(terms)) == len(terms)


def _match(terms: Sequence[str]) -> ColumnElement[bool]:
    return literal_column(FTS_TABLE).op("MATCH")(" AND ".join(_phrase(t) for t in terms))


def _like_all(terms: Sequence[str]) -> list[ColumnElement[bool]]:
    return [orders.c.search_text.like(like_pattern(t), escape="\\") for t in terms]


def search_condition(
    terms: Sequence[str], dialect: str, matches: int | None = None
) -> ColumnElement[bool]:
    """Orders whose search text contains every one of ``terms`` (folded, see core.search).

    On SQLite, ``matches`` (from :func:`index_matches`) picks the plan: a few matches are
    fetched from the index (terms too short for it are checked on those rows); many are
    cheaper to find by walking the table in the order the seller sorted, where the first page
    fills up after a few thousand rows.
    """
    indexed = _indexed(terms)
    if uses_index(terms, dialect) and (matches is None or matches <= PLAIN_SCAN_ABOVE):
        short = [t for t in terms if t not in indexed]
        found = orders.c.id.in_(select(_fts.c.rowid).where(_match(indexed)))
        return and_(found, *_like_all(short))
    return and_(*_like_all(terms))


def pg_index_missing(conn: Connection) -> bool:
    """PostgreSQL: the search index is absent or unusable (its build was cut short) while
    pg_trgm is installed. Search still answers meanwhile, by reading the table."""
    if conn.dialect.name != "postgresql":
        return False
    installed = conn.execute(
        text("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')")
    ).scalar()
    return bool(installed) and pg_index_valid(conn, PG_INDEX) is not True


def build_pg_index(engine: Engine) -> bool:
    """PostgreSQL: build the search index if it is missing, concurrently: the shop's reads
    and writes go on meanwhile (15 s at a million orders). A big import leaves it for after
    its commit (db.bulk), so that its orders are there to see 15 s sooner; opening the shop
    builds it when that build was cut short (the app closed), replacing the unusable one.

    Returns whether it built it: not when there is nothing to do, nor while another session
    builds it (an advisory lock says so; without it an unfinished index, being built
    elsewhere, would look like one cut short).
    """
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if not pg_index_missing(conn):
            return False
        lock = {"key": PG_BUILD_LOCK}
        if not conn.execute(text("SELECT pg_try_advisory_lock(:key)"), lock).scalar():
            return False
        try:
            if not pg_index_missing(conn):  # built by the session that held the lock
                return False
            conn.exec_driver_sql(f'DROP INDEX CONCURRENTLY IF EXISTS "{PG_INDEX}"')
            enough_build_memory(conn, local=False)
            try:
                conn.exec_driver_sql(PG_INDEX_SQL)
            finally:  # the pooled connection goes back as it came, built or not
                conn.exec_driver_sql("RESET maintenance_work_mem")
            return True
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), lock)


_WALK_SETTINGS = ("enable_bitmapscan", "enable_seqscan")
# PostgreSQL gathers a match from the trigram index in about 2 µs and checks a row on the
# sort's index in about 3 µs: for a first page of 200 at a million orders walking wins above
# some 17,000 matches (2,644 matches of "cop-mug": 25 ms gathered, 55-157 ms walked)
PG_WALK_ABOVE = 20_000


@contextmanager
def walk_in_sort_order(
    conn: Connection, terms: Sequence[str], matches: int | None
) -> Iterator[None]:
    """PostgreSQL: read a page of a search that matches many orders by walking the sort's
    index and checking each row's text, as SQLite does (see :func:`search_condition`).

    The planner guesses a few hundred matches for any word (it cannot see into ``LIKE
    '%salt%'``), so it fetches every match from the trigram index and sorts them: 66,000 rows
    and 150 ms for "salt lake" at a million orders, where walking the date index fills the
    first page after 3,000 rows in 10 ms. Given a count above :data:`PG_WALK_ABOVE`
    (``matches``, which the table has read anyway), the block turns off the bitmap and
    sequential scans for its statements, the plans that gather every match, and puts them
    back after.
    """
    many = matches is not None and matches > PG_WALK_ABOVE
    if conn.dialect.name != "postgresql" or not many or not _indexed(terms):
        yield
        return
    saved = conn.execute(
        text("SELECT " + ", ".join(f"current_setting('{name}')" for name in _WALK_SETTINGS))
    ).one()
    _set_locally(conn, dict.fromkeys(_WALK_SETTINGS, "off"))
    yield  # on an error the transaction is rolled back, and the settings with it
    _set_locally(conn, dict(zip(_WALK_SETTINGS, saved, strict=True)))


def _set_locally(conn: Connection, settings: dict[str, str]) -> None:
    """``SET LOCAL`` for each setting: until the transaction ends."""
    calls = ", ".join(f"set_config('{name}', :{name}, true)" for name in settings)
    conn.execute(text(f"SELECT {calls}"), settings)


# FTS5 merges a level's segments once it holds this many (its default, 4, kept for everyday
# writes); a bulk fill waits for 16, which fills 754k orders in 6.0 s instead of 9.8 s with
# searches as quick afterwards
FTS5_AUTOMERGE = 4
BULK_AUTOMERGE = 16


def _automerge(conn: Connection, segments: int) -> None:
    conn.execute(
        text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', :n)"),
        {"n": segments},
    )


DEFERRED_KEY = "search.deferred"  # migration 0005's guard; see bulk_search_indexing
INSERT_TRIGGER = "orders_search_insert"
UPDATE_TRIGGER = "orders_search_update"


def _trigger_sql(conn: Connection, name: str) -> str | None:
    sql: str | None = conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
        {"name": name},
    ).scalar()
    return sql


class BulkIndexing:
    """The search index of a bulk write in progress (see :func:`bulk_search_indexing`)."""

    def __init__(self, conn: Connection, indexed: int, update_sql: str | None) -> None:
        self.conn = conn
        self.indexed = indexed  # orders up to this key are in the index
        self._update_sql = update_sql

    def catch_up(self, *, behind: int = 1) -> None:
        """Index the orders written so far in the block, if at least ``behind`` are not yet:
        work for a moment the writer would otherwise spend waiting (for the file's reader
        process), or that would otherwise pile up for the end, where nothing runs beside it."""
        newest = _newest(self.conn)
        if newest - self.indexed < max(behind, 1):
            return
        _index(self.conn, self.indexed, newest)
        self.indexed = newest
        if self._update_sql is not None:  # they are indexed: keep them so from now on
            self.conn.execute(text(f"DROP TRIGGER {UPDATE_TRIGGER}"))
            self.conn.execute(text(_only_older(self._update_sql, newest)))


def _newest(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(orders.c.id), 0))).scalar_one())


def _index(conn: Connection, after: int, upto: int | None = None) -> None:
    """Add the orders with keys in (after, upto] to the index (all after ``after``)."""
    bounds = "id > :after" + ("" if upto is None else " AND id <= :upto")
    conn.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, search_text) SELECT id, search_text FROM orders "
            f"WHERE {bounds}"
        ),
        {"after": after, "upto": upto},
    )


@contextmanager
def bulk_search_indexing(conn: Connection) -> Iterator[BulkIndexing | None]:
    """Index the orders inserted inside this block in one statement when it ends (SQLite),
    or earlier in parts, when the writer calls :meth:`BulkIndexing.catch_up`.

    For bulk writers (import, demo) in a single write transaction: the per-row insert trigger
    is dropped for the block and created again at its end, after one INSERT ... SELECT has
    indexed the new orders. SQLite's DDL is transactional and the writer holds the write lock
    (BEGIN IMMEDIATE), so no one else ever sees the shop without its trigger, and a rollback
    puts it back. A trigger that merely stands aside still costs every row (about 28 µs).

    An order inserted in the block and updated later in it (an order whose lines are far apart
    in a report) may not be in the index yet: for the block the update trigger leaves orders
    newer than the indexed ones alone (asking FTS5 to delete a row it does not hold damages
    the index); they are indexed with their final text when they are caught up. Deletes keep
    their trigger. Yields None on PostgreSQL, whose trigram index needs nothing of this.
    """
    if conn.dialect.name != "sqlite":
        yield None
        return
    insert_sql = _trigger_sql(conn, INSERT_TRIGGER)
    update_sql = _trigger_sql(conn, UPDATE_TRIGGER)
    before = _newest(conn)
    if insert_sql is not None:
        conn.execute(text(f"DROP TRIGGER {INSERT_TRIGGER}"))
    if update_sql is not None:
        conn.execute(text(f"DROP TRIGGER {UPDATE_TRIGGER}"))
        conn.execute(text(_only_older(update_sql, before)))
    _automerge(conn, BULK_AUTOMERGE)
    indexing = BulkIndexing(conn, before, update_sql)
    yield indexing
    _index(conn, indexing.indexed)
    _automerge(conn, FTS5_AUTOMERGE)
    if update_sql is not None:
        conn.execute(text(f"DROP TRIGGER {UPDATE_TRIGGER}"))
        conn.execute(text(update_sql))
    if insert_sql is not None:
        conn.execute(text(insert_sql))


def _only_older(update_sql: str, before: int) -> str:
    """The update trigger, for orders already indexed when the block began only."""
    head, sep, body = update_sql.partition(" BEGIN ")
    if not sep or " WHEN " in head.upper():
        raise RuntimeError(f"unexpected search trigger: {update_sql}")
    return f"{head} WHEN new.id <= {int(before)} BEGIN {body}"
