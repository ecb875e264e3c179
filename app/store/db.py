"""Opening the planner's database: checks before touching the file, pragmas on every
connection, migrations to the current schema, one session per unit of work."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """The database cannot be used; ``reason`` is a stable key, ``path`` the file concerned."""

    def __init__(self, reason: str, path: Path | str, detail: str = ""):
        self.reason = reason
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")


def default_db_path() -> Path:
    """The database in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("UnifiedPlanner", appauthor=False) / "planner.db"


def preflight(path: Path, create: bool) -> None:
    """Refuse a path that is not (and cannot become) a planner database, touching nothing."""
    if path.exists():
        if path.is_dir():
            raise DatabaseError("is_directory", path)
        if not os.access(path, os.R_OK):
            raise DatabaseError("not_readable", path)
        size = path.stat().st_size
        if size == 0:
            return
        with path.open("rb") as fh:
            head = fh.read(16)
        if head != SQLITE_MAGIC:
            raise DatabaseError("not_a_database", path)
        return
    if not create:
        raise DatabaseError("not_found", path)
    parent = path.parent
    if not parent.exists():
        raise DatabaseError("folder_missing", path, str(parent))
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise DatabaseError("folder_not_writable", path, str(parent))


def _set_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path, readonly: bool = False) -> Engine:
    if readonly:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    if not readonly:
        @event.listens_for(engine, "connect")
        def _wal(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; the revision is recorded in the file (alembic_version)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


@dataclass
class Database:
    path: Path
    engine: Engine
    readonly: bool = False

    @contextmanager
    def session(self):
        """One unit of work: commits when the block ends cleanly, rolls back otherwise."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def read(self):
        """A session for reading only (nothing is committed)."""
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def quick_check(path: Path) -> None:
    """Integrity and foreign-key check with the plain sqlite3 module, read-only."""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()
            if not ok or ok[0] != "ok":
                raise DatabaseError("damaged", path, str(ok[0] if ok else ""))
            if con.execute("PRAGMA foreign_key_check").fetchone():
                raise DatabaseError("damaged", path, "foreign keys")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("not_a_database", path, str(exc)) from None
    if tables and "alembic_version" not in tables:
        raise DatabaseError("foreign_database", path)


def open_db(path: Path | str | None = None, *, create: bool = True, migrate: bool = True,
            readonly: bool = False) -> Database:
    """Open (or create) the planner database at ``path`` and bring its schema up to date.

    A path that is not a database, or a damaged one, raises :class:`DatabaseError` and the file
    is left untouched.
    """
    path = Path(path) if path else default_db_path()
    if path == default_db_path():
        path.parent.mkdir(parents=True, exist_ok=True)
    preflight(path, create and not readonly)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        quick_check(path)
    engine = make_engine(path, readonly=readonly)
    try:
        if migrate and not readonly:
            rev = current_revision(engine) if existed else None
            if rev != head_revision():
                if existed:
                    from .backup import backup_before_upgrade

                    backup_before_upgrade(path)
                upgrade(engine)
            _restrict_mode(path)
        elif existed and current_revision(engine) is None:
            raise DatabaseError("foreign_database", path)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite refused the file: report, never trace back
        engine.dispose()
        raise DatabaseError("cannot_open", path, str(exc).splitlines()[0]) from None
    return Database(path, engine, readonly)


def _restrict_mode(path: Path) -> None:
    """The database is readable by its owner only (POSIX)."""
    if os.name == "posix":
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            try:
                if p.exists():
                    os.chmod(p, 0o600)
            except OSError:
                pass
