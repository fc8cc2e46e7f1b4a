"""Import a report file: validate all of it, then write all of it or nothing (or skip bad rows).

The file streams through in batches of a few thousand rows (``io``): each batch's orders are
read from the shop in a few queries (:mod:`.read`), planned against what is stored and checked
for sense (:mod:`.plan`), and written with Core executemany statements on the session's
connection (:mod:`.write`). Everything happens in one transaction: a dry run, a file with a bad
row (unless bad rows are skipped) and a cancelled import all roll back, so the database holds
exactly what it held before.

Every data row ends as new, updated, unchanged or rejected (with its line, field, value and a
message), and the summary's counts add up to the file's rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.io.errors import ReadError, RowError
from desktop_app.services.importing.summary import (
    ImportCancelled,
    ImportOptions,
    ImportProgress,
    ImportSummary,
)

if TYPE_CHECKING:
    from desktop_app.services.importing.importer import import_file, shop_currency
    from desktop_app.services.importing.plan import ITEM_COLUMNS

__all__ = [
    "ITEM_COLUMNS",
    "ImportCancelled",
    "ImportOptions",
    "ImportProgress",
    "ImportSummary",
    "ReadError",
    "RowError",
    "import_file",
    "shop_currency",
]

# Loaded when first asked for: the importer brings SQLAlchemy's ORM, which the reader process
# (a fresh interpreter for each big import, importing this package first) does not need; it
# started 0.1 s sooner without it.
_LATER = {
    "import_file": "desktop_app.services.importing.importer",
    "shop_currency": "desktop_app.services.importing.importer",
    "ITEM_COLUMNS": "desktop_app.services.importing.plan",
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
