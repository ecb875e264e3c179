"""The SQLite file itself, below the engine and the backups: its URI, its ``-wal``, a private
new file, the migrations shipped in the package (their revisions read without Alembic) and the
quick "is it sound and ours" check. Imports nothing else of the store but ``paths``, so
``integrity``, ``backup`` and ``db`` can all build on it (db > backup > integrity > sqlitefile)."""

from __future__ import annotations

import os
import re
import sqlite3
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote

from .paths import DatabaseError

#: The Alembic scripts, shipped in the package; Alembic finds them by resource name (importlib.resources).
MIGRATIONS_RESOURCE = "app.store:migrations"
MIGRATIONS = files("app.store") / "migrations"
#: Tables every planner database has (revision 0001 onwards).
PLANNER_TABLES = {"alembic_version", "customer", "work_order", "location", "service_line",
                  "delivery", "ledger_entry"}


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 600 before anything (SQLite) writes to it. SQLite gives its
    ``-wal``, ``-shm`` and ``-journal`` files the mode of the database file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # the umask may have removed bits: set exactly 600
    finally:
        os.close(fd)


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for sqlite3 that survives any character in the path (``#``, ``?``, ``%``)."""
    posix = Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):  # Windows drive letter
        posix = "/" + posix
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(posix, safe='/:')}" + (f"?{query}" if query else "")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


_REV_RE = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w]+|None)['\"]?\s*$", re.M)


@lru_cache(maxsize=1)
def _known_revisions() -> tuple[str, ...]:
    return tuple(_read_revisions())


def known_revisions() -> list[str]:
    return list(_known_revisions())


def _read_revisions() -> list[str]:
    """Revisions of the migrations folder, oldest first (read cheaply, without Alembic)."""
    parents: dict[str, str | None] = {}
    for f in (MIGRATIONS / "versions").iterdir():
        if not f.name.endswith(".py"):
            continue
        found = dict((k, v) for k, v in _REV_RE.findall(f.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            parents[found["revision"]] = None if down in (None, "None") else down
    order, rev = [], None
    children = {down: rev for rev, down in parents.items()}
    while rev in children:
        rev = children[rev]
        order.append(rev)
    return order


def head_revision() -> str:
    return known_revisions()[-1]


def quick_check(path: Path) -> None:
    """Integrity, foreign-key and "is it ours" checks with the plain sqlite3 module, read-only.

    With no ``-wal`` beside it the file is read as immutable, so not even a ``-shm`` is created.
    """
    params = {"mode": "ro"}
    if not wal_path(path).exists():
        params["immutable"] = "1"
    try:
        con = sqlite3.connect(sqlite_uri(path, **params), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError("cannot_open", path, str(exc)) from None
    damaged = False
    rev = None
    try:
        ok = con.execute("PRAGMA quick_check").fetchone()
        damaged = not ok or ok[0] != "ok" or con.execute("PRAGMA foreign_key_check").fetchone()
        tables = set()
        if not damaged:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" in tables:
                found = con.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = found[0] if found else None
    except sqlite3.OperationalError as exc:
        raise DatabaseError("cannot_open", path, str(exc).splitlines()[0] if str(exc) else "") from None
    except sqlite3.DatabaseError:  # the header said SQLite: what follows is damaged
        damaged = True
    finally:
        con.close()
    if damaged:
        raise DatabaseError("damaged", path)
    if tables and not tables >= PLANNER_TABLES:
        raise DatabaseError("foreign_database", path)
    if rev is not None and rev not in _known_revisions():
        raise DatabaseError("newer_schema", path, str(rev))
