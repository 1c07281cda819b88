"""Alembic environment: runs migrations on the connection Newsdesk hands over.

Newsdesk never runs the ``alembic`` command against a user's file; it calls
:func:`storage.migrate.upgrade`, which passes an open connection in
``config.attributes["connection"]``. The ``alembic`` command works too for
developers (``alembic -c storage/alembic.ini revision -m "..."``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from storage.orm import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # pragma: no cover - developer use of the alembic command
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///newsdesk-dev.db"
    with create_engine(url).connect() as dev_connection:
        context.configure(
            connection=dev_connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        dev_connection.commit()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
