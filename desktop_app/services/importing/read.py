"""What the shop already holds of a batch's orders: read in a few queries per batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from desktop_app.core.reasons import RequestChannel, RequestFacts, RequestState
from desktop_app.db import tables
from desktop_app.db.lists import among

ORDERS = tables.orders
ITEMS = tables.order_items
REQUESTS = tables.buyer_requests
CANCELLATIONS = tables.cancellations
RETURNS = tables.returns


@dataclass
class Existing:
    """A stored order with its items, buyer requests, cancellations and whether a return
    was started for it."""

    order: dict[str, Any]
    items: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    cancellations: list[dict[str, Any]] = field(default_factory=list)
    has_return: bool = False

    @property
    def cancelled_before(self) -> bool:
        return bool(self.cancellations)

    def request_facts(self) -> list[RequestFacts]:
        return [
            RequestFacts(RequestChannel(r["channel"]), RequestState(r["state"]))
            for r in self.requests
        ]

    def amazon_request(self) -> dict[str, Any] | None:
        """The buyer's request through Amazon that is open or was accepted, if any."""
        return next(
            (
                r
                for r in self.requests
                if r["channel"] == RequestChannel.AMAZON and r["state"] != RequestState.DECLINED
            ),
            None,
        )


def load_existing(conn: Connection, order_ids: list[str]) -> dict[str, Existing]:
    """The stored orders among ``order_ids``, by order id."""
    found: dict[str, Existing] = {}
    # first which are known, from the order id's own index: in a first import, none are
    query = select(ORDERS.c.order_id).where(among(conn, ORDERS.c.order_id, "ids"))
    stored = list(conn.execute(query, {"ids": order_ids}).scalars())
    if not stored:
        return found
    by_pk: dict[int, Existing] = {}
    query = select(ORDERS).where(among(conn, ORDERS.c.order_id, "ids"))
    for row in conn.execute(query, {"ids": stored}).mappings():
        known = Existing(dict(row))
        found[row["order_id"]] = known
        by_pk[row["id"]] = known
    pks = {"pks": list(by_pk)}
    query = select(ITEMS).where(among(conn, ITEMS.c.order_pk, "pks")).order_by(ITEMS.c.id)
    for row in conn.execute(query, pks).mappings():
        by_pk[row["order_pk"]].items.append(dict(row))
    query = select(REQUESTS.c.id, REQUESTS.c.order_pk, REQUESTS.c.channel, REQUESTS.c.state)
    query = query.where(among(conn, REQUESTS.c.order_pk, "pks"))
    for row in conn.execute(query, pks).mappings():
        by_pk[row["order_pk"]].requests.append(dict(row))
    query = select(
        CANCELLATIONS.c.id,
        CANCELLATIONS.c.order_pk,
        CANCELLATIONS.c.counted,
        CANCELLATIONS.c.via,
        CANCELLATIONS.c.initiator,
    ).where(among(conn, CANCELLATIONS.c.order_pk, "pks"))
    for row in conn.execute(query.order_by(CANCELLATIONS.c.id), pks).mappings():
        by_pk[row["order_pk"]].cancellations.append(dict(row))
    query = select(RETURNS.c.order_pk).where(among(conn, RETURNS.c.order_pk, "pks"))
    for (pk,) in conn.execute(query, pks):
        by_pk[pk].has_return = True
    return found
