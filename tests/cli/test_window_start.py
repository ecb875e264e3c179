"""``python -m app`` with no command opens the window without building the command line's parser
(every command imported, the version looked up) and paints it before the database layer is
imported; what it reads from the command line is what the parser would have read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, window_args

ROOT = Path(__file__).resolve().parents[2]

WINDOW = [
    [], ["--db", "a.db"], ["--db=a.db"], ["--lang", "ru"], ["--lang=kk", "--db", "x.db"],
    ["--db", "a.db", "--db", "b.db"], ["--lang", "en", "--lang", "kk"], ["--db", ""], ["--db="],
    ["--db", "postgresql://ann@server/planner"], ["--db", " service=planner "], ["--db", "with space.db"],
]


@pytest.mark.parametrize("argv", WINDOW)
def test_the_window_arguments_are_read_as_the_parser_reads_them(argv):
    args = window_args(argv)
    assert args is not None
    assert vars(args) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["check"], ["--db", "a.db", "check"], ["-h"], ["--help"], ["-V"], ["--version"], ["--db"],
    ["--lang"], ["--lang", "de"], ["--lang=xx"], ["--db", "--lang", "en"], ["--d", "a.db"],
    ["--", "a.db"], ["a.db"], ["--db", "-x.db"],
])
def test_anything_else_is_left_to_the_parser(argv):
    assert window_args(argv) is None


def test_a_bad_language_without_a_command_is_still_refused(tmp_path):
    r = subprocess.run([sys.executable, "-m", "app", "--lang", "de", "--db", str(tmp_path / "p.db")],
                       cwd=ROOT, capture_output=True, text=True, timeout=60,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 2
    assert "'de'" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "p.db").exists()


PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and isinstance(obj.window(), QMainWindow):
            def report():
                print(json.dumps({"title": obj.window().windowTitle(), "modules": sorted(sys.modules)}))
                sys.stdout.flush()
                os._exit(0)
            QTimer.singleShot(0, report)
            self.deleteLater()
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
from app.cli import main
main(["--db", sys.argv[1], "--lang", "en"])
print(json.dumps({"title": None, "modules": []}))
"""


def test_the_window_paints_before_the_database_layer_and_the_commands_are_imported(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "UNIFIED_PLANNER_CONFIG": str(home / "settings")}
    r = subprocess.run([sys.executable, "-c", PAINT, str(tmp_path / "planner.db")], cwd=ROOT,
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout.strip().splitlines()[-1])
    assert seen["title"] == "Unified Planner — planner.db"  # the window itself, painted
    early = [m for m in seen["modules"]
             if m.split(".")[0] in ("sqlalchemy", "sqlmodel", "alembic", "psycopg")
             or m in ("importlib.metadata", "app.store.db", "app.store.tables", "app.store.audit")
             or (m.startswith("app.commands.") and m not in ("app.commands.common", "app.commands.gui"))]
    assert early == []
