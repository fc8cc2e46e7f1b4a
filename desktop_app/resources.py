"""Where Seller Desk's resources are: the one place that knows the folder.

The repository keeps them at its top level, ``resources/`` (``icons/``, ``style/``, ``i18n/``,
``desktop/``); a wheel carries the same tree inside the package as ``desktop_app/share/``
(``setup.py`` copies it there at build time). ``resource_path("icons", "light", "find.svg")``
answers for either: the installed copy first, else the checkout's folder, so an editable
install sees an edited icon or translation without being reinstalled.

Qt-free, so the command line (``seller-desk desktop-entry``) can use it too; the window's icons
and style go through ``desktop_app.ui.icons`` and ``desktop_app.ui.style``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
INSTALLED = PACKAGE / "share"  # inside an installed wheel
CHECKOUT = PACKAGE.parent / "resources"  # a source checkout or an editable install
APP_ID = "io.github.seller_desk.SellerDesk"  # the desktop entry's and metainfo's name
ICON_NAME = "seller-desk"  # the application icon's freedesktop name
APP_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # icons/app/<size>/seller-desk.png


class ResourcesMissing(FileNotFoundError):
    """Neither an installed nor a checkout resources folder: a broken installation."""


@cache
def resources_root() -> Path:
    """The folder holding ``icons/``, ``style/``, ``i18n/`` and ``desktop/``."""
    for folder in (INSTALLED, CHECKOUT):
        if (folder / "style").is_dir():
            return folder
    raise ResourcesMissing(
        f"Seller Desk's resources are missing (looked in {INSTALLED} and {CHECKOUT}); "
        "reinstall the package."
    )


def resource_path(*parts: str) -> Path:
    """A file or folder in the resources, e.g. ``resource_path("i18n", "seller-desk_de.qm")``.

    The path is returned whether or not it exists (a caller may look for optional files)."""
    return resources_root().joinpath(*parts)
