"""The demo shop is realistic enough to show every screen something."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import DomainError
from desktop_app.core.health import CANCELLATION_RATE, days_over
from desktop_app.core.status import OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import BuyerRequest, Cancellation, Order, Return, Stock
from desktop_app.services.demo import HISTORY_DAYS, build_demo
from desktop_app.services.health import rate_series

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_demo_shop_has_everything_a_seller_sees(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    build_demo(db, 12_000, seed=7, now=NOW, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (12_000, 12_000)
    with db.reading() as s:
        count = s.execute(select(func.count()).select_from(Order)).scalar_one()
        statuses = set(s.execute(select(Order.status).distinct()).scalars())
        channels = set(s.execute(select(Order.channel).distinct()).scalars())
        skus = s.execute(select(func.count()).select_from(Stock)).scalar_one()
        states = set(s.execute(select(BuyerRequest.state).distinct()).scalars())
        initiators = set(s.execute(select(Cancellation.initiator).distinct()).scalars())
        returns = s.execute(select(func.count()).select_from(Return)).scalar_one()
        first = s.execute(select(func.min(Order.purchase_date))).scalar_one()
    assert count == 12_000
    assert statuses == {st.value for st in OrderStatus}
    assert channels == {"MFN", "AFN"}
    assert skus >= 300
    assert states == {"open", "accepted"}
    assert initiators == {"SELLER", "BUYER", "AMAZON"}
    assert returns > 50
    assert (NOW - first).days >= 364
    with db.reading() as s:
        year = rate_series(s, NOW.date() - timedelta(days=HISTORY_DAYS - 1), NOW.date())
    over = len(days_over(year, CANCELLATION_RATE.target))
    assert 5 <= over <= 120  # crosses 2.5% on some days, not on most


def test_same_seed_same_shop_and_refuses_a_full_database(db: Database) -> None:
    build_demo(db, 500, seed=3, now=NOW)
    with db.reading() as s:
        ids = s.execute(select(Order.order_id).order_by(Order.id).limit(5)).scalars().all()
    with pytest.raises(DomainError, match="already has orders"):
        build_demo(db, 10, now=NOW)
    assert len(ids) == 5
