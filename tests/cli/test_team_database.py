"""The same commands on a team database (issue 17): the demo written into an empty PostgreSQL
database, and ``check --json``, ``balances --json``, the statement (PDF and workbook) and the
export say exactly what they say for the same portfolio in an SQLite file."""

from __future__ import annotations

import json

import openpyxl
import pytest
from pypdf import PdfReader

from .test_cli import run

A = "UES-KZ-2025-014"


@pytest.fixture(scope="module")
def both(tmp_path_factory, pg_server):
    folder = tmp_path_factory.mktemp("both")
    file, team = folder / "demo.db", pg_server.new()
    for target in (file, team):
        r = run("demo", "--db", target, "--today", "2026-11-25")
        assert r.returncode == 0, r.stderr
    r = run("demo", "--db", team, "--today", "2026-11-25")  # not empty any more: refused
    assert r.returncode == 1 and "already holds data" in r.stderr
    return folder, file, team


@pytest.mark.parametrize("args", [
    ("check", "--today", "2026-11-25", "--json", "--lang", "en"),
    ("check", "--today", "2026-11-25", "--json", "--lang", "kk"),
    ("balances", "--json", "--on", "2026-11-25"),
    ("balances", "--json", "--on", "2030-03-31"),
])
def test_the_same_answers_on_both_engines(both, args):
    _folder, file, team = both
    got = [run(*args, "--db", target) for target in (file, team)]
    assert got[0].returncode == got[1].returncode and got[0].stderr == got[1].stderr == ""
    assert json.loads(got[0].stdout) == json.loads(got[1].stdout) and json.loads(got[1].stdout)


def test_the_statement_from_a_team_database(both):
    folder, file, team = both
    texts, cells = [], []
    for name, target in (("file", file), ("team", team)):
        pdf, xlsx = folder / f"{name}.pdf", folder / f"{name}.xlsx"
        r = run("statement", "--db", target, "--work-order", A, "--quarter", "2026Q4", "--today",
                "2026-11-25", "--pdf", pdf, "--xlsx", xlsx, "--lang", "ru")
        assert r.returncode == 0, r.stderr
        texts.append("\n".join(p.extract_text() for p in PdfReader(pdf).pages))
        wb = openpyxl.load_workbook(xlsx, read_only=True)
        cells.append([[c for c in row] for ws in wb for row in ws.iter_rows(values_only=True)])
    assert A in texts[1] and "81" in texts[1]
    assert texts[0] == texts[1] and cells[0] == cells[1]


def test_export_then_import_into_another_team_database(both, pg_server):
    folder, _file, team = both
    out = folder / "portfolio.xlsx"
    assert run("export", "--db", team, out).returncode == 0
    other = pg_server.new()
    r = run("import", out, "--db", other, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert [run("balances", "--json", "--on", "2026-11-25", "--db", t).stdout for t in (team, other)] == \
        [run("balances", "--json", "--on", "2026-11-25", "--db", team).stdout] * 2


def test_a_password_in_the_string_or_no_server_is_one_line_never_a_traceback(tmp_path):
    r = run("check", "--db", "postgresql://ann:s3cret@localhost/planner", "--lang", "en")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "s3cret" not in r.stderr
    assert "~/.pgpass" in r.stderr
    r = run("balances", "--db", f"postgresql:///planner?host={tmp_path}&port=1", "--lang", "ru")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "недоступна" in r.stderr
    assert "Traceback" not in r.stderr
