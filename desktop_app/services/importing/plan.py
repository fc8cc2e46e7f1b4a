"""What importing one order record does: a plan of rows to insert and update, checked for sense.

The report is Amazon's word on Amazon's side (status, quantities shipped and cancelled);
requests, answers, notes and stock are the seller's records in the app (domain.md, "merging a
report with what the app knows"). So the plan compares field by field: a report never loses a
cancellation, and an older report never rolls an order back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from desktop_app.core.clock import LocalDays, local_day
from desktop_app.core.errors import IllegalTransition
from desktop_app.core.marketplaces import profile_for
from desktop_app.core.money import exponent
from desktop_app.core.reasons import (
    BUYER_CANCELED,
    Initiator,
    RequestChannel,
    RequestFacts,
    RequestState,
    request_on_record,
)
from desktop_app.core.status import (
    PENDING_STATUSES,
    ChangeKind,
    Channel,
    ItemStatus,
    OrderStatus,
    ReturnState,
    can_transition,
    check_transition,
)
from desktop_app.db import tables
from desktop_app.io.errors import RowError, preview
from desktop_app.io.grouping import ItemRecord, OrderRecord
from desktop_app.io.status_words import ITEM_STATUS_OF_ORDER
from desktop_app.services.context import Context
from desktop_app.services.importing.read import Existing
from desktop_app.services.summary import search_text, skus_text

GENERAL_ADJUSTMENT = "GeneralAdjustment"
CLOCK_SKEW = timedelta(days=1)  # a date up to a day ahead of this machine's clock is accepted
DEFAULT_MARKETPLACE = "Amazon.com"

# order-level fields a file may give, which are Order columns of the same name
ORDER_FIELDS = (
    "merchant_order_id",
    "purchase_date",
    "status",
    "channel",
    "marketplace",
    "ship_service_level",
    "latest_ship_date",
    "shipped_at",
    "currency",
    "ship_city",
    "ship_state",
    "ship_postal_code",
    "ship_country",
    "is_business_order",
    "cancel_counted",
)
# item field -> OrderItem column
ITEM_COLUMNS = {
    "order_item_id": "order_item_id",
    "sku": "sku",
    "asin": "asin",
    "product_name": "product_name",
    "item_status": "status",
    "quantity": "quantity",
    "quantity_shipped": "quantity_shipped",
    "quantity_cancelled": "quantity_cancelled",
    "item_price": "item_price_minor",
    "item_tax": "item_tax_minor",
    "shipping_price": "shipping_price_minor",
    "shipping_tax": "shipping_tax_minor",
    "promotion_discount": "promotion_discount_minor",
    "customised": "customised",
}
_MONEY = {c: f for f, c in ITEM_COLUMNS.items() if c.endswith("_minor")}  # column -> field
_PROGRESS = ("status", "quantity_shipped", "quantity_cancelled")  # Amazon's word, forward only
ITEM_UPDATE_COLUMNS = tuple(
    c.name for c in tables.order_items.columns if c.name not in ("id", "order_pk")
)


class RecordError(Exception):
    """The record cannot be imported: its rows are rejected with this error."""

    def __init__(self, error: RowError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass(slots=True)
class Plan:
    record: OrderRecord
    kind: ChangeKind
    order: dict[str, Any]
    pk: int | None = None
    new_items: list[dict[str, Any]] = field(default_factory=list)
    changed_items: list[dict[str, Any]] = field(default_factory=list)
    request: dict[str, Any] | None = None
    accepted_requests: list[int] = field(default_factory=list)
    cancel: dict[str, Any] | None = None
    cancel_items: list[dict[str, Any]] = field(default_factory=list)  # the items it cancels
    request_id: int | None = None  # the request a cancellation answers
    relabel: int | None = None  # a counted cancellation the file shows the buyer asked for
    return_: dict[str, Any] | None = None
    changes: list[str] = field(default_factory=list)  # a new order: beyond "imported"
    before: dict[str, Any] | None = None  # a stored order: its row as read


# a status word as the status (a dict is quicker than the Enum's own lookup, once an order)
_STATUS: dict[object, OrderStatus] = {s.value: s for s in OrderStatus}


def _status_of(word: object) -> OrderStatus:
    """The order status a file's status value names (ValueError for an unknown one)."""
    return _STATUS.get(word) or OrderStatus(str(word))


_MINOR_MEMO: dict[int, dict[Decimal, int]] = {}  # exponent -> amount -> minor units


def minor(value: object, exp: int) -> int:
    """``value`` in minor units; ValueError when it has more decimals than the currency."""
    if not isinstance(value, Decimal):
        return 0
    memo = _MINOR_MEMO.get(exp)
    if memo is None:
        memo = _MINOR_MEMO[exp] = {}
    found = memo.get(value)
    if found is None:
        scaled = value.scaleb(exp)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more decimals than the currency allows ({exp})")
        found = int(scaled)
        if len(memo) > 16384:
            memo.clear()
        memo[value] = found
    return found


def _paid(item: dict[str, Any]) -> int:
    """The same sum as OrderItem.paid_minor."""
    return int(
        item["item_price_minor"]
        + item["item_tax_minor"]
        + item["shipping_price_minor"]
        + item["shipping_tax_minor"]
        - item["promotion_discount_minor"]
    )


def _charged(item: dict[str, Any]) -> int:
    """Price, shipping and their taxes: what a promotion may take off at most."""
    return int(
        item["item_price_minor"]
        + item["shipping_price_minor"]
        + item["item_tax_minor"]
        + item["shipping_tax_minor"]
    )


def derive(order: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """Fill the order's derived columns the way services.summary.refresh_summary does."""
    count = total = 0
    skus: list[str] = []
    names: list[str] = []
    for item in items:  # one loop: this runs for every order of a file
        count += item["quantity"]
        total += _paid(item)
        skus.append(item["sku"])
        names.append(item["product_name"])
    order["item_count"] = count
    order["total_minor"] = total
    order["skus"] = skus_text(skus)
    order["search_text"] = search_text(order["order_id"], skus, names, order["ship_city"])


class Planner:
    """Plans records against what is stored. ``header_of`` names a field's column."""

    def __init__(
        self,
        ctx: Context,
        zone: tzinfo,
        header_of: Any,
        *,
        events: bool,
        default_currency: str | None,
    ) -> None:
        self.ctx = ctx
        self.zone = zone
        self.header_of = header_of
        self.events = events  # a report of Amazon's (not our own export, which is a copy)
        self.default_currency = default_currency
        self.now = ctx.now()
        self.day_of = LocalDays(zone)  # a purchase's day in the shop's zone
        self.latest = self.now + CLOCK_SKEW  # a date up to a day ahead is the clocks' skew

    def plan(self, record: OrderRecord, known: Existing | None) -> Plan:
        plan = self._plan_new(record) if known is None else self._plan_update(record, known)
        if plan.kind is not ChangeKind.UNCHANGED:
            self._check(plan)
        return plan

    def fail(self, line: int, field_name: str, value: object, message: str) -> RecordError:
        header = self.header_of(field_name) if field_name else ""
        shown = preview(str(value)) if value not in (None, "") else ""
        return RecordError(RowError(line, header, shown, message))

    # -- sense -----------------------------------------------------------------------------

    def _check_dates(self, record: OrderRecord) -> None:
        values = record.values
        latest = self.latest
        purchase, updated = values.get("purchase_date"), values.get("last_updated")
        if (purchase is not None and purchase > latest) or (  # type: ignore[operator]
            updated is not None
            and (updated > latest or (purchase is not None and updated < purchase))  # type: ignore[operator]
        ):
            raise self._bad_dates(record, purchase, updated)

    def _bad_dates(self, record: OrderRecord, purchase: object, updated: object) -> RecordError:
        line = record.first_line
        for name, moment in (("purchase_date", purchase), ("last_updated", updated)):
            if isinstance(moment, datetime) and moment > self.latest:
                return self.fail(
                    line, name, moment.isoformat(), "the date is in the future (rule: dates)"
                )
        assert isinstance(updated, datetime)
        return self.fail(
            line,
            "last_updated",
            updated.isoformat(),
            "the last update is before the purchase date (rule: dates)",
        )

    def _check(self, plan: Plan) -> None:
        """Rows that make no sense are rejected with the rule they break (README, "Rules")."""
        cancelled_order = plan.order["status"] == OrderStatus.CANCELED
        first = plan.record.first_line
        for item in (*plan.new_items, *plan.changed_items):
            line = item.pop("_line", first)
            item.pop("_newly_cancelled", None)
            qty = item["quantity"]
            left = qty - item["quantity_shipped"] - item["quantity_cancelled"]
            discount = item["promotion_discount_minor"]  # most items have none
            if (
                left < 0
                or (cancelled_order and left > 0)
                or (qty == 0 and item["status"] != ItemStatus.CANCELED)
                or (discount and discount > _charged(item))
            ):
                raise self._senseless(item, line, left, cancelled_order)

    def _senseless(
        self, item: dict[str, Any], line: int, left: int, cancelled_order: bool
    ) -> RecordError:
        """The error for an item ``_check`` found wrong, naming the rule it breaks."""
        qty, sku = item["quantity"], item["sku"]
        shipped, cancelled = item["quantity_shipped"], item["quantity_cancelled"]
        if left < 0:
            why = (
                f"item {sku}: {shipped} shipped and {cancelled} cancelled add up to more than "
                f"the {qty} ordered (rule: quantities)"
            )
        elif cancelled_order and left > 0:
            why = (
                f"item {sku}: the order is cancelled but {left} units are still open "
                "(rule: quantities)"
            )
        elif qty == 0 and item["status"] != ItemStatus.CANCELED:
            why = f"item {sku}: quantity 0 but the item is not cancelled (rule: quantities)"
        else:
            return self.fail(
                line,
                "promotion_discount",
                item["promotion_discount_minor"],
                f"item {sku}: the promotion discount is larger than the price, taxes and "
                "shipping together (rule: amounts)",
            )
        return self.fail(line, "quantity", qty, why)

    # -- a new order -----------------------------------------------------------------------

    def _item_money(self, item: ItemRecord, row: dict[str, Any], exp: int) -> None:
        get = item.values.get  # a million items: the five amounts converted inline
        try:
            row["item_price_minor"] = minor(get("item_price"), exp)
            row["item_tax_minor"] = minor(get("item_tax"), exp)
            row["shipping_price_minor"] = minor(get("shipping_price"), exp)
            row["shipping_tax_minor"] = minor(get("shipping_tax"), exp)
            row["promotion_discount_minor"] = minor(get("promotion_discount"), exp)
        except ValueError:
            for name in _MONEY.values():  # which one, for the message
                try:
                    minor(get(name), exp)
                except ValueError:
                    raise self.fail(
                        item.line,
                        name,
                        get(name),
                        f"the amount has more decimals than the currency allows "
                        f"({exp} decimal{'s' if exp != 1 else ''}) (rule: amounts)",
                    ) from None
            raise

    def _new_item(self, item: ItemRecord, status: OrderStatus, exp: int) -> dict[str, Any]:
        values = item.values
        get = values.get  # a million items in a big file: one lookup of the method
        quantity = get("quantity")
        if not isinstance(quantity, int):
            raise self.fail(item.line, "quantity", "", "a new item needs a quantity")
        row: dict[str, Any] = {
            "order_item_id": get("order_item_id"),
            "sku": values["sku"],
            "asin": get("asin"),
            "product_name": get("product_name", ""),
            "status": get("item_status") or ITEM_STATUS_OF_ORDER[status].value,
            "quantity": quantity,
            "quantity_shipped": 0,
            "quantity_cancelled": 0,
            "customised": get("customised", False),
            "_line": item.line,
        }
        self._item_money(item, row, exp)
        item_quantities(row, values)
        return row

    def _plan_new(self, record: OrderRecord) -> Plan:
        values = record.values
        line = record.first_line
        purchase = values.get("purchase_date")
        if not isinstance(purchase, datetime):
            raise self.fail(line, "purchase_date", "", "a new order needs a purchase date")
        status_text = values.get("status")
        if not status_text:
            raise self.fail(line, "status", "", "a new order needs an order status")
        channel = values.get("channel")
        if not channel:
            raise self.fail(line, "channel", "", "a new order needs a fulfilment channel")
        self._check_dates(record)
        status = _status_of(status_text)
        currency = values.get("currency") or self.default_currency
        if not currency:
            raise self.fail(
                line,
                "currency",
                "",
                "the currency is blank and the shop has no currency set: set it with "
                "`seller-desk settings set currency CODE` or in Preferences",
            )
        currency = str(currency)
        exp = exponent(currency)
        items = [self._new_item(item, status, exp) for item in record.items.values()]
        last_updated = values.get("last_updated") or purchase
        order: dict[str, Any] = {
            "order_id": record.order_id,
            "merchant_order_id": values.get("merchant_order_id"),
            "purchase_date": purchase,
            "purchase_day": self.day_of(purchase),
            "last_updated": last_updated,
            "status": status.value,
            "channel": channel,
            "marketplace": values.get("marketplace") or DEFAULT_MARKETPLACE,
            "ship_service_level": values.get("ship_service_level"),
            "latest_ship_date": values.get("latest_ship_date"),
            "shipped_at": values.get("shipped_at"),
            "currency": currency,
            "ship_city": values.get("ship_city"),
            "ship_state": values.get("ship_state"),
            "ship_postal_code": values.get("ship_postal_code"),
            "ship_country": values.get("ship_country"),
            "is_business_order": bool(values.get("is_business_order", False)),
            "has_open_request": False,
            "cancel_counted": False,
            "version": 1,
        }
        derive(order, items)
        plan = Plan(record, ChangeKind.NEW, order, new_items=items)
        if not self.events:  # our own export: the order as it was, nothing to infer
            order["cancel_counted"] = bool(values.get("cancel_counted", False))
            return plan
        if record.buyer_requested:
            plan.request = self._request(record, last_updated)
        cancelled = _cancelled_items(items)
        if status is OrderStatus.CANCELED or cancelled:
            requests = [RequestFacts(RequestChannel.AMAZON, RequestState.OPEN)] * bool(plan.request)
            self._cancel(plan, cancelled, was_pending=status in PENDING_STATUSES, requests=requests)
        self._return(plan, status, items, known=None)
        order["has_open_request"] = bool(
            plan.request and plan.request["state"] == RequestState.OPEN and status.is_open
        )
        return plan

    # -- a known order ---------------------------------------------------------------------

    def _plan_update(self, record: OrderRecord, known: Existing) -> Plan:
        values = record.values
        old = known.order
        incoming = values.get("last_updated")
        self._check_dates(record)
        # an older report (than what is stored) still brings Amazon's progress, never less
        older = isinstance(incoming, datetime) and incoming < old["last_updated"]
        order = dict(old)
        changes: list[str] = []
        for name in ORDER_FIELDS:
            if name == "status" or (older and self.events):
                continue
            if name in values and values[name] != old[name]:
                order[name] = values[name]
                changes.append(f"{name.replace('_', ' ')} {old[name]} → {values[name]}")
        old_status = OrderStatus(old["status"])
        status = old_status
        given = values.get("status")
        wanted = None if given is None else _status_of(given)
        if wanted is not None and wanted is not old_status:
            if can_transition(old_status, wanted):
                status = wanted
            elif not older:
                try:
                    check_transition(record.order_id, old_status, wanted)
                except IllegalTransition as refused:
                    raise self.fail(record.first_line, "status", given, str(refused)) from None
        if status is not old_status:
            order["status"] = status.value
            changes.insert(0, f"status {old_status.label} → {status.label}")
        if order["purchase_date"] != old["purchase_date"]:
            order["purchase_day"] = local_day(order["purchase_date"], self.zone)
        plan = Plan(record, ChangeKind.UNCHANGED, order, pk=old["id"], changes=changes, before=old)
        items = self._merge_items(plan, known, status, status is not old_status, older)
        if self.events:
            self._update_events(plan, known, old_status, status, items, incoming)
        if not changes:
            return plan
        plan.kind = ChangeKind.UPDATED
        if isinstance(incoming, datetime) and incoming > old["last_updated"]:
            order["last_updated"] = incoming
        order["version"] = old["version"] + 1
        derive(order, items)
        still_open = any(
            r["state"] == RequestState.OPEN and r["id"] not in plan.accepted_requests
            for r in known.requests
        ) or bool(plan.request and plan.request["state"] == RequestState.OPEN)
        order["has_open_request"] = still_open and status.is_open
        return plan

    def _update_events(
        self,
        plan: Plan,
        known: Existing,
        old_status: OrderStatus,
        status: OrderStatus,
        items: list[dict[str, Any]],
        incoming: object,
    ) -> None:
        record, changes = plan.record, plan.changes
        amazon_request = known.amazon_request()
        if record.buyer_requested and amazon_request is None:
            if known.cancelled_before:
                # the buyer asked through Amazon: the cancellation was theirs (never a request
                # opened on a cancelled order)
                counted = next((c for c in known.cancellations if c["counted"]), None)
                plan.request = self._request(record, incoming or self.now)
                plan.request["state"] = RequestState.ACCEPTED
                plan.request["answered_at"] = plan.request["requested_at"]
                plan.request["answer_note"] = "cancelled (from the imported report)"
                if counted is not None:
                    plan.relabel = counted["id"]
                    plan.order["cancel_counted"] = False
                    changes.append(
                        "the buyer asked to cancel through Amazon: the cancellation no longer "
                        "counts against your cancellation rate"
                    )
                else:
                    changes.append("buyer requested cancellation (already cancelled)")
            else:
                plan.request = self._request(record, incoming or self.now)
                changes.append("buyer requested cancellation")
        newly = [i for i in _cancelled_items(items) if i.get("_newly_cancelled")]
        became_cancelled = status is OrderStatus.CANCELED and old_status is not status
        if (became_cancelled or newly) and not known.cancelled_before:
            requests = known.request_facts()
            if plan.request is not None:
                requests.append(RequestFacts(RequestChannel.AMAZON, RequestState.OPEN))
            self._cancel(
                plan,
                _cancelled_items(items),
                was_pending=old_status in PENDING_STATUSES,
                requests=requests,
            )
            if amazon_request is not None:
                plan.request_id = amazon_request["id"]
        if became_cancelled:
            plan.accepted_requests = [
                r["id"] for r in known.requests if r["state"] == RequestState.OPEN
            ]
        if not known.has_return:
            self._return(plan, status, items, known=known)

    def _merge_items(
        self,
        plan: Plan,
        known: Existing,
        status: OrderStatus,
        status_changed: bool,
        older: bool,
    ) -> list[dict[str, Any]]:
        """Update known items from the file and add new ones; returns all the order's items.

        Amazon's progress (item status, units shipped and cancelled) only moves forward; the
        other values come from the file unless it is older than what is stored."""
        exp = exponent(plan.order["currency"])
        current = [dict(i) for i in known.items]
        by_item_id = {i["order_item_id"]: i for i in current if i["order_item_id"]}
        by_sku: dict[str, dict[str, Any]] = {}
        for i in current:
            by_sku.setdefault(i["sku"], i)
        listed: set[int] = set()
        for item in plan.record.items.values():
            values = item.values
            item_id = values.get("order_item_id")
            match = by_item_id.get(item_id) if item_id else by_sku.get(str(values["sku"]))
            if match is None:
                new = self._new_item(item, status, exp)
                new["_newly_cancelled"] = new["quantity_cancelled"] > 0
                plan.new_items.append(new)
                current.append(new)
                plan.changes.append(f"new item {new['sku']}")
                continue
            listed.add(id(match))
            before = dict(match)
            money: dict[str, Any] = {}
            self._item_money(item, money, exp)
            given: dict[str, Any] = {
                column: money[column] if column in _MONEY else values[name]
                for name, column in ITEM_COLUMNS.items()
                if name in values
            }
            if not (older and self.events):
                for column, value in given.items():
                    if column not in _PROGRESS and column != "quantity":
                        match[column] = value
                if "quantity" in given and given["quantity"] > 0:
                    match["quantity"] = given["quantity"]
            if "status" in given:
                match["status"] = given["status"]
            elif status_changed and status is not OrderStatus.PARTIALLY_SHIPPED:
                match["status"] = ITEM_STATUS_OF_ORDER[status].value
            item_quantities(match, values)
            _forward_only(match, before)
            self._note_item(plan, match, before)
        if status_changed and status in (OrderStatus.SHIPPED, OrderStatus.CANCELED):
            target = ITEM_STATUS_OF_ORDER[status].value
            for match in current:  # items the file did not list follow the order
                if id(match) in listed or match in plan.new_items or match["status"] == target:
                    continue
                before = dict(match)
                match["status"] = target
                item_quantities(match, {})
                _forward_only(match, before)
                self._note_item(plan, match, before, say=False)
        return current

    @staticmethod
    def _note_item(
        plan: Plan, match: dict[str, Any], before: dict[str, Any], *, say: bool = True
    ) -> None:
        if match["quantity_cancelled"] > before["quantity_cancelled"]:
            match["_newly_cancelled"] = True
        what = [c for c in ITEM_UPDATE_COLUMNS if match[c] != before[c]]
        if what:
            plan.changed_items.append(match)
            if say:
                plan.changes.append(f"item {match['sku']}: {', '.join(what)} changed")

    # -- events: requests, cancellations, returns ------------------------------------------

    def _request(self, record: OrderRecord, at: object) -> dict[str, Any]:
        return {
            "requested_at": at if isinstance(at, datetime) else self.now,
            "channel": RequestChannel.AMAZON.value,
            "reason": str(record.values.get("buyer_cancel_reason") or ""),
            "state": RequestState.OPEN.value,
            "answered_at": None,
            "answer_note": "",
            "source": self.ctx.source,
        }

    def _cancel(
        self,
        plan: Plan,
        items: list[dict[str, Any]],
        *,
        was_pending: bool,
        requests: list[RequestFacts],
    ) -> None:
        """A cancellation found in the file: who and whether it counts, per core's one rule
        (an MFN cancel with no request on record counts, unless the order was still pending)."""
        order = plan.order
        channel = Channel(order["channel"])
        on_record = request_on_record(requests)
        if was_pending:
            initiator = Initiator.BUYER
        else:
            initiator = Initiator.AMAZON if channel is Channel.AFN else Initiator.SELLER
        reason_code = BUYER_CANCELED if on_record or was_pending else GENERAL_ADJUSTMENT
        # the order's marketplace decides (Amazon's profile is core.reasons' one rule)
        counted = profile_for(order["marketplace"]).counts(
            channel=channel,
            initiator=initiator,
            reason_code=reason_code,
            request_on_record=on_record,
            was_pending=was_pending,
        )
        at = order["last_updated"]
        who = "the buyer's request" if on_record else "no buyer request on record"
        whole = OrderStatus(order["status"]) is OrderStatus.CANCELED
        skus = ", ".join(sorted({i["sku"] for i in items}))
        what = "cancelled" if whole else f"item {skus} cancelled"
        plan.cancel = {
            "cancelled_at": at,
            "cancelled_day": local_day(at, self.zone),
            "initiator": initiator.value,
            "via": "import",
            "reason_code": reason_code,
            "counted": counted,
            "restocked": False,  # Amazon restocked its side; the app's stock is not touched
            "refund_minor": 0,
            "cost_minor": 0,
            "currency": order["currency"],
            "note": f"Cancelled outside Seller Desk; found in {self.ctx.source} ({who}).",
            "buyer_message": "",
            "actor": self.ctx.actor,
            "source": self.ctx.source,
        }
        plan.cancel_items = items
        order["cancel_counted"] = counted
        if plan.request is not None and plan.request["state"] == RequestState.OPEN:
            plan.request["state"] = RequestState.ACCEPTED.value
            plan.request["answered_at"] = at
            plan.request["answer_note"] = "cancelled (from the imported report)"
        verdict = "counts against" if counted else "does not count against"
        plan.changes.append(f"{what} ({who}); {verdict} your cancellation rate")

    def _return(
        self,
        plan: Plan,
        status: OrderStatus,
        items: list[dict[str, Any]],
        known: Existing | None,
    ) -> None:
        """'Shipped - Returned to Seller' and its kin: a return of the shipped units."""
        word = plan.record.values.get("return_state")
        if word is None or status is not OrderStatus.SHIPPED:
            return
        state = ReturnState(str(word))
        at = plan.order["last_updated"]
        shipped = [i for i in items if i["quantity_shipped"] > 0]
        plan.return_ = {
            "started_at": at,
            "reason": f"The goods are coming back to you (found in {self.ctx.source}).",
            "refund_minor": sum(_paid(i) for i in shipped),
            "currency": plan.order["currency"],
            "state": state.value,
            "received_at": at if state is ReturnState.RECEIVED else None,
            "restocked": False,
            "actor": self.ctx.actor,
            "_lines": shipped,
        }
        plan.changes.append(
            "returned to you" if state is ReturnState.RECEIVED else "on its way back to you"
        )


def _cancelled_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if i["status"] == ItemStatus.CANCELED or i["quantity_cancelled"] > 0]


def _forward_only(match: dict[str, Any], before: dict[str, Any]) -> None:
    """Units shipped and cancelled never go back down (an older report, a Cancelled row with
    quantity 0 after the units were known)."""
    for column in ("quantity_shipped", "quantity_cancelled"):
        if match[column] < before[column]:
            match[column] = before[column]
    if before["status"] in (ItemStatus.SHIPPED, ItemStatus.CANCELED) and match["status"] in (
        ItemStatus.PENDING,
        ItemStatus.UNSHIPPED,
    ):
        match["status"] = before["status"]


def item_quantities(row: dict[str, Any], values: dict[str, object]) -> None:
    """Quantities follow the item's status unless the file gives them. Amazon writes a
    cancelled item as quantity 0: the units it had are then the cancelled ones."""
    if "quantity_shipped" in values or "quantity_cancelled" in values:
        row["quantity_shipped"] = values.get("quantity_shipped", row["quantity_shipped"])
        row["quantity_cancelled"] = values.get("quantity_cancelled", row["quantity_cancelled"])
        return
    if row["status"] == ItemStatus.SHIPPED:
        row["quantity_shipped"] = row["quantity"]
        row["quantity_cancelled"] = 0
    elif row["status"] == ItemStatus.CANCELED:
        row["quantity_cancelled"] = max(row["quantity"] - row["quantity_shipped"], 0)
