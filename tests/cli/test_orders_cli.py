"""The order commands as a script would use them: output, JSON shapes, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.core.status import Channel, OrderStatus
from desktop_app.db.database import Database
from desktop_app.db.models import Cancellation, Order
from tests.factories import dump, make_order

OID = "111-0000001-0000001"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(db: Database) -> Database:
    with db.transaction() as s:
        make_order(s, OID, items=(("MUG-1", 2, 2400), ("TRAY-1", 1, 1500)))
        make_order(s, "111-0000002-0000002", status=OrderStatus.SHIPPED)
        make_order(s, "111-0000003-0000003", channel=Channel.AFN)
    return db


def test_orders_json(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "orders", "--db", shop.url, "--status", "Unshipped", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 2
    first = {o["order_id"]: o for o in data["orders"]}[OID]
    assert first["total"] == "39.00" and first["items"] == 3 and first["channel"] == "MFN"


def test_orders_text_and_bad_status(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "orders", "--db", shop.url, "--search", "tray")
    assert code == 0 and OID in out and "1 of 1 matching order\n" in out
    with pytest.raises(SystemExit) as exc:
        main(["orders", "--db", shop.url, "--status", "Lost"])
    assert exc.value.code == 2 and "known statuses" in capsys.readouterr().err


def test_cancel_dry_run_writes_nothing(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump(shop)
    code, out, _ = _run(
        capsys, "cancel", OID, "--reason", "NoInventory", "--item", "MUG-1:1",
        "--dry-run", "--json", "--db", shop.url,
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["allowed"] and data["counted"] and not data["cancelled"]
    assert data["items"] == {"MUG-1": 1} and data["refund"] == "12.00"
    assert data["rate_before"]["rate"] == 0.0 and data["rate_after"]["counted"] == 1
    assert dump(shop) == before


def test_cancel_applies_and_prints_the_rate(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "cancel", OID, "--reason", "PricingError", "--db", shop.url)
    assert code == 0
    assert "allowed" in out and "Cancellation rate (7 days): 0.00% (0/2) now" in out
    assert "50.00% (1/2) (over target) after" in out
    with shop.reading() as s:
        assert s.execute(select(Order.status).where(Order.order_id == OID)).scalar() == "Canceled"
        assert s.execute(select(Cancellation.via)).scalar() == "cli"


def test_cancel_refused_exits_1_with_the_path(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "cancel", "111-0000002-0000002", "--reason", "NoInventory", "--db", shop.url
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "refused" in err and "start return and refund" in err
    code, out, _ = _run(
        capsys, "cancel", "111-0000003-0000003", "--reason", "NoInventory", "--db", shop.url,
        "--json",
    )  # fmt: skip
    assert code == 1 and json.loads(out)["path"] == "ask_amazon"


def test_bad_usage_exits_2(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as bad:
        main(["cancel", OID, "--reason", "Whatever", "--db", shop.url])
    assert bad.value.code == 2 and "Unknown cancellation reason" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["cancel", OID, "--db", shop.url])  # --reason missing
    assert exc.value.code == 2


def test_unknown_order_is_one_line_on_stderr(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "ship", "000-NOPE", "--db", shop.url)
    assert code == 1 and out == "" and err == "seller-desk: There is no order 000-NOPE.\n"


def test_request_then_ship(shop: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = _run(capsys, "request", OID, "--reason", "Ordered twice", "--db", shop.url)
    assert code == 0
    code, out, _ = _run(capsys, "cancel", OID, "--reason", "BuyerCanceled", "--dry-run",
                        "--json", "--db", shop.url)  # fmt: skip
    data = json.loads(out)
    assert data["path"] == "answer_request" and data["counted"] is False
    code, out, err = _run(capsys, "ship", OID, "--db", shop.url)
    assert code == 1 and out == "" and "answer the request first" in err
    code, out, _ = _run(
        capsys, "ship", OID, "--decline-request", "Already packed", "--db", shop.url
    )
    assert code == 0 and "is now shipped" in out


def test_demo_via_python_m(db_url: str) -> None:
    """`python -m desktop_app` is the same command, end to end in a real process."""
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", "--orders", "400", "--db", db_url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "Built a demo shop of 400 orders" in out.stdout
    again = subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", "--orders", "10", "--db", db_url],
        capture_output=True, text=True,
    )  # fmt: skip
    assert again.returncode == 1 and "already has orders" in again.stderr
