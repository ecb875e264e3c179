"""An import can never store what an edit would refuse: workbook rows pass the domain's own
validators (issue 12: a delivered delivery without dates imported, then every edit of it failed)."""

from __future__ import annotations

from openpyxl import Workbook

from app.cli import main


def _book(path, deliveries=(), ledger=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Work orders"
    ws.append(["Work order", "Customer", "Term start", "Term end"])
    ws.append(["WO-1", "Acme", "2026-01-01", "2026-12-31"])
    ws = wb.create_sheet("Locations")
    ws.append(["Work order", "Country", "Role"])
    ws.append(["WO-1", "KZ", "host"])
    ws = wb.create_sheet("Deliveries")
    ws.append(["Work order", "Delivery", "Service", "Status", "First day", "Last day", "Credits"])
    for row in deliveries:
        ws.append(row)
    ws = wb.create_sheet("Ledger")
    ws.append(["Work order", "Date", "Location", "Kind", "Credits", "Hours"])
    for row in ledger:
        ws.append(row)
    wb.save(path)
    return path


def _counts(db):
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("work_order", "delivery", "ledger_entry")}
    finally:
        con.close()


def test_a_delivered_delivery_without_dates_is_refused(tmp_path, capsys):
    book = _book(tmp_path / "w.xlsx", deliveries=[["WO-1", "D-1", "WORKSHOPS", "delivered", None, None, 10]])
    db = tmp_path / "p.db"
    assert main(["import", str(book), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Deliveries, row 2, column First day (E): needs a first and last day" in err
    assert _counts(db) == {"work_order": 0, "delivery": 0, "ledger_entry": 0}


def test_a_ledger_entry_that_moves_nothing_is_refused(tmp_path, capsys):
    book = _book(tmp_path / "w.xlsx", ledger=[["WO-1", "2026-02-01", "KZ", "grant", 0, 0]])
    db = tmp_path / "p.db"
    assert main(["import", str(book), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Ledger, row 2" in err and "credits or hours" in err
    assert _counts(db)["ledger_entry"] == 0


def test_the_same_rows_with_their_days_import(tmp_path, capsys):
    book = _book(tmp_path / "w.xlsx",
                 deliveries=[["WO-1", "D-1", "WORKSHOPS", "delivered", "2026-03-02", "2026-03-03", 10]],
                 ledger=[["WO-1", "2026-02-01", "KZ", "grant", 100, 0]])
    db = tmp_path / "p.db"
    assert main(["import", str(book), "--db", str(db)]) == 0, capsys.readouterr().err
    assert _counts(db) == {"work_order": 1, "delivery": 1, "ledger_entry": 1}


def _delivery(db):
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute("select status, first_day, last_day, credits from delivery").fetchone()
    finally:
        con.close()


def test_an_import_does_not_rewrite_what_a_delivered_delivery_used(tmp_path, capsys):
    """What an edit refuses (lifecycle.check_edit), an import refuses too: a delivered delivery's
    credits and days are corrected by a reversal, not by a changed row."""
    db = tmp_path / "p.db"
    first = _book(tmp_path / "a.xlsx",
                  deliveries=[["WO-1", "D-1", "WORKSHOPS", "delivered", "2026-03-02", "2026-03-03", 10]])
    assert main(["import", str(first), "--db", str(db)]) == 0, capsys.readouterr().err
    stored = _delivery(db)
    for row in (["WO-1", "D-1", "WORKSHOPS", "delivered", "2026-03-02", "2026-03-03", 4],
                ["WO-1", "D-1", "WORKSHOPS", "delivered", "2026-03-02", "2026-03-06", 10],
                ["WO-1", "D-1", "WORKSHOPS", "scheduled", "2026-03-02", "2026-03-03", 10]):
        capsys.readouterr()
        book = _book(tmp_path / "b.xlsx", deliveries=[row])
        assert main(["import", str(book), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "Deliveries, row 2" in err, err
        assert ("corrected only by a reversal" in err or "status changes only by" in err), err
        assert _delivery(db) == stored
    # the same row unchanged is no change at all
    assert main(["import", str(first), "--db", str(db)]) == 0, capsys.readouterr().err


def test_work_order_location_and_line_rows_pass_the_domains_validators(tmp_path, capsys, monkeypatch):
    """One set of rules: a refusal the domain's validate_work_order / validate_location /
    validate_line gives reaches the import too (here a rule made up for the test: the notes
    "forbidden" on a line, a location in Japan, a customer named "Nobody"), at the row's cell."""
    from app.domain import validation

    for name, field_name, bad in (("validate_line", "notes", lambda r: r.notes == "forbidden"),
                                  ("validate_location", "country", lambda r: r.country == "JP"),
                                  ("validate_work_order", "customer", lambda r: r.customer == "Nobody")):
        real = getattr(validation, name)
        monkeypatch.setattr(validation, name, lambda r, *a, _real=real, _f=field_name, _bad=bad, **k:
                            [*_real(r, *a, **k), *([(_f, "duplicate")] if _bad(r) else [])])
    wb = Workbook()
    ws = wb.active
    ws.title = "Work orders"
    ws.append(["Work order", "Customer", "Term start", "Term end"])
    ws.append(["WO-1", "Nobody", "2026-01-01", "2026-12-31"])
    ws.append(["WO-2", "Acme", "2026-01-01", "2026-12-31"])
    ws = wb.create_sheet("Locations")
    ws.append(["Work order", "Country", "Role"])
    ws.append(["WO-2", "KZ", "host"])
    ws.append(["WO-2", "JP", "downstream"])
    ws = wb.create_sheet("Services")
    ws.append(["Work order", "Line", "Service", "Quantity", "Funding", "Notes"])
    ws.append(["WO-2", 1, "WORKSHOPS", 10, "additional", "forbidden"])
    wb.save(tmp_path / "w.xlsx")
    db = tmp_path / "p.db"
    assert main(["import", str(tmp_path / "w.xlsx"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Work orders, row 2, column Customer (B): «Nobody»: is already used" in err, err
    assert "Locations, row 3, column Country (B): «JP»: is already used" in err, err
    assert "Services, row 2, column Notes (F): «forbidden»: is already used" in err, err
    assert _counts(db) == {"work_order": 0, "delivery": 0, "ledger_entry": 0}
