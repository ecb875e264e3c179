"""The full integrity check, and the record of the last one that passed.

``PRAGMA quick_check`` (run on every open) misses damage such as an index that no longer matches
its table; the full ``PRAGMA integrity_check`` finds it but reads every page. So the full check
runs only when the file changed since the last good check. The record is kept in the database's
lock file (``<real path>.lock``, owner-only, written only by the process holding the lock): the
database's and its ``-wal``'s device, inode, size and mtime in nanoseconds at the moment the
record was made.

When it is made: after a full check passed on opening for writing, and when the writer that
opened a checked file closes it (its own writes are trusted: they went through SQLite, under the
lock). A writer that crashed leaves the record stale, so the next open checks in full. Restore
records the restored file once it passed the check.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from . import lock
from .paths import DatabaseError
from .sqlitefile import sqlite_uri


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def state(path: Path) -> dict | None:
    """What the record compares: identity, size and mtime of the database and its -wal."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    try:
        w = os.stat(wal_of(Path(os.path.realpath(path))))
        wal = [w.st_size, w.st_mtime_ns]
    except OSError:
        wal = None
    return {"v": 1, "dev": st.st_dev, "ino": st.st_ino, "size": st.st_size,
            "mtime_ns": st.st_mtime_ns, "wal": wal}


def read_record(path: Path) -> dict | None:
    try:
        text = lock.lock_path(path).read_text(encoding="utf-8")
        rec = json.loads(text) if text.strip() else None
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return rec if isinstance(rec, dict) else None


def unchanged_since_good_check(path: Path) -> bool:
    current = state(path)
    return current is not None and read_record(path) == current


def write_record(path: Path) -> bool:
    """Record that ``path`` as it is now passed the full check. Only the lock's holder writes
    (through its own descriptor); returns False when this process does not hold the lock."""
    fd = lock.lock_fd(path)
    current = state(path)
    if fd is None or current is None:
        return False
    data = json.dumps(current).encode()
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)
    except OSError:
        return False
    return True


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection that creates no file (immutable when there is no -wal)."""
    params = {"mode": "ro"}
    if not wal_of(path).exists() and not lock.held_here(path):
        params["immutable"] = "1"
    return sqlite3.connect(sqlite_uri(path, **params), uri=True)


def first_problem(path: Path) -> str | None:
    """Run ``PRAGMA integrity_check`` (and the foreign-key check); None when the file is sound,
    else the first problem on one line."""
    try:
        con = connect_ro(path)
    except sqlite3.Error as exc:
        return str(exc).splitlines()[0] if str(exc) else "cannot open"
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        if not rows or rows[0][0] != "ok":
            return (str(rows[0][0]) if rows else "no answer").splitlines()[0][:200]
        if con.execute("PRAGMA foreign_key_check").fetchone():
            return "foreign keys"
    except sqlite3.DatabaseError as exc:
        return (str(exc).splitlines() or ["damaged"])[0][:200]
    finally:
        con.close()
    return None


def ensure_sound(path: Path, record: bool) -> None:
    """Full check unless the file is unchanged since the last good one; raises ``damaged``.
    ``record``: this process holds the lock and may record a pass."""
    if unchanged_since_good_check(path):
        return
    problem = first_problem(path)
    if problem is not None:
        raise DatabaseError("damaged", path)  # db.open_db names the latest good backup
    if record:
        write_record(path)
