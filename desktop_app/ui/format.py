"""Display text for times, money, rates and ages (Qt only to translate the words)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.core.clock import ensure_utc
from desktop_app.core.money import SYMBOLS, exponent, format_minor


def local_time(moment: datetime | None, zone: tzinfo) -> str:
    if moment is None:
        return ""
    return ensure_utc(moment).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_date(moment: datetime | None, zone: tzinfo) -> str:
    if moment is None:
        return ""
    return ensure_utc(moment).astimezone(zone).strftime("%a %Y-%m-%d")


def money(minor: int, currency: str) -> str:
    """The amount as the window's locale writes money: "$21.17", "21,17 $", "€1,234.00"."""
    symbol = SYMBOLS.get(currency.upper())
    if symbol is None:  # a currency without a symbol: "CHF 3.50", as the command line writes
        return format_minor(minor, currency)
    exp = exponent(currency)
    locale = QLocale()
    text = locale.toCurrencyString(abs(minor) / 10**exp, symbol, exp)
    return locale.negativeSign() + text if minor < 0 else text  # not en_US's "($5.00)"


def percent(value: float | None) -> str:
    from desktop_app.ui.domain_text import percent as locale_percent

    return locale_percent(value)


def age(delta: timedelta) -> str:
    """'3 h 20 min', '2 days 4 h'."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("Format", "%n day(s) {hours} h", "", days).format(
            hours=hours
        )
    if hours:
        return QCoreApplication.translate("Format", "{hours} h {minutes} min").format(
            hours=hours, minutes=mins
        )
    return QCoreApplication.translate("Format", "{minutes} min").format(minutes=mins)
