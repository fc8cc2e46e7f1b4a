"""The layers import one way: core, db, io and services never pull in Qt."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["core", "db", "io", "services"])
def test_package_does_not_import_qt(package: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"import desktop_app.{package} as pkg\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    if '.migrations' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'pyqtgraph')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"desktop_app.{package} imports {out.stdout.strip()}"
