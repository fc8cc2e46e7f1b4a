"""The shop's day: one time zone stored with the shop, used on every machine whatever its
own zone (the same database gives the same answers under TZ=UTC and TZ=Asia/Tokyo)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.core.clock import machine_zone_name, utcnow, valid_zone_name
from desktop_app.db.database import Database, open_database
from desktop_app.db.models import Order
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context
from tests.factories import make_order

EVENING = "111-0000001-0000001"


def _cli(url: str, tz: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": tz}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv, "--db", url],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def shop(db: Database) -> Database:
    """Orders spread over the last days, some late in the UTC evening (the next morning in
    Tokyo, the afternoon before in Los Angeles), one cancelled against the seller."""
    now = utcnow()
    evening = datetime.combine(now.date() - timedelta(days=1), datetime.min.time(), now.tzinfo)
    with db.transaction() as s:
        make_order(s, EVENING, purchased=evening + timedelta(hours=23))
        for n in range(6):
            make_order(s, f"222-0000000-{n:07d}", purchased=evening - timedelta(days=n, hours=2))
    with db.transaction() as s:
        cancel_order(s, Context(source="test"), CancelRequest("222-0000000-0000001", "NoInventory"))
    return db


def test_a_new_shop_stores_the_creating_machine_zone(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/tokyo.db"  # type: ignore[str-bytes-safe]
    made = _cli(url, "Asia/Tokyo", "init")
    assert made.returncode == 0, made.stderr
    shown = _cli(url, "America/Los_Angeles", "settings", "get", "timezone")
    assert shown.stdout == "Asia/Tokyo\n"


def test_the_same_database_answers_the_same_in_every_machine_zone(shop: Database) -> None:
    answers = {}
    for tz in ("UTC", "Asia/Tokyo", "America/Los_Angeles"):
        health = _cli(shop.url, tz, "health", "--days", "10", "--json")
        orders = _cli(shop.url, tz, "orders", "--json")
        cancel = _cli(shop.url, tz, "cancel", EVENING, "--reason", "NoInventory", "--dry-run",
                      "--json")  # fmt: skip
        assert health.returncode == orders.returncode == cancel.returncode == 0, health.stderr
        answers[tz] = (health.stdout, orders.stdout, cancel.stdout)
    assert answers["UTC"] == answers["Asia/Tokyo"] == answers["America/Los_Angeles"]
    data = json.loads(answers["UTC"][0])
    assert data["timezone"] == "UTC"  # an IANA name, never "PST"


def test_text_output_shows_the_shop_zone_with_its_offset(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["settings", "set", "timezone", "Asia/Tokyo", "--db", shop.url]) == 0
    capsys.readouterr()
    assert main(["orders", "--db", shop.url]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith(EVENING))
    with shop.reading() as s:
        bought = s.execute(select(Order.purchase_date).where(Order.order_id == EVENING)).scalar()
    assert bought is not None
    in_tokyo = bought + timedelta(hours=9)
    assert f"{in_tokyo:%Y-%m-%d %H:%M} +09:00" in line
    shown = json.loads(_cli(shop.url, "UTC", "orders", "--json").stdout)
    first = next(o for o in shown["orders"] if o["order_id"] == EVENING)
    assert datetime.fromisoformat(first["purchase_date"]).utcoffset() is not None


def test_changing_the_zone_refiles_the_days(shop: Database) -> None:
    with shop.reading() as s:
        before = s.execute(select(Order.purchase_day).where(Order.order_id == EVENING)).scalar()
    assert main(["settings", "set", "timezone", "Asia/Tokyo", "--db", shop.url]) == 0
    with shop.reading() as s:
        after = s.execute(select(Order.purchase_day).where(Order.order_id == EVENING)).scalar()
    assert isinstance(before, date) and after == before + timedelta(days=1)
    health = json.loads(_cli(shop.url, "UTC", "health", "--json").stdout)
    assert health["timezone"] == "Asia/Tokyo"
    assert main(["settings", "set", "timezone", "UTC", "--db", shop.url]) == 0
    with shop.reading() as s:
        back = s.execute(select(Order.purchase_day).where(Order.order_id == EVENING)).scalar()
    assert back == before


@pytest.mark.parametrize("bad", ["PST", "CET", "Mars/Olympus", "", "../etc/passwd", " UTC"])
def test_only_iana_names_are_accepted(
    shop: Database, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["settings", "set", "timezone", bad, "--db", shop.url])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "time zone" in err or "abbreviation" in err
    with pytest.raises(ValueError):
        valid_zone_name(bad)


def test_an_unknown_setting_is_bad_usage(
    shop: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["settings", "get", "colour", "--db", shop.url])
    assert exc.value.code == 2 and "timezone" in capsys.readouterr().err


def test_the_machine_zone_is_an_iana_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert machine_zone_name() == "Europe/Berlin"
    monkeypatch.setenv("TZ", ":Asia/Tokyo")
    assert machine_zone_name() == "Asia/Tokyo"


def test_opening_an_old_shop_without_a_zone_stores_one(db_url: str) -> None:
    from sqlalchemy import delete

    from desktop_app.db.tables import settings

    first = open_database(db_url)
    with first.engine.begin() as conn:
        conn.execute(delete(settings).where(settings.c.key == "timezone"))
    first.close()
    again = open_database(db_url)
    with again.snapshot() as conn:
        stored = conn.execute(select(settings.c.value).where(settings.c.key == "timezone"))
        assert stored.scalar() == "UTC"  # the tests' machine zone
    again.close()
