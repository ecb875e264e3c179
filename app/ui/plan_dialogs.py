"""Dialogs of the Plan screen. Each states the consequence of the change before it is confirmed:
the fee a late cancellation or rescheduling may cost (USSD 2.5), a late request (2.6), an AEM
event confirmed late or too long (2.3), a draw that overdraws credits (2.2)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import texts
from app.domain import lifecycle
from app.domain.catalog import catalog
from app.domain.dates import last_free_change_day, last_request_day
from app.domain.enums import Mode, Severity, Status
from app.domain.model import Delivery, LedgerEntry, WorkOrder
from app.domain.money import ZERO, AmountError
from app.services import planning

from .date_field import keep_span
from .failures import esc
from .forms import ConsequenceLabel, FormDialog  # noqa: F401 - ConsequenceLabel re-exported
from .icons import mark_html
from .widgets import (
    AmountField,
    DateField,
    amount,
    ask,
    day,
    fill_combo,
)

#: drawn marks (icons.mark_html), never glyphs such as ⛔ that show as empty boxes without the font
SEV_MARK = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}
SEV_HTML = {Severity.ERROR: "#c62828", Severity.WARNING: "#8a5a00", Severity.INFO: "#1565c0"}


def findings_html(findings, lang: str) -> str:
    """Findings as rich text; their messages quote user text (titles, notes): escaped."""
    return "<br>".join(
        f"<span style='color:{SEV_HTML[f.severity]}'>{mark_html(SEV_MARK[f.severity])} "
        f"<b>{esc(texts.word('severity', f.severity.value, lang))}</b>: {esc(texts.message(f, lang))}</span>"
        for f in findings)


def overdraws_html(found, lang: str) -> str:
    """Overdraws a proposed change causes (app.domain.balances.overdraws), each with its amount
    and contract section, as rich text (the error colour)."""
    from app.domain.findings import SECTIONS
    from app.messages import t

    return "<br>".join(
        f"<span style='color:{SEV_HTML[Severity.ERROR]}'>{mark_html(SEV_MARK[Severity.ERROR])} "
        f"<b>{esc(texts.word('severity', Severity.ERROR.value, lang))}</b>: "
        + esc(t(f"preview.overdraw.{o.kind}", lang, country=texts.country_name(o.country, lang),
                after=amount(o.after, lang), before=amount(o.before, lang), day=day(o.on, lang),
                section=SECTIONS[o.rule])) + "</span>"
        for o in found)


def preview_failed_html(exc: BaseException) -> str:
    """The preview could not be computed: say so and why (never "no new warning")."""
    import logging

    from PySide6.QtCore import QCoreApplication

    from .failures import reason_words, storage_reason

    logging.getLogger(__name__).warning("preview failed", exc_info=exc)
    reason = storage_reason(exc)
    if reason is not None:
        why = reason_words(reason)
    elif isinstance(exc, planning.ValidationError):
        from app.messages.validation import reason_text

        why = "; ".join(f"{name}: {reason_text(r, _lang())}" for name, r in exc.problems)
    elif isinstance(exc, planning.NotFound):
        why = QCoreApplication.translate("Preview", "the record is no longer there")
    else:
        why = QCoreApplication.translate("Preview", "unexpected error (%1)").replace("%1", type(exc).__name__)
    text = QCoreApplication.translate(
        "Preview", "The consequences could not be worked out: %1. Check the contract's rules yourself "
        "before you confirm.").replace("%1", why)
    return f"<b style='color:#c62828'>{mark_html('warning')} {esc(text)}</b>"


def _lang() -> str:
    from . import i18n

    return i18n.current


def unit_word(unit: str, lang: str) -> str:
    return texts.word("unit", unit, lang) if unit in texts.VOCAB["unit"] else unit


def counted(value, unit: str, lang: str) -> str:
    """An amount and its unit, counted in ``lang`` ("16 сағат", "16 часов"); a currency code
    follows the amount as it is ("1 200 USD")."""
    if unit in texts.VOCAB["unit"]:
        return texts.count(f"unit.{unit}", value, lang)
    return f"{amount(value, lang)} {unit}"


@dataclass(frozen=True, slots=True)
class Previewed:
    """What a dialog's preview found, or why it could not be computed."""

    found: list
    error: str = ""  # why it failed (rich text, said in the dialog instead of any all-clear), or ""


def failure_of(*previews: Previewed) -> str:
    """The reason the last failed preview gives, or "" when every one was computed."""
    return next((p.error for p in reversed(previews) if p.error), "")


class _Base(FormDialog):
    """A delivery's dialog: the form, what confirming will do, and its preview of the findings."""

    def __init__(self, ctx, wo: WorkOrder, title: str, ok_text: str, parent=None):
        super().__init__(ctx, title, ok_text, parent, back_text=QCoreApplication.translate("_Base", "Back"),
                         consequence=True)
        self.wo = wo
        self.setMinimumWidth(560)

    def saving(self):
        return self.save

    def previewed(self, compute) -> Previewed:
        """``compute()``'s findings, or, when they could not be computed, the reason (logged): the
        answer itself says it failed, so no caller can take a failure for "no findings"."""
        try:
            return Previewed(compute())
        except Exception as exc:  # noqa: BLE001 - a boundary: logged, and the reason is the answer
            return Previewed([], preview_failed_html(exc))

    def preview(self, after: Delivery) -> Previewed:
        return self.previewed(lambda: planning.preview_delivery(
            self.ctx.db, self.wo.number, after, self.ctx.today, self.ctx.check_settings()))

    def save(self):
        raise NotImplementedError


class DeliveryDialog(_Base):
    """A new delivery (planned) or the details of an existing one."""

    def __init__(self, ctx, wo: WorkOrder, d: Delivery | None = None, parent=None):
        title = self.tr("Edit delivery") if d else self.tr("New delivery")
        super().__init__(ctx, wo, title, self.tr("Save"), parent)
        self.d = d
        lang = self.lang
        cat = catalog()
        self.line = QComboBox()
        items = [(f"{ln.line_no}. {cat.get(ln.service).mark if cat.get(ln.service) else ''} "
                  f"{cat.get(ln.service).name(lang) if cat.get(ln.service) else ln.service}", ln.line_no)
                 for ln in sorted(wo.lines, key=lambda x: x.line_no)]
        fill_combo(self.line, items, d.line_no if d else None)
        # a service's name can be long (most in Kazakh): the box does not widen the dialog past its
        # labels; its list shows each name whole
        self.line.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.line.setMinimumContentsLength(24)
        self.line.view().setMinimumWidth(self.line.view().sizeHintForColumn(0) + 24)
        self.title_edit = QLineEdit(d.title if d else "")
        self.location = QComboBox()
        fill_combo(self.location, [(f"{loc.country} — {texts.word('role', loc.role.value, lang)}", loc.id)
                                   for loc in wo.locations],
                   d.location_id if d else (wo.host.id if wo.host else None))
        self.mode = QComboBox()
        fill_combo(self.mode, [(texts.word("mode", m.value, lang), m.value) for m in Mode],
                   d.mode.value if d else Mode.REMOTE.value)
        self.first = DateField(optional=True)
        self.last = DateField(optional=True)
        self.first.set_value(d.first_day if d else None)
        self.last.set_value(d.last_day if d else None)
        self.credits = AmountField(lang)
        self.hours = AmountField(lang)
        self.credits.set_value(d.credits if d else ZERO)
        self.hours.set_value(d.hours if d else ZERO)
        self.notes = QLineEdit(d.notes if d else "")
        # quantity in the line's unit (attendees, sessions, days...): empty = derived, shown greyed
        self.quantity = AmountField(lang)
        self.quantity.set_value(d.quantity if d else None)
        self.quantity_unit = QLabel()
        self.travel = QCheckBox(self.tr("Travel prepaid (USSD 2.5)"))
        self.travel.setChecked(bool(d.travel_prepaid) if d else False)
        self.row(self.tr("Purchased service"), "service", self.line)
        self.row(self.tr("Title"), "title", self.title_edit)
        self.row(self.tr("Location"), "location", self.location)
        self.row(self.tr("Mode"), "mode", self.mode)
        self.row(self.tr("First day"), "first_day", self.first)
        self.row(self.tr("Last day"), "last_day", self.last)
        self.row(self.tr("Credits"), "credits", self.credits)
        self.row(self.tr("Hours"), "hours", self.hours)
        quantity = QWidget()
        qrow = QHBoxLayout(quantity)
        qrow.setContentsMargins(0, 0, 0, 0)
        qrow.addWidget(self.quantity, 1)
        qrow.addWidget(self.quantity_unit)
        self.row(self.tr("Quantity"), "quantity", quantity)
        self.row("", "travel_prepaid", self.travel)
        self.row(self.tr("Notes"), "notes", self.notes)
        for w in (self.first, self.last):
            w.dateChanged.connect(self.update_preview)
        for w in (self.credits, self.hours, self.quantity):
            w.textChanged.connect(self.update_preview)
        self.line.currentIndexChanged.connect(self.update_preview)
        self.update_preview()

    def candidate(self) -> Delivery:
        line_no = self.line.currentData()
        line = next((ln for ln in self.wo.lines if ln.line_no == line_no), None)
        service = line.service if line else (self.d.service if self.d else "")
        base = self.d or Delivery(id=None, ref="", service=service, title="", location_id=None,
                                  mode=Mode.REMOTE, status=Status.PLANNED)
        values = {"service": service, "line_no": line_no, "title": self.title_edit.text().strip(),
                  "location_id": self.location.currentData(), "mode": Mode(self.mode.currentData()),
                  "first_day": self.first.value(), "last_day": self.last.value(), "notes": self.notes.text()}
        for name, field in (("credits", self.credits), ("hours", self.hours)):
            self.amount_field = name
            values[name] = field.value() if field.text().strip() else ZERO
        self.amount_field = "quantity"
        values["quantity"] = self.quantity.value() if self.quantity.text().strip() else None
        values["travel_prepaid"] = self.travel.isChecked()
        after = replace(base, **values)
        self._show_derived(after, line)
        return after

    def _show_derived(self, d: Delivery, line) -> None:
        """The quantity's unit beside it, and the derived quantity as its placeholder."""
        from app.domain.balances import delivery_country, delivery_quantity

        if line is None:
            self.quantity_unit.setText("")
            self.quantity.setPlaceholderText("")
            return
        self.quantity_unit.setText(unit_word(line.unit.value, self.lang))
        derived = delivery_quantity(replace(d, quantity=None), line.unit, delivery_country(self.wo, d))
        self.quantity.setPlaceholderText(
            self.tr("%1 (derived)").replace("%1", texts.fmt_amount(derived, self.lang)))

    def update_preview(self, *_args) -> None:
        try:
            after = self.candidate()
        except AmountError as exc:
            self.errors.show([(self.amount_field, exc.reason)])
            return
        self.errors.clear()
        if not after.ref:
            after = replace(after, ref="D-NEW")
        previewed = self.preview(after)
        found = previewed.found
        if previewed.error:
            self.consequence.setText(previewed.error)
        else:
            self.consequence.setText(findings_html(found, self.lang) if found
                                     else esc(self.tr("No new warning: the contract's rules are kept.")))

    def save(self):
        after = self.candidate()
        if self.d is None:
            return planning.create_delivery(self.ctx.db, self.wo.number, after)
        changed = {k: getattr(after, k) for k in ("service", "line_no", "title", "location_id", "mode",
                                                  "first_day", "last_day", "credits", "hours", "notes",
                                                  "quantity", "travel_prepaid")
                   if getattr(after, k) != getattr(self.d, k)}
        return planning.update_delivery(self.ctx.db, self.wo.number, self.d.ref, based_on=self.d.version,
                                        **changed)


class ActionDialog(_Base):
    """Request, schedule, deliver, reschedule or cancel one delivery."""

    def __init__(self, ctx, wo: WorkOrder, d: Delivery, action: str, parent=None):
        titles = {"request": self.tr("Request delivery"), "schedule": self.tr("Schedule delivery"),
                  "deliver": self.tr("Mark delivered"), "reschedule": self.tr("Reschedule delivery"),
                  "cancel": self.tr("Cancel delivery"), "reverse": self.tr("Reverse delivery")}
        oks = {"request": self.tr("Request"), "schedule": self.tr("Schedule"),
               "deliver": self.tr("Mark delivered"), "reschedule": self.tr("Reschedule"),
               "cancel": self.tr("Cancel the delivery"), "reverse": self.tr("Reverse the delivery")}
        super().__init__(ctx, wo, f"{titles[action]} — {d.ref}", oks[action], parent)
        self.d, self.action = d, action
        self.ok_text = oks[action]
        self.setObjectName(f"action_{action}")
        if action in ("reschedule", "cancel", "reverse"):
            self.enter_means_back()  # may cost a fee or undo a delivery: Enter is not a yes
        about = QLabel(f"<b>{esc(d.ref)}</b> · {esc(d.title or d.service)} · "
                       f"{esc(texts.word('status', d.status.value, self.lang))}")
        about.setObjectName("about_delivery")
        about.setTextFormat(Qt.TextFormat.RichText)  # escaped above
        self.form.addRow(about)
        today = ctx.today
        self.on = DateField()
        self.first = DateField()
        self.last = DateField()
        self.charge = QCheckBox(self.tr("Record the fee on the delivery and in the ledger"))
        self.charge.setObjectName("charge_fee")
        self.charge.setChecked(True)
        if action == "request":
            self.on.set_value(today)
            self.row(self.tr("Requested on"), "requested_on", self.on)
        elif action == "deliver":
            self.on.set_value(min(d.last_day or today, today) if d.last_day else today)
            self.row(self.tr("Delivered on"), "date", self.on)
        if action in ("schedule", "reschedule"):
            self.first.set_value(d.first_day or today)
            self.last.set_value(d.last_day or d.first_day or today)
            self.row(self.tr("First day"), "first_day", self.first)
            self.row(self.tr("Last day"), "last_day", self.last)
            keep_span(self.first, self.last)  # moving the first day moves the last by as much
        if action in ("reschedule", "cancel"):
            self.form.addRow(self.charge)
        for w in (self.on, self.first, self.last):
            w.dateChanged.connect(self.update_preview)
        self.charge.toggled.connect(self.update_preview)
        self.update_preview()

    # -- what it costs
    def fee(self):
        return planning.change_fee(self.ctx.db, self.wo.number, self.d.ref, self.ctx.today)

    def fee_text(self) -> str:
        lang, d, today = self.lang, self.d, self.ctx.today
        try:
            fee = self.fee()
        except Exception as exc:  # noqa: BLE001 - a boundary: logged, and said instead of a fee
            return preview_failed_html(exc)
        verb = self.tr("Cancelling") if self.action == "cancel" else self.tr("Rescheduling")
        if not d.first_day:
            return esc(self.tr("%1 now is free: no first day is set.").replace("%1", verb))
        if fee is None:
            return esc(self.tr("%1 now is free: changes are free until %2, 14 days before the first day %3 "
                            "(USSD 2.5).").replace("%1", verb)
                    .replace("%2", day(last_free_change_day(d.first_day), lang))
                    .replace("%3", day(d.first_day, lang)))
        value, unit = fee
        days = (d.first_day - today).days
        text = (self.tr("%1 now, %2 before the first day, may cost %3% of the price: %4 (USSD 2.5).")
                .replace("%1", verb).replace("%2", texts.count("days", days, lang))
                .replace("%3", amount(self.wo.cancel_fee_pct, lang)).replace("%4", counted(value, unit, lang)))
        text = f"<b style='color:#8a5a00'>{mark_html('warning')} {esc(text)}</b>"
        if self.charge.isChecked():
            if unit in ("credits", "hours"):
                text += "<br>" + esc(self.tr("The fee is recorded on the delivery and drawn from the ledger of %1.")
                                     .replace("%1", self._loc_name()))
            else:
                text += "<br>" + esc(self.tr("The fee is recorded on the delivery."))
        else:
            text += "<br>" + esc(self.tr("The fee will not be recorded."))
        return text

    def _name_the_fee(self) -> None:
        """The accept button says what pressing it costs ("Reschedule — fee 16 hours"), when a
        fee is charged: the same fee the service records (planning.change_fee)."""
        text = self.ok_text
        try:
            fee = self.fee() if self.charge.isChecked() and self.d.first_day else None
        except Exception:  # noqa: BLE001 - the preview says why; the button keeps its verb
            fee = None
        if fee is not None:
            value, unit = fee
            text = self.tr("%1 — fee %2").replace("%1", self.ok_text).replace("%2", counted(value, unit, self.lang))
        self.button("ok").setText(text)

    def _loc_name(self) -> str:
        loc = self.wo.location(self.d.location_id)
        return loc.country if loc else "—"

    def after(self) -> Delivery:
        d = self.d
        if self.action == "request":
            return replace(d, status=Status.REQUESTED, requested_on=self.on.value())
        if self.action == "schedule":
            return replace(d, status=Status.SCHEDULED, first_day=self.first.value(), last_day=self.last.value(),
                           requested_on=d.requested_on or self.first.value())
        if self.action == "reschedule":
            return replace(d, first_day=self.first.value(), last_day=self.last.value(),
                           changed_on=self.ctx.today, moved_from=d.first_day)
        if self.action == "cancel":
            return replace(d, status=Status.CANCELLED, changed_on=self.ctx.today)
        if self.action == "reverse":
            return replace(d, status=Status.SCHEDULED)
        return replace(d, status=Status.DELIVERED)

    def update_preview(self, *_args) -> None:
        lang = self.lang
        parts = []
        if self.action == "request":
            parts.append(esc(self.tr("The last request day of this work order is %1 (USSD 2.6).")
                             .replace("%1", day(last_request_day(self.wo.term_end), lang))))
        if self.action in ("cancel", "reschedule"):
            parts.append(self.fee_text())
            self._name_the_fee()
        if self.action == "deliver":
            if lifecycle.delivers_early(self.d, self.on.value()):
                parts.append(esc(self.tr("This is before the first day %1: saving asks whether to move the first "
                                         "day to it.").replace("%1", day(self.d.first_day, lang))))
            parts.append(esc(self._draw_text()))
        if self.action == "reverse":
            parts.append(esc(self.tr("The delivery is scheduled again; what its draws took is given back by an "
                                     "adjustment of its own (the draw stays in the ledger). Undo takes it back.")))
        findings, draws, overdraws = self.preview(self.after()), self._draw_findings(), self._overdraws()
        error = failure_of(findings, draws, overdraws)
        found = [f for f in findings.found if f.rule != "R-CANCEL-14"] + draws.found
        over = overdraws.found
        if over:  # said with its amount and section once, not again as the balance rule's finding
            found = [f for f in found if f.rule not in {o.rule for o in over}]
        if error:
            parts.append(error)
        if over:
            parts.append(overdraws_html(over, lang))
        if found and not error:
            parts.append(findings_html(found, lang))
        elif not (found or over or error) and self.action != "cancel":
            parts.append(esc(self.tr("No new warning: the contract's rules are kept.")))
        self.consequence.setText("<br>".join(parts))

    def _overdraws(self) -> Previewed:
        """The pools this change's ledger consequences (draw, fee) take below zero."""
        if self.action not in ("deliver", "cancel", "reschedule"):
            return Previewed([])
        from app.services import balances

        on = self.on.value() if self.action == "deliver" else self.ctx.today
        first = self.first.value() if self.action == "reschedule" else None
        last = self.last.value() if self.action == "reschedule" else None
        return self.previewed(lambda: balances.transition_overdraws(
            self.ctx.db, self.wo.number, self.d.ref, self.action, on, first, last, self.charge.isChecked()))

    def _draw(self) -> LedgerEntry | None:
        return lifecycle.draw_entry(self.d, self.on.value())

    def _draw_text(self) -> str:
        e = self._draw()
        if e is None:
            return self.tr("Nothing is drawn from the ledger.")
        return (self.tr("Draws %1 and %2 from %3 (credits rounded to a whole credit, USSD 2.2).")
                .replace("%1", texts.count("credits", e.credits, self.lang))
                .replace("%2", texts.count("hours", e.hours, self.lang))
                .replace("%3", self._loc_name()))

    def _draw_findings(self) -> Previewed:
        """The findings the delivery's draw would add (only when marking it delivered)."""
        e = self._draw() if self.action == "deliver" else None
        if e is None:
            return Previewed([])
        return self.previewed(lambda: planning.preview_entry(self.ctx.db, self.wo.number, e, self.ctx.today))

    def saving(self):
        if self.action == "deliver" and lifecycle.delivers_early(self.d, self.on.value()):
            on, first = self.on.value(), self.d.first_day
            if not ask(self, self.windowTitle(),
                       self.tr("Delivered on %1 is before the first day %2. Move the first day to %1 and mark "
                               "it delivered?").replace("%1", day(on, self.lang)).replace("%2", day(first, self.lang)),
                       self.tr("Move the first day"), self.tr("Back")):
                raise planning.ValidationError([("date", "delivered_before_first_day")])
            return lambda: planning.deliver(self.ctx.db, self.wo.number, self.d.ref, on, move_first_day=True,
                                           based_on=self.d.version)
        return self.save

    def save(self):
        db, n, ref = self.ctx.db, self.wo.number, self.d.ref
        v = self.d.version  # the delivery as this dialog was opened on it (a stale one is refused)
        if self.action == "request":
            return planning.request_delivery(db, n, ref, self.on.value(), based_on=v)
        if self.action == "schedule":
            return planning.schedule_delivery(db, n, ref, self.first.value(), self.last.value(), based_on=v)
        if self.action == "deliver":
            return planning.deliver(db, n, ref, self.on.value(), based_on=v)
        if self.action == "reschedule":
            return planning.reschedule_delivery(db, n, ref, self.first.value(), self.last.value(),
                                                self.ctx.today, self.charge.isChecked(), based_on=v)
        if self.action == "reverse":
            return planning.reverse_delivery(db, n, ref, self.ctx.today, based_on=v)
        return planning.cancel_delivery(db, n, ref, self.ctx.today, self.charge.isChecked(), based_on=v)


#: The buttons of each status, as the domain's lifecycle allows them (app.domain.lifecycle).
ACTIONS_BY_STATUS = {
    status: tuple(a.value for a in lifecycle.ALLOWED[status]
                  if a.value in ("request", "schedule", "deliver", "reschedule", "cancel", "reverse", "remove"))
    for status in Status
}


