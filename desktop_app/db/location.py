"""Where the database is: light enough to import before the window's first paint.

Nothing here imports SQLAlchemy (about half a second), so the window can resolve the shop's
location and show itself while the database layer loads in the background.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.db.redact import normalise_url, redact, remember_secrets

ENV_VAR = "SELLER_DESK_DB"


def default_db_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("seller-desk") / "seller-desk.db"


def resolve_url(arg: str | None) -> str:
    """``--db`` wins, then $SELLER_DESK_DB, then the file in the user data folder.

    A plain file path is accepted and taken as SQLite. A hand-typed password holding ``@``,
    ``/``, ``?`` or ``#`` is percent-encoded, and the address's secrets are remembered so that
    no message or log line shows them (:mod:`desktop_app.db.redact`).
    """
    value = arg or os.environ.get(ENV_VAR) or str(default_db_path())
    remember_secrets(value)
    if "://" in value:
        return normalise_url(value)
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (other databases, in-memory)."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] != "sqlite" or not rest.startswith("/"):
        return None
    database = rest[1:].split("?")[0]
    if database in ("", ":memory:"):
        return None
    return Path(database)


def describe(url: str) -> str:
    """A short, secret-free name for the title bar and status bar."""
    path = sqlite_path(url)
    return redact(str(path) if path is not None else url)
