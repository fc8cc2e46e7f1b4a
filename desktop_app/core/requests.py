"""The states of a buyer's cancellation request (and of a request to Amazon)."""

from __future__ import annotations

from enum import StrEnum


class RequestState(StrEnum):
    OPEN = "open"  # waiting for the seller's answer
    ACCEPTED = "accepted"  # the seller cancelled as the buyer asked
    DECLINED = "declined"  # the seller said no, with a reason (the order ships)
