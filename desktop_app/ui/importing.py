"""File > Import and File > Export in the window: off the GUI thread, with progress and Cancel.

The flow for an import: a dry run of every file (progress dialog, rows per second, Cancel),
the dry-run summary with "Import" / "Cancel" (and "Save error report…"), the real import in
one transaction per file (Cancel rolls back: nothing written), then a summary message. The
work runs in a QThreadPool; results come back through queued signals and the work never
touches widgets. Every message and question goes through injectable functions, so tests
drive the whole flow without a blocking dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStatusBar,
    QWidget,
)

from desktop_app.db.database import Database
from desktop_app.io.detect import Format, choose_layout
from desktop_app.io.errors import ReadError, RowError, write_error_report
from desktop_app.io.generic import REQUIRED_TARGETS, ColumnMapping
from desktop_app.io.table import Layout, Report
from desktop_app.services.context import Context
from desktop_app.services.exporting import ExportOptions, ExportResult, export_orders
from desktop_app.services.importing import (
    ImportCancelled,
    ImportOptions,
    ImportProgress,
    ImportSummary,
    import_file,
)
from desktop_app.services.mappings import load_mapping, mapping_names
from desktop_app.services.queries import OrderFilter, SortKey
from desktop_app.ui.domain_text import QT_TRANSLATE_NOOP, tx
from desktop_app.ui.errors import Notify, describe, is_expected, message_box
from desktop_app.ui.mapping_dialog import ask_mapping
from desktop_app.ui.operations import Operations, Progress, deliver, register
from desktop_app.ui.plain import plain_label

log = logging.getLogger(__name__)


def _finishing() -> str:
    return QCoreApplication.translate(
        "Importer",
        "Finishing the import: sorting, search and saving are slower until it is done.",
    )


def finish_in_background(
    db: Database, status: QStatusBar | None = None, *, unfinished: bool | None = None
) -> None:
    """Finish what a big import left for after its commit (Database.finish_bulk_write) in a
    thread, off the seller's way: reads carry on. While it builds indexes, ``status`` says so
    (sorts and searches are slower meanwhile, and saves wait for the index being built), and
    when they are built. ``unfinished``: Database.bulk_write_unfinished, if the caller has
    just asked it (asked here otherwise)."""
    key = None
    if unfinished is None and status is not None:
        unfinished = db.bulk_write_unfinished()
    if status is not None and unfinished:
        status.showMessage(_finishing())
        key = register(status)
    threading.Thread(target=_finish, args=(db, key), name="after the import", daemon=True).start()


def _finish(db: Database, key: int | None) -> None:
    try:
        db.finish_bulk_write()
        done = QT_TRANSLATE_NOOP(
            "Importer", "The import is finished: sorting, search and saving are quick again."
        )
    except Exception:  # the next commit or close checkpoints, the next opening builds
        log.warning("finishing the import's write failed", exc_info=True)
        done = QT_TRANSLATE_NOOP(
            "Importer",
            "Some indexes could not be built now; they are built when the shop is next opened.",
        )
    if key is not None:
        deliver(key, lambda status: _finished(status, done))


def _finished(status: QStatusBar, text: str) -> None:
    if status.currentMessage() == _finishing():  # (not when another message replaced it)
        status.showMessage(QCoreApplication.translate("Importer", text), 10_000)


class Choice(Enum):
    IMPORT = "import"
    SKIP_BAD_ROWS = "skip"
    CANCEL = "cancel"


Confirm = Callable[[QWidget, list[ImportSummary], Callable[[Choice], None]], None]
ChoosePath = Callable[[QWidget, str], Path | None]
# (parent, db, file, done, encoding=...): ask which column holds what; ``done(None)``: not mapped
ChooseMapping = Callable[..., object]

MAPPED_PREFIX = "mapping:"


class _HeaderSeen(Exception):
    def __init__(self, header: list[str]) -> None:
        super().__init__("header")
        self.header = header


def read_header(path: Path, encoding: str | None = None) -> list[str] | None:
    """The header exactly as the importer will see it (same decoding and splitting), or None
    when the file cannot be read at all (the import then says why)."""

    def capture(header: list[str]) -> Layout:
        raise _HeaderSeen(header)

    try:
        with path.open("rb") as stream:
            Report(
                stream,
                name=path.name,
                total_bytes=path.stat().st_size,
                encoding=encoding,
                choose_layout=capture,
            )
    except _HeaderSeen as seen:
        return seen.header
    except (OSError, ReadError):
        return None
    return None


def needs_mapping(header: list[str]) -> bool:
    """True for a CSV header that is not a known report but could be mapped: enough named,
    printable columns. Anything else (binary junk, one column) is left to the importer's error."""
    try:
        choose_layout(header)
    except ReadError:
        named = [h for h in header if h.strip()]
        return len(named) >= len(REQUIRED_TARGETS) and all(h.isprintable() for h in named)
    return False


def saved_mapping_for(db: Database, header: list[str]) -> ColumnMapping | None:
    """The saved mapping whose columns are all in ``header`` (the fullest one when several)."""
    present = {h.strip() for h in header}
    fits: list[ColumnMapping] = []
    with db.reading() as session:
        for name in mapping_names(session):
            try:
                mapping = load_mapping(session, name)
            except (ValueError, KeyError, TypeError):
                continue  # unreadable: Settings > Column mappings lets the seller delete it
            columns = {c.strip() for c in mapping.columns.values()}
            if not mapping.problems() and columns <= present:
                fits.append(mapping)
    return max(fits, key=lambda m: len(m.columns), default=None)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Importing", text, "", n)


def row_error_text(error: RowError) -> str:
    """``line 17, column 'quantity': 'x' is not a whole number`` in the window's language."""
    why = tx(error.message)
    if error.field:
        return QCoreApplication.translate(
            "Importing", "line {line}, column “{column}”: {reason}"
        ).format(line=error.line, column=error.field, reason=why)
    return QCoreApplication.translate("Importing", "line {line}: {reason}").format(
        line=error.line, reason=why
    )


def read_error_text(error: ReadError) -> str:
    """Why a whole file was refused, naming the file, line and column that exist, in the
    window's language."""
    where = [error.file] if error.file else []
    if error.line:
        where.append(QCoreApplication.translate("Importing", "line {line}").format(line=error.line))
    if error.field:
        where.append(
            QCoreApplication.translate("Importing", "column “{column}”").format(column=error.field)
        )
    why = tx(error.message)
    return f"{', '.join(where)}: {why}" if where else why


def summary_text(summaries: Sequence[ImportSummary]) -> str:
    lines = []
    for s in summaries:
        read_with = ""
        if s.format.startswith(MAPPED_PREFIX):
            read_with = QCoreApplication.translate(
                "Importing", " (columns read with the mapping “{name}”)"
            ).format(name=s.format[len(MAPPED_PREFIX) :])
        lines.append(f"{s.file}: {tx(s.line())}{read_with}")
        for error in s.errors[:3]:
            lines.append(f"    {row_error_text(error)}")
        if s.error_count > 3:
            lines.append(
                "    "
                + QCoreApplication.translate("Importing", "… and %n more", "", s.error_count - 3)
            )
        counted = tx(s.counted_sentence() or "")
        if counted:
            lines.append(
                f"    {counted} "
                + QCoreApplication.translate(
                    "Importing", "Right-click an order > Re-label cancellation."
                )
            )
        if s.relabelled:
            n = len(s.relabelled)
            lines.append(
                "    "
                + QCoreApplication.translate(
                    "Importing", "%n cancellation(s) re-labelled as the buyer's.", "", n
                )
            )
    return "\n".join(lines)


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Importing", "Save error report"),
        suggested,
        QCoreApplication.translate("Importing", "CSV (*.csv)"),
    )
    return Path(name) if name else None


def save_error_report(path: Path, summaries: Sequence[ImportSummary]) -> None:
    """The rejected rows of every file as CSV (file, line, field, value, message)."""
    from desktop_app.io.safe_write import check_target, open_text

    named = path if path.suffix else path.with_suffix(".csv")
    target = check_target(
        named,
        extensions=(".csv",),
        force=True,
        what=QCoreApplication.translate("Importing", "error report"),
    )
    with open_text(target, encoding="utf-8-sig") as out:  # beside the target, then renamed
        for number, summary in enumerate(summaries):
            write_error_report(out, summary.file, summary.errors, header=number == 0)


def ask_to_import(
    parent: QWidget,
    summaries: list[ImportSummary],
    answer: Callable[[Choice], None],
    choose_path: ChoosePath = choose_save_path,
) -> None:
    """The dry-run summary in a window-modal box that does not block: Import / Cancel."""
    bad = sum(s.rejected for s in summaries)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Importing", "Import: check before writing"))
    box.setIcon(QMessageBox.Icon.Warning if bad else QMessageBox.Icon.Question)
    intro = QCoreApplication.translate("Importing", "Nothing has been written yet.") + "\n\n"
    if bad:
        intro += (
            QCoreApplication.translate(
                "Importing",
                "%n row(s) with errors. Importing as it is would write nothing; you can import "
                "the other rows and skip these.",
                "",
                bad,
            )
            + "\n\n"
        )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the errors quote the file's values
    box.setText(intro + summary_text(summaries))
    go = box.addButton(
        QCoreApplication.translate("Importing", "Import, skipping %n row(s)", "", bad)
        if bad
        else QCoreApplication.translate("Importing", "Import"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    save = (
        box.addButton(
            QCoreApplication.translate("Importing", "Save error report…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        if bad
        else None
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: Any) -> None:
        if save is not None and button is save:
            path = choose_path(parent, "import-errors.csv")
            if path is not None:
                save_error_report(path, summaries)
            ask_to_import(parent, summaries, answer, choose_path)
        elif button is go:
            answer(Choice.SKIP_BAD_ROWS if bad else Choice.IMPORT)
        else:
            answer(Choice.CANCEL)

    box.buttonClicked.connect(clicked)
    box.open()


class ImportRunner(QObject):
    """Runs the whole import flow for ``paths``; emits ``finished`` with the summaries of the
    files written (None when the seller cancelled or nothing could be read)."""

    finished = Signal(object)
    progressed = Signal(object)  # ImportProgress, for tests and status bars

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        paths: Sequence[str | Path],
        *,
        options: ImportOptions | None = None,
        ctx: Context | None = None,
        confirm: Confirm = ask_to_import,
        notify: Notify = message_box,
        pool: QThreadPool | None = None,
        pace: Callable[[ImportProgress], None] | None = None,
        choose_mapping: ChooseMapping = ask_mapping,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db = db
        self.paths = [Path(p) for p in paths]
        self.options = options or ImportOptions()
        self.ctx = ctx or Context(source="app", via="app")
        self.confirm, self.notify = confirm, notify
        self.pool = pool or QThreadPool.globalInstance()
        # the window's one mechanism for background work and writes
        self.operations = operations or Operations(
            lambda error: self._failed(error), pool=self.pool, parent=self
        )
        self.pace = pace
        self.choose_mapping = choose_mapping
        # files whose header is not a known report: the column mapping each is read with
        self.mappings: dict[Path, ColumnMapping] = {}
        self.mapping_dialog: object | None = None  # the mapping question open now (tests)
        self.stop = threading.Event()
        # the worker's progress reaches this runner, if it still exists (operations._Relay)
        self._key = register(self)
        self.progress_dialog = QProgressDialog(
            self.tr("Reading…"), self.tr("Cancel"), 0, 1000, parent
        )
        self.progress_dialog.setLabel(plain_label(self.tr("Reading…")))  # it names the file
        self.progress_dialog.setWindowTitle(self.tr("Import"))
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setAutoReset(False)
        self.progress_dialog.setMinimumDuration(0)
        self.progress_dialog.canceled.connect(self.stop.set)
        self.progress_dialog.hide()
        self._queue: list[Path] = []
        self._results: list[ImportSummary] = []
        self._failures: list[str] = []
        self._phase = "dry-run"

    def start(self) -> None:
        from desktop_app.ui.memory import before_big_job

        before_big_job()  # the collection after the import looks at what it made only
        self._phase = "dry-run"
        self._begin(replace(self.options, dry_run=True))

    def _begin(self, options: ImportOptions, failures: Sequence[str] = ()) -> None:
        self._run_options = options
        self._queue = list(self.paths)
        self._results = []
        self._failures = list(failures)
        self.stop.clear()
        self.progress_dialog.setRange(0, 1000)
        self.progress_dialog.setValue(0)
        self.progress_dialog.show()
        self._next()

    def _next(self) -> None:
        if self.stop.is_set():
            self._finish_cancelled()
            return
        if not self._queue:
            self._phase_done()
            return
        path = self._queue.pop(0)
        if self._phase == "dry-run" and self._wants_mapping(path):
            return
        self.progress_dialog.setRange(0, 1000)
        self.progress_dialog.setLabelText(
            (
                self.tr("Checking {file}…")
                if self._run_options.dry_run
                else self.tr("Importing {file}…")
            ).format(file=path.name)
        )
        options = self._run_options
        if path in self.mappings:
            options = replace(options, mapping=self.mappings[path], fmt=Format.MAPPED)
        db, ctx, stop, key, pace = self.db, self.ctx, self.stop, self._key, self.pace

        def work(_progress: Progress) -> ImportSummary:
            def progress(p: ImportProgress) -> None:
                deliver(key, lambda runner: runner._progressed(p))
                if pace is not None:
                    pace(p)

            return import_file(
                db.sessions,
                path,
                options,
                ctx,
                progress=progress,
                cancelled=stop.is_set,
                readers=db.readers,
            )

        label = self.tr("Checking {file}…") if options.dry_run else self.tr("Importing {file}…")
        self.operations.run(work, self._done, self._failed, label=label.format(file=path.name))

    def _wants_mapping(self, path: Path) -> bool:
        """A CSV of an unknown shape: use the saved mapping that fits it, or ask for one (then
        the file is checked once the seller answered). True while the question is open."""
        if path in self.mappings or self.options.mapping is not None:
            return False
        if self.options.fmt is not Format.AUTO:
            return False
        header = read_header(path, self.options.encoding)
        if header is None or not needs_mapping(header):
            return False
        saved = saved_mapping_for(self.db, header)
        if saved is not None:
            self.mappings[path] = saved
            return False
        self.progress_dialog.hide()

        def done(mapping: ColumnMapping | None) -> None:
            self.mapping_dialog = None
            if mapping is None:
                self._failures.append(
                    self.tr(
                        "{file}: not imported, because its columns were not mapped. "
                        "Import it again and tell Seller Desk which column holds what."
                    ).format(file=path.name)
                )
            else:
                self.mappings[path] = mapping
                self._queue.insert(0, path)
            self.progress_dialog.show()
            self._next()

        self.mapping_dialog = self.choose_mapping(
            self.parent_widget, self.db, path, done, encoding=self.options.encoding
        )
        return True

    def _progressed(self, p: ImportProgress) -> None:
        if p.saving:  # the last stretch has nothing to count: the bar just moves
            self.progress_dialog.setLabelText(
                self.tr(
                    "Saving {file}: %Ln row(s) checked; updating the indexes and the search index…",
                    "",
                    p.rows,
                ).format(file=p.file)
            )
            self.progressed.emit(p)
            self.progress_dialog.setRange(0, 0)
            return
        speed = QLocale().toString(round(p.rows_per_second))
        self.progress_dialog.setLabelText(
            (
                self.tr("Checking {file}: %Ln row(s), {speed} rows/s", "", p.rows)
                if self._run_options.dry_run
                else self.tr("Importing {file}: %Ln row(s), {speed} rows/s", "", p.rows)
            ).format(file=p.file, speed=speed)
        )
        self.progressed.emit(p)
        self.progress_dialog.setValue(int(p.fraction * 1000))  # modal: may process events

    def _done(self, summary: ImportSummary) -> None:
        self._results.append(summary)
        self._next()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._finish_cancelled()
            return
        if isinstance(error, ReadError):
            self._failures.append(read_error_text(error))
            self._next()
            return
        self.progress_dialog.hide()
        if not is_expected(error):  # a bug or the environment: the traceback goes to the log
            log.error("import failed", exc_info=(type(error), error, error.__traceback__))
        self.notify(
            self.parent_widget,
            self.tr("Import failed"),
            self.tr("The import failed: {error}").format(error=describe(error)),
            error=True,
        )
        self.finished.emit(None)

    def _phase_done(self) -> None:
        self.progress_dialog.hide()
        if self._phase == "dry-run":
            if self._failures and not self._results:
                self.notify(
                    self.parent_widget, self.tr("Import"), "\n".join(self._failures), error=True
                )
                self.finished.emit(None)
                return
            self.dry_run = list(self._results)
            self.confirm(self.parent_widget, self.dry_run, self._answered)
            return
        text = summary_text(self._results)
        if self._failures:
            text += "\n\n" + self.tr("Not imported:") + "\n" + "\n".join(self._failures)
        total = sum(s.rows for s in self._results)
        seconds = sum(s.seconds for s in self._results)
        if seconds > 0:
            locale = QLocale()
            text += "\n\n" + self.tr(
                "%Ln row(s) in {seconds} s ({speed} rows/s).", "", total
            ).format(
                seconds=locale.toString(seconds, "f", 1),
                speed=locale.toString(round(total / seconds)),
            )
        self.notify(
            self.parent_widget, self.tr("Import finished"), text, error=bool(self._failures)
        )
        if any(s.written for s in self._results):
            self.operations.wrote.emit("import")
            # the indexes it owes, the log to copy into the shop file
            window = self.parent_widget
            status = window.statusBar() if isinstance(window, QMainWindow) else None
            finish_in_background(self.db, status)
        self.finished.emit(list(self._results))

    def _answered(self, choice: Choice) -> None:
        if choice is Choice.CANCEL:
            self.finished.emit(None)
            return
        self._phase = "import"
        skip = choice is Choice.SKIP_BAD_ROWS or self.options.skip_invalid
        checked = {s.file for s in self.dry_run}
        self.paths = [p for p in self.paths if p.name in checked]
        unreadable = list(self._failures)  # files the dry run could not read: say so at the end
        self._begin(replace(self.options, dry_run=False, skip_invalid=skip), unreadable)

    def _finish_cancelled(self) -> None:
        self.progress_dialog.hide()
        self.notify(
            self.parent_widget,
            self.tr("Import cancelled"),
            self.tr("Import cancelled: nothing was written."),
        )
        self.finished.emit(None)


def import_files(
    parent: QWidget,
    db: Database,
    paths: Sequence[str | Path],
    *,
    done: Callable[[list[ImportSummary] | None], None] | None = None,
    **kwargs: Any,
) -> ImportRunner:
    """File > Import and dropped files: start the flow and return at once (no nested event
    loop); ``done`` gets the summaries written, or None when cancelled."""
    runner = ImportRunner(parent, db, paths, **kwargs)

    def finished(value: list[ImportSummary] | None) -> None:
        if done is not None:
            done(value)
        runner.deleteLater()

    runner.finished.connect(finished)
    runner.start()
    return runner


def export_view(
    parent: QWidget,
    db: Database,
    order_filter: OrderFilter | None = None,
    sort: SortKey = SortKey.PURCHASE_DATE,
    descending: bool = False,
    *,
    choose_path: ChoosePath | None = None,
    notify: Notify = message_box,
    operations: Operations | None = None,
) -> Path | None:
    """File > Export: the orders shown (their filter and sort) to CSV or TSV; with
    ``operations`` the file is written off the GUI thread and the seller told when done."""
    path = (choose_path or _choose_export_path)(parent, "orders.csv")
    if path is None:
        return None
    from desktop_app.core.errors import DomainError
    from desktop_app.services.exporting import check_export_target

    path = path if path.suffix else path.with_suffix(".csv")
    tsv = path.suffix.lower() in (".tsv", ".txt")
    options = ExportOptions(delimiter="\t" if tsv else ",", bom=not tsv)
    target = path

    def work(_progress: Progress) -> ExportResult:
        check_export_target(target, options, force=True)  # the save dialog asked to replace
        return export_orders(
            db.sessions, target, order_filter, sort=sort, descending=descending, options=options
        )

    def finished(result: ExportResult) -> None:
        from desktop_app.ui.memory import give_back

        give_back(db)  # the rows the export read, its connection's cache
        notify(
            parent,
            QCoreApplication.translate("Importing", "Export finished"),
            QCoreApplication.translate(
                "Importing", "%n order(s) ({rows}) in {path}.", "", result.orders
            ).format(
                rows=QCoreApplication.translate("Importing", "%n row(s)", "", result.rows),
                path=target,
            ),
        )

    def failed(error: BaseException) -> None:
        if isinstance(error, DomainError):  # a link, a device, a wrong name, a full disk
            notify(
                parent,
                QCoreApplication.translate("Importing", "Export failed"),
                describe(error),
                error=True,
            )
        elif isinstance(error, OSError):
            notify(
                parent,
                QCoreApplication.translate("Importing", "Export failed"),
                QCoreApplication.translate("Importing", "Cannot write {path}: {error}").format(
                    path=target, error=error.strerror
                ),
                error=True,
            )
        else:
            raise error

    if operations is not None:
        from desktop_app.ui.memory import before_big_job

        before_big_job()  # the collection after the export looks at what it made only
        operations.run(
            work, finished, failed, label=QCoreApplication.translate("Importing", "Exporting…")
        )
        return path
    try:
        result = work(lambda _done, _total: None)
    except (DomainError, OSError) as error:
        failed(error)
        return None
    finished(result)
    return path


def _choose_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Importing", "Export orders"),
        suggested,
        QCoreApplication.translate("Importing", "CSV for Excel (*.csv);;Tab-separated (*.tsv)"),
    )
    return Path(name) if name else None
