"""What the seller sees when something goes wrong: one sentence, and where the log is.

Domain errors (a rule refused an action) are shown as they are, in the window's language when
they are a ``Msg``; anything else is a bug or the
environment, logged with its traceback and summarised. Message boxes open without blocking
(``open()``), and every widget takes a ``Notify`` function so tests can record instead.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import DomainError
from desktop_app.core.text import Msg
from desktop_app.logs import log_path
from desktop_app.ui.domain_text import tx

log = logging.getLogger("desktop_app.ui")


class Notify(Protocol):
    def __call__(
        self, parent: QWidget | None, title: str, text: str, *, error: bool = False
    ) -> None: ...


def message_box(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    """A window-modal message that does not block the caller."""
    # not at the top: the window imports this module before its first paint, and PySide
    # builds the Python enums of QMessageBox and of the Qt namespace (~30 ms) when first used
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and buyers' words are never markup
    box.setObjectName("sellerDeskMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def is_expected(error: BaseException) -> bool:
    return isinstance(error, DomainError)


def describe(error: BaseException) -> str:
    """One sentence for the seller, with no password in it. Unexpected errors point at the
    log file; a database's failure (locked, read-only, full, damaged) says what to do."""
    from desktop_app.db.redact import redact

    if is_expected(error):
        said = error.args[0] if len(error.args) == 1 else None
        return redact(tx(said) if isinstance(said, Msg) else str(error))
    from desktop_app.db.failures import explain

    sentence = explain(error)
    if sentence is not None:
        return QCoreApplication.translate("Errors", "{sentence} The details are in {log}.").format(
            sentence=tx(sentence), log=log_path()
        )
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong ({error}). Nothing more was changed; "
        "the details are in {log}.",
    ).format(error=type(error).__name__, log=log_path())


def report(parent: QWidget | None, error: BaseException, notify: Notify = message_box) -> None:
    if not is_expected(error):
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    notify(parent, QCoreApplication.translate("Errors", "Seller Desk"), describe(error), error=True)


def install_excepthook(parent: Callable[[], QWidget | None], notify: Notify = message_box) -> None:
    """Uncaught exceptions in slots become one sentence plus the log's location."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("uncaught exception", exc_info=(kind, error, tb))
        try:
            notify(
                parent(),
                QCoreApplication.translate("Errors", "Seller Desk"),
                describe(error),
                error=True,
            )
        except Exception:  # never raise from the hook itself
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook
