"""The command line as a user runs it: a separate process, its output and exit code."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.rules import CHECKS

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    r = run("demo", "--db", path, "--today", "2026-11-25")
    assert r.returncode == 0, r.stderr
    return path


def test_demo_then_check_json_has_every_rule(demo_file):
    r = run("check", "--db", demo_file, "--today", "2026-11-25", "--json", "--lang", "en")
    assert r.returncode == 1  # the demo has errors on purpose
    findings = json.loads(r.stdout)
    assert {f["rule"] for f in findings} == set(CHECKS)
    for f in findings:
        assert set(f) == {"rule", "severity", "work_order", "subject", "date", "days_left", "message", "ref"}
        assert f["severity"] in ("error", "warning", "info")
        assert f["ref"]["kind"] in ("work_order", "line", "delivery", "location", "pool") and all(f["ref"].values())
    late = [f for f in findings if f["rule"] == "R-REQUEST-60" and f["subject"] == "Chalk talk: Exchange Online migration"]
    assert late and late[0]["date"] == "2026-10-21" and late[0]["days_left"] == -35
    assert late[0]["ref"] == {"kind": "delivery", "id": "D-003"}
    assert "USSD 2.6" in late[0]["message"]


def test_check_speaks_kazakh(demo_file):
    r = run("check", "--db", demo_file, "--today", "2026-11-25", "--json", "--lang", "kk")
    messages = " ".join(f["message"] for f in json.loads(r.stdout))
    assert "сұраудың соңғы күні" in messages and "бөлім" in messages


def test_check_exit_zero_when_no_error(tmp_path):
    path = tmp_path / "empty.db"
    assert run("check", "--db", path).returncode == 2  # no such database: not created by check
    assert not path.exists()
    assert run("demo", "--db", path, "--today", "2026-11-25").returncode == 0
    r = run("check", "--db", path, "--today", "2020-01-01", "--json")  # before any term: quiet
    assert r.returncode in (0, 1)
    assert all(f["severity"] != "error" for f in json.loads(r.stdout)) == (r.returncode == 0)


@pytest.mark.parametrize("content", [b"", b"hello, I am not a database\n" * 50, b"PK\x03\x04 zip"])
def test_not_a_database_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content or b"x")
    before = digest(path)
    r = run("check", "--db", path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert str(path) in r.stderr
    assert digest(path) == before


def test_bad_db_paths(tmp_path):
    for path, words in ((tmp_path, "folder"), (tmp_path / "missing" / "x.db", "does not exist")):
        r = run("demo", "--db", path)
        assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr


def test_bad_usage_exit_two(tmp_path):
    assert run("check", "--today", "25.11.2026", "--db", tmp_path / "x.db").returncode == 2
    assert run("no-such-command").returncode == 2
    r = run("check", "--db", tmp_path / "x.db", "--reminders", "thirty")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_domain_imports_neither_qt_nor_the_database():
    code = ("import sys, pkgutil, importlib, app.domain as d\n"
            "for m in pkgutil.iter_modules(d.__path__): importlib.import_module('app.domain.' + m.name)\n"
            "from app.domain.catalog import catalog; catalog()\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlmodel', 'sqlalchemy')]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
