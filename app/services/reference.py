"""The Contract reference of one work order (issue 13, "shown, not checked"): the seed's initial
response targets by severity (2.2 Reactive, 2.3), business hours with each location's public
holidays over the term (from the ``holidays`` library), the flex allowance, its cap and what is
allocated in each flex year (2.1), and the rules' ids with one line each and their sections."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from app import texts
from app.domain import rules
from app.domain.dates import flex_years
from app.domain.enums import Funding
from app.domain.findings import COMPUTATIONS, SECTIONS
from app.domain.model import WorkOrder
from app.domain.money import ZERO, flex_credit_cap_usd
from app.messages import t
from app.reports.reference import ContractReference, Table
from app.store.db import Database

#: (severity, Base Package, Unified Enhanced Response, Rapid Response, AEM): message ids of the
#: seed's initial response targets; "cut" where the seed's table ends, "none" where it has none.
RESPONSE_TARGETS = (
    ("1", "ref.cell.base.1", "ref.cell.uer.1", "ref.cell.rapid.1", "ref.cell.aem.1"),
    ("A", "ref.cell.base.A", "ref.cell.uer.A", "ref.cell.cut", "ref.cell.cut"),
    ("B", "ref.cell.base.B", "ref.cell.none", "ref.cell.none", "ref.cell.none"),
    ("C", "ref.cell.base.C", "ref.cell.none", "ref.cell.none", "ref.cell.none"),
)
#: The holidays library's language for each interface language (its own default otherwise).
HOLIDAY_LANGS = {"kk": ("kk", "ru", "ru_KG"), "ru": ("ru", "ru_KG", "ru_RU"), "en": ("en_US", "en_GB", "en")}


@lru_cache(maxsize=64)
def _holidays(country: str, first_year: int, last_year: int, lang: str) -> tuple[tuple[date, str], ...]:
    import holidays

    years = list(range(first_year, last_year + 1))
    try:
        langs = holidays.country_holidays(country, years=years[0]).supported_languages or ()
        language = next((x for x in HOLIDAY_LANGS.get(lang, ()) if x in langs), None)
        cal = holidays.country_holidays(country, years=years, language=language)
    except NotImplementedError:  # a country the library does not know
        return ()
    if language is None and lang != "en":  # no names in this language: say what the day is
        return tuple((d, t("ref.holiday.unnamed", lang)) for d in sorted(cal))
    return tuple(sorted(cal.items()))


def holidays_in_term(country: str, start: date, end: date, lang: str = "en") -> list[tuple[date, str]]:
    """The country's public holidays from ``start`` to ``end``, with their names in ``lang``
    where the library has them."""
    return [(d, name) for d, name in _holidays(country.upper(), start.year, end.year, lang)
            if start <= d <= end]


def targets_table(lang: str) -> Table:
    head = [t(k, lang) for k in ("ref.col.severity", "ref.col.meaning", "ref.col.base", "ref.col.uer",
                                  "ref.col.rapid", "ref.col.aem")]
    rows = [[t(f"ref.sev.{sev}", lang), t(f"ref.meaning.{sev}", lang), *(t(c, lang) for c in cells)]
            for sev, *cells in RESPONSE_TARGETS]
    return Table(f"{t('ref.targets.title', lang)} ({_section('2.2, 2.3', lang)})", head, rows,
                 t("ref.targets.notes", lang))


def _section(section: str, lang: str) -> str:
    return t("rule.section", lang, section=section)


def flex_table(wo: WorkOrder, lang: str) -> Table | None:
    """Per flex year: its days, the annual allowance, what flex lines allocate, what of that buys
    proactive credits or custom proactive services, and the cap on those (USD)."""
    if wo.flex_allowance <= 0:
        return None
    cap = flex_credit_cap_usd(wo.flex_allowance * wo.rate_to_usd).quantize(Decimal("0.01"))
    flex = [ln for ln in wo.lines if ln.funding is Funding.FLEX]
    rows = []
    for year, (start, end) in enumerate(flex_years(wo.term_start, wo.term_end), 1):
        lines = [ln for ln in flex if (ln.flex_year or 1) == year]
        allocated = sum((ln.value for ln in lines), ZERO)
        capped = sum((ln.value for ln in lines if ln.service in rules.FLEX_CAPPED), ZERO)
        rows.append([str(year), texts.fmt_date(start, lang), texts.fmt_date(end, lang),
                     f"{texts.fmt_amount(wo.flex_allowance, lang)} {wo.currency}",
                     f"{texts.fmt_amount(allocated, lang)} {wo.currency}",
                     f"{texts.fmt_amount(capped, lang)} {wo.currency}", texts.fmt_amount(cap, lang)])
    head = [t(k, lang) for k in ("ref.col.year", "ref.col.from", "ref.col.to", "ref.col.allowance",
                                  "ref.col.allocated", "ref.col.capped", "ref.col.cap")]
    return Table(f"{t('ref.flex.title', lang)} ({_section('2.1', lang)})", head, rows,
                 t("ref.flex.note", lang))


def rules_table(lang: str) -> Table:
    head = [t(k, lang) for k in ("ref.col.rule", "ref.col.what", "ref.col.section")]
    rows = []
    for rule, section in SECTIONS.items():
        what = texts.rule_name(rule, lang)
        if rule in COMPUTATIONS:
            what = f"{what} {t('ref.computation', lang)}"
        rows.append([rule, what, section])
    return Table(t("ref.rules.title", lang), head, rows)


def reference_of(wo: WorkOrder, lang: str) -> ContractReference:
    """The reference of a work order already read (the statement's builder has one)."""
    holidays_tables = []
    days: dict[str, list[date]] = {}
    head = [t("ref.col.date", lang), t("ref.col.holiday", lang)]
    for loc in wo.locations:
        found = holidays_in_term(loc.country, wo.term_start, wo.term_end, lang)
        country = texts.country_label(loc.country, lang)
        days[loc.country] = [d for d, _ in found]
        holidays_tables.append(Table(
            f"{t('ref.holidays.title', lang, country=country)} ({_section('2.2', lang)})", head,
            [[texts.fmt_date(d, lang), name] for d, name in found],
            t("ref.holidays.source", lang) if found else t("ref.holidays.none", lang, country=country)))
    flex = flex_table(wo, lang)
    return ContractReference(
        lang=lang, title=t("ref.title", lang),
        subtitle=t("ref.subtitle", lang, number=wo.number, customer=wo.customer,
                   start=texts.fmt_date(wo.term_start, lang), end=texts.fmt_date(wo.term_end, lang)),
        shown=t("ref.shown", lang), targets=targets_table(lang),
        hours=f"{t('ref.hours.text', lang)} ({_section('2.2', lang)})",
        holidays=holidays_tables, flex=flex, flex_none="" if flex else t("ref.flex.none", lang),
        rules=rules_table(lang), holiday_days=days)


def contract_reference(db: Database, number: str, lang: str) -> ContractReference:
    """The Contract reference of work order ``number`` (StatementError when there is none)."""
    from app.services.statements import load_work_order

    return reference_of(load_work_order(db, number), lang)
