"""One writer per database file: an exclusive lock on ``<database>.lock`` beside it.

The operating system drops the lock when the process ends, however it ends (crash, SIGKILL,
power cut), so a stale lock never keeps the user out. Inside one process the lock is shared:
opening the same file twice (two windows, a test) counts references instead of deadlocking.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path


class LockBusy(Exception):
    """Another process holds the database's lock."""


_guard = threading.Lock()
_held: dict[str, list] = {}  # real path of the database -> [file descriptor, reference count]


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _key(db_path: Path) -> str:
    return os.path.realpath(db_path)


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _open_lock_file(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if os.name == "posix":
        try:
            os.fchmod(fd, 0o600)
        except OSError:  # the file belongs to someone else: the lock still works
            pass
    return fd


def acquire(db_path: Path) -> str:
    """Take the writer's lock of ``db_path``; raises :class:`LockBusy` when another process
    has it and ``OSError`` when the lock file cannot be created. Returns the key for release."""
    key = _key(db_path)
    with _guard:
        if key in _held:
            _held[key][1] += 1
            return key
        fd = _open_lock_file(lock_path(db_path))
        if not _try_lock(fd):
            os.close(fd)
            raise LockBusy(str(db_path))
        _held[key] = [fd, 1]
        return key


def release(key: str | None) -> None:
    if key is None:
        return
    with _guard:
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _held[key]
        os.close(entry[0])  # closing the descriptor drops flock / msvcrt locks


def held_here(db_path: Path) -> bool:
    """True when this process holds the lock of ``db_path``."""
    with _guard:
        return _key(db_path) in _held


def in_use_elsewhere(db_path: Path) -> bool:
    """True when another process holds the lock (probing takes and drops it at once)."""
    if held_here(db_path) or not lock_path(db_path).exists():
        return False
    try:
        key = acquire(db_path)
    except LockBusy:
        return True
    except OSError:
        return False
    release(key)
    return False
