"""Portfolio: one row per work order with its term, balances, next deadline and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import messages, texts
from app.domain.balances import pool_remaining
from app.domain.dates import term_progress
from app.domain.enums import Severity
from app.domain.findings import Finding
from app.domain.model import WorkOrder
from app.domain.money import ZERO

from .attention_view import AttentionView
from .columns import ColumnChooser
from .delegates import BadgeDelegate, ProgressDelegate
from .find import install_find
from .models import Column, FilterProxy, RowsModel
from .widgets import SEVERITY_BG, SEVERITY_COLOR, amount, day, limit_sizing, severity_icon


@dataclass
class Summary:
    wo: WorkOrder
    progress: float
    next_finding: Finding | None
    errors: int
    warnings: int
    findings: list[Finding] = field(default_factory=list)
    on: date | None = None
    _outlook: dict | None = None
    #: Only the work order's own row is read yet: its figures are being computed.
    pending: bool = False

    _left: list[tuple[str, Decimal, Decimal]] | None = None

    @property
    def per_location(self) -> list[tuple[str, Decimal, Decimal]]:
        """(country, credits left, hours left) per location: the balances engine's, computed when
        first shown or sorted by, like the outlook."""
        if self._left is None:
            if self.pending:
                return []
            bal = pool_remaining(self.wo, self.on or self.wo.term_start)
            self._left = [(loc.country, bal[loc.id]["credits"], bal[loc.id]["hours"]) for loc in self.wo.locations]
        return self._left

    @property
    def credits(self) -> Decimal:
        return sum((c for _, c, _ in self.per_location), ZERO)

    @property
    def hours(self) -> Decimal:
        return sum((h for _, _, h in self.per_location), ZERO)

    def outlook(self, unit: str) -> tuple[Decimal, Decimal]:
        """(available, at risk by the term end) in ``unit``: the statement's figures, computed
        when first shown (a 1,000-work-order table computes the rows it shows)."""
        if self._outlook is None:
            from app.services.statements import outlook

            self._outlook = outlook(self.wo, self.on or self.wo.term_start)
        return self._outlook.get(unit, (ZERO, ZERO))


def summarize(wo: WorkOrder, own: list[Finding], today: date) -> Summary:
    """One row of the screen; ``own``: the work order's findings (grouped once by the caller)."""
    upcoming = [f for f in own if f.days_left >= 0]
    nxt = min(upcoming, key=lambda f: (f.days_left, f.severity.rank), default=None)
    return Summary(wo, term_progress(wo.term_start, wo.term_end, today), nxt,
                   sum(1 for f in own if f.severity is Severity.ERROR),
                   sum(1 for f in own if f.severity is Severity.WARNING), own, today)


def _while_pending(col: Column, computing: str) -> None:
    """``col`` shows ``computing`` (no colour, no icon, sorted last) for a pending row."""
    text, sort = col.text, col.sort
    col.text = lambda s: computing if s.pending else text(s)
    if sort is not None:
        col.sort = lambda s: (1, 0) if s.pending else (0, sort(s))
    for name in ("icon", "foreground", "background", "tooltip"):
        fn = getattr(col, name)
        if fn is not None:
            setattr(col, name, lambda s, fn=fn: None if s.pending else fn(s))


def pending_row(wo: WorkOrder, today: date) -> Summary:
    """A row of a work order read alone (no ledger, no findings yet): its figures pending."""
    return Summary(wo, term_progress(wo.term_start, wo.term_end, today), None, 0, 0, [], today, pending=True)


class PortfolioScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.filter = QLineEdit()
        self.filter.setObjectName("portfolio_filter")
        self.filter.setPlaceholderText(self.tr("Filter by customer or work order…"))
        self.filter.setClearButtonEnabled(True)
        self.only_problems = QCheckBox(self.tr("Only with problems"))
        self.only_problems.setObjectName("only_problems")
        self.show_archived = QCheckBox(self.tr("Show archived"))  # archived: hidden unless asked
        self.show_archived.setObjectName("show_archived")
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Filter:")))
        top.addWidget(self.filter, 1)
        top.addWidget(self.only_problems)
        top.addWidget(self.show_archived)
        top.addStretch()
        top.addWidget(self.count)

        def nxt_text(s: Summary) -> str:
            f = s.next_finding
            return f"{day(f.date, lang)} · {texts.rule_name(f.rule, lang)}" if f else ""

        cols = [
            Column(self.tr("Customer"), lambda s: s.wo.customer),
            Column(self.tr("Work order"), lambda s: s.wo.number),
            Column(self.tr("Term"), lambda s: f"{day(s.wo.term_start, lang)} – {day(s.wo.term_end, lang)}",
                   sort=lambda s: s.wo.term_end, key="term"),
            Column(self.tr("Term passed"), lambda s: f"{round(s.progress * 100)} %", sort=lambda s: s.progress,
                   tooltip=lambda s: f"{day(s.wo.term_start, lang)} – {day(s.wo.term_end, lang)}", key="progress"),
            # the ledger's balances (granted less drawn), offered in the column chooser; the
            # figures shown are the engine's available and at risk, as the statement says them
            Column(self.tr("Credits left"), lambda s: amount(s.credits, lang), sort=lambda s: s.credits,
                   right=True, tooltip=lambda s: self._per_location(s), key="credits_left",
                   foreground=lambda s: SEVERITY_COLOR[Severity.ERROR] if s.credits < 0 else None),
            Column(self.tr("Hours left"), lambda s: amount(s.hours, lang), sort=lambda s: s.hours,
                   right=True, tooltip=lambda s: self._per_location(s), key="hours_left"),
            *self._outlook_columns("credits", self.tr("Credits available"), self.tr("Credits at risk")),
            *self._outlook_columns("hours", self.tr("Hours available"), self.tr("Hours at risk")),
            Column(self.tr("Days left"),
                   lambda s: texts.days_left_text(s.next_finding.days_left, lang) if s.next_finding else "",
                   sort=lambda s: s.next_finding.days_left if s.next_finding else 10**6, right=True,
                   background=lambda s: SEVERITY_BG[s.next_finding.severity] if s.next_finding else None,
                   foreground=lambda s: SEVERITY_COLOR[s.next_finding.severity] if s.next_finding else None,
                   key="days"),
            Column(self.tr("Errors"), lambda s: str(s.errors), sort=lambda s: s.errors, right=True,
                   icon=lambda s: severity_icon(Severity.ERROR) if s.errors else None, key="errors"),
            Column(self.tr("Warnings"), lambda s: str(s.warnings), sort=lambda s: s.warnings, right=True,
                   icon=lambda s: severity_icon(Severity.WARNING) if s.warnings else None, key="warnings"),
            Column(self.tr("Next deadline"), nxt_text,
                   sort=lambda s: s.next_finding.date if s.next_finding else date.max,
                   icon=lambda s: severity_icon(s.next_finding.severity) if s.next_finding else None,
                   tooltip=lambda s: texts.message(s.next_finding, lang) if s.next_finding else "", key="next"),
        ]
        computing = messages.t("portfolio.computing", lang)
        for c in cols:  # a row read alone (start-up) says its figures are being computed
            if c.key not in ("", "term", "progress"):
                _while_pending(c, computing)
        keys = [c.key for c in cols]
        self._days_col = keys.index("days")
        self._progress_col = keys.index("progress")
        self.model = RowsModel(cols, parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("portfolio_table")
        self.view.setModel(self.proxy)
        self.find = install_find(self, self.view)  # Ctrl+F
        self.view.horizontalHeader().setSortIndicator(self._days_col, Qt.SortOrder.AscendingOrder)  # fewest days left
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        limit_sizing(self.view)
        self.view.setItemDelegateForColumn(self._progress_col, ProgressDelegate(lambda s: s.progress, self.view))
        self.view.setItemDelegateForColumn(self._days_col, BadgeDelegate(self.view))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)  # the next deadline is elided, whole in its tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # the term's dates are in the progress bar's tooltip: its column is offered, not shown
        self.columns = ColumnChooser(self.view, "portfolio", ctx.settings, default_hidden={"term", "credits_left", "hours_left"})
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        hint = QLabel(self.tr("Double-click a work order or a row of Needs attention to open it."))
        hint.setStyleSheet("color: #607d8b;")
        # the home view's top: what needs attention (overdue, this week, the next 30 days)
        self.attention = AttentionView(lang)
        self.attention.opened.connect(self._open_subject)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addLayout(top)
        low.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("portfolio_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.attention)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(hint)
        self.filter.textChanged.connect(self._apply_filter)
        self.only_problems.toggled.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)
        self.setTabOrder(self.attention.tree, self.filter)
        self.setTabOrder(self.filter, self.only_problems)
        self.setTabOrder(self.only_problems, self.view)
        self.refresh()

    def _outlook_columns(self, unit: str, available: str, at_risk: str) -> list[Column]:
        """Available and at risk by the term end for ``unit`` (statements.outlook: the figures the
        statement prints)."""
        lang = self.ctx.lang
        risk_tip = self.tr("Left unused by the term end at the pace of the last 90 days")
        return [
            Column(available, lambda s: amount(s.outlook(unit)[0], lang),
                   sort=lambda s: s.outlook(unit)[0], right=True, tooltip=lambda s: self._per_location(s),
                   foreground=lambda s: SEVERITY_COLOR[Severity.ERROR] if s.outlook(unit)[0] < 0 else None,
                   key=unit),
            Column(at_risk, lambda s: amount(s.outlook(unit)[1], lang) if s.outlook(unit)[1] else "",
                   sort=lambda s: s.outlook(unit)[1], right=True, tooltip=lambda s: risk_tip,
                   foreground=lambda s: SEVERITY_COLOR[Severity.WARNING], key=f"{unit}_risk"),
        ]

    def _per_location(self, s: Summary) -> str:
        lang = self.ctx.lang
        return "\n".join(self.tr("%1: %2, %3").replace("%1", c)
                         .replace("%2", texts.count("credits", cr, lang)).replace("%3", texts.count("hours", h, lang))
                         for c, cr, h in s.per_location)

    def refresh(self) -> None:
        of, today = self.ctx.findings_of, self.ctx.today
        rows = [summarize(wo, of(wo.number), today) for wo in self.ctx.portfolio().work_orders]
        self.model.set_rows(rows)
        self._apply_filter()
        self.attention.set_findings(self.ctx.findings(), today)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(self._progress_col, 100)
        self.view.setColumnWidth(self._days_col, self.view.columnWidth(self._days_col) + 24)
        fm = self.view.fontMetrics()
        for c, col in enumerate(self.model.columns):  # numbers: as wide as their values (titles elided)
            if col.right and c != self._days_col:
                widest = max((fm.horizontalAdvance(col.text(r)) for r in self.model.rows[:50]), default=0)
                self.view.setColumnWidth(c, min(self.view.columnWidth(c), max(widest + 30, 64)))
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 190))
        for c in (1, self._days_col):  # as wide as the values, not as the (long, in kk and ru) title
            widest = max((fm.horizontalAdvance(self.model.columns[c].text(r)) for r in self.model.rows[:50]), default=0)
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), max(widest + (24 if c == 1 else 44), 80)))

    def show_preview(self, work_orders: list[WorkOrder]) -> None:
        """The work orders read alone, while the whole portfolio is read and checked: their rows
        (customer, number, term), every figure saying it is being computed."""
        today = self.ctx.today
        self.model.set_rows([pending_row(wo, today) for wo in work_orders])
        self._apply_filter()
        self.attention.show_computing()
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(self._progress_col, 100)
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 190))

    def refresh_work_orders(self, numbers: list[str]) -> None:
        """Only ``numbers`` changed: their rows are summarized again and put in place (the row
        stays where it is, the selection too); the other rows are left as they are."""
        of, today, snap = self.ctx.findings_of, self.ctx.today, self.ctx.snapshot()
        rows = [summarize(wo, of(n), today) for n in numbers if (wo := snap.by_number.get(n)) is not None]
        if self.model.replace_rows(lambda old, new: old.wo.number == new.wo.number, rows):
            self.refresh()  # a work order this table did not show yet
            return
        self._show_count()  # (the filter looks at the changed rows itself: dataChanged)
        self.attention.update_work_orders(numbers, of, today)

    def _apply_filter(self) -> None:
        text = self.filter.text().casefold().strip()
        only = self.only_problems.isChecked()
        archived = self.show_archived.isChecked()

        def keep(s: Summary) -> bool:
            if s.wo.archived_on is not None and not archived:
                return False
            if only and not s.pending and not (s.errors or s.warnings):  # pending: not known yet
                return False
            return not text or text in s.wo.customer.casefold() or text in s.wo.number.casefold()

        self.proxy.set_predicate(keep)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 of %2 work orders").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def _open_subject(self, number: str, kind: str, key: str) -> None:
        """A row of Needs attention: its work order made current, the record it is about shown."""
        self.ctx.set_current(number)
        screen = {"delivery": "plan", "location": "ledger"}.get(kind, "workorder")
        self.ctx.open_requested.emit(screen, kind, key)

    def _open(self, index) -> None:
        s = self.model.row(self.proxy.mapToSource(index))
        if s is not None:
            self.ctx.set_current(s.wo.number)
            self.ctx.open_requested.emit("workorder", "work_order", s.wo.number)
