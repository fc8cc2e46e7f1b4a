"""Seller Desk benchmarks: ``python bench/run.py [--orders N] [--repeat R] [--quick]``.

Measures what a seller feels at N orders (default a million) against baselines measured in the
same run, and writes bench/results.md: the machine, the date, every figure, every ratio, and
each target with PASS or MISS. See bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")
time.tzset()

from bench.common import Config, Figure, fmt, log, missing, run_section  # noqa: E402
from bench.datasets import DATA, DemoShop, demo_shop  # noqa: E402

SECTIONS = ("import", "orders", "health", "cancel", "startup", "window")
BACKENDS = ("sqlite", "postgresql")
PG = "PostgreSQL"
SQLITE_ONLY = ("startup", "window")  # the app on the seller's own machine: a local shop
QUICK_ORDERS = 2_000


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__)
    parser.add_argument(
        "--orders",
        type=int,
        default=None,
        metavar="N",
        help="orders in the shop and item rows in the report (1,000,000)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        metavar="R",
        help="runs of each measure; the median is reported (3)",
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"a smoke run: {QUICK_ORDERS:,} orders, one run each"
    )
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections to run ({','.join(SECTIONS)})",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="cache folder for the generated shop and report (bench/data)",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="build the demo shop again even if it is cached"
    )
    parser.add_argument(
        "--backend",
        default="sqlite",
        help="comma-separated databases to measure: sqlite, postgresql (a throwaway server, "
        "bench/pg.py); both are shown side by side",
    )
    parser.add_argument("--pg", action="store_true", help="short for --backend sqlite,postgresql")
    parser.add_argument(
        "--stalls",
        type=float,
        metavar="MS",
        default=None,
        help="window section: print what each thread was doing whenever the heartbeat was "
        "over MS late (a stall profiler; the figures are then not comparable)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where to write the table (bench/results.md; "
        "bench/data/results-quick.md with --quick)",
    )
    args = parser.parse_args(argv)
    args.orders = args.orders or (QUICK_ORDERS if args.quick else 1_000_000)
    args.repeat = args.repeat or (1 if args.quick else 3)
    args.data = (args.data or (DATA / "quick" if args.quick else DATA)).resolve()
    if args.out is None:
        args.out = DATA / "results-quick.md" if args.quick else REPO / "bench" / "results.md"
    args.only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    args.backends = [b.strip().lower() for b in args.backend.split(",") if b.strip()]
    if args.pg:
        args.backends = ["sqlite", "postgresql"]
    if not args.backends or set(args.backends) - set(BACKENDS):
        parser.error(f"--backend takes {', '.join(BACKENDS)}")
    if args.orders < 100 or args.repeat < 1:
        parser.error("--orders must be 100 or more and --repeat 1 or more")
    return args


def _versions() -> str:
    import sqlite3

    found = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    for name in ("PySide6", "sqlalchemy", "pandas", "pyqtgraph"):
        try:
            module = __import__(name)
            found.append(f"{name} {module.__version__}")
        except ImportError:
            found.append(f"{name} missing")
    return ", ".join(found)


def _memory_gb() -> str:
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        return f"{pages / 2**30:.0f} GB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def _samples(fig: Figure) -> str:
    if len(fig.samples) <= 1:
        return ""
    return ", ".join(fmt(s) for s in fig.samples)


def _load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def render(
    args: argparse.Namespace,
    shop: DemoShop,
    figures: list[Figure],
    seconds: float,
    load: tuple[float, float],
) -> str:
    command = "python bench/run.py" + (" --quick" if args.quick else "")
    if not args.quick and args.orders != 1_000_000:
        command += f" --orders {args.orders}"
    if args.repeat != (1 if args.quick else 3):
        command += f" --repeat {args.repeat}"
    if getattr(args, "backends", ["sqlite"]) != ["sqlite"]:
        command += f" --backend {','.join(args.backends)}"
    targeted = [f for f in figures if f.limit is not None]
    passed = sum(1 for f in targeted if f.verdict == "PASS")
    missed = [f for f in targeted if f.verdict == "MISS"]
    absent = [f for f in targeted if f.verdict == "n/a"]
    lines = [
        "# Seller Desk benchmarks",
        "",
        f"- Command: `{command}` ({shop.orders:,} orders, {args.repeat} run(s) of each measure; "
        "figures are medians, the runs are listed beside them)",
        f"- Date: {datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}; "
        f"the whole run took {seconds:.0f} s",
        f"- Machine: {platform.platform()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, {_memory_gb()} RAM; {_versions()}",
        f"- Load average (1 min) at the start {load[0]:.2f}, at the end {load[1]:.2f}: the "
        "machine may be shared with other work, which adds noise; every ratio compares figures "
        "measured in the same run.",
        f"- The shop: a demo shop of {shop.orders:,} orders and {shop.items:,} items "
        f"(`services.demo.build_demo`, seed {args.seed if hasattr(args, 'seed') else 1}, "
        f"clock fixed at {shop.now.isoformat()}); "
        + (
            f"built in {shop.build_seconds:.0f} s this run."
            if shop.build_seconds is not None
            else "taken from the cache in bench/data/."
        ),
        "",
        f"**Targets: {passed} PASS, {len(missed)} MISS, {len(absent)} not measured "
        f"(of {len(targeted)}).**",
        "",
    ]
    if missed or absent:
        lines += ["| Missed or not measured | Median | Target | Result |", "|---|---:|---:|---|"]
        for f in missed + absent:
            where = f" ({f.backend})" if f.backend else ""
            lines.append(
                f"| {f.section}{where}: {f.name} | {fmt(f.value)} {f.unit} | {f.target} | "
                f"{f.verdict} |"
            )
        lines.append("")
    backends = {f.backend for f in figures}
    if len(backends) > 1:
        lines += _side_by_side(figures)
    else:
        lines += _one_backend(figures, f" ({PG})" if PG in backends else "")
    lines += ["How each part is measured is in bench/README.md.", ""]
    return "\n".join(lines)


def _one_backend(figures: list[Figure], suffix: str) -> list[str]:
    """One table a section, a measure a row (a run on one database: ``suffix`` names it when
    it is not SQLite)."""
    lines: list[str] = []
    sections: dict[str, list[Figure]] = {}
    for f in figures:
        sections.setdefault(f.section, []).append(f)
    for name, rows in sections.items():
        lines += [
            f"## {name}{suffix}",
            "",
            "| Measure | Median | Unit | Runs | Target | Result | Note |",
            "|---|---:|---|---|---:|---|---|",
        ]
        for f in rows:
            lines.append(
                f"| {f.name} | {fmt(f.value)} | {f.unit} | {_samples(f)} | {f.target} | "
                f"{f.verdict} | {f.note} |"
            )
        lines.append("")
    return lines


def _side_by_side(figures: list[Figure]) -> list[str]:
    """One table a section, SQLite and PostgreSQL in adjacent columns, a measure a row (a
    measure only one of them has leaves the other's cells empty)."""
    sections: dict[str, dict[str, dict[str, Figure]]] = {}
    for f in figures:
        rows = sections.setdefault(f.section, {})
        rows.setdefault(f.name, {})[f.backend or "SQLite"] = f
    lines: list[str] = []
    for name, rows in sections.items():
        lines += [
            f"## {name}",
            "",
            "| Measure | Unit | Target | SQLite | Runs | Result | PostgreSQL | Runs | Result "
            "| Note |",
            "|---|---|---:|---:|---|---|---:|---|---|---|",
        ]
        for measure, by in rows.items():
            lite, pg = by.get("SQLite"), by.get(PG)
            first = lite or pg
            assert first is not None
            target = (lite.target if lite else "") or (pg.target if pg else "")
            notes = [
                (label + ": " if lite and pg and lite.note and pg.note else "") + f.note
                for label, f in (("SQLite", lite), (PG, pg))
                if f is not None and f.note
            ]
            if lite and pg and lite.note == pg.note:
                notes = [lite.note]
            cells = []
            for f in (lite, pg):
                cells += [fmt(f.value), _samples(f), f.verdict] if f else ["", "", ""]
            lines.append(
                f"| {measure} | {first.unit} | {target} | "
                + " | ".join(cells)
                + f" | {'; '.join(notes)} |"
            )
        lines.append("")
    return lines


PG_SHOP_DB = "sd_bench_shop"


def _pg_sections(args: argparse.Namespace, cfg: Config, shop: DemoShop) -> list[Figure]:
    """The chosen sections on a throwaway PostgreSQL server (bench/pg.py), the demo shop copied
    there with COPY (bench/pg_shop.py); start-up and the window are measured on SQLite only."""
    from bench.pg import throwaway_server
    from bench.pg_shop import load_shop

    figures: list[Figure] = []
    if all(section in SQLITE_ONLY for section in args.only):
        return figures  # nothing to measure there: no server, no copy of the shop
    try:
        with throwaway_server() as server:
            log(f"PostgreSQL: copying the demo shop of {shop.orders:,} orders")
            begun = time.perf_counter()
            url = load_shop(shop.path, server, PG_SHOP_DB, log)
            figures.append(
                Figure(
                    "Data",
                    f"Copy the demo shop of {shop.orders:,} orders into PostgreSQL",
                    time.perf_counter() - begun,
                    "s",
                    note="COPY table by table, indexes built once, VACUUM ANALYZE; every run",
                )
            )
            extra = {"url": url, "server": server, "database": PG_SHOP_DB}
            pg_cfg = Config(args.orders, args.repeat, args.quick, str(args.data), cfg.seed, extra)
            for section in args.only:
                if section in SQLITE_ONLY:
                    continue
                log(f"section: {section} (PostgreSQL)")
                begun = time.perf_counter()
                try:
                    if section == "import":
                        from bench.sections import importing_pg

                        figures += importing_pg.run(pg_cfg, shop, server, PG_SHOP_DB)
                    else:
                        module = {"orders": "orders_table", "health": "health", "cancel": "cancel"}
                        figures += run_section(module[section], section, pg_cfg)
                except Exception as error:  # one section must not lose the others
                    figures.append(
                        missing(section, "section", f"failed: {type(error).__name__}: {error}")
                    )
                log(f"{section} (PostgreSQL) took {time.perf_counter() - begun:.1f} s")
    except Exception as error:  # the SQLite figures are still written
        figures.append(missing("PostgreSQL", "server", f"failed: {type(error).__name__}: {error}"))
    for f in figures:
        f.backend = PG
    return figures


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    started = time.perf_counter()
    load_before = _load()
    cfg = Config(args.orders, args.repeat, args.quick, str(args.data))
    if args.stalls:
        cfg.extra["stalls"] = args.stalls
    log(f"{args.orders:,} orders, {args.repeat} run(s) each, data in {args.data}")
    shop = demo_shop(args.orders, cfg.seed, log, args.data, rebuild=args.rebuild)
    figures: list[Figure] = []
    if shop.build_seconds is not None:
        figures.append(
            Figure(
                "Data",
                f"Build the demo shop of {args.orders:,} orders",
                shop.build_seconds,
                "s",
                note="once; cached for later runs",
            )
        )
    for section in args.only if "sqlite" in args.backends else []:
        log(f"section: {section}")
        begun = time.perf_counter()
        try:
            # a child may have rebuilt the shop (a schema change landed mid-run): look again
            shop = demo_shop(args.orders, cfg.seed, log, args.data)
            if section == "import":
                from bench.sections import importing

                figures += importing.run(cfg, shop)
            elif section == "startup":
                from bench.sections import startup

                figures += startup.run(cfg, shop)
            else:
                module = {"orders": "orders_table", "health": "health", "cancel": "cancel"}
                module["window"] = "window"
                figures += run_section(module[section], section, cfg)
        except Exception as error:  # one broken section must not lose the others' figures
            figures.append(missing(section, "section", f"failed: {type(error).__name__}: {error}"))
        log(f"{section} took {time.perf_counter() - begun:.1f} s")
    if "postgresql" in args.backends:
        figures += _pg_sections(args, cfg, shop)
    seconds = time.perf_counter() - started
    args.out.parent.mkdir(parents=True, exist_ok=True)
    load = (load_before, _load())
    args.out.write_text(render(args, shop, figures, seconds, load), encoding="utf-8")
    log(f"wrote {args.out} in {seconds:.0f} s")
    for f in figures:
        if f.limit is not None:
            where = f" [{f.backend}]" if f.backend else ""
            print(
                f"{f.verdict:4}  {f.section}{where}: {f.name}: {fmt(f.value)} {f.unit} ({f.target})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
