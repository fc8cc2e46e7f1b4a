"""Shared fixtures. Qt runs offscreen; the database is SQLite unless a PostgreSQL server is given.

Set ``SELLER_DESK_TEST_PG`` to a server URL (``postgresql+psycopg://user@host:port/postgres``)
to run every database test against a fresh PostgreSQL database instead of a SQLite file.
"""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "UTC")

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool

from desktop_app.db.database import Database, open_database

PG_ENV = "SELLER_DESK_TEST_PG"


def pytest_report_header() -> str:
    server = os.environ.get(PG_ENV)
    return f"seller-desk database: {'PostgreSQL ' + server if server else 'SQLite'}"


@pytest.fixture(autouse=True)
def _english_window(request: pytest.FixtureRequest) -> None:
    """A test of the window sees it in English whatever the machine's language, with the
    translators installed as the app installs them at start-up (the English catalogue holds
    the plural forms: "1 order", "25 orders")."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from desktop_app.ui.translation import ENGLISH, install

        install(ENGLISH, request.getfixturevalue("qapp"))


@pytest.fixture(autouse=True)
def _garbage_is_collected_on_the_main_thread() -> Iterator[None]:
    """As in the window (desktop_app/ui/gc_pin.py): no automatic cycle collection, which
    would run in whichever thread allocates (a pool worker of one test could finalise the
    dialogs of an earlier one from the wrong thread and crash the run); what is due is
    collected here, on the main thread, after each test."""
    gc.disable()
    yield
    gc.disable()  # a test that ran the app gave automatic collection back when it stopped
    from desktop_app.ui.gc_pin import collect_due

    collect_due()


@pytest.fixture(autouse=True)
def _workers_finish_before_the_widgets_go(request: pytest.FixtureRequest) -> Iterator[None]:
    """In a test with widgets (qtbot), its background reads end and their answers are
    delivered while its widgets and their Operations still exist: a worker that outlived them
    emitted into freed objects ("Signal source has been deleted", once a segfault in a later
    test). qtbot is set up from here, so this teardown runs before qtbot closes the widgets."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(1)  # the queued answers


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file, copied for each test (migrating once is enough)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _pg_admin(server: str) -> Engine:
    return create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _pg_url(server: str, name: str) -> str:
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _pg_create(server: str, prefix: str, *, template: str | None = None) -> str:
    """A new database named ``prefix_<random>`` (a copy of ``template`` when given)."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin(server)
    with admin.connect() as conn:
        copy = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    admin.dispose()
    return name


def _pg_drop(server: str, name: str) -> None:
    # WITH (FORCE) also ends connections a test (or a killed subprocess) left behind
    admin = _pg_admin(server)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str | None]:
    """On PostgreSQL: a migrated, empty database that each test's database is cloned from."""
    server = os.environ.get(PG_ENV)
    if not server:
        yield None
        return
    name = _pg_create(server, "sd_template")
    try:
        db = open_database(_pg_url(server, name))
        db.close()  # no connection may stay open on a template
        yield name
    finally:
        _pg_drop(server, name)


@pytest.fixture
def db_url(tmp_path: Path, _sqlite_template: Path, _pg_template: str | None) -> Iterator[str]:
    """The URL of a fresh, migrated, empty database for one test."""
    server = os.environ.get(PG_ENV)
    if not server or _pg_template is None:
        target = tmp_path / "shop.db"
        shutil.copy(_sqlite_template, target)
        yield f"sqlite:///{target}"
        return
    name = _pg_create(server, "sd_test", template=_pg_template)
    try:
        yield _pg_url(server, name)
    finally:
        _pg_drop(server, name)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def clone_db(tmp_path: Path) -> Iterator[Callable[[Database], Database]]:
    """Makes an opened copy of a test's database as it stands (its connections are closed
    first: PostgreSQL copies a database only while no one is connected to it)."""
    made: list[tuple[Database, str | None]] = []

    def clone(db: Database) -> Database:
        db.close()
        if db.url.startswith("sqlite"):
            copy = tmp_path / f"clone-{len(made)}.db"
            shutil.copy(Path(db.url.removeprefix("sqlite:///")), copy)
            made.append((open_database(f"sqlite:///{copy}"), None))
            return made[-1][0]
        server = os.environ[PG_ENV]
        name = _pg_create(server, "sd_clone", template=make_url(db.url).database)
        made.append((open_database(_pg_url(server, name)), name))
        return made[-1][0]

    yield clone
    for database, name in made:
        database.close()
        if name is not None:
            _pg_drop(os.environ[PG_ENV], name)
