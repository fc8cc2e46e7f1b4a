"""``seller-desk`` opens the window by default; a first start offers a demo or an empty shop;
nothing heavy is imported before the window is shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop_app.cli import build_parser, main, plain_window
from desktop_app.cli import gui as gui_cli
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup import Startup


def test_gui_is_the_default_command(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str | None, int]] = []

    def fake_run_app(db_arg: str | None, *, demo_orders: int) -> int:
        seen.append((db_arg, demo_orders))
        return 0

    import desktop_app.ui.app as app

    monkeypatch.setattr(app, "run_app", fake_run_app)
    assert main(["--db", "shop.db"]) == 0
    assert main(["gui", "--db", "other.db", "--demo-orders", "500"]) == 0
    assert seen == [("shop.db", 20_000), ("other.db", 500)]
    assert build_parser().parse_args(["gui"]).func is gui_cli.run


@pytest.mark.parametrize(
    "argv", [[], ["gui"], ["--db", "shop.db"], ["--db", "shop.db", "gui"], ["--db=a b.db", "gui"]]
)
def test_the_window_command_lines_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    """The window's start skips building the parser for these: the same arguments result."""
    parser = build_parser()
    full = parser.parse_args(argv)
    if full.command is None:
        full = parser.parse_args([*argv, "gui"])
    quick = plain_window(argv)
    assert quick is not None
    assert vars(quick) == vars(full)


@pytest.mark.parametrize(
    "argv",
    [["gui", "--demo-orders", "500"], ["orders"], ["--db", "-x"], ["--help"], ["--db"], ["x"]],
)
def test_other_command_lines_go_to_the_full_parser(argv: list[str]) -> None:
    assert plain_window(argv) is None


def test_window_module_imports_nothing_heavy() -> None:
    """... and its modules are imported without PySide's ``__feature__`` hook, which reads
    each module's source first (the hook is installed when PySide6 is first imported)."""
    code = (
        "import builtins, sys\n"
        "import desktop_app.ui\n"
        "hooked = builtins.__import__ is builtins.__feature_import__\n"
        "import desktop_app.cli, desktop_app.cli.gui, desktop_app.ui.app\n"
        "heavy = [m for m in ('sqlalchemy', 'pyqtgraph', 'alembic') if m in sys.modules]\n"
        "print(','.join(heavy + ['hooked'] * hooked))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, notify=lambda *a, **k: None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_offers_an_empty_shop(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    path = tmp_path / "new" / "shop.db"
    startup = Startup(window, str(path))
    startup.start()
    assert startup.first_run is not None and startup.first_run.isVisible()
    with qtbot.waitSignal(startup.opened, timeout=20000):
        startup.first_run.empty_button.click()
    assert path.exists()
    assert str(path) in window.windowTitle()
    qtbot.waitUntil(lambda: window.count_label.text() == "0 orders", timeout=5000)
    startup.db.close()  # type: ignore[union-attr]


def test_first_start_builds_the_demo_shop(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    path = tmp_path / "demo.db"
    startup = Startup(window, str(path), demo_orders=300)
    startup.start()
    assert startup.first_run is not None
    with qtbot.waitSignal(startup.opened, timeout=60000):
        startup.first_run.demo_button.click()
    qtbot.waitUntil(lambda: window.count_label.text() == "300 orders", timeout=10000)
    assert window.orders_page.model.rowCount() == 300
    startup.db.close()  # type: ignore[union-attr]
    again = _window(qtbot, tmp_path)
    second = Startup(again, str(path))
    with qtbot.waitSignal(second.opened, timeout=20000):
        second.start()  # the file exists now: no question asked
    assert second.first_run is None
    second.db.close()  # type: ignore[union-attr]


def test_the_window_registers_only_its_own_command() -> None:
    from desktop_app.cli import opens_the_window

    assert opens_the_window([]) and opens_the_window(["--db", "shop.db"])
    assert opens_the_window(["gui", "--db", "other.db", "--demo-orders", "500"])
    for argv in (["orders"], ["--db", "x.db", "health"], ["--help"], ["gui", "-h"], ["--db"]):
        assert not opens_the_window(argv), argv


def test_pyside_feature_import_hook_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from desktop_app.ui import skip_pyside_feature_import

    monkeypatch.setattr(builtins, "__import__", builtins.__import__)  # put back afterwards
    skip_pyside_feature_import()
    skip_pyside_feature_import()  # twice is harmless
    assert builtins.__import__ is not getattr(builtins, "__feature_import__", None)
    import desktop_app.ui.health.page  # imports (and PySide's lazy Qt classes) still work

    assert desktop_app.ui.health.page.HealthPage is not None
