"""``seller-desk health``: the account-health panel and the daily rate series, as text or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import add_db_option, bounded_int, open_db, print_json
from desktop_app.core.wording import plural

MAX_DAYS = 3650  # ten years of daily rates

if TYPE_CHECKING:
    from desktop_app.services.health import HealthReport


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "health",
        help="account health: cancellation and late-shipment rates, the daily series",
        description="The account-health figures the Account health page shows: the current "
        "7-day cancellation rate, the late-shipment rates (10 and 30 days), the daily 7-day "
        "rate and cancellations by who started them, top SKUs and reasons, and costs.",
    )
    parser.add_argument(
        "--days",
        type=bounded_int(1, MAX_DAYS),
        default=30,
        metavar="N",
        help=f"days in the series, ending today, 1 to {MAX_DAYS:,} (30)",
    )
    parser.add_argument(
        "--all", action="store_true", help="the series since the first order (ignores --days)"
    )
    parser.add_argument(
        "--channel",
        choices=("MFN", "AFN", "all"),
        default="MFN",
        help="orders in the series (MFN: Amazon's cancellation rate, the default)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.clock import utcnow
    from desktop_app.core.status import Channel
    from desktop_app.services.health import health_report

    channel = None if args.channel == "all" else Channel(args.channel)
    db = open_db(args)
    try:
        with db.reading() as session:
            report = health_report(
                session, utcnow(), days=None if args.all else args.days, channel=channel
            )
    finally:
        db.close()
    if args.json:
        print_json(report.to_json())
    else:
        print_text(report)
    return 0


def print_text(report: HealthReport) -> None:
    from desktop_app.core.health import CANCELLATION_RATE
    from desktop_app.core.money import format_minor

    print(f"Account health on {report.today:%a %Y-%m-%d} ({report.timezone})")
    for m in report.metrics:
        print(
            f"  {m.title:<30} {m.value_text:>9}  target {m.metric.target_text:<11} "
            f"{m.status.value.upper():<12} {m.numerator} of {m.denominator} "
            f"{m.denominator_label} {m.numerator_label}"
        )
    for metric, needs in report.not_tracked:
        print(f"  {metric.label:<30} {'-':>9}  not tracked: {needs}")
    print_marketplaces(report)

    who = {
        None: "all orders",
        "MFN": "seller-fulfilled orders",
        "AFN": "orders fulfilled by Amazon",
    }
    over = report.days_over_target
    limit = f"{CANCELLATION_RATE.target:.1%}"
    print()
    print(
        f"7-day cancellation rate, {who[report.channel.value if report.channel else None]}, "
        f"{report.first} to {report.last}: {plural(len(over), 'day')} at or over {limit}"
    )
    print(f"  {'day':<10} {'rate':>7} {'counted/orders':>15}   cancelled that day")
    for point, bars in zip(report.series, report.cancellations, strict=True):
        value = "-" if point.rate is None else f"{point.rate:.2%}"
        flag = " !" if point.day in over else "  "
        parts = []
        if bars.total:
            parts = [
                f"{bars.seller_counted} seller (counted)",
                f"{bars.seller_not_counted} seller (not counted)",
                f"{bars.amazon} Amazon ({bars.amazon_counted} counted)",
                f"{bars.buyer_request} on buyer request",
                f"{bars.buyer_self} by the buyer",
            ]
        print(
            f"  {point.day.isoformat():<10} {value:>7}{flag}{point.counted:>6}/{point.orders:<7}"
            f"   {', '.join(p for p in parts if not p.startswith('0 '))}"
        )
    print()
    print("SKUs behind cancellations counted against you:")
    for sku in report.top_skus:
        orders, units = plural(sku.orders, "order"), plural(sku.units, "unit")
        print(f"  {sku.sku:<24} {orders:>12} {units:>12}")
    if not report.top_skus:
        print("  none")
    print("Reasons given:")
    for reason in report.top_reasons:
        print(f"  {reason.label:<32} {reason.orders:>5}")
    if not report.top_reasons:
        print("  none")
    print("What cancellations cost:")
    for cost in report.costs:
        print(
            f"  {cost.currency}: refunds {format_minor(cost.refunds_minor, cost.currency)}, "
            f"other costs {format_minor(cost.costs_minor, cost.currency)}, total "
            f"{format_minor(cost.total_minor, cost.currency)} ({cost.cancellations} cancellations)"
        )
    if not report.costs:
        print("  nothing cancelled in this range")


def print_marketplaces(report: HealthReport) -> None:
    """One line per marketplace the shop sells on, with its forecast sentence."""
    from desktop_app.core.forecast_text import recovery_sentence

    if not report.marketplaces:
        return
    print()
    print("By marketplace (each by its own rules):")
    for market in report.marketplaces:
        m = market.figure
        title = f"{market.profile.name}: {m.title}"
        print(
            f"  {title:<42} {m.value_text:>9}  target {m.metric.target_text:<11} "
            f"{m.status.value.upper():<12} {m.numerator} of {m.denominator} "
            f"{m.denominator_label} {m.numerator_label}"
        )
        print(f"  {'':<42} {recovery_sentence(market.forecast, market.profile)}")
