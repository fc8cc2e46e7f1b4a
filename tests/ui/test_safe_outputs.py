"""The window's output files go through the same checks as the command line's: the chart's PNG
and CSV, the import's error report and File > Export refuse links and leave them as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.db.database import Database
from desktop_app.io.safe_write import UnsafeTarget
from desktop_app.ui.importing import export_view, save_error_report
from tests.ui.test_health_page import make_page


@pytest.fixture
def link(tmp_path: Path) -> Path:
    real = tmp_path / "real.csv"
    real.write_text("precious")
    target = tmp_path / "link.csv"
    target.symlink_to(real)
    return target


def test_the_chart_refuses_a_link_and_writes_beside_the_target(
    qtbot: QtBot, shop: Database, tmp_path: Path, link: Path
) -> None:
    page = make_page(qtbot, shop)
    with pytest.raises(UnsafeTarget, match="symbolic link"):
        page.export_csv(link)
    png_link = tmp_path / "chart.png"
    png_link.symlink_to(tmp_path / "real.csv")
    with pytest.raises(UnsafeTarget, match="symbolic link"):
        page.export_png(png_link)
    assert (tmp_path / "real.csv").read_text() == "precious"
    with pytest.raises(UnsafeTarget, match=r"does not end in \.png"):
        page.export_png(tmp_path / "chart.jpg")
    assert page.export_png(tmp_path / "ok.png") and (tmp_path / "ok.png").stat().st_size > 1000
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_the_error_report_and_the_export_refuse_a_link(
    qtbot: QtBot, db: Database, tmp_path: Path, link: Path
) -> None:
    with pytest.raises(UnsafeTarget, match="symbolic link"):
        save_error_report(link, [])
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, str]] = []
    result = export_view(
        parent,
        db,
        choose_path=lambda *_: link,
        notify=lambda _p, title, text, **_k: said.append((title, text)),
    )
    assert result is None and said[-1][0] == "Export failed" and "symbolic link" in said[-1][1]
    assert link.is_symlink() and (tmp_path / "real.csv").read_text() == "precious"
