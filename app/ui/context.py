"""What every screen shares: the database, the language, the day, one undo stack, and the
"data changed" signal. Screens call services through :meth:`Context.apply`, which puts the
returned ChangeSet on the undo stack (Ctrl+Z / Ctrl+Shift+Z work across screens)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.findings import CheckSettings, Finding
from app.domain.model import Portfolio, WorkOrder
from app.services import changes, portfolio
from app.services.changes import ChangeSet


def change_label(label: str) -> str:
    """The ChangeSet's English key-phrase in the interface language (Undo menu)."""
    words = {
        "New work order": QCoreApplication.translate("Change", "New work order"),
        "Edit work order": QCoreApplication.translate("Change", "Edit work order"),
        "Add location": QCoreApplication.translate("Change", "Add location"),
        "Edit location": QCoreApplication.translate("Change", "Edit location"),
        "Remove location": QCoreApplication.translate("Change", "Remove location"),
        "Add service": QCoreApplication.translate("Change", "Add service"),
        "Edit service": QCoreApplication.translate("Change", "Edit service"),
        "Remove service": QCoreApplication.translate("Change", "Remove service"),
        "New delivery": QCoreApplication.translate("Change", "New delivery"),
        "Edit delivery": QCoreApplication.translate("Change", "Edit delivery"),
        "Request delivery": QCoreApplication.translate("Change", "Request delivery"),
        "Schedule delivery": QCoreApplication.translate("Change", "Schedule delivery"),
        "Mark delivered": QCoreApplication.translate("Change", "Mark delivered"),
        "Cancel delivery": QCoreApplication.translate("Change", "Cancel delivery"),
        "Reschedule delivery": QCoreApplication.translate("Change", "Reschedule delivery"),
        "Remove delivery": QCoreApplication.translate("Change", "Remove delivery"),
        "Ledger: grant": QCoreApplication.translate("Change", "Grant"),
        "Ledger: draw": QCoreApplication.translate("Change", "Draw"),
        "Ledger: adjustment": QCoreApplication.translate("Change", "Adjust"),
        "Ledger: fee": QCoreApplication.translate("Change", "Fee"),
        "Ledger: expiry": QCoreApplication.translate("Change", "Expiry"),
        "Transfer credits": QCoreApplication.translate("Change", "Transfer credits"),
        "Import": QCoreApplication.translate("Change", "Import"),
    }
    return words.get(label, label)


class ChangeCommand(QUndoCommand):
    """One saved edit. The service already applied it: the first redo() (pushed) does nothing."""

    def __init__(self, ctx: Context, cs: ChangeSet):
        text = change_label(cs.label)
        super().__init__(f"{text} · {cs.work_order}" if cs.work_order else text)
        self.ctx = ctx
        self.cs = cs
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._replay(changes.redo)

    def undo(self) -> None:
        self._replay(changes.undo)

    def _replay(self, fn) -> None:
        try:
            fn(self.ctx.db, self.cs)
        except Exception as exc:  # e.g. the row changed meanwhile: nothing written, say so
            self.setObsolete(True)
            self.ctx.failed.emit(self.text(), str(exc))
        self.ctx.notify(self.cs.work_order)


class Context(QObject):
    #: The data changed (an edit, undo, redo, import, another database).
    changed = Signal()
    #: The work order the screens show (its number).
    current_changed = Signal(str)
    #: A screen asks the window to show something: (screen name, subject kind, key).
    open_requested = Signal(str, str, str)
    #: An undo or redo could not be applied: (what, why).
    failed = Signal(str, str)

    def __init__(self, db, lang: str = "en", today: date | None = None, settings=None,
                 readonly: bool = False, parent=None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self._today = today
        self.settings = settings
        self.readonly = readonly or getattr(db, "readonly", False)
        self.undo_stack = QUndoStack(self)
        self.current: str = ""
        self._portfolio: Portfolio | None = None
        self._findings: list[Finding] | None = None

    @property
    def today(self) -> date:
        return self._today or date.today()

    def check_settings(self) -> CheckSettings:
        days = self.settings.reminder_days if self.settings else (30, 14, 7)
        return CheckSettings(reminder_days=days)

    # -- reading (cached until the next change)
    def portfolio(self) -> Portfolio:
        if self._portfolio is None:
            self._portfolio = portfolio.load(self.db)
        return self._portfolio

    def work_order(self, number: str | None = None) -> WorkOrder | None:
        number = number if number is not None else self.current
        return next((w for w in self.portfolio().work_orders if w.number == number), None)

    def findings(self) -> list[Finding]:
        if self._findings is None:
            from app.domain.rules import check_portfolio

            self._findings = check_portfolio(self.portfolio(), self.today, self.check_settings())
        return self._findings

    # -- writing
    def apply(self, action: Callable[[], ChangeSet]) -> ChangeSet:
        """Run a service call (it saves at once) and make it undoable. Raises what the service
        raises (ValidationError with the problems per field, NotFound)."""
        cs = action()
        if cs:
            self.undo_stack.push(ChangeCommand(self, cs))
            self.notify(cs.work_order)
        return cs

    def notify(self, number: str = "") -> None:
        self._portfolio = None
        self._findings = None
        if number and number != self.current and self.work_order(number) is not None:
            self.set_current(number)
        self.changed.emit()

    def reload(self) -> None:
        """Forget cached data (another database, an import, a restore)."""
        self._portfolio = None
        self._findings = None
        if self.current and self.work_order(self.current) is None:
            self.current = ""
        if not self.current and self.portfolio().work_orders:
            self.current = self.portfolio().work_orders[0].number
        self.changed.emit()
        self.current_changed.emit(self.current)

    def set_current(self, number: str) -> None:
        if number != self.current:
            self.current = number
            self.current_changed.emit(number)
