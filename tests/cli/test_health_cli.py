"""``seller-desk health`` prints the same figures as the page, as text or JSON."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.clock import utcnow
from desktop_app.db.database import Database, open_database
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context, set_setting
from tests.factories import make_order


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    db: Database = open_database(url)
    now = utcnow()
    with db.transaction() as s:
        set_setting(s, "timezone", "UTC")
        for n in range(20):
            make_order(
                s,
                f"111-0000000-{n:07d}",
                items=(("MUG-1", 1, 1500),),
                purchased=now - timedelta(hours=1 + n),
            )
        cancel_order(s, Context(actor="t"), CancelRequest("111-0000000-0000000", "NoInventory"))
    db.close()
    return url


def test_health_json_has_the_panel_and_the_series(
    shop_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "health", "--db", shop_url, "--days", "5", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["range"]["days"] == 5 and data["channel"] == "MFN"
    assert len(data["series"]) == len(data["cancellations"]) == 5
    current = data["metrics"][0]
    assert current["key"] == "cancellation_rate" and current["window_days"] == 7
    assert (current["numerator"], current["denominator"], current["value"]) == (1, 20, 0.05)
    assert current["status"] == "over target"
    assert [m["window_days"] for m in data["metrics"][1:]] == [10, 30]
    assert data["series"][-1]["day"] == data["today"]
    assert data["series"][0]["rate"] is None or data["series"][0]["orders"] > 0
    assert data["top_skus"] == [{"sku": "MUG-1", "orders": 1, "units": 1}]
    assert data["top_reasons"][0]["code"] == "NoInventory"
    assert data["costs"][0]["refunds"] == "15.00"
    assert data["days_over_target"][-1] == data["today"]


def test_health_text_and_bad_days(shop_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "health", "--db", shop_url, "--days", "3")
    assert code == 0
    assert "Cancellation rate (7 days)" in out and "OVER TARGET" in out
    assert "1 of 20 seller-fulfilled orders cancelled against you" in out
    assert "MUG-1" in out and "No inventory" in out
    code, out, _ = _run(capsys, "health", "--db", shop_url, "--all", "--channel", "all", "--json")
    assert code == 0 and json.loads(out)["channel"] == "all"
    with pytest.raises(SystemExit) as exc:
        main(["health", "--db", shop_url, "--days", "0"])
    assert exc.value.code == 2 and "--days" in capsys.readouterr().err
