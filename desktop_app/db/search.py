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
    and_,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)

from desktop_app.db.tables import orders

FTS_TABLE = "orders_search"
PG_INDEX = "ix_orders_search_trgm"
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

    def catch_up(self) -> None:
        """Index the orders written so far in the block: work for a moment the writer would
        otherwise spend waiting (for the file's reader process), not left for the end."""
        newest = _newest(self.conn)
        if newest <= self.indexed:
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
