"""Deadlines: every finding of the portfolio, filterable by severity, rule, customer and window;
activating a row opens its subject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app import texts
from app.domain.enums import Severity
from app.domain.findings import CHECK_RULE_IDS, Finding
from app.services.attention import in_window, is_overdue, is_past

from .delegates import BadgeDelegate
from .find import install_find
from .models import Column, FilterProxy, RowsModel
from .widgets import SEVERITY_BG, SEVERITY_COLOR, day, fill_combo, severity_icon
from .workorder_screen import table


class DeadlinesScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.severity = QComboBox()
        self.severity.setObjectName("filter_severity")
        fill_combo(self.severity, [(self.tr("All severities"), "")] +
                   [(texts.word("severity", s.value, lang), s.value) for s in Severity])
        self.rule = QComboBox()
        self.rule.setObjectName("filter_rule")
        fill_combo(self.rule, [(self.tr("All rules"), "")] + [(texts.rule_name(r, lang), r) for r in CHECK_RULE_IDS])
        self.customer = QComboBox()
        self.customer.setObjectName("filter_customer")
        self.window = QComboBox()
        self.window.setObjectName("filter_window")
        fill_combo(self.window, [(self.tr("Any time"), ""), (self.tr("This week"), "week"),
                                 (self.tr("This month"), "month"), (self.tr("This quarter"), "quarter")])
        for combo, n in ((self.severity, 10), (self.rule, 20), (self.customer, 14), (self.window, 10)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(n)
        self.count = QLabel()
        # past deadlines collapsed by default: the screen opens on what is coming
        self.show_past = QToolButton()
        self.show_past.setObjectName("show_past")
        self.show_past.setCheckable(True)
        self.show_past.toggled.connect(self._apply_filter)
        top = QHBoxLayout()
        for label, w in ((self.tr("Severity"), self.severity), (self.tr("Rule"), self.rule),
                         (self.tr("Customer"), self.customer), (self.tr("When"), self.window)):
            top.addWidget(QLabel(label))
            top.addWidget(w)
        top.addStretch()
        second = QHBoxLayout()  # (a row of its own: the filters fit at 1366 in kk and ru)
        second.addWidget(self.show_past)
        second.addStretch()
        second.addWidget(self.count)
        cols = [
            Column(self.tr("Severity"), lambda f: texts.word("severity", f.severity.value, lang),
                   sort=lambda f: f.severity.rank, icon=lambda f: severity_icon(f.severity),
                   foreground=lambda f: SEVERITY_COLOR[f.severity]),
            Column(self.tr("Rule"), lambda f: texts.rule_name(f.rule, lang), tooltip=lambda f: f.rule),
            Column(self.tr("Work order"), lambda f: f.work_order, tooltip=lambda f: f.customer),
            Column(self.tr("Subject"), lambda f: texts.subject_text(f, lang)),
            Column(self.tr("Date"), lambda f: day(f.date, lang), sort=lambda f: f.date),
            Column(self.tr("Days left"), lambda f: texts.days_left_text(f.days_left, lang),
                   sort=lambda f: f.days_left, right=True,
                   background=lambda f: SEVERITY_BG[f.severity], foreground=lambda f: SEVERITY_COLOR[f.severity]),
            Column(self.tr("Message"), lambda f: texts.message(f, lang), tooltip=lambda f: texts.message(f, lang)),
        ]
        self.model = RowsModel(cols, parent=self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table("findings_table", stretch=True, hint=self.tr("Nothing needs attention."),
                          filtered_hint=self.tr("No finding matches the filters: clear them to see all."))
        self.view.setModel(self.proxy)
        self.view.setWordWrap(False)  # the message is elided in its column, whole in its tooltip and below
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.find = install_find(self, self.view)  # Ctrl+F
        # soonest deadline first, as checked (no sort column), until a header is clicked
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setItemDelegateForColumn(5, BadgeDelegate(self.view))
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        hint = QLabel(self.tr("Double-click or press Enter on a row to open what it is about."))
        hint.setStyleSheet("color: #607d8b;")
        hint.setTextFormat(Qt.TextFormat.PlainText)  # a finding's message quotes user text
        self.hint_text = hint.text()
        self.hint = hint
        hint.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(self._show_message)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(second)
        lay.addWidget(self.view, 1)
        lay.addWidget(hint)
        for w in (self.severity, self.rule, self.customer, self.window):
            w.currentIndexChanged.connect(self._apply_filter)
        self.refresh()

    def _show_message(self, current, _previous=None) -> None:
        """The selected finding's full message under the table (it is the widest column)."""
        f = self.model.row(self.proxy.mapToSource(current))
        from .failures import shown

        self.hint.setText(shown(texts.message(f, self.ctx.lang)) if f else self.hint_text)

    def refresh(self) -> None:
        findings = self.ctx.findings()
        customers = sorted({f.customer for f in findings})
        fill_combo(self.customer, [(self.tr("All customers"), "")] + [(c, c) for c in customers],
                   self.customer.currentData() or "")
        self.model.set_rows(findings)
        self._apply_filter()
        self.view.resizeColumnsToContents()
        # the message (last, stretched) keeps room at 1366 in every language: the others are capped
        for c, cap in ((0, 150), (1, 170), (2, 130), (3, 150)):
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), cap))

    def refresh_work_orders(self, numbers: list[str]) -> None:
        """Only ``numbers`` changed: the table shows the portfolio's findings again (the other
        work orders' findings are the same objects, not checked again), without measuring its
        columns again."""
        self.model.set_rows(self.ctx.findings())
        self._apply_filter()

    def _apply_filter(self, *_args) -> None:
        sev, rule, cust = self.severity.currentData(), self.rule.currentData(), self.customer.currentData()
        window = self.window.currentData() or ""
        today = self.ctx.today
        with_past = self.show_past.isChecked()

        def matches(f: Finding) -> bool:
            return ((not sev or f.severity.value == sev) and (not rule or f.rule == rule)
                    and (not cust or f.customer == cust) and in_window(f, window, today))

        def shown_now(f: Finding) -> bool:  # this week lists what is overdue even when past ones are collapsed
            return not is_past(f, today) or with_past or (window == "week" and is_overdue(f, today))

        past = sum(1 for f in self.model.rows if matches(f) and is_past(f, today)
                   and not (window == "week" and is_overdue(f, today)))
        self.show_past.setText((self.tr("Hide past (%1)") if with_past else self.tr("Show past (%1)"))
                               .replace("%1", str(past)))
        self.show_past.setEnabled(bool(past) or with_past)
        self.proxy.set_predicate(lambda f: matches(f) and shown_now(f))
        self.count.setText(self.tr("%1 of %2 findings").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def _open(self, index) -> None:
        f = self.model.row(self.proxy.mapToSource(index))
        if f is None:
            return
        self.ctx.set_current(f.work_order)
        screen = {"delivery": "plan", "location": "ledger"}.get(f.subject.kind, "workorder")
        self.ctx.open_requested.emit(screen, f.subject.kind, f.subject.key)
