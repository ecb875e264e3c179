"""Work order: the header as a form saved field by field (bad input is refused at the field
with the reason, before saving), then tabs: Locations, Services, Flex, History."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import texts
from app.domain.catalog import catalog
from app.domain.enums import Funding, Role
from app.domain.money import ZERO, AmountError, flex_credit_cap_usd
from app.domain.rules import FLEX_CAPPED, line_usage
from app.services import planning

from .context import SaveFailed
from .failures import esc, plain, shown
from .history_view import new_text, old_text, record_label
from .icons import mark_html
from .models import Column, RowsModel
from .widgets import (
    CURRENCY_VALIDATOR,
    AmountField,
    DateField,
    FieldErrors,
    amount,
    ask,
    day,
    exact,
    icon,
    inform,
    limit_sizing,
    problems_text,
    table_keys,
)
from .workorder_dialogs import LineDialog, LocationDialog, NewWorkOrderDialog

HEADER_AMOUNTS = ("rate_to_usd", "base_amount", "flex_allowance", "cancel_fee_pct")
HEADER_DATES = ("term_start", "term_end", "signed_on")


class HintTable(QTableView):
    """A table that says what to do next when it has no rows (``hint``), or that its filters hide
    every row (``filtered_hint``), instead of a blank grid."""

    hint = ""
    filtered_hint = ""

    def empty_text(self) -> str:
        from PySide6.QtCore import QSortFilterProxyModel

        m = self.model()
        if m is None or m.rowCount() > 0:
            return ""
        if isinstance(m, QSortFilterProxyModel) and m.sourceModel() is not None and m.sourceModel().rowCount() > 0:
            return self.filtered_hint
        return self.hint

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        text = self.empty_text()
        if text:
            from PySide6.QtGui import QPainter

            p = QPainter(self.viewport())
            p.setPen(self.palette().placeholderText().color())
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                       text)
            p.end()


def table(name: str, stretch: bool = False, hint: str = "", filtered_hint: str = "") -> QTableView:
    v = HintTable()
    v.hint, v.filtered_hint = hint, filtered_hint
    v.setObjectName(name)
    v.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    v.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.verticalHeader().hide()
    v.horizontalHeader().setStretchLastSection(stretch)
    limit_sizing(v)
    return v


def tool_button(text: str, icon_name: str, name: str) -> QPushButton:
    b = QPushButton(icon(icon_name), text)
    b.setObjectName(name)
    return b


class WorkOrderScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        self.errors = FieldErrors(lang)
        self.title = plain(QLabel())
        self.title.setObjectName("wo_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.new_button = tool_button(self.tr("New work order…"), "add", "new_work_order")
        self.new_button.clicked.connect(self.new_work_order)
        self.archive_button = tool_button(self.tr("Archive"), "backup", "archive_work_order")
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button = tool_button(self.tr("Delete…"), "remove", "delete_work_order")
        self.delete_button.clicked.connect(self.delete_work_order)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.archive_button)
        head.addWidget(self.delete_button)
        head.addWidget(self.new_button)

        # -- the header form
        self.fields: dict[str, QWidget] = {}
        for name in HEADER_DATES:
            w = DateField(optional=(name == "signed_on"))
            w.editingFinished.connect(lambda n=name: self.save_field(n))
            self.fields[name] = w
        self.currency = QLineEdit()
        self.currency.setValidator(CURRENCY_VALIDATOR)
        self.currency.editingFinished.connect(lambda: self.save_field("currency"))
        self.fields["currency"] = self.currency
        for name in HEADER_AMOUNTS:
            w = AmountField(lang)
            w.editingFinished.connect(lambda n=name: self.save_field(n))
            self.fields[name] = w
        for name, w in self.fields.items():
            w.setObjectName(name)
        self.labels = {
            "term_start": self.tr("Term start"), "term_end": self.tr("Term end"),
            "signed_on": self.tr("Signed on"), "currency": self.tr("Currency"),
            "rate_to_usd": self.tr("Rate to USD"), "base_amount": self.tr("Base amount"),
            "flex_allowance": self.tr("Flex allowance, per year"), "cancel_fee_pct": self.tr("Cancellation fee, %"),
        }
        box = QGroupBox(self.tr("Work order"))
        grid = QGridLayout(box)
        order = ["term_start", "currency", "base_amount", "term_end", "rate_to_usd", "flex_allowance",
                 "signed_on", "cancel_fee_pct"]
        for i, name in enumerate(order):
            r, c = divmod(i, 3)
            label = QLabel(self.labels[name])
            label.setBuddy(self.fields[name])
            self.fields[name].setMinimumWidth(150)
            self.fields[name].setMaximumWidth(240)
            grid.addWidget(label, 2 * r, 2 * c)
            grid.addWidget(self.fields[name], 2 * r, 2 * c + 1)
            grid.addWidget(self.errors.label_for(name, self.fields[name]), 2 * r + 1, 2 * c + 1)
        grid.setColumnStretch(6, 1)
        self.customer_label = plain(QLabel())
        grid.addWidget(self.customer_label, 4, 4, 1, 3)

        # -- tabs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("wo_tabs")
        self.tabs.addTab(self._locations_tab(), self.tr("Locations"))
        self.tabs.addTab(self._services_tab(), self.tr("Services"))
        self.tabs.addTab(self._flex_tab(), self.tr("Flex"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.empty = QLabel(self.tr("No work order yet. Create one, import a workbook, or load the demo portfolio."))
        self.empty.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.empty)
        lay.addWidget(box)
        lay.addWidget(self.tabs, 1)
        self.header_box = box
        prev = self.new_button
        for name in order:
            self.setTabOrder(prev, self.fields[name])
            prev = self.fields[name]
        self.setTabOrder(prev, self.tabs)
        self.refresh()

    # ------------------------------------------------------------ tabs
    def _locations_tab(self) -> QWidget:
        lang = self.ctx.lang
        cols = [
            Column(self.tr("Role"), lambda loc: texts.word("role", loc.role.value, lang),
                   sort=lambda loc: (loc.role is not Role.HOST, loc.country)),
            Column(self.tr("Country"), lambda loc: texts.country_label(loc.country, lang)),
            Column(self.tr("Currency"), lambda loc: loc.currency),
            Column(self.tr("Rate to USD"), lambda loc: exact(loc.rate_to_usd, lang), right=True),
            Column(self.tr("Value of one credit"), lambda loc: f"{amount(loc.credit_value, lang)} {loc.currency}",
                   right=True),
        ]
        self.loc_model = RowsModel(cols, parent=self)
        self.loc_view = table("locations_table")
        self.loc_view.setModel(self.loc_model)
        self.loc_view.doubleClicked.connect(lambda _i: self.edit_location())
        add = tool_button(self.tr("Add…"), "add", "add_location")
        edit = tool_button(self.tr("Edit…"), "edit", "edit_location")
        rm = tool_button(self.tr("Remove"), "remove", "remove_location")
        add.clicked.connect(self.add_location)
        edit.clicked.connect(self.edit_location)
        rm.clicked.connect(self.remove_location)
        self.edit_buttons = [add, edit, rm]
        table_keys(self.loc_view, self.edit_location,  # Enter/F2 edit, Delete removes (asked first)
                   lambda: self._if_enabled(rm, self.remove_location))
        return self._tab(self.loc_view, [add, edit, rm])

    def _services_tab(self) -> QWidget:
        lang = self.ctx.lang
        cat = catalog()
        svc = lambda ln: cat.get(ln.service)  # noqa: E731

        def loc_text(ln):
            wo = self.ctx.work_order()
            loc = wo.location(ln.location_id) if wo else None
            return loc.country if loc else "—"

        def used(ln):
            u = self.usage.get(ln.line_no, {})
            return amount(u.get("requested", ZERO), lang)

        cols = [
            Column(self.tr("No."), lambda ln: str(ln.line_no), sort=lambda ln: ln.line_no, right=True),
            Column("✓/+", lambda ln: svc(ln).mark if svc(ln) else "?",
                   tooltip=lambda ln: (self.tr("In the Base Package") if svc(ln) and svc(ln).base
                                       else self.tr("Bought on top of the Base Package"))),
            Column(self.tr("Service"), lambda ln: svc(ln).name(lang) if svc(ln) else ln.service,
                   tooltip=lambda ln: ln.service),
            Column(self.tr("Category"), lambda ln: cat.category_name(svc(ln).category, lang) if svc(ln) else ""),
            Column(self.tr("Quantity"), lambda ln: amount(ln.quantity, lang), sort=lambda ln: ln.quantity, right=True),
            Column(self.tr("Unit"), lambda ln: texts.word("unit", ln.unit.value, lang)),
            Column(self.tr("Requested"), used, right=True),
            # from the one balances engine (app.domain.balances); a pool line shows its pool
            *(Column(title, (lambda ln, f=f: self._figure(ln, f)), right=True,
                     tooltip=self._pool_tip) for title, f in (
                (self.tr("Delivered"), "delivered"), (self.tr("Scheduled"), "scheduled"),
                (self.tr("Remaining"), "remaining"), (self.tr("Available"), "available"))),
            Column(self.tr("Location"), loc_text),
            Column(self.tr("Paid from"), lambda ln: texts.word("funding", ln.funding.value, lang)),
            Column(self.tr("Unit price"), lambda ln: amount(ln.unit_price, lang), sort=lambda ln: ln.unit_price,
                   right=True),
            Column(self.tr("Flex year"), lambda ln: str(ln.flex_year or ""), right=True),
            Column(self.tr("Notes"), lambda ln: ln.notes),
        ]
        self.usage: dict = {}
        self.line_model = RowsModel(cols, parent=self)
        self.line_view = table("lines_table", stretch=True,
                               hint=self.tr("No services bought yet: add the work order's lines with Add…."))
        self.line_view.setModel(self.line_model)
        self.line_view.doubleClicked.connect(lambda _i: self.edit_line())
        add = tool_button(self.tr("Add…"), "add", "add_line")
        edit = tool_button(self.tr("Edit…"), "edit", "edit_line")
        rm = tool_button(self.tr("Remove"), "remove", "remove_line")
        add.clicked.connect(self.add_line)
        edit.clicked.connect(self.edit_line)
        rm.clicked.connect(self.remove_line)
        self.edit_buttons += [add, edit, rm]
        table_keys(self.line_view, self.edit_line, lambda: self._if_enabled(rm, self.remove_line))
        return self._tab(self.line_view, [add, edit, rm])

    def _flex_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.flex_summary = QLabel()
        self.flex_summary.setObjectName("flex_summary")
        self.flex_summary.setTextFormat(Qt.TextFormat.RichText)
        self.flex_summary.setWordWrap(True)
        lang = self.ctx.lang
        cols = [
            Column(self.tr("Flex year"), lambda r: r[0], right=True),
            Column(self.tr("Allocated"), lambda r: amount(r[1], lang), sort=lambda r: r[1], right=True),
            Column(self.tr("In USD"), lambda r: amount(r[2], lang), sort=lambda r: r[2], right=True),
            Column(self.tr("Of which credits and custom services"), lambda r: amount(r[3], lang),
                   sort=lambda r: r[3], right=True),
        ]
        self.flex_model = RowsModel(cols, parent=self)
        view = table("flex_table")
        view.setModel(self.flex_model)
        view.horizontalHeader().setSectionResizeMode(view.horizontalHeader().ResizeMode.ResizeToContents)
        lay.addWidget(self.flex_summary)
        lay.addWidget(view, 1)
        return w

    def _history_tab(self) -> QWidget:
        lang = self.ctx.lang
        tables = {"customer": self.tr("Customer"), "work_order": self.tr("Work order"),
                  "location": self.tr("Location"), "service_line": self.tr("Service"),
                  "delivery": self.tr("Delivery"), "ledger_entry": self.tr("Ledger entry")}
        tables["delivery_event"] = tables["delivery"]  # its change events, in words
        actions = {"insert": self.tr("added"), "update": self.tr("changed"), "delete": self.tr("removed")}
        fields = {**self.labels, "status": self.tr("Status"), "first_day": self.tr("First day"),
                  "last_day": self.tr("Last day"), "requested_on": self.tr("Requested on"),
                  "changed_on": self.tr("Changed on"), "moved_from": self.tr("Moved from"),
                  "fee": self.tr("Fee"), "credits": self.tr("Credits"), "hours": self.tr("Hours"),
                  "quantity": self.tr("Quantity"), "unit_price": self.tr("Unit price"), "notes": self.tr("Notes"),
                  "title": self.tr("Title"), "location_id": self.tr("Location"), "country": self.tr("Country"),
                  "role": self.tr("Role"), "credit_value": self.tr("Value of one credit"),
                  "flex_year": self.tr("Flex year"), "funding": self.tr("Paid from")}
        fields.update({"service": self.tr("Service"), "mode": self.tr("Mode"), "kind": self.tr("Kind"),
                       "entry_date": self.tr("Date"), "reference": self.tr("Reference"), "ref": self.tr("Ref"),
                       "unit": self.tr("Unit"), "line_no": self.tr("Line"), "number": self.tr("Number")})

        cols = [
            Column(self.tr("When"), lambda h: _when(h.when, lang), sort=lambda h: h.when),
            Column(self.tr("User"), lambda h: str(h.user or "")),
            Column(self.tr("Record"), lambda h: f"{tables.get(h.table, h.table)} {record_label(h, lang)}".strip()),
            Column(self.tr("Change"), lambda h: actions.get(h.action, "")),
            Column(self.tr("Field"), lambda h: fields.get(h.field) or texts.field_name(h.field or "", lang)),
            Column(self.tr("Old value"), lambda h: old_text(h, lang, self._countries),
                   tooltip=lambda h: old_text(h, lang, self._countries)),
            Column(self.tr("New value"), lambda h: new_text(h, lang, self._countries),
                   tooltip=lambda h: new_text(h, lang, self._countries)),
        ]
        self._countries: dict[int, str] = {}  # location id -> country, of the work order shown
        self.history_model = RowsModel(cols, parent=self)
        view = table("history_table", stretch=True)
        view.setModel(self.history_model)
        view.setWordWrap(False)  # one line a change; a long value ends in "…" (whole in its tooltip)
        self.history_view = view
        self.history_note = plain(QLabel())
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(self.history_note)
        lay.addWidget(view, 1)
        return w

    def _tab(self, view: QTableView, btns: list[QPushButton]) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        row = QHBoxLayout()
        for b in btns:
            row.addWidget(b)
        row.addStretch()
        lay.addLayout(row)
        lay.addWidget(view, 1)
        return w

    # ------------------------------------------------------------ data
    def _figure(self, ln, name: str) -> str:
        b = getattr(self, "figures", {}).get(ln.line_no)
        lines = getattr(self, "pool_lines", {}).get(ln.line_no)
        if lines and ln.line_no != lines[0]:  # a pool bought by several lines: its figures once
            return self.tr("in line %1").replace("%1", str(lines[0]))
        return amount(getattr(b, name), self.ctx.lang) if b is not None else ""

    def _pool_tip(self, ln) -> str:
        lines = getattr(self, "pool_lines", {}).get(ln.line_no)
        if not lines:
            return ""
        return (self.tr("One pool bought by lines %1: its figures are shown once, on line %2.")
                .replace("%1", ", ".join(str(n) for n in lines)).replace("%2", str(lines[0])))

    def refresh(self) -> None:
        wo = self.ctx.work_order()
        has = wo is not None
        self.empty.setVisible(not has)
        self.header_box.setVisible(has)
        self.tabs.setVisible(has)
        editable = not self.ctx.readonly
        self.new_button.setEnabled(editable)
        for b in self.edit_buttons:
            b.setEnabled(editable and has)
        for w in self.fields.values():
            w.setEnabled(editable and has)
        self.archive_button.setEnabled(editable and has)
        self.delete_button.setEnabled(editable and has)
        if not has:
            self.title.setText(self.tr("Work order"))
            return
        title = f"{wo.number} · {wo.customer}"
        if wo.archived_on is not None:
            title += " · " + self.tr("archived on %1").replace("%1", day(wo.archived_on, self.ctx.lang))
        self.title.setText(shown(title))
        self.archive_button.setText(self.tr("Unarchive") if wo.archived_on else self.tr("Archive"))
        self.customer_label.setText(shown(self.tr("Customer: %1").replace("%1", wo.customer)))
        self.errors.clear()
        for name in HEADER_DATES:
            self.fields[name].blockSignals(True)
            self.fields[name].set_value(getattr(wo, name))
            self.fields[name].blockSignals(False)
        self.currency.setText(wo.currency)
        for name in HEADER_AMOUNTS:
            self.fields[name].set_value(getattr(wo, name))
        self.loc_model.set_rows(sorted(wo.locations, key=lambda loc: (loc.role is not Role.HOST, loc.id or 0)))
        self.usage = line_usage(wo)
        from app.domain.balances import line_figures

        self.figures = line_figures(wo, self.ctx.today)
        shared: dict[int, list[int]] = defaultdict(list)  # the lines showing one pool's figures
        for no, b in sorted(self.figures.items()):
            if b.kind != "line":
                shared[id(b)].append(no)
        self.pool_lines = {no: nos for nos in shared.values() if len(nos) > 1 for no in nos}
        self.line_model.set_rows(sorted(wo.lines, key=lambda ln: ln.line_no))
        self.loc_view.resizeColumnsToContents()
        self.line_view.resizeColumnsToContents()
        self.line_view.setColumnWidth(2, min(self.line_view.columnWidth(2), 260))
        self.line_view.setColumnWidth(3, min(self.line_view.columnWidth(3), 170))
        self._refresh_flex(wo)
        self._refresh_history(wo)

    def _refresh_flex(self, wo) -> None:
        lang = self.ctx.lang
        by_year: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
        for ln in wo.lines:
            if ln.funding is Funding.FLEX:
                y = by_year[ln.flex_year or 0]
                y[0] += ln.value
                if ln.service in FLEX_CAPPED:
                    y[1] += ln.value
        rows = [(str(y) if y else "—", v[0], v[0] * wo.rate_to_usd, v[1]) for y, v in sorted(by_year.items())]
        self.flex_model.set_rows(rows)
        total_usd = wo.flex_allowance * wo.rate_to_usd
        allocated = sum((r[1] for r in rows), ZERO)
        capped_usd = sum((r[3] for r in rows), ZERO) * wo.rate_to_usd
        cap = flex_credit_cap_usd(total_usd)
        room = cap - capped_usd
        lines = [esc(line) for line in (
            self.tr("Flex allowance: %1 %2 (USD %3)").replace("%1", amount(wo.flex_allowance, lang))
            .replace("%2", wo.currency).replace("%3", amount(total_usd, lang)),
            self.tr("Allocated to services: %1 %2; not allocated: %3 %2")
            .replace("%1", amount(allocated, lang)).replace("%2", wo.currency)
            .replace("%3", amount(wo.flex_allowance - allocated, lang)),
            self.tr("Cap for proactive credits and custom proactive services: USD %1 "
                    "(20% of the allowance or USD 50,000, whichever is greater, at most the allowance)")
            .replace("%1", amount(cap, lang)),
        )]
        if room >= 0:
            lines.append("<b>" + esc(self.tr("May still go to credits under the cap: USD %1")
                                     .replace("%1", amount(room, lang))) + "</b>")
        else:
            lines.append("<b style='color:#c62828'>" + mark_html("error") + " " + esc(self.tr("Over the cap by USD %1 (USSD 2.1)")
                                                             .replace("%1", amount(-room, lang))) + "</b>")
        self.flex_summary.setText("<br>".join(lines))

    def _refresh_history(self, wo) -> None:
        try:
            from app.services.history import work_order_history
        except ImportError:
            self.history_note.setText(self.tr("The history of changes is not available in this version."))
            self.history_model.set_rows([])
            return
        try:
            items = list(work_order_history(self.ctx.db, wo.number))
        except Exception as exc:  # a boundary: logged, said on the tab, never a crash
            import logging

            from .failures import reason_words, storage_reason

            logging.getLogger(__name__).warning("history not read", exc_info=exc)
            reason = storage_reason(exc)
            why = reason_words(reason) if reason else type(exc).__name__
            self.history_note.setText(self.tr("The history could not be read: %1").replace("%1", why))
            items = []
        else:
            self.history_note.setText(self.tr("%1 changes, newest first").replace("%1", str(len(items))))
        self._countries = {loc.id: loc.country for loc in wo.locations}
        self.history_model.set_rows(sorted(items, key=lambda h: h.when, reverse=True))
        self.history_view.resizeColumnsToContents()
        self.history_view.setColumnWidth(5, min(self.history_view.columnWidth(5), 240))  # old value

    # ------------------------------------------------------------ saving
    def field_value(self, name: str):
        w = self.fields[name]
        if name in HEADER_DATES:
            return w.value()
        if name == "currency":
            return w.text().strip().upper()
        return w.value()

    def save_field(self, name: str) -> bool:
        """Save one header field at once; refuse it at the field with the reason."""
        wo = self.ctx.work_order()
        if wo is None or self.ctx.readonly:
            return False
        try:
            value = self.field_value(name)
        except AmountError as exc:
            self.errors.show([(name, exc.reason)])
            return False
        if value == getattr(wo, name):
            self.errors.clear()
            return True
        try:
            self.ctx.apply(lambda: planning.update_work_order(self.ctx.db, wo.number, based_on=wo.version,
                                                              **{name: value}),
                           self.labels[name])
        except SaveFailed:
            return False  # said; the field shows the stored value again
        except planning.ValidationError as exc:
            rest = self.errors.show(exc.problems, self.labels)
            if rest:
                inform(self, self.tr("Not saved"), "\n".join(rest))
            return False
        self.errors.clear()
        return True

    def new_work_order(self) -> None:
        dlg = NewWorkOrderDialog(self.ctx, self)
        if dlg.exec() and dlg.result_cs:
            self.ctx.set_current(dlg.result_cs.work_order)

    @staticmethod
    def _if_enabled(button: QPushButton, action) -> None:
        """A key does what its button does, only when the button may be pressed (not read-only)."""
        if button.isEnabled():
            action()

    def toggle_archive(self) -> None:
        """Archive the work order (kept, hidden from the portfolio by default) or bring it back."""
        wo = self.ctx.work_order()
        if wo is None or self.ctx.readonly:
            return
        if wo.archived_on is None:
            self._run(lambda: planning.archive_work_order(self.ctx.db, wo.number, self.ctx.today),
                      self.tr("Archive work order"))
        else:
            self._run(lambda: planning.unarchive_work_order(self.ctx.db, wo.number), self.tr("Unarchive work order"))

    def delete_work_order(self) -> None:
        """Delete the work order and all its records (Undo puts them back); refused, and said
        why, while it has ledger entries and is not archived."""
        wo = self.ctx.work_order()
        if wo is None or self.ctx.readonly:
            return
        if wo.ledger and wo.archived_on is None:
            inform(self, self.tr("Delete work order"),
                   self.tr("%1 has ledger entries: it is not deleted. Archive it first (it is then hidden from "
                           "the portfolio); an archived work order can be deleted.").replace("%1", wo.number))
            return
        if not ask(self, self.tr("Delete work order"),
                   self.tr("Delete %1 with its locations, services, deliveries and ledger? Undo (Ctrl+Z) puts it "
                           "back.").replace("%1", wo.number), self.tr("Delete"), default_no=True):
            return
        self._run(lambda: planning.delete_work_order(self.ctx.db, wo.number), self.tr("Delete work order"))

    def _selected(self, view: QTableView, model: RowsModel):
        return model.row(view.currentIndex())

    def add_location(self) -> None:
        wo = self.ctx.work_order()
        if wo:
            LocationDialog(self.ctx, wo, None, self).exec()

    def edit_location(self) -> None:
        wo, loc = self.ctx.work_order(), self._selected(self.loc_view, self.loc_model)
        if wo and loc and not self.ctx.readonly:
            LocationDialog(self.ctx, wo, loc, self).exec()

    def remove_location(self) -> None:
        wo, loc = self.ctx.work_order(), self._selected(self.loc_view, self.loc_model)
        if not (wo and loc):
            return
        if not ask(self, self.tr("Remove location"),
                   self.tr("Remove the support location %1? Lines and deliveries there keep no location.")
                   .replace("%1", loc.country), self.tr("Remove"), default_no=True):
            return
        self._run(lambda: planning.delete_location(self.ctx.db, wo.number, loc.id), self.tr("Remove location"))

    def add_line(self) -> None:
        wo = self.ctx.work_order()
        if wo:
            LineDialog(self.ctx, wo, None, self).exec()

    def edit_line(self) -> None:
        wo, ln = self.ctx.work_order(), self._selected(self.line_view, self.line_model)
        if wo and ln and not self.ctx.readonly:
            LineDialog(self.ctx, wo, ln, self).exec()

    def remove_line(self) -> None:
        wo, ln = self.ctx.work_order(), self._selected(self.line_view, self.line_model)
        if not (wo and ln):
            return
        if ask(self, self.tr("Remove service"),
               self.tr("Remove line %1 from the work order?").replace("%1", str(ln.line_no)), self.tr("Remove"),
               default_no=True):
            self._run(lambda: planning.delete_line(self.ctx.db, wo.number, ln.id), self.tr("Remove service"))

    def _run(self, action, what: str = "") -> None:
        try:
            self.ctx.apply(action, what)
        except SaveFailed:
            pass  # said, and the work order read again
        except planning.ValidationError as exc:
            inform(self, self.tr("Not saved"), problems_text(exc.problems, {"location": self.tr("Location")},
                                                             self.ctx.lang))

    def show_subject(self, kind: str, key: str) -> None:
        if kind == "line":
            self.tabs.setCurrentIndex(1)
            for r, ln in enumerate(self.line_model.rows):
                if str(ln.line_no) == key:
                    self.line_view.selectRow(r)
        elif kind == "location":
            self.tabs.setCurrentIndex(0)
            for r, loc in enumerate(self.loc_model.rows):
                if loc.country == key:
                    self.loc_view.selectRow(r)


def _when(value, lang: str) -> str:
    from datetime import date, datetime

    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return f"{day(local.date(), lang)} {local:%H:%M}"
    if isinstance(value, date):
        return day(value, lang)
    return str(value)
