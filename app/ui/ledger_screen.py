"""Credits and hours: per location the ledger with its running balance and a small balance
chart over the term; grant, draw, adjust and transfer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from app import texts
from app.domain.balances import FIGURES, location_ledger, pool_remaining, work_order_balances
from app.domain.enums import Role, Severity
from app.domain.model import WorkOrder
from app.domain.money import ZERO
from app.messages import t

from .failures import shown
from .find import install_find
from .ledger_dialogs import EntryDialog, TransferDialog
from .models import Column, RowsModel
from .widgets import SEVERITY_COLOR, amount, day, table_keys
from .workorder_screen import table, tool_button


def _pool_line(b, lang: str) -> str:
    """One pool's figures in words, those that are not zero, then what is left and available:
    "credits KZ: bought 120 · delivered 12 · … · left 81 · available 69"."""
    figures = b.figures()
    shown_figures = [f for f in FIGURES if f not in ("remaining", "available") and figures[f]]
    parts = [f"{t(f'balances.col.{f}', lang)} {texts.fmt_amount(figures[f], lang)}"
             for f in (*shown_figures, "remaining", "available")]
    return f"{t(f'balances.pool.{b.kind}', lang, country=b.country)}: " + " · ".join(parts)


class BalanceChart(QWidget):
    """The credit balance of one location over the term, a step line; below zero in red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("balance_chart")
        self.points: list[tuple[date, Decimal]] = []
        self.span: tuple[date, date] | None = None
        self.today = date.today()
        self.title = ""
        self.lang = "en"
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(500, 170)

    def set_data(self, points, span, today, title, lang) -> None:
        self.points, self.span, self.today, self.title, self.lang = points, span, today, title, lang
        self.update()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QColor("#37474f"))
        p.drawText(QRectF(8, 2, self.width() - 16, 18), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.span:
            return
        start, end = self.span
        left, top, right, bottom = 60.0, 24.0, self.width() - 12.0, self.height() - 22.0
        values = [v for _, v in self.points] + [ZERO]
        lo, hi = min(values), max(values)
        if hi == lo:
            hi = lo + 1
        days = max(1, (end - start).days)

        def x(d: date) -> float:
            return left + (right - left) * min(max((d - start).days, 0), days) / days

        def y(v: Decimal) -> float:
            return bottom - (bottom - top) * int((v - lo) * 10000 // (hi - lo)) / 10000  # pixels

        p.setPen(QPen(QColor("#cfd8dc")))
        p.drawRect(QRectF(left, top, right - left, bottom - top))
        p.setPen(QColor("#607d8b"))
        for v in (lo, ZERO, hi):
            p.drawText(QRectF(0, y(v) - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, amount(v, self.lang))
        p.drawText(QRectF(left, bottom + 2, 120, 18), Qt.AlignmentFlag.AlignLeft, day(start, self.lang))
        p.drawText(QRectF(right - 120, bottom + 2, 120, 18), Qt.AlignmentFlag.AlignRight, day(end, self.lang))
        p.setPen(QPen(QColor("#90a4ae"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(left, y(ZERO)), QPointF(right, y(ZERO)))
        if start <= self.today <= end:
            p.setPen(QPen(QColor("#1565c0"), 1.5))
            p.drawLine(QPointF(x(self.today), top), QPointF(x(self.today), bottom))
        prev_x, prev_v = left, ZERO
        for d, v in self.points:
            xx = x(d)
            color = SEVERITY_COLOR[Severity.ERROR] if prev_v < 0 else QColor("#2e7d32")
            p.setPen(QPen(color, 2))
            p.drawLine(QPointF(prev_x, y(prev_v)), QPointF(xx, y(prev_v)))
            p.drawLine(QPointF(xx, y(prev_v)), QPointF(xx, y(v)))
            prev_x, prev_v = xx, v
        p.setPen(QPen(SEVERITY_COLOR[Severity.ERROR] if prev_v < 0 else QColor("#2e7d32"), 2))
        p.drawLine(QPointF(prev_x, y(prev_v)), QPointF(right, y(prev_v)))


class LedgerScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        loc_cols = [
            Column(self.tr("Location"), lambda r: f"{r[0].country} — {texts.word('role', r[0].role.value, lang)}"),
            Column(self.tr("Credits"), lambda r: amount(r[1], lang), right=True,
                   foreground=lambda r: SEVERITY_COLOR[Severity.ERROR] if r[1] < 0 else None),
            Column(self.tr("Hours"), lambda r: amount(r[2], lang), right=True,
                   foreground=lambda r: SEVERITY_COLOR[Severity.ERROR] if r[2] < 0 else None),
        ]
        self.loc_model = RowsModel(loc_cols, parent=self)
        self.loc_view = table("ledger_locations")
        self.loc_view.setModel(self.loc_model)
        self.loc_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_location())
        cols = [
            Column(self.tr("Date"), lambda r: day(r[0].on, lang), sort=lambda r: r[0].on),
            Column(self.tr("Entry"), lambda r: texts.word("kind", r[0].kind.value, lang)),
            Column(self.tr("Credits"), lambda r: _signed(r[0].credits_delta, lang), right=True),
            Column(self.tr("Hours"), lambda r: _signed(r[0].hours_delta, lang), right=True),
            Column(self.tr("Credit balance"), lambda r: amount(r[1], lang), right=True,
                   foreground=lambda r: SEVERITY_COLOR[Severity.ERROR] if r[1] < 0 else None),
            Column(self.tr("Hours balance"), lambda r: amount(r[2], lang), right=True,
                   foreground=lambda r: SEVERITY_COLOR[Severity.ERROR] if r[2] < 0 else None),
            Column(self.tr("Reference"), lambda r: r[0].reference),
            Column(self.tr("Other location"), lambda r: r[0].counterparty),
            Column(self.tr("Notes"), lambda r: texts.note_text(r[0].notes, lang)),
        ]
        self.model = RowsModel(cols, parent=self)
        self.view = table("ledger_table", stretch=True,
                          hint=self.tr("No entries for this location yet: record a grant with Grant…."))
        self.view.setModel(self.model)
        self.find = install_find(self, self.view)
        # Enter/F2: a correcting adjustment; Delete: said why an entry is never removed
        table_keys(self.view, lambda: self.buttons["adjust"].isEnabled() and self.act("adjust"), self.explain_no_delete)
        # the filter row: kind of entry and dates, combined with Ctrl+F's words (the location
        # is the list on the left)
        from app.domain.enums import LedgerKind

        from .filters import FilterRow

        self.filters = FilterRow("ledger_filters")
        self.filters.add_combo("kind", "", self.tr("All entries"),
                               [(texts.word("kind", k.value, lang), k.value) for k in LedgerKind], 12)
        self.filters.add_dates(self.tr("Dates"), "–")
        self.filters.finish(self.tr("Clear filters"))
        self.filters.changed.connect(self._apply_filters)
        self.chart = BalanceChart()
        self.buttons = {}
        bar = QHBoxLayout()
        for key, text, ic in (("grant", self.tr("Grant…"), "add"), ("draw", self.tr("Draw…"), "credits"),
                              ("adjust", self.tr("Adjust…"), "edit"), ("transfer", self.tr("Transfer…"), "export")):
            b = tool_button(text, ic, f"ledger_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.buttons[key] = b
            bar.addWidget(b)
        bar.addStretch()
        left = QWidget()
        left.setMinimumWidth(300)
        self.left_pane = left
        self._balances: tuple | None = None  # (work order, its balances today), read by refresh
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Support locations")))
        ll.addWidget(self.loc_view, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        tb = QVBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addWidget(self.filters)
        # the location's pools as the balances engine counts them (what statements and checks say)
        self.pool_summary = QLabel()
        self.pool_summary.setObjectName("ledger_pool_summary")
        self.pool_summary.setWordWrap(True)
        tb.addWidget(self.pool_summary)
        tb.addWidget(self.view, 1)
        right.addWidget(table_box)
        right.addWidget(self.chart)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        wo = self.ctx.work_order()
        current = self.current_location()
        if wo is None:
            self.title.setText(self.tr("Credits and hours"))
            self.loc_model.set_rows([])
            self.model.set_rows([])
        else:
            self.title.setText(shown(f"{self.tr('Credits and hours')} · {wo.number} · {wo.customer}"))
            self._balances = (wo, work_order_balances(wo, self.ctx.today))  # once per refresh
            bal = pool_remaining(wo, self.ctx.today, self._balances[1])
            locs = sorted(wo.locations, key=lambda loc: (loc.role is not Role.HOST, loc.id or 0))
            self.loc_model.set_rows([(loc, bal[loc.id]["credits"], bal[loc.id]["hours"]) for loc in locs])
            self.loc_view.resizeColumnsToContents()
            # wide enough for its columns (a downstream location's name is long in Kazakh)
            view = self.loc_view
            needed = (sum(view.columnWidth(c) for c in range(self.loc_model.columnCount()))
                      + view.verticalHeader().width() + 2 * view.frameWidth() + 4)
            self.left_pane.setMinimumWidth(max(300, needed))
            row = next((i for i, r in enumerate(self.loc_model.rows) if r[0].id == current), 0)
            if self.loc_model.rows:
                self.loc_view.selectRow(row)
        editable = wo is not None and not self.ctx.readonly
        for key, b in self.buttons.items():
            b.setEnabled(editable and (key != "transfer" or len(wo.locations) > 1))
        self._show_location()

    def current_location(self) -> int | None:
        r = self.loc_model.row(self.loc_view.currentIndex())
        return r[0].id if r else None

    def _show_location(self) -> None:
        wo: WorkOrder | None = self.ctx.work_order()
        loc_id = self.current_location()
        if wo is None or loc_id is None:
            self.model.set_rows([])
            self.pool_summary.setText("")
            self.chart.set_data([], None, self.ctx.today, "", self.ctx.lang)
            return
        lang = self.ctx.lang
        known = self._balances[1] if self._balances and self._balances[0] is wo else None
        ledger = location_ledger(wo, loc_id, self.ctx.today, known)
        rows = ledger.rows
        self.model.set_rows(rows)
        self._apply_filters()
        self.view.resizeColumnsToContents()
        loc = wo.location(loc_id)
        self.pool_summary.setText(shown("\n".join(_pool_line(b, lang) for b in ledger.pools.values())))
        points = [(wo.term_start, ledger.opening_credits)] if ledger.opening_credits else []
        points += [(e.on, c) for e, c, _h in rows]
        credits = ledger.pools.get("credits")
        for m in credits.movements if credits else []:
            if m.figure == "expired" and m.on is not None:  # what was left ends at the term end
                points.append((m.on, (points[-1][1] if points else ZERO) - m.amount))
        self.chart.set_data(points, (wo.term_start, wo.term_end), self.ctx.today,
                            self.tr("Credit balance of %1 over the term").replace("%1", loc.country),
                            self.ctx.lang)

    def _apply_filters(self) -> None:
        f = self.filters
        kind = f.value("kind")
        lo, hi = f.dates()

        def keep(r: int) -> bool:
            now = self.model.rows
            if r >= len(now):
                return True
            e = now[r][0]
            return (kind is None or e.kind.value == kind) and (lo is None or e.on >= lo) and (hi is None or e.on <= hi)

        self.find.set_row_filter(keep if f.active() else None)
        total = len(self.model.rows)
        f.count.setText(self.tr("%1 of %2 entries").replace("%1", str(self.find.shown)).replace("%2", str(total))
                        if f.active() else "")

    def act(self, key: str) -> None:
        wo = self.ctx.work_order()
        if wo is None or self.ctx.readonly:
            return
        loc = self.current_location()
        dlg = TransferDialog(self.ctx, wo, loc, self) if key == "transfer" else EntryDialog(self.ctx, wo, key, loc, self)
        dlg.exec()

    def explain_no_delete(self) -> None:
        """The ledger is append-only (USSD 2.2): an entry is corrected, not removed."""
        from .widgets import inform

        inform(self, self.tr("Credits and hours"),
               self.tr("Ledger entries are never removed: record a correcting adjustment instead (Adjust…)."),
               QMessageBox.Icon.Information)

    def show_subject(self, kind: str, key: str) -> None:
        if kind == "location":
            for r, row in enumerate(self.loc_model.rows):
                if row[0].country == key:
                    self.loc_view.selectRow(r)


def _signed(value: Decimal, lang: str) -> str:
    if not value:
        return ""
    return ("+" if value > 0 else "") + amount(value, lang)
