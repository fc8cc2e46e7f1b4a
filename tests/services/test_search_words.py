"""Search by words: every word somewhere in the order, in any order, case- and
accent-insensitive, quotes for a phrase, nothing internal leaking. The same on PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from desktop_app.cli import main
from desktop_app.core.clock import utcnow
from desktop_app.core.search import fold, fold_unicode, parse_query
from desktop_app.db.database import Database
from desktop_app.db.models import Order
from desktop_app.services.queries import OrderFilter, count_orders, list_orders
from tests.factories import make_order

NOW = utcnow()


@pytest.fixture
def shop(db: Database) -> Database:
    with db.transaction() as s:
        for n in range(6):
            order = make_order(s, f"111-0000000-{n:07d}", items=(("OAK-MUG", 1, 1200),))
            order.items[0].product_name = "Oak mug, large"
            order.ship_city = "München" if n % 2 else "Zürich"
        for n in range(4):
            order = make_order(s, f"222-0000000-{n:07d}", items=(("TRAY-9", 1, 900),))
            order.items[0].product_name = "Walnut tray"
            order.ship_city = "Portland"
        s.flush()
        from desktop_app.services.summary import refresh_summary

        for order in s.query(Order):
            refresh_summary(order)
    return db


def _found(db: Database, text: str) -> list[str]:
    flt = OrderFilter(search=text)
    with db.reading() as s:
        rows = [r.order_id for r in list_orders(s, flt, NOW, limit=1000)]
        assert count_orders(s, flt, NOW) == len(rows)  # the count agrees with the rows
    return rows


def test_words_in_any_order(shop: Database) -> None:
    assert len(_found(shop, "oak mug")) == 6
    assert len(_found(shop, "mug oak")) == 6
    assert len(_found(shop, "mug portland")) == 0  # every word must match
    assert len(_found(shop, "tray portland")) == 4


def test_case_and_accents_do_not_matter(shop: Database) -> None:
    assert len(_found(shop, "Munchen")) == 3
    assert len(_found(shop, "münchen")) == 3
    assert len(_found(shop, "zurich")) == 3
    assert len(_found(shop, "ZÜRICH mug")) == 3


def test_quotes_ask_for_a_phrase(shop: Database) -> None:
    assert len(_found(shop, '"oak mug"')) == 6
    assert _found(shop, '"mug oak"') == []
    assert len(_found(shop, '"oak mug" munchen')) == 3
    assert len(_found(shop, "oak*")) == 6  # a star is "anything", not a literal star


@pytest.mark.parametrize("text", ["|", " | ", "\x1f", "\x00", "\t", "%", "_"])
def test_no_separator_or_control_character_leaks(shop: Database, text: str) -> None:
    found = _found(shop, text)
    assert len(found) in (0, 10) and (len(found) == 10) == (parse_query(text) == ())
    assert len(_found(shop, f"oak{text}mug")) in (0, 6)


def test_a_nul_is_not_an_error(shop: Database) -> None:
    assert len(_found(shop, "oak\x00")) == 6


def test_short_words_narrow_the_search(shop: Database) -> None:
    assert len(_found(shop, "wa tray")) == 4
    assert _found(shop, "zz tray") == []


def test_a_field_does_not_run_into_the_next(shop: Database) -> None:
    # the order id is followed by the SKU: no phrase spans them
    assert _found(shop, '"0000000 oak"') == []


def test_an_order_renamed_is_found_by_its_new_words(shop: Database) -> None:
    with shop.transaction() as s:
        s.execute(update(Order).where(Order.order_id == "222-0000000-0000000")
                  .values(search_text="222-0000000-0000000\x1frenamed teapot"))  # fmt: skip
    assert _found(shop, "teapot renamed") == ["222-0000000-0000000"]


def test_the_cli_takes_a_search_that_starts_with_a_dash(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["orders", "--search", "-0000001", "--json", "--db", shop.url])
    assert code == 0 and '"total": 2' in capsys.readouterr().out


@given(st.text(st.characters(max_codepoint=127)))
def test_the_ascii_fast_path_folds_as_the_general_one(text: str) -> None:
    """Plain ASCII (most of a report) takes a fast path when an import fills the search
    text; it must give exactly what the character-by-character path gives."""
    assert fold(text) == fold_unicode(text)
