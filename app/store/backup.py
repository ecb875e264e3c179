"""Backups through SQLite's online backup API (never a file copy of a live database).

They live in a ``backups`` folder beside the database, named
``<stem>-YYYYMMDD-HHMMSS-ffffff-<kind>.db`` (kind: daily, manual, pre-upgrade, pre-restore), so
their time is read from the name, whatever a copy does to the file's dates. Rotation keeps the
last 10 and the newest of every month. Every file is created with mode 600 before SQLite writes.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from . import lock
from .db import (
    DatabaseError,
    SQLITE_MAGIC,
    create_private_file,
    known_revisions,
    preflight,
    private_dir,
    quick_check,
    sqlite_uri,
    wal_path,
)

KEEP_LAST = 10
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME_RE = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")


def _online_copy(source_uri: str, target: Path) -> None:
    """Copy a database with SQLite's online backup API into ``target``, made self-contained
    (no -wal needed beside it to read it)."""
    source = sqlite3.connect(source_uri, uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_to(src: Path, dest: Path) -> Path:
    """Copy the database ``src`` into the new file ``dest`` (mode 600) with the backup API.
    ``dest`` is written under a temporary name and renamed when complete."""
    src, dest = Path(src), Path(dest)
    if dest.exists():
        raise FileExistsError(str(dest))
    private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    try:
        params = {"mode": "ro"} if wal_path(src).exists() else {"mode": "ro", "immutable": "1"}
        if lock.held_here(src):  # a live database of ours: read it normally
            params = {"mode": "ro"}
        _online_copy(sqlite_uri(src, **params), tmp)
        os.replace(tmp, dest)
    finally:
        for p in (tmp, tmp.with_name(tmp.name + "-journal")):
            p.unlink(missing_ok=True)
    return dest


def _name(db_path: Path, kind: str, when: datetime | None = None) -> str:
    return f"{Path(db_path).stem}-{(when or datetime.now()).strftime(STAMP)}-{kind}.db"


def backup_time(backup: Path) -> datetime | None:
    m = _NAME_RE.search(Path(backup).name)
    return datetime.strptime(m.group(1), STAMP) if m else None


def list_backups(db_path: Path) -> list[Path]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{db_path.stem}-*.db"):
        when = backup_time(p)
        if when is not None and p.name[: -len(_NAME_RE.search(p.name).group(0))] == db_path.stem:
            found.append((when, p))
    return [p for _, p in sorted(found, reverse=True)]


def last_backup_time(db_path: Path) -> datetime | None:
    backups = list_backups(db_path)
    return backup_time(backups[0]) if backups else None


def rotate(db_path: Path, keep_last: int = KEEP_LAST) -> list[Path]:
    """Delete backups beyond the last ``keep_last``, except the newest of each month."""
    backups = list_backups(db_path)
    keep = set(backups[:keep_last])
    months: set[tuple[int, int]] = set()
    for p in backups:  # newest first: the first seen of a month is its newest
        when = backup_time(p)
        if (when.year, when.month) not in months:
            months.add((when.year, when.month))
            keep.add(p)
    removed = [p for p in backups if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def backup_now(db_path: Path, dest: Path | None = None, kind: str = "manual") -> Path:
    """Back up ``db_path`` now: to ``dest`` (a new file, or a folder to put it in) or, by
    default, to the backups folder (then rotated). Returns the backup's path."""
    db_path = Path(db_path)
    if dest is None:
        out = backup_to(db_path, backup_dir(db_path) / _name(db_path, kind))
        rotate(db_path)
        return out
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / _name(db_path, kind)
    return backup_to(db_path, dest)


def backup_before_upgrade(db_path: Path) -> Path:
    return backup_now(db_path, kind="pre-upgrade")


def daily_backup(db_path: Path, today: date | None = None) -> str | None:
    """Back up unless a backup was made today already (cheap then: one folder listing).
    Returns None, or why the backup could not be made (a full disk must not stop the app)."""
    last = last_backup_time(db_path)
    if last is not None and last.date() == (today or date.today()):
        return None
    try:
        backup_now(db_path, kind="daily")
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    return None


def check_backup(backup: Path) -> str:
    """Refuse a file that is not a good planner backup (``DatabaseError`` naming it); returns
    its schema revision."""
    backup = Path(backup)
    preflight(backup, create=False)
    quick_check(backup)
    uri = sqlite_uri(backup, mode="ro", **({} if wal_path(backup).exists() else {"immutable": "1"}))
    con = sqlite3.connect(uri, uri=True)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()
        if not ok or ok[0] != "ok":
            raise DatabaseError("damaged", backup, str(ok[0] if ok else ""))
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            raise DatabaseError("foreign_database", backup)
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("damaged", backup, str(exc)) from None
    finally:
        con.close()
    if not rev or rev[0] not in known_revisions():
        raise DatabaseError("cannot_open", backup, "written by a newer version of Unified Planner")
    return rev[0]


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes the checks (to offer when it is damaged)."""
    for p in list_backups(db_path):
        try:
            check_backup(p)
            return p
        except DatabaseError:
            continue
    return None


def _is_healthy(db_path: Path) -> bool:
    try:
        quick_check(db_path)
        return True
    except DatabaseError:
        return False


def restore(db_path: Path, backup_path: Path) -> Path | None:
    """Replace the database with ``backup_path``.

    The backup is checked first (a planner database passing the integrity check); the file it
    replaces is kept in the backups folder (``...-pre-restore.db``, or a byte copy ending in
    ``.damaged`` when it was damaged). Returns that copy (None when there was no database).
    The database must not be open in another process (``DatabaseError("in_use")``).
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    check_backup(backup_path)
    if db_path.exists() and db_path.is_dir():
        raise DatabaseError("is_directory", db_path)
    if not db_path.parent.is_dir():
        raise DatabaseError("folder_missing", db_path, str(db_path.parent))
    if os.path.realpath(db_path) == os.path.realpath(backup_path):
        raise DatabaseError("cannot_open", backup_path, "is the database itself")
    try:
        key = lock.acquire(db_path)
    except lock.LockBusy:
        raise DatabaseError("in_use", db_path) from None
    try:
        exists = db_path.exists() and db_path.stat().st_size > 0
        is_db = exists and db_path.open("rb").read(16) == SQLITE_MAGIC
        if is_db and _is_healthy(db_path):
            kept = backup_now(db_path, kind="pre-restore")
            _copy_into_live(backup_path, db_path)
        else:
            kept = _keep_bytes(db_path) if exists else None
            _replace_file(backup_path, db_path)
        return kept
    finally:
        lock.release(key)


def _copy_into_live(backup_path: Path, db_path: Path) -> None:
    """The backup API writes the backup's pages into the database through SQLite, so its WAL
    and any reader stay consistent."""
    source = sqlite3.connect(sqlite_uri(backup_path, mode="ro", immutable="1"), uri=True)
    try:
        target = sqlite3.connect(db_path)
        try:
            target.execute("PRAGMA busy_timeout=10000")
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
    finally:
        source.close()


def _keep_bytes(db_path: Path) -> Path:
    """A byte copy of a file SQLite cannot read (with its -wal), named so it is never listed
    as a backup."""
    folder = backup_dir(db_path)
    private_dir(folder)
    dest = folder / (_name(db_path, "pre-restore") + ".damaged")
    create_private_file(dest)
    shutil.copyfile(db_path, dest)
    if wal_path(db_path).exists():
        w = dest.with_name(dest.name + "-wal")
        create_private_file(w)
        shutil.copyfile(wal_path(db_path), w)
    return dest


def _replace_file(backup_path: Path, db_path: Path) -> None:
    """Restore over a missing or damaged file: build the new file beside it with the backup API,
    then swap it in and drop the old file's -wal/-shm (replaying them onto the new file would
    damage it)."""
    tmp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    try:
        _online_copy(sqlite_uri(backup_path, mode="ro", immutable="1"), tmp)
        for p in (wal_path(db_path), db_path.with_name(db_path.name + "-shm")):
            p.unlink(missing_ok=True)
        os.replace(tmp, db_path)
    finally:
        for p in (tmp, tmp.with_name(tmp.name + "-journal")):
            p.unlink(missing_ok=True)
