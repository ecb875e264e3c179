"""Copy a whole planner database into another, across engines (``migrate``, issue 17): an SQLite
file into a team database on PostgreSQL or back. Every table, the history and the ledger too, row
for row with their ids, in one transaction on the target; the target must be new or empty, and is
checked before anything is written."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from .db import Database, current_revision, head_revision, open_db
from .paths import DatabaseError
from .pg import is_pg
from .tables import metadata, planner_tables


class TransferRefused(Exception):
    """``reason``: ``target_not_empty``, ``source_old_schema`` or ``source_offline_copy``; nothing
    was written."""

    def __init__(self, reason: str, target: str):
        self.reason, self.target = reason, target
        super().__init__(f"{target}: {reason}")


def row_counts(db: Database) -> dict[str, int]:
    """Rows per planner table."""
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in planner_tables()}


def _open_offline_copy(db: Database) -> bool:
    """``db`` is a laptop copy whose changes have not been brought back yet."""
    table = metadata.tables["offline_copy"]
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)
                            .where(table.c.brought_at.is_(None))).scalar_one() > 0


def _target_is_empty(target: Path | str) -> bool:
    """The target is new, or an empty database (no planner data; for PostgreSQL no table at all
    or the planner's tables with no rows)."""
    if not is_pg(target) and not Path(target).exists():
        return True
    try:
        db = open_db(target, create=False, readonly=True)
    except DatabaseError as exc:
        if exc.reason == "empty_team_database":
            return True
        raise
    try:
        return not any(row_counts(db).values())
    finally:
        db.close()


def open_source(source: Path | str, target: Path | str) -> Database:
    """``source`` opened read-only for copying into ``target`` (the caller closes it), once it is
    at the current schema and ``target`` is new or empty. Raises :class:`TransferRefused`."""
    src = open_db(source, create=False, readonly=True)
    try:
        if current_revision(src.engine) != head_revision():
            raise TransferRefused("source_old_schema", str(src.path))
        if not _target_is_empty(target):
            raise TransferRefused("target_not_empty", str(target))
    except BaseException:
        src.close()
        raise
    return src


def copy_database(source: Path | str, target: Path | str) -> tuple[Database, Database, dict[str, int]]:
    """Copy every row of ``source`` into the new or empty ``target``; returns both databases, open
    (the caller closes them), and the rows copied per table. Raises :class:`TransferRefused`
    (nothing written) or ``DatabaseError``."""
    src = open_source(source, target)
    try:
        if _open_offline_copy(src):  # a part of a database, to be merged back, not copied whole
            raise TransferRefused("source_offline_copy", str(src.path))
        dst = open_db(target, create=True)
    except BaseException:
        src.close()
        raise
    try:
        counts: dict[str, int] = {}
        with src.engine.connect() as read, dst.engine.begin() as write:
            for table in planner_tables():
                rows = [dict(r) for r in read.execute(select(table).order_by(table.c.id)).mappings()]
                if rows:
                    write.execute(table.insert(), rows)
                counts[table.name] = len(rows)
                if write.dialect.name == "postgresql":  # the next id after the copied ones
                    write.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)")
        return src, dst, counts
    except BaseException:
        src.close()
        dst.close()
        raise
