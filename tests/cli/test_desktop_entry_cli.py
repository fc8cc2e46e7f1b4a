"""``seller-desk desktop-entry install|remove`` against a temporary XDG data folder."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.resources import APP_ID, ICON_NAME


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def entry_of(home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(home / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_puts_the_entry_and_icons_where_the_desktop_looks(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["desktop-entry", "install"]) == 0
    said = capsys.readouterr().out
    assert said.count("\n") == 1 and "application menu" in said and str(home) in said

    entry = entry_of(home)
    assert entry["Icon"] == ICON_NAME
    assert entry["Name"] == "Seller Desk"
    command = entry["Exec"]
    assert "seller-desk" in command or "-m desktop_app" in command  # this installation
    for size in (16, 48, 256, 512):
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        assert png.is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg").is_file()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert not list(home.rglob("*.part"))

    assert main(["desktop-entry", "install"]) == 0  # again: nothing to do, and it says so
    assert "already" in capsys.readouterr().out


def test_install_mends_a_changed_file(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["desktop-entry", "install"])
    icon = home / "icons" / "hicolor" / "48x48" / "apps" / f"{ICON_NAME}.png"
    original = icon.read_bytes()
    icon.write_bytes(b"broken")
    capsys.readouterr()
    main(["desktop-entry", "install"])
    assert "already" not in capsys.readouterr().out
    assert icon.read_bytes() == original


def test_remove_takes_exactly_those_files_away(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nName=Other\n")
    main(["desktop-entry", "install"])
    capsys.readouterr()

    assert main(["desktop-entry", "remove"]) == 0
    said = capsys.readouterr().out
    assert said.count("\n") == 1 and "removed" in said
    assert not (home / "applications" / f"{APP_ID}.desktop").exists()
    assert not list(home.rglob(f"{ICON_NAME}.*"))
    assert other.is_file()  # what is not ours stays

    assert main(["desktop-entry", "remove"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_the_command_runs_without_qt(tmp_path: Path) -> None:
    """It is a command-line step: no Qt is loaded for it."""
    code = (
        "import sys\n"
        "from desktop_app.cli import main\n"
        "code = main(['desktop-entry', 'install'])\n"
        "print(code, any(n.startswith('PySide6') for n in sys.modules))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == "0 False"
    assert (tmp_path / "applications" / f"{APP_ID}.desktop").is_file()
