"""Regenerate the icon files derived from the hand-written SVGs in ``resources/icons``.

- ``icons/dark/*.svg``: the action icons of ``icons/light`` with the light theme's stroke colour
  swapped for the dark theme's (the light set is the source; edit it, then run this);
- ``icons/app/<size>/seller-desk.png``: the application icon at the freedesktop hicolor sizes,
  rendered from ``icons/app/seller-desk.svg`` with Qt's own SVG renderer.

Run from the repository root: ``.venv/bin/python scripts/render_icons.py`` (add ``--sheet PATH``
to also save a contact sheet of every icon in both themes, for looking at them).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from desktop_app.resources import APP_ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
LIGHT_STROKE = "#374151"  # the light theme's icon colour (what the light SVGs are drawn in)
DARK_STROKE = "#d1d5db"  # ... and the dark theme's


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_dark_set() -> int:
    dark = ICONS / "dark"
    dark.mkdir(exist_ok=True)
    count = 0
    for svg in sorted((ICONS / "light").glob("*.svg")):
        text = svg.read_text(encoding="utf-8").replace(LIGHT_STROKE, DARK_STROKE)
        (dark / svg.name).write_text(text, encoding="utf-8")
        count += 1
    return count


def write_app_pngs() -> None:
    source = ICONS / "app" / "seller-desk.svg"
    for size in APP_ICON_SIZES:
        folder = ICONS / "app" / str(size)
        folder.mkdir(exist_ok=True)
        if not render(source, size).save(str(folder / "seller-desk.png"), "PNG"):
            raise SystemExit(f"could not write {folder / 'seller-desk.png'}")


def contact_sheet(path: Path) -> None:
    names = sorted(p.stem for p in (ICONS / "light").glob("*.svg"))
    cell, pad = 48, 8
    width = (cell + pad) * len(names) + pad
    sheet = QImage(width, 2 * (cell + pad) + 3 * pad + 128, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.fillRect(0, cell + 2 * pad, width, cell + 2 * pad, QColor("#1f2329"))
    for i, name in enumerate(names):
        x = pad + i * (cell + pad)
        painter.drawImage(x, pad, render(ICONS / "light" / f"{name}.svg", cell))
        painter.drawImage(x, cell + 3 * pad, render(ICONS / "dark" / f"{name}.svg", cell))
    x = pad
    for size in (16, 24, 32, 48, 128):
        painter.drawImage(x, 2 * (cell + 2 * pad), QImage(str(ICONS / "app" / str(size) /
                                                             "seller-desk.png")))
        x += size + pad
    painter.end()
    sheet.save(str(path))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="also save a contact sheet PNG here")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([])
    count = write_dark_set()
    write_app_pngs()
    print(f"{count} dark icons and {len(APP_ICON_SIZES)} application icon sizes written")
    if args.sheet:
        contact_sheet(args.sheet)
        print(f"contact sheet: {args.sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
