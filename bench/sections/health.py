"""Account health: the one-year rate series and the panel, against a naive ORM reference.

The naive reference is what a first version would do: load the orders through the ORM and
compute in Python. Both are run on the same database and their answers are compared.
"""

from __future__ import annotations

import gc
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from bench.common import (
    Config,
    Figure,
    ratio_figure,
    seconds_figure,
    section_main,
    timed,
)
from bench.datasets import demo_shop, warm

SECTION = "Account health"
YEAR = 365


def _naive_series(session: object, first: date, last: date) -> list[tuple[date, int, int]]:
    """Every MFN order purchased in range, as ORM objects; rolling 7-day sums in Python."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop_app.db.models import Order

    assert isinstance(session, Session)
    start = first - timedelta(days=6)
    per_day: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    orders = session.scalars(
        select(Order).where(Order.purchase_day >= start, Order.purchase_day <= last)
    )
    for order in orders:
        if order.channel != "MFN" or not order.marketplace.startswith("Amazon"):
            continue  # Amazon's rate: Amazon's seller-fulfilled orders
        bucket = per_day[order.purchase_day]
        bucket[1] += 1
        if order.cancel_counted:
            bucket[0] += 1
    out = []
    day = first
    while day <= last:
        counted = total = 0
        for back in range(7):
            c, n = per_day.get(day - timedelta(days=back), (0, 0))
            counted += c
            total += n
        out.append((day, counted, total))
        day += timedelta(days=1)
    session.expunge_all()
    return out


def _naive_panel(session: object, now: datetime, zone: tzinfo) -> list[tuple[int, int]]:
    """The cancellation rate (7 days) and late shipment (10, 30 days) from ORM objects."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop_app.core.clock import local_day
    from desktop_app.db.models import Order

    assert isinstance(session, Session)
    today = local_day(now, zone)
    since = datetime.combine(today - timedelta(days=40), time(0), zone).astimezone(UTC)
    orders = list(
        session.scalars(select(Order).where(Order.channel == "MFN", Order.purchase_date >= since))
    )
    first7 = today - timedelta(days=6)
    week = [
        o
        for o in orders
        if first7 <= o.purchase_day <= today and o.marketplace.startswith("Amazon")
    ]
    out = [(sum(1 for o in week if o.cancel_counted), len(week))]
    for days in (10, 30):
        start = datetime.combine(today - timedelta(days=days - 1), time(0), zone).astimezone(UTC)
        due = [
            o
            for o in orders
            if o.latest_ship_date is not None
            and start <= o.latest_ship_date <= now
            and o.status != "Canceled"
        ]
        late = [
            o
            for o in due
            if (o.shipped_at is not None and o.shipped_at > o.latest_ship_date)
            or (o.shipped_at is None and o.latest_ship_date < now)
        ]
        out.append((len(late), len(due)))
    session.expunge_all()
    return out


def run(cfg: Config) -> list[Figure]:
    from desktop_app.core.clock import local_day
    from desktop_app.core.status import Channel
    from desktop_app.db.database import open_database
    from desktop_app.services import health
    from desktop_app.services.context import shop_zone

    shop = demo_shop(cfg.orders, cfg.seed, lambda m: print(m, file=sys.stderr), Path(cfg.data))
    url = cfg.extra.get("url")  # PostgreSQL: the shop copied onto the bench's server
    if url is None:
        warm(shop.path)
    db = open_database(url or shop.url, migrate=False)
    now = shop.now
    figures: list[Figure] = []
    with db.reading() as session:
        zone = shop_zone(session)
        today = local_day(now, zone)
        first = today - timedelta(days=YEAR - 1)

        def series() -> object:
            return health.rate_series(session, first, today, Channel.MFN)

        def panel() -> object:
            return health.metrics_panel(session, now, zone)

        s_samples, s_result = timed(series, cfg.repeat, warmup=1)
        p_samples, p_result = timed(panel, cfg.repeat, warmup=1)
        fast_series = seconds_figure(
            SECTION, "One-year cancellation-rate series (SQL)", s_samples, limit=0.2
        )
        fast_panel = seconds_figure(SECTION, "Account-health panel (SQL)", p_samples)
        figures += [fast_series, fast_panel]

        def markets() -> object:
            return health.marketplace_health(session, today, first, today)

        m_samples, _ = timed(markets, cfg.repeat, warmup=1)
        figures.append(
            seconds_figure(
                SECTION,
                "Every marketplace's card, one-year series and forecast (marketplace_health)",
                m_samples,
                limit=0.2,
            )
        )

        report_fn = getattr(health, "health_report", None)
        if report_fn is not None:
            r_samples, _ = timed(lambda: report_fn(session, now, days=YEAR), cfg.repeat, 1)
            figures.append(
                seconds_figure(
                    SECTION,
                    "Whole page for one year (health_report: panel, series, bars, tops, costs, "
                    "marketplaces with forecasts)",
                    r_samples,
                    note="information",
                )
            )

        # The naive references are slow at 1M (tens of seconds): never more than 3 runs, and
        # a single run when one takes longer than 20 s (noted beside the figure).
        naive_repeat = min(cfg.repeat, 3)
        gc.collect()
        n_samples, n_result = timed(lambda: _naive_series(session, first, today), 1)
        if n_samples[0] < 20 and naive_repeat > 1:
            more, n_result = timed(lambda: _naive_series(session, first, today), naive_repeat - 1)
            n_samples += more
        naive_series = seconds_figure(
            SECTION,
            "Naive reference: the series from ORM objects",
            n_samples,
            note=f"{len(n_samples)} run(s)",
        )
        gc.collect()
        np_samples, np_result = timed(lambda: _naive_panel(session, now, zone), naive_repeat)
        naive_panel = seconds_figure(
            SECTION, "Naive reference: the panel from ORM objects", np_samples
        )
        figures += [naive_series, naive_panel]

        agree_series = [(p.day, p.counted, p.orders) for p in s_result] == n_result  # type: ignore[attr-defined]
        agree_panel = [(m.numerator, m.denominator) for m in p_result] == np_result  # type: ignore[attr-defined]
        figures.append(
            ratio_figure(
                SECTION,
                "Series speed-up over the naive reference",
                naive_series,
                fast_series,
                limit=50,
                kind="min",
                note="answers agree" if agree_series else "ANSWERS DIFFER from the reference",
            )
        )
        figures.append(
            ratio_figure(
                SECTION,
                "Panel speed-up over the naive reference",
                naive_panel,
                fast_panel,
                note="answers agree" if agree_panel else "ANSWERS DIFFER from the reference",
            )
        )
    db.close()
    return figures


if __name__ == "__main__":
    section_main(SECTION, run)
