"""Import profiles (issue 14): the answers of one import (mapped columns, chosen services) are
remembered under a name, applied by themselves to the next file with the same headers, shown,
editable, and carried by the exported portfolio."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.services import importer, profiles

from .conftest import SVC_HEAD, SVC_ROWS, full_sheets, table_counts

SUPPLIER_WO = ["Work order", "Customer", "Term start", "Срок окончания договора", "Currency"]


def supplier_file(write, number="WO-1", service="Воркшоп по безопасности AD", name=None):
    sheets = full_sheets()
    sheets["Work orders"] = [SUPPLIER_WO, [number, "Acme", date(2026, 1, 1), date(2026, 12, 31), "USD"]]
    for row in sheets["Locations"][1:] + sheets["Ledger"][1:] + sheets["Deliveries"][1:]:
        row[0] = number
    sheets["Services"] = [SVC_HEAD] + [[number, *r[1:]] for r in SVC_ROWS]
    sheets["Services"][2][2] = service
    return write(sheets, name)


def cli(db, path, *extra):
    return main(["import", str(path), "--db", str(db.path), "--lang", "en", *extra])


def test_answers_saved_as_a_profile_are_applied_to_next_quarters_file(db, write, capsys):
    first = supplier_file(write)
    assert cli(db, first) == 1  # the end date column and the service are unknown
    err = capsys.readouterr().err
    assert "Срок окончания договора" in err and "--service" in err
    assert cli(db, first, "--column", "Срок окончания договора=term_end",
               "--service", "Воркшоп по безопасности AD=WORKSHOPS", "--save-profile", "Supplier X") == 0
    out = capsys.readouterr().out
    assert "import profile «Supplier X» saved: 1 columns, 1 service names" in out
    [p] = profiles.list_profiles(db)
    assert (p.name, p.columns, p.services) == ("Supplier X", {"срок окончания договора": "term_end"},
                                               {"Воркшоп по безопасности AD": "WORKSHOPS"})

    # next quarter: a new work order in a file with the same headers, no options given
    second = supplier_file(write, number="WO-2")
    assert cli(db, second, "--dry-run") == 0
    assert "note: mapped by profile «Supplier X»" in capsys.readouterr().out
    assert cli(db, second) == 0
    from app.services.portfolio import load

    wo2 = next(w for w in load(db).work_orders if w.number == "WO-2")
    assert wo2.term_end == date(2026, 12, 31)
    assert [ln.service for ln in wo2.lines] == ["PROACTIVE_CREDITS", "WORKSHOPS"]


def test_a_file_with_other_headers_gets_no_profile_and_profile_forces_one(db, write):
    first = supplier_file(write)
    plan = importer.plan_import(db, first, columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="Supplier X")
    sheets = full_sheets()  # the planner's own headers: another header set
    sheets["Services"][2][2] = "Воркшоп по безопасности AD"
    other = write(sheets)
    plan = importer.plan_import(db, other)
    assert plan.profile is None and [p.reason for p in plan.problems] == ["unknown_service_close"]
    plan = importer.plan_import(db, other, profile="Supplier X")
    assert plan.profile == "Supplier X" and plan.problems == []
    with pytest.raises(profiles.ProfileError) as exc:
        importer.plan_import(db, other, profile="Nobody")
    assert exc.value.text() == "--profile: there is no import profile «Nobody» (saved ones: «Supplier X»)"
    assert cli(db, other, "--profile", "Nobody") == 2


def test_the_users_own_answer_wins_over_the_profile(db, write):
    first = supplier_file(write)
    plan = importer.plan_import(db, first, columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="Supplier X")
    plan = importer.plan_import(db, supplier_file(write, number="WO-2"),
                                choices={"Воркшоп по безопасности AD": "SECURITY"})
    assert plan.profile == "Supplier X"
    line = next(c for c in plan.changes if c.kind == "line" and c.key == 2)
    assert line.values["service"] == "SECURITY"


def test_a_dry_run_saves_no_profile_and_a_refused_import_neither(db, write, capsys):
    first = supplier_file(write)
    assert cli(db, first, "--column", "Срок окончания договора=term_end",
               "--service", "Воркшоп по безопасности AD=WORKSHOPS", "--save-profile", "S", "--dry-run") == 0
    assert "import profile «S» would be saved: 1 columns, 1 service names" in capsys.readouterr().out
    assert cli(db, first, "--column", "Срок окончания договора=term_end", "--save-profile", "S") == 1
    assert profiles.list_profiles(db) == [] and table_counts(db)["work_order"] == 0


def test_rename_delete_and_refused_names(db, write):
    plan = importer.plan_import(db, supplier_file(write), columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="  Supplier   X ")
    profiles.save_profile(db, profiles.ImportProfile("Other", frozenset({"a"}), {"b": "term_end"}))
    assert [p.name for p in profiles.list_profiles(db)] == ["Other", "Supplier X"]
    with pytest.raises(profiles.ProfileError) as exc:
        profiles.rename_profile(db, "Supplier X", "Other")
    assert exc.value.text("ru") == "профиль импорта «Other» уже есть"
    profiles.rename_profile(db, "Supplier X", "Supplier Y")
    assert profiles.delete_profile(db, "Other") is True
    assert [p.name for p in profiles.list_profiles(db)] == ["Supplier Y"]
    with pytest.raises(profiles.ProfileError):
        profiles.save_profile(db, profiles.ImportProfile("   "))
    # the renamed profile still applies
    assert importer.plan_import(db, supplier_file(write, number="WO-2")).profile == "Supplier Y"


def test_profiles_travel_with_the_exported_portfolio(db, write, tmp_path):
    import openpyxl

    from app.store.db import open_db

    plan = importer.plan_import(db, supplier_file(write), columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="Supplier X")
    out = tmp_path / "portfolio.xlsx"
    assert main(["export", "--db", str(db.path), str(out), "--lang", "ru"]) == 0
    wb = openpyxl.load_workbook(out)
    rows = list(wb["Профили импорта"].iter_rows(values_only=True))
    assert rows[0] == ("Профиль", "Вид", "Заголовок или название как в файле", "Поле или код услуги")
    assert ("Supplier X", "column", "срок окончания договора", "term_end") in rows
    assert ("Supplier X", "service", "Воркшоп по безопасности AD", "WORKSHOPS") in rows

    other = open_db(tmp_path / "other.db", create=True)
    try:
        again = importer.plan_import(other, out)
        assert again.problems == [] and [p.name for p in again.profiles] == ["Supplier X"]
        importer.commit(other, again)
        assert profiles.list_profiles(other) == profiles.list_profiles(db)
        assert table_counts(other) == table_counts(db)
        # and the profile works in the new database
        assert importer.plan_import(other, supplier_file(write, number="WO-2")).profile == "Supplier X"
    finally:
        other.close()


def test_a_saved_service_choice_is_proposed_first_for_a_close_name_but_never_taken(db, write):
    plan = importer.plan_import(db, supplier_file(write), columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="Supplier X")
    sheets = full_sheets()  # another header set: the profile does not apply
    sheets["Services"][2][2] = "Воркшоп по безопасности AD (2 дня)"
    plan = importer.plan_import(db, write(sheets))
    assert plan.profile is None
    [p] = plan.problems
    assert p.reason == "unknown_service_close" and p.proposals[0] == "WORKSHOPS"
    from app.workbook.cells import service_proposals

    assert "WORKSHOPS" not in service_proposals("Воркшоп по безопасности AD (2 дня)")  # only thanks to the alias
