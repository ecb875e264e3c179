"""The planner file itself, for the window: open it, hold it, back it up, restore it.

The window (``app.ui``) reaches the store only through the services; this module is its door to
the database file (import-linter's contract "the window reaches the store only through the
services" checks it). Each wrapper looks the store function up when called, so a test that
replaces ``app.store.backup.restore`` replaces it for the window too. The store's modules are
imported by the wrapper that needs them: the window paints before the database layer
(SQLAlchemy, the tables, the audit listeners) is imported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.store import lock as _lock
from app.store import paths as _paths
from app.store import pg as _pg
from app.store.lock import LockBusy
from app.store.paths import DatabaseError

if TYPE_CHECKING:
    from app.store.db import Database

__all__ = [
    "Database", "DatabaseError", "LockBusy", "acquire_lock", "backup_dir", "backup_now", "backup_time",
    "data_folder", "is_team_database", "last_backup_time", "latest_good_backup", "open_db", "preflight", "release_lock", "restore",
    "team_database_shown",
]


def __getattr__(name: str):
    """``Database`` when asked for: the database layer (SQLAlchemy, the tables, the audit
    listeners) is imported when the database is opened, not when the window is built."""
    if name == "Database":
        from app.store.db import Database

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def data_folder() -> Path:
    """The user's data folder (the default database and its backups live there)."""
    return _paths.default_db_path().parent


def open_db(path: Path | str | None = None, *, create: bool = True, migrate: bool = True,
            readonly: bool = False) -> Database:
    """Open (or create) the planner database at ``path``; see app.store.db.open_db."""
    from app.store import db as _db

    return _db.open_db(path, create=create, migrate=migrate, readonly=readonly)


def is_team_database(target: object) -> bool:
    """``target`` names a team database (a PostgreSQL connection string), not a file."""
    return _pg.is_pg(target)


def team_database_shown(target: str) -> str:
    """A team database's connection string as shown and kept: never a password."""
    return _pg.display(target)


def preflight(path: Path, create: bool) -> None:
    """Refuse a path that is not (and cannot become) a planner database, touching nothing."""
    _paths.preflight(path, create)


def acquire_lock(path: Path) -> str:
    """Hold the planner file at ``path`` for this process (LockBusy when another holds it)."""
    return _lock.acquire(path)


def release_lock(key: str | None) -> None:
    """Let go of a hold taken with acquire_lock (None: nothing held)."""
    _lock.release(key)


def backup_dir(db_path: Path) -> Path:
    from app.store import backup as _backup

    return _backup.backup_dir(db_path)


def backup_time(backup: Path) -> datetime | None:
    from app.store import backup as _backup

    return _backup.backup_time(backup)


def last_backup_time(db_path: Path) -> datetime | None:
    from app.store import backup as _backup

    return _backup.last_backup_time(db_path)


def latest_good_backup(db_path: Path) -> Path | None:
    from app.store import backup as _backup

    return _backup.latest_good_backup(db_path)


def backup_now(db_path: Path, dest: Path | None = None, kind: str = "manual") -> Path:
    from app.store import backup as _backup

    return _backup.backup_now(db_path, dest, kind)


def restore(db_path: Path, backup_path: Path) -> Path | None:
    """Replace the database with ``backup_path`` (the former file is kept aside)."""
    from app.store import backup as _backup

    return _backup.restore(db_path, backup_path)
