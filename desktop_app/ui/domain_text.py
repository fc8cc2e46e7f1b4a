"""The window's words for what the Qt-free layers say: one place that translates them.

The core marks its sentences and labels with ``Msg(context, text)`` (``desktop_app.core.text``):
they stay plain English ``str`` for the command line, and here they are looked up with Qt's
``translate`` and filled with the same parameters. Enum words the core keeps as values (a
health status) are mapped to translatable text here. Numbers for display go through
``QLocale`` so a German window writes "2,5 %".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.core.text import Day, Msg, Percent


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker with a type: ``text`` itself, which lupdate files under ``context``."""
    return text


HEALTH_WORDS = {
    "fine": QT_TRANSLATE_NOOP("Health", "fine"),
    "at risk": QT_TRANSLATE_NOOP("Health", "at risk"),
    "over target": QT_TRANSLATE_NOOP("Health", "over target"),
    "no data": QT_TRANSLATE_NOOP("Health", "no data"),
}


def tx(text: str) -> str:
    """``text`` in the window's language when it is a ``Msg``; other text as it is."""
    if not isinstance(text, Msg):
        return text
    translated = QCoreApplication.translate(text.context, text.template)
    if text.lowered and translated == text.template:  # English: "your cancellation rate"
        translated = translated.lower()
    if not text.params:
        return translated.rstrip(".。") if text.clause else translated
    params = {key: _param(value) for key, value in text.params.items()}
    try:
        filled = translated.format(**params)
        return filled.rstrip(".。") if text.clause else filled
    except (KeyError, IndexError, ValueError):  # a broken translation: the English sentence
        return str.__str__(text)


def _param(value: object) -> object:
    """A sentence's parameter in the window's language and number and date formats."""
    if isinstance(value, Msg):
        return tx(value)
    if isinstance(value, Percent):
        return target_percent(value)
    if isinstance(value, Day):
        return day_text(value)
    return value


def day_text(day: date, *, year: bool = False) -> str:
    """A day in the window's language: "Fri 11 Dec", "Fr. 11. Dez.", "12月11日 周五"."""
    pattern = (
        QCoreApplication.translate("Format", "ddd d MMM yyyy")  # Qt's date format codes
        if year
        else QCoreApplication.translate("Format", "ddd d MMM")
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def date_text(day: date) -> str:
    """A date in the window's language: "4 Sept 2026", "4. Sept. 2026", "2026年9月4日"."""
    pattern = QCoreApplication.translate("Format", "d MMM yyyy")  # Qt's date format codes
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def health_word(status: str) -> str:
    """A ``HealthStatus`` ("at risk") in the window's language."""
    word = HEALTH_WORDS.get(str(status))
    return QCoreApplication.translate("Health", word) if word else str(status)


def percent(value: float | None, decimals: int = 1) -> str:
    """A share as the window's locale writes it: "2.5%", "2,5 %"; "no orders" for None."""
    if value is None:
        return QCoreApplication.translate("Format", "no orders")
    text = QLocale().toString(value * 100, "f", decimals)
    return QCoreApplication.translate("Format", "{number}%").format(number=text)


def target_percent(value: float) -> str:
    """A target as a sentence writes it, in the window's locale: "2%", "2.5%", "2 %"."""
    return percent(value, 0 if round(value * 100, 6).is_integer() else 1)
