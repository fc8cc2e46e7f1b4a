"""Search by words: how the search box's text becomes terms, and how an order's text is folded
so that both compare case- and accent-insensitively (Munchen finds München).

Every word must appear somewhere in the order, in any order; "quoted words" must appear as
they are written, together. ``*`` stands for "anything", which a substring search already
means, so it only separates words. Control characters (a NUL, a tab, the separator between
an order's fields) never reach the query.
"""

from __future__ import annotations

import unicodedata

# The separator between an order's fields in its folded text: a control character, which
# :func:`parse_query` removes from every query, so a search never matches across two fields.
FIELD_SEPARATOR = "\x1f"
# letters that Unicode does not decompose into a base letter and an accent
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th"})
MAX_TERMS = 12  # more words than this add nothing but work


# ASCII's control characters (category Cc) as spaces: the fast path for plain ASCII text
_ASCII_CONTROLS = str.maketrans({c: " " for c in [*range(32), 127]})


def fold(text: str) -> str:
    """Lower-case, accents removed, every control or separator character a space."""
    if text.isascii():  # most of a report: no accents, and lower() is casefold() here
        lowered = text.lower()
        return lowered if lowered.isprintable() else lowered.translate(_ASCII_CONTROLS)
    return fold_unicode(text)


def fold_unicode(text: str) -> str:
    """:func:`fold` for any text, character by character (the ASCII path's reference)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category == "Mn":  # a combining accent
            continue
        kept.append(" " if category[0] in "CZ" else ch)
    return "".join(kept).translate(_EXTRA)


_EDGES = frozenset((" ", FIELD_SEPARATOR))  # at an end: a space, or an empty first or last part
# inside: a part ending or starting with a space, or an empty part
_SPACE_BEFORE, _SPACE_AFTER, _EMPTY_PART = (
    f" {FIELD_SEPARATOR}",
    f"{FIELD_SEPARATOR} ",
    FIELD_SEPARATOR * 2,
)


def haystack(parts: list[str]) -> str:
    """An order's folded search text: its fields folded, one separator between them (empty
    ones left out)."""
    text = FIELD_SEPARATOR.join(parts)
    if _as_folded(parts, text):
        return text.lower()  # (an import's million orders: one call instead of one a field)
    return FIELD_SEPARATOR.join(folded for p in parts if (folded := fold(p).strip()))


def _as_folded(parts: list[str], text: str) -> bool:
    """Whether each of ``parts`` folds to itself in lower case: printable ASCII, not empty,
    no space at either end (most fields). ``text``: the parts joined by the separator."""
    plain = "".join(parts)
    return (
        plain.isascii()
        and plain.isprintable()  # (which the separator is not: a part holding it fails)
        and bool(text)
        and text[0] not in _EDGES
        and text[-1] not in _EDGES
        and _SPACE_BEFORE not in text
        and _SPACE_AFTER not in text
        and _EMPTY_PART not in text
    )


def parse_query(text: str) -> tuple[str, ...]:
    """The terms every matching order must contain (folded, without duplicates).

    ``oak mug`` -> ("oak", "mug"); ``"oak mug" tray`` -> ("oak mug", "tray"); an unclosed
    quote runs to the end.
    """
    terms: list[str] = []
    for n, chunk in enumerate(text.split('"')):
        if n % 2:  # inside quotes: one phrase, its spaces kept (runs of them made one)
            phrase = " ".join(fold(chunk).replace("*", " ").split())
            if phrase:
                terms.append(phrase)
        else:
            terms.extend(fold(chunk).replace("*", " ").split())
    unique = list(dict.fromkeys(terms))
    # a term inside another adds nothing: "oak" with "oak mug"
    kept = [t for t in unique if not any(t != other and t in other for other in unique)]
    return tuple(kept[:MAX_TERMS])
