"""Opening the planner's database: checks before touching the file, one writer at a time,
pragmas on every connection, migrations to the current schema, one session per unit of work.

Guarantees (issue 6, "Nothing is ever lost"):
- WAL journal, ``synchronous=FULL``, foreign keys on, on every connection.
- Every ``Database.session()`` is one ``BEGIN IMMEDIATE`` transaction: a read-modify-write in it
  cannot interleave with another writer's.
- A file that is not a planner database, or a damaged one, raises :class:`DatabaseError` and is
  never written to (checked read-only, without even creating ``-wal``/``-shm`` files).
- One writer: a second process gets ``DatabaseError("in_use")`` and may open ``readonly=True``.
- A new database appears at its path complete (built under a temporary name, then linked), and
  the database, its ``-wal``/``-shm``, lock and backups are readable by their owner only.
- Before a schema upgrade and at most once a day on opening, a backup (see :mod:`.backup`).

Issue 10 ("Nothing is lost, round two"), all in this one open path, so every caller gets it:
- A file written by a newer version is refused untouched (``newer_schema``), for reading too.
- The full ``integrity_check`` runs when the file changed since the last good check
  (:mod:`.integrity`); a damaged file is refused (``damaged``, the latest good backup named).
- A file on read-only media (or not writable) opens read-only (``Database.readonly_reason``
  ``"media"``, ``Database.note``); writing to it raises ``read_only_media``.
- Partial files of a killed backup, restore or creation (``.NAME.part-PID``,
  ``.NAME.restore-PID``, ``.NAME.new-PID``) are removed when that process is gone.
- A write that fails for disk full, read-only, permission raises ``DatabaseError`` with that
  reason (``disk_full``, ``read_only_media``, ``permission_denied``, ``io_error``).

Issue 17 (a team database): ``path`` may name a PostgreSQL database (``postgresql://…`` or a
libpq ``service=``); :func:`open_db` then opens it through :mod:`.pg`, with the same schema
(the same migrations), the same sessions and so the same services and rules. Every SQLite-only
step above (file checks, lock, pragmas, integrity check, backups on opening, read-only media) is
skipped there; what replaces each is said in :mod:`.pg`.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import URL
from sqlmodel import Session, create_engine

from app.files import fsync_dir

from . import backup, integrity, lock, pg
from .paths import (  # noqa: F401
    SQLITE_MAGIC,
    DatabaseError,
    clean_partials,
    default_db_path,
    disk_full,
    media_read_only,
    preflight,
    private_dir,
    sqlite_reason,
)
from .sqlitefile import (  # noqa: F401 - re-exported: the store's public names
    MIGRATIONS,
    MIGRATIONS_RESOURCE,
    PLANNER_TABLES,
    create_private_file,
    head_revision,
    known_revisions,
    quick_check,
    sqlite_uri,
    wal_path,
)


def _on_connect(dbapi_conn, _record, readonly: bool = False):
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    if not readonly:
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _on_begin(conn):
    """Real transactions: BEGIN IMMEDIATE for a unit of work (it takes the write lock before it
    reads, so nothing it read can change under it), a plain BEGIN (a consistent snapshot) for
    reading."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("planner_write")
                         else "BEGIN")


def make_engine(path: Path, readonly: bool = False, immutable: bool = False) -> Engine:
    if readonly:
        params = {"mode": "ro", **({"immutable": "1"} if immutable else {})}
        url = URL.create("sqlite", database=sqlite_uri(path, **params), query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=os.path.abspath(path))
    # hide_parameters: an error message (and so a crash log) never carries contract data
    engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
    event.listen(engine, "connect", lambda c, r: _on_connect(c, r, readonly))
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS_RESOURCE)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction; the revision is recorded in the file
    (alembic_version)."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # two planners upgrading one server: one at a time
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7417001)")
        command.upgrade(alembic_config(conn), revision)


class PlannerSession(Session):
    """The session of a unit of work; every change it flushes is written to the history
    (see :mod:`.audit`)."""


def _install_audit() -> None:
    from . import audit

    audit.install(PlannerSession)


_install_audit()


@dataclass
class Database:
    #: The file, or for a team database the connection string as shown (never a password).
    path: Path | str
    engine: Engine
    readonly: bool = False
    lock_key: str | None = field(default=None, repr=False)
    #: Why the daily backup failed on opening (None when it worked or was not due).
    backup_error: str | None = field(default=None, repr=False)
    #: Why the database is read-only: "requested" (readonly=True), "media" (the file or its
    #: folder cannot be written: read-only media, permissions).
    readonly_reason: str | None = field(default=None, repr=False)
    #: A message id (app.messages) to show the user on opening, e.g. "db.note_read_only_media".
    note: str | None = field(default=None, repr=False)
    #: The file passed the full integrity check (or was unchanged since one) when it was opened
    #: for writing: closing it records it as good (see :mod:`.integrity`).
    verified: bool = field(default=False, repr=False)

    @property
    def is_pg(self) -> bool:
        """A team database on a PostgreSQL server (not an SQLite file)."""
        return self.engine.dialect.name == "postgresql"

    def _reason(self, exc: BaseException) -> str | None:
        if self.is_pg:
            return pg.pg_reason(exc)
        return sqlite_reason(exc, Path(self.path))

    @contextmanager
    def session(self):
        """One unit of work: commits when the block ends cleanly, rolls back otherwise.
        A write the file system refuses raises ``DatabaseError`` with its reason
        (``disk_full``, ``read_only_media``, ``permission_denied``, ``io_error``)."""
        if self.readonly:
            raise DatabaseError("read_only_media" if self.readonly_reason == "media" else "read_only",
                                self.path)
        if self.is_pg:  # one unit of work as if alone on the server (see .pg)
            write = self.engine.execution_options(isolation_level="SERIALIZABLE")
        else:
            write = self.engine.execution_options(planner_write=True)
        with PlannerSession(write, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException as exc:
                try:
                    s.rollback()
                except Exception:  # noqa: BLE001 - a failed rollback after a failed commit: the commit's error is raised
                    pass
                reason = self._reason(exc)
                if reason is not None:
                    raise DatabaseError(reason, self.path) from exc
                raise

    def read(self):
        """A session for reading only (nothing is committed); one consistent snapshot."""
        if self.is_pg:
            return Session(self.engine.execution_options(isolation_level="REPEATABLE READ"),
                           expire_on_commit=False)
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
        if self.verified and self.lock_key is not None and lock.held_here(self.path):
            integrity.write_record(self.path)  # our own writes since the check are sound
        lock.release(self.lock_key)
        self.lock_key = None


def _create_new(path: Path, migrate: bool) -> None:
    """Build a new database under a temporary name and link it into place, so that the path
    holds either nothing or a complete database (a crash while creating leaves no empty file).
    The caller holds the lock."""
    for stale in path.parent.glob(f".{path.name}.new-*"):  # left by a crash while creating
        stale.unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    create_private_file(tmp)
    try:
        engine = make_engine(tmp)
        try:
            if migrate:
                upgrade(engine)
            else:
                with engine.connect():
                    pass  # journal_mode=WAL writes the header: a valid, empty database
        finally:
            engine.dispose()  # the last connection checkpoints and removes tmp's -wal
        _check_complete(tmp, path)
        try:
            os.link(tmp, path)  # fails, rather than replaces, if the path appeared meanwhile
        except FileExistsError:
            raise DatabaseError("cannot_open", path, "created by another program meanwhile") from None
        except OSError:  # file systems without hard links
            os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        for p in (tmp, wal_path(tmp), tmp.with_name(tmp.name + "-shm")):
            p.unlink(missing_ok=True)


def _check_complete(tmp: Path, path: Path) -> None:
    """Make sure the new file holds the whole database before it is linked into place: the last
    connection's checkpoint fails silently when the disk is full, and the file alone (without its
    -wal) would then be damaged. Raises DatabaseError with the plain reason."""

    try:
        con = sqlite3.connect(sqlite_uri(tmp), uri=True, isolation_level=None)
        try:
            busy, log, done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise DatabaseError(sqlite_reason(exc) or "cannot_open", path, str(exc)) from None
    wal = wal_path(tmp)
    if busy or (log != -1 and done != log) or ok != "ok" or (wal.exists() and wal.stat().st_size):
        reason = "disk_full" if disk_full(tmp.parent) else "cannot_open"
        raise DatabaseError(reason, path, "the new database could not be completed")


def open_db(path: Path | str | None = None, *, create: bool = True, migrate: bool = True,
            readonly: bool = False) -> Database:
    """Open (or create) the planner database at ``path``; see :func:`_open_db`. A damaged file's
    refusal names the latest good backup of it. A ``postgresql://`` URL or libpq ``service=``
    string opens a team database instead (:func:`_open_pg`)."""
    if pg.is_pg(path):
        return _open_pg(str(path), create=create, migrate=migrate, readonly=readonly)
    path = Path(path) if path else default_db_path()
    try:
        return _open_db(path, create=create, migrate=migrate, readonly=readonly)
    except DatabaseError as exc:
        if exc.reason == "damaged" and not exc.detail:
            raise backup.damaged_error(path) from None
        raise


def _open_db(path: Path, *, create: bool, migrate: bool, readonly: bool) -> Database:
    """Open (or create) the planner database at ``path`` and bring its schema up to date.

    A path that is not a database, or a damaged one, raises :class:`DatabaseError` and the file
    is left untouched. When another copy of the app has the file open for writing this raises
    ``DatabaseError("in_use")``; ``readonly=True`` opens it for reading all the same.
    """
    path = Path(path) if path else default_db_path()
    if path == default_db_path():
        private_dir(path.parent)
    existed = path.exists()
    on_ro_media = existed and media_read_only(path)
    preflight(path, create and not readonly and not on_ro_media)
    if not on_ro_media:
        clean_partials(Path(os.path.realpath(path)).parent)
    if existed:
        quick_check(path)
    if readonly or on_ro_media:
        if existed:
            integrity.ensure_sound(path, record=False)
        return _open_readonly(path, "media" if on_ro_media else "requested")
    try:
        key = lock.acquire(path)
    except lock.LockBusy:
        raise DatabaseError("in_use", path) from None
    except OSError as exc:
        raise DatabaseError("cannot_open", path, exc.strerror or str(exc)) from None
    engine = None
    try:
        if existed:
            integrity.ensure_sound(path, record=True)
        else:
            _create_new(path, migrate)
            lock.lock_identity(key, path)
        engine = make_engine(path)
        rev = current_revision(engine)
        if rev is not None and rev not in known_revisions():
            raise DatabaseError("newer_schema", path, str(rev))
        if migrate and rev != head_revision():
            if rev is not None:
                backup.backup_before_upgrade(path)
            upgrade(engine)
        _restrict_mode(path)
        db = Database(path, engine, False, key, verified=True)
        if existed:
            db.backup_error = backup.daily_backup(path)
        return db
    except DatabaseError:
        if engine is not None:
            engine.dispose()
        lock.release(key)
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite refused the file: report, never trace back
        if engine is not None:
            engine.dispose()
        lock.release(key)
        reason = sqlite_reason(exc, path)
        if reason is not None:
            raise DatabaseError(reason, path) from None
        raise DatabaseError("cannot_open", path, (str(exc).splitlines() or [""])[0]) from None


def _open_pg(target: str, *, create: bool, migrate: bool, readonly: bool) -> Database:
    """Open the team database ``target`` (see :mod:`.pg`) and bring its schema up to date. The
    database itself must exist on the server (its administrator creates it); an empty one gets
    the planner's tables when ``create``. A database holding other tables is refused
    (``foreign_database``), a newer schema too (``newer_schema``); the server unreachable or
    refusing the login is ``cannot_connect`` with libpq's own words."""
    shown = pg.display(target)
    engine = pg.make_engine(target)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            rev = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() \
                if "alembic_version" in tables else None
        if tables and not tables >= PLANNER_TABLES:
            raise DatabaseError("foreign_database", shown)
        if rev is not None and rev not in known_revisions():
            raise DatabaseError("newer_schema", shown, str(rev))
        if not tables and (readonly or not create):
            raise DatabaseError("empty_team_database", shown)
        if readonly:
            return Database(shown, engine, True, readonly_reason="requested")
        if migrate and rev != head_revision():
            upgrade(engine)
        return Database(shown, engine, False)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # noqa: BLE001 - the server refused: report, never trace back
        engine.dispose()
        reason = pg.pg_reason(exc) or "cannot_open"
        text = str(getattr(exc, "orig", None) or exc)
        raise DatabaseError(reason, shown, (text.strip().splitlines() or [""])[0]) from None


def _open_readonly(path: Path, why: str = "requested") -> Database:
    immutable = why == "media" and not wal_path(path).exists()
    engine = make_engine(path, readonly=True, immutable=immutable)
    try:
        rev = current_revision(engine)
    except Exception as exc:  # noqa: BLE001 - any refusal of sqlite becomes DatabaseError('cannot_open'), said to the user
        engine.dispose()
        raise DatabaseError("cannot_open", path, (str(exc).splitlines() or [""])[0]) from None
    if rev is None:
        engine.dispose()
        raise DatabaseError("foreign_database", path)
    if rev not in known_revisions():
        engine.dispose()
        raise DatabaseError("newer_schema", path, str(rev))
    return Database(path, engine, True, readonly_reason=why,
                    note="db.note_read_only_media" if why == "media" else None)


def _restrict_mode(path: Path) -> None:
    """The database is readable by its owner only (POSIX); fixes files made by older versions."""
    if os.name == "posix":
        for p in (path, wal_path(path), path.with_name(path.name + "-shm"), lock.lock_path(path)):
            try:
                if p.exists() and (p.stat().st_mode & 0o777) != 0o600:
                    os.chmod(p, 0o600)
            except OSError:
                pass
