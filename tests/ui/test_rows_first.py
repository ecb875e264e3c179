"""Issue 12 (time to data): at start-up the Portfolio shows the work orders' rows first, read
alone, every figure saying it is being computed (never a wrong number); once the whole portfolio
is read and checked in the background, the same table shows exactly what a window given the
loaded data shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import TODAY


def _cells(screen) -> list[list[str]]:
    m = screen.model
    return [[m.index(r, c).data() or "" for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_rows_first_then_the_figures_equal_a_full_load(qtbot, demo_db, settings, make_window):
    from app.ui.context import Context
    from app.ui.window import MainWindow

    path = Path(demo_db.path)
    demo_db.close()  # the window opens the file itself, in the background (as `python -m app`)
    con = sqlite3.connect(path)
    numbers = sorted(n for (n,) in con.execute("SELECT number FROM work_order"))
    con.close()

    ctx = Context(None, "en", TODAY, settings, path=path)
    w = MainWindow(ctx=ctx, background=True)
    qtbot.addWidget(w)
    seen = {}

    def preview():
        screen = w.screens["portfolio"]
        seen["loading"] = ctx.loading
        seen["numbers"] = sorted(s.wo.number for s in screen.model.rows)
        seen["cells"] = _cells(screen)
        seen["heading"] = screen.attention.heading.text()
        seen["status"] = w.counts.text()

    ctx.previewed.connect(preview)
    with qtbot.waitSignal(w.loaded, timeout=20000):
        w.show()
    assert seen["loading"] and seen["numbers"] == numbers
    computing = [row[4:] for row in seen["cells"]]  # every figure column (after customer..term passed)
    assert computing and all(cell == "computing…" for row in computing for cell in row)
    assert all(row[1] in numbers and row[0] for row in seen["cells"])  # customer and number shown
    assert "checking the portfolio" in seen["heading"] and seen["status"] == "Checking the portfolio…"

    shown = _cells(w.screens["portfolio"])
    assert not any("computing…" in cell for row in shown for cell in row)
    from app.store.db import open_db

    w.close()
    ctx.db.close()
    fresh = make_window(open_db(path))  # the data given at once: no preview, a full load
    assert shown == _cells(fresh.screens["portfolio"])
    assert w.screens["portfolio"].attention.heading.text() == fresh.screens["portfolio"].attention.heading.text()
