"""Cold start of the app to its first painted main window, for bench/run.py.

    python bench/startup_app.py --db PATH [--screens | --data] [--floor]

Runs what ``python -m app --db PATH`` runs (app.cli.main) and stops the event loop once the main
window's first paint has been processed; with ``--screens`` it then opens every screen of the
window (and paints it) before stopping. ``--floor`` instead imports PySide6.QtWidgets and sqlmodel
and shows an empty QMainWindow (the floor of the start-up and memory paths). With ``--data`` the
time reported is when the Portfolio table shows its rows (the window reads the portfolio in the
background after its first paint), and the floor reads every row of the database with sqlite3
before painting its empty window (the floor of the time-to-data path).

Prints one JSON line: the wall-clock time of the first paint (time.time(), compared by the
parent with the moment it started this process), the process's own peak resident memory (VmHWM; ru_maxrss
is inherited across exec), and
which heavy modules were imported by then.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

HEAVY = ("openpyxl", "reportlab", "alembic", "python_calamine", "icalendar", "rapidfuzz")


def own_peak_kb() -> int:
    """This process's own peak resident memory. ``ru_maxrss`` survives exec, so a process started
    from a large parent reports the parent's peak; Linux's ``VmHWM`` is the process's own."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # elsewhere: the best there is


def _report(painted: float, screens: list[str], error: str = "") -> None:
    out = {"painted": painted, "maxrss_kb": own_peak_kb(),
           "heavy_modules": [m for m in HEAVY if m in sys.modules], "screens": screens}
    if error:
        out["error"] = error
    sys.stdout.write("\n" + json.dumps(out) + "\n")
    sys.stdout.flush()


def read_rows(db: str) -> int:
    """The time-to-data floor's reading: every row of every table with the sqlite3 module."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sum(len(con.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables if t != "history")
    finally:
        con.close()


def rows_shown(app, window) -> None:
    """The portfolio has arrived: the moment its table, painted, shows the rows."""
    table = window.screens["portfolio"]
    app.processEvents()
    window.repaint()
    app.processEvents()
    if table.model.rowCount() == 0:
        _report(0.0, [], error="the Portfolio table shows no rows")
        os._exit(3)
    _report(time.time(), ["portfolio"])
    os._exit(0)


def when_rows_shown(window, then) -> None:
    """Calls ``then`` once, on the window's own "rows shown" (its first rows may come before the
    whole portfolio is read), else when the portfolio has been loaded."""
    signal = getattr(window, "rows_shown", None) or window.loaded
    once = {"done": False}

    def shown_once():
        if not once["done"]:
            once["done"] = True
            then()

    signal.connect(shown_once)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    floor = "--floor" in sys.argv
    want_screens = "--screens" in sys.argv
    want_data = "--data" in sys.argv
    db = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else None
    if floor:
        import PySide6.QtWidgets  # noqa: F401  (the floor's command: import PySide6.QtWidgets, sqlmodel)
        import sqlmodel  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state = {"painted": None, "screens": [], "window": None}

    def open_screens(window) -> None:
        """Every screen the window offers (its show_screen keys, else the pages of its stacks)."""
        keys = []
        titles = getattr(window, "_screen_titles", None)
        if callable(titles) and hasattr(window, "show_screen"):
            keys = list(titles())
            for key in keys:
                window.show_screen(key)
                app.processEvents()
                window.repaint()
                app.processEvents()
        else:
            from PySide6.QtWidgets import QStackedWidget, QTabWidget

            for stack in window.findChildren(QStackedWidget) + window.findChildren(QTabWidget):
                for i in range(stack.count()):
                    stack.setCurrentIndex(i)
                    app.processEvents()
                    window.repaint()
                    keys.append(f"{type(stack).__name__}[{i}]")
        state["screens"] = keys

    def finish() -> None:
        open_screens(state["window"])
        _report(state["painted"], state["screens"])
        os._exit(0)  # the measurement is over: no teardown

    def done() -> None:
        window = state["window"]
        if want_data and not floor:
            ctx = getattr(window, "ctx", None)
            if not getattr(ctx, "loaded", True):
                when_rows_shown(window, lambda: QTimer.singleShot(0, lambda: rows_shown(app, window)))
                return
            rows_shown(app, window)
        if want_screens and window is not None:
            # the window paints first and reads the portfolio in the background: the memory
            # path is measured with the data loaded, so wait for the window's `loaded` signal
            ctx = getattr(window, "ctx", None)
            if hasattr(window, "loaded") and not getattr(ctx, "loaded", True):
                window.loaded.connect(lambda: QTimer.singleShot(0, finish))
                return
            finish()
        _report(state["painted"], state["screens"])
        os._exit(0)  # the measurement is over: no teardown

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if (state["painted"] is None and event.type() == QEvent.Type.Paint and obj.isWidgetType()
                    and isinstance(obj.window(), QMainWindow)):
                state["window"] = obj.window()

                def processed():
                    state["painted"] = time.time()
                    done()

                QTimer.singleShot(0, processed)  # after this paint event has been processed
                state["painted"] = 0.0
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if floor:
        if want_data and db:
            read_rows(db)
        window = QMainWindow()
        window.resize(1200, 700)
        window.show()
        app.exec()
        return
    from app.cli import main as app_main

    args = ["--lang", "en"] + (["--db", db] if db else [])
    code = app_main(args)
    _report(0.0, [], error=f"the app exited ({code}) before painting its window")
    os._exit(3)


if __name__ == "__main__":
    main()
