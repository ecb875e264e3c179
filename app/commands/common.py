"""What every subcommand shares: exit codes, the global options, opening the database, the
one-line wordings of refused outputs and databases, terminal-safe text. The subcommands import
this module, never ``app.cli`` (which imports them to register them)."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from app.messages import LANGS, system_lang  # noqa: F401  (system_lang: re-exported)
from app.store.paths import DatabaseError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2



class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit 2."""


#: The language the parser's help and argparse's own words are in (localize_parser).
_HELP_LANG = ["en"]


def _argparse_words(text: str) -> str:
    from app.messages import catalog

    entry = catalog().get(f"argparse.{text}")
    return (entry.get(_HELP_LANG[0]) or text) if entry else text


def argv_lang(argv: list[str]) -> str | None:
    """The ``--lang`` given on the command line (before parsing: the help is in it)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGS else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGS else None
    return None


def use_help_lang(lang: str) -> None:
    """Word argparse's own strings ("usage: ", "options", its errors) in ``lang``."""
    _HELP_LANG[0] = lang if lang in LANGS else "en"
    argparse._ = _argparse_words  # type: ignore[attr-defined]  # argparse looks its gettext up at call time


def localize_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """The parser's help in ``lang`` from the catalogue (``help.<command>.<dest>``, ``help.<dest>``,
    ``help.<command>.summary`` and ``.epilog``); the code's English stays where an entry is missing."""
    from app.messages import has, t

    def word(key: str, fallback):
        return t(key, lang) if has(key) else fallback

    def options(p: argparse.ArgumentParser, command: str) -> None:
        for action in p._actions:
            if action.help and action.help != argparse.SUPPRESS:
                own = word(f"help.{command}.{action.dest}", word(f"help.{action.dest}", action.help))
                if action.const is not None and not isinstance(action.const, bool):  # one of a choice
                    own = word(f"help.{command}.{action.dest}.{action.const}", own)
                action.help = own

    def commands(p: argparse.ArgumentParser, within: str) -> None:
        """The commands of ``p`` (``team add`` within ``team``: ``help.team.add.…``)."""
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = word(f"help.{within}{choice.dest}.summary", choice.help)
                for name, sub in action.choices.items():
                    key = f"{within}{name}"
                    summary = word(f"help.{key}.summary", None)
                    if summary:
                        sub.description = summary[0].upper() + summary[1:] + "."
                    sub.epilog = word(f"help.{key}.epilog", sub.epilog)
                    options(sub, key)
                    commands(sub, f"{key}.")

    parser.description = word("help.main.summary", parser.description)
    parser.epilog = word("help.main.epilog", parser.epilog)
    options(parser, "main")
    commands(parser, "")


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        from app.messages import t

        raise argparse.ArgumentTypeError(t("cli.not_a_date", _HELP_LANG[0], text=repr(text))) from None


def db_target(text: str) -> Path | str:
    """A ``--db`` value: a file path, or a team database's ``postgresql://`` URL or libpq
    ``service=`` string, kept as written (a Path would fold its ``//``)."""
    from app.store.pg import is_pg

    return text.strip() if is_pg(text) else Path(text)


def add_db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    """``--db PATH``, accepted before or after the subcommand."""
    p.add_argument("--db", type=db_target, metavar="PATH", default=None if top else argparse.SUPPRESS,
                   help="database file, or a team database: postgresql://USER@HOST/DBNAME or service=NAME "
                        "(default: planner.db in the user's data folder)")


def add_lang_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    p.add_argument("--lang", choices=LANGS, default=None if top else argparse.SUPPRESS,
                   help="language (default: the system's, English when neither Kazakh nor Russian)")


def open_database(args, *, create: bool = True, readonly: bool = False, reading: bool = False):
    """Open ``--db`` (or the default database); raises DatabaseError with a reason.

    ``reading``: the command only reads, so a database another copy of the app is writing to
    is opened read-only instead of refused."""
    from app.store.db import open_db

    try:
        db = open_db(args.db, create=create, readonly=readonly)
    except DatabaseError as exc:
        if reading and exc.reason == "in_use":
            return open_db(args.db, create=False, readonly=True)
        raise
    if (reading or readonly) and getattr(db, "note", None):  # read-only media: said once
        import sys

        from app.messages import t

        print(t(db.note, getattr(args, "lang", "en"), path=db.path), file=sys.stderr)
    return db


def db_error_line(exc: DatabaseError, lang: str = "en") -> str:
    """One line saying why the database cannot be used, in ``lang``."""
    from app.messages.store import db_error_text

    return db_error_text(exc, lang)


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


class Parser(argparse.ArgumentParser):
    """A parser whose help opens with its one line of what the command does, then the usage."""

    def format_help(self) -> str:
        formatter = self._get_formatter()
        if self.description:
            formatter.add_text(self.description)
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()


#: What exits 0 and 1 mean for a command that writes a file.
OK = "written"
REFUSED = ("the output was refused (it would write over the database, a backup or an input) or "
           "could not be written (disk full, read-only, permission, name too long)")
#: What exit 2 means for every command.
USAGE_EXIT = "2 bad usage or an unreadable database"


def add_command(sub, name: str, summary: str, *, ok: str, refused: str,
                usage: str = USAGE_EXIT, epilog: str = "") -> argparse.ArgumentParser:
    """The subcommand ``name``: its help opens with ``summary`` (one line) and ends with its exit
    codes (0 ``ok``, 1 ``refused``, 2 ``usage``); ``--db`` and ``--lang`` are accepted before or
    after the subcommand's name."""
    codes = f"Exit codes: 0 {ok}; 1 {refused}; {usage}."
    p = sub.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".",
                       epilog=(epilog + " " if epilog else "") + codes)
    add_db_arg(p)
    add_lang_arg(p)
    return p
