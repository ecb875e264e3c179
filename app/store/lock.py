"""One writer per database file, whatever name it is reached by: an exclusive lock on
``<real path>.lock`` beside the real file (symlinks resolved), and a second one keyed by the
file's identity (device + inode) in the user's lock folder, so that a hard link in another
folder is refused too.

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
_held: dict[str, list] = {}  # real path -> [fd of the lock file, reference count, identity fd]


def lock_path(db_path: Path) -> Path:
    """The lock file beside the database's real file (a symlink's target, not the link)."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


def identity(db_path: Path) -> tuple[int, int] | None:
    """(device, inode) of the database file, None when it does not exist."""
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def identity_lock_dir() -> Path:
    """Where the identity locks live: one folder per user (``UP_LOCK_DIR`` overrides it)."""
    override = os.environ.get("UP_LOCK_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("UnifiedPlanner", appauthor=False) / "locks"


def identity_lock_path(ident: tuple[int, int]) -> Path:
    return identity_lock_dir() / f"{ident[0]:x}-{ident[1]:x}.lock"


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
        try:
            ident_fd = _lock_identity(db_path)
        except BaseException:
            os.close(fd)
            raise
        _held[key] = [fd, 1, ident_fd]
        return key


def _lock_identity(db_path: Path) -> int | None:
    """Lock the file's (device, inode): a hard link to a database held elsewhere is refused.
    None when the file does not exist yet (call :func:`lock_identity` once it does)."""
    ident = identity(db_path)
    if ident is None:
        return None
    try:
        folder = identity_lock_dir()
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(folder, 0o700)
        fd = _open_lock_file(identity_lock_path(ident))
    except (OSError, ImportError):  # no writable lock folder: the real-path lock still holds
        return None
    if not _try_lock(fd):
        os.close(fd)
        raise LockBusy(str(db_path))
    return fd


def lock_identity(key: str | None, db_path: Path) -> None:
    """After creating the database held under ``key``: lock its identity too."""
    if key is None:
        return
    with _guard:
        entry = _held.get(key)
        if entry is not None and entry[2] is None:
            entry[2] = _lock_identity(db_path)


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
        if entry[2] is not None:
            os.close(entry[2])
        os.close(entry[0])  # closing the descriptor drops flock / msvcrt locks


def lock_fd(db_path: Path) -> int | None:
    """The descriptor of the held lock file of ``db_path`` (None when not held here)."""
    with _guard:
        entry = _held.get(_key(db_path))
        return entry[0] if entry else None


def held_here(db_path: Path) -> bool:
    """True when this process holds the lock of ``db_path``."""
    with _guard:
        return _key(db_path) in _held
