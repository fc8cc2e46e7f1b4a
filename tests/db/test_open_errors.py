"""A database that cannot be opened gets one sentence naming it, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import DomainError
from desktop_app.db.database import open_database


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "orders.db"
    path.write_bytes(b"this is a spreadsheet, not a database\n" * 100)
    with pytest.raises(DomainError, match=r"could not open .*orders\.db: file is not a database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"this is a spreadsheet")  # left as it was


def test_an_unreachable_server() -> None:
    with pytest.raises(DomainError, match=r"could not open postgresql.*127\.0\.0\.1"):
        open_database("postgresql+psycopg://seller@127.0.0.1:1/shop")


def test_an_address_that_is_no_database() -> None:
    with pytest.raises(DomainError, match="not a database address"):
        open_database("nonsense://somewhere")
