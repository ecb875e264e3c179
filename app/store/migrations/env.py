"""Alembic environment: runs on the connection the app hands over (or a URL for the CLI)."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.store.tables import metadata

config = context.config


def _run(connection):
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section, {}),
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
