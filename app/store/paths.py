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
