"""A database file chosen by the user that is not a good planner database: one line naming the
file and the reason, exit 2, and nothing written — not a byte of it, no file beside it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.store.db import DatabaseError, open_db

from .helpers import folder_state, make_db


def make_case(tmp_path: Path, case: str) -> tuple[Path, str]:
    """A hostile file in an otherwise empty folder; returns it and the reason expected."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "planner.db"
    if case == "text":
        path.write_text("Work order,Customer\nUES-1,Bank\n", encoding="utf-8")
        return path, "not_a_database"
    if case == "xlsx":
        path.write_bytes(b"PK\x03\x04" + os.urandom(2000))
        return path, "not_a_database"
    if case == "directory":
        path.mkdir()
        return path, "is_directory"
    if case == "missing_folder":
        return folder / "nowhere" / "planner.db", "folder_missing"
    if case == "zero_bytes":
        path.write_bytes(b"")
        return path, "not_a_database"
    if case == "foreign_sqlite":
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)")
        con.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
        con.commit()
        con.close()
        return path, "foreign_database"
    good = tmp_path / "good" / "planner.db"
    good.parent.mkdir()
    db = make_db(good)
    from datetime import date

    from app.services.portfolio import load_demo

    load_demo(db, date(2026, 11, 25))
    db.close()
    data = good.read_bytes()
    assert len(data) > 40000
    if case == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif case == "damaged":
        page = 4096
        path.write_bytes(data[: 5 * page] + os.urandom(page) + data[6 * page:])
    elif case == "header_only":
        path.write_bytes(data[:100])
    return path, "damaged"


CASES = ["text", "xlsx", "directory", "missing_folder", "zero_bytes", "foreign_sqlite",
         "truncated", "damaged", "header_only"]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["check", "demo", "backup", "restore", "gui-open"])
def test_hostile_database_file(tmp_path, capsys, case, command):
    path, reason = make_case(tmp_path, case)
    folder = tmp_path / "data"
    before = folder_state(folder)
    if command == "gui-open":  # what the window calls (write, then read-only)
        for readonly in (False, True):
            with pytest.raises(DatabaseError) as exc:
                open_db(path, readonly=readonly)
            expected = "not_found" if case == "missing_folder" and readonly else reason
            assert (exc.value.reason, exc.value.path) == (expected, str(path))
    else:
        args = {"check": ["check", "--db", path, "--today", "2026-11-25"],
                "demo": ["demo", "--db", path, "--today", "2026-11-25"],
                "backup": ["backup", "--db", path, tmp_path / "out.db"],
                "restore": ["restore", "--db", path, tmp_path / "nothing.db"]}[command]
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        if command == "restore":  # the backup is checked first: refused, naming it
            assert code == 1 and err.startswith(f"error: backup {tmp_path / 'nothing.db'} ")
        else:
            assert code == 2
            assert err.count("\n") == 1 and err.startswith(f"error: database {path} "), err
            assert "Traceback" not in err
            if case == "missing_folder" and command != "demo":
                assert "does not exist" in err
        assert not (tmp_path / "out.db").exists()
    assert folder_state(folder) == before  # not a byte written, no -wal, -shm or .lock beside it


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_database_file(tmp_path, capsys):
    path = tmp_path / "planner.db"
    make_db(path).close()
    os.chmod(path, 0)
    try:
        assert main(["check", "--db", str(path)]) == 2
        assert capsys.readouterr().err == f"error: database {path} cannot be read (permission denied)\n"
    finally:
        os.chmod(path, 0o600)


def test_damaged_database_offers_the_latest_good_backup(tmp_path):
    from app.store.backup import latest_good_backup

    path = tmp_path / "planner.db"
    make_db(path).close()
    open_db(path).close()  # makes today's backup
    good = latest_good_backup(path)
    assert good is not None
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\x00" * 4096
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as exc:
        open_db(path)
    assert exc.value.reason == "damaged"
    assert latest_good_backup(path) == good


def test_command_line_arguments_that_are_wrong(tmp_path, capsys):
    path = tmp_path / "planner.db"
    make_db(path).close()
    for args in (["check", "--db", str(path), "--today", "2026-02-30"],
                 ["check", "--db", str(path), "--reminders", "x,y"],
                 ["backup", "--db", str(path)],
                 ["restore"]):
        with pytest.raises(SystemExit) as exc:
            if main(args) == 2:
                raise SystemExit(2)
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.strip()
