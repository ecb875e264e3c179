"""``backup`` and ``restore``: copies of the database through SQLite's online backup API.

Exit codes: 0 done; 1 refused (the backup file is not a good planner backup, OUT exists, the
file restore would replace is not a planner database); 2 the database cannot be used (damaged,
newer version, in use) or the file system refused (disk full, read-only, permission, name too
long), always one line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.commands.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, add_command

#: How a file given as a backup is refused (the database itself is worded by app.commands.common).
BACKUP_ERRORS = {
    "not_found": "does not exist",
    "is_directory": "is a folder, not a backup file",
    "not_readable": "cannot be read (permission denied)",
    "not_a_database": "is not a Unified Planner backup (not an SQLite file)",
    "foreign_database": "is an SQLite file but not a Unified Planner backup",
    "damaged": "is damaged (integrity check failed)",
    "newer_schema": "was written by a newer version of Unified Planner",
    "cannot_open": "cannot be opened",
}


def register(sub) -> None:
    p = add_command(sub, "backup", "copy the database to a file (SQLite backup or pg_dump)",
                    epilog="An existing OUT file is never replaced.", ok="written",
                    refused="refused (OUT exists)",
                    usage="2 the database cannot be used or OUT cannot be written (disk full, "
                          "read-only, name too long)")
    p.add_argument("out", type=Path, metavar="OUT",
                   help="the backup file to write (a new file, or a folder to put it in)")
    p.set_defaults(handler=backup)

    p = add_command(sub, "restore", "replace the database with a checked backup (the replaced file is kept)",
                    ok="restored", refused="refused (a damaged or foreign backup, a --db file that "
                    "is not a planner database)")
    p.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file to restore")
    p.set_defaults(handler=restore)


def _db_path(args) -> Path | str:
    from app.store.db import default_db_path

    return args.db or default_db_path()


def _refused(path: Path, exc) -> int:
    reason = BACKUP_ERRORS.get(exc.reason, exc.reason)
    detail = f" ({exc.detail})" if exc.detail and exc.reason in ("cannot_open", "damaged") else ""
    print(f"error: backup {path} {reason}{detail}; nothing was restored", file=sys.stderr)
    return EXIT_REFUSED


def _write_failed(path: Path, reason: str, lang: str) -> int:
    from app.messages import has, t

    key = f"store.write.{reason}"
    print(t("store.write.line", lang, path=path, reason=t(key, lang) if has(key) else reason),
          file=sys.stderr)
    return EXIT_USAGE


def backup(args) -> int:
    from app.messages import t
    from app.store.backup import backup_now
    from app.store.db import DatabaseError, open_db
    from app.store.paths import StoreWriteError, os_reason

    lang = getattr(args, "lang", "en")
    db_path = _db_path(args)
    if isinstance(db_path, str):  # a team database: pg_dump (app/store/pgdump.py)
        return _team_backup(args, db_path, lang)
    # the one open path: not found, not ours, damaged, newer version -> one line, exit 2
    open_db(db_path, create=False, readonly=True).close()
    out: Path = args.out
    try:
        exists = os.path.lexists(out)
        is_dir = out.is_dir()
    except OSError as exc:
        return _write_failed(out, os_reason(exc) or "io_error", lang)
    if exists and not is_dir:
        print(t("store.write.line", lang, path=out, reason=t("store.write.exists", lang)),
              file=sys.stderr)
        return EXIT_REFUSED
    folder = out if is_dir else out.parent
    if not folder.is_dir():
        return _write_failed(out, "folder_missing", lang)
    try:
        written = backup_now(db_path, dest=out)
    except StoreWriteError as exc:
        return _write_failed(out, exc.reason, lang)
    except FileExistsError:
        print(t("store.write.line", lang, path=out, reason=t("store.write.exists", lang)),
              file=sys.stderr)
        return EXIT_REFUSED
    except DatabaseError as exc:
        if exc.reason != "damaged":
            raise
        latest = t("store.latest_good", lang, path=exc.detail) if exc.detail else ""
        print(t("store.backup_of_damaged", lang, path=db_path, latest=latest), file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        reason = os_reason(exc)
        if reason is None:
            raise
        return _write_failed(out, reason, lang)
    print(t("cli.backup.written", lang, db=db_path, path=written))
    return EXIT_OK


def restore(args) -> int:
    from app.messages import has, t
    from app.store.backup import check_backup, check_replaceable
    from app.store.backup import restore as do_restore
    from app.store.db import DatabaseError
    from app.store.paths import StoreWriteError

    lang = getattr(args, "lang", "en")
    db_path = _db_path(args)
    if isinstance(db_path, str):  # a team database: pg_restore into an empty one
        return _team_restore(args, db_path, lang)
    try:
        check_backup(args.backup)
    except DatabaseError as exc:
        return _refused(args.backup, exc)
    try:
        check_replaceable(db_path)
    except DatabaseError as exc:
        if exc.reason not in ("not_a_database", "foreign_database", "is_directory"):
            raise
        key = f"db.{exc.reason}"
        print(t("restore.target_refused", lang, path=db_path, reason=t(key, lang) if has(key) else exc.reason),
              file=sys.stderr)
        return EXIT_REFUSED
    try:
        kept = do_restore(db_path, args.backup)  # DatabaseError about --db: one line, exit 2
    except StoreWriteError as exc:
        return _write_failed(db_path, exc.reason, lang)
    print(t("cli.restored_kept" if kept else "cli.restored", lang, db=db_path, backup=args.backup,
            kept=kept))
    return EXIT_OK


def _tool_problem(exc, lang: str) -> int:
    from app.messages import t

    print(t(f"teambackup.{exc.reason}", lang, tool=exc.tool, major=exc.major, found=exc.found,
            detail=exc.detail), file=sys.stderr)
    return EXIT_REFUSED if exc.reason in ("other_version", "no_tool") else EXIT_USAGE


def _team_backup(args, target: str, lang: str) -> int:
    """``backup`` of a team database: the same checks on OUT as for a file, then pg_dump."""
    from app.files import OutputError
    from app.messages import t
    from app.store import pgdump
    from app.store.db import open_db

    db = open_db(target, create=False, readonly=True)  # not reachable, not ours, newer: one line, exit 2
    try:
        out: Path = args.out
        if out.is_dir():
            from datetime import datetime

            out = out / f"planner-{datetime.now():%Y%m%d-%H%M%S}.pgdump"
        if os.path.lexists(out):
            print(t("store.write.line", lang, path=out, reason=t("store.write.exists", lang)), file=sys.stderr)
            return EXIT_REFUSED
        if not out.parent.is_dir():
            return _write_failed(out, "folder_missing", lang)
        try:
            rows = pgdump.backup(db, target, out)
        except pgdump.ToolProblem as exc:
            return _tool_problem(exc, lang)
        except OutputError as exc:
            return _write_failed(out, exc.reason, lang)
        print(t("teambackup.written", lang, db=db.path, path=out, rows=rows))
        return EXIT_OK
    finally:
        db.close()


def _team_restore(args, target: str, lang: str) -> int:
    """``restore`` into a team database: only into an empty one, then checked (it opens, every
    table holds the rows the backup holds)."""
    from app.messages import t
    from app.store import pgdump
    from app.store.pg import display

    shown = display(target)
    if not Path(args.backup).is_file():
        from app.store.paths import DatabaseError

        return _refused(args.backup, DatabaseError("not_found", args.backup))
    try:
        db, rows = pgdump.restore(target, args.backup)
    except pgdump.ToolProblem as exc:
        if exc.reason == "not_a_dump":
            print(t("teamrestore.not_a_dump", lang, path=args.backup), file=sys.stderr)
            return EXIT_REFUSED
        if exc.reason == "not_empty":
            print(t("teamrestore.not_empty", lang, db=shown), file=sys.stderr)
            return EXIT_REFUSED
        if exc.reason == "not_verified":
            print(t("teamrestore.not_verified", lang, db=shown, backup=args.backup, differ=exc.detail),
                  file=sys.stderr)
            return EXIT_REFUSED
        return _tool_problem(exc, lang)
    db.close()
    print(t("teamrestore.done", lang, db=shown, backup=args.backup, rows=rows))
    return EXIT_OK
