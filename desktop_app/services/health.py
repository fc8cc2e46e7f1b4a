"""Account-health figures, computed in SQL (grouped queries; never loading orders).

Two kinds of day are used, both shop-local and fixed when the row is written:
- the cancellation *rate* for day D groups orders by ``purchase_day`` (Amazon's definition:
  seller-counted cancellations of MFN orders purchased in [D-6, D] / MFN orders purchased then);
- the daily cancellation *bars*, the top SKUs and reasons and the costs group cancellations by
  ``cancelled_day`` (what happened on that day; the orders table filters the same way).

Each series is one grouped query; the rolling 7-day sums run over at most a few hundred per-day
aggregates in ``core.health.rolling_series``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core.clock import day_range, local_day, zone_name
from desktop_app.core.forecast import HISTORY_DAYS, Forecast, forecast
from desktop_app.core.health import (
    CANCELLATION_RATE,
    LATE_SHIPMENT_RATE,
    ON_TIME_DELIVERY_RATE,
    ORDER_DEFECT_RATE,
    VALID_TRACKING_RATE,
    DailyRate,
    HealthStatus,
    Metric,
    days_over,
    rate,
    rolling_series,
)
from desktop_app.core.marketplaces import AMAZON, PROFILES, MarketplaceProfile, profile_for
from desktop_app.core.money import to_decimal_str
from desktop_app.core.reasons import Initiator, reason
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.text import Msg
from desktop_app.db.models import Cancellation, CancellationLine, Order
from desktop_app.db.tables import order_day_counts as DAY_COUNTS
from desktop_app.services.context import shop_zone

ALL_CHANNELS = None  # the channel filter's "all channels"
REPORT_VERSION = 1


DayCounts = dict[date, tuple[int, int]]


def marketplace_day_counts(
    session: Session, first: date, last: date
) -> dict[tuple[str, str], DayCounts]:
    """Per (marketplace, channel) and purchase day in [first, last]: (counted, orders).

    Read from the totals the database keeps (db.day_counts): a few rows a day.
    """
    query = select(
        DAY_COUNTS.c.purchase_day,
        DAY_COUNTS.c.marketplace,
        DAY_COUNTS.c.channel,
        DAY_COUNTS.c.counted,
        DAY_COUNTS.c.orders,
    ).where(
        DAY_COUNTS.c.purchase_day >= first,
        DAY_COUNTS.c.purchase_day <= last,
        DAY_COUNTS.c.orders > 0,
    )
    out: dict[tuple[str, str], DayCounts] = {}
    for day, market, ch, counted, n in session.execute(query):
        out.setdefault((market, ch), {})[day] = (int(counted), int(n))
    return out


def _merge(
    counts: dict[tuple[str, str], DayCounts],
    profile: MarketplaceProfile | None,
    channel: Channel | str | None,
) -> DayCounts:
    """Sum the days of the (marketplace, channel) groups a profile judges (``channel="judged"``)
    or of one channel (``None``: every channel); ``profile=None``: every marketplace."""
    out: DayCounts = {}
    for (market, ch), days in counts.items():
        if profile is not None and profile_for(market) is not profile:
            continue
        if channel == "judged":
            assert profile is not None
            if not profile.judged(Channel(ch)):
                continue
        elif channel is not None and ch != Channel(channel).value:
            continue
        for day, (c, o) in days.items():
            pc, po = out.get(day, (0, 0))
            out[day] = (pc + c, po + o)
    return out


def daily_counts(
    session: Session,
    first: date,
    last: date,
    channel: Channel | None = Channel.MFN,
    profile: MarketplaceProfile | None = AMAZON,
) -> DayCounts:
    """Per purchase day in [first, last]: (seller-counted cancelled orders, orders), for one
    marketplace's orders (Amazon's by default; ``profile=None``: every marketplace)."""
    return _merge(marketplace_day_counts(session, first, last), profile, channel)


def judged_counts(
    session: Session, profile: MarketplaceProfile, first: date, last: date
) -> DayCounts:
    """The days of the orders ``profile``'s metric judges (its marketplace, its channels)."""
    return _merge(marketplace_day_counts(session, first, last), profile, "judged")


def marketplaces_sold(session: Session) -> list[MarketplaceProfile]:
    """The profiles of the marketplaces the shop has orders on, in ``PROFILES`` order.

    One index seek per distinct marketplace value (a skip scan), never a scan of the orders.
    """
    seen: set[str] = set()
    value: str | None = session.execute(select(func.min(Order.marketplace))).scalar()
    while value is not None:
        seen.add(profile_for(value).key)
        value = session.execute(
            select(func.min(Order.marketplace)).where(Order.marketplace > value)
        ).scalar()
    return [p for p in PROFILES if p.key in seen]


def cancellation_window(session: Session, last_day: date) -> DailyRate:
    """Seller-counted cancelled MFN orders / MFN orders purchased in the 7 days ending last_day."""
    first, last = day_range(last_day, CANCELLATION_RATE.windows[0])
    days = daily_counts(session, first, last, Channel.MFN).values()
    return DailyRate(last_day, sum(c for c, _ in days), sum(o for _, o in days))


# --- the rate series --------------------------------------------------------------------------


def rate_series(
    session: Session,
    first: date,
    last: date,
    channel: Channel | None = Channel.MFN,
    window: int = CANCELLATION_RATE.windows[0],
) -> list[DailyRate]:
    """The rolling cancellation rate for every day in [first, last] (``rate`` None: no orders).

    With ``channel=Channel.MFN`` (the default) this is Amazon's cancellation rate; another channel
    or ``None`` (all channels) gives the same share over those orders, for comparison only.
    """
    if last < first:
        return []
    daily = daily_counts(session, first - timedelta(days=window - 1), last, channel)
    return rolling_series(daily, first, last, window)


# --- cancellations per day, by who started them -----------------------------------------------


@dataclass(frozen=True, slots=True)
class DailyCancellations:
    """Orders with a cancellation on ``day`` (shop-local), by who started it.

    An order cancelled in two parts on the same day counts once in its category.
    """

    day: date
    seller_counted: int  # the seller cancelled, and it counts against the rate
    buyer_request: int  # the seller cancelled answering a buyer request on record
    buyer_self: int  # the buyer cancelled on their own (a pending order): not counted
    amazon: int  # Amazon cancelled
    amazon_counted: int  # ...of which count against the seller (shipment never confirmed)
    # the seller cancelled without a buyer request, and it does not count (an order
    # fulfilled by Amazon, which the rate leaves out, or one still pending payment)
    seller_not_counted: int = 0

    @property
    def total(self) -> int:
        return (
            self.seller_counted
            + self.seller_not_counted
            + self.buyer_request
            + self.buyer_self
            + self.amazon
        )

    @property
    def counted(self) -> int:
        return self.seller_counted + self.amazon_counted


CATEGORY_LABELS: dict[str, str] = {
    "seller_counted": Msg("Health", "Seller (counted)"),
    "seller_not_counted": Msg("Health", "Seller (not counted)"),
    "buyer_request": Msg("Health", "Buyer request (not counted)"),
    "buyer_self": Msg("Health", "Buyer cancelled (not counted)"),
    "amazon": "Amazon",
}


def _orders_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.count(case((condition, Cancellation.order_pk)).distinct())


# The cancelled order's channel, looked up per cancellation through the primary key. A join
# would let PostgreSQL hash-join against a full scan of the orders (0.1 s at 200k orders for a
# year of cancellations); the lookup touches only the cancelled orders, on both databases.
_CHANNEL = (
    select(Order.channel)
    .where(Order.id == Cancellation.order_pk)
    .correlate(Cancellation)
    .scalar_subquery()
    .label("order_channel")
)


def _wanted(channel: Channel | None) -> set[str]:
    """The channel values to keep. Grouping by the channel and filtering in Python keeps the
    channel out of WHERE, where it would lure SQLite onto the (channel, purchase_date) index."""
    return {c.value for c in Channel} if channel is None else {channel.value}


def daily_cancellations(
    session: Session, first: date, last: date, channel: Channel | None = None
) -> list[DailyCancellations]:
    """One entry per day in [first, last] (days without cancellations have zeros)."""
    seller = Cancellation.initiator == Initiator.SELLER.value
    amazon = Cancellation.initiator == Initiator.AMAZON.value
    counted = Cancellation.counted.is_(True)
    requested = Cancellation.buyer_request_id.is_not(None)
    query = (
        select(
            Cancellation.cancelled_day,
            _CHANNEL,
            _orders_where(and_(seller, counted)),
            _orders_where(and_(seller, ~counted, requested)),
            _orders_where(Cancellation.initiator == Initiator.BUYER.value),
            _orders_where(amazon),
            _orders_where(and_(amazon, counted)),
            _orders_where(and_(seller, ~counted, ~requested)),
        )
        .where(Cancellation.cancelled_day >= first, Cancellation.cancelled_day <= last)
        .group_by(Cancellation.cancelled_day, _CHANNEL)
    )
    wanted = _wanted(channel)
    rows: dict[date, list[int]] = {}
    for day, ch, *counts in session.execute(query):
        if ch in wanted:
            total = rows.setdefault(day, [0] * 6)
            for i, n in enumerate(counts):
                total[i] += int(n)
    out = []
    day = first
    while day <= last:
        sc, br, bs, am, amc, snc = rows.get(day, (0, 0, 0, 0, 0, 0))
        out.append(DailyCancellations(day, sc, br, bs, am, amc, snc))
        day += timedelta(days=1)
    return out


# --- late shipment ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return rate(self.numerator, self.denominator)


def _day_start(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def late_shipments(
    session: Session, now: datetime, windows: Sequence[int], zone: tzinfo | None = None
) -> dict[int, Ratio]:
    """Late MFN orders / MFN orders due to ship, for each window of shop-local days up to now.

    An order is due when its ship-by date falls in the window; it is late when it shipped after
    its ship-by date, or has not shipped and the ship-by date has passed. Cancelled orders are
    left out (nothing was shipped). One query for every window.
    """
    zone = zone or shop_zone(session)
    today = local_day(now, zone)
    starts = {days: _day_start(day_range(today, days)[0], zone) for days in windows}
    late = or_(
        Order.shipped_at > Order.latest_ship_date,
        and_(Order.shipped_at.is_(None), Order.latest_ship_date < now),
    )
    mfn = Order.channel == Channel.MFN.value
    columns = []
    for start in starts.values():
        inside = and_(mfn, Order.latest_ship_date >= start)
        columns += [
            func.count(case((inside, Order.id))),
            func.count(case((and_(inside, late), Order.id))),
        ]
    query = select(*columns).where(
        Order.latest_ship_date >= min(starts.values(), default=now),
        Order.latest_ship_date <= now,
        Order.status != OrderStatus.CANCELED.value,
    )
    row = session.execute(query).one()
    return {
        days: Ratio(int(row[2 * i + 1] or 0), int(row[2 * i] or 0)) for i, days in enumerate(starts)
    }


def late_shipment(session: Session, now: datetime, days: int, zone: tzinfo | None = None) -> Ratio:
    """The late-shipment ratio over the last ``days`` shop-local days up to now."""
    return late_shipments(session, now, [days], zone)[days]


# --- the panel ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MetricFigure:
    """One line of the account-health panel."""

    metric: Metric
    window_days: int
    numerator: int
    denominator: int
    numerator_label: str  # "cancelled against you" / "went out late"
    denominator_label: str  # "seller-fulfilled orders" / "orders due to ship"

    @property
    def value(self) -> float | None:
        return rate(self.numerator, self.denominator)

    @property
    def status(self) -> HealthStatus:
        return self.metric.status(self.value)

    @property
    def title(self) -> str:
        return Msg("Health", "{metric} ({days} days)").format(
            metric=self.metric.label, days=self.window_days
        )

    @property
    def value_text(self) -> str:
        value = self.value
        return "no orders" if value is None else f"{value:.2%}"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.metric.key,
            "label": self.metric.label,
            "window_days": self.window_days,
            "value": self.value,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "numerator_label": self.numerator_label,
            "denominator_label": self.denominator_label,
            "target": self.metric.target,
            "target_text": self.metric.target_text,
            "status": self.status.value,
        }


NOT_TRACKED: tuple[tuple[Metric, str], ...] = (
    (ORDER_DEFECT_RATE, "needs feedback, A-to-z claim and chargeback data"),
    (VALID_TRACKING_RATE, "needs tracking numbers"),
    (ON_TIME_DELIVERY_RATE, "needs delivery scans"),
)


def metrics_panel(
    session: Session, now: datetime, zone: tzinfo | None = None
) -> list[MetricFigure]:
    """The current cancellation rate and the late-shipment rates (10 and 30 days)."""
    zone = zone or shop_zone(session)
    today = local_day(now, zone)
    cancel = cancellation_window(session, today)
    figures = [
        MetricFigure(
            CANCELLATION_RATE,
            CANCELLATION_RATE.windows[0],
            cancel.counted,
            cancel.orders,
            Msg("Health", "cancelled against you"),
            Msg("Health", "seller-fulfilled orders"),
        )
    ]
    for days, late in late_shipments(session, now, LATE_SHIPMENT_RATE.windows, zone).items():
        figures.append(
            MetricFigure(
                LATE_SHIPMENT_RATE,
                days,
                late.numerator,
                late.denominator,
                Msg("Health", "went out late"),
                Msg("Health", "orders due to ship"),
            )
        )
    return figures


# --- what lies behind the cancellations -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SkuCount:
    sku: str
    orders: int  # orders with a counted cancellation of this SKU
    units: int


@dataclass(frozen=True, slots=True)
class ReasonCount:
    code: str
    orders: int

    @property
    def label(self) -> str:
        try:
            return reason(self.code).label
        except ValueError:
            return self.code


@dataclass(frozen=True, slots=True)
class CostTotal:
    currency: str
    cancellations: int
    refunds_minor: int
    costs_minor: int

    @property
    def total_minor(self) -> int:
        return self.refunds_minor + self.costs_minor


def _in_range(first: date, last: date) -> ColumnElement[bool]:
    return and_(Cancellation.cancelled_day >= first, Cancellation.cancelled_day <= last)


def top_skus(
    session: Session, first: date, last: date, *, limit: int = 5, channel: Channel | None = None
) -> list[SkuCount]:
    """The SKUs behind most cancellations counted against the seller in [first, last]."""
    query = (
        select(
            CancellationLine.sku,
            _CHANNEL,
            func.count(Cancellation.order_pk.distinct()),
            func.sum(CancellationLine.quantity),
        )
        .join(Cancellation, Cancellation.id == CancellationLine.cancellation_id)
        .where(_in_range(first, last), Cancellation.counted.is_(True))
        .group_by(CancellationLine.sku, _CHANNEL)
    )
    wanted = _wanted(channel)
    totals: dict[str, tuple[int, int]] = {}
    for sku, ch, orders, units in session.execute(query):
        if ch in wanted:
            o, u = totals.get(sku, (0, 0))
            totals[sku] = (o + int(orders), u + int(units or 0))
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
    return [SkuCount(sku, o, u) for sku, (o, u) in ranked[:limit]]


def top_reasons(
    session: Session, first: date, last: date, *, limit: int = 5, channel: Channel | None = None
) -> list[ReasonCount]:
    """The reasons given for most cancellations counted against the seller in [first, last]."""
    query = (
        select(
            Cancellation.reason_code,
            _CHANNEL,
            func.count(Cancellation.order_pk.distinct()),
        )
        .where(_in_range(first, last), Cancellation.counted.is_(True))
        .group_by(Cancellation.reason_code, _CHANNEL)
    )
    wanted = _wanted(channel)
    totals: dict[str, int] = {}
    for code, ch, orders in session.execute(query):
        if ch in wanted:
            totals[code] = totals.get(code, 0) + int(orders)
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return [ReasonCount(code, n) for code, n in ranked[:limit]]


def cancellation_costs(
    session: Session, first: date, last: date, channel: Channel | None = None
) -> list[CostTotal]:
    """Refunds and costs of every cancellation in [first, last], per currency."""
    query = (
        select(
            Cancellation.currency,
            _CHANNEL,
            func.count(),
            func.coalesce(func.sum(Cancellation.refund_minor), 0),
            func.coalesce(func.sum(Cancellation.cost_minor), 0),
        )
        .where(_in_range(first, last))
        .group_by(Cancellation.currency, _CHANNEL)
    )
    wanted = _wanted(channel)
    totals: dict[str, tuple[int, int, int]] = {}
    for cur, ch, n, refunds, costs in session.execute(query):
        if ch in wanted:
            a, b, c = totals.get(cur, (0, 0, 0))
            totals[cur] = (a + int(n), b + int(refunds), c + int(costs))
    return [CostTotal(cur, *totals[cur]) for cur in sorted(totals)]


def first_purchase_day(session: Session) -> date | None:
    """The earliest purchase day on record (the start of the "all" range)."""
    query = select(func.min(DAY_COUNTS.c.purchase_day)).where(DAY_COUNTS.c.orders > 0)
    day: date | None = session.execute(query).scalar()
    return day


# --- one card and one series per marketplace ----------------------------------------------------


@dataclass(frozen=True)
class MarketplaceHealth:
    """A marketplace's own cancellation metric: today's figure, its series and its forecast."""

    profile: MarketplaceProfile
    figure: MetricFigure
    series: list[DailyRate]  # the metric's rolling window, one point per day of the range
    forecast: Forecast

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.profile.key,
            "name": self.profile.name,
            "metric": {**self.figure.to_json(), "source": self.profile.metric.source},
            "days_over_target": [
                p.day.isoformat()
                for p in self.series
                if p.rate is not None
                and self.profile.metric.status(p.rate) is HealthStatus.OVER_TARGET
            ],
            "series": [
                {"day": p.day.isoformat(), "counted": p.counted, "orders": p.orders, "rate": p.rate}
                for p in self.series
            ],
            "forecast": self.forecast.to_json(),
        }


def counts_span(
    today: date, first: date, last: date, profiles: list[MarketplaceProfile]
) -> tuple[date, date]:
    """The purchase days the cards, series and forecasts of ``profiles`` need."""
    longest = max([p.window_days for p in profiles] + [CANCELLATION_RATE.windows[0]])
    lo = min(first - timedelta(days=longest - 1), today - timedelta(days=longest + HISTORY_DAYS))
    return lo, max(last, today)


def _numerator_label(profile: MarketplaceProfile) -> str:
    return (
        Msg("Health", "cancelled as defects")
        if profile.key == "ebay"
        else Msg("Health", "cancelled against you")
    )


def marketplace_health(
    session: Session,
    today: date,
    first: date,
    last: date,
    profiles: list[MarketplaceProfile] | None = None,
    counts: dict[tuple[str, str], DayCounts] | None = None,
) -> list[MarketplaceHealth]:
    """Every marketplace the shop sells on (or ``profiles``): one grouped query for all
    (none when ``counts`` over :func:`counts_span` is given)."""
    profiles = marketplaces_sold(session) if profiles is None else profiles
    if not profiles:
        return []
    if counts is None:
        lo, hi = counts_span(today, first, last, profiles)
        counts = marketplace_day_counts(session, lo, hi)
    out = []
    for profile in profiles:
        daily = _merge(counts, profile, "judged")
        window = profile.window_days
        ahead = forecast(
            daily, today, window=window, target=profile.metric.target, inclusive=profile.inclusive
        )
        now = ahead.current
        figure = MetricFigure(
            profile.metric,
            window,
            now.counted,
            now.orders,
            _numerator_label(profile),
            Msg("Health", "seller-fulfilled orders")
            if profile.key != "ebay"
            else Msg("Health", "transactions"),
        )
        series = rolling_series(daily, first, last, window) if last >= first else []
        out.append(MarketplaceHealth(profile, figure, series, ahead))
    return out


# --- the whole report -------------------------------------------------------------------------


@dataclass(frozen=True)
class HealthReport:
    today: date
    timezone: str
    first: date
    last: date
    channel: Channel | None
    metrics: list[MetricFigure]
    series: list[DailyRate]
    cancellations: list[DailyCancellations]
    top_skus: list[SkuCount]
    top_reasons: list[ReasonCount]
    costs: list[CostTotal]
    not_tracked: tuple[tuple[Metric, str], ...] = field(default=NOT_TRACKED)
    marketplaces: list[MarketplaceHealth] = field(default_factory=list)

    def marketplace(self, key: str) -> MarketplaceHealth | None:
        return next((m for m in self.marketplaces if m.profile.key == key), None)

    @property
    def days_over_target(self) -> list[date]:
        return days_over(self.series, CANCELLATION_RATE.target)

    @property
    def current(self) -> MetricFigure:
        return self.metrics[0]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types only (dates as ISO strings, rates as fractions or null)."""
        return {
            "version": REPORT_VERSION,
            "today": self.today.isoformat(),
            "timezone": self.timezone,
            "range": {
                "first": self.first.isoformat(),
                "last": self.last.isoformat(),
                "days": (self.last - self.first).days + 1,
            },
            "channel": self.channel.value if self.channel else "all",
            "metrics": [m.to_json() for m in self.metrics],
            "not_tracked": [
                {"key": m.key, "label": m.label, "why": why} for m, why in self.not_tracked
            ],
            "days_over_target": [d.isoformat() for d in self.days_over_target],
            "series": [
                {"day": p.day.isoformat(), "counted": p.counted, "orders": p.orders, "rate": p.rate}
                for p in self.series
            ],
            "cancellations": [
                {
                    "day": c.day.isoformat(),
                    "seller_counted": c.seller_counted,
                    "seller_not_counted": c.seller_not_counted,
                    "buyer_request": c.buyer_request,
                    "buyer_self": c.buyer_self,
                    "amazon": c.amazon,
                    "amazon_counted": c.amazon_counted,
                }
                for c in self.cancellations
            ],
            "top_skus": [
                {"sku": s.sku, "orders": s.orders, "units": s.units} for s in self.top_skus
            ],
            "top_reasons": [
                {"code": r.code, "label": r.label, "orders": r.orders} for r in self.top_reasons
            ],
            "costs": [
                {
                    "currency": c.currency,
                    "cancellations": c.cancellations,
                    "refunds": to_decimal_str(c.refunds_minor, c.currency),
                    "costs": to_decimal_str(c.costs_minor, c.currency),
                    "total": to_decimal_str(c.total_minor, c.currency),
                }
                for c in self.costs
            ],
            "forecast": {m.profile.key: m.forecast.to_json() for m in self.marketplaces},
            "marketplaces": [m.to_json() for m in self.marketplaces],
        }

    def csv_rows(self) -> list[list[str]]:
        """The chart's data, one row per day, with a header row."""
        rows = [
            [
                "day",
                "orders_in_window",
                "counted_in_window",
                "rate",
                "over_target",
                *CATEGORY_LABELS,
                "amazon_counted",
            ]
        ]
        for point, bars in zip(self.series, self.cancellations, strict=True):
            value = point.rate
            rows.append(
                [
                    point.day.isoformat(),
                    str(point.orders),
                    str(point.counted),
                    "" if value is None else f"{value:.6f}",
                    "" if value is None else ("yes" if value >= CANCELLATION_RATE.target else "no"),
                    *(str(getattr(bars, key)) for key in CATEGORY_LABELS),
                    str(bars.amazon_counted),
                ]
            )
        return rows


def health_report(
    session: Session,
    now: datetime,
    *,
    days: int | None = 30,
    first: date | None = None,
    last: date | None = None,
    channel: Channel | None = Channel.MFN,
) -> HealthReport:
    """Everything the Account health page and ``seller-desk health`` show.

    The range is ``first``..``last`` when given; else the ``days`` days ending today; with
    ``days=None`` and no ``first``, everything since the first purchase on record.
    """
    zone = shop_zone(session)
    today = local_day(now, zone)
    last = last or today
    if first is None:
        if days is not None:
            first = day_range(last, max(days, 1))[0]
        else:
            first = min(first_purchase_day(session) or last, last)
    if first > last:
        first, last = last, first
    # One grouped query serves Amazon's series and every marketplace's card, series and forecast.
    markets = marketplaces_sold(session)
    counts = marketplace_day_counts(session, *counts_span(today, first, last, markets))
    window = CANCELLATION_RATE.windows[0]
    series = rolling_series(_merge(counts, AMAZON, channel), first, last, window)
    return HealthReport(
        today=today,
        timezone=zone_name(zone),
        first=first,
        last=last,
        channel=channel,
        metrics=metrics_panel(session, now, zone),
        series=series,
        cancellations=daily_cancellations(session, first, last, channel),
        top_skus=top_skus(session, first, last, channel=channel),
        top_reasons=top_reasons(session, first, last, channel=channel),
        costs=cancellation_costs(session, first, last, channel),
        marketplaces=marketplace_health(session, today, first, last, markets, counts),
    )
