"""Logging: a rotating file in the user log folder; errors keep their traceback there."""

from __future__ import annotations

import logging
from pathlib import Path

_configured = False


def log_path() -> Path:
    import platformdirs

    return platformdirs.user_log_path("seller-desk") / "seller-desk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Idempotent: attach the rotating file handler to the ``desktop_app`` logger once."""
    global _configured
    from logging.handlers import RotatingFileHandler  # not at the top: the window imports
    # this module before its first paint, and the log file is opened after it

    path = log_path()
    if _configured:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("desktop_app")
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True
    return path
