"""A big file is read in a process of its own while the import writes.

The import's Python per row (decoding, converting, grouping and planning) costs more than
SQLite's own writing, and one process runs them one after the other. So a large file is read
by a second process (:mod:`.reader_process`): it decodes, converts, checks and groups the
rows, plans each order as a new one and binds its values into the parameters the database
takes, and sends them in batches (:class:`ReadBatch`). The import (the writer) looks up which
of a batch's orders the shop already holds; for those, and for orders whose plan is more than
a plain new order (a cancellation, a request, a return, a problem), it makes the rows into
values again from their text, sent along, and plans them itself. The reader is sent the
shop's order ids first (:class:`SeenIds`), so a new order the shop cannot hold goes without
its text, and the import does not look it up. When the import finds no
batch waiting (it is quicker than the reader), it says so on the reader's standard input, and
the reader sends its next batch as text only (:class:`RawBatch`), for the import to read as it
reads a small file: so neither process waits for the other, however busy the machine. The
result is the same as reading in-process, line for line (tests/services/test_import_reader.py
compares them table by table).

Every row still ends as new, updated, unchanged or rejected: the reader's rejections come back
with their line, field, value and message, and its failures as the same exceptions (a
ReadError as a ReadError, its traceback logged). The batches wait in a queue of a few, so
memory stays bounded. The reader process ends with the import: when it is done, cancelled or
failed, and when the importing process dies (its standard input closes, and the reader exits
at once).
"""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import marshal
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from desktop_app.io.errors import ReadError, RowError
from desktop_app.io.table import Report, is_blank

if TYPE_CHECKING:
    from sqlalchemy import Dialect

    from desktop_app.io.grouping import Batch
    from desktop_app.services.importing.plan import Planner

log = logging.getLogger(__name__)

# files from this size on are read in a process of their own: the process costs about 0.3 s
# to start (the interpreter and the libraries), paid back from some 20,000 rows on
READER_PROCESS_BYTES = 8_000_000
BYTES_PER_ORDER = 300  # an All Orders report: about 230 bytes a row, 1.3 rows an order
QUEUE_DEPTH = 4  # batches read ahead and waiting for the writer (a few MB)
COLLECT_EVERY = 50  # batches between the reader's garbage collections
HUNGRY = b"h"  # the import to the reader: it is running dry, send the next batch as text
_FRAME = struct.Struct("<Q")

Row = tuple[Any, ...]  # a row's parameters, bound for the shop's driver


@dataclass(frozen=True)
class ReaderJob:
    """What the reader process needs: the file, how to read it and how to plan it."""

    path: str
    options: Any  # ImportOptions (not imported here: the summary module imports io.generic)
    zone: tzinfo
    actor: str
    source: str
    via: str
    now: datetime  # the import's clock, as its planner read it
    currency: str | None
    dialect: str = "sqlite"  # the shop's database: values are bound for its driver
    # how many order ids the shop held when the import began; its ids follow the job on the
    # reader's standard input (see SeenIds). None: they do not, and every order goes with
    # its text
    shop_orders: int | None = None


@dataclass(slots=True)
class ReadBatch:
    """A batch as sent: flat lists, one entry per order (few objects to pickle)."""

    rows: int  # data rows read, good and bad
    duplicates: int
    errors: list[RowError]
    order_ids: list[str]
    lines: list[tuple[int, ...]]  # each order's lines
    texts: list[tuple[str, ...]]  # and their text, for planning it in the import (() for a
    # plain new order the shop cannot hold: see SeenIds)
    orders: list[Row | None]  # a plain new order's bound row, else None
    item_counts: list[int]  # how many of ``items`` are a plain new order's (else 0)
    items: list[Row]  # the items of the plain new orders, without the order's key
    bytes_read: int
    order_names: tuple[str, ...]
    item_names: tuple[str, ...]

    # what crosses the pipe: a million rows' values are str, int, float or None on SQLite,
    # which marshal writes and reads a third quicker than pickle does (the reader is the same
    # Python); PostgreSQL's rows hold datetimes, which only pickle can write
    _BULK = ("order_ids", "lines", "texts", "orders", "item_counts", "items")

    def __getstate__(self) -> dict[str, Any]:
        state = {name: getattr(self, name) for name in self.__slots__}
        bulk = tuple(state.pop(name) for name in self._BULK)
        try:
            state["_bulk"] = marshal.dumps(bulk)
        except ValueError:  # (not str, int, float or None)
            state["_bulk"] = bulk
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        bulk = state.pop("_bulk")
        if isinstance(bulk, bytes):
            bulk = marshal.loads(bulk)
        for name, value in (*state.items(), *zip(self._BULK, bulk, strict=True)):
            object.__setattr__(self, name, value)


@dataclass(slots=True)
class RawBatch:
    """A batch the writer reads itself, from its lines' text: the reader's work is shared
    out so that neither process waits for the other (see HUNGRY)."""

    errors: list[RowError]  # records that could not be split, or decoded
    lines: list[int]
    texts: list[str]
    bytes_read: int
    # the batch's order ids the shop may hold (see SeenIds): the others need no looking up;
    # None: not known, look them all up
    held: set[str] | None = None


@dataclass(frozen=True, slots=True)
class ReadEnd:
    encoding: str
    blank_lines: int
    peak_mb: float


class ReaderStopped(RuntimeError):
    """The reader process ended without finishing the file (killed, out of memory)."""


def worth_a_process(total_bytes: int) -> bool:
    """Whether reading a file of ``total_bytes`` in a process of its own pays: a large file,
    and a second core. Sending the rows across costs CPU of its own (about a sixth more in
    all), which two cores repay even when other work keeps them busy (1,000,000 rows at a
    load average of 6.5-7.6 on 2 cores: 299 s with the reader, 354 s in one process)."""
    if total_bytes < READER_PROCESS_BYTES or getattr(sys, "frozen", False):
        return False  # (a frozen app's executable is no Python to run the reader with)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    return cores > 1


def pack_cells(cells: list[str], delimiter: str, quoting: bool) -> str:
    """A record's cells as one string, which :func:`unpack_cells` splits into the same cells."""
    if not quoting:
        return delimiter.join(cells)  # an unquoted line: no cell holds the delimiter
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="").writerow(cells)
    return out.getvalue()


def unpack_cells(text: str, delimiter: str, quoting: bool) -> list[str]:
    if not quoting:
        return text.split(delimiter)
    import csv

    return next(csv.reader([text], delimiter=delimiter, strict=True))


# -- the reader process ---------------------------------------------------------------------


def read_batches(
    job: ReaderJob, hungry: threading.Event | None = None, shop: SeenIds | None = None
) -> Iterator[ReadBatch | RawBatch | ReadEnd]:
    """The file's batches. ``hungry`` is set when the import runs dry of batches: the next
    one is then sent as text, for the import to read (and the first one always is).
    ``shop``: the shop's order ids (job.shop_orders), or None if the reader does not know
    them: then every order goes with its text."""
    from desktop_app.io.detect import open_report
    from desktop_app.io.grouping import batches
    from desktop_app.services.context import Context
    from desktop_app.services.importing.plan import Planner

    options = job.options
    now = job.now
    ctx = Context(actor=job.actor, source=job.source, via=job.via, clock=lambda: now)
    dialect = _dialect(job.dialect)
    # the rows, records and plans hold no cycles: the collector only looks now and then (it
    # cost 7% of the reader's time with its thresholds raised as db.bulk raises them)
    gc.disable()
    with open_report(
        Path(job.path),
        fmt=options.fmt,
        encoding=options.encoding,
        mapping=options.mapping,
        zone=job.zone,
    ) as report:
        planner = Planner(
            ctx,
            job.zone,
            report.header_of,
            events=report.layout.reports_events,
            default_currency=job.currency,
        )
        delimiter, quoting = report.delimiter, report.quoting
        names = _Names()
        cells = report.layout.options
        # the writer may take a batch as the lines' text and read it itself (see RawBatch),
        # where an order id is its cell as it is: where cells are stripped and not
        # unescaped, batches end where the import's own batches would end
        share = cells.strip and not cells.unescape and options.raw_batches
        for number, chunk in enumerate(_chunks(report, options.batch_rows)):
            if number % COLLECT_EVERY == COLLECT_EVERY - 1:
                # the young objects only: a full collection walks every object the libraries
                # hold too (80 ms each time, at a million rows), for cycles that are not there
                gc.collect(1)
            if share and hungry is not None and hungry.is_set():
                hungry.clear()
                yield _raw(report, chunk, shop)
                continue
            if share and number == 0:  # the import has nothing to do yet
                yield _raw(report, chunk, shop)
                continue
            cells_of = {found[0]: found[2] for found in chunk if not isinstance(found, RowError)}
            texts = _Texts(cells_of, delimiter, quoting, shop)
            for batch in batches(report.rows(chunk), len(chunk) + 1, report.header_of):
                yield _planned(batch, texts, planner, dialect, names, report.bytes_read)
        yield ReadEnd(report.encoding, report.blank_lines, peak_mb())


Record = tuple[int, int, list[str]]


def _dialect(name: str) -> Dialect:
    """The dialect whose bind processors make the values the writer's driver takes: the same
    values the writer would bind itself (db.bulk.bind_rows with its connection's dialect)."""
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect

        return psycopg_dialect()  # type: ignore[no-untyped-call]
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


class SeenIds:
    """The order ids the shop held when the import began, and those of the file so far: a
    plain new order whose id is not among them cannot be in the shop, so its text need not be
    sent (half of what the reader sends, and a tenth of its work), nor need the import look
    it up. A Bloom filter of 16 bits an id (2 MB at least): it may take an id for seen that
    is not (about one in a hundred when full: their text is sent, which is always safe),
    never the other way round. The ids are hashed in this process (Python's string hash
    differs from one process to the next): the shop's are sent to it (:func:`load_shop`)."""

    MIN_BITS = 1 << 24

    def __init__(self, ids: int = 0) -> None:
        """Room for ``ids`` ids (the shop's and the file's, about)."""
        bits = self.MIN_BITS
        while bits < 16 * ids:
            bits <<= 1
        self._mask = bits - 1
        self._bits = bytearray(bits // 8)

    def add(self, order_id: str) -> bool:
        """Note ``order_id``; whether it may have been noted before."""
        h = hash(order_id)
        bits = self._bits
        mask = self._mask
        a, b = h & mask, (h >> 32) & mask
        ba, bb = 1 << (a & 7), 1 << (b & 7)
        seen = bool(bits[a >> 3] & ba) and bool(bits[b >> 3] & bb)
        bits[a >> 3] |= ba
        bits[b >> 3] |= bb
        return seen


def load_shop(stream: IO[bytes], job: ReaderJob) -> SeenIds | None:
    """The shop's order ids, which follow the job on ``stream`` (lists of ids, then an empty
    one), as a filter with room for the file's orders too; None if they do not follow."""
    if job.shop_orders is None:
        return None
    try:
        file_orders = os.path.getsize(job.path) // BYTES_PER_ORDER
    except OSError:
        file_orders = 0  # (reading it says what is wrong)
    seen = SeenIds(job.shop_orders + file_orders)
    while ids := pickle.load(stream):
        for order_id in ids:
            seen.add(order_id)
    return seen


def send_shop(stream: IO[bytes], ids: Iterable[Sequence[str]]) -> None:
    """The shop's order ids after the job (read by :func:`load_shop`)."""
    for chunk in ids:
        if chunk:
            pickle.dump(list(chunk), stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.dump([], stream)
    stream.flush()


def _chunks(report: Report, size: int) -> Iterator[list[Record | RowError]]:
    """The file's records in runs of about ``size`` rows, never splitting an order's run:
    where :func:`desktop_app.io.grouping.batches` would end its batches."""
    chunk: list[Record | RowError] = []
    rows = 0
    last = ""
    for found in report.records():
        if isinstance(found, RowError):
            order_id = found.order_id
        elif is_blank(found[2]):
            chunk.append(found)  # no row: it only counts as a blank line
            continue
        else:
            order_id = report.order_id_of(found[2])
        if rows >= size and order_id != last:
            yield chunk
            chunk = []
            rows = 0
        rows += 1
        last = order_id
        chunk.append(found)
    if chunk:
        yield chunk


def _raw(report: Report, chunk: list[Record | RowError], seen: SeenIds | None) -> RawBatch:
    """A run of records as their text, for the writer to read (lines whose bytes could not
    be decoded as their errors: the writer's own reader has not seen those bytes). Their
    order ids are ``seen`` (a raw run's id is its cell: see read_batches)."""
    sent = RawBatch([], [], [], report.bytes_read)
    held: set[str] = set()
    last = None
    for found in chunk:
        if isinstance(found, RowError):
            sent.errors.append(found)
            continue
        start, end, cells = found
        if seen is not None:
            order_id = report.order_id_of(cells)
            # an order's first line in the run asks (its next lines would find it noted)
            if order_id != last and seen.add(order_id):
                held.add(order_id)
            last = order_id
        problem = report.decode_problem(start, end, cells)
        if problem is not None:
            sent.errors.append(problem)
            continue
        sent.lines.append(start)
        sent.texts.append(pack_cells(cells, report.delimiter, report.quoting))
    sent.held = None if seen is None else held
    return sent


@dataclass(frozen=True, slots=True)
class _Texts:
    """A run's lines as text, for the orders the import plans itself."""

    cells_of: dict[int, list[str]]  # line -> cells
    delimiter: str
    quoting: bool
    seen: SeenIds | None  # the shop's orders and the file's so far (None: not known)

    def seen_before(self, order_id: str) -> bool:
        """Note the order as seen; whether the shop may hold it already (always, unless the
        shop's orders are known). Called for every order, in the file's order."""
        return self.seen is None or self.seen.add(order_id)

    def of(self, lines: tuple[int, ...]) -> tuple[str, ...]:
        return tuple(pack_cells(self.cells_of[n], self.delimiter, self.quoting) for n in lines)


@dataclass
class _Names:
    """The columns of the bound rows, from the first plain order on."""

    orders: tuple[str, ...] = ()
    items: tuple[str, ...] = ()


def _planned(
    batch: Batch,
    texts: _Texts,
    planner: Planner,
    dialect: Dialect,
    names: _Names,
    bytes_read: int,
) -> ReadBatch:
    """A batch's orders planned as new ones, the plain ones bound."""
    from desktop_app.db import tables
    from desktop_app.db.bulk import bind_rows
    from desktop_app.services.importing.plan import RecordError

    sent = ReadBatch(
        batch.rows, batch.duplicates, batch.errors, [], [], [], [], [], [], bytes_read, (), ()
    )
    plain: list[Any] = []
    for record in batch.orders.values():
        lines = tuple(record.lines)
        sent.order_ids.append(record.order_id)
        sent.lines.append(lines)
        try:
            plan = planner.plan(record, None)
        except RecordError:
            plan = None  # the import plans it (the shop may hold the order)
        if plan is not None and _plain(plan):
            if not names.orders:
                names.orders = tuple(plan.order)
            if not names.items and plan.new_items:
                names.items = tuple(plan.new_items[0])
            if tuple(plan.order) != names.orders or any(
                tuple(i) != names.items for i in plan.new_items
            ):
                plan = None
        plain.append(plan if plan is not None and _plain(plan) else None)
        held = texts.seen_before(record.order_id)  # (noted whatever the plan)
        sent.texts.append(texts.of(lines) if held or plain[-1] is None else ())
    planned = [p for p in plain if p is not None]
    if planned:
        orders = iter(bind_rows(dialect, tables.orders, names.orders, [p.order for p in planned]))
        sent.items = bind_rows(
            dialect, tables.order_items, names.items, [i for p in planned for i in p.new_items]
        )
        sent.orders = [next(orders) if p is not None else None for p in plain]
        sent.item_counts = [len(p.new_items) if p is not None else 0 for p in plain]
    else:
        sent.orders = [None] * len(plain)
        sent.item_counts = [0] * len(plain)
    sent.order_names, sent.item_names = names.orders, names.items
    return sent


def _plain(plan: Any) -> bool:
    """A new order with nothing more to write than its row, its items and the audit line."""
    return not (
        plan.changes
        or plan.request is not None
        or plan.cancel is not None
        or plan.return_ is not None
        or plan.relabel is not None
        or plan.accepted_requests
    )


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM) in MB; 0.0 where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _send(fd: int, message: object) -> None:
    """One frame: the pickle's length, then the pickle (written whole, however the pipe
    takes it)."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_FRAME.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(stream: io.FileIO, size: int) -> bytearray | None:
    """``size`` bytes from the pipe, or None at its end: read into one buffer of that size (a
    batch is a few MB; pieces joined afterwards would hold it twice)."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    while view:
        got = stream.readinto(view)
        if not got:
            return None
        view = view[got:]
    return buffer


def _watch_parent(stdin: IO[bytes], hungry: threading.Event) -> None:
    """Our standard input: the import runs dry of batches (HUNGRY), or it closed it (done,
    cancelled, or it died): then stop."""
    while data := stdin.read1(65536):  # type: ignore[attr-defined]
        if HUNGRY in data:
            hungry.set()
    os._exit(0)


def child_main() -> None:
    stdin, out = sys.stdin.buffer, sys.stdout.fileno()
    sys.stdout = sys.stderr  # the frames own standard output
    job: ReaderJob = pickle.load(stdin)
    hungry = threading.Event()
    try:
        try:
            shop = load_shop(stdin, job)  # (before the watch reads standard input)
            threading.Thread(target=_watch_parent, args=(stdin, hungry), daemon=True).start()
            for message in read_batches(job, hungry, shop):
                _send(out, message)
        except ReadError as error:
            _send(out, ("read-error", error.message, error.file, error.line, error.field))
        except Exception as error:  # sent back whole, raised again in the importing process
            text = traceback.format_exc()
            pickled: bytes | None
            try:
                pickled = pickle.dumps(error)
                pickle.loads(pickled)
            except Exception:
                pickled = None
            _send(out, ("crash", pickled, f"{type(error).__name__}: {error}", text))
    except BrokenPipeError:
        pass  # the importing process is gone
    os._exit(0)  # at once: the standard streams' buffers are flushed or no longer wanted


# -- the importing process's side -----------------------------------------------------------


class ReaderProcess:
    """The reader process for one import; iterate :meth:`messages`. Always used as a context
    manager: leaving it ends the process (killing it if need be) and waits for it."""

    def __init__(self, job: ReaderJob, shop_ids: Iterable[Sequence[str]] = ()) -> None:
        """``shop_ids``: the shop's order ids, in runs, when the job says how many."""
        self.job = job
        self.shop_ids = shop_ids
        self.proc: subprocess.Popen[bytes] | None = None
        self._queue: queue.Queue[bytearray | BaseException | None] = queue.Queue(QUEUE_DEPTH)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> ReaderProcess:
        job = pickle.dumps(self.job, protocol=pickle.HIGHEST_PROTOCOL)
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_app.services.importing.reader_process"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        _widen(self.proc.stdout)
        try:
            self.proc.stdin.write(job)
            self.proc.stdin.flush()
            if self.job.shop_orders is not None:
                send_shop(self.proc.stdin, self.shop_ids)
        except BrokenPipeError:
            pass  # it died at once: reading says so
        finally:
            close = getattr(self.shop_ids, "close", None)
            if close is not None:
                close()  # (a generator reading a cursor: the cursor is closed)
        self._thread = threading.Thread(
            target=self._pump, args=(self.proc.stdout,), name="import reader", daemon=True
        )
        self._thread.start()
        return self

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def _pump(self, stdout: IO[bytes]) -> None:
        """Frames from the process into the queue (a thread: the writer keeps writing)."""
        raw = io.FileIO(stdout.fileno(), "rb", closefd=False)
        try:
            while not self._stop.is_set():
                head = _receive(raw, _FRAME.size)
                data = _receive(raw, _FRAME.unpack(head)[0]) if head is not None else None
                self._put(data)
                if data is None:
                    return
        except BaseException as error:  # a closed pipe: the import is over anyway
            self._put(error)
        finally:
            raw.close()

    def _put(self, item: bytearray | BaseException | None) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def messages(
        self, idle: Callable[[], None] | None = None
    ) -> Iterator[ReadBatch | RawBatch | ReadEnd]:
        """The batches in file order, then the end; raises what the reader raised. ``idle``
        is called when the next batch is not there yet, before waiting for it.

        The reader is asked for text (HUNGRY) as the last batch waiting is taken, and again
        when none is: it then has the next batch ready, as text, by the time this one is
        written (asked only once the import waited, it kept the import waiting 3.7 s of a
        million-row import for the batch it was in the middle of)."""
        while True:
            try:
                data = self._queue.get_nowait()
                if self._queue.empty():
                    self._ask_for_text()
            except queue.Empty:
                self._ask_for_text()
                if idle is not None:
                    idle()
                data = self._queue.get()
            if isinstance(data, BaseException):
                raise ReaderStopped(f"the file's reader stopped: {data}")
            if data is None:
                code = self.proc.wait(timeout=10) if self.proc is not None else None
                raise ReaderStopped(
                    f"the process reading the file stopped before its end (exit code {code})"
                )
            message = pickle.loads(data)
            if isinstance(message, ReadEnd):
                yield message
                return
            if isinstance(message, tuple):
                _raise(message)
            yield message

    def _ask_for_text(self) -> None:
        """The reader is told to send its next batch as text, for the import to read."""
        proc = self.proc
        if proc is not None and proc.stdin is not None:
            with contextlib.suppress(OSError, ValueError):  # it is gone: the frame says why
                proc.stdin.write(HUNGRY)
                proc.stdin.flush()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        proc = self.proc
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # the reader's watch ends it at once
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if self._thread is not None:
            self._thread.join()
        if proc.stdout is not None:
            proc.stdout.close()


PIPE_BYTES = 1 << 20  # Linux's largest pipe for anyone (its 64 KB default: 30 reads a batch)


def _widen(pipe: IO[bytes]) -> None:
    """A batch in a read or two: each read hands the GIL from the writing thread to the
    pump and back, which on a busy machine costs more than the reading (Linux only)."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def _raise(message: tuple[Any, ...]) -> None:
    kind = message[0]
    if kind == "read-error":
        _, text, file, line, field = message
        raise ReadError(text, file=file, line=line, field=field)
    _, pickled, text, trace = message
    log.error("the import's reader process failed:\n%s", trace)
    if pickled is not None:
        error = pickle.loads(pickled)
        if isinstance(error, BaseException):
            raise error
    raise ReaderStopped(text)
