"""Backups through SQLite's online backup API (never a file copy of a live database).

They live in a ``backups`` folder beside the database, named
``<stem>-YYYYMMDD-HHMMSS-ffffff-<kind>.db`` (kind: daily, manual, pre-upgrade, pre-restore), so
their time is read from the name, whatever a copy does to the file's dates. Rotation keeps the
last 10 and the newest of every month. Every file is created with mode 600 before SQLite writes.

Issue 10: a backup is copied to a hidden partial file, which must pass the full
``PRAGMA integrity_check`` before it is renamed into place: a damaged database is never backed
up (``DatabaseError("damaged")``), so it never pushes a good backup out. Every backup that passed
is recorded in ``backups/.<stem>.verified.json`` (name -> size and mtime); rotation always keeps
the newest recorded one, and never removes the backup being restored (``protect``). Restore
makes its pre-restore backup with that protection and writes the backup's pages into the
database file through SQLite while holding the lock (:func:`restore`, or :func:`restore_into`
for a database the caller keeps open).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from . import integrity, lock
from .paths import (
    SQLITE_MAGIC,
    DatabaseError,
    StoreWriteError,
    clean_partials,
    os_reason,
    preflight,
    private_dir,
    sqlite_reason,
)
from .sqlitefile import create_private_file, known_revisions, quick_check, sqlite_uri, wal_path

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
    ``dest`` is written under a temporary name, checked in full (``integrity_check``) and
    renamed when complete and sound. Raises ``DatabaseError("damaged")`` (nothing is written)
    when the copy fails the check, :class:`StoreWriteError` with a reason when the file system
    refuses (disk full, read-only, permission, name too long)."""
    src, dest = Path(src), Path(dest)
    if dest.exists():
        raise FileExistsError(str(dest))
    try:
        private_dir(dest.parent)
    except OSError as exc:
        raise StoreWriteError(os_reason(exc) or "io_error", dest, exc.strerror or "") from None
    clean_partials(dest.parent)
    tmp = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)
    except OSError as exc:
        raise StoreWriteError(os_reason(exc) or "io_error", dest, exc.strerror or "") from None
    try:
        params = {"mode": "ro"} if wal_path(src).exists() else {"mode": "ro", "immutable": "1"}
        if lock.held_here(src):  # a live database of ours: read it normally
            params = {"mode": "ro"}
        try:
            _online_copy(sqlite_uri(src, **params), tmp)
        except (OSError, sqlite3.Error) as exc:
            reason = sqlite_reason(exc)
            if reason is None:
                raise
            raise StoreWriteError(reason, dest, str(exc)) from None
        problem = integrity.first_problem(tmp)
        if problem is not None:
            raise damaged_error(src)
        try:
            os.replace(tmp, dest)
        except OSError as exc:
            raise StoreWriteError(os_reason(exc) or "io_error", dest, exc.strerror or "") from None
    finally:
        for p in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                p.unlink(missing_ok=True)
            except OSError:
                pass
    return dest


def _registry(db_path: Path) -> Path:
    return backup_dir(db_path) / f".{Path(db_path).stem}.verified.json"


def _read_registry(db_path: Path) -> dict:
    try:
        data = json.loads(_registry(db_path).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, UnicodeDecodeError):
        return {}


def _write_registry(db_path: Path, data: dict) -> None:
    """Replace the registry atomically (a crash leaves the old or the new one); never raises:
    a backup not recorded is only not counted as verified."""
    reg = _registry(db_path)
    tmp = reg.with_name(f".{reg.name}.part-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)
        tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        os.replace(tmp, reg)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def _stamp(p: Path) -> list[int] | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def mark_verified(db_path: Path, backup: Path) -> None:
    """Record that ``backup`` (in the backups folder of ``db_path``) passed the full check."""
    data = _read_registry(db_path)
    data[Path(backup).name] = _stamp(Path(backup))
    _write_registry(db_path, data)


def is_verified(db_path: Path, backup: Path) -> bool:
    """``backup`` passed the full check when it was made and is unchanged since."""
    stamp = _read_registry(db_path).get(Path(backup).name)
    return stamp is not None and stamp == _stamp(Path(backup))


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


def rotate(db_path: Path, keep_last: int = KEEP_LAST, protect=()) -> list[Path]:
    """Delete backups beyond the last ``keep_last``, except the newest of each month, the
    ``protect``-ed ones (a backup being restored) and the newest verified backup (so that at
    least one backup that passed the full check is always kept)."""
    backups = list_backups(db_path)
    keep = set(backups[:keep_last])
    months: set[tuple[int, int]] = set()
    for p in backups:  # newest first: the first seen of a month is its newest
        when = backup_time(p)
        if (when.year, when.month) not in months:
            months.add((when.year, when.month))
            keep.add(p)
    protected = {os.path.realpath(p) for p in protect}
    keep.update(p for p in backups if os.path.realpath(p) in protected)
    registry = _read_registry(db_path)
    verified = [p for p in backups if registry.get(p.name) is not None
                and registry.get(p.name) == _stamp(p)]
    if verified and not any(p in keep for p in verified):
        keep.add(verified[0])
    removed = [p for p in backups if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    gone = {p.name for p in removed} | {n for n in registry if not (backup_dir(db_path) / n).exists()}
    if gone & set(registry):
        _write_registry(db_path, {k: v for k, v in registry.items() if k not in gone})
    return removed


def backup_now(db_path: Path, dest: Path | None = None, kind: str = "manual", protect=()) -> Path:
    """Back up ``db_path`` now: to ``dest`` (a new file, or a folder to put it in) or, by
    default, to the backups folder (then recorded as verified and rotated, never removing a
    ``protect``-ed backup). Returns the backup's path. A damaged database is not backed up
    (``DatabaseError("damaged")``)."""
    db_path = Path(db_path)
    if dest is None:
        out = backup_to(db_path, backup_dir(db_path) / _name(db_path, kind))
        mark_verified(db_path, out)
        rotate(db_path, protect=protect)
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
    except (StoreWriteError, DatabaseError) as exc:
        from app.messages import has, t

        if exc.reason == "damaged":
            return "the database failed the integrity check: no backup was made"
        key = f"store.write.{exc.reason}"
        return t(key) if has(key) else exc.reason
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    return None


def check_backup(backup: Path) -> str:
    """Refuse a file that is not a good planner backup (``DatabaseError`` naming it); returns
    its schema revision."""
    backup = Path(backup)
    preflight(backup, create=False)
    try:
        quick_check(backup)
    except DatabaseError as exc:
        if exc.reason == "damaged":
            raise DatabaseError("damaged", backup) from None
        raise
    problem = integrity.first_problem(backup)
    if problem is not None:
        raise DatabaseError("damaged", backup, problem)
    uri = sqlite_uri(backup, mode="ro", **({} if wal_path(backup).exists() else {"immutable": "1"}))
    con = sqlite3.connect(uri, uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            raise DatabaseError("foreign_database", backup)
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("damaged", backup, str(exc)) from None
    finally:
        con.close()
    if not rev or rev[0] not in known_revisions():
        raise DatabaseError("newer_schema", backup, str(rev[0]) if rev else "")
    return rev[0]


def damaged_error(path: Path) -> DatabaseError:
    """The ``damaged`` refusal of ``path``, naming its latest good backup (the detail)."""
    try:
        good = latest_good_backup(path)
    except Exception:  # noqa: BLE001 - a listing that fails must not hide the damage
        good = None
    return DatabaseError("damaged", path, str(good) if good else "")


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes the checks (to offer when it is damaged);
    the backups recorded as verified are tried first."""
    backups = list_backups(db_path)
    ordered = ([p for p in backups if is_verified(db_path, p)]
               + [p for p in backups if not is_verified(db_path, p)])
    for p in ordered:
        try:
            check_backup(p)
            return p
        except DatabaseError:
            continue
    return None


def _is_healthy(db_path: Path) -> bool:
    try:
        quick_check(db_path)
        return integrity.first_problem(db_path) is None
    except DatabaseError:
        return False


def check_replaceable(db_path: Path) -> None:
    """Refuse to restore over ``db_path`` when it exists and is not a planner database (another
    program's file, a folder): ``DatabaseError`` with reason ``is_directory``,
    ``not_a_database`` or ``foreign_database``. A damaged planner database may be replaced."""
    db_path = Path(db_path)
    if db_path.exists() and db_path.is_dir():
        raise DatabaseError("is_directory", db_path)
    if not db_path.parent.is_dir():
        raise DatabaseError("folder_missing", db_path, str(db_path.parent))
    if not db_path.exists():
        return
    if not db_path.is_file():
        raise DatabaseError("not_a_database", db_path, "not a regular file")
    try:
        with db_path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError("not_readable", db_path, exc.strerror or "") from None
    if not head:
        return  # an empty file holds nothing to lose
    if head != SQLITE_MAGIC:
        raise DatabaseError("not_a_database", db_path)
    try:
        quick_check(db_path)
    except DatabaseError as exc:
        if exc.reason in ("foreign_database", "not_a_database"):
            raise
        # damaged or newer: still a planner database, kept before it is replaced


def restore(db_path: Path, backup_path: Path) -> Path | None:
    """Replace the database with ``backup_path``.

    The backup is checked first (a planner database passing the full integrity check); a file at
    ``db_path`` that is not a planner database is refused (:func:`check_replaceable`). The file
    it replaces is kept in the backups folder (``...-pre-restore.db``, or a byte copy ending in
    ``.damaged`` when it was damaged); making it never rotates ``backup_path`` away. Returns
    that copy (None when there was no database). The database must not be open in another
    process (``DatabaseError("in_use")``); in this process, the lock is shared (see
    :func:`restore_into` for a database the caller keeps open).
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    check_backup(backup_path)
    check_replaceable(db_path)
    if os.path.realpath(db_path) == os.path.realpath(backup_path):
        raise DatabaseError("cannot_open", backup_path, "is the database itself")
    try:
        key = lock.acquire(db_path)
    except lock.LockBusy:
        raise DatabaseError("in_use", db_path) from None
    except OSError as exc:
        raise DatabaseError(os_reason(exc) or "cannot_open", db_path, exc.strerror or "") from None
    try:
        clean_partials(db_path.parent)
        exists = db_path.exists() and db_path.stat().st_size > 0
        is_db = exists and db_path.open("rb").read(16) == SQLITE_MAGIC
        if is_db and _is_healthy(db_path):
            kept = backup_now(db_path, kind="pre-restore", protect=[backup_path])
            _copy_into_live(backup_path, db_path)
        else:
            kept = _keep_bytes(db_path) if exists else None
            _replace_file(backup_path, db_path)
            lock.lock_identity(key, db_path)
        integrity.write_record(db_path)
        return kept
    except (OSError, sqlite3.Error) as exc:
        reason = sqlite_reason(exc)
        if reason is None:
            raise
        raise StoreWriteError(reason, db_path, str(exc)) from None
    finally:
        lock.release(key)


def restore_into(db, backup_path: Path) -> Path:
    """Restore ``backup_path`` into the database ``db`` (an open, writable
    :class:`~app.store.db.Database`) without ever letting go of its lock: for the window.

    Checks the backup in full, keeps the current data as a pre-restore backup (never rotating
    ``backup_path`` away), closes ``db``'s pooled connections, writes the backup's pages into
    the file through SQLite, and records the result as checked. ``db`` stays open and locked;
    its next session sees the restored data (drop any cached rows). Returns the pre-restore
    backup. Raises ``DatabaseError`` (the backup refused: ``damaged``, ``foreign_database``,
    ``newer_schema``…; ``read_only`` when ``db`` is read-only) or :class:`StoreWriteError`.
    """
    backup_path = Path(backup_path)
    if db.readonly or not lock.held_here(db.path):
        raise DatabaseError("read_only", db.path)
    check_backup(backup_path)
    if os.path.realpath(db.path) == os.path.realpath(backup_path):
        raise DatabaseError("cannot_open", backup_path, "is the database itself")
    try:
        kept = backup_now(db.path, kind="pre-restore", protect=[backup_path])
        db.engine.dispose()
        _copy_into_live(backup_path, Path(db.path))
        db.engine.dispose()
    except (OSError, sqlite3.Error) as exc:
        reason = sqlite_reason(exc)
        if reason is None:
            raise
        raise StoreWriteError(reason, db.path, str(exc)) from None
    integrity.write_record(Path(db.path))
    db.verified = True
    return kept


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
