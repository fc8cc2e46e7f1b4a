"""Marketplace policy profiles: an order's marketplace chooses the rules it is judged by.

``profile_for("Amazon.com")`` is Amazon's profile, ``profile_for("eBay")`` eBay's,
``profile_for("Walmart.com")`` Walmart's. A marketplace no profile claims is judged by
Amazon's rules (the app's rules before profiles existed).
"""

from __future__ import annotations

from desktop_app.core.marketplaces.amazon import AMAZON, AmazonProfile
from desktop_app.core.marketplaces.base import MarketplaceProfile, ReasonRule
from desktop_app.core.marketplaces.ebay import EBAY, EbayProfile
from desktop_app.core.marketplaces.walmart import WALMART, WalmartProfile

PROFILES: tuple[MarketplaceProfile, ...] = (AMAZON, EBAY, WALMART)
DEFAULT = AMAZON


def profile_for(marketplace: str | None) -> MarketplaceProfile:
    for profile in PROFILES:
        if marketplace and profile.matches(marketplace):
            return profile
    return DEFAULT


def profile_by_key(key: str) -> MarketplaceProfile:
    for profile in PROFILES:
        if profile.key == key:
            return profile
    raise ValueError(f"Unknown marketplace {key!r}; choose one of: amazon, ebay, walmart.")


__all__ = [
    "AMAZON",
    "DEFAULT",
    "EBAY",
    "PROFILES",
    "WALMART",
    "AmazonProfile",
    "EbayProfile",
    "MarketplaceProfile",
    "ReasonRule",
    "WalmartProfile",
    "profile_by_key",
    "profile_for",
]
