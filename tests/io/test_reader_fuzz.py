"""Random bytes and random mutations of a valid report: never a crash, only clear errors."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.io.detect import Format, open_report
from desktop_app.io.errors import ReadError, RowError
from desktop_app.io.generic import ColumnMapping
from desktop_app.io.grouping import batches
from desktop_app.io.sample_report import write_all_orders

MAPPING = ColumnMapping(
    "fuzz",
    {
        "order_id": "amazon-order-id",
        "purchase_date": "purchase-date",
        "sku": "sku",
        "quantity": "quantity",
        "item_price": "item-price",
    },
    defaults={"currency": "USD", "channel": "MFN", "status": "Unshipped"},
)
READERS = [
    {"fmt": Format.AUTO},
    {"fmt": Format.ALL_ORDERS},
    {"fmt": Format.UNSHIPPED},
    {"fmt": Format.NATIVE},
    {"fmt": Format.MAPPED, "mapping": MAPPING},
    {"fmt": Format.ALL_ORDERS, "encoding": "shift_jis"},
]
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@functools.cache
def _valid_report() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seed.txt"
        write_all_orders(path, 12, seed=3)
        return path.read_bytes()


def consume(path: Path, options: dict[str, object]) -> None:
    try:
        with open_report(path, **options) as report:  # type: ignore[arg-type]
            for batch in batches(report.rows(), 4, report.header_of):
                for error in batch.errors:
                    assert isinstance(error, RowError)
                    assert error.line >= 2 and error.message
                    assert str(error).startswith(f"line {error.line}")
    except ReadError as error:
        assert path.name in str(error)
        assert error.message


@FUZZ
@given(data=st.binary(max_size=2000), which=st.integers(0, len(READERS) - 1))
def test_random_bytes(tmp_path: Path, data: bytes, which: int) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    consume(path, READERS[which])


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 4), st.binary(max_size=6)), max_size=8
    ),
    which=st.integers(0, len(READERS) - 1),
)
def test_mutated_reports(tmp_path: Path, edits: list[tuple[int, int, bytes]], which: int) -> None:
    data = bytearray(_valid_report())
    for position, cut, insert in edits:
        at = position % (len(data) + 1)
        data[at : at + cut] = insert
    path = tmp_path / "mutated.txt"
    path.write_bytes(bytes(data))
    consume(path, READERS[which])
