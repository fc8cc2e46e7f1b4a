"""The window opens its log file once its first rows are shown; what goes wrong before that
is held and written there, masked like every other line."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.db.redact import remember_secrets
from desktop_app.logs import hold_until_setup, setup_logging
from tests.hostile.conftest import read_log


def test_what_is_logged_before_the_file_opens_is_written_to_it(log_file: Path) -> None:
    remember_secrets("postgresql://seller:hunter2-very-secret@db.example.com/shop")
    hold_until_setup()
    log = logging.getLogger("desktop_app.ui")
    log.error("the shop could not be opened: password hunter2-very-secret refused")
    assert not log_file.exists()  # nothing is written before the file is opened
    setup_logging()
    text = read_log(log_file)
    assert "the shop could not be opened" in text
    assert "hunter2-very-secret" not in text
    log.error("after the file opened")
    assert text.count("could not be opened") == read_log(log_file).count("could not be opened")
    assert "after the file opened" in read_log(log_file)
