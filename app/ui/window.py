"""The main window (a first, minimal one: the portfolio and its findings)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView, QTabWidget

from app import texts
from app.services import portfolio


class FindingsModel(QAbstractTableModel):
    HEADERS = ("Severity", "Rule", "Work order", "Subject", "Date", "Days left", "Message")

    def __init__(self, findings, lang: str):
        super().__init__()
        self.findings = findings
        self.lang = lang

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        f = self.findings[index.row()]
        return (texts.word("severity", f.severity.value, self.lang), f.rule, f.work_order,
                f.subject.label, texts.fmt_date(f.date, self.lang),
                texts.days_left_text(f.days_left, self.lang), texts.message(f, self.lang)
                )[index.column()]


class MainWindow(QMainWindow):
    def __init__(self, db, lang: str = "en"):
        super().__init__()
        self.db = db
        self.setWindowTitle(f"Unified Planner — {db.path}")
        tabs = QTabWidget()
        view = QTableView()
        view.setModel(FindingsModel(portfolio.check(db, date.today()), lang))
        tabs.addTab(view, "Deadlines")
        self.setCentralWidget(tabs)
        self.resize(1200, 700)
