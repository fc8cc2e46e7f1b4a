"""Alembic environment: runs on the connection Seller Desk hands over (see db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from desktop_app.db.models import Base
from desktop_app.db.search import outside_models

config = context.config


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=outside_models,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:  # the `alembic` command line, for writing new revisions
    from desktop_app.db.engine import make_engine, resolve_url

    with make_engine(resolve_url(None)).connect() as conn:
        run_on(conn)
else:
    run_on(connection)
