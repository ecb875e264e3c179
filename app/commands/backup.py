"""``backup`` and ``restore``: copies of the database through SQLite's online backup API.

Exit codes: 0 done; 1 refused (the backup file is not a good planner backup, or OUT exists);
2 usage (a --db that cannot be used, a folder that does not exist, the database in use)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, add_db_arg

#: How a file given as a backup is refused (the database itself is worded by app.cli).
BACKUP_ERRORS = {
    "not_found": "does not exist",
    "is_directory": "is a folder, not a backup file",
    "not_readable": "cannot be read (permission denied)",
    "not_a_database": "is not a Unified Planner backup (not an SQLite file)",
    "foreign_database": "is an SQLite file but not a Unified Planner backup",
    "damaged": "is damaged (integrity check failed)",
    "cannot_open": "cannot be opened",
}


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the database to a file (SQLite online backup)",
                       epilog="Exit codes: 0 written, 1 refused (OUT exists), 2 usage.")
    add_db_arg(p)
    p.add_argument("out", type=Path, metavar="OUT",
                   help="the backup file to write (a new file, or a folder to put it in)")
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the replaced file is kept)",
                       epilog="Exit codes: 0 restored, 1 the backup was refused, 2 usage.")
    add_db_arg(p)
    p.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file to restore")
    p.set_defaults(handler=restore)


def _db_path(args) -> Path:
    from app.store.db import default_db_path

    return args.db or default_db_path()


def _refused(path: Path, exc) -> int:
    reason = BACKUP_ERRORS.get(exc.reason, exc.reason)
    detail = f" ({exc.detail})" if exc.detail and exc.reason in ("cannot_open", "damaged") else ""
    print(f"error: backup {path} {reason}{detail}; nothing was restored", file=sys.stderr)
    return EXIT_REFUSED


def backup(args) -> int:
    from app.store.backup import backup_now
    from app.store.db import preflight, quick_check

    db_path = _db_path(args)
    preflight(db_path, create=False)  # DatabaseError: one line naming --db, exit 2
    quick_check(db_path)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        print(f"error: {out} already exists; nothing was written", file=sys.stderr)
        return EXIT_REFUSED
    folder = out if out.is_dir() else out.parent
    if not folder.is_dir():
        print(f"error: cannot write {out}: folder {folder} does not exist", file=sys.stderr)
        return EXIT_USAGE
    try:
        written = backup_now(db_path, dest=out)
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"backup of {db_path} written to {written}")
    return EXIT_OK


def restore(args) -> int:
    from app.store.backup import check_backup, restore as do_restore
    from app.store.db import DatabaseError

    db_path = _db_path(args)
    try:
        check_backup(args.backup)
    except DatabaseError as exc:
        return _refused(args.backup, exc)
    kept = do_restore(db_path, args.backup)  # DatabaseError about --db: one line, exit 2
    print(f"{db_path} restored from {args.backup}"
          + (f"; the replaced file is kept as {kept}" if kept else ""))
    return EXIT_OK
