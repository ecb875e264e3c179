"""Portfolio: one row per work order with its term, balances, next deadline and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app import texts
from app.domain.dates import term_progress
from app.domain.enums import Severity
from app.domain.findings import Finding
from app.domain.model import WorkOrder
from app.domain.money import ZERO
from app.domain.rules import ledger_balances

from .delegates import BadgeDelegate, ProgressDelegate
from .find import install_find
from .models import Column, FilterProxy, RowsModel
from .widgets import SEVERITY_BG, SEVERITY_COLOR, amount, day, limit_sizing, severity_icon


@dataclass
class Summary:
    wo: WorkOrder
    progress: float
    credits: Decimal
    hours: Decimal
    per_location: list[tuple[str, Decimal, Decimal]]
    next_finding: Finding | None
    errors: int
    warnings: int
    findings: list[Finding] = field(default_factory=list)


def summarize(wo: WorkOrder, own: list[Finding], today: date) -> Summary:
    """One row of the screen; ``own``: the work order's findings (grouped once by the caller)."""
    bal = ledger_balances(wo)
    per = [(loc.country, bal[loc.id]["credits"], bal[loc.id]["hours"]) for loc in wo.locations]
    upcoming = [f for f in own if f.days_left >= 0]
    nxt = min(upcoming, key=lambda f: (f.days_left, f.severity.rank), default=None)
    return Summary(wo, term_progress(wo.term_start, wo.term_end, today),
                   sum((c for _, c, _ in per), ZERO), sum((h for _, _, h in per), ZERO), per, nxt,
                   sum(1 for f in own if f.severity is Severity.ERROR),
                   sum(1 for f in own if f.severity is Severity.WARNING), own)


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
                   sort=lambda s: s.wo.term_end),
            Column(self.tr("Term passed"), lambda s: f"{round(s.progress * 100)} %", sort=lambda s: s.progress),
            Column(self.tr("Credits left"), lambda s: amount(s.credits, lang), sort=lambda s: s.credits,
                   right=True, tooltip=lambda s: self._per_location(s),
                   foreground=lambda s: SEVERITY_COLOR[Severity.ERROR] if s.credits < 0 else None),
            Column(self.tr("Hours left"), lambda s: amount(s.hours, lang), sort=lambda s: s.hours,
                   right=True, tooltip=lambda s: self._per_location(s)),
            Column(self.tr("Days left"),
                   lambda s: texts.days_left_text(s.next_finding.days_left, lang) if s.next_finding else "",
                   sort=lambda s: s.next_finding.days_left if s.next_finding else 10**6, right=True,
                   background=lambda s: SEVERITY_BG[s.next_finding.severity] if s.next_finding else None,
                   foreground=lambda s: SEVERITY_COLOR[s.next_finding.severity] if s.next_finding else None),
            Column(self.tr("Errors"), lambda s: str(s.errors), sort=lambda s: s.errors, right=True,
                   icon=lambda s: severity_icon(Severity.ERROR) if s.errors else None),
            Column(self.tr("Warnings"), lambda s: str(s.warnings), sort=lambda s: s.warnings, right=True,
                   icon=lambda s: severity_icon(Severity.WARNING) if s.warnings else None),
            Column(self.tr("Next deadline"), nxt_text,
                   sort=lambda s: s.next_finding.date if s.next_finding else date.max,
                   icon=lambda s: severity_icon(s.next_finding.severity) if s.next_finding else None,
                   tooltip=lambda s: texts.message(s.next_finding, lang) if s.next_finding else ""),
        ]
        self.model = RowsModel(cols, parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("portfolio_table")
        self.view.setModel(self.proxy)
        self.find = install_find(self, self.view)  # Ctrl+F
        self.view.horizontalHeader().setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # fewest days left
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        limit_sizing(self.view)
        self.view.setItemDelegateForColumn(3, ProgressDelegate(lambda s: s.progress, self.view))
        self.view.setItemDelegateForColumn(6, BadgeDelegate(self.view))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        hint = QLabel(self.tr("Double-click a work order to open it."))
        hint.setStyleSheet("color: #607d8b;")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(hint)
        self.filter.textChanged.connect(self._apply_filter)
        self.only_problems.toggled.connect(self._apply_filter)
        self.show_archived.toggled.connect(self._apply_filter)
        self.setTabOrder(self.filter, self.only_problems)
        self.setTabOrder(self.only_problems, self.view)
        self.refresh()

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
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(3, max(110, self.view.columnWidth(3)))
        self.view.setColumnWidth(6, self.view.columnWidth(6) + 24)

    def refresh_work_orders(self, numbers: list[str]) -> None:
        """Only ``numbers`` changed: their rows are summarized again and put in place (the row
        stays where it is, the selection too); the other rows are left as they are."""
        of, today, snap = self.ctx.findings_of, self.ctx.today, self.ctx.snapshot()
        rows = [summarize(wo, of(n), today) for n in numbers if (wo := snap.by_number.get(n)) is not None]
        if self.model.replace_rows(lambda old, new: old.wo.number == new.wo.number, rows):
            self.refresh()  # a work order this table did not show yet
            return
        self._show_count()  # (the filter looks at the changed rows itself: dataChanged)

    def _apply_filter(self) -> None:
        text = self.filter.text().casefold().strip()
        only = self.only_problems.isChecked()
        archived = self.show_archived.isChecked()

        def keep(s: Summary) -> bool:
            if s.wo.archived_on is not None and not archived:
                return False
            if only and not (s.errors or s.warnings):
                return False
            return not text or text in s.wo.customer.casefold() or text in s.wo.number.casefold()

        self.proxy.set_predicate(keep)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 of %2 work orders").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def _open(self, index) -> None:
        s = self.model.row(self.proxy.mapToSource(index))
        if s is not None:
            self.ctx.set_current(s.wo.number)
            self.ctx.open_requested.emit("workorder", "work_order", s.wo.number)
