"""``seller-desk import FILE...`` and ``seller-desk export OUT``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import (
    CliError,
    add_db_option,
    iso_date,
    open_db,
    print_json,
    status_word,
)
from desktop_app.core.wording import plural

if TYPE_CHECKING:
    from desktop_app.services.importing import ImportProgress

EXPORT_FORMATS = ("csv", "tsv", "archive")
FORMATS = ("auto", "amazon-all-orders", "amazon-unshipped", "seller-desk", "csv")


def register(sub: Any) -> None:
    imp = sub.add_parser(
        "import",
        help="import Amazon order reports, Seller Desk exports or any CSV (or restore an archive)",
        description="Import order files. Each file is one transaction: with a bad row nothing "
        "of that file is written, unless --skip-invalid.",
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--format", choices=FORMATS, default="auto", help="default: from the header")
    imp.add_argument("--encoding", metavar="E", help="e.g. cp1252, shift_jis (default: UTF-8)")
    imp.add_argument("--mapping", metavar="NAME", help="a saved column mapping (for any CSV)")
    imp.add_argument("--dry-run", action="store_true", help="validate and count; write nothing")
    imp.add_argument("--skip-invalid", action="store_true", help="import the good rows anyway")
    imp.add_argument("--errors", type=Path, metavar="OUT.csv", help="write the rejected rows here")
    imp.add_argument("--force", action="store_true", help="replace the --errors file if it exists")
    imp.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(imp)
    imp.set_defaults(func=run_import)

    exp = sub.add_parser(
        "export",
        help="export orders as CSV/TSV for spreadsheets, or the whole shop as an archive",
        description="CSV and TSV hold orders and items, for spreadsheets. To keep or move a "
        "shop, use --format archive (everything: requests, cancellations, returns, stock, "
        "history, settings), restored with `seller-desk import ARCHIVE`; or `seller-desk backup`.",
    )
    exp.add_argument("out", type=Path, metavar="OUT", help="the file to write; - for stdout")
    exp.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default=None,
        help="default: from OUT's extension (.csv, .tsv/.txt, .sdarchive)",
    )
    exp.add_argument("--force", action="store_true", help="replace OUT if it exists")
    exp.add_argument(
        "--status",
        action="append",
        default=[],
        type=status_word,
        metavar="S",
        help="repeatable; any case, either spelling",
    )
    exp.add_argument("--channel", choices=("MFN", "AFN"))
    exp.add_argument(
        "--since", type=iso_date, metavar="DATE", help="orders purchased on or after DATE"
    )
    exp.add_argument("--bom", action="store_true", help="UTF-8 byte-order mark (for Excel)")
    exp.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(exp)
    exp.set_defaults(func=run_export)


class _Bar:
    """A one-line progress bar on stderr, only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def __call__(self, p: ImportProgress) -> None:
        if not self.enabled:
            return
        filled = int(p.fraction * 30)
        rate = "   saving…" if p.saving else f"{p.rows_per_second:>9,.0f}/s"
        sys.stderr.write(
            f"\r{p.file[:30]:30} [{'#' * filled}{'.' * (30 - filled)}] {p.rows:>9,} rows {rate}"
        )
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            self.shown = False


def run_import(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import NotFound
    from desktop_app.io.archive import looks_like_archive
    from desktop_app.io.detect import Format
    from desktop_app.io.errors import ReadError, write_error_report
    from desktop_app.io.safe_write import check_target, open_text
    from desktop_app.services.context import Context
    from desktop_app.services.importing import ImportOptions, ImportSummary, import_file
    from desktop_app.services.mappings import load_mapping

    if any(looks_like_archive(path) for path in args.files):
        from desktop_app.cli.archive import run_restore

        return run_restore(args)
    missing = [path for path in args.files if not path.is_file()]
    if missing:  # a mistyped name: say so before the other files are imported
        names = ", ".join(str(path) for path in missing)
        raise CliError(f"no such file: {names}; nothing was imported.")
    if args.errors is not None:  # checked before the import writes anything
        check_target(args.errors, extensions=(".csv",), what="error report", force=args.force)
    db = open_db(args, create=not args.dry_run)  # a dry run creates nothing either
    try:
        mapping = None
        if args.mapping:
            with db.reading() as session:
                try:
                    mapping = load_mapping(session, args.mapping)
                except NotFound as missing:
                    raise CliError(str(missing)) from None
        options = ImportOptions(
            fmt=Format(args.format),
            encoding=args.encoding,
            mapping=mapping,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
        )
        ctx = Context(source="cli", via="cli")
        bar = _Bar(sys.stderr.isatty() and not args.json)
        summaries: list[ImportSummary] = []
        failures: list[dict[str, object]] = []
        for path in args.files:
            try:
                summary = import_file(
                    db.sessions, path, options, ctx, progress=bar, readers=db.readers
                )
            except ReadError as error:
                bar.done()
                failures.append({"file": path.name, "error": str(error)})
                if not args.json:
                    print(f"seller-desk: {error}", file=sys.stderr)
                continue
            bar.done()
            summaries.append(summary)
            if not args.json:
                _print_summary(summary)
        if any(s.written for s in summaries):
            db.finish_bulk_write()  # the indexes a big import left for after its commit
        if args.errors is not None:
            with open_text(args.errors) as out:
                write_error_report(out, "", [])  # the header, even with nothing to report
                for done in summaries:
                    write_error_report(out, done.file, done.errors, header=False)
        if args.json:
            print_json({"files": [s.to_json() for s in summaries], "failed": failures})
        refused = failures or any(not s.written and not s.dry_run for s in summaries)
        invalid = any(s.error_count for s in summaries)
        return 1 if refused or (invalid and not args.skip_invalid) else 0
    finally:
        db.close()


def _print_summary(summary: Any) -> None:
    print(f"{summary.file}: {summary.line()}")
    shown = summary.errors[:10]
    for error in shown:
        print(f"  {summary.file}, {error}", file=sys.stderr)
    if summary.error_count > len(shown):
        more = summary.error_count - len(shown)
        print(f"  ... and {more} more (use --errors OUT.csv for all)", file=sys.stderr)
    if summary.dry_run or not summary.written or summary.rejected:
        print(f"  {summary.verdict()}")
    counted = summary.counted_sentence()
    if counted:
        print(f"  {counted}")
        print("  Re-label one with: seller-desk relabel ORDER_ID --by buyer|seller")
    if summary.relabelled:
        n = len(summary.relabelled)
        print(f"  {n} cancellation{'s' if n != 1 else ''} re-labelled as the buyer's request.")


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.core.status import Channel, OrderStatus
    from desktop_app.services.exporting import ExportOptions, check_export_target, export_orders
    from desktop_app.services.queries import OrderFilter

    fmt = args.format or _format_from_name(args.out)
    if fmt == "archive":
        if args.status or args.channel or args.since or args.bom:
            raise CliError("an archive holds the whole shop; --status, --channel, --since and "
                           "--bom are for CSV and TSV exports")  # fmt: skip
        from desktop_app.cli.archive import run_archive

        return run_archive(args)
    from desktop_app.core.clock import ensure_utc
    from desktop_app.services.context import shop_zone

    statuses = frozenset[OrderStatus](args.status)
    options = ExportOptions(delimiter="\t" if fmt == "tsv" else ",", bom=args.bom)
    check_export_target(args.out, options, force=args.force)
    db = open_db(args)
    since = args.since
    if since is not None and since.tzinfo is None:  # a date or time in the shop's zone
        with db.snapshot() as conn:
            since = ensure_utc(since.replace(tzinfo=shop_zone(conn)))
    flt = OrderFilter(
        statuses=statuses,
        channel=Channel(args.channel) if args.channel else None,
        since=since,
    )
    try:
        result = export_orders(db.sessions, args.out, flt, options=options)
    finally:
        db.close()
    to_stdout = str(args.out) == "-"
    if args.json and not to_stdout:
        print_json({"file": str(result.path), "orders": result.orders, "rows": result.rows})
    else:
        print(f"{result.path}: {plural(result.orders, 'order')}, {plural(result.rows, 'row')}",
              file=sys.stderr if to_stdout else sys.stdout)  # fmt: skip
    return 0


def _format_from_name(out: Path) -> str:
    if str(out) == "-":
        return "csv"
    suffix = out.suffix.lower()
    formats = {".csv": "csv", ".tsv": "tsv", ".txt": "tsv", ".sdarchive": "archive"}
    if suffix not in formats:
        raise CliError(
            f"{out}: Seller Desk writes .csv or .tsv (orders, for spreadsheets) and .sdarchive "
            f"(the whole shop), not {suffix or 'a name without an extension'}; choose one of "
            "those names, or give --format"
        )
    return formats[suffix]
