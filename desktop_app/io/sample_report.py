"""Write a realistic Amazon All Orders report of any size (tests, benchmarks, demos)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.io.amazon import ALL_ORDERS_DOCUMENTED

COLUMNS = [
    *ALL_ORDERS_DOCUMENTED,
    "is-buyer-requested-cancellation",
    "buyer-requested-cancel-reason",
]

_STATUSES = (
    ("Shipped - Delivered to Buyer", "Shipped", 55),
    ("Shipped", "Shipped", 15),
    ("Unshipped", "Unshipped", 15),
    ("Pending", "Pending", 5),
    ("Cancelled", "Cancelled", 7),
    ("Shipping", "Unshipped", 3),
)
_CITIES = (("Seattle", "WA", "98101"), ("Austin", "TX", "73301"), ("Boston", "MA", "02108"))


def write_all_orders(
    path: Path, rows: int, *, seed: int = 7, start: datetime | None = None, items_max: int = 3
) -> int:
    """Write ``rows`` item rows (orders of 1..items_max items); returns the number of orders."""
    rng = random.Random(seed)
    words = [w for w, _, _ in _STATUSES]
    weights = [n for _, _, n in _STATUSES]
    item_word = {w: i for w, i, _ in _STATUSES}
    moment = start or datetime(2024, 1, 1, tzinfo=UTC)
    orders = 0
    written = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\t".join(COLUMNS) + "\r\n")
        while written < rows:
            orders += 1
            moment += timedelta(seconds=rng.randint(1, 40))
            order_id = f"{100 + orders % 900:03d}-{orders:07d}-{rng.randint(0, 9999999):07d}"
            word = rng.choices(words, weights)[0]
            channel = "Amazon" if rng.random() < 0.3 else "Merchant"
            city, state, postal = rng.choice(_CITIES)
            requested = word == "Cancelled" and rng.random() < 0.5
            bought = moment.isoformat()
            updated = (moment + timedelta(hours=rng.randint(1, 72))).isoformat()
            count = min(rng.randint(1, items_max), rows - written)
            for number in rng.sample(range(1, 401), count):
                sku = f"SKU-{number:04d}"
                quantity = rng.randint(1, 3)
                price = (
                    "" if word == "Cancelled" else f"{quantity * rng.randint(500, 9000) / 100:.2f}"
                )
                cells = [
                    order_id, "", bought, updated, word, channel, "Amazon.com", "",
                    "Standard", f"Product {sku} – blue", sku, f"B0{rng.randint(0, 99999999):08d}",
                    item_word[word], str(quantity), "USD", price, "0.00" if price else "",
                    "4.99" if price else "", "0.00" if price else "", "", "", "0.00", "0.00",
                    city, state, postal, "US", "", "", "false", "", "",
                    "true" if requested else "false", "Changed my mind" if requested else "",
                ]  # fmt: skip
                out.write("\t".join(cells) + "\r\n")
                written += 1
    return orders
