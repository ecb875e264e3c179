"""Needs attention: what asks for action, overdue first, then this week (the next 7 days) and the
next 30 days, grouped by customer, each row with the action it needs in words. The items come
from app.services.attention; a double-click (or Enter) opens the record it is about."""

from __future__ import annotations

import bisect

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app import texts
from app.messages import t
from app.services.attention import GROUPS, attention, sort_key

from .failures import shown
from .widgets import SEVERITY_COLOR, day, severity_icon

_order = sort_key


def _finding_order(f) -> tuple:
    return (f.date, f.severity.rank, f.work_order, f.subject.key)

FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class _Row(QTreeWidgetItem):
    """A finding's row; its whole message (the tooltip) is worded when first asked for: a
    1,000-work-order portfolio has some 13,000 rows, and few tooltips are ever shown."""

    lang = "en"

    def data(self, column, role):
        if role == _TOOLTIP and column in (0, 4):
            f = super().data(0, FINDING_ROLE)
            if f is not None:
                tip = shown(texts.message(f, self.lang))
                return tip if column == 0 else f"{self.text(4)}\n\n{tip}"
        return super().data(column, role)


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
        self._items: list | None = []
        self._items_by_wo: dict[str, list] = {}
        self._n = dict.fromkeys(GROUPS, 0)

    # -- building -------------------------------------------------------------------------------
    def _words(self) -> None:
        """Caches of the words the rows repeat (dates, day counts, rule names, actions)."""
        self._days: dict[object, str] = {}
        self._lefts: dict[int, str] = {}
        self._rules: dict[str, str] = {}
        self._actions: dict[str, str] = {}
        self._icons = {sev: severity_icon(sev) for sev in SEVERITY_COLOR}
        self._colours = {sev: QBrush(c) for sev, c in SEVERITY_COLOR.items()}
        self._bold = QFont(self.tree.font())
        self._bold.setBold(True)
        _Row.lang = self.lang

    def _row(self, item, into: QTreeWidgetItem | None = None) -> _Row:
        lang, f = self.lang, item.finding
        action = self._actions.get(item.action)
        if action is None:
            action = self._actions[item.action] = t(f"attention.action.{item.action}", lang)
        rule = self._rules.get(f.rule)
        if rule is None:
            rule = self._rules[f.rule] = texts.rule_name(f.rule, lang)
        when = self._days.get(f.date)
        if when is None:
            when = self._days[f.date] = day(f.date, lang)
        left = self._lefts.get(f.days_left)
        if left is None:
            left = self._lefts[f.days_left] = texts.days_left_text(f.days_left, lang)
        words = [shown(f"{texts.subject_text(f, lang)} · {rule}"), f.work_order, when, left, action]
        if into is not None:  # the row stays where it is: its words, icon and finding renewed
            for c, text in enumerate(words):
                if into.text(c) != text:
                    into.setText(c, text)
            row = into
        else:
            row = _Row(words)
            self._by_wo.setdefault(f.work_order, []).append(row)
        row.setIcon(0, self._icons[f.severity])
        row.setForeground(3, self._colours[f.severity])
        row.setData(0, FINDING_ROLE, f)
        return row

    def _in_place(self, number: str, new: list) -> bool:
        """Put ``new`` (the work order's items now) into its rows shown, when each goes where one
        of them is (same group, customer and place in the order): no row taken out or put in, so
        the tree is not laid out again. False (nothing changed) otherwise."""
        rows = self._by_wo.get(number, [])
        if len(rows) != len(new):
            return False

        def slot_of_row(row):
            return (row.parent().data(0, Qt.ItemDataRole.UserRole), _finding_order(row.data(0, FINDING_ROLE)))

        old = sorted(rows, key=slot_of_row)
        fresh = sorted(new, key=lambda i: (f"{i.group}/{i.customer}", _order(i)[3:]))
        if [slot_of_row(r) for r in old] != [(f"{i.group}/{i.customer}", _order(i)[3:]) for i in fresh]:
            return False
        for row, item in zip(old, fresh, strict=True):
            self._row(item, into=row)
        return True

    def _node(self, parent, key: str, text: str) -> QTreeWidgetItem:
        node = QTreeWidgetItem([text])
        node.setFont(0, self._bold)
        node.setData(0, Qt.ItemDataRole.UserRole, key)
        self._nodes[key] = node
        return node

    def show_computing(self) -> None:
        """Nothing shown yet: the findings are still being computed (said, not "nothing")."""
        self.tree.clear()
        self._items, self._items_by_wo = [], {}
        self._n = dict.fromkeys(GROUPS, 0)
        self.heading.setText(t("attention.computing", self.lang))

    def set_findings(self, findings, today) -> None:
        """Show what needs attention among ``findings`` as on ``today`` (everything built again)."""
        self._words()
        self._today = today
        self._items = attention(findings, today)
        self._items_by_wo = {}
        self._n = dict.fromkeys(GROUPS, 0)
        for i in self._items:
            self._items_by_wo.setdefault(i.finding.work_order, []).append(i)
            self._n[i.group] += 1
        self._open = self._expanded()
        first = not self._open
        self._by_wo: dict[str, list[_Row]] = {}
        self._nodes: dict[str, QTreeWidgetItem] = {}
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        tops: list[QTreeWidgetItem] = []
        top = cust = None
        rows: list[QTreeWidgetItem] = []
        group = customer = None

        def flush():
            if cust is not None and rows:
                cust.addChildren(rows)

        for item in self.items:
            if item.group != group:
                flush()
                rows, group, customer = [], item.group, None
                top = self._node(None, item.group, "")
                tops.append(top)
            if item.customer != customer:
                flush()
                rows, customer = [], item.customer
                cust = self._node(top, f"{item.group}/{item.customer}", shown(item.customer))
                top.addChild(cust)
            rows.append(self._row(item))
        flush()
        self.tree.addTopLevelItems(tops)
        for node in tops:
            self._span(node)
        self._counts()
        self.tree.setUpdatesEnabled(True)
        if first:
            fm = self.tree.fontMetrics()
            for c, w in ((0, 360), (1, fm.horizontalAdvance("UES-KZ-2025-000") + 24),
                         (2, fm.horizontalAdvance("00.00.0000") + 24), (3, 120)):
                self.tree.setColumnWidth(c, w)

    def _span(self, top: QTreeWidgetItem) -> None:
        """Group and customer rows span the columns; opened as they were (open the first time)."""
        top.setFirstColumnSpanned(True)
        top.setExpanded(self._open.get(top.data(0, Qt.ItemDataRole.UserRole), True))
        for i in range(top.childCount()):
            c = top.child(i)
            c.setFirstColumnSpanned(True)
            c.setExpanded(self._open.get(c.data(0, Qt.ItemDataRole.UserRole), True))

    def update_work_orders(self, numbers, findings_of, today) -> None:
        """Only ``numbers`` changed: their rows are taken out and their new ones put in place
        (a 1,000-work-order portfolio is not worded again after each edit). ``items`` then
        holds the same items, no longer in the order shown."""
        if not hasattr(self, "_by_wo") or today != self._today:
            return
        changed = set(numbers)
        self._open = {}
        new = attention([f for n in changed for f in findings_of(n)], today)
        mine: dict[str, list] = {}
        for item in new:
            mine.setdefault(item.finding.work_order, []).append(item)
        kept = {n for n in changed if self._in_place(n, mine.get(n, []))}
        moved = changed - kept  # rows taken out and put in: the tree is laid out again once
        if moved:
            self.tree.setUpdatesEnabled(False)
        for n in moved:
            for row in self._by_wo.pop(n, []):
                cust = row.parent()
                cust.removeChild(row)
                if cust.childCount() == 0:
                    top = cust.parent()
                    key = cust.data(0, Qt.ItemDataRole.UserRole)
                    self._open[key] = cust.isExpanded()
                    del self._nodes[key]
                    top.removeChild(cust)
                    if top.childCount() == 0:
                        key = top.data(0, Qt.ItemDataRole.UserRole)
                        self._open[key] = top.isExpanded()
                        del self._nodes[key]
                        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(top))
        keys: dict[str, list] = {}  # a customer's rows' order keys, read once per update
        for item in new:
            if item.finding.work_order not in kept:
                self._insert(item, keys)
        for n in changed:
            for old in self._items_by_wo.pop(n, ()):
                self._n[old.group] -= 1
        for i in new:
            self._items_by_wo.setdefault(i.finding.work_order, []).append(i)
            self._n[i.group] += 1
        self._items = None
        self._counts()
        if moved:
            self.tree.setUpdatesEnabled(True)

    def _insert(self, item, keys: dict[str, list]) -> None:
        top = self._nodes.get(item.group)
        if top is None:
            rank = GROUPS.index(item.group)
            tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            top = self._node(None, item.group, "")
            at = sum(1 for x in tops if GROUPS.index(x.data(0, Qt.ItemDataRole.UserRole)) < rank)
            self.tree.insertTopLevelItem(at, top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(self._open.get(item.group, True))
        key = f"{item.group}/{item.customer}"
        cust = self._nodes.get(key)
        if cust is None:
            fold = item.customer.casefold()
            at = sum(1 for i in range(top.childCount())
                     if top.child(i).data(0, Qt.ItemDataRole.UserRole).split("/", 1)[1].casefold() < fold)
            cust = self._node(top, key, shown(item.customer))
            top.insertChild(at, cust)
            cust.setFirstColumnSpanned(True)
            cust.setExpanded(self._open.get(key, True))
        mine = _order(item)[3:]
        order = keys.get(key)
        if order is None:
            order = keys[key] = [_finding_order(cust.child(i).data(0, FINDING_ROLE)) for i in range(cust.childCount())]
        at = bisect.bisect_right(order, mine)
        order.insert(at, mine)
        cust.insertChild(at, self._row(item))

    @property
    def items(self) -> list:
        """Every item shown (in the order shown after a full build)."""
        if self._items is None:
            self._items = [i for items in self._items_by_wo.values() for i in items]
        return self._items

    def _counts(self) -> None:
        counts = self._n
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            group = top.data(0, Qt.ItemDataRole.UserRole)
            top.setText(0, f"{t(f'attention.group.{group}', self.lang)} ({counts[group]})")
        self.heading.setText(
            self.tr("Needs attention: %1 overdue · %2 this week · %3 in the next 30 days")
            .replace("%1", str(counts["overdue"])).replace("%2", str(counts["week"]))
            .replace("%3", str(counts["month"])) if any(counts.values()) else self.tr("Nothing needs attention in the next 30 days."))

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
