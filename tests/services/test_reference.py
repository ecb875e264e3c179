"""The Contract reference (issue 13, "shown, not checked"): what the service gathers for a work
order of the demo, in each language, and the statement's optional appendix."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.findings import SECTIONS
from app.messages import catalog
from app.messages import reference as ref_messages
from app.services.reference import contract_reference, holidays_in_term
from tests.conftest import TODAY

A = "UES-KZ-2025-014"  # KZ, KG, UZ, JP; no flex
B = "UES-KZ-2026-027"  # two years of flex, 400,000 USD a year


def test_every_reference_word_is_in_three_languages():
    for key, words in ref_messages.MESSAGES.items():
        assert key in catalog() and all(words.get(lang) for lang in ("kk", "ru", "en")), key


def test_response_targets_by_severity_as_the_seed_gives_them(demo_db):
    ref = contract_reference(demo_db, A, "en")
    rows = {r[0]: r for r in ref.targets.rows}
    assert list(rows) == ["1", "A", "B", "C"]
    assert rows["1"][2] == "Azure: 15 min; other products: 1 h; 24x7"       # Base Package
    assert rows["1"][3] == "Azure: 15 min; other products: 30 min; 24x7"    # UER
    assert rows["B"][2] == "2 h; business hours only" and rows["C"][2] == "4 h; business hours only"
    assert "not given" in rows["A"][4]  # the seed's Rapid Response table is cut after severity 1
    assert "09:00–17:30" in ref.hours and "2.2" in ref.hours
    kk = contract_reference(demo_db, A, "kk")
    assert kk.targets.rows[2][2] == "2 сағат; тек жұмыс уақытында"


def test_each_locations_holidays_for_the_term(demo_db):
    ref = contract_reference(demo_db, A, "kk")  # term 2025-12-20 .. 2026-12-20 (TODAY + 25)
    assert [h.title.split(": ")[1].split(" (")[0] for h in ref.holidays] == [
        "KZ — Қазақстан", "KG — Қырғызстан", "UZ — Өзбекстан", "JP — Жапония"]
    kz = ref.holiday_days["KZ"]
    assert date(2026, 12, 16) in kz and date(2026, 3, 21) in kz      # Independence Day, Nauryz
    assert date(2026, 12, 25) not in kz and min(kz) >= date(2025, 12, 20)
    assert ["16.12.2026", "Тәуелсіздік күні"] in ref.holidays[0].rows
    assert holidays_in_term("KZ", date(2026, 12, 17), date(2026, 12, 31)) == []


def test_flex_cap_and_allocation_per_year(demo_db):
    ref = contract_reference(demo_db, B, "en")
    assert [r[0] for r in ref.flex.rows] == ["1", "2"]
    y1, y2 = ref.flex.rows
    # year 1: credits 100,000 + custom 50,000 + SDM add-on 30,000 + RCA 6,000 allocated
    assert y1[3:] == ["400,000 USD", "186,000 USD", "150,000 USD", "80,000"]
    assert y2[4] == "0 USD"
    assert contract_reference(demo_db, A, "en").flex is None


def test_the_rules_with_one_line_and_their_sections(demo_db):
    ref = contract_reference(demo_db, A, "ru")
    assert [r[0] for r in ref.rules.rows] == list(SECTIONS)
    rows = {r[0]: r for r in ref.rules.rows}
    assert rows["R-TRAVEL"][2] == "2.5" and rows["R-ODA-HELP"][2] == "2.2"
    assert "(расчёт)" in rows["R-XFER-ROUND"][1]


@pytest.mark.parametrize("with_reference", [True, False])
def test_statement_appendix_only_when_asked(demo_db, tmp_path, with_reference):
    from app.cli import main
    from tests.reports.conftest import pdf_text

    out = tmp_path / "s.pdf"
    argv = ["--lang", "kk", "statement", "--db", str(demo_db.path), "--work-order", B,
            "--quarter", "2026Q4", "--pdf", str(out), "--today", TODAY.isoformat()]
    demo_db.close()
    assert main(argv + (["--reference"] if with_reference else [])) == 0
    text = pdf_text(out)
    assert ("Келісімшарт анықтамасы" in text) is with_reference
    assert ("R-SDM-REQUIRED" in text) is with_reference
    if with_reference:
        assert "Тәуелсіздік күні" in text and "09:00–17:30" in text
