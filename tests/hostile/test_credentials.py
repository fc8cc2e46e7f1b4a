"""A password given to Seller Desk in any form never shows: not on stdout or stderr, not in
the log, not in the suggested pg_dump command (the window: tests/ui/test_hostile_window.py)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.db.redact import normalise_url, redact, remember_secrets, secrets_of
from desktop_app.logs import setup_logging
from tests.hostile.conftest import read_log

# (form, the --db value with {S} for the secret, the secret)
FORMS = [
    ("user info", "postgresql+psycopg://seller:{S}@127.0.0.1:1/shop", "Pw9SECRETx"),
    ("query password", "postgresql+psycopg://seller@127.0.0.1:1/shop?password={S}", "QpSECRET7"),
    ("unencoded / # ?", "postgresql+psycopg://seller:{S}@127.0.0.1:1/shop", "Se/cr#et?Pw9"),
    ("@ in the password", "postgresql+psycopg://seller:{S}@127.0.0.1:1/shop", "Sec@ret@Pw9"),
    ("user with @", "postgresql+psycopg://seller@srv:{S}@127.0.0.1:1/shop", "AzSECRET@5"),
    ("passfile", "postgresql+psycopg://seller@127.0.0.1:1/shop?passfile={S}", "/h/PFSECRET/.pg"),
    (
        "sslpassword",
        "postgresql+psycopg://seller@127.0.0.1:1/shop?sslmode=require&sslpassword={S}",
        "KeySECRET9",
    ),
    ("libpq key=value", "host=127.0.0.1 port=1 password={S} dbname=shop", "KvSECRET42"),
    ("libpq quoted", "host=127.0.0.1 password='{S}' dbname=shop", "quoted SECRET 8"),
]
IDS = [form for form, _, _ in FORMS]


def pieces(secret: str) -> list[str]:
    """The secret and every piece of it a wrong parser could show (split at @ / # ? space)."""
    return [secret] + [p for p in re.split(r"[@/#? ]", secret) if len(p) >= 4 and p != secret]


def assert_hidden(secret: str, *texts: str) -> None:
    for text in texts:
        for piece in pieces(secret):
            assert piece not in text, f"{piece!r} shows in: {text}"


@pytest.mark.parametrize(("form", "template", "secret"), FORMS, ids=IDS)
def test_no_output_or_log_line_shows_the_secret(
    form: str,
    template: str,
    secret: str,
    tmp_path: Path,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # the key=value forms are taken as a file path
    arg = template.format(S=secret)
    seen: list[str] = []
    for command in (
        ["orders"],
        ["orders", "--json"],
        ["health"],
        ["backup", str(tmp_path / "copy.db")],
        ["export", str(tmp_path / "out.csv")],
        ["cancel", "111-0000001-0000001", "--reason", "NoInventory"],
    ):
        code = main(["--db", arg, *command])
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), (command, out, err)
        assert "Traceback" not in err
        seen += [out, err]
    setup_logging()
    logging.getLogger("desktop_app.test").error("connecting to %s failed", arg)
    logging.getLogger("desktop_app.test").exception("driver said: %s", f"bad password {secret}")
    seen.append(read_log(log_file))
    assert "connecting to" in seen[-1]
    assert_hidden(secret, *seen)


@pytest.mark.parametrize(("form", "template", "secret"), FORMS, ids=IDS)
def test_the_mask_alone_hides_each_form(form: str, template: str, secret: str) -> None:
    """Without remembering anything: the form itself says where the secret is."""
    text = f"could not open {template.format(S=secret)}: connection refused"
    masked = redact(text)
    assert_hidden(secret, masked)
    assert "***" in masked and "connection refused" in masked


def test_a_raw_password_reaches_the_driver_whole(capsys: pytest.CaptureFixture[str]) -> None:
    """A hand-typed '@', '/', '#' or '?' in a password is encoded, so the host stays the host
    (not the password's tail) in the driver's error and in the pg_dump command."""
    from sqlalchemy import make_url

    url = make_url(normalise_url("postgresql+psycopg://me:a@b/c#d?e@db.example.com:6432/shop"))
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "me",
        "a@b/c#d?e",
        "db.example.com",
        6432,
        "shop",
    )
    code = main(["--db", "postgresql+psycopg://me:Sec@retPw@db.example.com/shop", "backup", "x"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "pg_dump" in err and "--host=db.example.com" in err and "--username=me" in err
    assert_hidden("Sec@retPw", out, err)


def test_secrets_of_a_url_are_remembered_and_masked_in_any_text() -> None:
    url = "postgresql://me@h/x?password=Remember9Me"
    assert "Remember9Me" in secrets_of(url)
    remember_secrets(url)
    assert redact('FATAL: password "Remember9Me" rejected') == 'FATAL: password "***" rejected'


def test_sqlite_paths_are_left_alone() -> None:
    assert normalise_url("sqlite:////tmp/a@b/shop.db") == "sqlite:////tmp/a@b/shop.db"
    assert redact("sqlite:////home/me/shop.db") == "sqlite:////home/me/shop.db"
