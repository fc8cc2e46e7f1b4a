"""The shared policy module: every rule of the domain, free of Qt and SQLAlchemy."""
