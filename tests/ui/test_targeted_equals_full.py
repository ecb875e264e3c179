"""Issue 12: after an edit the window updates only the work order it names, in place; what it
then shows (the Portfolio table, Needs attention, the status bar) equals, row by row, what a
window reading everything afresh shows."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import TODAY

A = "UES-KZ-2025-014"


def _table(window) -> list[list[str]]:
    m = window.screens["portfolio"].model
    rows = [[m.index(r, c).data() or "" for c in range(m.columnCount())] for r in range(m.rowCount())]
    return sorted(rows, key=lambda r: r[1])


def _tree(window) -> list[list[str]]:
    tree = window.screens["portfolio"].attention.tree
    out = []

    def walk(item, depth):
        out.append([str(depth)] + [item.text(c) for c in range(tree.columnCount())])
        for i in range(item.childCount()):
            walk(item.child(i), depth + 1)

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i), 0)
    return out


def _state(window):
    return (_table(window), _tree(window), window.counts.text(),
            window.screens["portfolio"].attention.heading.text())


def test_after_edits_the_targeted_window_equals_a_fresh_full_load(window, make_window, monkeypatch):
    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.ui.attention_view import AttentionView

    in_place = []
    original = AttentionView._in_place

    def spy(self, number, new):
        done = original(self, number, new)
        in_place.append(done)
        return done

    monkeypatch.setattr(AttentionView, "_in_place", spy)
    db = window.ctx.db
    window.show_screen("portfolio")
    wo = window.ctx.work_order(A)
    loc = wo.locations[0].id
    for credits, kind in ((Decimal(1), LedgerKind.GRANT), (Decimal(2), LedgerKind.GRANT),
                          (Decimal(5000), LedgerKind.GRANT), (Decimal(-1), LedgerKind.ADJUSTMENT),
                          (Decimal(-100000), LedgerKind.ADJUSTMENT)):
        entry = LedgerEntry(id=None, on=TODAY, location_id=loc, kind=kind, credits=credits, hours=Decimal(0), reference="test", counterparty="", notes="")
        window.ctx.apply(lambda e=entry: planning.add_entry(db, A, e), "test")
        fresh = make_window(db)  # reads and checks everything
        fresh.show_screen("portfolio")
        assert _state(window) == _state(fresh)
        fresh.close()
    window.ctx.undo_stack.undo()
    fresh = make_window(db)
    assert _state(window) == _state(fresh)
    assert True in in_place and False in in_place, "both paths (rows kept, rows moved) exercised"
