"""The command line a newcomer meets: the version, the help of every subcommand, the global
options in either place, and summaries in the chosen language with the right plural forms."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]

#: The least every subcommand needs to parse.
REQUIRED = {
    "demo": [], "check": [], "balances": [], "template": ["t.xlsx"], "import": ["w.xlsx"],
    "export": ["e.xlsx"], "statement": ["--work-order", "W-1", "--quarter", "2026Q4"],
    "statements": ["--quarter", "2026Q4", "--out", "dir"], "calendar": ["c.ics"],
    "backup": ["b.db"], "restore": ["b.db"], "screenshots": ["--out", "dir"],
    "migrate": ["--from", "a.db", "--to", "b.db"], "team": ["show"],
    "offline": ["take", "--from", "a.db", "--to", "b.db", "--mine"],
}


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_every_subcommand_is_covered_here():
    assert set(subparsers()) == set(REQUIRED)


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag):
    from app import __version__

    r = subprocess.run([sys.executable, "-m", "app", flag], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0
    assert r.stdout.strip().startswith("unified-planner ")
    assert r.stdout.strip().split()[-1] == __version__ or r.stdout.strip().split()[-1][0].isdigit()


def test_top_level_help_says_no_command_opens_the_window():
    text = " ".join(build_parser().format_help().split())
    assert "With no COMMAND the planner opens its window" in text
    assert "-V, --version" in text


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_help_opens_with_what_it_does_and_names_exit_codes(name):
    p = subparsers()[name]
    text = p.format_help()
    first, second, *_ = text.splitlines()
    assert first.strip() and not first.startswith("usage:") and first.endswith(".")
    assert second == ""  # one line, then the usage
    flat = " ".join(text.split())
    assert re.search(r"Exit codes: 0 .+; 1 .+; 2 .+\.", flat), flat
    for action in p._actions:
        if not action.option_strings:
            assert action.help and action.help is not argparse.SUPPRESS, (name, action.dest)


@pytest.mark.parametrize("name", sorted(REQUIRED))
@pytest.mark.parametrize("where", ["before", "after", "mixed"])
def test_db_and_lang_before_or_after_the_subcommand(name, where):
    glob_db, glob_lang = ["--db", "x.db"], ["--lang", "ru"]
    rest = REQUIRED[name]
    if where == "before":
        argv = glob_db + glob_lang + [name] + rest
    elif where == "after":
        argv = [name] + glob_db + rest + glob_lang
    else:
        argv = glob_lang + [name] + rest + glob_db
    args = build_parser().parse_args(argv)
    assert args.db == Path("x.db") and args.lang == "ru", argv
    assert args.command == name


def test_subcommand_value_wins_over_the_top_level_one():
    args = build_parser().parse_args(["--lang", "kk", "--db", "a.db", "check", "--lang", "ru",
                                      "--db", "b.db"])
    assert (args.lang, args.db) == ("ru", Path("b.db"))


def test_template_and_demo_run_with_options_after_the_subcommand(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["template", "--db", str(tmp_path / "d.db"), "t.xlsx"]) == 0
    assert (tmp_path / "t.xlsx").exists()
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--lang", "ru", "--today", "2026-11-25"]) == 0


def test_readme_metavars_match_the_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The command line", 1)[1].split("\n## ", 1)[0]
    parsers = subparsers()
    checked = 0
    for cell in re.findall(r"^\| `(.+?)` \|", section, flags=re.M):
        for usage in cell.split("` / `"):
            name, *tokens = (t for t in re.sub(r"[][()]|\\\|(?=-)", " ", usage).split() if t != "\\|")
            p = parsers[name]
            nested = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
            if nested and tokens and tokens[0] in nested[0].choices:  # `team init …`
                p, tokens = nested[0].choices[tokens[0]], tokens[1:]
            options = {s: a for a in p._actions for s in a.option_strings}
            positionals = [a.metavar or a.dest for a in p._actions if not a.option_strings]
            for i, token in enumerate(tokens):
                if token.startswith("--"):
                    action = options[token]
                    following = tokens[i + 1] if i + 1 < len(tokens) else "--"
                    if action.choices is None and action.nargs != 0:
                        assert action.metavar in (following, following.removesuffix("…")), (name, token, following)
                        checked += 1
                elif not tokens[i - 1].startswith("--") if i else True:
                    assert token in positionals, (name, token)
                    checked += 1
    assert checked > 20


# --- summaries in the chosen language ---------------------------------------------------------

RU = {
    "cli.findings": {1: "1 замечание", 2: "2 замечания", 5: "5 замечаний", 11: "11 замечаний",
                     21: "21 замечание", 22: "22 замечания", 25: "25 замечаний"},
    "cli.errors": {1: "1 ошибка", 2: "2 ошибки", 5: "5 ошибок", 11: "11 ошибок", 21: "21 ошибка",
                   22: "22 ошибки", 25: "25 ошибок"},
    "cli.warnings": {1: "1 предупреждение", 2: "2 предупреждения", 5: "5 предупреждений",
                     11: "11 предупреждений", 21: "21 предупреждение", 22: "22 предупреждения",
                     25: "25 предупреждений"},
    "cli.statements": {1: "1 отчёт", 2: "2 отчёта", 5: "5 отчётов", 11: "11 отчётов",
                       21: "21 отчёт", 22: "22 отчёта", 25: "25 отчётов"},
    "cli.files": {1: "1 файл", 2: "2 файла", 5: "5 файлов", 11: "11 файлов", 21: "21 файл",
                  22: "22 файла", 25: "25 файлов"},
    "cli.work_orders": {1: "1 заказ", 2: "2 заказа", 5: "5 заказов", 11: "11 заказов",
                        21: "21 заказ", 22: "22 заказа", 25: "25 заказов"},
}


@pytest.mark.parametrize("base", sorted(RU))
def test_russian_plurals(base):
    from app.messages.cli import counted

    for n, expected in RU[base].items():
        assert counted(base, "ru", n) == expected


def test_every_counted_message_has_every_category_in_every_language():
    from app.messages import LANGS, fmt_number
    from app.messages.cli import _COUNTED, counted

    for base in _COUNTED:
        for lang in LANGS:
            for n in (0, 1, 2, 5, 11, 21, 22, 25, 101, 1.5):
                text = counted(base, lang, n)
                assert fmt_number(n, lang) in text and "{" not in text, (base, lang, n, text)
    assert counted("cli.files", "en", 1) == "1 file" and counted("cli.files", "en", 2) == "2 files"
    assert counted("cli.files", "kk", 5) == "5 файл"


LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("newcomer") / "demo.db"
    assert main(["demo", "--db", str(path), "--today", "2026-11-25", "--lang", "en"]) == 0
    return path


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_check_summary_in_the_chosen_language(demo_db, lang, capsys):
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db), "--today", "2026-11-25", "--lang", lang]) == 1
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"\D*\d+\D*: \d+ \D+, \d+ \D+, \d+ \D+", summary), summary
    assert not LATIN_WORD.findall(summary), summary
    assert main(["--lang", lang, "check", "--db", str(demo_db), "--today", "2026-11-25"]) == 1
    assert capsys.readouterr().out.strip().splitlines()[-1] == summary


def test_statements_summary_in_russian(demo_db, tmp_path, capsys):
    out = tmp_path / "out"
    capsys.readouterr()
    assert main(["statements", "--db", str(demo_db), "--quarter", "2026Q4", "--out", str(out),
                 "--lang", "ru", "--pdf", "--today", "2026-11-25"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    words = LATIN_WORD.findall(last.replace(str(out.resolve()), ""))
    assert not words, last
    assert str(out.resolve()) in last


def test_statement_without_outputs_says_where_it_wrote(demo_db, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["statement", "--db", str(demo_db), "--work-order", "UES-KZ-2025-014",
                 "--quarter", "2026Q4", "--lang", "kk", "--today", "2026-11-25"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    for line, suffix in zip(lines, (".pdf", ".xlsx"), strict=True):
        path = Path(line.split(": ", 1)[1])
        assert path.is_absolute() and path.suffix == suffix and path.exists(), line
        assert path.parent == tmp_path.resolve()


def test_the_commands_do_not_import_the_command_line():
    """No cycle: ``app.cli`` imports the commands to register them, never the other way."""
    code = ("import importlib, pkgutil, sys, app.commands as pkg\n"
            "for m in pkgutil.iter_modules(pkg.__path__):\n"
            "    importlib.import_module('app.commands.' + m.name)\n"
            "assert 'app.cli' not in sys.modules, 'app.cli imported'\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("argv", [["--today", "2300-01-01"], ["--reminders", "x"],
                                  ["--reminders", "400"]])
def test_check_usage_errors_in_russian(demo_db, argv, capsys):
    capsys.readouterr()
    assert main(["check", "--db", str(demo_db), "--lang", "ru", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("ошибка: --")
    rest = err.split(": ", 2)[2]
    assert not [w for w in LATIN_WORD.findall(rest) if w != "x"], err
