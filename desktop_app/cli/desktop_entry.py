"""``seller-desk desktop-entry install|remove``: Seller Desk in the desktop's application menu.

``install`` copies the freedesktop entry (``applications/``), the application icon at the
hicolor sizes and as SVG (``icons/hicolor/``) and the AppStream metadata (``metainfo/``) into
the user's XDG data folder (``$XDG_DATA_HOME``, else ``~/.local/share``, as platformdirs says);
the entry starts this very installation of Seller Desk. ``remove`` deletes exactly those files.
Both can be run again: a second run says there was nothing to do.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
from pathlib import Path
from typing import Any

from desktop_app.resources import APP_ICON_SIZES, APP_ID, ICON_NAME, resource_path


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "desktop-entry",
        help="add Seller Desk to (or take it from) the desktop's application menu",
        description="install: put Seller Desk's menu entry and icons where the desktop looks "
        "for them ($XDG_DATA_HOME, else ~/.local/share); remove: take them away again.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    install = actions.add_parser("install", help="add the menu entry and the icons")
    install.set_defaults(func=run_install)
    remove = actions.add_parser("remove", help="remove the menu entry and the icons")
    remove.set_defaults(func=run_remove)


def data_home() -> Path:
    """The user's XDG data folder (platformdirs honours $XDG_DATA_HOME)."""
    import platformdirs

    return platformdirs.user_data_path()


def launcher() -> str:
    """The command that starts this installation: its ``seller-desk`` script when there is
    one, else this Python running the package."""
    script = Path(sys.argv[0])
    if script.name == "seller-desk" and script.is_file():
        return shlex.quote(str(script.resolve()))
    found = shutil.which("seller-desk")
    if found:
        return shlex.quote(str(Path(found).resolve()))
    return f"{shlex.quote(sys.executable)} -m desktop_app"


def planned(home: Path, command: str) -> dict[Path, bytes]:
    """Each file ``install`` writes and its content."""
    entry = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={command}" if line.startswith("Exec=") else line for line in entry.splitlines()]
    files = {home / "applications" / f"{APP_ID}.desktop": ("\n".join(lines) + "\n").encode()}
    icons = home / "icons" / "hicolor"
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "app", str(size), f"{ICON_NAME}.png")
        files[icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = png.read_bytes()
    svg = resource_path("icons", "app", f"{ICON_NAME}.svg")
    files[icons / "scalable" / "apps" / f"{ICON_NAME}.svg"] = svg.read_bytes()
    metainfo = resource_path("desktop", f"{APP_ID}.metainfo.xml")
    files[home / "metainfo" / f"{APP_ID}.metainfo.xml"] = metainfo.read_bytes()
    return files


def install(home: Path, command: str) -> int:
    """Write the files that are missing or differ; how many were written."""
    written = 0
    for path, content in planned(home, command).items():
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(content)
        partial.replace(path)
        written += 1
    return written


def remove(home: Path) -> int:
    """Delete the files ``install`` writes; how many there were."""
    removed = 0
    for path in planned(home, ""):
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


def run_install(args: argparse.Namespace) -> int:
    home = data_home()
    written = install(home, launcher())
    entry = home / "applications" / f"{APP_ID}.desktop"
    if written:
        print(f"Seller Desk is in the application menu: {entry} (and its icons) written.")
    else:
        print(f"Seller Desk was already in the application menu ({entry}); nothing changed.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    home = data_home()
    removed = remove(home)
    if removed:
        print(f"Seller Desk's menu entry and icons removed from {home} ({removed} files).")
    else:
        print(f"Seller Desk has no menu entry in {home}; nothing to remove.")
    return 0
