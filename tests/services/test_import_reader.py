"""A large file is read by a process of its own (services.importing.reader, SQLite): the shop
ends exactly as an import read in-process leaves it, and the process never outlives the import.
"""

from __future__ import annotations

import inspect
import io
import os
import pickle
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Table

from desktop_app.db import day_counts
from desktop_app.db.database import Database, open_database
from desktop_app.db.models import Base
from desktop_app.io.errors import RowError
from desktop_app.services import importing
from desktop_app.services.context import Context
from desktop_app.services.importing import (
    ImportCancelled,
    ImportOptions,
    ImportProgress,
    ImportSummary,
    import_file,
    importer,
)
from desktop_app.services.importing.reader import (
    HUNGRY,
    READER_PROCESS_BYTES,
    RawBatch,
    ReadBatch,
    ReadEnd,
    ReaderJob,
    ReaderProcess,
    ReaderStopped,
    SeenIds,
    load_shop,
    read_batches,
    send_shop,
)
from tests.services import test_importing as base
from tests.services.test_importing import dump, line, report

READER = "desktop_app.services.importing.reader_process"
NOW = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
# orders in a file the reader cannot have sent whole (into the pipe's 1 MB and the import's
# queue) by the time the import has written its first batches
BIG = 8000


def reader_processes(parent: int | None = None) -> list[int]:
    """The running reader processes (of ``parent`` when given), from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rpartition(")")[2].split()[:2]
        if READER in cmdline and state != "Z" and (parent is None or int(ppid) == parent):
            found.append(int(entry.name))
    return found


def gone(pids: list[int], within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not set(pids) & set(reader_processes()):
            return True
        time.sleep(0.05)
    return False


def canonical(db: Database) -> dict[str, list[str]]:
    """Every table's rows with their keys replaced by what they point at (an order by its
    order id, an item by its order and SKU...): two imports that numbered their rows in a
    different order compare equal when they stored the same."""
    with db.engine.connect() as conn:
        rows = {t.name: [dict(r._mapping) for r in conn.execute(t.select())] for t in _tables()}
    by_id: dict[str, dict[Any, dict[str, Any]]] = {
        name: {r["id"]: r for r in found}
        for name, found in rows.items()
        if found and "id" in found[0]
    }
    memo: dict[tuple[str, Any], str] = {}

    def key(table: Table, row: dict[str, Any]) -> str:
        parts = []
        for column in table.columns:
            if column.name == "id":
                continue
            value = row[column.name]
            target = next(iter(column.foreign_keys), None)
            if target is not None and value is not None:
                refers = target.column.table
                done = memo.get((refers.name, value))
                if done is None:
                    done = memo[(refers.name, value)] = key(refers, by_id[refers.name][value])
                value = done
            parts.append(f"{column.name}={value!r}")
        return "(" + ", ".join(parts) + ")"

    return {t.name: sorted(key(t, r) for r in rows[t.name]) for t in _tables()}


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _summary(summary: ImportSummary) -> dict[str, Any]:
    found = summary.to_json()
    found.pop("seconds")
    return found


def rich_report(tmp_path: Path, name: str, count: int, *, later: bool = True) -> Path:
    """Orders of one and two items, cancellations, buyer requests, bad rows, a duplicate and
    an order whose rows are far apart (in different batches). Every other order is still
    unshipped in an earlier report (``later`` false)."""
    lines = []
    for n in range(count):
        if not later and n % 2 == 0:
            lines.append(line(f"1-{n:05}", f"SKU-{n % 9}", updated="2024-05-01T11:00:00+00:00"))
            continue
        order = f"1-{n:05}"
        if n % 7 == 3:
            lines.append(line(order, "A", status="Cancelled", item_status="Cancelled", qty="0"))
        elif n % 11 == 5:
            lines.append(line(order, "B", requested="true", reason="Ordered twice"))
        elif n % 13 == 6:
            lines.append(line(order, "C", qty="many"))  # rejected
        elif n % 17 == 8:
            lines += [line(order, "D"), line(order, "D")]  # the same row twice
        else:
            lines.append(line(order, f"SKU-{n % 9}", status="Shipped", item_status="Shipped"))
            if n % 5 == 0:
                lines.append(line(order, "EXTRA", status="Shipped", item_status="Shipped"))
    lines.append(line("1-00001", "LATE", status="Shipped", item_status="Shipped"))
    return report(tmp_path, name, *lines)


def imported_both_ways(
    db: Database, clone_db: Callable[[Database], Database], path: Path, **options: Any
) -> tuple[ImportSummary, ImportSummary, Database]:
    """Import ``path`` into two copies of ``db``: in-process, and through a reader process
    (the second database is returned open; the first is ``db``)."""
    other = clone_db(db)
    ctx = Context(actor="me", clock=lambda: NOW)  # both at the same moment
    here = import_file(db.sessions, path, ImportOptions(reader_process=False, **options), ctx)
    there = import_file(other.sessions, path, ImportOptions(reader_process=True, **options), ctx)
    return here, there, other


@pytest.mark.parametrize(
    ("skip_invalid", "raw", "empty", "ids_sent"),
    [(True, True, False, True), (False, True, False, True), (True, False, False, True),
     (True, False, False, False), (True, True, True, True), (True, False, True, True)],
)  # fmt: skip
def test_a_file_read_by_a_process_stores_what_reading_in_process_stores(
    db: Database,
    clone_db: Callable[[Database], Database],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    skip_invalid: bool,
    raw: bool,
    empty: bool,
    ids_sent: bool,
) -> None:
    if not ids_sent:  # the shop is too big for the file: every order goes with its text
        monkeypatch.setattr(importer, "SHOP_IDS_PER_FILE_ORDER", 0)
    if not empty:  # the shop already holds some of the file's orders (from a smaller report)
        import_file(
            db.sessions,
            rich_report(tmp_path, "first.txt", 120, later=False),
            ImportOptions(skip_invalid=True),
        )
    # (into an empty shop, the reader sends no text for new orders, but for 1-00001, whose
    # last row comes in a later batch: the import finds it in the shop then)
    path = rich_report(tmp_path, "second.txt", 400)
    here, there, other = imported_both_ways(
        db, clone_db, path, skip_invalid=skip_invalid, batch_rows=50, raw_batches=raw
    )
    try:
        assert _summary(there) == _summary(here)
        assert here.updated and here.new and here.rejected and here.duplicates
        assert bool(here.unchanged) is not empty
        assert here.counted_total and here.written is skip_invalid
        assert canonical(other) == canonical(db)
        with other.engine.connect() as conn:
            assert day_counts.stored(conn) == day_counts.counted_afresh(conn)
    finally:
        other.close()


def test_bytes_blank_lines_and_short_rows_anywhere_in_the_file(
    db: Database, clone_db: Callable[[Database], Database], tmp_path: Path
) -> None:
    """Undecodable bytes, blank lines and rows missing fields, in the batches the reader
    reads and in those it leaves to the import: rejected and counted the same way."""
    rows = []
    for n in range(300):
        row = line(f"1-{n:04}", f"S{n % 5}").encode()
        if n % 7 == 1:
            row = row.replace(b"Mug", b"Mug \xff\xfe")  # not UTF-8 (after UTF-8 text)
        elif n % 7 == 2:
            row = row.rpartition(b"\t")[0].rpartition(b"\t")[0]  # two fields short
        elif n % 7 == 0:
            row = row.replace(b"Mug", "Tasse \u00e9".encode())  # UTF-8 from the first row
        rows.append(row)
        if n % 9 == 4:
            rows.append(b"\t\t" if n % 2 else b"")
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\n".join([b"\t".join(h.encode() for h in base.HEADER), *rows]) + b"\n")
    here, there, other = imported_both_ways(db, clone_db, path, batch_rows=20, skip_invalid=True)
    try:
        assert _summary(there) == _summary(here)
        assert here.blank_lines == 33 and here.rejected == 86 and here.encoding == "UTF-8"
        assert canonical(other) == canonical(db)
    finally:
        other.close()


def test_a_quoted_csv_read_by_a_process_keeps_every_cell(
    db: Database, clone_db: Callable[[Database], Database], tmp_path: Path
) -> None:
    """Seller Desk's own export quotes cells holding commas and quotes: the text the reader
    sends for an order the shop already holds is read back into the same cells."""
    from desktop_app.services.exporting import export_orders

    names = ['Mug, "large"', "Tea; towel", "=SUM(A1)", '12" pizza stone']
    rows = [line(f"1-{n:03}", f"S{n}") for n in range(40)]
    first = report(tmp_path, "a.txt", *rows)
    import_file(db.sessions, first, ImportOptions())
    with db.transaction() as session:
        from sqlalchemy import update

        from desktop_app.db import tables

        for n, name in enumerate(names):
            session.execute(
                update(tables.order_items)
                .where(tables.order_items.c.sku == f"S{n}")
                .values(product_name=name)
            )
    exported = tmp_path / "export.csv"
    export_orders(db.readers, exported)
    here, there, other = imported_both_ways(db, clone_db, exported)
    try:
        assert _summary(there) == _summary(here)
        assert here.unchanged == 40
        assert canonical(other) == canonical(db)
    finally:
        other.close()


# the import's own scenarios, each run again with every file read by a reader process
SCENARIOS = [
    base.test_a_report_becomes_orders_items_stock_and_history,
    base.test_derived_columns_match_the_rest_of_the_app,
    base.test_importing_the_same_file_twice_changes_nothing,
    base.test_a_later_report_ships_the_order,
    base.test_an_older_report_does_not_undo_a_newer_one,
    base.test_a_shipped_order_cannot_become_unshipped,
    base.test_a_buyer_request_in_the_report,
    base.test_one_bad_row_and_nothing_is_written,
    base.test_skipping_bad_rows_and_the_error_report,
    base.test_a_dry_run_counts_but_writes_nothing,
    base.test_cancelling_halfway_writes_nothing,
    base.test_a_new_order_without_a_purchase_date,
    base.test_a_big_import_into_a_small_shop_keeps_every_index,
    base.test_a_big_import_that_fails_at_its_last_row_leaves_the_shop_as_it_was,
    base.test_progress_ends_with_the_saving_stretch_only_when_the_file_is_written,
    base.test_cancelling_while_it_saves_still_writes_nothing,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda f: f.__name__.removeprefix("test_"))
def test_the_import_scenarios_hold_with_a_reader_process(
    scenario: Callable[..., None], db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "worth_a_process", lambda _size: True)  # every file
    given = {"db": db, "tmp_path": tmp_path, "monkeypatch": monkeypatch}
    scenario(**{name: given[name] for name in inspect.signature(scenario).parameters})
    assert not reader_processes(os.getpid())


def test_a_small_file_is_read_in_process(db: Database, tmp_path: Path) -> None:
    seen: list[list[int]] = []
    path = report(tmp_path, "a.txt", *(line(str(n), "A") for n in range(30)))
    assert path.stat().st_size < READER_PROCESS_BYTES
    import_file(
        db.sessions, path, ImportOptions(batch_rows=10),
        progress=lambda p: seen.append(reader_processes(os.getpid())),
    )  # fmt: skip
    assert seen and not any(seen)


def test_cancelling_halfway_ends_the_reader_process(db: Database, tmp_path: Path) -> None:
    before = dump(db)
    path = rich_report(tmp_path, "big.txt", BIG)
    running: list[list[int]] = []
    with pytest.raises(ImportCancelled):
        import_file(
            db.sessions,
            path,
            ImportOptions(batch_rows=50, reader_process=True),
            progress=lambda p: running.append(reader_processes(os.getpid())),
            cancelled=lambda: len(running) >= 3,
        )
    assert running[0], "the file was read by a reader process"
    assert not reader_processes(os.getpid())
    assert dump(db) == before


def test_progress_counts_the_reader_process_rows_and_bytes(db: Database, tmp_path: Path) -> None:
    path = rich_report(tmp_path, "big.txt", 300)
    seen: list[ImportProgress] = []
    summary = import_file(
        db.sessions, path, ImportOptions(batch_rows=50, reader_process=True, skip_invalid=True),
        progress=seen.append,
    )  # fmt: skip
    reading = [p for p in seen if not p.saving]
    assert len(reading) >= 6
    assert [p.rows for p in reading] == sorted(p.rows for p in reading)
    assert [p.bytes_read for p in reading] == sorted(p.bytes_read for p in reading)
    assert reading[-1].rows == summary.rows and reading[-1].fraction == 1.0
    assert seen[-1].saving


def test_a_reader_process_that_dies_fails_the_import_with_a_sentence(
    db: Database, tmp_path: Path
) -> None:
    """The reader is killed (out of memory, say): the import stops with a sentence, not a
    traceback, and the shop is as it was."""
    before = dump(db)
    path = rich_report(tmp_path, "big.txt", BIG)

    def kill_it(_progress: ImportProgress) -> None:
        for pid in reader_processes(os.getpid()):
            os.kill(pid, signal.SIGKILL)

    with pytest.raises(ReaderStopped, match="stopped before its end"):
        import_file(
            db.sessions, path, ImportOptions(batch_rows=20, reader_process=True),
            progress=kill_it,
        )  # fmt: skip
    assert not reader_processes(os.getpid())
    assert dump(db) == before


def _job(path: Path, options: ImportOptions) -> ReaderJob:
    return ReaderJob(str(path), options, UTC, "me", path.name, "import", datetime.now(UTC), "USD")


def test_a_file_the_reader_process_cannot_read_is_the_same_read_error(
    db: Database, tmp_path: Path
) -> None:
    path = report(tmp_path, "a.txt", line("1", "A"))
    path.write_text(path.read_text().replace("amazon-order-id", "something-else", 1))
    with pytest.raises(importing.ReadError) as in_process:
        import_file(db.sessions, path, ImportOptions(reader_process=False))
    with (
        pytest.raises(importing.ReadError) as piped,
        ReaderProcess(_job(path, ImportOptions())) as reader,
    ):
        list(reader.messages())
    assert str(piped.value) == str(in_process.value)
    assert (piped.value.file, piped.value.line) == ("a.txt", 1)
    assert "is not an Amazon order report" in str(piped.value)
    assert not reader_processes(os.getpid())


def test_an_unexpected_error_in_the_reader_process_comes_back_as_itself(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug in the reader: the same exception, with its message, in the importing process;
    the reader's traceback goes to the log."""
    path = report(tmp_path, "a.txt", line("1", "A"))
    broken = ImportOptions(batch_rows="many")  # type: ignore[arg-type]
    with (
        pytest.raises(TypeError, match="not supported between") as raised,
        ReaderProcess(_job(path, broken)) as reader,
    ):
        list(reader.messages())
    assert "Traceback" not in str(raised.value)
    assert "Traceback" in caplog.text and "in _chunks" in caplog.text
    assert not reader_processes(os.getpid())


def test_killing_the_import_ends_its_reader_process(tmp_path: Path, _sqlite_template: Path) -> None:
    """The importing process is killed halfway (SIGKILL): its reader process ends at once too,
    and the shop holds nothing of the file."""
    shop = tmp_path / "shop.db"
    shutil.copy(_sqlite_template, shop)
    path = rich_report(tmp_path, "big.txt", BIG)
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from desktop_app.db.database import open_database
        from desktop_app.services.importing import ImportOptions, import_file

        def progress(p):
            print("batch", flush=True)
            time.sleep(0.2)

        db = open_database("sqlite:///{shop}")
        import_file(db.sessions, Path(r"{path}"),
                    ImportOptions(batch_rows=20, reader_process=True), progress=progress)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for _ in range(3):
            assert proc.stdout.readline() == "batch\n"
        readers = reader_processes(proc.pid)
        assert readers, "the import reads through a reader process"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert gone(readers)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    db = open_database(f"sqlite:///{shop}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM orders").scalar() == 0
    finally:
        db.close()


def test_into_an_empty_shop_only_orders_seen_before_go_with_their_text(tmp_path: Path) -> None:
    """A new order the shop cannot hold needs no text (the import writes it as bound); an
    order whose rows came before, in an earlier batch, may be in the shop by then: its text
    goes along, for the import to plan it as an update."""
    path = rich_report(tmp_path, "big.txt", 400)
    options = ImportOptions(batch_rows=50, reader_process=True, raw_batches=False)
    job = ReaderJob(
        str(path), options, UTC, "me", path.name, "import", NOW, None, "sqlite", shop_orders=0
    )
    sent = [m for m in read_batches(job, shop=SeenIds()) if isinstance(m, ReadBatch)]
    texts = {
        order_id: text
        for batch in sent
        for order_id, text, bound in zip(batch.order_ids, batch.texts, batch.orders, strict=True)
        if bound is not None
    }
    assert len(texts) > 250
    assert [i for i, text in texts.items() if text] == ["1-00001"]  # its LATE row, at the end
    planned_here = [t for b in sent for t, o in zip(b.texts, b.orders, strict=True) if o is None]
    assert planned_here and all(planned_here)  # the others go with their text, for the import


def _into_a_shop_holding_a_third(
    tmp_path: Path, **options: Any
) -> tuple[ReaderJob, SeenIds, set[str]]:
    """A reader's job for a 400-order report into a shop that holds every third order: the
    job, the shop's ids as the reader holds them, and those ids."""
    path = rich_report(tmp_path, "big.txt", 400)
    held = {f"1-{n:05}" for n in range(0, 400, 3)}
    job = ReaderJob(
        str(path), ImportOptions(batch_rows=50, reader_process=True, **options), UTC, "me",
        path.name, "import", NOW, None, "sqlite", shop_orders=len(held),
    )  # fmt: skip
    shop = SeenIds(len(held))
    for order_id in held:
        shop.add(order_id)
    return job, shop, held


def test_into_a_shop_only_orders_it_may_hold_go_with_their_text(tmp_path: Path) -> None:
    """Told the shop's order ids, the reader sends text with the plain new orders the shop
    holds (the import plans them as updates) and with those seen before, and with no other."""
    job, shop, held = _into_a_shop_holding_a_third(tmp_path, raw_batches=False)
    sent = [m for m in read_batches(job, shop=shop) if isinstance(m, ReadBatch)]
    texts = {
        order_id: text
        for batch in sent
        for order_id, text, bound in zip(batch.order_ids, batch.texts, batch.orders, strict=True)
        if bound is not None
    }
    with_text = {order_id for order_id, text in texts.items() if text}
    assert len(texts) > 250 and held & set(texts)
    assert with_text == (held & set(texts)) | {"1-00001"}  # (its LATE row, at the end)


def test_a_batch_sent_as_text_names_the_orders_the_shop_may_hold(tmp_path: Path) -> None:
    """A batch the import reads itself (RawBatch) says which of its orders the shop may hold,
    and the import looks up only those: the shop's, and those whose rows came before."""
    job, shop, held = _into_a_shop_holding_a_third(tmp_path, skip_invalid=True)
    hungry = threading.Event()
    sent: list[RawBatch] = []
    hungry.set()
    for message in read_batches(job, hungry, shop):
        hungry.set()  # every batch as text
        if isinstance(message, RawBatch):
            sent.append(message)
    in_file = {text.split("\t")[0] for batch in sent for text in batch.texts}
    may_hold = set().union(*(batch.held or set() for batch in sent))
    assert len(in_file) > 300 and held & in_file
    assert may_hold == (held & in_file) | {"1-00001"}  # (its LATE row, in the last batch)
    late = next(b for b in sent if any(t.split("\t")[5] == "LATE" for t in b.texts))
    assert late.held is not None and "1-00001" in late.held


@pytest.mark.parametrize("when", ["2024-05-31 14:05:00.000000", datetime(2024, 5, 31, 14, 5)])
def test_a_batch_crosses_the_pipe_as_it_was_sent(when: object) -> None:
    """SQLite's bound values (text, numbers, None) and PostgreSQL's (datetimes too): the
    batch the import unpickles is the batch the reader sent, field by field."""
    error = RowError(7, "quantity", "x", "not a number", "1-7")
    sent = ReadBatch(
        12, 1, [error], ["1-1", "1-2"], [(2, 3), (4,)], [(), ("1-2\tMUG",)],
        [("1-1", when, 1, None, 2.5, True), None], [2, 0], [("A", 1), ("B", 2)], 4096,
        ("order_id", "purchase_date"), ("sku", "quantity"),
    )  # fmt: skip
    got = pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(got, ReadBatch)
    assert [getattr(got, n) for n in ReadBatch.__slots__] == [
        getattr(sent, n) for n in ReadBatch.__slots__
    ]


def test_the_shop_ids_reach_the_reader_whole(tmp_path: Path) -> None:
    """What the import sends after the job is what the reader's filter holds."""
    import io

    path = tmp_path / "some.txt"
    path.write_bytes(b"x" * 3000)
    job = ReaderJob(str(path), ImportOptions(), UTC, "me", "f", "import", NOW, None,
                    shop_orders=3)  # fmt: skip
    pipe = io.BytesIO()
    send_shop(pipe, [("1-1", "1-2"), (), ["1-3"]])
    pipe.seek(0)
    shop = load_shop(pipe, job)
    assert shop is not None and all(shop.add(i) for i in ("1-1", "1-2", "1-3"))
    assert pipe.read() == b""  # nothing left for the watch of standard input to misread
    assert load_shop(io.BytesIO(), replace(job, shop_orders=None)) is None


@pytest.mark.parametrize("room", [0, 2_000_000])
def test_the_seen_ids_never_miss_one_seen(room: int) -> None:
    """Whatever the filter's size: an id added is always seen again, and only a few that were
    not are taken for seen (their text goes along)."""
    count = max(room, 200_000)
    seen = SeenIds(room)
    ids = [f"{n:03}-{n * 7919 % 10_000_000:07}-{n % 9973:07}" for n in range(count)]
    assert sum(seen.add(i) for i in ids) < count // 100
    assert all(seen.add(i) for i in ids)
    fresh = [f"9{n:06}-x" for n in range(100_000)]
    assert sum(seen.add(i) for i in fresh) < 2_000


def test_the_reader_sends_text_when_the_import_waits_for_it(tmp_path: Path) -> None:
    """The first batch, and the one after the import said it waits (HUNGRY), go as text for
    the import to read itself; the others are read, planned and bound by the reader."""
    path = rich_report(tmp_path, "big.txt", 400)
    options = ImportOptions(batch_rows=50, reader_process=True, skip_invalid=True)
    job = ReaderJob(str(path), options, UTC, "me", path.name, "import", NOW, None, "sqlite")
    hungry = threading.Event()
    kinds: list[str] = []
    for message in read_batches(job, hungry):
        kinds.append(type(message).__name__)
        if len(kinds) == 3:
            hungry.set()  # the import finds no batch waiting
    assert kinds[:6] == ["RawBatch", "ReadBatch", "ReadBatch", "RawBatch", "ReadBatch", "ReadBatch"]
    assert kinds[-1] == "ReadEnd" and not hungry.is_set()


def test_the_import_asks_for_text_as_it_takes_the_last_batch_waiting(tmp_path: Path) -> None:
    """The import tells the reader it is about to run dry when it takes the last batch waiting,
    not once it waits: the reader then has a batch of text ready by the time the import has
    written this one (waiting for it cost the import 3.7 s of a million-row import)."""
    job = ReaderJob(str(tmp_path / "x.txt"), ImportOptions(), UTC, "me", "x.txt", "import", NOW,
                    None, "sqlite")  # fmt: skip
    reader = ReaderProcess(job)
    stdin = io.BytesIO()
    reader.proc = SimpleNamespace(stdin=stdin)  # type: ignore[assignment]
    for n in (1, 2):
        reader._queue.put(bytearray(pickle.dumps(RawBatch([], [n], [f"line {n}"], 10 * n))))
    messages = reader.messages()
    assert next(messages).lines == [1]  # type: ignore[union-attr]
    assert stdin.getvalue() == b""  # another batch is waiting
    assert next(messages).lines == [2]  # type: ignore[union-attr]
    assert stdin.getvalue() == HUNGRY  # that was the last one
    reader._queue.put(bytearray(pickle.dumps(ReadEnd("utf-8", 0, 1.0))))
    assert isinstance(next(messages), ReadEnd)


def test_the_reader_process_reads_without_the_orm_or_postgresql(tmp_path: Path) -> None:
    """The reader process starts a fresh interpreter for every big import: what it reads a file
    with loads neither SQLAlchemy's ORM nor the PostgreSQL dialect (on SQLite), which cost its
    start some 0.1 s. Run in a fresh interpreter, as the process's own module and path."""
    path = rich_report(tmp_path, "big.txt", 40)
    code = f"""
import sys
from datetime import UTC, datetime
import {READER}
from desktop_app.services.importing.reader import ReaderJob, ReadBatch, SeenIds, read_batches
from desktop_app.services.importing.summary import ImportOptions
options = ImportOptions(batch_rows=10, reader_process=True, raw_batches=False)
job = ReaderJob({str(path)!r}, options, UTC, "me", "big.txt", "import", datetime.now(UTC), None)
sent = [m for m in read_batches(job, shop=SeenIds()) if isinstance(m, ReadBatch)]
heavy = ("sqlalchemy.orm", "sqlalchemy.dialects.postgresql", "desktop_app.db.models")
print(sum(len(m.order_ids) for m in sent), [m for m in heavy if m in sys.modules])
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    orders, loaded = out.stdout.split(maxsplit=1)
    assert int(orders) > 30  # the file's orders, bar its bad rows
    assert loaded.strip() == "[]"
