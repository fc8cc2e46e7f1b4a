"""Sentences for a seller that the window can translate, without Qt in the core.

``Msg("Policy", "Order {oid} has shipped.").format(oid="123")`` is a ``str`` (the English
sentence, so the command line, logs and tests use it as before) that also remembers its
context, template and parameters. The window's one translating function
(``desktop_app.ui.domain_text.tx``) looks the template up with Qt's ``translate(context, ...)``
and fills in the same parameters; ``scripts/update_translations.py`` tells ``pyside6-lupdate``
that ``Msg(context, text)`` marks a string as ``QT_TRANSLATE_NOOP(context, text)`` does.

Keep the two literals in the call itself (lupdate reads the source) and the parameters in
``.format(...)``: lupdate does not read a ``Msg`` call with more arguments.
"""

from __future__ import annotations

from datetime import date
from typing import Any


class Msg(str):
    """An English sentence with its translation context, template and parameters."""

    context: str
    template: str
    params: dict[str, Any]
    lowered = False  # a label put in lower case to sit inside an English sentence
    clause = False  # a sentence without its full stop, to go on inside a longer one

    def __new__(cls, context: str, template: str) -> Msg:
        text = super().__new__(cls, template)
        text.context = context
        text.template = template
        text.params = {}
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the parameters
        return (_rebuild, (self.context, self.template, self.params, self.lowered, self.clause))

    def format(self, *args: object, **params: Any) -> Msg:
        """The same message with ``params`` filled in (named fields only)."""
        if args:
            raise TypeError("Msg.format takes named parameters only")
        filled = str.__new__(Msg, self.template.format(**params))
        filled.context = self.context
        filled.template = self.template
        filled.params = dict(params)
        return filled

    def without_stop(self) -> Msg:
        """The sentence without its final full stop (in any language), to continue it."""
        part = str.__new__(Msg, str.rstrip(self, "."))
        part.context, part.template, part.params = self.context, self.template, self.params
        part.lowered, part.clause = self.lowered, True
        return part

    def lower(self) -> Msg:
        """The label in lower case for English; a translation keeps its own case."""
        low = str.__new__(Msg, str.lower(self))
        low.context, low.template, low.params = self.context, self.template, self.params
        low.lowered = True
        return low


def _rebuild(
    context: str, template: str, params: dict[str, Any], lowered: bool, clause: bool
) -> Msg:
    message = Msg(context, template)
    message = message.format(**params) if params else message
    message = message.lower() if lowered else message
    return message.without_stop() if clause else message


class Percent(float):
    """A share (0.025) that an English sentence writes "2.5%"; the window writes it the
    locale's way ("2,5 %")."""

    def __str__(self) -> str:
        return f"{float(self):.1%}".replace(".0%", "%")

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else float.__format__(self, spec)


class Day(date):
    """A day that an English sentence writes "Fri 11 Dec"; the window uses the locale's names."""

    def __str__(self) -> str:
        return f"{self.strftime('%a')} {self.day} {self.strftime('%b')}"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else date.__format__(self, spec)

    @classmethod
    def of(cls, day: date) -> Day:
        return cls(day.year, day.month, day.day)
