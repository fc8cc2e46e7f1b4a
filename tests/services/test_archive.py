"""The whole shop archived and restored: every table, across engines, and every refusal."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.errors import DomainError
from desktop_app.db import tables
from desktop_app.db.database import Database, open_database
from desktop_app.io.archive import (
    FORMAT_VERSION,
    MANIFEST_MEMBER,
    ArchiveError,
    looks_like_archive,
    member_name,
)
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.archive import archived_tables, export_archive, restore_archive
from desktop_app.services.context import TIMEZONE_KEY, Context, set_setting
from desktop_app.services.demo import build_demo
from desktop_app.services.mappings import save_mapping

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def contents(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order, as Python values."""
    out = {}
    with db.snapshot() as conn:
        for table in archived_tables():
            key = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*key))]
    return out


def fill(db: Database) -> None:
    """A demo shop with a zone, a currency and a saved mapping."""
    build_demo(db, 600, seed=5, now=NOW)
    with db.transaction() as session:
        set_setting(session, TIMEZONE_KEY, "Europe/Berlin")
        set_setting(session, "currency", "EUR")
        save_mapping(session, ColumnMapping(name="my shop", columns={"order_id": "Order"}))


@pytest.fixture
def shop(db: Database) -> Database:
    fill(db)
    return db


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    target = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    yield target
    target.close()


def test_sqlite_round_trip_keeps_every_table(
    shop: Database, empty: Database, tmp_path: Path
) -> None:
    before = contents(shop)
    kept = ("orders", "buyer_requests", "cancellations", "returns", "stock", "audit_events")
    assert all(before[n] for n in (*kept, "settings", "cancellation_lines", "return_lines"))
    path = tmp_path / "shop.sdarchive"
    result = export_archive(shop, path)
    assert looks_like_archive(path)
    assert result.rows["orders"] == 600 and result.size_bytes == path.stat().st_size
    restored = restore_archive(empty, path)
    assert restored.rows == result.rows
    assert contents(empty) == before
    # what a seller would notice: the zone, the mapping, a search that finds an order
    with empty.reading() as session:
        from desktop_app.services.context import shop_zone
        from desktop_app.services.mappings import mapping_names

        assert str(shop_zone(session)) == "Europe/Berlin"
        assert mapping_names(session) == ["my shop"]
    from desktop_app.services.queries import OrderFilter, count_orders

    some = before["orders"][7][1]
    with empty.reading() as session:
        assert count_orders(session, OrderFilter(search=some.lower()), NOW) == 1


@pytest.mark.skipif(not os.environ.get("SELLER_DESK_TEST_PG"), reason="needs PostgreSQL")
def test_sqlite_to_postgresql_to_sqlite(tmp_path: Path, db_url: str) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'source.db'}")
    fill(source)
    before = contents(source)
    first = tmp_path / "first.sdarchive"
    export_archive(source, first)
    source.close()
    server = open_database(db_url)  # a fresh PostgreSQL database
    try:
        restore_archive(server, first)
        assert contents(server) == before
        second = tmp_path / "second.sdarchive"
        export_archive(server, second)
        # the ids' sequences moved past the restored rows: a new row gets a new id
        with server.transaction() as session:
            session.execute(tables.settings.insert().values(key="after", value="restore"))
            ctx = Context(actor="t", clock=lambda: NOW)
            from desktop_app.services.context import audit

            audit(session, ctx, "test", "a new event after the restore")
    finally:
        server.close()
    back = open_database(f"sqlite:///{tmp_path / 'back.db'}")
    try:
        restore_archive(back, second)
        assert contents(back) == before
    finally:
        back.close()


def test_restore_into_a_shop_with_orders_is_refused(shop: Database, tmp_path: Path) -> None:
    path = tmp_path / "shop.sdarchive"
    export_archive(shop, path)
    before = contents(shop)
    with pytest.raises(DomainError, match=r"already holds 600 orders.*Nothing was written"):
        restore_archive(shop, path)
    assert contents(shop) == before


# -- damaged archives: each refused with a sentence, nothing written ----------------------------


@pytest.fixture
def archive(shop: Database, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sdarchive"
    export_archive(shop, path)
    return path


def refused(empty: Database, path: Path, match: str) -> None:
    before = contents(empty)
    with pytest.raises(ArchiveError, match=match) as caught:
        restore_archive(empty, path)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
    assert contents(empty) == before
    assert not any(before.values()) or before["settings"] == contents(empty)["settings"]


def test_a_truncated_archive_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    cut = tmp_path / "cut.sdarchive"
    data = archive.read_bytes()
    for size in (len(data) // 2, len(data) - 10, 200):
        cut.write_bytes(data[:size])
        assert looks_like_archive(cut)  # still recognised, then refused
        refused(empty, cut, "incomplete or damaged")


def _rewrite(source: Path, target: Path, change: Any) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info, data, compress_type=info.compress_type)


def test_one_byte_changed_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    # in the compressed bytes: the zip's CRC or the inflater finds it
    flipped = tmp_path / "flipped.sdarchive"
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as z:
        info = z.getinfo(member_name("orders"))
    data[info.header_offset + 30 + len(info.filename) + info.compress_size // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    refused(empty, flipped, "damaged")
    # in a member rewritten with a valid CRC: the manifest's SHA-256 finds it
    altered = tmp_path / "altered.sdarchive"

    def one_digit(name: str, body: bytes) -> bytes:
        if name != member_name("cancellations"):
            return body
        at = body.index(b"true") if b"true" in body else body.index(b"false")
        return body[:at] + (b"fals" if body[at : at + 4] == b"true" else b"true") + body[at + 4 :]

    _rewrite(archive, altered, one_digit)
    refused(empty, altered, "cancellations.jsonl does not match its checksum")


def test_a_missing_member_is_refused(archive: Path, empty: Database, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sdarchive"
    _rewrite(archive, missing, lambda n, b: None if n == member_name("returns") else b)
    refused(empty, missing, "tables/returns.jsonl is missing")
    no_manifest = tmp_path / "no-manifest.sdarchive"
    _rewrite(archive, no_manifest, lambda n, b: None if n == MANIFEST_MEMBER else b)
    refused(empty, no_manifest, "manifest is missing")


def _manifest_change(archive: Path, target: Path, edit: Any) -> None:
    def change(name: str, body: bytes) -> bytes:
        if name != MANIFEST_MEMBER:
            return body
        manifest = json.loads(body)
        edit(manifest)
        return json.dumps(manifest).encode()

    _rewrite(archive, target, change)


def test_an_archive_from_a_newer_seller_desk_is_refused(
    archive: Path, empty: Database, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sdarchive"
    _manifest_change(archive, newer, lambda m: m.update(format_version=FORMAT_VERSION + 1,
                                                        app_version="9.0"))  # fmt: skip
    refused(empty, newer, r"made by a newer Seller Desk \(9.0, archive format 2")
    newer_schema = tmp_path / "newer-schema.sdarchive"
    _manifest_change(archive, newer_schema, lambda m: m.update(schema_revision="9999"))
    refused(empty, newer_schema, "newer Seller Desk .* schema 9999")


def test_an_archive_from_an_older_schema_is_upgraded(
    shop: Database, archive: Path, empty: Database, tmp_path: Path
) -> None:
    """An older archive lacks the columns added since: they take their defaults."""
    older = tmp_path / "older.sdarchive"
    member = member_name("cancellation_lines")
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read(MANIFEST_MEMBER))
        rows = [json.loads(line) for line in z.read(member).splitlines()]
    columns = manifest["tables"]["cancellation_lines"]["columns"]
    at = columns.index("restocked")
    body = b"".join(
        json.dumps(r[:at] + r[at + 1 :], separators=(",", ":")).encode() + b"\n" for r in rows
    )
    import hashlib

    def change(name: str, data: bytes) -> bytes:
        if name == member:
            return body
        if name == MANIFEST_MEMBER:
            entry = manifest["tables"]["cancellation_lines"]
            entry["columns"] = columns[:at] + columns[at + 1 :]
            entry["sha256"] = hashlib.sha256(body).hexdigest()
            manifest["schema_revision"] = "0001"
            return json.dumps(manifest).encode()
        return data

    _rewrite(archive, older, change)
    restore_archive(empty, older)
    with empty.snapshot() as conn:
        restocked = conn.execute(select(tables.cancellation_lines.c.restocked)).scalars().all()
    assert len(restocked) == len(rows) > 0 and set(restocked) == {0}
    theirs, ours = contents(shop), contents(empty)
    assert ours["orders"] == theirs["orders"] and ours["cancellations"] == theirs["cancellations"]


def test_export_leaves_nothing_when_the_disk_fills(
    shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from desktop_app.io import archive as archive_io

    real = archive_io.ArchiveWriter.write_table
    calls = {"n": 0}

    def full(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(archive_io.ArchiveWriter, "write_table", full)
    target = tmp_path / "full.sdarchive"
    with pytest.raises(DomainError, match=r"No space left on device\. Nothing was written"):
        export_archive(shop, target)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_not_an_archive(tmp_path: Path, empty: Database) -> None:
    other = tmp_path / "book.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("sheet.xml", "<x/>")
    assert not looks_like_archive(other)
    with pytest.raises(ArchiveError, match="is not a Seller Desk archive"):
        restore_archive(empty, other)
