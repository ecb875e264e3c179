"""The History tab's words: a recorded value as a person reads it (dates and amounts in the
locale, statuses and kinds in the interface language, a service by its name), and a whole
added or removed record as one short line ("D-004 · SQL Server RAP as a Service · cancelled")
instead of the JSON the history keeps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from app import texts
from app.domain.catalog import catalog

from .widgets import amount, day

#: fields holding one of the vocabularies of app.texts
VOCAB_FIELDS = {"status": "status", "mode": "mode", "role": "role", "funding": "funding", "unit": "unit",
                "kind": "kind"}
DATE_FIELDS = {"term_start", "term_end", "signed_on", "requested_on", "first_day", "last_day", "changed_on",
               "moved_from", "entry_date"}
AMOUNT_FIELDS = {"rate_to_usd", "base_amount", "flex_allowance", "cancel_fee_pct", "credit_value", "quantity",
                 "unit_price", "credits", "hours", "fee"}


def value_text(field: str, value, lang: str, countries: dict[int, str] | None = None) -> str:
    """One recorded value (text, as the history keeps it) for a person."""
    if value is None or value == "":
        return "—" if value is None else ""
    text = str(value)
    try:
        if field in VOCAB_FIELDS:
            return texts.word(VOCAB_FIELDS[field], text, lang)
        if field in DATE_FIELDS:
            return day(date.fromisoformat(text[:10]), lang)
        if field in AMOUNT_FIELDS:
            return amount(Decimal(text), lang)
        if field == "service":
            svc = catalog().get(text)
            return svc.name(lang) if svc else text
        if field == "location_id":
            return (countries or {}).get(int(text), f"#{text}")
    except (ValueError, InvalidOperation, KeyError):
        pass
    return text


def record_summary(table: str, values: dict, lang: str, countries: dict[int, str] | None = None) -> str:
    """A whole record (an insert's or a delete's JSON, as a dict) as one short line."""
    v = values

    def val(field: str) -> str:
        return value_text(field, v.get(field), lang, countries)

    if table == "delivery":
        parts = [v.get("ref"), v.get("title") or val("service"), val("status")]
        if v.get("first_day"):
            parts.append(val("first_day"))
    elif table == "service_line":
        parts = [QCoreApplication.translate("History", "line %1").replace("%1", str(v.get("line_no", ""))), val("service"),
                 f"{val('quantity')} {val('unit')}".strip()]
    elif table == "location":
        parts = [v.get("country"), val("role"), v.get("currency")]
    elif table == "ledger_entry":
        parts = [val("entry_date"), val("kind")]
        if v.get("credits") not in (None, "0"):
            parts.append(texts.count("credits", v.get("credits"), lang))
        if v.get("hours") not in (None, "0"):
            parts.append(texts.count("hours", v.get("hours"), lang))
        parts.append(v.get("reference"))
    elif table == "delivery_event":
        return event_text(v, lang)
    elif table == "work_order":
        parts = [v.get("number"), f"{val('term_start')} – {val('term_end')}", v.get("currency")]
    elif table == "customer":
        parts = [v.get("name")]
    else:
        parts = [str(x) for k, x in v.items() if k != "id" and not k.endswith("_id") and x not in (None, "")][:4]
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def event_text(v: dict, lang: str) -> str:
    """A delivery's change event (request, schedule, move, delivery, cancellation, reversal) in
    words: what, when, the days in force before and after, its fee."""
    from app.messages import t

    def val(field: str) -> str:
        return value_text("first_day", v.get(field), lang) if v.get(field) else "—"

    kind = str(v.get("kind") or "")
    text = t(f"history.event.{kind}", lang, day=val("event_date"), first=val("first_after"),
             last=val("last_after"), first_before=val("first_before"), first_after=val("first_after"))
    if text == f"history.event.{kind}":
        text = f"{kind} · {val('event_date')}"
    fee = v.get("fee")
    if fee not in (None, "", "0") and Decimal(str(fee)):
        unit = str(v.get("fee_unit") or "")
        counted = (texts.count(f"unit.{unit}", Decimal(str(fee)), lang) if unit in texts.VOCAB["unit"]
                   else f"{value_text('fee', fee, lang)} {unit}")  # "16 сағат", never "16 сағаттар"
        text += " · " + t("history.event.fee", lang, counted=counted)
    return text


def record_label(h, lang: str) -> str:
    """How a person knows the record: a delivery's ref, a location's country, a ledger entry's
    kind (in the interface language), a line's number."""
    label = h.label or (str(h.record) if h.record is not None else "")
    if h.table == "ledger_entry" and h.label:
        return texts.word("kind", h.label, lang)
    return label


def old_text(h, lang: str, countries: dict[int, str] | None = None) -> str:
    if h.action == "delete":
        return record_summary(h.table, h.values(), lang, countries)
    return "" if h.action == "insert" else value_text(h.field, h.old, lang, countries)


def new_text(h, lang: str, countries: dict[int, str] | None = None) -> str:
    if h.action == "insert":
        return record_summary(h.table, h.values(), lang, countries)
    return "" if h.action == "delete" else value_text(h.field, h.new, lang, countries)
