"""The core's translatable sentences stay plain English strings for the command line."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date

from desktop_app.core.policy import ItemFacts, OrderFacts, decide_cancellation
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.core.text import Day, Msg, Percent


def test_a_message_is_its_english_sentence_and_remembers_how_it_was_made() -> None:
    why = Msg("Policy", "Order {oid} has shipped.").format(oid="A-1")
    assert why == "Order A-1 has shipped." and isinstance(why, str)
    assert (why.context, why.template, why.params) == (
        "Policy",
        "Order {oid} has shipped.",
        {"oid": "A-1"},
    )
    assert json.dumps({"why": why}) == '{"why": "Order A-1 has shipped."}'
    for same in (copy.deepcopy(why), pickle.loads(pickle.dumps(why))):
        assert same == why and same.template == why.template and same.params == why.params


def test_lower_case_and_clauses_keep_the_message() -> None:
    label = Msg("Health", "Cancellation rate").lower()
    assert label == "cancellation rate" and label.lowered and label.template == "Cancellation rate"
    part = Msg("Policy", "It can be cancelled.").without_stop()
    assert part == "It can be cancelled" and part.clause


def test_percent_and_day_read_as_before_in_english() -> None:
    assert f"under {Percent(0.025)}" == "under 2.5%" and str(Percent(0.02)) == "2%"
    assert str(Day.of(date(2026, 12, 11))) == "Fri 11 Dec"
    target = Msg("Health", "under {target}").format(target=Percent(0.025))
    assert target == "under 2.5%" and isinstance(target.params["target"], Percent)


def test_policy_decisions_are_messages() -> None:
    decision = decide_cancellation(
        OrderFacts("A-1", Channel.MFN, OrderStatus.UNSHIPPED, [ItemFacts("SKU", 1)])
    )
    assert decision.why == "Order A-1 has not shipped yet and can be cancelled."
    assert isinstance(decision.why, Msg) and decision.why.params == {"oid": "A-1"}
    assert isinstance(decision.path.action_label, Msg)
