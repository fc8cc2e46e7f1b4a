"""The archive's side of ``seller-desk export OUT --format archive`` and ``seller-desk import
ARCHIVE`` (an archive is recognised by its content, whatever its name)."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import CliError, open_db, print_json


class _Bar:
    """Rows done, on one line of stderr, only on a terminal."""

    def __init__(self, label: str, enabled: bool) -> None:
        self.label = label
        self.enabled = enabled

    def __call__(self, done: int, total: int) -> None:
        if self.enabled and (done == total or done % 50_000 < 5_000):
            percent = done * 100 // max(total, 1)
            sys.stderr.write(f"\r{self.label}: {done:,} of {total:,} rows ({percent}%)")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def run_archive(args: argparse.Namespace) -> int:
    from desktop_app.services.archive import check_archive_target, export_archive

    check_archive_target(args.out, force=args.force)  # before the shop is opened
    db = open_db(args)
    bar = _Bar("Archiving", sys.stderr.isatty() and not args.json)
    try:
        result = export_archive(db, args.out, force=args.force, progress=bar)
    finally:
        bar.done()
        db.close()
    if args.json:
        print_json(
            {
                "file": str(result.path),
                "format": "archive",
                "bytes": result.size_bytes,
                "rows": result.rows,
                "seconds": round(result.seconds, 3),
            }
        )
    else:
        print(result.sentence())
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.archive import read_archive, restore_archive

    if len(args.files) != 1:
        raise CliError(
            "an archive holds a whole shop and is restored on its own; import it alone, "
            "into a new shop"
        )
    if args.dry_run or args.skip_invalid or args.mapping or args.errors or args.encoding:
        raise CliError(
            "--dry-run, --skip-invalid, --mapping, --encoding and --errors are for order "
            "reports; an archive is checked in full and restored as a whole"
        )
    path = args.files[0]
    reader = read_archive(path)  # every member checked before the shop is opened or created
    try:
        db = open_db(args, create=True)
        bar = _Bar("Restoring", sys.stderr.isatty() and not args.json)
        try:
            result = restore_archive(db, path, progress=bar, reader=reader)
        finally:
            bar.done()
            db.close()
    finally:
        reader.close()
    if args.json:
        print_json(
            {
                "file": str(path),
                "format": "archive",
                "rows": result.rows,
                "app_version": result.app_version,
                "schema_revision": result.schema_revision,
                "seconds": round(result.seconds, 3),
            }
        )
    else:
        print(result.sentence())
    return 0
