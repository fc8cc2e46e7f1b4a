"""Writing a batch's plans: Core executemany statements on the import's one connection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update

from desktop_app.core.reasons import BUYER_CANCELED, RequestState
from desktop_app.core.status import ChangeKind
from desktop_app.db import tables
from desktop_app.db.bulk import bind_rows, bulk_insert, insert_bound
from desktop_app.db.day_counts import KEY, DayTally
from desktop_app.db.lists import among
from desktop_app.services.context import Context
from desktop_app.services.importing.plan import ITEM_UPDATE_COLUMNS, Plan
from desktop_app.services.importing.reader import Row

ORDERS = tables.orders
ITEMS = tables.order_items
REQUESTS = tables.buyer_requests
CANCELLATIONS = tables.cancellations
CANCEL_LINES = tables.cancellation_lines
RETURNS = tables.returns
RETURN_LINES = tables.return_lines
STOCK = tables.stock
AUDIT = tables.audit_events

_ORDER_UPDATE_COLUMNS = tuple(c.name for c in ORDERS.columns if c.name not in ("id", "order_id"))
ANSWERED = "cancelled (from the imported report)"


class Writer:
    def __init__(self, conn: Connection, ctx: Context) -> None:
        self.conn = conn
        self.ctx = ctx
        self.now = ctx.now()
        self.known_skus: set[str] = set()
        # on SQLite the import counts its own orders into the day totals (db.day_counts)
        self.tally: DayTally | None = None

    def write(self, plans: list[Plan]) -> None:
        conn = self.conn
        new = [p for p in plans if p.kind is ChangeKind.NEW]
        updated = [p for p in plans if p.kind is ChangeKind.UPDATED]
        if new:
            # plain executemany, then the new keys: RETURNING with ordered rows falls back to a
            # statement per row on SQLite
            newest = self._newest_id() if conn.dialect.name == "sqlite" else None
            keys = bulk_insert(conn, ORDERS, [p.order for p in new], ids=True)
            if keys is None:  # SQLite: found after the insert (PostgreSQL reserved them)
                keys = self._new_ids(newest, [p.order["order_id"] for p in new])
            for plan, pk in zip(new, keys, strict=True):
                plan.pk = pk
        if updated:
            changing = (
                update(ORDERS)
                .where(ORDERS.c.id == bindparam("b_pk"))
                .values({c: bindparam(f"v_{c}") for c in _ORDER_UPDATE_COLUMNS})
            )
            rows = [
                {"b_pk": p.pk, **{f"v_{c}": p.order[c] for c in _ORDER_UPDATE_COLUMNS}}
                for p in updated
            ]
            conn.execute(changing, rows)
        tally = self.tally
        if tally is not None:
            for plan in new:
                tally.add(plan.order)
            for plan in updated:
                assert plan.before is not None
                tally.change(plan.before, plan.order)
        new_items = [item for p in plans for item in p.new_items]
        for plan in plans:
            for item in plan.new_items:
                item["order_pk"] = plan.pk
        if new_items:
            bulk_insert(conn, ITEMS, new_items)
            self._stock({i["sku"]: i["product_name"] for i in new_items})
        changed = [item for p in plans for item in p.changed_items]
        if changed:
            item_update = (
                update(ITEMS)
                .where(ITEMS.c.id == bindparam("b_id"))
                .values({c: bindparam(f"v_{c}") for c in ITEM_UPDATE_COLUMNS})
            )
            conn.execute(
                item_update,
                [
                    {"b_id": i["id"], **{f"v_{c}": i[c] for c in ITEM_UPDATE_COLUMNS}}
                    for i in changed
                ],
            )
        self._requests(plans)
        self._cancellations([p for p in plans if p.cancel is not None])
        self._relabels([p for p in plans if p.relabel is not None])
        self._returns([p for p in plans if p.return_ is not None])
        self._audit(new, updated)

    def write_bound(
        self,
        order_names: Sequence[str],
        item_names: Sequence[str],
        orders: list[Row],
        order_ids: list[str],
        item_counts: list[int],
        items: list[Row],
    ) -> None:
        """Plain new orders whose rows the reader process bound (:mod:`.reader`): the orders,
        their items (``item_counts`` of ``items`` each, in order), the stock rows of new SKUs,
        the day totals and one audit line each, as :meth:`write` writes them."""
        conn, dialect = self.conn, self.conn.dialect
        newest = self._newest_id() if dialect.name == "sqlite" else None
        keys = insert_bound(conn, ORDERS, order_names, orders, ids=True)
        if keys is None:  # SQLite numbered them
            keys = self._new_ids(newest, order_ids)
        if self.tally is not None:
            at = [order_names.index(c) for c in (*KEY, "cancel_counted")]
            day, market, channel, counted = at
            self.tally.add_bound((o[day], o[market], o[channel], o[counted]) for o in orders)
        if items:
            each = iter(items)
            rows = [
                (pk, *next(each)) for pk, n in zip(keys, item_counts, strict=True) for _ in range(n)
            ]
            names = ("order_pk", *item_names)
            insert_bound(conn, ITEMS, names, rows)
            sku, name = names.index("sku"), names.index("product_name")
            self._stock({item[sku]: item[name] for item in rows})
        source = self.ctx.source
        event = {
            "at": self.now,
            "actor": self.ctx.actor,
            "source": source,
            "order_pk": None,
            "action": "import.create",
            "summary": f"Imported from {source}.",
            "details": {"file": source, "changes": ["imported"]},
        }
        names = tuple(event)
        (plain,) = bind_rows(dialect, AUDIT, names, [event])
        pk_at = names.index("order_pk")
        head, tail = plain[:pk_at], plain[pk_at + 1 :]
        insert_bound(conn, AUDIT, names, [(*head, pk, *tail) for pk in keys])

    def _newest_id(self) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(ORDERS.c.id), 0))).scalar_one())

    def _new_ids(self, newest_before: int | None, order_ids: list[str]) -> list[int]:
        """The keys of the orders just inserted, in insertion order.

        SQLite numbers each new row one past the table's largest key, so under the write lock
        they are ``newest_before + 1 ...``, as the table's largest key then confirms; otherwise
        (PostgreSQL, or a table whose keys were taken out of order) one query looks them up.
        """
        count = len(order_ids)
        if newest_before is not None and self._newest_id() == newest_before + count:
            return list(range(newest_before + 1, newest_before + count + 1))
        query = select(ORDERS.c.order_id, ORDERS.c.id)
        query = query.where(among(self.conn, ORDERS.c.order_id, "ids"))
        pks: dict[str, int] = {oid: pk for oid, pk in self.conn.execute(query, {"ids": order_ids})}
        return [pks[oid] for oid in order_ids]

    def _requests(self, plans: list[Plan]) -> None:
        conn = self.conn
        asking = [p for p in plans if p.request is not None]
        if asking:
            conn.execute(
                insert(REQUESTS), [{**(p.request or {}), "order_pk": p.pk} for p in asking]
            )
            newest = self._newest(REQUESTS, [p.pk for p in asking])
            for plan in asking:
                plan.request_id = newest[plan.pk]
        accepted = [(rid, p) for p in plans for rid in p.accepted_requests]
        if accepted:
            accepting = (
                update(REQUESTS)
                .where(REQUESTS.c.id == bindparam("b_id"))
                .values(
                    state=RequestState.ACCEPTED.value,
                    answered_at=bindparam("v_at"),
                    answer_note=ANSWERED,
                )
            )
            conn.execute(
                accepting, [{"b_id": rid, "v_at": p.order["last_updated"]} for rid, p in accepted]
            )

    def _cancellations(self, plans: list[Plan]) -> None:
        if not plans:
            return
        conn = self.conn
        rows = [
            {**(p.cancel or {}), "order_pk": p.pk, "buyer_request_id": p.request_id} for p in plans
        ]
        conn.execute(insert(CANCELLATIONS), rows)
        by_pk = self._newest(CANCELLATIONS, [p.pk for p in plans])
        query = select(ITEMS.c.id, ITEMS.c.order_pk, ITEMS.c.sku, ITEMS.c.quantity_cancelled)
        query = query.where(among(conn, ITEMS.c.order_pk, "pks"))
        lines = [
            {
                "cancellation_id": by_pk[row.order_pk],
                "item_pk": row.id,
                "sku": row.sku,
                "quantity": row.quantity_cancelled,
                "restocked": 0,
            }
            for row in conn.execute(query, {"pks": list(by_pk)})
            if row.quantity_cancelled > 0
        ]
        if lines:
            conn.execute(insert(CANCEL_LINES), lines)

    def _relabels(self, plans: list[Plan]) -> None:
        """A later report's buyer-cancel column: the cancellation was the buyer's request."""
        if not plans:
            return
        relabel = (
            update(CANCELLATIONS)
            .where(CANCELLATIONS.c.id == bindparam("b_id"))
            .values(
                counted=False,
                reason_code=BUYER_CANCELED,
                buyer_request_id=bindparam("v_request"),
            )
        )
        self.conn.execute(relabel, [{"b_id": p.relabel, "v_request": p.request_id} for p in plans])

    def _returns(self, plans: list[Plan]) -> None:
        if not plans:
            return
        conn = self.conn
        rows = [
            {k: v for k, v in (p.return_ or {}).items() if not k.startswith("_")}
            | {"order_pk": p.pk}
            for p in plans
        ]
        conn.execute(insert(RETURNS), rows)
        by_pk = self._newest(RETURNS, [p.pk for p in plans])
        query = select(ITEMS.c.id, ITEMS.c.order_pk, ITEMS.c.sku, ITEMS.c.quantity_shipped)
        query = query.where(among(conn, ITEMS.c.order_pk, "pks"))
        lines = [
            {"return_id": by_pk[row.order_pk], "item_pk": row.id, "sku": row.sku,
             "quantity": row.quantity_shipped}
            for row in conn.execute(query, {"pks": list(by_pk)})
            if row.quantity_shipped > 0
        ]  # fmt: skip
        if lines:
            conn.execute(insert(RETURN_LINES), lines)

    def _newest(self, table: Table, order_pks: list[int | None]) -> dict[int | None, int]:
        """The id of each order's newest row in ``table`` (the one just inserted)."""
        query = (
            select(table.c.order_pk, func.max(table.c.id))
            .where(among(self.conn, table.c.order_pk, "pks"))
            .group_by(table.c.order_pk)
        )
        return {pk: row_id for pk, row_id in self.conn.execute(query, {"pks": order_pks})}

    def _stock(self, skus: dict[str, str]) -> None:
        fresh = {s: n for s, n in skus.items() if s not in self.known_skus}
        if not fresh:
            return
        query = select(STOCK.c.sku).where(among(self.conn, STOCK.c.sku, "skus"))
        stocked = set(self.conn.execute(query, {"skus": list(fresh)}).scalars())
        missing = [
            {"sku": s, "product_name": n, "on_hand": 0, "updated_at": self.now}
            for s, n in fresh.items()
            if s not in stocked
        ]
        if missing:
            self.conn.execute(insert(STOCK), missing)
        self.known_skus.update(fresh)

    def _audit(self, new: list[Plan], updated: list[Plan]) -> None:
        ctx, source = self.ctx, self.ctx.source
        # a new order with nothing more to say (most of them) shares one sentence and one
        # details object, which is then encoded once per batch
        plain = (f"Imported from {source}.", {"file": source, "changes": ["imported"]})
        events: list[dict[str, Any]] = [
            {
                "at": self.now,
                "actor": ctx.actor,
                "source": source,
                "order_pk": p.pk,
                "action": "import.create" if p.kind is ChangeKind.NEW else "import.update",
                "summary": _sentence(p, source),
                "details": {"file": source, "changes": _changes(p)},
            }
            if p.changes
            else {
                "at": self.now,
                "actor": ctx.actor,
                "source": source,
                "order_pk": p.pk,
                "action": "import.create",
                "summary": plain[0],
                "details": plain[1],
            }
            for p in (*new, *updated)
        ]
        if events:
            bulk_insert(self.conn, AUDIT, events)


def _changes(plan: Plan) -> list[str]:
    return ["imported", *plan.changes] if plan.kind is ChangeKind.NEW else plan.changes


def _sentence(plan: Plan, source: str) -> str:
    if plan.kind is ChangeKind.NEW:
        tail = f"; {'; '.join(plan.changes)}" if plan.changes else ""
        return f"Imported from {source}{tail}."
    text = "; ".join(plan.changes)
    if len(text) > 400:
        text = text[:399] + "…"
    return f"Updated from {source}: {text}."
