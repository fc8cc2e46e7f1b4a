"""On a PostgreSQL server, the pg_dump command Seller Desk prints really backs the shop up,
and the pg_restore command it prints puts it back. Runs only with SELLER_DESK_TEST_PG."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

from desktop_app.db.database import Database, open_database
from desktop_app.services.backup import BackupNotPossible, backup_database, pg_restore_command
from desktop_app.services.cancellation import CancelRequest, cancel_order
from desktop_app.services.context import Context
from tests.factories import dump, make_order

pytestmark = pytest.mark.skipif(
    not os.environ.get("SELLER_DESK_TEST_PG"), reason="needs SELLER_DESK_TEST_PG"
)


def _tool(name: str) -> str:
    """The client tool of the server's own version (pg_config's bindir), else on PATH."""
    config = shutil.which("pg_config")
    if config:
        bindir = subprocess.run([config, "--bindir"], capture_output=True, text=True).stdout
        candidate = Path(bindir.strip()) / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _run(command: str) -> None:
    argv = shlex.split(command)
    argv[0] = _tool(argv[0])
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def test_printed_pg_dump_and_pg_restore_commands_work(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        make_order(s, "111-0000001-0000001", items=(("MUG-1", 2, 2400),))
        make_order(s, "111-0000002-0000002")
    with db.transaction() as s:
        cancel_order(s, Context(actor="anna"), CancelRequest("111-0000002-0000002", "NoInventory"))
    before = dump(db)

    out = tmp_path / "shop.dump"
    with pytest.raises(BackupNotPossible) as info:
        backup_database(db.url, out)
    command = next(
        line.strip() for line in str(info.value).splitlines() if line.strip().startswith("pg_dump")
    )
    _run(command)
    assert out.stat().st_size > 0

    # restore into a new, empty database, as the printed pg_restore command does
    name = f"sd_restore_{uuid.uuid4().hex[:10]}"
    admin = create_engine(db.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    target = make_url(db.url).set(database=name).render_as_string(hide_password=False)
    try:
        _run(pg_restore_command(target, out))
        restored = open_database(target)
        try:
            assert dump(restored) == before
            assert restored.migration is not None and not restored.migration.migrated
        finally:
            restored.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
