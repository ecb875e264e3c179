"""Issue 12: the status bar's errors and warnings count the work orders not archived only, the
same after an archive or unarchive (updated in place) as after a full read of the file."""

from __future__ import annotations

from app.domain.enums import Severity
from app.domain.rules import check_portfolio
from app.services import portfolio as portfolio_service
from tests.conftest import TODAY

A = "UES-KZ-2025-014"


def _expected(db, archived: set[str]) -> tuple[int, int]:
    """Errors and warnings of a full check, the archived work orders left out."""
    p = portfolio_service.load(db)
    fs = [f for f in check_portfolio(p, TODAY, window_settings()) if f.work_order not in archived]
    return (sum(f.severity is Severity.ERROR for f in fs), sum(f.severity is Severity.WARNING for f in fs))


def window_settings():
    from app.domain.findings import CheckSettings

    return CheckSettings(reminder_days=(30, 14, 7))


def _status(window) -> str:
    return window.counts.text()


def _text(errors: int, warnings: int) -> str:
    return f"Errors: {errors} · Warnings: {warnings}"


def test_archived_work_orders_do_not_count_in_the_status_bar(window):

    window.ctx.set_current(A)
    window.show_screen("workorder")
    own = window.ctx.findings_of(A)
    assert own, "the demo work order must have findings for this test to mean anything"
    everything = _expected(window.ctx.db, set())
    assert _status(window) == _text(*everything)

    window.screens["workorder"].archive_button.click()  # updated in place (targeted refresh)
    less = _expected(window.ctx.db, {A})
    assert less != everything
    assert _status(window) == _text(*less)
    window.ctx.reload()  # a full read of the file says the same
    assert _status(window) == _text(*less)

    window.ctx.undo_stack.undo()  # unarchived again: counted again
    assert _status(window) == _text(*everything)
