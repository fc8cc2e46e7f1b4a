"""The CLI keeps the README's word: refusals one line on stderr (exit 1), bad usage exit 2
with the usage line, statuses in either spelling, a closed pipe ends quietly."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import BuyerRequest, Order
from tests.factories import make_order

OID = "111-0000001-0000001"
FBA = "111-0000003-0000003"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Bad usage: exit 2, the usage line and the complaint on stderr, nothing on stdout."""
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert err.startswith("usage: seller-desk ")
    return err


@pytest.fixture
def shop(db: Database) -> Database:
    with db.transaction() as s:
        make_order(s, OID, items=(("MUG-1", 2, 2400), ("TRAY-1", 1, 1500)))
        make_order(s, "111-0000002-0000002", status=OrderStatus.SHIPPED)
        make_order(s, FBA, channel=Channel.AFN)
        make_order(s, "111-0000004-0000004", status=OrderStatus.CANCELED)
        make_order(
            s, "111-0000005-0000005", status=OrderStatus.PARTIALLY_SHIPPED,
            items=(("MUG-1", 1, 2400), ("TRAY-1", 1, 1500)), shipped=(1, 0),
        )  # fmt: skip
    return db


def test_a_refused_cancel_is_one_line_on_stderr(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "cancel", FBA, "--reason", "NoInventory", "--db", shop.url)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("seller-desk: cancel ") and "Amazon" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("cancel", OID, "--reason", "NoInventory", "--item", "MUG-1:x"),
        ("cancel", OID, "--reason", "NoInventory", "--item", "MUG-1:0"),
        ("cancel", OID, "--reason", "NoInventory", "--item", "MUG-1:1", "--item", "MUG-1:2"),
        ("export", "out.csv", "--since", "yesterday"),
        ("orders", "--limit", "-1"),
        ("orders", "--limit", "0"),
        ("orders", "--limit", "1000001"),
        ("orders", "--limit", "99999999999999999999"),
        ("health", "--days", "0"),
        ("health", "--days", "3000000"),
        ("health", "--days", "739000"),
        ("orders", "--status", "Lost"),
    ],
)
def test_bad_usage_exits_2_with_the_usage_line(
    shop: Database, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    err = _usage_error(capsys, *argv, "--db", shop.url)
    assert "Traceback" not in err and "OverflowError" not in err


def test_the_same_sku_twice_names_it(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(
        capsys, "cancel", OID, "--reason", "NoInventory", "--item", "MUG-1:1",
        "--item", "MUG-1", "--db", shop.url,
    )  # fmt: skip
    assert "MUG-1 is given twice" in err


def test_limit_bounds_are_inclusive(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "orders", "--limit", "1", "--json", "--db", shop.url)
    assert code == 0 and len(json.loads(out)["orders"]) == 1
    code, out, _ = _run(capsys, "orders", "--limit", "1000000", "--json", "--db", shop.url)
    assert code == 0 and len(json.loads(out)["orders"]) == 5


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Cancelled", "111-0000004-0000004"),
        ("canceled", "111-0000004-0000004"),
        ("CANCELED", "111-0000004-0000004"),
        ("Partially shipped", "111-0000005-0000005"),
        ("partiallyshipped", "111-0000005-0000005"),
        ("PartiallyShipped", "111-0000005-0000005"),
    ],
)
def test_statuses_in_either_spelling_any_case(
    shop: Database, capsys: pytest.CaptureFixture[str], word: str, expected: str
) -> None:
    code, out, _ = _run(capsys, "orders", "--status", word, "--json", "--db", shop.url)
    assert code == 0
    assert [o["order_id"] for o in json.loads(out)["orders"]] == [expected]


def test_the_status_error_names_the_words_the_list_prints(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _usage_error(capsys, "orders", "--status", "Lost", "--db", shop.url)
    assert "Partially shipped" in err and "Cancelled" in err
    assert "OrderStatus" not in err
    code, out, _ = _run(capsys, "orders", "--db", shop.url)
    assert code == 0 and "Partially shipped" in out and "Cancelled" in out


def test_a_closed_pipe_ends_quietly(shop: Database) -> None:
    """`seller-desk health | head -1`: no "unexpected error (BrokenPipeError…)"."""
    command = (
        f"{shlex.quote(sys.executable)} -m desktop_app health --days 3650 "
        f"--db {shlex.quote(shop.url)} | head -1"
    )
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.stdout.startswith("Account health on ")
    assert done.stderr == ""


# --- requests and shipping ----------------------------------------------------------------


def _open_requests(db: Database, order_id: str) -> int:
    with db.reading() as s:
        return s.execute(
            select(func.count())
            .select_from(BuyerRequest)
            .join(Order)
            .where(Order.order_id == order_id, BuyerRequest.state == "open")
        ).scalar_one()


def test_a_second_request_is_refused_and_adds_nothing(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "request", OID, "--db", shop.url)[0] == 0
    code, out, err = _run(capsys, "request", OID, "--db", shop.url)
    assert code == 1 and out == "" and "already open" in err
    code, _, err = _run(capsys, "request", OID, "--message-only", "--db", shop.url)
    assert code == 1 and "already open" in err
    assert _open_requests(shop, OID) == 1


def test_shipping_with_an_open_request_is_refused_with_the_path(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "request", OID, "--reason", "Ordered twice", "--db", shop.url)
    code, out, err = _run(capsys, "ship", OID, "--db", shop.url)
    assert code == 1 and out == "" and "answer the request first" in err
    assert "--decline-request" in err
    with shop.reading() as s:
        order = s.execute(select(Order).where(Order.order_id == OID)).scalar_one()
        assert order.status == "Unshipped" and order.has_open_request


def test_ship_declines_the_request_in_the_same_step(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "request", OID, "--db", shop.url)
    code, out, _ = _run(
        capsys, "ship", OID, "--decline-request", "Already on its way", "--db", shop.url
    )
    assert code == 0 and "declined" in out
    assert _open_requests(shop, OID) == 0
    with shop.reading() as s:
        order = s.execute(select(Order).where(Order.order_id == OID)).scalar_one()
        assert order.status == "Shipped" and not order.has_open_request
        request = s.execute(select(BuyerRequest)).scalar_one()
        assert request.state == "declined" and request.answer_note == "Already on its way"
    code, out, _ = _run(capsys, "orders", "--status", "shipped", "--json", "--db", shop.url)
    assert not any(o["open_buyer_request"] for o in json.loads(out)["orders"])


def test_an_fba_order_cannot_be_marked_shipped(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "ship", FBA, "--db", shop.url)
    assert code == 1 and out == "" and "fulfilled by Amazon" in err
    with shop.reading() as s:
        status = s.execute(select(Order.status).where(Order.order_id == FBA)).scalar_one()
    assert status == "Unshipped"
