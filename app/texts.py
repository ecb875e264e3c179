"""Thin helpers that word the domain's values for people (command line, statements, workbooks,
the window's domain words). Every word lives in the message catalogue (app.messages): the closed
vocabularies as ``vocab.<vocabulary>.<value>``, rule names as ``rule.<RULE-ID>``, findings as
``<RULE-ID>/<key>``; these functions only read it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.findings import Finding
from app.messages import LANGS, LOCALES, fmt_number, has, t, tn
from app.messages.countries import country_name
from app.messages.vocab import VALUES

__all__ = ["LANGS", "LOCALES", "VOCAB", "count", "country_label", "country_name", "days_left_text", "fmt_amount",
           "fmt_date", "message", "note_text", "rule_name", "subject_text", "word"]


def _vocab_table() -> dict[str, dict[str, dict[str, str]]]:
    return {vocab: {value: {lang: t(f"vocab.{vocab}.{value}", lang) for lang in LANGS} for value in values}
            for vocab, values in VALUES.items()}


#: vocabulary -> value -> language -> word, read from the catalogue (for code that lists them).
VOCAB = _vocab_table()


def word(vocab: str, value: str, lang: str = "en") -> str:
    """The word for a vocabulary value (``word("status", "planned", "kk")``)."""
    key = f"vocab.{vocab}.{value}"
    return t(key, lang) if has(key) else value


def fmt_date(d: date | None, lang: str = "en") -> str:
    if d is None:
        return ""
    from babel.dates import format_date

    locale = LOCALES.get(lang, "en_GB")
    return format_date(d, "medium", locale=locale) if lang == "en" else format_date(d, "dd.MM.yyyy", locale=locale)


def fmt_amount(value: Decimal | int | str, lang: str = "en") -> str:
    return fmt_number(value, lang)


def count(noun: str, n: object, lang: str = "en") -> str:
    """``n`` and the noun it counts in ``lang``'s plural form: ``count("credits", 5, "ru")`` is
    "5 кредитов" (the catalogue's ``count.<noun>``)."""
    return tn(f"count.{noun}", n, lang)


def days_left_text(days: int, lang: str = "en") -> str:
    """"in 12 days", "today", "3 days ago", with each language's plurals (CLDR)."""
    if days == 0:
        return t("time.today", lang)
    return tn("time.in_days" if days > 0 else "time.days_ago", abs(days), lang)


class _Shown(str):
    """A parameter as shown (``"1 250,5"``) that still knows its number, for plural forms."""

    number: object

    def __new__(cls, text: str, number: object) -> _Shown:
        s = super().__new__(cls, text)
        s.number = number
        return s


def _param(key: str, value: object, lang: str) -> str:
    s = str(value)
    if isinstance(value, date):
        return fmt_date(value, lang)
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        try:
            return fmt_date(date.fromisoformat(s), lang)
        except ValueError:
            return s
    if key == "country" or key.endswith("_country"):
        return country_name(s, lang)
    if key == "unit":
        return word("unit", s, lang)
    if key != "year":
        try:
            Decimal(s)
        except ArithmeticError:
            return s
        if s.lstrip("-").replace(".", "", 1).isdigit():
            return _Shown(fmt_amount(s, lang), s)
    return s


def message(f: Finding, lang: str = "en") -> str:
    """The finding's message in ``lang``, with its contract section."""
    raw = {**f.params, "date": f.date.isoformat()}
    params: dict[str, object] = {k: _param(k, v, lang) for k, v in raw.items()}
    unit = str(raw.get("unit", ""))
    for k in ("amount", "fee"):  # "12 кредитов"; an amount of money: "1 250 KZT"
        if k in raw:
            params[f"{k}_unit"] = (tn(f"count.unit.{unit}", params[k], lang) if has(f"count.unit.{unit}")
                                   else f"{params[k]} {params.get('unit', '')}".strip())
    text = t(f"{f.rule}/{f.key}", lang, **params)
    return f"{text} ({t('rule.section', lang, section=f.section)})"


def note_text(notes: str | None, lang: str = "en") -> str:
    """A ledger entry's notes: the words of a note the planner wrote itself (stored as its message
    id, ``ledger.late_cancellation``), else the user's own text as it is."""
    if notes and notes.startswith("ledger.") and has(notes):
        return t(notes, lang)
    return notes or ""


def rule_name(rule: str, lang: str = "en") -> str:
    key = f"rule.{rule}"
    return t(key, lang) if has(key) else rule


def country_label(code: str, lang: str = "en") -> str:
    """``KZ`` -> "KZ — Қазақстан": the code, then the name (country_name) in ``lang``."""
    if not code or len(code) != 2:
        return code or ""
    name = country_name(code, lang)
    return f"{code.upper()} — {name}" if name and name != code else code.upper()


def subject_text(f: Finding, lang: str = "en") -> str:
    """What a finding is about, in words: a purchased line by its service's name, a delivery by
    its title, a location by its country, a work order by its number."""
    s = f.subject
    if s.kind == "line":
        from app.domain.catalog import catalog

        svc = catalog().get(s.label)
        name = svc.name(lang) if svc else s.label
        return t("subject.line", lang, name=name, line=s.key)
    if s.kind == "location":
        return country_label(s.key, lang)
    return s.label


def field_name(field: str, lang: str = "en") -> str:
    """A stored record's field (a column of the history) in words; the column name itself
    when no word is known for it."""
    return t(f"stale.field.{field}", lang) if has(f"stale.field.{field}") else field


def stale_edit_text(exc, lang: str = "en") -> str:
    """A refused stale edit (app.services.changes.StaleEdit) in words: which record, who changed
    which fields and when (local time; with the date unless today), and that nothing was saved."""
    from datetime import UTC, datetime

    record = t(f"stale.record.{exc.table}", lang, label=exc.label or exc.row_id)
    if not exc.changes:
        return t("stale.edit.unknown", lang, record=record)
    at = exc.at if exc.at.tzinfo is not None else exc.at.replace(tzinfo=UTC)
    local = at.astimezone()
    when = local.strftime("%H:%M")
    if local.date() != datetime.now().astimezone().date():
        when = f"{fmt_date(local.date(), lang)} {when}"
    who = ", ".join(u or t("stale.someone", lang) for u in exc.users)
    fields = ", ".join(field_name(f, lang) for f in exc.fields)
    return t("stale.edit", lang, record=record, who=who, when=when, fields=fields)


def offline_refusal(exc, lang: str = "en", show=str) -> str:
    """A refusal of ``offline take`` / ``bring`` (``app.services.offline.OfflineRefused``) in
    words; an overdraw says the rule's own message for each pool (R-CREDIT-BALANCE)."""
    params: dict[str, object] = {"detail": show(exc.detail)}
    if exc.reason == "overdraw":
        found = getattr(exc, "findings", [])
        params["why"] = "; ".join(f"{f.rule}: {message(f, lang)}" for f in found) or "R-CREDIT-BALANCE"
    return t(f"offline.{exc.reason}", lang, **params)
