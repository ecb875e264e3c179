"""Needs attention: what asks for action, overdue first, then this week (the next 7 days) and the
next 30 days, grouped by customer, each row with the action it needs in words. The items come
from app.services.attention; a double-click (or Enter) opens the record it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app import texts
from app.messages import t
from app.services.attention import GROUPS, attention

from .failures import shown
from .widgets import SEVERITY_COLOR, day, severity_icon

FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class AttentionView(QWidget):
    #: (work order, subject kind, subject key) of a row opened by a double-click or Enter
    opened = Signal(str, str, str)

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("attention")
        self.lang = lang
        self.heading = QLabel()
        self.heading.setObjectName("attention_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("attention_tree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Work order"), self.tr("Date"), self.tr("Days left"),
                                   self.tr("Action needed")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(self._activated)  # double-click and Enter
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.tree, 1)
        self.items: list = []

    def set_findings(self, findings, today) -> None:
        """Show what needs attention among ``findings`` as on ``today``."""
        lang = self.lang
        self.items = attention(findings, today)
        expanded = self._expanded()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        counts = {g: 0 for g in GROUPS}
        tops: dict[str, QTreeWidgetItem] = {}
        customers: dict[tuple[str, str], QTreeWidgetItem] = {}
        actions: dict[str, str] = {}
        for item in self.items:
            counts[item.group] += 1
            top = tops.get(item.group)
            if top is None:
                top = tops[item.group] = QTreeWidgetItem(self.tree)
                top.setFont(0, bold)
                top.setFirstColumnSpanned(True)
                top.setData(0, Qt.ItemDataRole.UserRole, item.group)
            cust = customers.get((item.group, item.customer))
            if cust is None:
                cust = customers[(item.group, item.customer)] = QTreeWidgetItem(top, [shown(item.customer)])
                cust.setFont(0, bold)
                cust.setFirstColumnSpanned(True)
                cust.setData(0, Qt.ItemDataRole.UserRole, f"{item.group}/{item.customer}")
            f = item.finding
            action = actions.get(item.action)
            if action is None:
                action = actions[item.action] = t(f"attention.action.{item.action}", lang)
            what = f"{texts.subject_text(f, lang)} · {texts.rule_name(f.rule, lang)}"
            row = QTreeWidgetItem(cust, [shown(what), f.work_order, day(f.date, lang),
                                         texts.days_left_text(f.days_left, lang), action])
            row.setIcon(0, severity_icon(f.severity))
            row.setForeground(3, SEVERITY_COLOR[f.severity])
            tip = shown(texts.message(f, lang))
            row.setToolTip(0, tip)
            row.setToolTip(4, f"{action}\n\n{tip}")
            row.setData(0, FINDING_ROLE, f)
        for group, top in tops.items():
            top.setText(0, f"{t(f'attention.group.{group}', lang)} ({counts[group]})")
        for top in tops.values():
            key = top.data(0, Qt.ItemDataRole.UserRole)
            top.setExpanded(expanded.get(key, True))
            for i in range(top.childCount()):
                c = top.child(i)
                c.setExpanded(expanded.get(c.data(0, Qt.ItemDataRole.UserRole), True))
        self.tree.setUpdatesEnabled(True)
        self.heading.setText(
            self.tr("Needs attention: %1 overdue · %2 this week · %3 in the next 30 days")
            .replace("%1", str(counts["overdue"])).replace("%2", str(counts["week"]))
            .replace("%3", str(counts["month"])) if self.items else self.tr("Nothing needs attention in the next 30 days."))
        if self.tree.columnWidth(0) < 100 or not expanded:
            fm = self.tree.fontMetrics()
            for c, w in ((0, 360), (1, fm.horizontalAdvance("UES-KZ-2025-000") + 24),
                         (2, fm.horizontalAdvance("00.00.0000") + 24), (3, 120)):
                self.tree.setColumnWidth(c, w)

    def _expanded(self) -> dict[str, bool]:
        """Which groups and customers were open (kept across a refresh)."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out[top.data(0, Qt.ItemDataRole.UserRole)] = top.isExpanded()
            for j in range(top.childCount()):
                c = top.child(j)
                out[c.data(0, Qt.ItemDataRole.UserRole)] = c.isExpanded()
        return out

    def rows(self) -> list[QTreeWidgetItem]:
        """The finding rows, in order (tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                cust = top.child(j)
                out.extend(cust.child(k) for k in range(cust.childCount()))
        return out

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        f = row.data(0, FINDING_ROLE)
        if f is not None:
            self.opened.emit(f.work_order, f.subject.kind, f.subject.key)
