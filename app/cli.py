"""The command line: ``python -m app`` (or ``unified-planner``). With no subcommand it opens the
window. Errors are one line on stderr with an exit code, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from app.commands.common import (  # noqa: F401  (re-exported: tests and older callers import them here)
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    LANGS,
    Parser,
    UsageError,
    _SafeStream,
    add_db_arg,
    add_lang_arg,
    argv_lang,
    check_output,
    db_error_line,
    db_target,
    localize_parser,
    open_database,
    output_error_line,
    parse_day,
    system_lang,
    terminal_safe,
    use_help_lang,
    written_line,
)
from app.store.paths import DatabaseError


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("unified-planner")
    except PackageNotFoundError:  # a checkout that is not installed
        from app import __version__

        return __version__


class _VersionAction(argparse._VersionAction):
    """``-V``/``--version``: the version is looked up (``importlib.metadata``) when asked for,
    not each time the parser is built."""

    def __call__(self, parser, namespace, values, option_string=None):
        self.version = f"%(prog)s {_version()}"
        super().__call__(parser, namespace, values, option_string)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The command line's parser, its help (and argparse's own words) in ``lang``."""
    use_help_lang(lang)
    parser = Parser(
        prog="unified-planner",
        description="Plan a Unified Enterprise Support contract: work orders, credits, deadlines.",
        epilog="With no COMMAND the planner opens its window. --db and --lang may also be given "
               "after the COMMAND. 'unified-planner COMMAND --help' describes a command and its "
               "exit codes: 0 success, 1 an input or output was refused (or check found an "
               "error), 2 bad usage or an unreadable database.")
    parser.add_argument("-V", "--version", action=_VersionAction)
    add_db_arg(parser, top=True)
    add_lang_arg(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"app.commands.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    localize_parser(parser, lang)
    return parser


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """What the parser gives for ``argv`` when it names no command (the window: at most ``--db``
    and ``--lang``), read without building the parser and importing every command; None for
    anything else (a command, ``--help``, ``--version``, a value the parser would refuse or an
    abbreviated option), which the parser then handles as it always has."""
    db = lang = None
    i = 0
    while i < len(argv):
        name, eq, value = argv[i].partition("=")
        if name not in ("--db", "--lang"):
            return None
        if not eq:
            if i + 1 == len(argv) or argv[i + 1].startswith("-"):
                return None
            i += 1
            value = argv[i]
        i += 1
        if name == "--db":
            db = db_target(value)
        elif value in LANGS:
            lang = value
        else:
            return None
    return argparse.Namespace(db=db, lang=lang, command=None)


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    args = window_args(given)
    if args is None:
        lang = argv_lang(given) or system_lang()
        parser = build_parser(lang)
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
        print(t("cli.bad_value", args.lang, detail=exc), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(t("cli.interrupted", args.lang), file=sys.stderr)
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
    from app.files import log_crash

    log = log_crash(type(exc), exc, exc.__traceback__, "command line")
    print(f"error: unexpected {type(exc).__name__}: {exc}"
          + (f" (details in {log})" if log else ""), file=sys.stderr)
    return EXIT_USAGE
