"""The resources travel with the package: a wheel built from a clean copy of the checkout
holds them, and the loader finds them in the installed wheel (not in this checkout)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import desktop_app
from desktop_app.resources import APP_ID, ICON_NAME

ROOT = Path(desktop_app.__file__).resolve().parents[1]
EXPECTED = (
    "desktop_app/share/style/seller-desk.qss",
    "desktop_app/share/icons/light/find.svg",
    "desktop_app/share/icons/dark/find.svg",
    f"desktop_app/share/icons/app/512/{ICON_NAME}.png",
    f"desktop_app/share/icons/app/16/{ICON_NAME}.png",
    f"desktop_app/share/desktop/{APP_ID}.desktop",
    f"desktop_app/share/desktop/{APP_ID}.metainfo.xml",
)


def clean_copy(target: Path) -> None:
    """The files git knows of (committed or not yet, ignored ones left out)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="no git")
def test_a_wheel_carries_the_resources_and_the_loader_finds_them(tmp_path: Path) -> None:
    source, dist, site = tmp_path / "src", tmp_path / "dist", tmp_path / "site"
    source.mkdir()
    clean_copy(source)
    assert not (source / "desktop_app" / "share").exists()  # only the top-level folder
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("seller_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in EXPECTED:
        assert name in names, name
    assert any(n.startswith("desktop_app/share/i18n/") for n in names)

    target = ["--target", str(site), str(wheel)]
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index", *target],
        check=True,
        capture_output=True,
    )
    # -S: no site-packages, so not this checkout's editable install either; run elsewhere, as
    # ``-c`` puts the working folder first on the path
    probe = (
        "import desktop_app, desktop_app.resources as r\n"
        "print(desktop_app.__file__)\n"
        "print(r.resources_root())\n"
        "print(r.resource_path('style', 'seller-desk.qss').is_file())\n"
        f"print(r.resource_path('desktop', '{APP_ID}.desktop').is_file())\n"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        env={"PYTHONPATH": str(site)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0].startswith(str(site))
    assert out[1] == str(site / "desktop_app" / "share")
    assert out[2:] == ["True", "True"]
