"""The search index stays true whichever way orders are written."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop_app.core.clock import utcnow
from desktop_app.db.database import Database
from desktop_app.db.models import Setting
from desktop_app.db.search import (
    DEFERRED_KEY,
    FTS5_AUTOMERGE,
    FTS_TABLE,
    bulk_search_indexing,
)
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
