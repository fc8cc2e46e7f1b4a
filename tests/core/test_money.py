"""Money as integer minor units: parsing report amounts, showing them, writing them out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.money import Money, exponent, format_minor, parse_minor, to_decimal_str

# currency -> what format_minor puts before the digits
PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CHF": "CHF ", "BHD": "BHD "}
# realistic amounts: up to ten billion in the currency's major unit
amounts = st.integers(-(10**13), 10**13)
currencies = st.sampled_from(sorted(PREFIX))


def test_exponents() -> None:
    assert exponent("EUR") == 2
    assert exponent("JPY") == 0
    assert exponent("jpy") == 0
    assert exponent("BHD") == 3
    assert exponent("CHF") == 2


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12.34", "EUR", 1234),
        ("  12.34 ", "USD", 1234),
        ("1,234.56", "USD", 123456),
        ("-0.05", "GBP", -5),
        ("7", "EUR", 700),
        ("1200", "JPY", 1200),
        ("1,200", "JPY", 1200),
        ("1.234", "BHD", 1234),
    ],
)
def test_parse_minor(text: str, currency: str, minor: int) -> None:
    assert parse_minor(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "minor"),
    [("12,34", 1234), ("1.234,56", 123456), ("1\u00a0234,56", 123456), ("1 234,56", 123456)],
)
def test_parse_minor_with_decimal_comma(text: str, minor: int) -> None:
    assert parse_minor(text, "EUR", decimal_comma=True) == minor


@pytest.mark.parametrize("text", ["", "   ", "abc", "12.3.4", "€12", "NaN", "inf", "-Infinity"])
def test_bad_amount_raises_value_error_naming_the_text(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_minor(text, "EUR")
    assert str(info.value) == f"{text!r} is not an amount"


@pytest.mark.parametrize(
    ("text", "decimal_comma"), [("12,34", False), ("1.234,56", False), ("1.5", True)]
)
def test_impossible_grouping_is_not_misread(text: str, decimal_comma: bool) -> None:
    with pytest.raises(ValueError):
        parse_minor(text, "EUR", decimal_comma=decimal_comma)


def test_jpy_has_no_minor_digits() -> None:
    assert to_decimal_str(1200, "JPY") == "1200"
    assert format_minor(1200, "JPY") == "¥1,200"
    assert parse_minor("1200", "JPY") == 1200


@pytest.mark.parametrize(
    ("minor", "currency", "shown", "plain"),
    [
        (1234, "EUR", "€12.34", "12.34"),
        (-5, "GBP", "-£0.05", "-0.05"),
        (123456789, "USD", "$1,234,567.89", "1234567.89"),
        (350, "CHF", "CHF 3.50", "3.50"),
        (5, "BHD", "BHD 0.005", "0.005"),
        (0, "EUR", "€0.00", "0.00"),
    ],
)
def test_format_and_plain(minor: int, currency: str, shown: str, plain: str) -> None:
    assert format_minor(minor, currency) == shown
    assert to_decimal_str(minor, currency) == plain
    assert str(Money(minor, currency)) == shown


@given(amount=amounts, currency=currencies)
def test_plain_amount_round_trips(amount: int, currency: str) -> None:
    text = to_decimal_str(amount, currency)
    assert parse_minor(text, currency) == amount
    assert parse_minor(text.replace(".", ","), currency, decimal_comma=True) == amount


@given(amount=amounts, currency=currencies)
def test_shown_amount_round_trips(amount: int, currency: str) -> None:
    shown = format_minor(amount, currency)
    sign = "-" if amount < 0 else ""
    assert shown.startswith(sign + PREFIX[currency])
    digits = shown.removeprefix(sign + PREFIX[currency])
    assert parse_minor(sign + digits, currency) == amount


@given(amount=amounts, currency=currencies)
def test_plain_amount_has_exactly_the_currency_digits(amount: int, currency: str) -> None:
    text = to_decimal_str(amount, currency)
    exp = exponent(currency)
    if exp == 0:
        assert "." not in text
    else:
        assert len(text.split(".")[1]) == exp


def test_money_adds_only_the_same_currency() -> None:
    assert Money(150, "EUR") + Money(250, "EUR") == Money(400, "EUR")
    with pytest.raises(ValueError, match="cannot add USD to EUR"):
        _ = Money(150, "EUR") + Money(250, "USD")
