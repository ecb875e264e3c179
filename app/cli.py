"""The command line: ``python -m app`` (or ``unified-planner``). With no subcommand it opens the
window. Errors are one line on stderr with an exit code, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import locale
import os
import pkgutil
import sys
from datetime import date
from pathlib import Path

from app.store.paths import DatabaseError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2



class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit 2."""


def system_lang() -> str:
    """kk, ru or en from the environment; English when it is none of the three."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            code = value[:2].lower()
            return code if code in ("kk", "ru", "en") else "en"
    try:
        code = (locale.getlocale()[0] or "en")[:2].lower()
    except ValueError:
        code = "en"
    return code if code in ("kk", "ru") else "en"


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (expected YYYY-MM-DD): {text!r}") from None


def add_db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    """``--db PATH``, accepted before or after the subcommand."""
    p.add_argument("--db", type=Path, metavar="PATH", default=None if top else argparse.SUPPRESS,
                   help="database file (default: planner.db in the user's data folder)")


def add_lang_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    p.add_argument("--lang", choices=("kk", "ru", "en"), default=None if top else argparse.SUPPRESS,
                   help="language (default: the system's, English when neither Kazakh nor Russian)")


def open_database(args, *, create: bool = True, readonly: bool = False, reading: bool = False):
    """Open ``--db`` (or the default database); raises DatabaseError with a reason.

    ``reading``: the command only reads, so a database another copy of the app is writing to
    is opened read-only instead of refused."""
    from app.store.db import open_db

    try:
        return open_db(args.db, create=create, readonly=readonly)
    except DatabaseError as exc:
        if reading and exc.reason == "in_use":
            return open_db(args.db, create=False, readonly=True)
        raise


def db_error_line(exc: DatabaseError, lang: str = "en") -> str:
    """One line saying why the database cannot be used, in ``lang``."""
    from app.messages import has, t

    key = f"db.{exc.reason}"
    reason = t(key, lang) if has(key) else exc.reason
    detail = f" ({exc.detail})" if exc.detail and exc.reason in ("cannot_open", "damaged") else ""
    return t("db.line", lang, path=exc.path, reason=reason, detail=detail)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("unified-planner")
    except PackageNotFoundError:  # a checkout that is not installed
        from app import __version__

        return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unified-planner",
        description="Plan a Unified Enterprise Support contract: work orders, credits, deadlines.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    add_db_arg(parser, top=True)
    add_lang_arg(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"app.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None) is None:
        args.lang = system_lang()
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from app.commands.gui import run_gui

            return run_gui(args)
        return handler(args)
    except DatabaseError as exc:
        print(db_error_line(exc, args.lang), file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last guard: one line for the user, the trace in a log file
        log = _log_crash()
        print(f"error: unexpected {type(exc).__name__}: {exc}"
              + (f" (details in {log})" if log else ""), file=sys.stderr)
        return EXIT_USAGE


def _log_crash() -> str | None:
    import traceback

    try:
        from platformdirs import user_log_path

        folder = user_log_path("UnifiedPlanner", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return str(path)
    except Exception:
        return None
