"""The resources folder: found through the one loader, every icon there in both themes and
drawable, the application icon at every size, the desktop entry and AppStream metadata whole."""

from __future__ import annotations

import configparser
import typing
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtSvg import QSvgRenderer

from desktop_app.resources import APP_ICON_SIZES, APP_ID, ICON_NAME, resource_path, resources_root
from desktop_app.ui.icons import IconName


@pytest.fixture(autouse=True)
def gui(qapp: QGuiApplication) -> QGuiApplication:
    """Images need an application; pytest-qt's, shared with the widget tests."""
    return qapp


def test_the_loader_finds_the_folders() -> None:
    root = resources_root()
    for folder in ("icons", "style", "i18n", "desktop"):
        assert (root / folder).is_dir(), folder
    assert resource_path("style", "seller-desk.qss").is_file()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_named_icon_exists_and_draws(theme: str) -> None:
    names = typing.get_args(IconName)
    on_disk = {p.stem for p in resource_path("icons", theme).glob("*.svg")}
    assert set(names) == on_disk  # none missing, none unused
    for name in names:
        renderer = QSvgRenderer(str(resource_path("icons", theme, f"{name}.svg")))
        assert renderer.isValid(), name
        assert renderer.defaultSize().width() == 24, name


def test_dark_icons_are_the_light_ones_recoloured() -> None:
    """scripts/render_icons.py derives them; a hand edit to one set only shows here."""
    for light in resource_path("icons", "light").glob("*.svg"):
        dark = resource_path("icons", "dark", light.name).read_text(encoding="utf-8")
        assert dark == light.read_text(encoding="utf-8").replace("#374151", "#d1d5db")


def test_the_application_icon_at_every_size() -> None:
    assert QSvgRenderer(str(resource_path("icons", "app", f"{ICON_NAME}.svg"))).isValid()
    for size in APP_ICON_SIZES:
        image = QImage(str(resource_path("icons", "app", str(size), f"{ICON_NAME}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_the_desktop_entry() -> None:
    path = resource_path("desktop", f"{APP_ID}.desktop")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "Comment"):
        assert section.get(key), key
    assert section["Type"] == "Application"
    assert section["Icon"] == ICON_NAME
    assert section["Exec"].split()[0] == "seller-desk"
    assert section["Categories"].endswith(";")
    assert section["Terminal"] == "false"


def test_the_appstream_metainfo() -> None:
    path = resource_path("desktop", f"{APP_ID}.metainfo.xml")
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    for tag in ("name", "summary", "metadata_license", "project_license"):
        assert (root.findtext(tag) or "").strip(), tag
    assert root.find("description/p") is not None
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == ICON_NAME
    assert root.findtext("provides/binary") == "seller-desk"
