"""An order's search text: the quick path for plain fields gives what folding each field
gives, whatever the fields hold."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.search import FIELD_SEPARATOR, fold, haystack
from desktop_app.services.summary import search_text


def reference(parts: list[str]) -> str:
    """Each field folded and stripped, the empty ones left out (the definition)."""
    return FIELD_SEPARATOR.join(f for p in parts if (f := fold(p).strip()))


# fields as reports hold them, and what trips folding up: spaces at either end, empty fields,
# tabs, the separator itself, accents, other scripts
FIELD = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=12),
    st.sampled_from(["", " ", " Oak", "Mug ", "a\tb", "x\x1fy", "München", "ØRE", "茶杯", "\x00"]),
    st.text(max_size=8),
)


@given(st.lists(FIELD, max_size=6))
@example(["111-22", "OAK-MUG", "Oak Mug, large", "Salt Lake City"])
@example([""])
@example(["", "A"])
@example(["A", ""])
@example(["A", "", "B"])
@example(["A ", "B"])
@example(["A", " B"])
@example(["A\x1fB"])
def test_the_quick_path_folds_as_each_field_would(parts: list[str]) -> None:
    assert haystack(parts) == reference(parts)


def test_an_order_without_a_city_has_no_empty_field() -> None:
    text = search_text("111-1", ["MUG-1", "MUG-1"], ["Oak Mug"], None)
    assert text == FIELD_SEPARATOR.join(["111-1", "mug-1", "mug-1", "oak mug"])
    assert search_text("111-1", ["Tasse"], ["Becher"], " München ").endswith("\x1fmunchen")
