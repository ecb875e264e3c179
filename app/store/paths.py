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


_ERRNO_REASONS = {"ENOSPC": "disk_full", "EDQUOT": "disk_full", "EROFS": "read_only_media",
                  "EACCES": "permission_denied", "EPERM": "permission_denied",
                  "ENAMETOOLONG": "name_too_long", "ENOENT": "vanished", "EIO": "io_error"}
#: SQLite primary result codes: SQLITE_PERM 3, SQLITE_READONLY 8, SQLITE_IOERR 10,
#: SQLITE_FULL 13, SQLITE_CANTOPEN 14 (14 is left to the caller's own wording).
_SQLITE_REASONS = {13: "disk_full", 8: "read_only_media", 3: "permission_denied", 10: "io_error"}


def os_reason(exc: BaseException) -> str | None:
    """The reason key of an OSError (disk full, read-only, permission, name too long…)."""
    import errno

    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNO_REASONS.get(errno.errorcode.get(exc.errno, ""))
    return None


def sqlite_reason(exc: BaseException) -> str | None:
    """The reason key of a sqlite3 error (or SQLAlchemy's wrapper of one), None if it is none of
    the plain conditions."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return _SQLITE_REASONS.get(code & 0xFF)
    return os_reason(orig)


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


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, it is someone else's
        return True
    return True


import re as _re  # noqa: E402

#: ``.NAME.part-PID`` (backup), ``.NAME.restore-PID`` (restore), ``.NAME.new-PID`` (creation),
#: with the -journal/-wal/-shm SQLite may leave beside them.
PARTIAL_RE = _re.compile(r"^\..+\.(?:part|restore|new)-(\d+)(?:-journal|-wal|-shm)?$")


def clean_partials(folder: Path) -> list[Path]:
    """Remove the partial files a killed backup, restore or creation left in ``folder`` (and its
    ``backups`` folder), when the process that made them is gone. Never raises."""
    removed = []
    for where in (Path(folder), Path(folder) / "backups"):
        try:
            entries = list(os.scandir(where))
        except OSError:
            continue
        for entry in entries:
            m = PARTIAL_RE.match(entry.name)
            if not m or pid_alive(int(m.group(1))):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if os.name == "posix" and entry.stat(follow_symlinks=False).st_uid != os.getuid():
                    continue
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed
