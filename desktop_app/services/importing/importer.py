"""Import a report file: the importer proper (see the package's docstring).

Imported when first used: the package itself stays light for the import's reader process,
which needs only :mod:`.reader`, :mod:`.plan` and what they import (not SQLAlchemy's ORM).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextlib import ExitStack, nullcontext
from dataclasses import replace
from datetime import tzinfo
from functools import cached_property
from itertools import accumulate
from pathlib import Path

from sqlalchemy import Connection, Index, Table, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core.status import ChangeKind
from desktop_app.core.text import Msg
from desktop_app.db import day_counts, tables
from desktop_app.db.bulk import fewer_collections, indexes_set_aside
from desktop_app.db.engine import deferred_checkpoint
from desktop_app.db.lists import column_runs
from desktop_app.db.search import BulkIndexing, bulk_search_indexing
from desktop_app.io.detect import open_report
from desktop_app.io.errors import RowError
from desktop_app.io.grouping import Batch, OrderRecord, batches
from desktop_app.io.table import Report
from desktop_app.services.context import CURRENCY_KEY, Context, shop_zone
from desktop_app.services.importing.plan import Plan, Planner, RecordError
from desktop_app.services.importing.read import Existing, load_existing
from desktop_app.services.importing.reader import (
    BYTES_PER_ORDER,
    RawBatch,
    ReadBatch,
    ReadEnd,
    ReaderJob,
    ReaderProcess,
    ReaderStopped,
    Row,
    unpack_cells,
    worth_a_process,
)
from desktop_app.services.importing.summary import (
    MAX_KEPT_ERRORS,
    MAX_LISTED,
    CancelFn,
    ImportCancelled,
    ImportOptions,
    ImportProgress,
    ImportSummary,
    ProgressFn,
)
from desktop_app.services.importing.write import Writer

# the reader is sent the shop's order ids when the shop holds at most this many per order in
# the file. An id costs about 1.2 µs to read, send and note; a new order then sent without
# text saves about 11 µs (its text packed, pickled and read, and its lookup: 754,000 new
# orders into a shop of 1,000,000 took 44.6-46.6 s instead of 51.2-57.4 s). A file of old
# orders gains nothing, so the ids cost it at most 2.4 µs an order, and a small report into
# a big shop never pays them
SHOP_IDS_PER_FILE_ORDER = 2
SHOP_IDS_RUN = 50_000
# about 10,000 orders: smaller files keep the indexes up. Measured (session 12), into an empty
# shop and into one of 5,000 orders, 1,000 to 30,000 rows: both ways are within 5% of each
# other up to 10,000 rows (0.7 s), set aside 10% sooner usable at 30,000 (1.8 s against 2.0 s)
# and level in all. The line matters little; below it a file leaves no indexes to build after
SET_ASIDE_MIN_BYTES = 3_000_000
SAMPLE_ROWS = 1000  # rows looked at for the file's own currency
ORDERS = tables.orders
ITEMS = tables.order_items
AUDIT = tables.audit_events
BULK_TABLES = (ORDERS, ITEMS, AUDIT)  # the tables a big import fills


def _indexes_on(table: Table, column: str) -> tuple[Index, ...]:
    return tuple(i for i in table.indexes if [c.name for c in i.columns] == [column])


READ_BY = _indexes_on(ITEMS, "order_pk")
# the index the orders table's first page reads by, built again in the import's transaction;
# the others set aside are owed, built after the commit (Database.finish_bulk_write): a
# million new orders are there to see some seconds sooner (PostgreSQL's search index already
# was built after the commit), and the table sorts, filters and searches meanwhile, slower
FIRST_PAGE = tuple(str(i.name) for i in _indexes_on(ORDERS, "purchase_date"))


# orders written but not yet in the search index, at most, after a batch: the writer is
# rarely idle (it reads part of the file when it would be), and what is left unindexed at
# the end is indexed there with nothing beside it (0.3-0.9 s at a million orders, unbounded)
SEARCH_BACKLOG = 25_000


def import_cancelled(name: str) -> Msg:
    return Msg("Errors", "{file}: import cancelled; nothing was written.").format(file=name)


def shop_currency(conn: Connection) -> str | None:
    """The shop's currency setting, if the seller set one."""
    query = select(tables.settings.c.value).where(tables.settings.c.key == CURRENCY_KEY)
    return conn.execute(query).scalar_one_or_none()


def _file_currency(path: Path, options: ImportOptions, zone: tzinfo) -> str | None:
    """The one currency the file's first rows use, if they use exactly one."""
    seen: set[str] = set()
    with open_report(
        path, fmt=options.fmt, encoding=options.encoding, mapping=options.mapping, zone=zone
    ) as report:
        for n, row in enumerate(report.rows()):
            if n >= SAMPLE_ROWS:
                break
            if not isinstance(row, RowError) and isinstance(row.order.get("currency"), str):
                seen.add(str(row.order["currency"]))
    return seen.pop() if len(seen) == 1 else None


def import_file(
    sessions: sessionmaker[Session],
    path: Path,
    options: ImportOptions | None = None,
    ctx: Context | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    readers: sessionmaker[Session] | None = None,
) -> ImportSummary:
    """Import one file in one transaction. Raises ReadError when the file cannot be read at all,
    ImportCancelled when ``cancelled()`` turns true (nothing is written then).

    ``sessions`` write (on SQLite they hold the write lock from the start); a dry run uses
    ``readers`` when given, so checking a file never keeps another Seller Desk from writing.
    """
    options = options or ImportOptions()
    if options.dry_run and readers is not None:
        sessions = readers
    ctx = replace(ctx or Context(), source=path.name, via="import")
    summary = ImportSummary(path.name, dry_run=options.dry_run, skip_invalid=options.skip_invalid)
    started = time.perf_counter()
    with sessions() as session, fewer_collections(), ExitStack() as stack:
        try:
            zone = shop_zone(session)
            conn = session.connection()
            if not options.dry_run:
                # the commit returns without copying the log into the file; the caller (or
                # the last connection's close) checkpoints afterwards: Database.checkpoint
                stack.enter_context(deferred_checkpoint(conn))
            currency = shop_currency(conn) or _file_currency(path, options, zone)
            with open_report(
                path, fmt=options.fmt, encoding=options.encoding, mapping=options.mapping, zone=zone
            ) as report:
                summary.format = report.layout.name
                run = _Run(conn, ctx, report, options, zone, summary, currency, path)
                big = not options.dry_run and run.fills_a_small_shop()
                try:
                    with (
                        indexes_set_aside(
                            conn, BULK_TABLES, keep=READ_BY, when=big, first=FIRST_PAGE
                        ),
                        nullcontext() if options.dry_run else bulk_search_indexing(conn) as search,
                        nullcontext() if options.dry_run else day_counts.tallied(conn) as tally,
                    ):
                        run.writer.tally = tally
                        run.search = search
                        run.go(progress, cancelled, started)
                        if not _keeps(summary, options):
                            raise _RollBack  # skips indexing what the rollback removes
                        if progress is not None:
                            progress(run.progress(started, saving=True))
                except _RollBack:
                    pass
                summary.encoding = run.encoding
                summary.blank_lines = run.blank_lines
            if cancelled is not None and cancelled():  # Cancel pressed while it was saving
                raise ImportCancelled(import_cancelled(path.name))
            if _keeps(summary, options):
                session.commit()
                summary.written = True
            else:
                session.rollback()
        except BaseException:
            session.rollback()
            raise
    summary.seconds = time.perf_counter() - started
    return summary


def _line_of(found: tuple[int, int, list[str]] | RowError) -> int:
    return found.line if isinstance(found, RowError) else found[0]


class _RollBack(Exception):
    """Leaves the bulk-writing blocks without their end work: the transaction is rolled back."""


def _keeps(summary: ImportSummary, options: ImportOptions) -> bool:
    return not options.dry_run and not (summary.error_count and not options.skip_invalid)


class _Run:
    def __init__(
        self,
        conn: Connection,
        ctx: Context,
        report: Report,
        options: ImportOptions,
        zone: tzinfo,
        summary: ImportSummary,
        currency: str | None,
        path: Path,
    ) -> None:
        self.conn = conn
        self.report = report
        self.options = options
        self.summary = summary
        self.writing = not options.dry_run
        self.read: ReadEnd | None = None  # what the reader process said at the file's end
        self.bytes_read: int | None = None  # how far the reader process has read, if any
        self.search: BulkIndexing | None = None  # the search index, while it is written
        self.planner = Planner(
            ctx,
            zone,
            report.header_of,
            events=report.layout.reports_events,
            default_currency=currency,
        )
        self.writer = Writer(conn, ctx)
        self.path = path
        self.ctx = ctx
        self.zone = zone
        self.currency = currency

    @cached_property
    def shop_orders(self) -> int:
        """How many orders the shop held when the import began."""
        return int(self.conn.execute(select(func.count()).select_from(ORDERS)).scalar_one())

    def fills_a_small_shop(self) -> bool:
        """Whether the file is large and likely holds over twice the orders the shop has: then
        the indexes are quicker built afresh at the end than kept up row by row (see
        db.bulk). A small file is not worth it: dropping and building a dozen indexes costs
        more than its rows."""
        file_bytes = self.report.total_bytes
        if file_bytes < SET_ASIDE_MIN_BYTES:
            return False
        return file_bytes / BYTES_PER_ORDER > 2 * self.shop_orders

    @property
    def encoding(self) -> str:
        return self.read.encoding if self.read is not None else self.report.encoding

    @property
    def blank_lines(self) -> int:
        # the reader's, and those of the batches read here
        read = self.read.blank_lines if self.read is not None else 0
        return read + self.report.blank_lines

    def _in_a_process(self) -> bool:
        """Whether a reader process reads the file (when it pays, unless told)."""
        chosen = self.options.reader_process
        return chosen if chosen is not None else worth_a_process(self.report.total_bytes)

    def go(self, progress: ProgressFn | None, cancelled: CancelFn | None, started: float) -> None:
        report = self.report
        if self._in_a_process():
            self._go_piped(progress, cancelled, started)
            return
        for batch in batches(report.rows(), self.options.batch_rows, report.header_of):
            if cancelled is not None and cancelled():
                raise ImportCancelled(import_cancelled(report.name))
            self._batch(batch)
            if progress is not None:
                progress(self.progress(started))
        if cancelled is not None and cancelled():
            raise ImportCancelled(import_cancelled(report.name))

    def _go_piped(
        self, progress: ProgressFn | None, cancelled: CancelFn | None, started: float
    ) -> None:
        """As :meth:`go`, the file read by a reader process (.reader)."""
        name = self.report.name
        job = self._job()
        shop_ids = (
            column_runs(self.conn, ORDERS.c.order_id, SHOP_IDS_RUN) if job.shop_orders else ()
        )
        with ReaderProcess(job, shop_ids) as reader:
            for message in reader.messages(self._catch_up_search):
                if isinstance(message, ReadEnd):
                    self.read = message
                    break
                if cancelled is not None and cancelled():
                    raise ImportCancelled(f"{name}: import cancelled; nothing was written.")
                if isinstance(message, RawBatch):
                    self._raw_batch(message)
                else:
                    self._read_batch(message)
                self._catch_up_search(behind=SEARCH_BACKLOG)
                self.bytes_read = message.bytes_read
                if progress is not None:
                    progress(self.progress(started))
        if cancelled is not None and cancelled():
            raise ImportCancelled(f"{name}: import cancelled; nothing was written.")

    def _job(self) -> ReaderJob:
        """What the reader process is told: it plans with the planner's clock, and is sent
        the shop's order ids (see reader.SeenIds) when that pays."""
        ctx = self.ctx
        shop = self.shop_orders
        file_orders = self.report.total_bytes // BYTES_PER_ORDER
        return ReaderJob(
            str(self.path),
            self.options,
            self.zone,
            ctx.actor,
            ctx.source,
            ctx.via,
            self.planner.now,
            self.currency,
            self.conn.dialect.name,
            shop_orders=shop if shop <= SHOP_IDS_PER_FILE_ORDER * file_orders else None,
        )

    def _catch_up_search(self, behind: int = 1) -> None:
        """Index what the writer wrote for search, if ``behind`` orders or more wait: while it
        waits for the reader (any), and after each batch (a backlog)."""
        if self.search is not None and self.writing:
            self.search.catch_up(behind=behind)

    def progress(self, started: float, *, saving: bool = False) -> ImportProgress:
        report = self.report
        return ImportProgress(
            report.name,
            self.summary.rows,
            report.bytes_read if self.bytes_read is None else self.bytes_read,
            report.total_bytes,
            time.perf_counter() - started,
            self.options.dry_run,
            saving,
        )

    def _batch(self, batch: Batch, held: set[str] | None = None) -> None:
        """Plan and write a batch read here. ``held``: those of its orders the shop may hold
        (the others are not looked up); None: any may be."""
        summary = self.summary
        summary.rows += batch.rows
        summary.duplicates += batch.duplicates
        errors = list(batch.errors)
        rejected_lines = {e.line for e in batch.errors}
        ids = list(batch.orders) if held is None else [i for i in batch.orders if i in held]
        existing = load_existing(self.conn, ids) if ids else {}
        plans = self._plan(batch.orders.values(), existing, errors, rejected_lines)
        self._end_batch(errors, rejected_lines)
        if self.writing:
            self.writer.write(plans)

    def _read_batch(self, batch: ReadBatch) -> None:
        """A batch from the reader process: its plain new orders are written as it bound
        them; orders the shop holds, and the others, are planned here from their text."""
        summary = self.summary
        summary.rows += batch.rows
        summary.duplicates += batch.duplicates
        errors = list(batch.errors)
        rejected_lines = {e.line for e in batch.errors}
        ids = batch.order_ids
        # an order sent without text cannot be in the shop (reader.SeenIds): not looked up
        # (were it there after all, its insert would break the order id's unique key, and
        # the import would roll back)
        held = [oid for oid, text in zip(ids, batch.texts, strict=True) if text]
        existing = load_existing(self.conn, held) if held else {}
        orders, counts, items = batch.orders, batch.item_counts, batch.items
        if existing:  # plain orders the shop holds after all: planned here, with the rest
            kept = [o is not None and i not in existing for i, o in zip(ids, orders, strict=True)]
            at = [0, *accumulate(counts)]
            items = [i for n, keep in enumerate(kept) if keep for i in items[at[n] : at[n + 1]]]
            orders = [o if keep else None for o, keep in zip(orders, kept, strict=True)]
        records: list[OrderRecord] = []
        bound: list[Row] = []
        bound_ids: list[str] = []
        bound_counts: list[int] = []
        for n, order in enumerate(orders):
            if order is None:
                records.append(self._record(ids[n], batch.lines[n], batch.texts[n]))
                continue
            bound.append(order)
            bound_ids.append(ids[n])
            bound_counts.append(counts[n])
            summary.rows_new += len(batch.lines[n])
        summary.new += len(bound)
        plans = self._plan(records, existing, errors, rejected_lines)
        self._end_batch(errors, rejected_lines)
        if self.writing:
            if bound:
                self.writer.write_bound(
                    batch.order_names, batch.item_names, bound, bound_ids, bound_counts, items
                )
            if plans:
                self.writer.write(plans)

    def _raw_batch(self, batch: RawBatch) -> None:
        """A batch the reader process sent as text: read here, as in-process."""
        report = self.report
        found: list[tuple[int, int, list[str]] | RowError] = [
            (n, n, unpack_cells(text, report.delimiter, report.quoting))
            for n, text in zip(batch.lines, batch.texts, strict=True)
        ]
        if batch.errors:
            found = sorted([*found, *batch.errors], key=_line_of)
        for read in batches(report.rows(found), len(found) + 1, report.header_of):
            self._batch(read, batch.held)

    def _record(self, order_id: str, lines: tuple[int, ...], texts: tuple[str, ...]) -> OrderRecord:
        """An order's rows as the reader process sent them, made into its record again."""
        report = self.report
        records: list[tuple[int, int, list[str]] | RowError] = [
            (n, n, unpack_cells(text, report.delimiter, report.quoting))
            for n, text in zip(lines, texts, strict=True)
        ]
        batch = next(batches(report.rows(records), len(records) + 1, report.header_of), None)
        record = batch.orders.get(order_id) if batch is not None else None
        if record is None:  # the same text, the same converters: cannot happen
            raise ReaderStopped(f"line {lines[0]}: order {order_id} reads differently again")
        return record

    def _plan(
        self,
        records: Iterable[OrderRecord],
        existing: dict[str, Existing],
        errors: list[RowError],
        rejected_lines: set[int],
    ) -> list[Plan]:
        """Plan each record against what is stored, counting it; problems into ``errors``."""
        summary = self.summary
        plans: list[Plan] = []
        for record in records:
            try:
                plan = self.planner.plan(record, existing.get(record.order_id))
            except RecordError as problem:
                errors.append(problem.error)
                rejected_lines.update(record.lines)
                continue
            plans.append(plan)
            rows = len(record.lines)
            if plan.kind is ChangeKind.NEW:
                summary.new += 1
                summary.rows_new += rows
            elif plan.kind is ChangeKind.UPDATED:
                summary.updated += 1
                summary.rows_updated += rows
            else:
                summary.unchanged += 1
                summary.rows_unchanged += rows
            self._note(plan)
        return plans

    def _end_batch(self, errors: list[RowError], rejected_lines: set[int]) -> None:
        summary = self.summary
        summary.rejected += len(rejected_lines)
        if errors:
            summary.error_count += len(errors)
            room = MAX_KEPT_ERRORS - len(summary.errors)
            if room > 0:
                summary.errors.extend(sorted(errors, key=lambda e: e.line)[:room])
            if not self.options.skip_invalid:
                self.writing = False  # all or nothing: keep validating, write no more

    def _note(self, plan: Plan) -> None:
        summary = self.summary
        if plan.cancel is not None and plan.cancel["counted"]:
            summary.counted_total += 1
            if len(summary.counted_cancellations) < MAX_LISTED:
                summary.counted_cancellations.append(plan.record.order_id)
        if plan.relabel is not None and len(summary.relabelled) < MAX_LISTED:
            summary.relabelled.append(plan.record.order_id)
        if plan.return_ is not None:
            summary.returns += 1
