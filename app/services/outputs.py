"""Whether a file may be written: the one guard every command (and the window) asks before it
writes an output. A target is refused when it is the database (by real path and by device +
inode, so symlinks and hard links are caught), one of its companions (``-wal``, ``-shm``, the
lock files), anything in its backups folder, any SQLite database at all, or one of the command's
own inputs. A missing suffix is added; a wrong one is refused. Existing files are replaced
atomically by :mod:`app.files`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.files import OutputError
from app.store.lock import identity as _identity
from app.store.paths import SQLITE_MAGIC


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def protected_files(db_path: Path | None) -> list[Path]:
    """The database and every file that belongs to it."""
    if db_path is None:
        return []
    from app.store.lock import identity, identity_lock_path, lock_path

    db_path = Path(db_path)
    files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), Path(f"{db_path}-journal"),
             lock_path(db_path)]
    real = Path(os.path.realpath(db_path))
    files += [Path(f"{real}-wal"), Path(f"{real}-shm"), Path(f"{real}-journal")]
    ident = identity(db_path)
    if ident is not None:
        try:
            files.append(identity_lock_path(ident))
        except (OSError, ImportError):
            pass
    return files


def backup_folders(db_path: Path | None) -> list[Path]:
    if db_path is None:
        return []
    from app.store.backup import backup_dir

    db_path = Path(db_path)
    return list({_real(backup_dir(db_path)): backup_dir(db_path),
                 _real(backup_dir(Path(os.path.realpath(db_path)))):
                     backup_dir(Path(os.path.realpath(db_path)))}.values())


def with_suffix(target: Path, suffix: str) -> Path:
    """``target`` with ``suffix`` added when the user left it off; a different one is refused."""
    target = Path(target)
    if target.suffix == "":
        return target.with_name(target.name + suffix)
    if target.suffix.lower() != suffix.lower():
        raise OutputError("wrong_suffix", target, suffix)
    return target


def check_output(target: Path | str, *, db_path: Path | None, inputs: Iterable[Path] = (),
                 suffix: str | None = None) -> Path:
    """The path to write (with its suffix), or :class:`OutputError` saying why it must not be."""
    target = Path(target)
    _refuse_protected(target, db_path, inputs)  # as typed: ``calendar planner.db`` says why
    if suffix is not None:
        target = with_suffix(target, suffix)
        _refuse_protected(target, db_path, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("folder_missing", target, str(folder))
    return target


def _refuse_protected(target: Path, db_path: Path | None, inputs: Iterable[Path]) -> None:
    if target.is_dir():
        raise OutputError("is_folder", target)
    folder = target.parent if str(target.parent) else Path(".")
    real = _real(target)
    ident = _identity(target)
    for p in protected_files(db_path):
        if _real(p) == real or (ident is not None and _identity(p) == ident):
            raise OutputError("is_database", target, str(db_path))
    for b in backup_folders(db_path):
        rb = _real(b)
        if real == rb or real.startswith(rb + os.sep) or _real(folder) == rb:
            raise OutputError("is_backup", target, str(b))
    for p in inputs:
        if _real(Path(p)) == real or (ident is not None and _identity(Path(p)) == ident):
            raise OutputError("is_input", target, str(p))
    if ident is not None and _is_sqlite(target):
        raise OutputError("is_a_database", target)


def check_folder(folder: Path | str, *, db_path: Path | None, create: bool = True) -> tuple[Path, bool]:
    """A folder to write outputs into (created when missing); (folder, created)."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError("not_a_folder", folder)
    real = _real(folder)
    for b in backup_folders(db_path):
        rb = _real(b)
        if real == rb or real.startswith(rb + os.sep):
            raise OutputError("is_backup", folder, str(b))
    created = False
    if not folder.exists():
        if not create:
            raise OutputError("folder_missing", folder, str(folder))
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            from app.files import reason_of

            raise OutputError(reason_of(exc), folder, exc.strerror or "") from None
        created = True
    return folder, created
