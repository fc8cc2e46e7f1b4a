"""Run something once a widget is on screen: after its first paint, not before.

Start-up uses it twice: the shop is opened once the window has painted itself, and the work
that can wait (the status bar's figures, warming up the other pages) starts once the orders
table has painted its first rows, so that nothing competes with that paint for the interpreter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

# The object name Qt gives a scroll area's viewport (qabstractscrollarea.cpp, since Qt 4).
VIEWPORT_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, found as its child by name where it can be.

    The first ``viewport()`` called from Python makes PySide work out which Python class the
    returned widget has, and on the way build the Python enums of some 70 widget classes
    (tabs, dialogs, the graphics view...): 10 ms on the GUI thread, before the first rows
    were painted. A child found by name costs nothing of the kind. (Qt looks through an
    object's own children before theirs, so a header's viewport, of the same name, comes
    after the area's own.)"""
    found = area.findChild(QWidget, VIEWPORT_NAME)
    return found if found is not None else area.viewport()


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the turn of the event loop after ``widget``'s next paint (the
    paint is on screen by then). ``at_most_ms``, when given, is how long to wait for that paint
    before running anyway (a hidden widget never paints)."""

    def __init__(
        self, widget: QWidget, then: Callable[[], None], *, at_most_ms: int | None = None
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        if at_most_ms is not None:
            QTimer.singleShot(at_most_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        then()
