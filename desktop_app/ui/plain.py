"""Text from files and buyers is plain text, everywhere in the window.

Qt guesses: a ``QLabel``, a message box or a tooltip whose text *looks* like HTML
(``Qt::mightBeRichText``) is rendered as HTML, so a buyer's ``<a href=…>`` becomes a live link
and ``<img src=/local/file>`` loads a local file. Every label that shows such text is made
plain (:func:`plain`), every tooltip goes through :func:`tip`, and where the app writes
markup itself it escapes what it inserts (:func:`esc`).
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

L = TypeVar("L", bound=QLabel)


def plain(label: L) -> L:
    """``label`` shows its text as typed, never as HTML (returns it, for chaining)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "") -> QLabel:
    return plain(QLabel(text))


def fit_width(label: L) -> L:
    """``label`` wraps at spaces and never widens its panel: a run of text with no space (a
    hostile 5 kB city, a long URL) is cut at the panel's edge instead of pushing the panel
    into a sideways scroll."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


def esc(text: object) -> str:
    """``text`` safe to insert between tags of markup the app writes itself (never into an
    attribute: ``&``, ``<`` and ``>`` are escaped, quotes stay readable)."""
    return html.escape(str(text), quote=False)


def tip(text: str) -> str:
    """A tooltip showing ``text`` literally (Qt renders tooltips that look like HTML as HTML)."""
    if not text:
        return ""
    return "<qt>" + esc(text).replace("\n", "<br>") + "</qt>"
