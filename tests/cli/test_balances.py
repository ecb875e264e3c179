"""``balances``: the JSON per work order and entitlement, the worded table, the as-of day; the
credits pool of UES-KZ-2025-014 agrees with its statement's ledger closing balance (81)."""

from __future__ import annotations

import json

import pytest

from .test_cli import run


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_file(request, tmp_path_factory):
    """The demo portfolio on each engine (issue 17): an SQLite file, a team database."""
    if request.param == "sqlite":
        target = tmp_path_factory.mktemp("cli") / "demo.db"
    else:
        target = request.getfixturevalue("pg_server").new()
    r = run("demo", "--db", target, "--today", "2026-11-25")
    assert r.returncode == 0, r.stderr
    return target

A = "UES-KZ-2025-014"
KEYS = ["work_order", "entitlement", "service", "unit", "purchased", "granted", "transferred_in",
        "transferred_out", "scheduled", "delivered", "fees", "expired", "remaining", "available"]


def rows(demo_file, *args):
    r = run("balances", "--db", demo_file, "--json", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_json_per_entitlement(demo_file):
    got = rows(demo_file, "--work-order", A, "--on", "2026-11-25")
    assert all(list(b) == KEYS for b in got) and {b["work_order"] for b in got} == {A}
    kz = next(b for b in got if b["entitlement"] == {"pool": "credits", "country": "KZ"})
    assert {k: kz[k] for k in ("purchased", "granted", "transferred_out", "delivered", "fees", "remaining")} == {
        "purchased": "120", "granted": "0", "transferred_out": "15", "delivered": "12", "fees": "12",
        "remaining": "81"}
    hours = next(b for b in got if b["entitlement"] == {"pool": "hours", "country": "KZ"})
    assert (hours["purchased"], hours["delivered"], hours["remaining"], hours["scheduled"], hours["available"]) == (
        "200", "80", "120", "16", "104")
    assert all(isinstance(b[k], str) for b in got for k in KEYS[4:])


def test_after_the_term_everything_left_is_expired(demo_file):
    got = rows(demo_file, "--work-order", A, "--on", "2030-03-31")
    assert all(b["remaining"] == "0" for b in got)
    kz = next(b for b in got if b["entitlement"] == {"pool": "credits", "country": "KZ"})
    assert kz["expired"] == "81"


def test_text_in_three_languages(demo_file):
    for lang, word in (("en", "credits KZ"), ("ru", "кредиты KZ"), ("kk", "кредиттер KZ")):
        r = run("balances", "--db", demo_file, "--work-order", A, "--on", "2026-11-25", "--lang", lang)
        assert r.returncode == 0 and word in r.stdout, r.stderr


def test_unknown_work_order_is_refused(demo_file):
    r = run("balances", "--db", demo_file, "--work-order", "NOPE")
    assert r.returncode == 1 and "NOPE" in r.stderr


@pytest.fixture(scope="module")
def sqlite_demo(tmp_path_factory):
    target = tmp_path_factory.mktemp("cli") / "demo.db"
    r = run("demo", "--db", target, "--today", "2026-11-25")
    assert r.returncode == 0, r.stderr
    return target


def test_every_finding_names_its_record_and_pool_findings_their_pool(sqlite_demo):
    """check --json's ref (README): every finding of the demo has one of the documented kinds;
    a finding about a credits or hours pool names the pool and its country, so R-EXPIRY's credits
    and hours of the same location are two different refs (issue 12)."""
    r = run("check", "--db", sqlite_demo, "--today", "2026-11-25", "--json", "--lang", "en")
    findings = json.loads(r.stdout)
    shapes = {"delivery": {"kind", "id"}, "line": {"kind", "id"}, "location": {"kind", "id"},
              "work_order": {"kind", "id"}, "pool": {"kind", "pool", "country"}}
    for f in findings:
        assert f["ref"] and set(f["ref"]) == shapes[f["ref"]["kind"]], f
        assert all(f["ref"].values()), f
    refs = {(f["rule"], f["work_order"], json.dumps(f["ref"], sort_keys=True)) for f in findings}

    def has(rule, wo, ref):
        return (rule, wo, json.dumps(ref, sort_keys=True)) in refs

    assert has("R-EXPIRY", A, {"kind": "pool", "pool": "credits", "country": "KZ"})
    assert has("R-EXPIRY", A, {"kind": "pool", "pool": "hours", "country": "KZ"})
    assert has("R-REQUEST-60", A, {"kind": "pool", "pool": "credits", "country": "KZ"})
    assert has("R-CREDIT-BALANCE", "UES-KG-2026-003", {"kind": "pool", "pool": "credits", "country": "KZ"})
    assert has("R-REQUEST-60", A, {"kind": "delivery", "id": "D-003"})
    assert has("R-EXPIRY", A, {"kind": "line", "id": "3"})
    assert any(f["ref"] == {"kind": "location", "id": f["ref"]["id"]} and f["rule"] == "R-XFER-LOCATIONS"
               for f in findings)
    assert any(f["ref"]["kind"] == "work_order" and f["ref"]["id"] == f["work_order"] for f in findings)
    for f in findings:  # no rule of the pools reports a pool as a bare location
        if f["rule"] in ("R-CREDIT-BALANCE", "R-EXPIRY", "R-REQUEST-60", "R-EDE-HOURS"):
            assert f["ref"]["kind"] != "location", f
