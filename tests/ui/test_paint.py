"""Work that waits for a widget's first paint runs after it, once; the viewport of a table is
found without asking PySide for what would cost the first rows 10 ms."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.ui.paint import AfterFirstPaint, viewport_of


def test_viewport_of_a_scroll_area_is_its_viewport(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setViewport(QLabel("a viewport of one's own"))  # named by Qt all the same
    for scrolled in (table, area):
        assert viewport_of(scrolled) is scrolled.viewport()


def test_what_waits_for_the_first_paint_runs_once_after_it(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    ran: list[bool] = []
    AfterFirstPaint(viewport_of(table), lambda: ran.append(table.isVisible()))
    qtbot.wait(20)
    assert ran == []  # hidden: never painted
    table.show()
    qtbot.waitUntil(lambda: ran == [True])
    table.viewport().update()
    qtbot.wait(20)
    assert ran == [True]
