"""The search index stays true whichever way orders are written."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Connection, insert, select, text
from sqlalchemy.orm import Session

from desktop_app.core.clock import utcnow
from desktop_app.db import bulk
from desktop_app.db.bulk import OWED, build_owed_indexes
from desktop_app.db.database import Database
from desktop_app.db.models import Setting
from desktop_app.db.search import (
    DEFERRED_KEY,
    FTS5_AUTOMERGE,
    FTS_TABLE,
    PG_BUILD_LOCK,
    PG_INDEX,
    build_pg_index,
    bulk_search_indexing,
)
from desktop_app.db.tables import settings
from desktop_app.services.demo import build_demo
from desktop_app.services.queries import OrderFilter, count_orders, list_orders
from tests.factories import make_order


def _found(db: Database, text: str) -> int:
    with db.reading() as s:
        return count_orders(s, OrderFilter(search=text), utcnow())


def test_bulk_written_orders_are_searchable_and_the_guard_is_gone(db: Database) -> None:
    build_demo(db, 300, seed=2)
    with db.reading() as s:
        row = list_orders(s, OrderFilter(), utcnow(), limit=1)[0]
        assert s.execute(select(Setting).where(Setting.key == DEFERRED_KEY)).first() is None
    assert _found(db, row.order_id) == 1
    assert _found(db, row.skus.split(",")[0].lower()) >= 1
    with db.transaction() as s:  # the per-row trigger is back for ordinary writes
        make_order(s, "111-0000009-0000009", items=(("TEAPOT-9", 1, 100),))
    assert _found(db, "teapot-9") == 1
    if db.engine.dialect.name == "sqlite":  # and FTS5 merges as often as before the bulk fill
        with db.reading() as s:
            merge = s.execute(text(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'automerge'"))
            assert merge.scalar() == FTS5_AUTOMERGE


def test_a_rolled_back_bulk_write_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        with bulk_search_indexing(s.connection()):
            make_order(s, "111-0000009-0000009", items=(("TEAPOT-9", 1, 100),))
        raise RuntimeError("the import failed after indexing")
    assert _found(db, "teapot-9") == 0
    with db.transaction() as s:  # and a later ordinary write is indexed by its trigger
        make_order(s, "111-0000009-0000009", items=(("TEAPOT-9", 1, 100),))
    assert _found(db, "teapot-9") == 1


def _write_order(s: Session, n: int) -> None:
    """Order 111-000000n-000000n, of one TEAPOT-n, written (not committed)."""
    make_order(s, f"111-000000{n}-000000{n}", items=((f"TEAPOT-{n}", 1, 100),))
    s.flush()


def _search_text(s: Session, order_id: str, value: str) -> None:
    s.execute(
        text("UPDATE orders SET search_text = :v WHERE order_id = :o"), {"v": value, "o": order_id}
    )


def test_orders_indexed_while_the_bulk_write_goes_on_stay_true_to_later_changes(
    db: Database,
) -> None:
    """An import indexes what it wrote while it waits for its reader (catch_up): an order
    indexed that way and changed later in the same import is found by its new text only,
    and one written after the catch-up and changed too is indexed with its final text."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's trigram index needs no catching up")
    with db.transaction() as s, bulk_search_indexing(s.connection()) as indexing:
        assert indexing is not None
        _write_order(s, 1)
        indexing.catch_up()
        assert _matches(s, "teapot-1") == 1  # in the index before the block ends
        _search_text(s, "111-0000001-0000001", "kettle-1")
        _write_order(s, 2)
        _search_text(s, "111-0000002-0000002", "kettle-2")
        indexing.catch_up()
        _write_order(s, 3)
        _search_text(s, "111-0000003-0000003", "kettle-3")
    for n in (1, 2, 3):
        assert _found(db, f"kettle-{n}") == 1
        assert _found(db, f"teapot-{n}") == 0
    with db.reading() as s:  # FTS5 holds exactly what the orders say
        s.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"))
    with db.transaction() as s:  # and the everyday trigger is back, unconditional
        _search_text(s, "111-0000003-0000003", "samovar-3")
    assert _found(db, "samovar-3") == 1 and _found(db, "kettle-3") == 0


def test_a_bulk_write_catches_up_on_search_once_enough_orders_wait(db: Database) -> None:
    """The import catches the search index up after a batch once a backlog has built up (not
    only while it waits): the orders are searchable in the index before the block ends."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's trigram index needs no catching up")
    with db.transaction() as s, bulk_search_indexing(s.connection()) as indexing:
        assert indexing is not None
        _write_order(s, 1)
        indexing.catch_up(behind=2)
        assert _matches(s, "teapot-1") == 0  # one order waiting: not yet
        _write_order(s, 2)
        indexing.catch_up(behind=2)
        assert _matches(s, "teapot-1") == 1 and _matches(s, "teapot-2") == 1
    assert _found(db, "teapot-1") == 1 and _found(db, "teapot-2") == 1


def _matches(s: Session, term: str) -> int:
    query = text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q")
    return int(s.execute(query, {"q": f'"{term}"'}).scalar_one())


def _pg_index_state(db: Database) -> bool | None:
    """Whether the trigram index is usable; None when it is absent."""
    return _index_state(db, PG_INDEX)


def test_a_search_index_build_cut_short_is_built_again_and_only_once(db: Database) -> None:
    """PostgreSQL: a big import builds its search index after the commit. When the app closed
    mid-build, the index is left unusable; the next build replaces it. While another session
    is building it, nobody else touches it."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's search index is written inside the import's transaction")
    build_demo(db, 60, seed=3)
    assert build_pg_index(db.engine) is False  # there, usable: nothing to do
    with db.engine.begin() as conn:  # what a build cut short leaves behind
        conn.execute(
            text("UPDATE pg_index SET indisvalid = false WHERE indexrelid = :name ::regclass"),
            {"name": PG_INDEX},
        )
    assert _pg_index_state(db) is False
    with db.engine.connect() as other:  # another session is building it
        other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_BUILD_LOCK})
        assert build_pg_index(db.engine) is False
        assert _pg_index_state(db) is False
        other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_BUILD_LOCK})
        other.commit()
    assert build_pg_index(db.engine) is True
    assert _pg_index_state(db) is True
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP INDEX {PG_INDEX}"))
    assert _found(db, "zzqx") == 0 and _pg_index_state(db) is None  # search works without
    db.finish_bulk_write()
    assert _pg_index_state(db) is True


def _index_state(db: Database, name: str) -> bool | None:
    """Whether index ``name`` is usable; None when it is absent."""
    with db.snapshot() as conn:
        valid: bool | None = conn.execute(
            text("SELECT x.indisvalid FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                 "WHERE i.relname = :name"),
            {"name": name},
        ).scalar()  # fmt: skip
    return valid


def _owe(conn: Connection, name: str) -> None:
    """Write index ``name`` down as owed, as a big import does."""
    sql = conn.execute(text("SELECT pg_get_indexdef(:name ::regclass)"), {"name": name})
    conn.execute(insert(settings).values(key=OWED + name, value=sql.scalar_one()))


def test_an_owed_index_cut_short_is_built_again_and_only_once(db: Database) -> None:
    """PostgreSQL: an index a big import owes is built concurrently after the commit. When the
    app closed mid-build, the index is left unusable and still owed; the next build replaces
    it. While another session is building owed indexes, nobody else touches them."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite builds an owed index in a transaction: it is never left unusable")
    build_demo(db, 60, seed=3)
    name = "ix_orders_skus"
    with db.engine.begin() as conn:  # what a build cut short leaves behind
        _owe(conn, name)
        conn.execute(
            text("UPDATE pg_index SET indisvalid = false WHERE indexrelid = :name ::regclass"),
            {"name": name},
        )
    assert db.bulk_write_unfinished() and _index_state(db, name) is False
    with db.engine.connect() as other:  # another session is building them
        other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_BUILD_LOCK})
        assert build_owed_indexes(db.engine) == []
        assert _index_state(db, name) is False
        other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_BUILD_LOCK})
        other.commit()
    assert build_owed_indexes(db.engine) == [name]
    assert _index_state(db, name) is True and not db.bulk_write_unfinished()
    with db.reading() as session:  # and the sort reads by it
        rows = list_orders(session, OrderFilter(), utcnow())
    assert len(rows) == 60


def _set_aside(db: Database, *names: str) -> None:
    """Leave ``names`` as a big import leaves them: dropped, and owed."""
    with db.engine.begin() as conn:
        for name in names:
            _owe(conn, name)
            conn.execute(text(f'DROP INDEX "{name}"'))


def test_owed_indexes_never_hold_up_a_colleague_s_save(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: owed indexes are built in transactions of their own, which writes wait for.
    While a colleague's save is still open, the build does not queue in front of every later
    save: it builds concurrently instead, and every index is there and usable at the end."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: a save waits for the build, or it for it")
    build_demo(db, 60, seed=3)
    names = ("ix_orders_skus", "ix_orders_total_minor", PG_INDEX)
    _set_aside(db, *names)
    monkeypatch.setattr(bulk, "PG_PLAIN_LOCK_WAIT_MS", 50)
    with ThreadPoolExecutor(1) as pool, db.engine.connect() as colleague:
        colleague.execute(text("UPDATE orders SET version = version + 1 WHERE id = 1"))
        building = pool.submit(build_owed_indexes, db.engine)
        time.sleep(0.5)  # the plain builds have given up waiting for the colleague's lock
        with db.engine.connect() as another:  # a second colleague saves at once
            another.execute(text("SET lock_timeout = 2000"))
            another.execute(text("UPDATE orders SET version = version + 1 WHERE id = 2"))
            another.commit()
        assert not building.done()  # still waiting for the first colleague's save
        colleague.commit()
        assert sorted(building.result(timeout=60)) == sorted(names)
    assert all(_index_state(db, name) is True for name in names)
    assert not db.bulk_write_unfinished()
    assert _found(db, "zzqx") == 0


def test_owed_indexes_are_built_side_by_side_when_nobody_writes(db: Database) -> None:
    """PostgreSQL: with nobody writing, the search index and the others are built at the same
    time in transactions of their own; every one is usable and none is owed after."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite builds owed indexes one at a time")
    build_demo(db, 60, seed=3)
    names = ("ix_orders_skus", "ix_order_items_sku_status", PG_INDEX)
    _set_aside(db, *names)
    assert sorted(build_owed_indexes(db.engine)) == sorted(names)
    assert all(_index_state(db, name) is True for name in names)
    assert not db.bulk_write_unfinished()
