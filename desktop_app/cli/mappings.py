"""``seller-desk mappings``: column mappings for any CSV, made and kept without the window.

``guess FILE [--save NAME]`` prints what Seller Desk reads from the file's header and first
rows and how many of the first 1,000 rows read cleanly; ``--save`` keeps the mapping only when
at least 90% do. ``list``, ``show NAME`` and ``delete NAME`` manage what is saved;
``seller-desk import FILE --mapping NAME`` uses one.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import CliError, add_db_option, open_db, print_json

if TYPE_CHECKING:
    from desktop_app.io.generic import ColumnMapping
    from desktop_app.services.mappings import MappingCheck


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "mappings",
        help="column mappings for importing any CSV: guess, save, list, show, delete",
        description="Column mappings tell Seller Desk which column of a CSV holds what.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    guess = actions.add_parser("guess", help="guess a mapping from a file (and save it)")
    guess.add_argument("file", type=Path, metavar="FILE")
    guess.add_argument("--save", metavar="NAME", help="save it under NAME (if 90%% read cleanly)")
    guess.add_argument("--encoding", metavar="E", help="the file's encoding (default: UTF-8)")
    guess.add_argument("--date-format", metavar="PATTERN", help="e.g. %%m-%%d-%%y (strptime)")
    listing = actions.add_parser("list", help="the saved mappings")
    show = actions.add_parser("show", help="one saved mapping")
    show.add_argument("name", metavar="NAME")
    delete = actions.add_parser("delete", help="forget a saved mapping")
    delete.add_argument("name", metavar="NAME")
    for each in (guess, listing, show, delete):
        each.add_argument("--json", action="store_true", help="print JSON")
        add_db_option(each)
        each.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import NotFound
    from desktop_app.services.mappings import delete_mapping, load_mapping, mapping_names

    if args.action == "guess":
        return _guess(args)
    db = open_db(args)
    try:
        if args.action == "list":
            with db.reading() as session:
                names = mapping_names(session)
            if args.json:
                print_json({"mappings": names})
            else:
                print("\n".join(names) if names else "No column mappings saved yet.")
            return 0
        with db.transaction() as session:
            try:
                mapping = load_mapping(session, args.name)
            except NotFound as missing:
                raise CliError(str(missing)) from None
            if args.action == "delete":
                delete_mapping(session, args.name)
        if args.action == "delete":
            if args.json:
                print_json({"deleted": args.name})
            else:
                print(f"Deleted the column mapping {args.name!r}.")
        elif args.json:
            print_json(_mapping_json(mapping))
        else:
            print(_describe(mapping))
        return 0
    finally:
        db.close()


def _guess(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.io.errors import ReadError
    from desktop_app.services.context import shop_zone
    from desktop_app.services.mappings import check_mapping, guess_mapping, save_mapping

    db = open_db(args)
    try:
        with db.reading() as session:
            zone = shop_zone(session)
        try:
            found = guess_mapping(
                args.file, args.save or args.file.stem, encoding=args.encoding, zone=zone
            )
        except (ReadError, OSError) as error:
            raise CliError(str(error)) from None
        mapping, check = found.mapping, found.check
        if args.date_format:
            mapping = replace(mapping, date_format=args.date_format)
            check = check_mapping(args.file, mapping, encoding=args.encoding, zone=zone)
        refusal = check.refusal()
        if args.save and refusal is None:
            with db.transaction() as session:
                save_mapping(session, mapping)
    finally:
        db.close()
    if args.json:
        print_json(
            {
                **_mapping_json(mapping),
                "header": found.header,
                "ambiguous_dates": [] if args.date_format else found.ambiguous_dates,
                "check": _check_json(check),
                "saved": bool(args.save and refusal is None),
            }
        )
    else:
        print(_describe(mapping))
        if found.ambiguous_dates and not args.date_format:
            print(
                "  The dates could be read more than one way: " + "; ".join(found.ambiguous_dates)
            )
            print("  Say which with --date-format (e.g. %d-%m-%y).")
        print(f"Read cleanly: {check.clean} of the first {check.rows} rows ({check.share:.0%}).")
        if check.commonest_error and check.clean < check.rows:
            print(f"  Most common problem: {check.commonest_error}")
        if args.save:
            print(f"Saved as {mapping.name!r}." if refusal is None else f"Not saved. {refusal}")
    if args.save and refusal is not None:
        if args.json:
            return 1
        raise CliError(f"the mapping was not saved: {refusal}")
    return 0


def _describe(mapping: ColumnMapping) -> str:
    from desktop_app.io.generic import DATE_FORMATS, TARGETS

    forms = {pattern: label for label, pattern in DATE_FORMATS.items()}
    lines = [f"Column mapping {mapping.name!r}:"]
    for target, header in mapping.columns.items():
        lines.append(f"  {TARGETS.get(target, target):<28} <- column {header!r}")
    for target, value in mapping.defaults.items():
        lines.append(f"  {TARGETS.get(target, target):<28} =  {value} for every row")
    date_form = forms.get(mapping.date_format, mapping.date_format or "ISO 8601")
    lines.append(f"  Dates look like {date_form}; amounts use a decimal "
                 f"{'comma' if mapping.decimal_comma else 'point'}; prices are "
                 f"{'per unit' if mapping.unit_prices else 'line totals'}.")  # fmt: skip
    if mapping.status_values:
        words = ", ".join(f"{w!r} = {v}" for w, v in mapping.status_values.items())
        lines.append(f"  Status words: {words}")
    lines.append(
        "  Fulfilment words: Amazon/AFN/FBA = Fulfilled by Amazon, Merchant/MFN/FBM = you."
    )
    return "\n".join(lines)


def _mapping_json(mapping: ColumnMapping) -> dict[str, Any]:
    return {
        "name": mapping.name,
        "columns": mapping.columns,
        "defaults": mapping.defaults,
        "delimiter": mapping.delimiter,
        "decimal_comma": mapping.decimal_comma,
        "date_format": mapping.date_format,
        "unit_prices": mapping.unit_prices,
        "status_values": mapping.status_values,
        "channel_values": {"Amazon": "AFN", "AFN": "AFN", "FBA": "AFN",
                           "Merchant": "MFN", "MFN": "MFN", "FBM": "MFN"},
    }  # fmt: skip


def _check_json(check: MappingCheck) -> dict[str, Any]:
    return {
        "rows": check.rows,
        "clean": check.clean,
        "share": round(check.share, 4),
        "commonest_error": check.commonest_error,
        "good_enough": check.good_enough,
    }
