"""What the store can say about a database file without loading the database layer: its error,
where the user's database lives, and the checks made before a file is touched. The command line
and the window's start-up use these before SQLAlchemy is imported (a start-up cost)."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import FileError

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(FileError):
    """The database cannot be used; ``reason`` is a stable key, ``path`` the file concerned."""


def default_db_path() -> Path:
    """The database in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("UnifiedPlanner", appauthor=False) / "planner.db"


def private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) readable by the owner only, whatever the umask."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def preflight(path: Path, create: bool) -> None:
    """Refuse a path that is not (and cannot become) a planner database, touching nothing."""
    if path.exists() or path.is_symlink():
        if path.is_dir():
            raise DatabaseError("is_directory", path)
        if not path.is_file():
            raise DatabaseError("not_a_database", path, "not a regular file")
        if not os.access(path, os.R_OK):
            raise DatabaseError("not_readable", path)
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DatabaseError("not_readable", path, exc.strerror or "") from None
        if not head:
            raise DatabaseError("not_a_database", path, "empty file")
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


class StoreWriteError(FileError):
    """A file the store writes (a backup, a restored database) could not be written; ``reason``
    is one of ``disk_full``, ``read_only_media``, ``permission_denied``, ``name_too_long``,
    ``vanished``, ``io_error`` (message ids ``store.write.<reason>``)."""


#: SQLite primary result codes: SQLITE_PERM 3, SQLITE_READONLY 8, SQLITE_IOERR 10,
#: SQLITE_FULL 13, SQLITE_CANTOPEN 14 (14 is left to the caller's own wording).
_SQLITE_REASONS = {13: "disk_full", 8: "read_only_media", 3: "permission_denied", 10: "io_error"}


def os_reason(exc: BaseException) -> str | None:
    """The reason key of an OSError (disk full, read-only, permission, name too long…)."""
    from app.files import known_reason

    return known_reason(exc)


def sqlite_reason(exc: BaseException, path: Path | None = None) -> str | None:
    """The reason key of a sqlite3 error (or SQLAlchemy's wrapper of one), None if it is none of
    the plain conditions. With ``path``: an I/O error (or an unnamed one) where the disk of
    ``path`` has no room left is what it is, a full disk (SQLite says "disk I/O error" when it
    cannot grow its -shm or -wal)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    reason = _SQLITE_REASONS.get(code & 0xFF) if code is not None else os_reason(orig)
    if path is not None and reason in (None, "io_error") and disk_full(Path(path).parent):
        return "disk_full"
    return reason


def disk_full(folder: Path) -> bool:
    """Less than a megabyte left for the user on the disk of ``folder``."""
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < 1 << 20


def media_read_only(path: Path) -> bool:
    """True when the database file or its folder cannot be written (read-only media, a file
    or folder without write permission): it can still be read."""
    real = Path(os.path.realpath(path))
    try:
        if hasattr(os, "statvfs") and os.statvfs(real.parent).f_flag & getattr(os, "ST_RDONLY", 1):
            return True
    except OSError:
        pass
    return not os.access(real, os.W_OK) or not os.access(real.parent, os.W_OK)


def clean_partials(folder: Path) -> list[Path]:
    """Remove the partial files a killed backup, restore, creation or output left in ``folder``
    (and its ``backups`` folder), when the process that made them is gone. Never raises."""
    from app.files import clean_partials as clean

    return clean(Path(folder)) + clean(Path(folder) / "backups")
