"""Every counted message of the catalogue, in every language, for 0, 1, 2, 5, 11, 21, 22, 25, 101
and a fraction: the plural form CLDR's rule asks for (Russian 21 "день", 22 "дня", 25 "дней",
1.5 "дня"; Kazakh nouns after a numeral stay singular; English 1 "day", else "days")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import Severity
from app.domain.findings import Finding, Subject
from app.messages import LANGS, catalog, fmt_number, is_counted, tn

NUMBERS = (0, 1, 2, 5, 11, 21, 22, 25, 101, Decimal("1.5"))

#: The category each number takes, written out by hand (not asked of babel).
EXPECTED = {
    "ru": {0: "many", 1: "one", 2: "few", 5: "many", 11: "many", 21: "one", 22: "few", 25: "many",
           101: "one", Decimal("1.5"): "other"},
    "en": {n: ("one" if n == 1 else "other") for n in NUMBERS},
    "kk": {n: ("one" if n == 1 else "other") for n in NUMBERS},
}

COUNTED = sorted(k for k in catalog() if is_counted(k))


def test_the_catalogue_has_counted_messages():
    assert {"count.days", "count.credits", "time.in_days", "cli.findings", "cli.errors"} <= set(COUNTED)


@pytest.mark.parametrize("msg_id", COUNTED)
def test_each_counted_message_takes_the_form_of_its_number(msg_id):
    entry = catalog()[msg_id]
    for lang in LANGS:
        forms = entry[lang]
        assert isinstance(forms, dict), (msg_id, lang)
        if lang == "ru":
            assert {"one", "few", "many", "other"} <= set(forms), msg_id
        else:
            assert {"one", "other"} <= set(forms), (msg_id, lang)
        for n in NUMBERS:
            text = tn(msg_id, n, lang)
            assert text == forms[EXPECTED[lang][n]].format(n=fmt_number(n, lang)), (msg_id, lang, n, text)
            assert "{" not in text and fmt_number(n, lang) in text


def test_russian_days_kazakh_singular_english_plural():
    assert [tn("count.days", n, "ru") for n in (21, 22, 25, 11, Decimal("1.5"))] == [
        "21 день", "22 дня", "25 дней", "11 дней", "1,5 дня"]
    assert {tn("count.days", n, "kk").split(" ", 1)[1] for n in NUMBERS} == {"күн"}
    assert [tn("count.days", n, "en") for n in (1, 2, Decimal("1.5"))] == ["1 day", "2 days", "1.5 days"]
    # an amount stored as 12.00 counts as 12
    assert tn("count.credits", Decimal("12.00"), "ru") == "12 кредитов"


def test_days_left_in_each_language_and_an_unknown_one_in_english():
    from app.texts import days_left_text

    assert days_left_text(21, "ru") == "через 21 день"
    assert days_left_text(-22, "ru") == "22 дня назад"
    assert days_left_text(5, "kk") == "5 күннен кейін"
    assert days_left_text(1, "en") == "in 1 day"
    assert days_left_text(-1, "en") == "1 day ago"
    assert days_left_text(0, "ru") == "сегодня"
    assert days_left_text(5, "de") == "in 5 days"  # not Kazakh


def _finding(rule: str, key: str, severity: Severity = Severity.WARNING, **params) -> Finding:
    return Finding(rule=rule, key=key, severity=severity, work_order="WO-1", customer="C",
                   subject=Subject("line", "1", "PRO-CREDITS"), date=date(2026, 11, 30), days_left=5,
                   params=params)


def test_findings_count_their_numbers():
    from app.texts import message

    late = _finding("R-REQUEST-60", "late_request", requested_on="2026-11-01", days_late=1)
    assert "1 day after" in message(late, "en")
    assert "на 1 день позже" in message(late, "ru")
    late21 = _finding("R-REQUEST-60", "late_request", requested_on="2026-11-01", days_late=22)
    assert "на 22 дня позже" in message(late21, "ru")
    credits = _finding("R-REQUEST-60", "unrequested_credits", amount="81")
    assert message(credits, "ru").startswith("81 проактивный кредит ещё")
    assert message(credits, "en").startswith("81 proactive credits not")
    unused = _finding("R-EXPIRY", "expiring", amount="12", unit="credits")
    assert "12 кредитов" in message(unused, "ru") and "(кредиты)" not in message(unused, "ru")
    assert "12 credits unused" in message(unused, "en")
    hours = _finding("R-EXPIRY", "expiring", amount="1.5", unit="hours")
    assert "1,5 часа" in message(hours, "ru")


def test_the_check_summary_counts_each_severity():
    from app.commands.core import summary_line

    findings = ([_finding("R-EXPIRY", "expired", amount="1", unit="credits")]
                + [_finding("R-EXPIRY", "expired", Severity.ERROR, amount="1", unit="credits")] * 21)
    assert summary_line(findings, "en") == "22 findings: 21 errors, 1 warning, 0 info"
    assert summary_line(findings, "ru") == "22 замечания: 21 ошибка, 1 предупреждение, 0 для сведения"


def test_a_fee_in_money_keeps_its_currency():
    from app.texts import message

    f = _finding("R-CANCEL-14", "free_change_ends", first_day="2026-12-13", fee="250000", unit="KZT", pct="100")
    assert "250 000 KZT" in message(f, "ru").replace("\xa0", " ") and "{" not in message(f, "ru")
    assert "16 часов" in message(_finding("R-CANCEL-14", "free_change_ends", first_day="2026-12-13", fee="16",
                                          unit="hours", pct="100"), "ru")


def test_the_window_counts_credits_and_hours_in_russian(qapp):
    from app.ui.history_view import record_summary

    line = record_summary("ledger_entry", {"entry_date": "2026-11-01", "kind": "grant", "credits": "21",
                                           "hours": "2", "reference": "X-1"}, "ru")
    assert "· 21 кредит · 2 часа ·" in line, line
    assert "25 кредитов" in record_summary("ledger_entry", {"kind": "fee", "credits": "25"}, "ru")
