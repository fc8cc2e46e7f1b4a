"""The orders table's queries: filters, sort, windows and counts, all in SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.core.clock import utcnow
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.services.context import Context
from desktop_app.services.queries import OrderFilter, SortKey, count_orders, list_orders
from desktop_app.services.requests import record_request
from tests.factories import make_order

NOW = utcnow()


def _shop(db: Database) -> None:
    with db.transaction() as s:
        make_order(s, "111-0000001-0000001", items=(("MUG-BLUE", 1, 1200),),
                   purchased=NOW - timedelta(days=1))  # fmt: skip
        make_order(s, "111-0000002-0000002", status=OrderStatus.SHIPPED,
                   items=(("TRAY-OAK", 2, 5000),), purchased=NOW - timedelta(days=10))  # fmt: skip
        make_order(s, "111-0000003-0000003", channel=Channel.AFN,
                   items=(("MUG-BLUE", 3, 3600), ("VASE-1", 1, 900)),
                   purchased=NOW - timedelta(days=40))  # fmt: skip
        make_order(s, "111-0000004-0000004", items=(("EMPTY-SKU", 1, 100),), stock=0,
                   purchased=NOW - timedelta(hours=2))  # fmt: skip
        make_order(s, "111-0000005-0000005", items=(("LATE-1", 1, 700),),
                   purchased=NOW - timedelta(days=5))  # fmt: skip
        make_order(s, "111-0000006-0000006", items=(("ASKED-1", 1, 700),),
                   purchased=NOW - timedelta(hours=1))  # fmt: skip
    with db.transaction() as s:
        record_request(s, Context(), "111-0000006-0000006", reason="Ordered by mistake")


def _ids(db: Database, flt: OrderFilter, **kw: object) -> list[str]:
    with db.reading() as s:
        return [r.order_id for r in list_orders(s, flt, NOW, **kw)]  # type: ignore[arg-type]


def test_newest_first_by_default_and_counts(db: Database) -> None:
    _shop(db)
    ids = _ids(db, OrderFilter())
    assert ids[0] == "111-0000006-0000006" and ids[-1] == "111-0000003-0000003"
    with db.reading() as s:
        assert count_orders(s, OrderFilter(), NOW) == 6


def test_sort_by_total_ascending(db: Database) -> None:
    _shop(db)
    ids = _ids(db, OrderFilter(), sort=SortKey.TOTAL, descending=False)
    assert ids[0] == "111-0000004-0000004" and ids[-1] == "111-0000002-0000002"


def test_windows_cover_every_row_once(db: Database) -> None:
    _shop(db)
    pages = [_ids(db, OrderFilter(), offset=o, limit=2) for o in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 2, 0]
    assert len({i for p in pages for i in p}) == 6


def test_filter_by_statuses_and_channel(db: Database) -> None:
    _shop(db)
    shipped = OrderFilter(statuses=frozenset({OrderStatus.SHIPPED}))
    assert _ids(db, shipped) == ["111-0000002-0000002"]
    assert _ids(db, OrderFilter(channel=Channel.AFN)) == ["111-0000003-0000003"]
    both = OrderFilter(statuses=frozenset({OrderStatus.SHIPPED, OrderStatus.UNSHIPPED}))
    with db.reading() as s:
        assert count_orders(s, both, NOW) == 6


def test_date_range(db: Database) -> None:
    _shop(db)
    week = OrderFilter(since=NOW - timedelta(days=7))
    assert set(_ids(db, week)) == {
        "111-0000001-0000001", "111-0000004-0000004", "111-0000005-0000005",
        "111-0000006-0000006",
    }  # fmt: skip


def test_search_matches_order_id_sku_product_and_city_case_blind(db: Database) -> None:
    _shop(db)
    assert _ids(db, OrderFilter(search="0000002")) == ["111-0000002-0000002"]
    assert set(_ids(db, OrderFilter(search="mug-blue"))) == {
        "111-0000001-0000001", "111-0000003-0000003"
    }  # fmt: skip
    assert len(_ids(db, OrderFilter(search="Product VASE"))) == 1
    assert len(_ids(db, OrderFilter(search="PORTLAND"))) == 6
    assert _ids(db, OrderFilter(search="100%_")) == []


def test_needs_attention(db: Database) -> None:
    _shop(db)
    ids = set(_ids(db, OrderFilter(needs_attention=True)))
    # an open buyer request; a SKU with no stock; an MFN order unshipped past ship-by
    assert ids == {"111-0000006-0000006", "111-0000004-0000004", "111-0000005-0000005"}


def test_search_index_follows_every_change(db: Database) -> None:
    """The search index (FTS5 on SQLite, pg_trgm on PostgreSQL) sees inserts, edits, deletes."""
    from sqlalchemy import delete, update

    from desktop_app.db.models import Order

    _shop(db)
    with db.transaction() as s:
        s.execute(
            update(Order)
            .where(Order.order_id == "111-0000001-0000001")
            .values(search_text="111-0000001-0000001 | renamed teapot")
        )
        s.execute(delete(Order).where(Order.order_id == "111-0000002-0000002"))
    assert _ids(db, OrderFilter(search="teapot")) == ["111-0000001-0000001"]
    assert _ids(db, OrderFilter(search="mug-blue")) == ["111-0000003-0000003"]
    assert _ids(db, OrderFilter(search="tray-oak")) == []
    assert len(_ids(db, OrderFilter(search="po"))) == 5  # short text: plain scan
    assert _ids(db, OrderFilter(search="100%")) == []


def test_both_search_plans_find_the_same_orders(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Few matches come from the index, many from walking the table: same answers."""
    import desktop_app.db.search as search

    _shop(db)
    unshipped = frozenset({OrderStatus.UNSHIPPED})
    cases = [OrderFilter(search="mug-blue"), OrderFilter(search="portland", statuses=unshipped)]
    answers = []
    for threshold in (0, 10_000):
        monkeypatch.setattr(search, "PLAIN_SCAN_ABOVE", threshold)
        with db.reading() as s:
            answers.append([(count_orders(s, f, NOW), _ids(db, f)) for f in cases])
    assert answers[0] == answers[1]
    assert answers[0][0] == (2, ["111-0000001-0000001", "111-0000003-0000003"])


def test_a_search_with_many_matches_reads_the_same_pages_walked_in_sort_order(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given the count, PostgreSQL walks the sort's index for a search with many matches
    (db.search.walk_in_sort_order): the seller sees the same rows, page after page."""
    import desktop_app.db.search as search

    _shop(db)
    monkeypatch.setattr(search, "PG_WALK_ABOVE", 0)
    flt = OrderFilter(search="111-")
    for sort in (SortKey.PURCHASE_DATE, SortKey.TOTAL, SortKey.STATUS):
        for descending in (True, False):
            with db.reading() as s:
                count = count_orders(s, flt, NOW)
                kw = {"sort": sort, "descending": descending}
                plain = list_orders(s, flt, NOW, **kw)  # type: ignore[arg-type]
                walked = list_orders(s, flt, NOW, count=count, **kw)  # type: ignore[arg-type]
                rest = list_orders(s, flt, NOW, after=walked[0], count=count, **kw)  # type: ignore[arg-type]
            assert count == 6
            assert [r.order_id for r in walked] == [r.order_id for r in plain]
            assert [r.order_id for r in rest] == [r.order_id for r in plain[1:]]


def test_postgresql_walks_the_sort_index_for_many_matches_and_restores_the_planner(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    import desktop_app.db.search as search

    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite picks its plan from its search index's count")
    _shop(db)
    monkeypatch.setattr(search, "PG_WALK_ABOVE", 0)
    explain = text("EXPLAIN SELECT id FROM orders WHERE search_text LIKE '%mug%' ORDER BY id")
    with db.snapshot() as conn:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # the plan a big table gets
        before = "\n".join(conn.execute(explain).scalars())
        with search.walk_in_sort_order(conn, ["mug"], 3):
            inside = "\n".join(conn.execute(explain).scalars())
            settings = conn.exec_driver_sql("SHOW enable_bitmapscan").scalar()
        after = "\n".join(conn.execute(explain).scalars())
        with search.walk_in_sort_order(conn, ["mug"], None):  # not counted: left alone
            uncounted = conn.exec_driver_sql("SHOW enable_bitmapscan").scalar()
    assert "Bitmap" in before and "Bitmap" not in inside and settings == "off"
    assert after == before and uncounted == "on"
