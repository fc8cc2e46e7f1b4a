"""Persistence: SQLAlchemy models, the engine, migrations and read queries. No Qt here."""
