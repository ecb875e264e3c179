"""What every screen shares: the database, the language, the day, one undo stack, and the
"data changed" signal. Screens call services through :meth:`Context.apply`, which puts the
returned ChangeSet on the undo stack (Ctrl+Z / Ctrl+Shift+Z work across screens).

The portfolio is read once per change into a :class:`Snapshot` that every screen shares; the
window reads the first one in a background task after its first paint."""

from __future__ import annotations

import bisect
import gc
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.enums import Severity
from app.domain.findings import CheckSettings, Finding
from app.domain.model import Portfolio, WorkOrder

if TYPE_CHECKING:
    from app.services.changes import ChangeSet
    from app.services.portfolio import WorkOrderSlice


def _where(path: Path | str) -> Path | str:
    """A database's place: its file, or a team database's connection string (kept as a str: a
    Path would fold its ``//``)."""
    from app.services.session import is_team_database

    return path if is_team_database(path) else Path(path)


def change_label(label: str) -> str:
    """The ChangeSet's English key-phrase in the interface language (Undo menu)."""
    words = {
        "New work order": QCoreApplication.translate("Change", "New work order"),
        "Edit work order": QCoreApplication.translate("Change", "Edit work order"),
        "Archive work order": QCoreApplication.translate("Change", "Archive work order"),
        "Unarchive work order": QCoreApplication.translate("Change", "Unarchive work order"),
        "Delete work order": QCoreApplication.translate("Change", "Delete work order"),
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
        "Reverse delivery": QCoreApplication.translate("Change", "Reverse delivery"),
        "Ledger: grant": QCoreApplication.translate("Change", "Grant"),
        "Ledger: draw": QCoreApplication.translate("Change", "Draw"),
        "Ledger: adjustment": QCoreApplication.translate("Change", "Adjust"),
        "Ledger: fee": QCoreApplication.translate("Change", "Fee"),
        "Ledger: expiry": QCoreApplication.translate("Change", "Expiry"),
        "Transfer credits": QCoreApplication.translate("Change", "Transfer credits"),
        "Import workbook": QCoreApplication.translate("Change", "Import workbook"),
    }
    return words.get(label, label)


class SaveFailed(Exception):
    """An edit was refused (see :meth:`Context.apply`); the window has said so already."""


class ChangeCommand(QUndoCommand):
    """One saved edit. The service already applied it: the first redo() (pushed) does nothing."""

    def __init__(self, ctx: Context, cs: ChangeSet):
        super().__init__(self.label_of(cs))
        self.ctx = ctx
        self.cs = cs
        self._applied = True

    @staticmethod
    def label_of(cs: ChangeSet) -> str:
        """The command's name in the interface language of now (the change set keeps its key)."""
        text = change_label(cs.label)
        return f"{text} · {cs.work_order}" if cs.work_order else text

    def retranslate(self) -> None:
        self.setText(self.label_of(self.cs))

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        from app.services import changes

        self._replay(changes.redo)

    def undo(self) -> None:
        from app.services import changes

        self._replay(changes.undo)

    def _replay(self, fn) -> None:
        from app.services.changes import Conflict

        from .failures import reason_words, storage_reason

        try:
            fn(self.ctx.db, self.cs)
        except Conflict:  # the row changed meanwhile: nothing written, say so
            self.setObsolete(True)
            self.ctx.failed.emit(self.text(), QCoreApplication.translate(
                "Change", "the data changed since; nothing was written"))
        except Exception as exc:  # the disk or the file refused it (else: the excepthook's)
            reason = storage_reason(exc)
            if reason is None:
                raise
            self.setObsolete(True)  # the stack must not claim what the file does not hold
            self.ctx.failed.emit(self.text(), QCoreApplication.translate(
                "Change", "%1; nothing was written").replace("%1", reason_words(reason)))
        finally:
            self.ctx.notify(self.cs.work_order, self.cs)


class Snapshot:
    """The portfolio as read once, its findings, and both indexed by work order: what every
    screen shows between two changes (one copy, shared). After an edit :meth:`replace` puts the
    work order it changed, read and checked alone, in place of the old one."""

    def __init__(self, portfolio: Portfolio, findings: list[Finding],
                 by_number: dict[str, WorkOrder] | None = None,
                 findings_by_wo: dict[str, list[Finding]] | None = None):
        self.portfolio = portfolio
        self.by_number = by_number if by_number is not None else {}
        self.findings_by_wo = findings_by_wo if findings_by_wo is not None else {}
        self._findings = findings
        self._keys: list | None = None  # the findings' sort keys, in step (computed when first needed)
        self._stale: set[str] = set()  # work orders whose findings _findings does not hold yet
        self._counts: tuple[int, int] | None = None

    @classmethod
    def read(cls, db, today: date, settings: CheckSettings) -> Snapshot:
        """Load and check the portfolio (the GUI thread or a worker: it touches no widget)."""
        from app.domain.rules import check_portfolio
        from app.services import portfolio

        release_source_cache()
        gc.unfreeze()  # what the last read froze (below) may be collected again
        p = portfolio.load(db)
        enabled = gc.isenabled()
        gc.disable()  # hundreds of thousands of new acyclic objects: no full collections meanwhile
        try:
            findings = check_portfolio(p, today, settings)
        finally:
            if enabled:
                gc.enable()
        by_wo: dict[str, list[Finding]] = defaultdict(list)
        for f in findings:  # grouped once, in the findings' order (soonest first)
            by_wo[f.work_order].append(f)
        snap = cls(p, findings, {wo.number: wo for wo in p.work_orders}, dict(by_wo))
        # the portfolio lives until the next whole read: out of the cyclic collector's sight, so
        # that the collections an edit's few new objects trigger do not walk all of it (its
        # objects are acyclic: still freed, by their reference counts, when dropped)
        gc.freeze()
        return snap

    @property
    def findings(self) -> list[Finding]:
        """Every finding of the portfolio, soonest first (after a :meth:`replace`, merged when
        first asked for: the other work orders' findings are the same objects, not checked
        again)."""
        if self._stale:
            stale, self._stale = self._stale, set()
            keys = self._keys if self._keys is not None else [f.sort_key() for f in self._findings]
            keep = [i for i, f in enumerate(self._findings) if f.work_order not in stale]
            findings = [self._findings[i] for i in keep]
            keys = [keys[i] for i in keep]
            for number in stale:  # each where its key goes
                for f in self.findings_by_wo.get(number, []):
                    k = f.sort_key()
                    i = bisect.bisect_right(keys, k)
                    keys.insert(i, k)
                    findings.insert(i, f)
            self._findings, self._keys = findings, keys
        return self._findings

    def counts(self) -> tuple[int, int]:
        """Errors and warnings of the portfolio's work orders not archived (kept in step by
        :meth:`replace`)."""
        if self._counts is None:
            errors = warnings = 0
            for number, fs in self.findings_by_wo.items():
                wo = self.by_number.get(number)
                if wo is not None and wo.archived_on is None:  # an archived one counts no more
                    e, w = _severities(fs)
                    errors += e
                    warnings += w
            self._counts = (errors, warnings)
        return self._counts

    def replace(self, part: WorkOrderSlice) -> bool:
        """Put one work order's new slice (read and checked alone) in place of its old one: the
        others are neither read nor checked again. False when it cannot be done in place (the
        work order is new here): the caller reads everything."""
        old = self.by_number.get(part.number)
        if old is None:
            return part.work_order is None  # gone already (or never here): nothing to do
        errors, warnings = self.counts()
        new = part.work_order
        for sign, wo, fs in ((-1, old, self.findings_by_wo.get(part.number, [])), (1, new, part.findings)):
            if wo is not None and wo.archived_on is None:  # archived: not in the counts
                e, w = _severities(fs)
                errors += sign * e
                warnings += sign * w
        self._counts = (errors, warnings)
        wos = self.portfolio.work_orders
        i = next(k for k, wo in enumerate(wos) if wo is old)
        if part.work_order is None:
            del wos[i]
            del self.by_number[part.number]
            self.findings_by_wo.pop(part.number, None)
        else:
            wos[i] = part.work_order
            self.by_number[part.number] = part.work_order
            self.findings_by_wo[part.number] = part.findings
        self._stale.add(part.number)
        return True


def _checked(wo: WorkOrder, today: date, settings: CheckSettings) -> WorkOrderSlice:
    """``wo`` (as an edit left it) checked alone: what ``portfolio.work_order_slice`` gives
    without reading it."""
    from app.services import portfolio

    findings = portfolio.check_work_order(wo, today, settings)
    findings.sort(key=Finding.sort_key)
    return portfolio.WorkOrderSlice(wo.number, wo, findings, today)


def _severities(findings: list[Finding]) -> tuple[int, int]:
    """Errors and warnings among ``findings``."""
    return (sum(1 for f in findings if f.severity is Severity.ERROR),
            sum(1 for f in findings if f.severity is Severity.WARNING))


EMPTY = Snapshot(Portfolio(work_orders=[]), [])


def release_source_cache() -> None:
    """Drop the source lines PySide6's import hook (shibokensupport's __feature__ check) reads
    for every module imported after it: tens of megabytes kept for nothing in linecache. Only
    tracebacks use them, and they are read again if one is ever formatted."""
    import linecache

    linecache.clearcache()


class Context(QObject):
    #: The data changed (an import, another database, the first load, an edit that adds,
    #: removes or renames a work order): every screen reads it again.
    changed = Signal()
    #: Only these work orders (numbers) changed (an edit, its undo or redo): the snapshot holds
    #: them read and checked anew, the screens update their rows in place.
    work_orders_changed = Signal(list)
    #: While the first read runs: the work orders alone have been read (``preview``), the
    #: Portfolio shows their rows, its figures still being computed.
    previewed = Signal()
    #: The work order the screens show (its number).
    current_changed = Signal(str)
    #: A screen asks the window to show something: (screen name, subject kind, key).
    open_requested = Signal(str, str, str)
    #: An undo or redo could not be applied: (what, why).
    failed = Signal(str, str)
    #: An edit was refused by the database or the disk (full, read-only, gone…): the message
    #: (what, why, nothing saved). The data has been read again from the file already.
    save_failed = Signal(str)
    #: The background read of the portfolio failed: why (one line).
    load_failed = Signal(str)
    #: The database (given by path, opened by the background task) could not be opened: the
    #: DatabaseError, for the window to ask what to do (read-only copy, restore a backup).
    open_failed = Signal(object)

    def __init__(self, db, lang: str = "en", today: date | None = None, settings=None,
                 readonly: bool = False, parent=None, path: Path | None = None):
        """``db``: the open Database, or None with ``path``: the background task opens it
        (its integrity check then runs after the window's first paint)."""
        super().__init__(parent)
        self.db = db
        self.path = _where(db.path) if db is not None else path
        self.lang = lang
        self._today = today
        self.settings = settings
        self.read_only_db = readonly or getattr(db, "readonly", False)
        self.undo_stack = QUndoStack(self)
        self.current: str = ""
        self._snapshot: Snapshot | None = None
        #: True while a background task reads the portfolio: the screens show it empty meanwhile.
        self.loading = False
        self.reading = False  # a background task is reading right now
        self._generation = 0  # bumped when the data changes: a late background result is dropped
        #: The work orders without their contents, while the first read runs (else None).
        self.preview: Portfolio | None = None

    @property
    def readonly(self) -> bool:
        """Nothing may be changed: the database is open read-only, or not open (yet)."""
        return self.read_only_db or self.db is None or self.loading

    def set_database(self, db, readonly: bool = False) -> None:
        self.db = db
        self.path = _where(db.path)
        self.read_only_db = readonly or getattr(db, "readonly", False)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def check_settings(self) -> CheckSettings:
        days = self.settings.reminder_days if self.settings else (30, 14, 7)
        return CheckSettings(reminder_days=days)

    # -- reading (one snapshot, cached until the next change)
    @property
    def loaded(self) -> bool:
        return self._snapshot is not None

    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            if self.loading:
                return EMPTY
            self._snapshot = Snapshot.read(self.db, self.today, self.check_settings())
        return self._snapshot

    def portfolio(self) -> Portfolio:
        return self.snapshot().portfolio

    def work_order(self, number: str | None = None) -> WorkOrder | None:
        number = number if number is not None else self.current
        return self.snapshot().by_number.get(number)

    def findings(self) -> list[Finding]:
        return self.snapshot().findings

    def findings_of(self, number: str) -> list[Finding]:
        """The findings of one work order, soonest first."""
        return self.snapshot().findings_by_wo.get(number, [])

    def load_in_background(self, tasks) -> object:
        """Read and check the portfolio in a worker; the result is adopted (and ``changed``
        emitted) when it arrives, unless the data changed meanwhile. Returns the task."""
        from .workers import Task

        self.loading = True
        self.reading = True
        generation = self._generation
        db, path, today, settings = self.db, self.path, self.today, self.check_settings()

        def work(_progress):
            opened = None
            if db is None:
                from app.services.session import DatabaseError, open_db

                try:
                    opened = open_db(path)
                except DatabaseError as exc:  # the window asks what to do
                    return exc
            try:
                from app.services.portfolio import load_headlines

                task.signals.partial.emit(load_headlines(opened or db))  # one query: rows first
            except Exception:  # noqa: BLE001 - no preview then: the whole read below says why
                import logging

                logging.getLogger(__name__).debug("no preview of the portfolio", exc_info=True)
            try:
                return opened, Snapshot.read(opened or db, today, settings)
            except Exception as exc:  # noqa: BLE001 - the database stays open (and locked) for the window
                from .failures import task_failure_text

                return opened, task_failure_text(exc)  # plain words; an unexpected one is logged

        task = Task(work)
        task.signals.partial.connect(lambda heads: self._previewed(heads, generation))
        task.signals.finished.connect(lambda result: self._arrived(result, generation))
        task.signals.failed.connect(lambda why: self._load_failed(why, generation))
        return tasks.start(task)

    def _previewed(self, heads: Portfolio, generation: int) -> None:
        if generation == self._generation and self.loading and self._snapshot is None:
            self.preview = heads
            self.previewed.emit()

    def _arrived(self, result, generation: int) -> None:
        self.reading = False
        if isinstance(result, Exception):
            self.loading = False
            self.open_failed.emit(result)
            return
        opened, snap = result
        if opened is not None:
            self.set_database(opened)
        if isinstance(snap, str):
            self._load_failed(snap, generation)
        else:
            self._adopt(snap, generation)

    def _load_failed(self, why: str, generation: int) -> None:
        self.reading = False
        if generation == self._generation and self.loading:
            self.loading = False
            self.preview = None
            self.load_failed.emit(why)

    def _adopt(self, snap: Snapshot, generation: int) -> None:
        if generation != self._generation or not self.loading:
            return  # an edit or another database came first: its data is newer
        self.loading = False
        self.preview = None
        self._snapshot = snap
        self._settle_current()
        self.changed.emit()
        self.current_changed.emit(self.current)

    def _forget(self) -> None:
        self._snapshot = None
        self.preview = None
        self.loading = False
        self._generation += 1

    def _settle_current(self) -> None:
        if self.current and self.work_order(self.current) is None:
            self.current = ""
        wos = self.portfolio().work_orders
        if not self.current and wos:
            self.current = wos[0].number

    # -- writing
    def apply(self, action: Callable[[], ChangeSet], what: str = "") -> ChangeSet:
        """Run a service call (it saves at once, in one transaction) and make it undoable: the one
        path of every edit of the window.

        Raises what the service raises about the data (ValidationError with the problems per
        field), for the caller to show at the fields. When the database or the disk refuses the
        write (full, read-only, gone…), or the record is gone or changed meanwhile, the service's
        transaction has rolled back: the data is read again from the file (every field and table
        shows what is stored), ``save_failed`` says what and why, nothing goes on the undo stack,
        and :class:`SaveFailed` is raised for the caller to stop (a dialog stays open)."""
        from app.services.changes import Conflict, StaleEdit
        from app.services.planning import NotFound
        from app.texts import stale_edit_text

        from .failures import save_failed_text, storage_reason

        try:
            cs = action()
        except StaleEdit as exc:  # based on a version someone changed since: say who changed what
            self._refused(what, exc, stale_edit_text(exc, self.lang))
        except (Conflict, NotFound) as exc:
            self._refused(what, exc, QCoreApplication.translate(
                "Change", "“%1” was not saved: the record was changed or removed meanwhile. "
                "Nothing of it was written; the window shows the data as stored.")
                .replace("%1", what or QCoreApplication.translate("Change", "The change")))
        except Exception as exc:
            if storage_reason(exc) is None:
                raise  # a mistake in the data (shown at the field) or a bug (the excepthook's)
            self._refused(what, exc, save_failed_text(
                what or QCoreApplication.translate("Change", "The change"), exc))
        if cs:
            after, cs.after = cs.after, None  # taken once: Undo and Redo read what they replay
            self.undo_stack.push(ChangeCommand(self, cs))
            self.notify(cs.work_order, cs, after)
        return cs

    def retranslate_undo(self) -> None:
        """Name every command on the undo stack in the language installed now (after a switch:
        the rebuilt window's Undo and Redo read them)."""
        stack = self.undo_stack
        for i in range(stack.count()):
            cmd = stack.command(i)
            if isinstance(cmd, ChangeCommand):
                cmd.retranslate()

    def push_change(self, cs: ChangeSet) -> None:
        """Put a change already saved by a service (outside :meth:`apply`: an import run in a
        background task) on the undo stack, and read again what it touched."""
        if cs:
            self.undo_stack.push(ChangeCommand(self, cs))
            self.notify(cs.work_order, cs)

    def _refused(self, what: str, exc: BaseException, text: str):
        import logging

        logging.getLogger(__name__).warning("not saved: %s: %s", what, exc)
        try:
            self.reload()  # what the file holds, in every field and table
        except Exception:  # the file cannot even be read: the message says why
            logging.getLogger(__name__).exception("reading again after a refused save")
        self.save_failed.emit(text)
        raise SaveFailed(text) from exc

    def notify(self, number: str = "", cs: ChangeSet | None = None, after: WorkOrder | None = None) -> None:
        """The data changed (``cs``, about ``number``): read and check again only the work orders
        it names when that can be done in place, else everything. ``after``: the work order as
        the change left it, as the service that made it returned it (``ChangeSet.after``): checked,
        not read again."""
        numbers = cs.touched_work_orders() if cs is not None else None
        if (numbers and self._snapshot is not None and not self.loading
                and self.refresh_work_orders(numbers, after)):
            if number and number != self.current and self.work_order(number) is not None:
                self.set_current(number)
            self.work_orders_changed.emit(numbers)
            return
        self._forget()
        if number and number != self.current and self.work_order(number) is not None:
            self.set_current(number)
        self.changed.emit()

    def refresh_work_orders(self, numbers: list[str], after: WorkOrder | None = None) -> bool:
        """Read and check ``numbers`` alone into the shared snapshot (one work order takes a few
        milliseconds: done here, on the GUI thread); the one ``after`` gives (as an edit left it)
        is checked without being read. False when it cannot be done in place."""
        from app.services.portfolio import work_order_slice

        snap = self._snapshot
        if snap is None:
            return False
        settings = self.check_settings()
        parts = [_checked(after, self.today, settings) if after is not None and after.number == n
                 else work_order_slice(self.db, n, self.today, settings) for n in numbers]
        if not all(snap.replace(part) for part in parts):
            return False
        if self.current and self.work_order(self.current) is None:
            self._settle_current()
            self.current_changed.emit(self.current)
        return True

    def reload(self) -> None:
        """Forget cached data (another database, an import, a restore)."""
        self._forget()
        self._settle_current()
        self.changed.emit()
        self.current_changed.emit(self.current)

    def set_current(self, number: str) -> None:
        if number != self.current:
            self.current = number
            self.current_changed.emit(number)
