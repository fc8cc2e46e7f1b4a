"""Money as integer minor units with a currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# ISO 4217 minor-unit exponents that differ from 2 (the codes: core.currencies).
_ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_EXPONENTS = {
    **dict.fromkeys(_ZERO_DECIMALS.split(), 0),
    **dict.fromkeys(_THREE_DECIMALS.split(), 3),
    "CLF": 4,
    "UYW": 4,
}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "INR": "₹"}


# Digits with optional thousands groups of exactly three, then an optional fraction.
_AMOUNT_DOT = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")
_AMOUNT_COMMA = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?")


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def parse_minor(text: str, currency: str, *, decimal_comma: bool = False) -> int:
    """Parse '12.34' (or '12,34' with ``decimal_comma``) into minor units.

    Raises ValueError with a plain message when the text is not an amount.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    group, point = (".", ",") if decimal_comma else (",", ".")
    pattern = _AMOUNT_COMMA if decimal_comma else _AMOUNT_DOT
    if not pattern.fullmatch(cleaned):
        raise ValueError(f"{text!r} is not an amount")
    value = Decimal(cleaned.replace(group, "").replace(point, "."))
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{text!r} has more decimals than {currency.upper()} allows")
    return int(scaled)


def format_minor(amount: int, currency: str) -> str:
    """A human-readable amount: '€12.34', '¥1,200', 'CHF 3.50'."""
    exp = exponent(currency)
    sign = "-" if amount < 0 else ""
    digits = f"{Decimal(abs(amount)).scaleb(-exp):,.{exp}f}"
    symbol = SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{digits}" if symbol else f"{sign}{currency.upper()} {digits}"


def to_decimal_str(amount: int, currency: str) -> str:
    """Plain machine-readable amount: 1234 EUR -> '12.34'."""
    exp = exponent(currency)
    return str(Decimal(amount).scaleb(-exp).quantize(Decimal(1).scaleb(-exp)))


@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.minor + other.minor, self.currency)

    def __str__(self) -> str:
        return format_minor(self.minor, self.currency)
