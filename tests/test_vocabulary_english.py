"""Nothing English in the Kazakh or Russian interface, command line or documents: the texts of
every rendered screen and dialog (labels, buttons, headers, table cells, tooltips, status bar),
``--help`` of the main parser and of every subcommand, and a statement's PDF are scanned for
Latin-only words. Allowed: codes (all capitals, or with a digit: USSD, AEM, KZT, D-004, 2026Q4),
the user's own data (customer, office, delivery and service-line texts of the database), file
paths and options, and the short list of names below."""

from __future__ import annotations

import argparse
import re
import sqlite3

import pytest

#: Names that stay as they are in every language: the product, Microsoft's brands and programs,
#: file formats written as words. (PostgreSQL's programs, pg_dump..., are typed as they are.)
NAMES = frozenset("""
    Unified Planner Enterprise Support Microsoft Azure Office Excel Windows Teams SharePoint Exchange
    Online Power BI Enhanced Response Software Assurance SQLite PostgreSQL iCalendar Linux macOS Unicode
    English Ctrl Shift Alt Enter Esc Rapid Response Event Management
    """.split())  # noqa: SIM905  "English": the chooser names each language in itself; keys as on the keyboard

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]")
_PATHISH = re.compile(r"(\bpg_\w+|\S*[/\\]\S*|--?[\w-]+|\S+\.(pdf|xlsx|xls|csv|ics|png|db|log)\b|%\w|\{\w+\}|\w+=\w+)")


def latin_words(text: str, allowed: frozenset[str]) -> set[str]:
    """The Latin-only words of ``text`` that are neither codes nor allowed names."""
    text = _PATHISH.sub(" ", re.sub(r"<[^>]+>", " ", text))
    found = set()
    for w in _WORD.findall(text):
        if w.isupper() or w in NAMES or w in allowed or w.lower() in allowed:
            continue
        found.add(w)
    return found


def data_words(db_path) -> frozenset[str]:
    """Words of the user's own data (what they typed, or the demo typed for them)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    words: set[str] = set()
    try:
        for table, columns in {
            "customer": "*", "work_order": "*", "location": "*", "service_line": "*", "delivery": "*",
            "ledger_entry": "reference, counterparty, notes",
        }.items():
            for row in con.execute(f"SELECT {columns} FROM {table}"):
                for value in row:
                    # a note the planner wrote itself is a message id, not the user's words
                    if isinstance(value, str) and not value.startswith("ledger."):
                        words.update(_WORD.findall(value))
                        words.update(w.lower() for w in _WORD.findall(value))
    finally:
        con.close()
    return frozenset(words)


# -- (b) the command line's help -------------------------------------------------------------


def _all_help(lang: str) -> dict[str, str]:
    from app.cli import build_parser

    parser = build_parser(lang)
    try:
        helps = {"main": parser.format_help()}
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, p in sub.choices.items():
            helps[name] = p.format_help()
        # the names of a command's own actions (``team init``) are typed as they are, too
        for name, p in list(sub.choices.items()):
            for nested in (a for a in p._actions if isinstance(a, argparse._SubParsersAction)):
                helps.update(dict.fromkeys((f" {n}" for n in nested.choices), ""))
                # and each of them has its own help (``team add --help``), in the language too
                helps.update({f"{name} {n}": q.format_help() for n, q in nested.choices.items()})
        return helps
    finally:
        build_parser("en")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_help_of_every_command_speaks_the_language(lang):
    helps = _all_help(lang)
    assert len(helps) > 10
    # the program's and the commands' names are typed as they are; so are the metavars
    typed = frozenset({*(n.strip() for n in helps), "take", "bring",  # offline's steps
                       "manager", "lead", "reviewer", "laptop", "server", "id",  # values typed as they are
                       "unified", "planner", "kk", "ru", "en", "YYYYQn", "WxH"})
    english = {name: latin_words(text, typed) for name, text in helps.items()}
    assert {name: words for name, words in english.items() if words} == {}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_argparse_own_errors_speak_the_language(lang, capsys):
    from app.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", lang, "check", "--today", "2026-02-30"])
    err = capsys.readouterr().err
    assert "usage" not in err and "error" not in err and "argument" not in err, err
    assert latin_words(err, frozenset({"unified", "planner", "check", "kk", "ru", "en"})) == set(), err


def test_the_english_help_is_still_english():
    helps = _all_help("en")
    assert "usage: unified-planner statement" in helps["statement"]
    assert "Exit codes: 0 written" in helps["statement"]


# -- (c) a statement's text ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_statement_pdf_has_no_english(lang, demo_db, tmp_path):
    from app.cli import main
    from tests.reports.conftest import DEMO_A, QUARTER, pdf_text

    out = tmp_path / f"st-{lang}.pdf"
    assert main(["--db", str(demo_db.path), "--lang", lang, "statement", "--work-order", DEMO_A,
                 "--quarter", QUARTER, "--today", "2026-11-25", "--pdf", str(out)]) == 0
    text = pdf_text(out)
    assert "{" not in text, "a message with an unfilled placeholder"
    # weekday and month names of the data (a delivery's notes) are data too
    assert latin_words(text, data_words(demo_db.path)) == set()


# -- (a) every screen and dialog of the window --------------------------------------------------


def _public(model, name: str) -> bool:
    from PySide6.QtCore import QModelIndex

    try:
        getattr(model, name)(QModelIndex())
    except TypeError:  # a list model's columnCount is private
        return False
    return True


def _widget_texts(root) -> list[str]:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    texts: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(min(w.count(), 50))]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QMainWindow) and w.statusBar():
            texts.append(w.statusBar().currentMessage())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            columns, rows = m.columnCount(QModelIndex()) if _public(m, "columnCount") else 1, m.rowCount(QModelIndex())
            for c in range(columns):
                texts.append(str(m.headerData(c, Qt.Orientation.Horizontal) or ""))
            for r in range(min(rows, 60)):
                for c in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = m.index(r, c).data(role)
                        if isinstance(value, str):
                            texts.append(value)
    return [t for t in texts if t]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_screen_and_dialog_of_the_window_speaks_the_language(lang, demo_db, tmp_path, monkeypatch, qapp):
    from app.ui import i18n, shots

    seen: dict[str, list[str]] = {}

    def collect(widget, path, files):
        from PySide6.QtWidgets import QApplication

        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        seen[path.name] = _widget_texts(widget)
        files.append(path)

    monkeypatch.setattr(shots, "_grab", collect)
    path = demo_db.path
    demo_db.close()
    try:
        files = shots.render_all(path, tmp_path, lang, __import__("tests.conftest").conftest.TODAY, None,
                                 (1400, 860))
    finally:
        i18n.install("en")
    assert len(files) >= 20
    import getpass

    allowed = data_words(path) | {"kk", "ru", "en", getpass.getuser()}  # the history names who changed
    english = {}
    for name, texts in seen.items():
        words = set().union(*(latin_words(t, allowed) for t in texts)) if texts else set()
        if words:
            english[name] = sorted(words)
    assert english == {}, "\n".join(f"{k}: {v}" for k, v in sorted(english.items()))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_dry_run_change_lines_speak_the_language(lang, demo_db, tmp_path, capsys):
    import openpyxl

    from app.cli import main

    book = tmp_path / "portfolio.xlsx"
    assert main(["--db", str(demo_db.path), "--lang", lang, "export", str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    wb.worksheets[1].cell(2, 2).value = "Жаңа тұтынушы"  # the first work order's customer
    wb.save(book)
    capsys.readouterr()
    assert main(["--db", str(demo_db.path), "--lang", lang, "import", "--dry-run", str(book)]) == 0
    out = capsys.readouterr().out
    assert "-> Жаңа тұтынушы" in out
    assert latin_words(out, data_words(demo_db.path)) == set(), out
