"""Any command line a script or a slip of the finger could produce: exit code 0, 1 or 2 only,
never a traceback, and the shop unchanged whenever the answer is 1 or 2.

The arguments are drawn from each command's own options, with values that are hostile
(markup, control characters, other scripts' digits, huge numbers, credentials). Kept modest in
examples: CI runs it twice (SQLite, PostgreSQL) on two cores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.db.database import Database
from desktop_app.db.models import Order
from tests.factories import dump, make_order
from tests.hostile.corpus import ENTRIES

OID = "111-0000001-0000001"

HOSTILE_WORDS = [
    "", " ", "-", "--", "0", "-1", "3", "٣", "２", "1e9", "99999999999999999999", "NaN",
    "<img src=/etc/hostname>", "\x1b[2J", "a\tb", "é", "Ünshipped", "unshipped", "Unshipped",
    "Shipped", "MFN", "AFN", "all", "NoInventory", "BuyerCanceled", "postgresql://u:pw@h/x",
    "password=secret", OID, "MUG-RED", "MUG-RED:1", "MUG-RED:0", "2024-05-31", "31/05/2024",
]  # fmt: skip
word = st.one_of(
    st.sampled_from(HOSTILE_WORDS),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12),
)
FILE_NAMES = ["out.csv", "out.tsv", "out.txt", "copy.db", "<b>.csv", "ü ñ.csv", "report.txt"]


def option(name: str, values: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[list[str]]:
    if values is None:
        return st.just([name])
    return values.map(lambda v: [name, v])


def options(*choices: st.SearchStrategy[list[str]]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(*choices), max_size=4).map(lambda xs: [a for x in xs for a in x])


file_name = st.sampled_from(FILE_NAMES)


def mostly(*valid: str) -> st.SearchStrategy[str]:
    """A valid value most of the time, a hostile word otherwise."""
    return st.one_of(st.sampled_from(valid), st.sampled_from(valid), word)


channel = mostly("MFN", "AFN", "all")
status = mostly("Unshipped", "Shipped", "Pending", "Canceled")
reason = mostly("NoInventory", "BuyerCanceled", "GeneralAdjustment", "PricingError")
import_format = mostly("auto", "amazon-all-orders", "amazon-unshipped", "seller-desk", "csv")
order_id = st.one_of(st.just(OID), word)

COMMANDS = {
    "orders": st.tuples(
        st.just([]),
        options(
            option("--status", status),
            option("--channel", channel),
            option("--search", word),
            option("--json"),
        ),
    ),
    "health": st.tuples(
        st.just([]), options(option("--all"), option("--channel", channel), option("--json"))
    ),
    "cancel": st.tuples(
        st.tuples(order_id, reason).map(lambda p: [p[0], "--reason", p[1]]),
        options(option("--no-restock"), option("--dry-run"), option("--json")),
    ),
    "request": st.tuples(
        order_id.map(lambda o: [o]), options(option("--reason", word), option("--message-only"))
    ),
    "ship": st.tuples(order_id.map(lambda o: [o]), st.just([])),
    "export": st.tuples(
        file_name.map(lambda f: [f]),
        options(
            option("--format", mostly("csv", "tsv")),
            option("--status", status),
            option("--channel", channel),
            option("--since", mostly("2026-01-01")),
            option("--bom"),
            option("--json"),
        ),
    ),
    "import": st.tuples(
        st.sampled_from([f"corpus-{n}.txt" for n in range(len(ENTRIES))] + ["missing.txt"]).map(
            lambda f: [f]
        ),
        options(
            option("--format", import_format),
            option("--encoding", mostly("cp1252")),
            option("--mapping", word),
            option("--dry-run"),
            option("--skip-invalid"),
            option("--json"),
        ),
    ),
    "backup": st.tuples(file_name.map(lambda f: [f]), options(option("--force"), option("--json"))),
}
# Left to issue 13 (usage and exit codes): --item, --limit and --days ranges; to issue 12:
# backup --keep-daily together with OUT.

command_line = st.sampled_from(sorted(COMMANDS)).flatmap(
    lambda name: COMMANDS[name].map(lambda parts: [name, *parts[0], *parts[1]])
)
shuffled_extra = st.one_of(
    st.just([]),
    st.just([]),
    st.just([]),
    st.sampled_from(["--bogus", "-x", "--", "extra"]).map(lambda x: [x]),
)


@pytest.fixture
def corpus_folder(tmp_path: Path) -> Path:
    for n, entry in enumerate(ENTRIES):
        if len(entry.build()) < 100_000:
            (tmp_path / f"corpus-{n}.txt").write_bytes(entry.build())
    return tmp_path


@settings(
    max_examples=int(os.environ.get("SELLER_DESK_CLI_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(argv=command_line, extra=shuffled_extra)
def test_any_command_line_exits_0_1_or_2_and_changes_nothing_when_it_fails(
    argv: list[str],
    extra: list[str],
    db: Database,
    corpus_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(corpus_folder)
    monkeypatch.setenv("SELLER_DESK_WRITE_WAIT", "2")
    with db.transaction() as session:
        if session.scalars(select(Order.id).limit(1)).first() is None:
            make_order(session, OID, items=(("MUG-RED", 2, 1500),))
    before = dump(db)
    try:
        code = main(["--db", db.url, *argv, *extra])
    except SystemExit as stop:  # argparse: bad usage
        code = stop.code if isinstance(stop.code, int) else 2
    out, err = capsys.readouterr()
    event(f"{argv[0]} exits {code}")  # --hypothesis-show-statistics: what the examples reached
    assert "Traceback" not in err + out, err
    assert code in (0, 1, 2), (argv, code, err)
    if code in (1, 2):
        assert dump(db) == before, (argv, code, err)
