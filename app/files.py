"""Every file the planner writes goes through :func:`atomic_output`: it is written to a temporary
file in the target's own folder, flushed and synced, made readable by the owner only, then
renamed over the target (and the folder synced). On any failure the earlier file is untouched,
the temporary is removed, and the error is an :class:`OutputError` whose ``reason`` words the
condition (disk full, read-only, permission, name too long, vanished). Temporaries left behind by
a killed run are removed the next time the planner writes into that folder.

This module knows nothing of the database: :mod:`app.services.outputs` decides *whether* a target
may be written; this one only writes it safely."""

from __future__ import annotations

import errno
import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import FileError

# ``.<target name>.up-<pid>-<random>.tmp``: recognisably the planner's, never taken for the target.
_TMP = re.compile(r"^\.(?P<name>.+)\.up-(?P<pid>\d+)-[0-9a-f]{8}\.tmp$")
# Earlier versions' temporaries: statements (``.~XXXXXXXX.pdf``) and parts (``.OUT.part-PID``).
_OLD_TMP = re.compile(r"^\.~[a-z0-9_]{8}\.(pdf|xlsx|ics)$")
#: The store's partials: ``.NAME.part-PID`` (backup), ``.NAME.restore-PID`` (restore),
#: ``.NAME.new-PID`` (creation), with the -journal/-wal/-shm SQLite may leave beside them.
PARTIAL_RE = re.compile(r"^\..+\.(?:part|restore|new)-(?P<pid>\d+)(?:-journal|-wal|-shm)?$")
_OLD_AGE = 3600  # seconds: an old-style temporary without a process id is stale after an hour

ERRNO_REASONS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only_media",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENOENT: "vanished",
    errno.ENOTDIR: "vanished",
    errno.EISDIR: "is_folder",
    errno.EFBIG: "too_large",
    errno.EIO: "io_error",
}


class OutputError(FileError):
    """A file could not be written; ``reason`` is a stable key worded by ``app.messages``
    (``output.<reason>``), ``path`` the file the user asked for."""


def reason_of(exc: OSError) -> str:
    """The stable reason key of an operating-system error (``io_error`` when it is none of the
    plain conditions)."""
    return ERRNO_REASONS.get(exc.errno or 0, "io_error")


def known_reason(exc: BaseException) -> str | None:
    """The reason key of an OSError that is a plain condition, else None."""
    if isinstance(exc, OSError) and exc.errno in ERRNO_REASONS:
        return ERRNO_REASONS[exc.errno]
    return None


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name != "posix":  # pragma: no cover - Windows: ask the kernel for a handle
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_partials(folder: Path) -> list[Path]:
    """Remove the temporaries of runs that were killed while writing into ``folder``."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not name.startswith("."):
            continue
        stale = False
        m = _TMP.match(name) or PARTIAL_RE.match(name)
        if m:
            stale = not pid_alive(int(m.group("pid")))
        elif _OLD_TMP.match(name):
            try:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > _OLD_AGE
            except OSError:
                stale = False
        if stale and entry.is_file(follow_symlinks=False):
            try:
                if os.name == "posix" and entry.stat(follow_symlinks=False).st_uid != os.getuid():
                    continue
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fail(exc: OSError, target: Path) -> OutputError:
    return OutputError(reason_of(exc), target, exc.strerror or "")


def _release(exc: BaseException) -> None:
    """Drop, quietly and now, what a failed writer left in ``exc``'s frames: a half-written
    ZipFile of openpyxl retries its close when collected and prints "Exception ignored…" with a
    traceback at the user, possibly in the middle of unrelated output."""
    import gc
    import sys

    hook = sys.unraisablehook
    sys.unraisablehook = lambda *_: None
    try:
        tb = exc.__traceback__
        while tb is not None:
            try:
                tb.tb_frame.clear()
            except RuntimeError:  # a frame still running (ours)
                pass
            tb = tb.tb_next
        exc.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block ends without an error, the
    temporary (closed by the writer) is synced, set to mode 600 and renamed over ``target``."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("folder_missing", target, str(folder))
    clean_partials(folder)
    tmp = folder / f".{target.name}.up-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except OSError as exc:
        raise _fail(exc, target) from None
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        failure = _fail(exc, target)
        _release(exc)
        raise failure from None
    finally:
        if tmp.exists():
            try:
                os.unlink(tmp)
            except OSError:
                pass


def write_bytes_atomic(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically (see :func:`atomic_output`)."""
    target = Path(target)
    with atomic_output(target) as tmp:
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise _fail(exc, target) from None
    return target


def crash_log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("UnifiedPlanner", appauthor=False) / "crash.log"


def log_crash(exc_type, exc, tb, where: str = "") -> str | None:
    """Append the traceback to the crash log (a 0700 folder, a 0600 file); its path, or None
    when it could not be written (the caller then says so: the log is a courtesy, never a
    second error)."""
    import traceback
    from datetime import datetime

    try:
        path = crash_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {where}\n")
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
        return str(path)
    except Exception:  # noqa: BLE001 - None tells the caller the log could not be written
        return None


def private_file(path: Path | str) -> None:
    """Make a file the planner appends to (a log) readable by its owner only."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
