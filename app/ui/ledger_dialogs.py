"""Grant, draw, adjust and transfer dialogs of the Credits and hours screen, each with a live
preview of what the entry brings about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app import texts
from app.domain.balances import pool_remaining
from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry, WorkOrder
from app.domain.money import ZERO, AmountError
from app.services import balances, planning

from .failures import esc, shown
from .icons import mark_html
from .plan_dialogs import Previewed, _Base, failure_of, findings_html, overdraws_html, preview_failed_html
from .widgets import AmountField, DateField, amount, day, fill_combo


def location_items(wo: WorkOrder, lang: str) -> list[tuple[str, int]]:
    return [(shown(f"{loc.country} — {texts.word('role', loc.role.value, lang)} "
             f"({amount(loc.credit_value, lang)} {loc.currency})"), loc.id) for loc in wo.locations]


class EntryDialog(_Base):
    KINDS = {"grant": LedgerKind.GRANT, "draw": LedgerKind.DRAW, "adjust": LedgerKind.ADJUSTMENT}

    def __init__(self, ctx, wo: WorkOrder, kind: str, location_id: int | None, parent=None):
        titles = {"grant": self.tr("Grant credits and hours"), "draw": self.tr("Draw credits and hours"),
                  "adjust": self.tr("Adjust the balance")}
        super().__init__(ctx, wo, titles[kind], self.tr("Save"), parent)
        self.kind = self.KINDS[kind]
        self.setObjectName(f"entry_{kind}")
        self.location = QComboBox()
        fill_combo(self.location, location_items(wo, self.lang), location_id)
        self.on = DateField()
        self.on.set_value(ctx.today)
        negative = kind == "adjust"
        self.credits = AmountField(self.lang, allow_negative=negative)
        self.hours = AmountField(self.lang, allow_negative=negative)
        self.reference = QLineEdit()
        self.notes = QLineEdit()
        self.row(self.tr("Location"), "location", self.location)
        self.row(self.tr("Date"), "date", self.on)
        self.row(self.tr("Credits"), "credits", self.credits)
        self.row(self.tr("Hours"), "hours", self.hours)
        self.row(self.tr("Reference"), "reference", self.reference)
        self.row(self.tr("Notes"), "notes", self.notes)
        if negative:
            self.form.addRow("", _hint(self.tr("A negative amount lowers the balance.")))
        for w in (self.credits, self.hours):
            w.textChanged.connect(self.update_preview)
        self.location.currentIndexChanged.connect(self.update_preview)
        self.on.dateChanged.connect(self.update_preview)
        self.update_preview()

    def entry(self) -> LedgerEntry:
        values = {}
        for name, field in (("credits", self.credits), ("hours", self.hours)):
            self.amount_field = name
            values[name] = field.value() if field.text().strip() else ZERO
        return LedgerEntry(id=None, on=self.on.value(), location_id=self.location.currentData(), kind=self.kind, credits=values["credits"],
                           hours=values["hours"], reference=self.reference.text().strip(), counterparty="", notes=self.notes.text().strip())

    def update_preview(self, *_args) -> None:
        try:
            e = self.entry()
        except AmountError as exc:
            self.errors.show([(self.amount_field, exc.reason)])
            return
        self.errors.clear()
        wo = self.wo
        bal = pool_remaining(wo, self.ctx.today)[e.location_id] if e.location_id is not None else {"credits": ZERO, "hours": ZERO}
        lang = self.lang
        text = esc(self.tr("Balance now: %1, %2. After this entry: %3, %4.")
                   .replace("%1", texts.count("credits", bal["credits"], lang))
                   .replace("%2", texts.count("hours", bal["hours"], lang))
                   .replace("%3", texts.count("credits", bal["credits"] + e.credits_delta, lang))
                   .replace("%4", texts.count("hours", bal["hours"] + e.hours_delta, lang)))
        found, over, error = [], [], ""
        if e.location_id is not None:
            findings = self.previewed(lambda: planning.preview_entry(self.ctx.db, wo.number, e, self.ctx.today))
            overdraws = self.previewed(lambda: balances.entries_overdraws(self.ctx.db, wo.number, [e], e.on))
            found, over, error = findings.found, overdraws.found, failure_of(findings, overdraws)
            if over:  # said once, with its amount and section
                found = [f for f in found if f.rule not in {o.rule for o in over}]
        if over:
            text += "<br>" + overdraws_html(over, lang)
        if error:
            text += "<br>" + error
        elif found:
            text += "<br>" + findings_html(found, lang)
        self.consequence.setText(text)

    def save(self):
        e = self.entry()
        if not (e.credits or e.hours):
            raise planning.ValidationError([("credits", "required")])
        return planning.add_entry(self.ctx.db, self.wo.number, e, seen=self.wo)


class TransferDialog(_Base):
    """Credits between the work order's own locations only (R-XFER-LOCATIONS), with the
    rounded-up credits that arrive (R-XFER-ROUND) shown as you type."""

    def __init__(self, ctx, wo: WorkOrder, location_id: int | None, parent=None):
        super().__init__(ctx, wo, self.tr("Transfer credits"), self.tr("Transfer"), parent)
        self.setObjectName("transfer")
        items = location_items(wo, self.lang)
        self.src = QComboBox()
        self.dst = QComboBox()
        fill_combo(self.src, items, location_id)
        other = next((i for _, i in items if i != self.src.currentData()), None)
        fill_combo(self.dst, items, other)
        self.credits = AmountField(self.lang)
        self.on = DateField()
        self.on.set_value(ctx.today)
        self.reference = QLineEdit()
        self.row(self.tr("From"), "src", self.src)
        self.row(self.tr("To"), "location", self.dst)
        self.row(self.tr("Credits to send"), "credits", self.credits)
        self.row(self.tr("Date"), "date", self.on)
        self.row(self.tr("Reference"), "reference", self.reference)
        self.form.addRow("", _hint(self.tr("Only the locations of this work order can be chosen (USSD 2.4).")))
        self.amount_field = "credits"
        for w in (self.src, self.dst):
            w.currentIndexChanged.connect(self.update_preview)
        self.credits.textChanged.connect(self.update_preview)
        self.on.dateChanged.connect(self.update_preview)
        self.update_preview()

    def update_preview(self, *_args) -> None:
        lang = self.lang
        src, dst = self.wo.location(self.src.currentData()), self.wo.location(self.dst.currentData())
        if src is None or dst is None or src.id == dst.id:
            self.consequence.setText(esc(self.tr("Choose two different locations.")))
            return
        bal = pool_remaining(self.wo, self.ctx.today)[src.id]["credits"]
        try:
            credits = self.credits.value() if self.credits.text().strip() else ZERO
        except AmountError as exc:
            self.errors.show([("credits", exc.reason)])
            return
        self.errors.clear()
        try:
            arriving = planning.preview_transfer(self.ctx.db, self.wo.number, src.id, dst.id, credits)
        except (planning.ValidationError, AmountError):
            self.consequence.setText(esc(self.tr("Choose two different locations.")))
            return
        except Exception as exc:  # noqa: BLE001 - a boundary: logged, and said in the dialog
            self.consequence.setText(preview_failed_html(exc))
            return
        text = (esc(self.tr("%1 credits leave %2 (one credit = %3 %4); %5 credits arrive at %6 "
                            "(one credit = %7 %8), rounded up to a whole credit (USSD 2.4)."))
                .replace("%1", esc(amount(credits, lang))).replace("%2", esc(src.country))
                .replace("%3", esc(amount(src.credit_value, lang))).replace("%4", esc(src.currency))
                .replace("%5", f"<b>{esc(amount(arriving, lang))}</b>").replace("%6", esc(dst.country))
                .replace("%7", esc(amount(dst.credit_value, lang))).replace("%8", esc(dst.currency)))
        text += "<br>" + esc(self.tr("Balance of %1 on %2: %3.").replace("%1", src.country)
                             .replace("%2", day(self.ctx.today, lang))
                             .replace("%3", texts.count("credits", bal, lang)))
        on = self.on.value()
        out = LedgerEntry(id=None, on=on, location_id=src.id, kind=LedgerKind.TRANSFER_OUT, credits=credits, hours=ZERO, reference="", counterparty=dst.country, notes="")
        overdraws = self.previewed(lambda: balances.entries_overdraws(self.ctx.db, self.wo.number, [out], on)) \
            if credits > 0 else Previewed([])
        over = overdraws.found
        if credits > bal or over:
            text += "<br><span style='color:#c62828'>" + mark_html("error") + " " + esc(self.tr("More than the balance: not allowed.")) + "</span>"
        if over:
            text += "<br>" + overdraws_html(over, lang)
        if overdraws.error:
            text += "<br>" + overdraws.error
        self.consequence.setText(text)

    def save(self):
        credits = self.credits.value()
        return planning.transfer(self.ctx.db, self.wo.number, self.src.currentData(), self.dst.currentData(),
                                 credits, self.on.value(), self.reference.text().strip())


def _hint(text: str):
    from PySide6.QtWidgets import QLabel

    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #607d8b;")
    return label
