"""Smoke test of an installed Unified Planner, run outside the checkout (CI runs it on the wheel).

    VENV/bin/python packaging/smoke.py              # the `unified-planner` of VENV
    python packaging/smoke.py --exe dist/UnifiedPlanner/UnifiedPlanner --no-window-check   # a bundle

From a fresh temporary folder (also HOME, so no setting of the person running it is read or
written), with Qt offscreen, it runs `--version`, `demo`, `check`, `statement --pdf`, `calendar`
and `screenshots --lang kk`, checks what each wrote, then opens the window: once in this Python
(the installed `app` package: waits until the portfolio is read, checks the table has rows, the
icons load and the words are Kazakh) and once as the real executable for a few seconds (it must
still be running, without a traceback). Exit 0 when all is well, 1 with the reasons otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
QUARTER = "2026Q4"
TODAY = "2026-11-25"  # the demo portfolio around a fixed day, so the statement's quarter has data

#: Run by the installed Python: the window, as `unified-planner --db DB --lang kk` builds it.
WINDOW_CHECK = textwrap.dedent('''
    import sys
    from pathlib import Path

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView

    import app
    from app.ui import i18n
    from app.ui.context import Context
    from app.ui.icons import icon
    from app.ui.settings import AppSettings
    from app.ui.window import MainWindow

    db, checkout = Path(sys.argv[1]), sys.argv[2]
    problems = []
    where = str(Path(app.__file__).resolve())
    if checkout and where.startswith(checkout):
        problems.append(f"app imported from the checkout ({where}), not the installed package")
    qapp = QApplication([sys.argv[0]])
    if not i18n.install("kk"):
        problems.append("the Kazakh translation (app_kk.qm) was not found")
    for name in ("app", "portfolio", "plan", "settings"):
        if icon(name).pixmap(16, 16).isNull():
            problems.append(f"icon {name!r} does not load (SVG file or Qt's SVG plugin missing)")
    window = MainWindow(ctx=Context(None, "kk", None, AppSettings(), path=db), background=True)
    loop = QEventLoop()
    window.loaded.connect(loop.quit)
    timer = QTimer(singleShot=True)
    timer.timeout.connect(loop.quit)
    timer.start(60_000)
    window.show()
    if not window.ctx.loaded:
        loop.exec()
    if not window.ctx.loaded:
        problems.append("the window never finished reading the portfolio (60 s)")
    else:
        table = window.findChild(QTableView, "portfolio_table")
        rows = table.model().rowCount() if table is not None else 0
        if rows == 0:
            problems.append("the portfolio table has no rows")
    words = [a.text() for a in window.menuBar().actions()]
    words += [w.text() for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)]
    if not any(set(w) & set(sys.argv[3]) for w in words):
        problems.append(f"no Kazakh word in the window: {words[:8]}")
    window.close()
    qapp.processEvents()
    for p in problems:
        print(p, file=sys.stderr)
    print("window: portfolio read, rows shown, icons loaded, Kazakh" if not problems else "window: FAILED")
    sys.exit(1 if problems else 0)
''')


class Smoke:
    def __init__(self, exe: list[str], work: Path):
        self.exe = exe
        self.work = work
        self.problems: list[str] = []
        home = work / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, HOME=str(home), USERPROFILE=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                        XDG_DATA_HOME=str(home / ".local" / "share"), LOCALAPPDATA=str(home / "AppData"),
                        APPDATA=str(home / "AppData"), QT_QPA_PLATFORM="offscreen", PYTHONPATH="")

    def run(self, *args: str, ok=(0,), timeout: float = 300) -> subprocess.CompletedProcess:
        cmd = [*self.exe, *args]
        proc = subprocess.run(cmd, cwd=self.work, env=self.env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout)
        shown = " ".join(args)
        if proc.returncode not in ok:
            self.fail(f"`{shown}` exited {proc.returncode}: {proc.stderr.strip()[-800:]}")
        elif "Traceback" in proc.stderr:
            self.fail(f"`{shown}` printed a traceback: {proc.stderr[-800:]}")
        else:
            print(f"ok: {shown}  ->  {(proc.stdout.strip().splitlines() or [''])[-1][:100]}")
        return proc

    def fail(self, why: str) -> None:
        print(f"FAILED: {why}", file=sys.stderr)
        self.problems.append(why)

    def expect(self, cond: bool, why: str) -> None:
        if not cond:
            self.fail(why)

    def commands(self, version: str | None) -> Path:
        w = self.work
        db = w / "d.db"
        out = self.run("--version").stdout
        self.expect("unified-planner" in out and (version is None or version in out),
                    f"--version printed {out!r}, expected the version {version}")
        self.run("demo", "--db", str(db), "--today", TODAY)
        demo = self.run("check", "--db", str(db), "--today", TODAY, ok=(0, 1))
        self.expect("UES-" in demo.stdout, "check named no work order of the demo")
        self.run("statement", "--db", str(db), "--work-order", "UES-KZ-2025-014", "--quarter", QUARTER,
                 "--pdf", str(w / "s.pdf"))
        pdf = (w / "s.pdf").read_bytes() if (w / "s.pdf").exists() else b""
        self.expect(pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf, "the statement PDF is missing or lacks DejaVu Sans")
        self.run("calendar", "--db", str(db), str(w / "c.ics"))
        ics = (w / "c.ics").read_text(encoding="utf-8") if (w / "c.ics").exists() else ""
        self.expect(ics.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in ics, "the calendar has no event")
        self.run("screenshots", "--db", str(db), "--out", str(w / "shots"), "--lang", "kk")
        shot = w / "shots" / "kk-1-portfolio.png"
        self.expect(shot.exists() and shot.stat().st_size > 10_000, f"no portfolio screenshot at {shot}")
        return db

    def window_in_process(self, db: Path, python: str, checkout: str) -> None:
        script = self.work / "window_check.py"
        script.write_text(WINDOW_CHECK, encoding="utf-8")
        proc = subprocess.run([python, str(script), str(db), checkout, "".join(sorted(KAZAKH_LETTERS))],
                              cwd=self.work, env=self.env, capture_output=True, text=True, timeout=180)
        if proc.returncode != 0 or "Traceback" in proc.stderr:
            self.fail(f"window check: {proc.stderr.strip()[-1500:]}")
        else:
            print(f"ok: {proc.stdout.strip()}")

    def window_executable(self, db: Path, seconds: float = 6) -> None:
        proc = subprocess.Popen([*self.exe, "--db", str(db), "--lang", "kk"], cwd=self.work, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            code = proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            code = None
            proc.kill()
        _, err = proc.communicate()
        if code is not None:
            self.fail(f"the window exited by itself with {code} within {seconds} s: {err.strip()[-800:]}")
        elif "Traceback" in err or "error:" in err:
            self.fail(f"the window printed: {err.strip()[-800:]}")
        else:
            print(f"ok: the window ran {seconds} s (stopped by the smoke test)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", help="the planner's executable (default: unified-planner beside this Python)")
    parser.add_argument("--no-window-check", action="store_true",
                        help="skip the in-process window check (a bundle has no Python to import app with)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and say where")
    args = parser.parse_args(argv)
    if args.exe:
        exe = [args.exe]
    else:
        found = shutil.which("unified-planner", path=str(Path(sys.executable).parent))
        if not found:
            print(f"FAILED: no unified-planner beside {sys.executable}", file=sys.stderr)
            return 1
        exe = [found]
    version = None
    if not args.no_window_check:
        from importlib.metadata import version as dist_version

        version = dist_version("unified-planner")
    checkout = str(Path(__file__).resolve().parents[1])
    work = Path(tempfile.mkdtemp(prefix="planner-smoke-"))
    smoke = Smoke(exe, work)
    try:
        db = smoke.commands(version)
        if not args.no_window_check:
            smoke.window_in_process(db, sys.executable, checkout)
        smoke.window_executable(db)
    finally:
        if args.keep:
            print(f"files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if smoke.problems:
        print(f"smoke test FAILED: {len(smoke.problems)} problem(s)", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
