"""Saved column mappings for CSV imports, kept in the settings table as ``mapping:NAME`` JSON."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import NotFound
from desktop_app.db.models import Setting
from desktop_app.io.generic import ColumnMapping
from desktop_app.services.context import set_setting

PREFIX = "mapping:"


def save_mapping(session: Session, mapping: ColumnMapping) -> None:
    name = mapping.name.strip()
    if not name:
        raise ValueError("a column mapping needs a name")
    set_setting(session, PREFIX + name, mapping.to_json())


def load_mapping(session: Session, name: str) -> ColumnMapping:
    row = session.get(Setting, PREFIX + name)
    if row is None:
        known = ", ".join(mapping_names(session)) or "none saved yet"
        raise NotFound(f"There is no column mapping named {name!r} (known: {known}).")
    return ColumnMapping.from_json(row.value)


def mapping_names(session: Session) -> list[str]:
    query = select(Setting.key).where(Setting.key.startswith(PREFIX)).order_by(Setting.key)
    return [key[len(PREFIX) :] for key in session.execute(query).scalars()]


def delete_mapping(session: Session, name: str) -> None:
    row = session.get(Setting, PREFIX + name)
    if row is not None:
        session.delete(row)
