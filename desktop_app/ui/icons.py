"""The window's icons: the only place their names appear.

Action icons are hand-drawn line SVGs in ``resources/icons/light`` (drawn for light
backgrounds) and ``resources/icons/dark``; the application icon is ``resources/icons/app``
at the freedesktop sizes. A ``QIcon`` made from a PNG file reads it only when it is first
painted; one made from an SVG file parses it at once, so the icons only a menu shows are made
after the window's first rows (``ActionIcons``).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon

from desktop_app.resources import APP_ICON_SIZES, ICON_NAME, resource_path
from desktop_app.ui import style

IconName = Literal[
    "find", "cancel-order", "refresh", "import", "export", "backup", "daily-backups",
    "time-zone", "currency", "column-mappings", "log", "about", "quit", "new-shop",
    "open-shop", "restore", "archive", "orders", "requests", "returns", "stock", "health",
    "theme", "language",
]  # fmt: skip


@cache
def _icon(name: str, dark: bool) -> QIcon:
    result = QIcon(str(resource_path("icons", "dark" if dark else "light", f"{name}.svg")))
    # selected (a highlighted menu item, the current page): light strokes on the accent colour
    selected = resource_path("icons", "dark", f"{name}.svg")
    result.addFile(str(selected), QSize(), QIcon.Mode.Selected)
    return result


def icon(name: IconName) -> QIcon:
    """An action's icon in the current theme."""
    return _icon(name, style.is_dark())


@cache
def app_icon() -> QIcon:
    """The application icon: the PNG sizes, each read only when that size is painted."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = resource_path("icons", "app", str(size), f"{ICON_NAME}.png")
        result.addFile(str(path), QSize(size, size))
    return result


class ActionIcons:
    """Actions and their icon names; ``refresh()`` gives them the current theme's icons.

    An SVG icon's file is read and parsed when the icon is made. An action seen only in a menu
    gets its icon ``later``: when ``complete()`` is called (once the window's first rows are
    shown, or a menu is about to open), not before the window's first paint."""

    def __init__(self) -> None:
        self._actions: list[tuple[QAction, IconName, bool]] = []
        self._complete = False

    def set(self, action: QAction, name: IconName, *, later: bool = False) -> QAction:
        self._actions.append((action, name, later))
        if not later or self._complete:
            action.setIcon(icon(name))
        return action

    def complete(self) -> None:
        """Give the actions set ``later`` their icons (once)."""
        if self._complete:
            return
        self._complete = True
        for action, name, later in self._actions:
            if later:
                action.setIcon(icon(name))

    def refresh(self) -> None:
        for action, name, later in self._actions:
            if self._complete or not later:
                action.setIcon(icon(name))
