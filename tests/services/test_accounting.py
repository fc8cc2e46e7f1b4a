"""Every line of a file is accounted for: a property over generated and mutated files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.db.database import open_database
from desktop_app.services.importing import ImportOptions, import_file
from tests.services.test_real_files import COLUMNS, CSV_HEADER, amazon_row, csv_mapping

JUNK = st.text(
    st.sampled_from(['"', "'", "\t", ",", ";", "x", "9", "-", ".", " ", "\x00", "é", "\ufeff"]),
    max_size=6,
)


@st.composite
def amazon_lines(draw: st.DrawFn) -> list[str]:
    count = draw(st.integers(1, 12))
    lines = []
    for n in range(count):
        order = f"111-{draw(st.integers(0, 4)):07d}-000000{n % 3}"
        line = amazon_row(order, sku=f"S{n}", product_name=f"Item {n}")
        cells = line.split("\t")
        for _ in range(draw(st.integers(0, 2))):  # mutate a few cells
            where = draw(st.integers(0, len(cells) - 1))
            cells[where] = draw(st.sampled_from(["", cells[where]])) + draw(JUNK)
        if draw(st.booleans()):
            cells = cells[: draw(st.integers(1, len(cells)))]
        lines.append("\t".join(cells))
        if draw(st.integers(0, 5)) == 0:
            lines.append("")
    return lines


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=amazon_lines(), skip=st.booleans())
def test_every_row_of_an_amazon_report_is_new_updated_unchanged_or_rejected(
    _sqlite_template: Path, lines: list[str], skip: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(_sqlite_template, f"{folder}/shop.db")
        path = Path(folder) / "r.txt"
        path.write_text("\r\n".join(["\t".join(COLUMNS), *lines]) + "\r\n", encoding="utf-8")
        db = open_database(f"sqlite:///{folder}/shop.db")
        try:
            summary = import_file(db.sessions, path, ImportOptions(skip_invalid=skip))
        finally:
            db.close()
    data = [line for line in lines if line.strip()]
    assert summary.rows == len(data)
    assert summary.blank_lines == len(lines) - len(data)
    parts = summary.rows_new + summary.rows_updated + summary.rows_unchanged + summary.rejected
    assert parts == summary.rows
    assert summary.rejected == len({e.line for e in summary.errors})


@st.composite
def csv_lines(draw: st.DrawFn) -> list[str]:
    lines = []
    for n in range(draw(st.integers(1, 10))):
        line = f"A{n},2024-05-01T10:00:00+00:00,Unshipped,Merchant,S{n},1,USD,5.00,Name {n}"
        if draw(st.integers(0, 3)) == 0:
            at = draw(st.integers(0, len(line)))
            line = line[:at] + draw(JUNK) + line[at:]
        lines.append(line)
    return lines


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=csv_lines())
def test_a_mutated_csv_accounts_for_every_row_and_loses_no_line(
    _sqlite_template: Path, lines: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(_sqlite_template, f"{folder}/shop.db")
        path = Path(folder) / "shop.csv"
        path.write_text("\n".join([CSV_HEADER, *lines]) + "\n", encoding="utf-8")
        db = open_database(f"sqlite:///{folder}/shop.db")
        try:
            summary = import_file(
                db.sessions, path, ImportOptions(mapping=csv_mapping(), skip_invalid=True)
            )
        finally:
            db.close()
    parts = summary.rows_new + summary.rows_updated + summary.rows_unchanged + summary.rejected
    assert parts == summary.rows
    # a quoted cell may hold a line break, so rows can be fewer than lines, never more, and
    # with no quote in the file every line is a row
    assert summary.rows + summary.blank_lines <= len(lines)
    if not any('"' in line for line in lines):
        assert summary.rows + summary.blank_lines == len(lines)
