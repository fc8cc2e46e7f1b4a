"""Colours and the style sheet: the only module in ``desktop_app/ui`` that holds a colour.

Imported before the window's first paint: nothing here touches the ``Qt`` namespace at import
(PySide builds all of its enums on first use, tens of milliseconds).

Every colour is a named token with a value in the light table and one in the dark table.
The style sheet (``resources/style/seller-desk.qss``) names tokens as ``@token``; widgets opt in
through object names and dynamic properties (``set_role``, ``set_tone``, ``set_banner``), never
through a style sheet of their own. Code that paints or writes rich text asks ``colour(token)``
or ``qcolour(token)`` at the time it draws, so a change of theme reaches it on the next paint.

Colour never carries meaning alone: every coloured cell also says in words what it means.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QWidget

from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.core.status import OrderStatus

Token = Literal[
    "window", "surface", "surface_alt", "raised", "border", "text", "strong", "muted",
    "placeholder", "input_border", "accent", "accent_text", "link", "danger", "warning", "ok",
    "info",
    "danger_bg", "danger_fg", "warning_bg", "warning_fg", "ok_bg", "ok_fg", "info_bg",
    "info_fg", "neutral_bg", "tooltip_bg", "tooltip_fg", "disabled", "icon",
    "status_pending", "status_unshipped", "status_partial", "status_shipped",
    "status_cancelled", "status_unfulfillable",
    "chart_background", "chart_foreground", "chart_grid_text", "chart_rate", "chart_target",
    "chart_other_target", "chart_guide", "chart_guide_text", "chart_label_fill",
    "chart_breach", "bar_seller_counted", "bar_seller_not_counted", "bar_amazon",
    "bar_buyer_request", "bar_buyer_self", "market_ebay", "market_walmart", "market_other",
    "ship_by_late", "ship_by_due_soon", "ship_by_later",
]  # fmt: skip
Tone = Literal["ok", "warning", "danger", "muted", "info", "alarm"]

LIGHT: dict[str, str] = {
    "window": "#f3f4f6",
    "surface": "#ffffff",
    "surface_alt": "#f7f8fa",
    "raised": "#f9fafb",
    "border": "#d9dde3",
    "text": "#1f2937",
    "strong": "#111827",
    "muted": "#4b5563",
    "placeholder": "#6b7280",
    "input_border": "#858c97",  # 3:1 against surface and window (WCAG 1.4.11)
    "accent": "#2563eb",
    "accent_text": "#ffffff",
    "link": "#1d4ed8",
    "danger": "#b91c1c",
    "warning": "#b45309",
    "ok": "#15803d",
    "info": "#0369a1",
    "danger_bg": "#fee2e2",
    "danger_fg": "#7f1d1d",
    "warning_bg": "#fef3c7",
    "warning_fg": "#78350f",
    "ok_bg": "#dcfce7",
    "ok_fg": "#14532d",
    "info_bg": "#e0f2fe",
    "info_fg": "#0c4a6e",
    "neutral_bg": "#eceef1",
    "tooltip_bg": "#1f2937",
    "tooltip_fg": "#f9fafb",
    "disabled": "#9ca3af",
    "icon": "#374151",
    "status_pending": "#7a869a",
    "status_unshipped": "#d97706",
    "status_partial": "#2563eb",
    "status_shipped": "#15803d",
    "status_cancelled": "#b91c1c",
    "status_unfulfillable": "#7e22ce",
    "chart_background": "#ffffff",
    "chart_foreground": "#374151",
    "chart_grid_text": "#6b7280",
    "chart_rate": "#1d4ed8",
    "chart_target": "#b91c1c",
    "chart_other_target": "#9a3412",
    "chart_guide": "#9ca3af",
    "chart_guide_text": "#6b7280",
    "chart_label_fill": "#dcffffff",
    "chart_breach": "#2ddc2626",
    "bar_seller_counted": "#dc2626",
    "bar_seller_not_counted": "#a78bfa",
    "bar_amazon": "#f59e0b",
    "bar_buyer_request": "#60a5fa",
    "bar_buyer_self": "#cbd5e1",
    "market_ebay": "#7c3aed",
    "market_walmart": "#0d9488",
    "market_other": "#6b7280",
    "ship_by_late": "#b91c1c",
    "ship_by_due_soon": "#b45309",
    "ship_by_later": "#15803d",
}
DARK: dict[str, str] = {
    "window": "#1c1f24",
    "surface": "#24282e",
    "surface_alt": "#2a2f36",
    "raised": "#2a2f36",
    "border": "#3d434c",
    "text": "#e5e7eb",
    "strong": "#f9fafb",
    "muted": "#a3aab5",
    "placeholder": "#8b93a0",
    "input_border": "#737c88",  # 3:1 against surface and window (WCAG 1.4.11)
    "accent": "#2563eb",
    "accent_text": "#ffffff",
    "link": "#93c5fd",
    "danger": "#f87171",
    "warning": "#fbbf24",
    "ok": "#4ade80",
    "info": "#38bdf8",
    "danger_bg": "#4c1d1d",
    "danger_fg": "#fecaca",
    "warning_bg": "#4a3410",
    "warning_fg": "#fde68a",
    "ok_bg": "#173d26",
    "ok_fg": "#bbf7d0",
    "info_bg": "#0c3a52",
    "info_fg": "#bae6fd",
    "neutral_bg": "#33383f",
    "tooltip_bg": "#f3f4f6",
    "tooltip_fg": "#111827",
    "disabled": "#6b7280",
    "icon": "#d1d5db",
    "status_pending": "#9aa5b8",
    "status_unshipped": "#f59e0b",
    "status_partial": "#60a5fa",
    "status_shipped": "#4ade80",
    "status_cancelled": "#f87171",
    "status_unfulfillable": "#c084fc",
    "chart_background": "#24282e",
    "chart_foreground": "#d1d5db",
    "chart_grid_text": "#a3aab5",
    "chart_rate": "#60a5fa",
    "chart_target": "#f87171",
    "chart_other_target": "#fb923c",
    "chart_guide": "#6b7280",
    "chart_guide_text": "#a3aab5",
    "chart_label_fill": "#dc24282e",
    "chart_breach": "#40f87171",
    "bar_seller_counted": "#ef4444",
    "bar_seller_not_counted": "#a78bfa",
    "bar_amazon": "#f59e0b",
    "bar_buyer_request": "#60a5fa",
    "bar_buyer_self": "#64748b",
    "market_ebay": "#a78bfa",
    "market_walmart": "#2dd4bf",
    "market_other": "#9ca3af",
    "ship_by_late": "#f87171",
    "ship_by_due_soon": "#fbbf24",
    "ship_by_later": "#4ade80",
}

# The tones' token names, for code that used to hold the colours themselves
WARNING: Token = "warning"
DANGER: Token = "danger"
OK: Token = "ok"
MUTED: Token = "muted"
# the ship-by countdown ("due in 5 h", "late by 2 d"), by urgency
SHIP_BY_LATE: Token = "ship_by_late"
SHIP_BY_DUE_SOON: Token = "ship_by_due_soon"
SHIP_BY_LATER: Token = "ship_by_later"
STYLE_SHEET = ("style", "seller-desk.qss")
_TOKEN = re.compile(r"@([a-z_]+)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


class _Theme:
    dark = False  # which table colour() reads; set by desktop_app.ui.theme


def set_dark(dark: bool) -> None:
    """Switch the token table (the theme manager calls this, then restyles the application)."""
    _Theme.dark = dark


def is_dark() -> bool:
    return _Theme.dark


def tokens(dark: bool | None = None) -> dict[str, str]:
    """The token table of a theme (the current one by default)."""
    return DARK if (_Theme.dark if dark is None else dark) else LIGHT


def colour(token: Token) -> str:
    """A token's colour in the current theme, as ``#rrggbb`` (or ``#aarrggbb``)."""
    return tokens()[token]


def qcolour(token: Token) -> QColor:
    return QColor(colour(token))


@cache
def _sheet_source() -> str:
    return _COMMENT.sub("", resource_path(*STYLE_SHEET).read_text(encoding="utf-8"))


def style_sheet(dark: bool) -> str:
    """The application's style sheet with every ``@token`` filled in from the theme's table
    (and ``@resources`` with the resources folder, for images such as the check mark)."""
    table = tokens(dark)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "resources":
            return resource_path().as_posix()
        if name not in table:
            raise KeyError(f"{'/'.join(STYLE_SHEET)}: unknown colour token @{name}")
        return table[name]

    return _TOKEN.sub(fill, _sheet_source())


def palette(dark: bool) -> QPalette:
    """The Qt palette of a theme, built from the same tokens (what widgets without a rule use)."""
    t = tokens(dark)
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for name, token in (
        (role.Window, "window"),
        (role.WindowText, "text"),
        (role.Base, "surface"),
        (role.AlternateBase, "surface_alt"),
        (role.Text, "text"),
        (role.Button, "raised"),
        (role.ButtonText, "text"),
        (role.BrightText, "strong"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "accent_text"),
        (role.ToolTipBase, "tooltip_bg"),
        (role.ToolTipText, "tooltip_fg"),
        (role.PlaceholderText, "placeholder"),
        (role.Link, "link"),
        (role.LinkVisited, "link"),
        (role.Light, "surface"),
        (role.Midlight, "raised"),
        (role.Mid, "border"),
        (role.Dark, "border"),
        (role.Shadow, "strong" if not dark else "window"),
    ):
        pal.setColor(name, QColor(t[token]))
    for name in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, name, QColor(t["disabled"]))
    return pal


def _repolish(widget: QWidget) -> None:
    """Apply the sheet's rules for a changed property. A widget not yet polished (one being
    built) needs nothing: its first polish reads the property. Skipping it also keeps a page
    that is being built from loading PySide's QStyle enums on the GUI thread (tens of ms)."""
    from PySide6.QtCore import Qt  # here: the first paint needs none of its enums

    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str) -> None:
    """What a label is (``heading``, ``title``, ``hint``, ``centred``...), styled by the sheet."""
    widget.setProperty("role", role)
    _repolish(widget)


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colour a widget's text by meaning (None: the normal text colour)."""
    widget.setProperty("tone", tone or "")
    _repolish(widget)


def set_banner(widget: QWidget, kind: Tone | None) -> None:
    """A coloured box for a label: kind is 'ok', 'warning', 'danger', 'info' or 'muted'."""
    widget.setProperty("banner", kind or "")
    _repolish(widget)


@cache
def dot(colour_text: str, size: int = 10) -> QIcon:
    """A filled circle: a status's colour next to its word."""
    from PySide6.QtCore import Qt  # here: the first paint needs none of these enums
    from PySide6.QtGui import QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour_text))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def status_icon(status: OrderStatus) -> QIcon:
    from desktop_app.ui.domain_colours import STATUS_COLOURS

    return dot(colour(STATUS_COLOURS[status]))
