"""One style: colours only in ``desktop_app/ui/style.py``, as named tokens of a light and a
dark table that the style sheet and the painting code share; both themes readable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.resources import resource_path
from desktop_app.ui import style

UI = Path(style.__file__).parent
# a colour written into code: #rgb/#rrggbb/#aarrggbb, rgb()/rgba(), Qt's named colours, or a
# QColor made from numbers or a literal name
LITERAL = re.compile(
    r"""["'][^"'\n]*#[0-9a-fA-F]{3,8}\b|\brgba?\(|Qt\.GlobalColor\.(?!transparent)\w+"""
    r"""|QColor\(\s*(\d|["'])|["'](white|black|red|green|blue|gray|grey)["']""",
)


def test_no_colour_literal_or_inline_style_sheet_outside_the_style_module() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path == Path(style.__file__):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LITERAL.search(line) or (".setStyleSheet(" in line and "style_sheet(" not in line):
                found.append(f"{path.relative_to(UI.parent)}:{number}: {line.strip()}")
    assert found == []


def test_the_checker_catches_what_it_looks_for() -> None:
    for line in (
        "label.setText(f\"<span style='color:#4b5563'>\")",
        "pen = pg.mkPen('#9ca3af')",
        "brush=(255, 255, 255, 220) if x else QColor(255, 0, 0)",
        "item.setForeground(Qt.GlobalColor.darkRed)",
        "css = 'background: rgba(0,0,0,0.5)'",
        "pg.setConfigOptions(background='white')",
    ):
        assert LITERAL.search(line), line


# a token's name where its colour belongs: f"<b style='color:{DANGER}'>" writes "color:danger",
# which Qt ignores, so the words come out in the default text colour (dark on dark)
TOKEN_AS_COLOUR = re.compile(r"color:\s*\{[A-Z][A-Z0-9_]*\}")


def test_rich_text_takes_a_tokens_colour_not_its_name() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if TOKEN_AS_COLOUR.search(line):
                found.append(f"{path.relative_to(UI.parent)}:{number}: {line.strip()}")
    assert found == [], "use colour(TOKEN) inside the style attribute"
    assert TOKEN_AS_COLOUR.search("f\"<br><b style='color:{DANGER}'>\"")
    assert not TOKEN_AS_COLOUR.search("f\"<b style='color:{colour(DANGER)}'>\"")
    assert not TOKEN_AS_COLOUR.search("\"<span style='color:{muted}'>\"")  # filled by format()


def test_light_and_dark_tables_name_the_same_tokens_and_the_sheet_uses_only_those() -> None:
    assert set(style.LIGHT) == set(style.DARK)
    sheet = resource_path(*style.STYLE_SHEET).read_text(encoding="utf-8")
    used = set(re.findall(r"@([a-z_]+)", re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)))
    assert used - {"resources"} <= set(style.LIGHT)
    for dark in (False, True):
        filled = style.style_sheet(dark)
        assert "@" not in filled
        assert style.tokens(dark)["surface"] in filled


def _luminance(colour: str) -> float:
    value = colour[-6:]
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    high, low = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("text", "surface"),
        ("text", "window"),
        ("muted", "surface"),
        ("muted", "window"),
        ("danger", "surface"),
        ("warning", "surface"),
        ("ok", "surface"),
        ("danger", "window"),
        ("warning", "window"),
        ("ok", "window"),
        ("ship_by_late", "surface"),
        ("ship_by_due_soon", "surface"),
        ("ship_by_later", "surface"),
        ("danger_fg", "danger_bg"),
        ("warning_fg", "warning_bg"),
        ("ok_fg", "ok_bg"),
        ("info_fg", "info_bg"),
        ("muted", "neutral_bg"),
        ("accent_text", "accent"),
        ("tooltip_fg", "tooltip_bg"),
        ("placeholder", "surface"),
        ("chart_foreground", "chart_background"),
        ("chart_rate", "chart_background"),
        ("chart_target", "chart_background"),
        ("chart_guide_text", "chart_background"),
    ],
)
def test_text_reads_in_both_themes(dark: bool, text: str, background: str) -> None:
    """WCAG AA for normal text (4.5:1): no grey-on-grey in either theme."""
    table = style.tokens(dark)
    assert contrast(table[text], table[background]) >= 4.5


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("background", ["surface", "window"])
def test_the_edges_of_fields_and_check_boxes_can_be_seen(dark: bool, background: str) -> None:
    """WCAG 1.4.11 (3:1 for what a control is made of): a text field's or check box's border
    against the field inside and the window around it, in both themes."""
    table = style.tokens(dark)
    assert contrast(table["input_border"], table[background]) >= 3.0


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_check_boxes_and_radio_buttons_draw_their_marks_from_the_tokens(dark: bool) -> None:
    """Fusion draws an unstyled radio button's circle from the palette: in the dark theme a
    dark circle on a dark window (relabel dialog). Both marks take the sheet's tokens."""
    sheet = style.style_sheet(dark)
    table = style.tokens(dark)
    for kind in ("QCheckBox", "QRadioButton"):
        plain = re.search(kind + r"::indicator \{([^}]*)\}", sheet)
        checked = re.search(kind + r"::indicator:checked \{([^}]*)\}", sheet)
        assert plain and checked, kind
        assert table["input_border"] in plain.group(1) and table["surface"] in plain.group(1)
        assert table["accent"] in checked.group(1)
