"""Only what pyproject.toml cannot say: the top-level ``resources/`` folder goes into the
wheel inside the package, as ``desktop_app/share/``, where ``desktop_app.resources`` finds it.

(Package data must live inside a package; mapping a top-level folder in with ``package-dir``
needs every subpackage listed by hand. An editable install skips this copy: the loader reads
the checkout's ``resources/`` directly.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "desktop_app" / "share"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target)


setup(cmdclass={"build_py": BuildWithResources})
