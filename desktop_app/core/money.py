"""Money as integer minor units with a currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

# ISO 4217 exponents that differ from 2.
_EXPONENTS = {"JPY": 0, "KRW": 0, "CLP": 0, "VND": 0, "HUF": 2, "BHD": 3, "KWD": 3, "TND": 3}
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "INR": "₹"}


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def parse_minor(text: str, currency: str, *, decimal_comma: bool = False) -> int:
    """Parse '12.34' (or '12,34' with ``decimal_comma``) into minor units.

    Raises ValueError with a plain message when the text is not an amount.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if decimal_comma:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not an amount") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not an amount")
    scaled = value.scaleb(exponent(currency)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    return int(scaled)


def format_minor(amount: int, currency: str) -> str:
    """A human-readable amount: '€12.34', '¥1200', 'CHF 3.50'."""
    exp = exponent(currency)
    sign = "-" if amount < 0 else ""
    digits = f"{abs(amount) / 10**exp:,.{exp}f}"
    symbol = _SYMBOLS.get(currency.upper())
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
