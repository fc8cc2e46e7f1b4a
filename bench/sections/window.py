"""A window that never stalls: a scripted session in the real main window, offscreen, with a
heartbeat timer on the GUI thread.

The heartbeat ticks every ``BEAT_MS``; while the event loop is free the gaps between ticks are
that long, and whatever holds the GUI thread (a query, an import, a page's first build) shows
as a longer gap. Each action of the session is started right after a tick, from inside the
event loop as a click would be, and the section waits until it has finished (its result shown)
and the window has been idle a moment; the action's figures are the longest gap between ticks
in that time ("longest stall") and the 99th percentile of the gaps. At the end: the resident
memory of the window after visiting every page and opening every dialog.

The session runs on a copy of the demo shop (it cancels, answers a request, imports).
"""

from __future__ import annotations

import gc
import itertools
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from bench.common import REPO, Config, Figure, section_main
from bench.datasets import DemoShop, demo_shop, report, warm

SECTION = "Window (no stalls)"
BEAT_MS = 10
STALL_LIMIT_MS = 100.0
RSS_LIMIT_MB = 200.0
SETTLE_S = 0.25  # idle time after an action's result, so late work is counted too
IMPORT_ROWS = 20_000
EXPORT_ORDERS = 100_000


@dataclass
class Beat:
    """Ticks on the GUI thread; runs what it is given right after a tick."""

    ticks: list[float] = field(default_factory=list)
    queued: list[Callable[[], None]] = field(default_factory=list)

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())
        while self.queued:
            self.queued.pop(0)()


class StallWatch:
    """What each thread was doing while the heartbeat was late (``--stalls``): a thread
    that looks every few milliseconds and, when the last tick is over ``after_ms`` old,
    notes every thread's innermost frames. It needs the GIL to look, so it sees the GUI
    thread at the Python line that holds it (a query, a page build) or waits for the GIL
    at, and the other threads at what they run meanwhile."""

    def __init__(self, beat: Beat, after_ms: float) -> None:
        import threading
        from collections import Counter

        self.beat = beat
        self.after = after_ms / 1000
        self.seen: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall watch", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        import threading

        me = threading.get_ident()
        while not self._stop.wait(0.004):
            ticks = self.beat.ticks
            if not ticks or time.perf_counter() - ticks[-1] < self.after:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            self.samples += 1
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                self.seen[f"[{names.get(ident, ident)}] {_where(frame)}"] += 1

    def take(self) -> list[tuple[str, int]]:
        """The stacks seen since the last take, most often first."""
        found = self.seen.most_common(6)
        self.seen.clear()
        self.samples = 0
        return found

    def stop(self) -> None:
        self._stop.set()


def _where(frame: Any, depth: int = 6) -> str:
    """A frame's innermost ``depth`` calls, innermost last, as module:line."""
    calls: list[str] = []
    while frame is not None and len(calls) < depth:
        code = frame.f_code
        calls.append(f"{Path(code.co_filename).stem}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return " < ".join(calls)


def _gaps_ms(ticks: list[float]) -> list[float]:
    return [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _status_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process, in MB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            key, _sep, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def _work_folder(cfg: Config) -> Path:
    """Where the copy of the shop goes: the quick run's own folder, else bench/data (a shared
    data folder such as /work/benchdata is only read)."""
    folder = (Path(cfg.data) if cfg.quick else REPO / "bench" / "data") / "window-work"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _import_file(shop: DemoShop, folder: Path, rows: int) -> Path:
    """An All Orders report of ``rows`` item rows from the shop (the orders it already holds:
    the import updates them, as a seller's daily report does)."""
    found = sorted(shop.path.parent.glob(f"all-orders-*-from-{shop.path.stem}.txt"))
    if not found:
        found = [report(shop, min(rows, shop.items), lambda m: print(m, file=sys.stderr))]
    target = folder / f"import-{rows}.txt"
    with found[-1].open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number > rows:
                break
            out.write(line)
    return target


def run(cfg: Config) -> list[Figure]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    shop = demo_shop(cfg.orders, cfg.seed, lambda m: print(m, file=sys.stderr), Path(cfg.data))
    folder = _work_folder(cfg)
    copy = folder / "shop.db"
    shutil.copyfile(shop.path, copy)
    warm(copy)
    report_path = _import_file(shop, folder, IMPORT_ROWS)
    now = shop.now

    import desktop_app.ui  # noqa: F401  (takes PySide's import hook out, as for the app)

    app = QApplication.instance() or QApplication([])
    beat = Beat()
    heart = QTimer()
    heart.setInterval(BEAT_MS)
    heart.timeout.connect(beat.tick)
    heart.start()
    figures: list[Figure] = []
    notes: list[str] = []
    settle = SETTLE_S / 5 if cfg.quick else SETTLE_S  # the smoke run checks the harness only
    stalls_ms = cfg.extra.get("stalls")
    watch = StallWatch(beat, float(stalls_ms)) if stalls_ms else None

    def act(
        name: str,
        start: Callable[[], None],
        done: Callable[[], bool],
        *,
        timeout: float = 300.0,
        note: str = "",
    ) -> None:
        """Run ``start`` right after a tick; wait until ``done()`` and a moment of quiet."""
        loop = QEventLoop()
        state: dict[str, Any] = {"finished_at": None, "error": None, "begun": False}
        began = time.perf_counter()
        if cfg.quick:
            timeout = min(timeout, 60.0)  # a smoke run on a small shop: nothing takes long

        def begin() -> None:
            beat.ticks[:] = beat.ticks[-1:]
            if watch is not None:
                watch.take()  # what came before the action is not its own
            state["begun"] = True
            try:
                start()
            except Exception as error:  # reported as a figure
                state["error"] = error

        def check() -> None:
            moment = time.perf_counter()
            if state["error"] is not None or moment - began > timeout:
                loop.quit()
                return
            if not state["begun"]:
                return  # the action waits for the next beat
            if state["finished_at"] is None:
                if done():
                    state["finished_at"] = moment
            elif moment - state["finished_at"] >= settle:
                loop.quit()

        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(check)
        beat.queued.append(begin)
        poll.start()
        loop.exec()
        poll.stop()
        gaps = _gaps_ms(beat.ticks)
        seconds = (state["finished_at"] or time.perf_counter()) - began
        if state["error"] is not None or state["finished_at"] is None:
            why = (
                f"failed: {type(state['error']).__name__}: {state['error']}"
                if state["error"] is not None
                else f"not finished after {timeout:.0f} s"
            )
            print(f"  {name}: {why}", file=sys.stderr, flush=True)
            figures.append(
                Figure(
                    SECTION, f"{name}: longest stall", None, "ms", [], STALL_LIMIT_MS, "max", why
                )
            )
            return
        longest = max(gaps, default=0.0)
        print(
            f"  {name}: longest {longest:.0f} ms, p99 {_p99(gaps):.0f} ms, {seconds:.2f} s, "
            f"VmRSS {_status_mb()[0]:.0f} MB",
            file=sys.stderr,
            flush=True,
        )
        if watch is not None:
            for stack, count in watch.take():
                print(f"    {count:4d} x {stack}", file=sys.stderr, flush=True)
        extra = f"done in {seconds:.2f} s; {len(gaps)} beats"
        figures.append(
            Figure(
                SECTION,
                f"{name}: longest stall",
                longest,
                "ms",
                [longest],
                STALL_LIMIT_MS,
                "max",
                f"{extra}{'; ' + note if note else ''}",
            )
        )
        figures.append(
            Figure(
                SECTION,
                f"{name}: p99 of beat gaps",
                _p99(gaps),
                "ms",
                [],
                None,
                "max",
                f"heartbeat every {BEAT_MS} ms",
            )
        )

    try:
        _session(cfg, app, copy, report_path, folder, now, act, notes, figures)
    finally:
        heart.stop()
        if watch is not None:
            watch.stop()
        for leftover in folder.glob("*"):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def _session(
    cfg: Config,
    app: Any,
    copy: Path,
    report_path: Path,
    folder: Path,
    now: datetime,
    act: Callable[..., None],
    notes: list[str],
    figures: list[Figure],
) -> None:
    from PySide6.QtCore import QSettings, Qt
    from shiboken6 import isValid as shiboken_valid

    from desktop_app.core.reasons import NO_INVENTORY
    from desktop_app.core.status import Channel, OrderStatus
    from desktop_app.services.context import Context
    from desktop_app.services.queries import OrderFilter
    from desktop_app.ui.gc_pin import GuiThreadCollector
    from desktop_app.ui.importing import Choice
    from desktop_app.ui.main_window import HEALTH, ORDERS, REQUESTS, MainWindow, Prompts
    from desktop_app.ui.orders.model import HEADERS, SORT_KEYS
    from desktop_app.ui.startup import Startup

    said: list[tuple[str, str]] = []

    def notify(_parent: object, title: str, text: str, *, error: bool = False) -> None:
        said.append((title, text))
        if error:
            print(f"window said: {title}: {text}", file=sys.stderr)

    def confirm(_parent: object, _summaries: object, answer: Callable[[Any], None]) -> None:
        answer(Choice.IMPORT)

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    backup_target = folder / "backup.db"
    prompts = Prompts(
        open_files=lambda _parent: [str(report_path)],
        backup_path=lambda _parent, _suggested: backup_target,
        import_options={"confirm": confirm},
        confirm=lambda *_a: False,
    )
    window = MainWindow(
        settings,
        notify=notify,
        prompts=prompts,
        backup_folder=folder / "daily",
        check_interval_ms=3_600_000,
    )
    window.resize(1400, 860)
    ctx = Context(actor="bench", clock=lambda: now)
    # as run_app does: no automatic cycle collection, which could run in a pool worker and
    # destroy a Qt object there (a segfault); the GUI thread collects once the window settles
    gc.disable()
    collector = GuiThreadCollector(app)
    window.settled.connect(collector.start)
    window.show()
    ops = window.operations
    state: dict[str, Any] = {}

    def idle() -> bool:
        return not ops.busy and not _loading(window)

    def start() -> None:
        window.settled.connect(lambda: state.setdefault("settled", True))
        startup = Startup(window, f"sqlite:///{copy}", ctx=ctx)
        state["startup"] = startup
        startup.start()

    act("Start and first rows", start, lambda: bool(state.get("settled")) and idle())
    page = window.orders_page
    table, model = page.table, page.model
    total = model.rowCount()

    act("Scroll to the end", table.scrollToBottom, idle)
    act("Scroll back to the top", table.scrollToTop, idle)

    for column in SORT_KEYS:
        act(
            f"Sort by {HEADERS[column]}",
            lambda column=column: table.sortByColumn(column, Qt.SortOrder.AscendingOrder),
            idle,
        )
    act(
        "Sort back to newest first",
        lambda: table.sortByColumn(1, Qt.SortOrder.DescendingOrder),
        idle,
    )

    zone = window.zone
    from desktop_app.core.clock import local_day

    today = local_day(now, zone)

    def start_of(day: Any) -> datetime:
        return datetime.combine(day, dtime(0), zone).astimezone(UTC)

    filters: list[tuple[str, OrderFilter]] = [
        ("Filter: Unshipped", OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}))),
        ("Filter: Shipped", OrderFilter(statuses=frozenset({OrderStatus.SHIPPED}))),
        ("Filter: Cancelled", OrderFilter(statuses=frozenset({OrderStatus.CANCELED}))),
        ("Filter: seller-fulfilled (MFN)", OrderFilter(channel=Channel.MFN)),
        ("Filter: FBA (AFN)", OrderFilter(channel=Channel.AFN)),
        ("Filter: today", OrderFilter(since=start_of(today))),
        ("Filter: last 7 days", OrderFilter(since=start_of(today - timedelta(days=6)))),
        ("Filter: last 30 days", OrderFilter(since=start_of(today - timedelta(days=29)))),
        ("Filter: needs attention", OrderFilter(needs_attention=True)),
        ("Filter: cleared", OrderFilter()),
    ]
    for name, flt in filters:
        act(name, lambda flt=flt: page.set_filter(flt), idle)

    search = page.filters.search
    for word in ("walnut", "cop-mug", "salt lake", "zzqx"):
        act(f'Search "{word}" (typed, Enter)', lambda word=word: _type(search, word), idle)
        act(f'Search "{word}": cleared', lambda: _type(search, ""), idle)

    for number, row in enumerate((0, 5, min(total - 1, 150))):
        act(f"Select an order ({number + 1})", lambda row=row: table.selectRow(row), idle)

    # the cancel dialog, on an Unshipped seller-fulfilled order
    act(
        "Filter: Unshipped + MFN (to cancel one)",
        lambda: page.set_filter(
            OrderFilter(statuses=frozenset({OrderStatus.UNSHIPPED}), channel=Channel.MFN)
        ),
        idle,
    )
    act("Select the order to cancel", lambda: table.selectRow(0), idle)

    def open_cancel() -> None:
        page.cancel_selected()
        state["dialog"] = page.dialog

    act("Open the cancel dialog", open_cancel, idle)
    dialog = state["dialog"]

    def settled() -> bool:
        return bool(getattr(dialog, "settled", True)) and idle()

    spins = list(getattr(dialog, "qty", {}).values())
    if spins:
        spin = spins[0]
        act("Cancel dialog: change a quantity", lambda: spin.setValue(spin.maximum()), settled)
    act("Cancel dialog: change the reason", lambda: dialog.reason.choose(NO_INVENTORY), settled)
    act("Confirm the cancel", dialog.confirm, idle)  # the write, then the table read again
    if shiboken_valid(dialog) and dialog.isVisible():
        banner = getattr(getattr(dialog, "banner", None), "text", lambda: "")()
        notes.append(f"the cancel was not confirmed: {banner or 'the dialog stayed open'}")
        dialog.close()
    act("Filter: cleared again", lambda: page.set_filter(OrderFilter()), idle)
    page.filters.search.clear()

    # a buyer's request
    act("Open Buyer requests", lambda: window.go(REQUESTS), idle)
    requests = window.requests_page
    if requests.model.rowCount():
        act("Select a request", lambda: requests.select_row(0), idle)
        act("Answer the request (accept)", requests.accept_selected, idle)
    else:
        notes.append("no open buyer request in the shop: not answered")
    for number in (window_pages := (2, 3)):  # Returns, Stock
        act(f"Open {('Returns', 'Stock')[number - 2]}", lambda n=number: window.go(n), idle)
    del window_pages

    def health_shown() -> bool:
        health = window.health_page
        return health is not None and getattr(health, "report", None) is not None and idle()

    act("Open Account health", lambda: window.go(HEALTH), health_shown, timeout=120)
    health = window.health_page
    if health is not None:
        shown = health.report  # a new report object: the all-time figures are shown
        act(
            "Account health: all time",
            lambda: health.set_range(None),
            lambda: health.report is not shown and idle(),
        )
    act("Back to Orders", lambda: window.go(ORDERS), idle)

    # import, export, back up
    def imported() -> bool:
        return state.get("imported", False) and idle()

    def start_import() -> None:
        window.import_files([str(report_path)])
        runner = window.import_runner
        assert runner is not None
        runner.finished.connect(lambda _v: state.update(imported=True))

    act(f"Import {IMPORT_ROWS:,} rows", start_import, imported, timeout=600)

    last = _export_filter(window, now, today, start_of)
    export_target = folder / "export.csv"
    prompts.export_path = lambda _parent, _suggested: export_target  # type: ignore[misc]

    def exported() -> bool:
        return any(title == "Export finished" for title, _text in said) and idle()

    act("Filter: the orders to export", lambda: page.set_filter(last), idle)

    def export() -> None:
        if "export_path" in Prompts.__dataclass_fields__:
            window.export_view()
        else:  # a version without the prompt: the same call, as File > Export makes it
            from desktop_app.ui import importing

            sort, descending = model.sort_key
            importing.export_view(
                window,
                window.db,
                model.order_filter,
                sort,
                descending,
                choose_path=prompts.export_path,
                notify=notify,
            )

    act(
        f"Export about {EXPORT_ORDERS:,} orders",
        export,
        exported,
        timeout=600,
        note=f"{model.rowCount():,} orders",
    )
    act("Filter: cleared after export", lambda: page.set_filter(OrderFilter()), idle)
    act("Back up", window.back_up, lambda: backup_target.exists() and idle(), timeout=600)
    backup_target.unlink(missing_ok=True)

    # every dialog once, for the memory figure
    for name, opener in (
        ("Open the order window", page.open_details_window),
        ("Open Daily backups", window.backup_settings),
        ("Open Time zone", window.zone_settings),
        ("Open Currency", window.currency_settings),
        ("Open Column mappings", window.column_mappings),
    ):
        table.selectRow(0)
        act(name, opener, idle)
        for opened in (getattr(page, "dialog", None), window.dialog):
            if opened is not None and shiboken_valid(opened) and opened.isVisible():
                opened.close()
    app.processEvents()
    rss, hwm = _status_mb()
    print(f"  memory: VmRSS {rss:.0f} MB, VmHWM {hwm:.0f} MB", file=sys.stderr, flush=True)
    figures.append(
        Figure(
            SECTION,
            "Resident memory after the session (VmRSS)",
            rss,
            "MB",
            [rss],
            RSS_LIMIT_MB,
            "max",
            "every page visited, every dialog opened",
        )
    )
    figures.append(
        Figure(
            SECTION,
            "Peak resident memory (VmHWM)",
            hwm,
            "MB",
            [hwm],
            None,
            "max",
            "for information; the import ran in this process",
        )
    )
    if notes:
        figures.append(Figure(SECTION, "Notes", None, "", [], None, "max", "; ".join(notes)))
    window.close()
    collector.stop()
    db = window.db
    if db is not None:
        db.close()


def _loading(window: Any) -> bool:
    """The orders page is still loading what the seller asked for."""
    page = getattr(window, "orders_page", None)
    model = getattr(page, "model", None)
    return bool(getattr(model, "loading", False))


def _type(line: Any, text: str) -> None:
    """Type into a search box and press Enter (what the seller does)."""
    line.setText(text)
    line.returnPressed.emit()


def _export_filter(window: Any, now: datetime, today: Any, start_of: Callable[[Any], Any]) -> Any:
    """Orders purchased since a day chosen so that about EXPORT_ORDERS match."""
    from desktop_app.services.queries import OrderFilter, count_orders

    db = window.db
    low, high = 0, 4000  # days back
    with db.snapshot() as conn:
        while low < high:
            middle = (low + high) // 2
            flt = OrderFilter(since=start_of(today - timedelta(days=middle)))
            if count_orders(conn, flt, now) >= EXPORT_ORDERS:
                high = middle
            else:
                low = middle + 1
    return OrderFilter(since=start_of(today - timedelta(days=low)))


if __name__ == "__main__":
    section_main(SECTION, run)
