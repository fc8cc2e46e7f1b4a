"""Orders per purchase day, marketplace and channel, and how many of them count as cancelled by
the seller: the totals every rate, chart and forecast reads (created by migration 0009).

A year of rates used to be a grouped walk over a year of orders (about 770,000 index entries at
a million orders: 0.24 s); the totals hold a few rows a day, so the same series reads about
1,500 rows. The database keeps them exact by itself:

- SQLite: a trigger per row on insert, delete and an update that changes a counted column;
- PostgreSQL: a trigger per *statement* with transition tables, which adds a COPY of a million
  orders to the totals in one grouped statement.

Bulk writers on SQLite, where a trigger per row costs ~9 µs, set the triggers aside inside their
write transaction: the import tallies its own changes in Python (:class:`DayTally`, exact,
because every order it writes passes through it), other bulk writers count again at the end
(:func:`recount`). SQLite's DDL is transactional and the writer holds the write lock, so no one
sees the shop without its triggers and a rollback puts them back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

TABLE = "order_day_counts"
KEY = ("purchase_day", "marketplace", "channel")

_UPSERT = (
    f"INSERT INTO {TABLE} (purchase_day, marketplace, channel, orders, counted) "
    "VALUES ({day}, {market}, {channel}, {orders}, {counted}) "
    "ON CONFLICT (purchase_day, marketplace, channel) DO UPDATE SET "
    f"orders = {TABLE}.orders + excluded.orders, counted = {TABLE}.counted + excluded.counted"
)
_SUBTRACT = (
    f"UPDATE {TABLE} SET orders = orders - 1, counted = counted - old.cancel_counted "
    "WHERE purchase_day = old.purchase_day AND marketplace = old.marketplace "
    "AND channel = old.channel"
)
_ADD_NEW = _UPSERT.format(
    day="new.purchase_day",
    market="new.marketplace",
    channel="new.channel",
    orders="1",
    counted="new.cancel_counted",
)

SQLITE_TRIGGERS: dict[str, str] = {
    "order_day_counts_insert": (
        f"CREATE TRIGGER order_day_counts_insert AFTER INSERT ON orders BEGIN {_ADD_NEW}; END"
    ),
    "order_day_counts_delete": (
        f"CREATE TRIGGER order_day_counts_delete AFTER DELETE ON orders BEGIN {_SUBTRACT}; END"
    ),
    "order_day_counts_update": (
        "CREATE TRIGGER order_day_counts_update "
        "AFTER UPDATE OF purchase_day, marketplace, channel, cancel_counted ON orders "
        "WHEN old.purchase_day IS NOT new.purchase_day OR old.marketplace IS NOT new.marketplace "
        "OR old.channel IS NOT new.channel OR old.cancel_counted IS NOT new.cancel_counted "
        f"BEGIN {_SUBTRACT}; {_ADD_NEW}; END"
    ),
}

_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION order_day_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {TABLE} (purchase_day, marketplace, channel, orders, counted)
        SELECT purchase_day, marketplace, channel, count(*), count(*) FILTER (WHERE cancel_counted)
        FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (purchase_day, marketplace, channel) DO UPDATE
        SET orders = {TABLE}.orders + excluded.orders,
            counted = {TABLE}.counted + excluded.counted;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE {TABLE} t SET orders = t.orders - d.n, counted = t.counted - d.c
        FROM (SELECT purchase_day, marketplace, channel, count(*) AS n,
                     count(*) FILTER (WHERE cancel_counted) AS c
              FROM old_rows GROUP BY 1, 2, 3) d
        WHERE (t.purchase_day, t.marketplace, t.channel)
            = (d.purchase_day, d.marketplace, d.channel);
    ELSE
        -- only the rows whose counted columns changed: -1 under the old key, +1 under the new
        INSERT INTO {TABLE} (purchase_day, marketplace, channel, orders, counted)
        SELECT purchase_day, marketplace, channel, sum(n), sum(c) FROM (
            SELECT o.purchase_day, o.marketplace, o.channel, -1 AS n,
                   -(o.cancel_counted::int) AS c
            FROM old_rows o JOIN new_rows w ON w.id = o.id
            WHERE (o.purchase_day, o.marketplace, o.channel, o.cancel_counted)
                IS DISTINCT FROM (w.purchase_day, w.marketplace, w.channel, w.cancel_counted)
            UNION ALL
            SELECT w.purchase_day, w.marketplace, w.channel, 1, w.cancel_counted::int
            FROM old_rows o JOIN new_rows w ON w.id = o.id
            WHERE (o.purchase_day, o.marketplace, o.channel, o.cancel_counted)
                IS DISTINCT FROM (w.purchase_day, w.marketplace, w.channel, w.cancel_counted)
        ) changed GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (purchase_day, marketplace, channel) DO UPDATE
        SET orders = {TABLE}.orders + excluded.orders,
            counted = {TABLE}.counted + excluded.counted;
    END IF;
    RETURN NULL;
END $$
"""

POSTGRES_TRIGGERS: dict[str, str] = {
    "order_day_counts_insert": (
        "CREATE TRIGGER order_day_counts_insert AFTER INSERT ON orders "
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION order_day_counts_apply()"
    ),
    "order_day_counts_delete": (
        "CREATE TRIGGER order_day_counts_delete AFTER DELETE ON orders "
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION order_day_counts_apply()"
    ),
    "order_day_counts_update": (
        "CREATE TRIGGER order_day_counts_update AFTER UPDATE ON orders "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION order_day_counts_apply()"
    ),
}

_RECOUNT = (
    f"INSERT INTO {TABLE} (purchase_day, marketplace, channel, orders, counted) "
    "SELECT purchase_day, marketplace, channel, count(*), "
    "sum(CASE WHEN cancel_counted THEN 1 ELSE 0 END) FROM orders GROUP BY 1, 2, 3"
)


def install(conn: Connection) -> None:
    """Create the triggers (and on PostgreSQL their function) and count every stored order."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(_PG_FUNCTION))
        triggers = POSTGRES_TRIGGERS
    else:
        triggers = SQLITE_TRIGGERS
    for name, sql in triggers.items():
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}" + _on_orders(conn)))
        conn.execute(text(sql))
    recount(conn)


def uninstall(conn: Connection) -> None:
    for name in SQLITE_TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}" + _on_orders(conn)))
    if conn.dialect.name == "postgresql":
        conn.execute(text("DROP FUNCTION IF EXISTS order_day_counts_apply()"))


def _on_orders(conn: Connection) -> str:
    return " ON orders" if conn.dialect.name == "postgresql" else ""


def recount(conn: Connection) -> None:
    """Count every order again (a full pass over the orders: for bulk writers and repairs)."""
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(_RECOUNT))


def stored(conn: Connection) -> dict[tuple[date | str, str, str], tuple[int, int]]:
    """The totals as stored, without empty rows (for checks and tests)."""
    rows = conn.execute(
        text(
            f"SELECT purchase_day, marketplace, channel, orders, counted FROM {TABLE} "
            "WHERE orders <> 0 OR counted <> 0"
        )
    )
    return {(str(d), m, c): (int(n), int(k)) for d, m, c, n, k in rows}


def counted_afresh(conn: Connection) -> dict[tuple[date | str, str, str], tuple[int, int]]:
    """What the totals should hold, counted from the orders themselves."""
    rows = conn.execute(
        text(
            "SELECT purchase_day, marketplace, channel, count(*), "
            "sum(CASE WHEN cancel_counted THEN 1 ELSE 0 END) FROM orders GROUP BY 1, 2, 3"
        )
    )
    return {(str(d), m, c): (int(n), int(k)) for d, m, c, n, k in rows}


Key = tuple[date | str, str, str]


class DayTally:
    """An import's own changes to the totals, added up in Python and written once."""

    __slots__ = ("counted", "orders")

    def __init__(self) -> None:
        self.orders: Counter[Key] = Counter()
        self.counted: Counter[Key] = Counter()

    def add(self, order: Mapping[str, Any], sign: int = 1) -> None:
        key = (order["purchase_day"], order["marketplace"], order["channel"])
        self.orders[key] += sign
        if order["cancel_counted"]:
            self.counted[key] += sign

    def add_bound(self, rows: Iterable[tuple[date | str, str, str, object]]) -> None:
        """New orders given as (day, marketplace, channel, counted), the day as a date or as
        its ISO text (bound parameters; :meth:`write` writes both the same way)."""
        orders, counted = self.orders, self.counted
        for day, marketplace, channel, cancel_counted in rows:
            key = (day, marketplace, channel)
            orders[key] += 1
            if cancel_counted:
                counted[key] += 1

    def change(self, before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        if any(before[c] != after[c] for c in (*KEY, "cancel_counted")):
            self.add(before, -1)
            self.add(after)

    def write(self, conn: Connection) -> None:
        rows = [
            {"d": _day(key[0]), "m": key[1], "c": key[2], "n": n, "k": self.counted.get(key, 0)}
            for key, n in self.orders.items()
            if n or self.counted.get(key, 0)
        ]
        rows += [
            {"d": _day(key[0]), "m": key[1], "c": key[2], "n": 0, "k": k}
            for key, k in self.counted.items()
            if key not in self.orders and k
        ]
        if rows:
            upsert = _UPSERT.format(day=":d", market=":m", channel=":c", orders=":n", counted=":k")
            conn.execute(text(upsert), rows)
        self.orders.clear()
        self.counted.clear()


def _day(day: date | str) -> str:
    return day.isoformat() if isinstance(day, date) else day


def _set_aside(conn: Connection) -> list[str]:
    """Drop the SQLite triggers for the rest of the transaction; their SQL, to put back."""
    found = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'order_day_counts_%'"
        )
    ).all()
    for name, _sql in found:
        conn.execute(text(f"DROP TRIGGER {name}"))
    return [sql for _name, sql in found]


@contextmanager
def tallied(conn: Connection) -> Iterator[DayTally | None]:
    """For an import on SQLite: the triggers stand aside and the tally it yields is written at
    the end. ``None`` on PostgreSQL, whose statement triggers already count a batch at once."""
    if conn.dialect.name != "sqlite":
        yield None
        return
    triggers = _set_aside(conn)
    tally = DayTally()
    yield tally
    tally.write(conn)
    for sql in triggers:
        conn.execute(text(sql))


@contextmanager
def counted_at_end(conn: Connection) -> Iterator[None]:
    """For other bulk writers (demo, archive restore) on SQLite: the triggers stand aside and
    every order is counted once at the end."""
    if conn.dialect.name != "sqlite":
        yield
        return
    triggers = _set_aside(conn)
    yield
    recount(conn)
    for sql in triggers:
        conn.execute(text(sql))
