"""The Qt user interface. Widgets show what services return and send what the seller decided.

Importing PySide6 replaces Python's import with PySide's ``__feature__`` hook, which serves
``from __feature__ import snake_case, true_property`` (Seller Desk does not use it) and, for
every module imported after PySide, reads the module's source to see whether it uses PySide.
That cost the window's own modules some 8 ms before its first paint, and SQLAlchemy and the
Orders page 50-80 ms on the way to the first rows (1M-order bench), so the hook is taken out
here, before any module of the interface is imported.
"""

from __future__ import annotations

import PySide6  # noqa: F401  (installs the hook, if nothing has yet)


def skip_pyside_feature_import() -> None:
    """Put back the import that PySide replaced with its ``__feature__`` hook.

    The import it saved (``__orig_import__``, PySide's own lazy loader of Qt classes) stays
    in place; any other replacement is left alone."""
    import builtins

    saved = getattr(builtins, "__orig_import__", None)
    if saved is not None and builtins.__import__ is getattr(builtins, "__feature_import__", 0):
        builtins.__import__ = saved


skip_pyside_feature_import()
