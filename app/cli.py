"""The command line: ``python -m app`` (or ``unified-planner``). With no subcommand it opens the
window. Errors are one line on stderr with an exit code, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import locale
import os
import pkgutil
import re
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


def output_error_line(exc, lang: str = "en") -> str:
    """One line saying why an output file was not written (an ``OutputError``), in ``lang``."""
    from app.messages import has, t

    key = f"output.{exc.reason}"
    reason = t(key, lang, detail=exc.detail) if has(key) else exc.reason
    return t("output.line", lang, path=exc.path, reason=reason)


def check_output(args, target: Path, *, suffix: str | None = None, inputs=()) -> Path:
    """The output ``target`` of a command, refused (``OutputError``) when it would write over
    the database (``--db`` or the default one), its companions, a backup or an input."""
    from app.services.outputs import check_output as check
    from app.store.paths import default_db_path

    return check(target, db_path=getattr(args, "db", None) or default_db_path(),
                 inputs=inputs, suffix=suffix)


def written_line(path: Path, existed: bool, lang: str) -> str:
    from app.messages import t

    return t("output.replaced" if existed else "output.written", lang, path=path)


# Characters that must never reach a terminal raw: C0 controls but newline and tab, DEL, C1
# controls, and the bidirectional overrides and isolates (they reorder what the line shows).
_UNSAFE_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f"
                              "\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as a visible ``\\uXXXX`` escape."""
    return _UNSAFE_TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _SafeStream:
    """stdout/stderr for the commands: user text (cell values, titles, notes) cannot drive the
    terminal. A carriage return is kept only where a progress line starts with one."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        head = "\r" if text.startswith("\r") else ""
        self._stream.write(head + terminal_safe(text[len(head):]))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


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
    if handler is None:  # the window: nothing of the user's reaches the terminal
        return _guarded(args, handler)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(saved[0]), _SafeStream(saved[1])
    try:
        return _guarded(args, handler)
    finally:
        sys.stdout, sys.stderr = saved


def _guarded(args, handler) -> int:
    from app.files import OutputError, reason_of
    from app.messages import t

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
    except OutputError as exc:
        print(output_error_line(exc, args.lang), file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:  # a plain condition of the file system: its own words, no crash log
        err = OutputError(reason_of(exc), exc.filename or "", exc.strerror or "")
        print(output_error_line(err, args.lang), file=sys.stderr)
        return EXIT_REFUSED
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, OverflowError) or "out of range" in str(exc):
            print(t("cli.out_of_range", args.lang, detail=str(exc)), file=sys.stderr)
            return EXIT_USAGE
        return _unexpected(exc)
    except Exception as exc:  # the last guard: one line for the user, the trace in a log file
        return _unexpected(exc)


def _unexpected(exc: BaseException) -> int:
    log = _log_crash()
    print(f"error: unexpected {type(exc).__name__}: {exc}"
          + (f" (details in {log})" if log else ""), file=sys.stderr)
    return EXIT_USAGE


def _log_crash() -> str | None:
    import traceback

    try:
        from platformdirs import user_log_path

        from app.files import private_file

        folder = user_log_path("UnifiedPlanner", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "crash.log"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        private_file(path)
        return str(path)
    except Exception:
        return None
