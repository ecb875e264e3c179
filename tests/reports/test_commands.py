"""``statement``, ``statements`` and ``calendar`` on the command line."""

from __future__ import annotations

import pytest

from app.cli import main

from .conftest import DEMO_A, QUARTER, pdf_text


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_statement_writes_pdf_and_xlsx(demo_db, tmp_path, capsys):
    pdf, xlsx = tmp_path / "a.pdf", tmp_path / "a.xlsx"
    code, out, err = _run(capsys, "statement", "--db", str(demo_db.path), "--work-order", DEMO_A,
                          "--quarter", QUARTER, "--lang", "kk", "--pdf", str(pdf), "--xlsx", str(xlsx),
                          "--today", "2026-11-25")
    assert code == 0, err
    assert "Тоқсандық шолу есебі" in pdf_text(pdf) and xlsx.stat().st_size > 0
    assert str(pdf) in out


@pytest.mark.parametrize("args, words, exit_code", [
    (["--work-order", "NOPE", "--quarter", QUARTER], "no work order numbered 'NOPE'", 2),
    (["--work-order", DEMO_A, "--quarter", "2026Q5"], "not a quarter", 2),
    (["--work-order", DEMO_A, "--quarter", QUARTER, "--pdf", "/no/such/folder/a.pdf"],
     "does not exist", 1),
])
def test_statement_errors_are_one_line(demo_db, capsys, args, words, exit_code):
    code, out, err = _run(capsys, "statement", "--db", str(demo_db.path), *args)
    assert code == exit_code
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_statement_into_a_folder_path_is_refused(demo_db, tmp_path, capsys):
    code, out, err = _run(capsys, "statement", "--db", str(demo_db.path), "--work-order", DEMO_A,
                          "--quarter", QUARTER, "--xlsx", str(tmp_path))
    assert code == 1 and "is a folder" in err and "Traceback" not in err
    assert not list(tmp_path.glob(".*"))


def test_statements_with_progress(demo_db, tmp_path, capsys):
    code, out, err = _run(capsys, "statements", "--db", str(demo_db.path), "--quarter", QUARTER,
                          "--out", str(tmp_path), "--lang", "ru", "--pdf", "--today", "2026-11-25")
    assert code == 0, err
    assert "5/5" in err and "5 отчётов (5 файлов)" in out
    assert len(list(tmp_path.glob("*_2026Q4_ru.pdf"))) == 5 and not list(tmp_path.glob("*.xlsx"))


def test_statements_create_their_folder_and_refuse_a_file(demo_db, tmp_path, capsys):
    code, out, err = _run(capsys, "statements", "--db", str(demo_db.path), "--quarter", QUARTER,
                          "--out", str(tmp_path / "new" / "q4"), "--pdf")
    assert code == 0 and "folder created" in out
    assert len(list((tmp_path / "new" / "q4").glob("*.pdf"))) == 5
    (tmp_path / "file").write_text("mine")
    code, out, err = _run(capsys, "statements", "--db", str(demo_db.path), "--quarter", QUARTER,
                          "--out", str(tmp_path / "file"))
    assert code == 1 and "not a folder" in err and (tmp_path / "file").read_text() == "mine"


def test_calendar(demo_db, tmp_path, capsys):
    from icalendar import Calendar

    out_file = tmp_path / "deadlines.ics"
    code, out, err = _run(capsys, "calendar", "--db", str(demo_db.path), str(out_file),
                          "--today", "2026-11-25", "--lang", "kk")
    assert code == 0, err
    events = Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)) > 10
    assert any("D-005" in str(e["SUMMARY"]) for e in events)
    # the same export twice gives the same UIDs: calendars update instead of doubling
    second = tmp_path / "again.ics"
    assert main(["calendar", "--db", str(demo_db.path), str(second), "--today", "2026-11-25"]) == 0
    capsys.readouterr()
    assert sorted(str(e["UID"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")) == sorted(uids)
