"""Light or dark: follows the system's colour scheme unless the seller chose one.

The choice (System, Light or Dark) is kept in the user's settings under ``appearance/theme``
and applies at once: the palette and the one style sheet are set again from the tokens in
``desktop_app.ui.style``, and ``changed`` tells what paints its own colours (icons, the chart,
coloured table cells) to draw again.
"""

from __future__ import annotations

import sys
from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.ui import style

SETTING = "appearance/theme"


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def saved_choice(settings: QSettings) -> ThemeChoice:
    value = settings.value(SETTING, ThemeChoice.SYSTEM.value)
    try:
        return ThemeChoice(str(value))
    except ValueError:
        return ThemeChoice.SYSTEM


class _System:
    dark: bool | None = None  # what the desktop asks for (None: not looked yet)


def system_is_dark(app: QGuiApplication) -> bool:
    """Whether the desktop asks for dark colours.

    Qt's own answer (``QStyleHints.colorScheme``) first builds PySide's enums for the whole Qt
    namespace, some 40 ms; before the first paint the platform's palette answers for it (Qt
    gives a dark palette when the scheme is dark), and ``Theme.follow_system`` asks Qt itself
    once the window shows its first rows. The palette is read once, before Seller Desk sets
    its own."""
    if _System.dark is None:
        _System.dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return _System.dark


class Theme(QObject):
    """The application's theme; ``changed(dark)`` after every switch."""

    changed = Signal(bool)

    def __init__(
        self, app: QApplication, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self.choice = saved_choice(settings)
        self._system_dark = system_is_dark(app)
        self._applied: bool | None = None
        self._following = False  # the system's changes are followed (follow_system)
        self.actions: dict[ThemeChoice, QAction] = {}

    @property
    def dark(self) -> bool:
        if self.choice is ThemeChoice.SYSTEM:
            return self._system_dark
        return self.choice is ThemeChoice.DARK

    def apply(self) -> None:
        """Set the palette and style sheet of the current choice (nothing when unchanged)."""
        dark = self.dark
        if dark == self._applied:
            return
        style.set_dark(dark)
        if dark and sys.platform == "win32":
            # the native "windowsvista" style draws its own light controls whatever the
            # palette; Fusion draws with it (on Linux Fusion is the default already)
            self._app.setStyle("Fusion")
        self._app.setPalette(style.palette(dark))
        self._app.setStyleSheet(style.style_sheet(dark))
        self._applied = dark
        self.changed.emit(dark)

    def choose(self, choice: ThemeChoice) -> None:
        """The seller's choice: saved, and applied at once."""
        self.choice = choice
        self._settings.setValue(SETTING, choice.value)
        action = self.actions.get(choice)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.apply()

    def follow_system(self) -> None:
        """Ask Qt for the system's scheme, and follow its changes from now on (the first call
        only)."""
        from PySide6.QtCore import Qt

        if self._following:
            return
        self._following = True
        hints = self._app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        scheme = hints.colorScheme()
        if scheme is not Qt.ColorScheme.Unknown:
            self._system_changed(scheme)

    def _system_changed(self, scheme: object) -> None:
        from PySide6.QtCore import Qt

        self._system_dark = _System.dark = scheme == Qt.ColorScheme.Dark
        self.apply()

    def menu(self, parent: QMenu) -> QMenu:
        """Settings > Theme: System, Light, Dark (one checked)."""
        menu = parent.addMenu(self.tr("&Theme"))
        group = QActionGroup(menu)
        labels = {
            ThemeChoice.SYSTEM: self.tr("Follow the system"),
            ThemeChoice.LIGHT: self.tr("Light"),
            ThemeChoice.DARK: self.tr("Dark"),
        }
        for choice, label in labels.items():
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(choice is self.choice)
            action.setObjectName(f"theme-{choice.value}")
            action.triggered.connect(lambda _on=False, c=choice: self.choose(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[choice] = action
        return menu
