"""No command writes over the database, a backup or its own input; every output is written
atomically, privately, under a name of its own; plain conditions are said in plain words; user
text cannot drive the terminal (issue 10, points 1, 4, 5, 8, 10, 11, 12)."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

import pytest

from app.cli import main

QUARTER = "2026Q4"
DEMO_A = "UES-KZ-2025-014"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv):
    code = main([*argv])
    out, err = capsys.readouterr()
    return code, out, err


def dot_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and ".up-" in p.name)


# ------------------------------------------------------------------ no output over an input

def _output_commands(db: Path, target: Path, tmp_path: Path):
    return {
        "calendar": ["calendar", "--db", str(db), str(target)],
        "statement --pdf": ["statement", "--db", str(db), "--work-order", DEMO_A, "--quarter", QUARTER,
                            "--pdf", str(target)],
        "statement --xlsx": ["statement", "--db", str(db), "--work-order", DEMO_A, "--quarter", QUARTER,
                             "--xlsx", str(target)],
        "export": ["export", "--db", str(db), str(target)],
        "template": ["template", "--db", str(db), str(target)],
    }


@pytest.mark.parametrize("command", ["calendar", "statement --pdf", "statement --xlsx", "export", "template"])
@pytest.mark.parametrize("how", ["same name", "symlink", "hard link", "wal", "shm"])
def test_no_command_writes_over_the_database(demo_db, tmp_path, capsys, command, how):
    db = Path(demo_db.path)
    with demo_db.read():
        pass
    if how == "same name":
        target = db
    elif how == "symlink":
        target = tmp_path / "link.xlsx"
        target.symlink_to(db)
    elif how == "hard link":
        target = tmp_path / "other" / "planner.db"
        target.parent.mkdir()
        os.link(db, target)
    else:
        target = Path(f"{db}-{how}")
        if not target.exists():
            target.write_bytes(b"")
    before = sha(db)
    companion = sha(target) if how in ("wal", "shm") else None
    code, out, err = run(capsys, *_output_commands(db, target, tmp_path)[command])
    assert code == 1, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "was not written" in err
    assert sha(db) == before
    if companion is not None:
        assert sha(target) == companion
    assert not dot_files(db.parent) and not dot_files(target.parent)


def test_calendar_given_the_databases_name_in_its_folder_is_refused(demo_db, tmp_path, capsys, monkeypatch):
    """The issue's first case: ``calendar planner.db`` run in the data folder, no ``--db``."""
    db = Path(demo_db.path)
    monkeypatch.setattr("app.store.paths.default_db_path", lambda: db)
    monkeypatch.chdir(db.parent)
    before = sha(db)
    code, out, err = run(capsys, "calendar", "planner.db")
    assert code == 1 and "planner's database" in err
    assert sha(db) == before


def test_backups_are_never_written_over(demo_db, tmp_path, capsys):
    from app.store.backup import backup_now

    backup_now(Path(demo_db.path))
    backups = Path(demo_db.path).parent / "backups"
    made = sorted(backups.glob("*.db"))
    assert made
    before = sha(made[0])
    for argv in (["calendar", "--db", str(demo_db.path), str(made[0])],
                 ["export", "--db", str(demo_db.path), str(backups / "new.xlsx")],
                 ["statements", "--db", str(demo_db.path), "--quarter", QUARTER, "--out", str(backups)]):
        code, out, err = run(capsys, *argv)
        assert code == 1, argv
        assert "Traceback" not in err
    assert sha(made[0]) == before
    assert not list(backups.glob("*.xlsx")) and not list(backups.glob("*.pdf"))


def test_another_sqlite_database_is_never_written_over(demo_db, tmp_path, capsys):
    import sqlite3

    other = tmp_path / "accounts.ics"
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    before = sha(other)
    code, out, err = run(capsys, "calendar", "--db", str(demo_db.path), str(other))
    assert code == 1 and "SQLite database" in err
    assert sha(other) == before


def test_the_error_workbook_never_replaces_the_input(db, tmp_path, capsys):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Work orders"
    ws.append(["Work order", "Customer", "Term start", "Term end"])
    ws.append(["WO-1", "", "2026-01-01", "2026-12-31"])
    book = tmp_path / "mine.xlsx"
    wb.save(book)
    before = sha(book)
    code, out, err = run(capsys, "import", str(book), "--db", str(db.path), "--errors", str(book))
    assert code == 1 and "own input" in err
    assert sha(book) == before
    link = tmp_path / "errors.xlsx"
    link.symlink_to(book)
    code, out, err = run(capsys, "import", str(book), "--db", str(db.path), "--errors", str(link))
    assert code == 1 and sha(book) == before


def test_a_missing_suffix_is_added_and_a_wrong_one_refused(demo_db, tmp_path, capsys):
    code, out, err = run(capsys, "calendar", "--db", str(demo_db.path), str(tmp_path / "cal"))
    assert code == 0 and (tmp_path / "cal.ics").is_file() and not (tmp_path / "cal").exists()
    code, out, err = run(capsys, "export", "--db", str(demo_db.path), str(tmp_path / "all"))
    assert code == 0 and (tmp_path / "all.xlsx").is_file()
    code, out, err = run(capsys, "statement", "--db", str(demo_db.path), "--work-order", DEMO_A,
                         "--quarter", QUARTER, "--pdf", str(tmp_path / "s.xlsx"))
    assert code == 1 and "must end in .pdf" in err and not (tmp_path / "s.xlsx").exists()


def test_help_says_what_happens_to_an_existing_file(capsys):
    for command in ("calendar", "export", "template", "statement", "statements", "import"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = " ".join(capsys.readouterr().out.split())
        assert "replaced atomically" in out, command


# ------------------------------------------------------------------ atomic and private outputs

def _fail_on_write(monkeypatch, err: int):
    """Make every write of a planner output fail with ``err`` (after part of it was written)."""
    import app.files as files

    real = files.atomic_output

    from contextlib import contextmanager

    @contextmanager
    def failing(target):
        with real(target) as tmp:
            yield tmp
            with open(tmp, "ab") as fh:
                fh.write(b"partial")
            raise OSError(err, os.strerror(err))

    monkeypatch.setattr(files, "atomic_output", failing)


@pytest.mark.parametrize("err, words", [(errno.ENOSPC, "the disk is full"),
                                        (errno.EROFS, "read-only media"),
                                        (errno.EACCES, "permission denied"),
                                        (errno.ENAMETOOLONG, "name is too long")])
@pytest.mark.parametrize("command", ["export", "calendar", "statement", "template"])
def test_a_failed_write_leaves_the_earlier_file_and_says_why(demo_db, tmp_path, capsys, monkeypatch,
                                                             err, words, command):
    suffix = {"export": ".xlsx", "calendar": ".ics", "statement": ".pdf", "template": ".xlsx"}[command]
    target = tmp_path / f"out{suffix}"
    argv = {"export": ["export", "--db", str(demo_db.path), str(target)],
            "calendar": ["calendar", "--db", str(demo_db.path), str(target)],
            "statement": ["statement", "--db", str(demo_db.path), "--work-order", DEMO_A,
                          "--quarter", QUARTER, "--pdf", str(target)],
            "template": ["template", str(target)]}[command]
    assert run(capsys, *argv)[0] == 0
    good = sha(target)
    _fail_on_write(monkeypatch, err)
    code, out, err_text = run(capsys, *argv)
    assert code == 1 and words in err_text and err_text.count("\n") == 1
    assert "unexpected" not in err_text and "Traceback" not in err_text
    assert sha(target) == good
    assert not dot_files(tmp_path)
    assert not list((Path(os.environ["XDG_STATE_HOME"])).rglob("crash.log"))


def test_the_disk_full_message_speaks_the_users_language(demo_db, tmp_path, capsys, monkeypatch):
    _fail_on_write(monkeypatch, errno.ENOSPC)
    code, out, err = run(capsys, "calendar", "--db", str(demo_db.path), "--lang", "kk", str(tmp_path / "c.ics"))
    assert code == 1 and "диск толы" in err
    code, out, err = run(capsys, "calendar", "--db", str(demo_db.path), "--lang", "ru", str(tmp_path / "c.ics"))
    assert code == 1 and "диск заполнен" in err


def test_a_real_full_disk(demo_db, tmp_path, capsys):
    """On a tiny tmpfs (root only): the export does not fit, the earlier file is intact."""
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        target = mnt / "c.ics"
        target.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        good = sha(target)
        code, out, err = run(capsys, "statement", "--db", str(demo_db.path), "--work-order", DEMO_A,
                             "--quarter", QUARTER, "--pdf", str(mnt / "s.pdf"))
        assert code == 1 and "the disk is full" in err and "Traceback" not in err
        assert not (mnt / "s.pdf").exists() and not dot_files(mnt)
        assert sha(target) == good
    finally:
        subprocess.run(["umount", str(mnt)])


def test_partials_of_a_killed_run_are_cleaned_next_time(demo_db, tmp_path, capsys):
    dead = 2 ** 22 + 12345  # beyond pid_max: no such process
    stale = [tmp_path / f".c.ics.up-{dead}-0123abcd.tmp", tmp_path / f".x.xlsx.part-{dead}"]
    for p in stale:
        p.write_bytes(b"half")
    libreoffice_lock = tmp_path / ".~lock.c.ics#"
    libreoffice_lock.write_text("someone")
    assert run(capsys, "calendar", "--db", str(demo_db.path), str(tmp_path / "c.ics"))[0] == 0
    assert not any(p.exists() for p in stale)
    assert libreoffice_lock.exists()


def test_every_output_is_readable_by_its_owner_only(demo_db, tmp_path, capsys):
    old = os.umask(0o022)
    try:
        outs = [tmp_path / "c.ics", tmp_path / "p.xlsx", tmp_path / "t.xlsx", tmp_path / "s.pdf",
                tmp_path / "s.xlsx"]
        assert run(capsys, "calendar", "--db", str(demo_db.path), str(outs[0]))[0] == 0
        assert run(capsys, "export", "--db", str(demo_db.path), str(outs[1]))[0] == 0
        assert run(capsys, "template", str(outs[2]))[0] == 0
        assert run(capsys, "statement", "--db", str(demo_db.path), "--work-order", DEMO_A, "--quarter",
                   QUARTER, "--pdf", str(outs[3]), "--xlsx", str(outs[4]))[0] == 0
        assert run(capsys, "statements", "--db", str(demo_db.path), "--quarter", QUARTER,
                   "--out", str(tmp_path / "batch"))[0] == 0
        outs += list((tmp_path / "batch").iterdir())
        for p in outs:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    finally:
        os.umask(old)


# ------------------------------------------------------------------ unique statement files

def test_work_orders_whose_names_collide_get_files_of_their_own(db, tmp_path, capsys):
    from openpyxl import Workbook

    from tests.reports.conftest import pdf_text

    wb = Workbook()
    ws = wb.active
    ws.title = "Work orders"
    ws.append(["Work order", "Customer", "Term start", "Term end"])
    customers = {"KZ/001": "Alpha Bank", "KZ 001": "Beta Telecom", "KZ:001": "Gamma Mining",
                 "kz_001": "Delta Foods"}
    for number, customer in customers.items():
        ws.append([number, customer, "2026-01-01", "2026-12-31"])
    book = tmp_path / "wo.xlsx"
    wb.save(book)
    assert run(capsys, "import", str(book), "--db", str(db.path))[0] == 0
    out_dir = tmp_path / "q4"
    code, out, err = run(capsys, "statements", "--db", str(db.path), "--quarter", QUARTER,
                         "--out", str(out_dir), "--pdf")
    assert code == 0, err
    pdfs = sorted(out_dir.glob("*.pdf"))
    assert len(pdfs) == 4
    assert "4 statements (4 files)" in out
    seen = {}
    for p in pdfs:
        text = pdf_text(p)
        found = [c for c in customers.values() if c in text]
        assert len(found) == 1, (p.name, found)
        seen[found[0]] = p.name
    assert set(seen) == set(customers.values())
    code, out, err = run(capsys, "statements", "--db", str(db.path), "--quarter", QUARTER,
                         "--out", str(out_dir), "--pdf")
    assert code == 0 and out.count("replaced: ") == 4


# ------------------------------------------------------------------ dry runs, terminal text

def test_a_dry_run_on_a_new_database_creates_no_file(tmp_path, capsys):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Work orders"
    ws.append(["Work order", "Customer", "Term start", "Term end"])
    ws.append(["WO-1", "Customer", "2026-01-01", "2026-12-31"])
    book = tmp_path / "in" / "wo.xlsx"
    book.parent.mkdir()
    wb.save(book)
    target = tmp_path / "db" / "new.db"
    target.parent.mkdir()
    code, out, err = run(capsys, "import", str(book), "--db", str(target), "--dry-run")
    assert code == 0 and "WO-1" in out
    assert list(target.parent.iterdir()) == []


def test_escape_sequences_in_a_cell_are_shown_not_obeyed(db, tmp_path, capsys):
    evil = "\x1b]0;owned\x07\x1b[31mred\u202eevil"
    book = tmp_path / "evil.csv"
    book.write_text("Work order,Customer,Term start,Term end\n"
                    f"WO-1,\"{evil}\",2026-01-01,\"{evil}\"\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(book), "--db", str(db.path))
    assert code == 1
    both = out + err
    assert "\x1b" not in both and "\x07" not in both and "\u202e" not in both
    assert "\\u001b]0;owned\\u0007" in both and "\\u202e" in both


def test_terminal_safe_keeps_ordinary_text():
    from app.cli import terminal_safe

    text = "Қазақстан — Астана\tUES-KZ-2025-014 Ω ✓ 🙂\n"
    assert terminal_safe(text) == text
    assert terminal_safe("a\rb\x9bc\x7f") == "a\\u000db\\u009bc\\u007f"


@pytest.mark.parametrize("command", ["check", "demo"])
def test_a_date_out_of_range_is_a_usage_error(tmp_path, capsys, command):
    code, out, err = run(capsys, command, "--db", str(tmp_path / "x.db"), "--today", "9999-12-31")
    assert code == 2 and "Traceback" not in err and "unexpected" not in err
    assert err.count("\n") == 1
