"""Dialogs of the Work order screen: a new work order, a support location, a purchased line
with the catalog picker. They gather values and call a service; the service decides."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
)

from app import texts
from app.domain.catalog import catalog
from app.domain.enums import Funding, Role, Unit
from app.domain.model import Location, ServiceLine, WorkOrder
from app.domain.money import ZERO
from app.services import planning

from .forms import FormDialog
from .models import Column, FilterProxy, RowsModel
from .widgets import AmountField, DateField, fill_combo


def _upper_validator(n: int, parent) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(f"^[A-Za-z]{{0,{n}}}$"), parent)


class NewWorkOrderDialog(FormDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, self.tr("New work order"), self.tr("Create"), parent)
        self.number = QLineEdit()
        self.customer = QLineEdit()
        self.start = DateField()
        self.end = DateField()
        today = ctx.today
        self.start.set_value(today)
        self.end.set_value(today.replace(year=today.year + 1) if not (today.month == 2 and today.day == 29)
                           else today.replace(year=today.year + 1, day=28))
        self.currency = QLineEdit("USD")
        self.currency.setValidator(_upper_validator(3, self))
        self.fee = AmountField(ctx.lang)
        default_fee = ctx.settings.default_fee_pct if ctx.settings else Decimal(100)
        self.fee.set_value(default_fee)
        self.row(self.tr("Work order number"), "number", self.number)
        self.row(self.tr("Customer"), "customer", self.customer)
        self.row(self.tr("Term start"), "term_start", self.start)
        self.row(self.tr("Term end"), "term_end", self.end)
        self.row(self.tr("Currency"), "currency", self.currency)
        self.row(self.tr("Cancellation fee, %"), "cancel_fee_pct", self.fee)
        self.resize(460, self.sizeHint().height())

    def collect(self) -> dict:
        return {"number": self.number.text().strip(), "customer": self.customer.text().strip(),
                "term_start": self.start.value(), "term_end": self.end.value(),
                "currency": self.currency.text().upper(),
                "cancel_fee_pct": self.amount("cancel_fee_pct", Decimal(100))}

    def save(self, v: dict):
        wo = WorkOrder(id=None, number=v["number"], customer=v["customer"], term_start=v["term_start"], term_end=v["term_end"], signed_on=None,
                       currency=v["currency"], rate_to_usd=Decimal(1), base_amount=ZERO, flex_allowance=ZERO, cancel_fee_pct=v["cancel_fee_pct"])
        return planning.create_work_order(self.ctx.db, wo)


def country_items(lang: str) -> list[tuple[str, str]]:
    import pycountry

    items = [(texts.country_label(c.alpha_2, lang), c.alpha_2) for c in pycountry.countries]
    return sorted(items)


class LocationDialog(FormDialog):
    def __init__(self, ctx, wo: WorkOrder, loc: Location | None = None, parent=None):
        title = self.tr("Edit support location") if loc else self.tr("Add support location")
        super().__init__(ctx, title, self.tr("Save"), parent)
        self.wo, self.loc = wo, loc
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_combo(self.country, country_items(ctx.lang), loc.country if loc else None)
        if not loc:
            self.country.setCurrentIndex(-1)
        self.role = QComboBox()
        fill_combo(self.role, [(texts.word("role", r.value, ctx.lang), r.value) for r in Role],
                   (loc.role.value if loc else (Role.DOWNSTREAM.value if wo.host else Role.HOST.value)))
        self.currency = QLineEdit(loc.currency if loc else wo.currency)
        self.currency.setValidator(_upper_validator(3, self))
        self.rate = AmountField(ctx.lang)
        self.rate.set_value(loc.rate_to_usd if loc else wo.rate_to_usd)
        self.value = AmountField(ctx.lang)
        self.value.set_value(loc.credit_value if loc else None)
        self.row(self.tr("Country"), "country", self.country)
        self.row(self.tr("Role"), "role", self.role)
        self.row(self.tr("Currency"), "currency", self.currency)
        self.row(self.tr("Rate to USD"), "rate_to_usd", self.rate)
        self.row(self.tr("Value of one credit"), "credit_value", self.value)
        self.resize(480, self.sizeHint().height())

    def collect(self) -> dict:
        from app.messages.countries import country_code

        text = self.country.currentText()
        code = self.country.currentData()
        if code is None or text != self.country.itemText(self.country.currentIndex()):
            # typed: a code or the country's name in kk, ru or en; else as typed (refused, said why)
            code = country_code(text) or text.strip().upper()
        return {"country": code, "role": Role(self.role.currentData()),
                "currency": self.currency.text().upper(), "rate_to_usd": self.amount("rate_to_usd"),
                "credit_value": self.amount("credit_value")}

    def save(self, v: dict):
        if self.loc is None:
            loc = Location(id=None, country=v["country"], role=v["role"], currency=v["currency"], rate_to_usd=v["rate_to_usd"], credit_value=v["credit_value"])
            return planning.add_location(self.ctx.db, self.wo.number, loc)
        return planning.update_location(self.ctx.db, self.wo.number, self.loc.id, based_on=self.loc.version, **v)


class LineDialog(FormDialog):
    """A purchased line; the catalog picker shows each service's name in the interface language,
    its category and ✓ (in the Base Package) or + (bought on top)."""

    def __init__(self, ctx, wo: WorkOrder, line: ServiceLine | None = None, parent=None):
        title = self.tr("Edit purchased service") if line else self.tr("Add purchased service")
        super().__init__(ctx, title, self.tr("Save"), parent)
        self.wo, self.line = wo, line
        lang = ctx.lang
        cat = catalog()
        self.search = QLineEdit()
        self.search.setObjectName("catalog_search")
        self.search.setPlaceholderText(self.tr("Search the catalog…"))
        self.search.setClearButtonEnabled(True)
        cols = [
            Column("", lambda s: s.mark, tooltip=lambda s: self.tr("In the Base Package") if s.base
                   else self.tr("Bought on top of the Base Package")),
            Column(self.tr("Service"), lambda s: s.name(lang), tooltip=lambda s: s.code),
            Column(self.tr("Category"), lambda s: cat.category_name(s.category, lang)),
            Column(self.tr("Unit"), lambda s: texts.word("unit", s.unit.value, lang)),
        ]
        self.catalog_model = RowsModel(cols, list(cat), self)
        self.catalog_proxy = FilterProxy(self)
        self.catalog_proxy.setSourceModel(self.catalog_model)
        self.picker = QTableView()
        self.picker.setObjectName("catalog_picker")
        self.picker.setModel(self.catalog_proxy)
        self.picker.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.picker.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.picker.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.picker.verticalHeader().hide()
        self.picker.setSortingEnabled(True)
        self.picker.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.picker.resizeColumnsToContents()
        self.picker.setMinimumHeight(220)
        self.picker.selectionModel().currentRowChanged.connect(self._picked)
        self.search.textChanged.connect(self._filter)
        self.form.addRow(self.tr("Catalog"), self.search)
        self.form.addRow(self.picker)
        self.chosen = QLabel()
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setObjectName("chosen_service")
        self.row(self.tr("Service"), "service", self.chosen)
        self.quantity = AmountField(lang)
        self.unit = QComboBox()
        fill_combo(self.unit, [(texts.word("unit", u.value, lang), u.value) for u in Unit])
        self.location = QComboBox()
        fill_combo(self.location, [("—", None)] + [
            (f"{loc.country} — {texts.word('role', loc.role.value, lang)}", loc.id) for loc in wo.locations],
            line.location_id if line else (wo.host.id if wo.host else None))
        self.funding = QComboBox()
        fill_combo(self.funding, [(texts.word("funding", f.value, lang), f.value) for f in Funding],
                   line.funding.value if line else Funding.ADDITIONAL.value)
        self.price = AmountField(lang)
        self.flex_year = QSpinBox()
        self.flex_year.setRange(0, 10)
        self.flex_year.setSpecialValueText("—")
        self.flex_year.setToolTip(self.tr("The flex allowance is per year (USSD 2.1): a line bought "
                                          "with flex draws on the allowance of this year"))
        self.notes = QLineEdit()
        self.row(self.tr("Quantity"), "quantity", self.quantity)
        self.row(self.tr("Unit"), "unit", self.unit)
        self.row(self.tr("Location"), "location", self.location)
        self.row(self.tr("Paid from"), "funding", self.funding)
        self.row(self.tr("Unit price (%1)").replace("%1", wo.currency), "unit_price", self.price)
        self.row(self.tr("Flex year"), "flex_year", self.flex_year)
        self.travel = QCheckBox(self.tr("Travel prepaid (USSD 2.5)"))
        self.row("", "travel_prepaid", self.travel)
        self.row(self.tr("Notes"), "notes", self.notes)
        self.service_code = ""
        if line:
            self._choose(line.service)
            self.quantity.set_value(line.quantity)
            self.unit.setCurrentIndex(self.unit.findData(line.unit.value))
            self.price.set_value(line.unit_price)
            self.flex_year.setValue(line.flex_year or 0)
            self.notes.setText(line.notes)
            self.travel.setChecked(line.travel_prepaid)
        self.setMinimumSize(720, 680)
        self.picker.horizontalHeader().setStretchLastSection(True)
        self.picker.setColumnWidth(1, 330)

    def _filter(self, text: str) -> None:
        from app.domain.catalog import fold

        key = fold(text)
        lang = self.lang
        cat = catalog()
        self.catalog_proxy.set_predicate(
            lambda s: not key or key in fold(s.name(lang)) or key in fold(s.code)
            or key in fold(cat.category_name(s.category, lang)) or any(key in fold(a) for a in s.aliases))

    def _picked(self, current, _previous) -> None:
        s = self.catalog_model.row(self.catalog_proxy.mapToSource(current))
        if s is not None:
            self._choose(s.code, set_unit=True)

    def _choose(self, code: str, set_unit: bool = False) -> None:
        s = catalog().get(code)
        self.service_code = code
        if s is None:
            self.chosen.setText(code)
            return
        self.chosen.setText(f"{s.mark} {s.name(self.lang)} ({catalog().category_name(s.category, self.lang)})")
        if set_unit:
            self.unit.setCurrentIndex(self.unit.findData(s.unit.value))

    def select_service(self, code: str) -> None:
        for r, s in enumerate(self.catalog_model.rows):
            if s.code == code:
                idx = self.catalog_proxy.mapFromSource(self.catalog_model.index(r, 1))
                self.picker.setCurrentIndex(idx)
                return

    def collect(self) -> dict:
        if not self.service_code:
            self._field_problems.append(("service", "required"))
        return {"service": self.service_code, "quantity": self.amount("quantity"),
                "unit": Unit(self.unit.currentData()), "location_id": self.location.currentData(),
                "funding": Funding(self.funding.currentData()), "unit_price": self.amount("unit_price", ZERO),
                "flex_year": self.flex_year.value() or None, "notes": self.notes.text(),
                "travel_prepaid": self.travel.isChecked()}

    def save(self, v: dict):
        if self.line is None:
            line = ServiceLine(id=None, line_no=0, **v)
            return planning.add_line(self.ctx.db, self.wo.number, line)
        changed = {k: val for k, val in v.items() if getattr(self.line, k) != val}
        return planning.update_line(self.ctx.db, self.wo.number, self.line.id, based_on=self.line.version,
                                    **changed)

