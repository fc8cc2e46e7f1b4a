"""Fixtures of the hostile corpus: a private log in the test's folder, no remembered secret
carried from one test to the next."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import logs
from desktop_app.db.redact import forget_secrets


@pytest.fixture(autouse=True)
def _fresh_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log goes to ``tmp_path/state/log/seller-desk.log`` for this test."""
    path = tmp_path / "state" / "log" / "seller-desk.log"
    monkeypatch.setattr(logs, "log_path", lambda: path)
    monkeypatch.setattr(logs, "_configured", False)
    logger = logging.getLogger("desktop_app")
    before = list(logger.handlers)
    yield path
    for handler in logger.handlers[:]:
        if handler not in before:
            handler.close()
            logger.removeHandler(handler)


def read_log(path: Path) -> str:
    for handler in logging.getLogger("desktop_app").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""
