"""The PostgreSQL measurements, each run in a fresh worker process by bench/run.py --pg:

    python -m bench.pg CASE --size N --repeat N [--writers 4 --edits 200]

CASE is pgload, pgcheck, pgedit (path on PostgreSQL, floor the same on SQLite, same data: the
cached SQLite portfolio copied into PostgreSQL with app.store.transfer, as ``migrate`` does) or
pgwriters (writer processes editing one team database through the services). The server is the
one in ``UP_BENCH_PG`` (a libpq conninfo of a role that may CREATE DATABASE; bench/run.py starts
a throwaway cluster once and passes it), else a throwaway cluster started here like the tests'
(tests/pgserver.py). Prints one JSON object on its last line, as bench/cases.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from . import generate as gen
from .cases import Missing, alternate, private_db, reported

ROOT = gen.BENCH.parent


def server():
    """The benchmark's PostgreSQL server (tests/pgserver.Server); LookupError when none."""
    sys.path.insert(0, str(ROOT))
    from tests.pgserver import Cluster, Server

    base = os.environ.get("UP_BENCH_PG")
    if base:
        return Server(base)
    cluster = Cluster()
    return Server(cluster.base, cluster)


def pg_copy(size: int, srv) -> tuple[Path, str]:
    """A private SQLite copy of the cached portfolio and a new PostgreSQL database with the same
    rows (app.store.transfer.copy_database, what ``migrate`` runs)."""
    from app.store.transfer import copy_database

    src = private_db(size)
    url = srv.new()
    a, b, _counts = copy_database(src, url)
    a.close()
    b.close()
    return src, url


def _both(size: int, fn, repeat: int) -> dict:
    from app.store.db import open_db

    srv = server()
    try:
        src, url = pg_copy(size, srv)
        lite, pg = open_db(src), open_db(url)
        try:
            times = alternate(lambda: fn(pg), lambda: fn(lite), repeat)
            detail = fn(pg), fn(lite)
        finally:
            lite.close()
            pg.close()
    finally:
        srv.close()
    return {**times, "result": detail}


def case_pgload(size: int, repeat: int) -> dict:
    from app.services.portfolio import load

    out = _both(size, lambda db: len(load(db).work_orders), repeat)
    pg, lite = out.pop("result")
    if pg != lite:
        raise AssertionError(f"PostgreSQL loads {pg} work orders, SQLite {lite}")
    return {**out, "detail": f"{pg} work orders loaded on PostgreSQL and on SQLite"}


def case_pgcheck(size: int, repeat: int) -> dict:
    from app.services import portfolio

    out = _both(size, lambda db: len(portfolio.check(db, gen.TODAY)), repeat)
    pg, lite = out.pop("result")
    if pg != lite:
        raise AssertionError(f"PostgreSQL finds {pg} findings, SQLite {lite}")
    return {**out, "detail": f"{size} work orders, {pg} findings on both"}


# ------------------------------------------------------------------------------ edit -> refreshed window

def _edit_path(db, app):
    """bench/cases.py's edit path on ``db``: a grant of 1 credit through the window's
    Context.apply until the Portfolio table shows the new balance."""
    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.ui.window import MainWindow

    window = MainWindow(db, "en", gen.TODAY)
    window.resize(1300, 800)
    window.show()
    window.show_screen("portfolio")
    app.processEvents()
    screen = window.screens["portfolio"]
    # in its term: a grant after the term end expires at once (Credits left stays as it was)
    wos = [w for w in window.ctx.portfolio().work_orders if w.term_start <= gen.TODAY <= w.term_end]
    wo = wos[len(wos) // 2]
    loc = wo.locations[0].id

    def shown() -> str:
        r = next(r for r, s in enumerate(screen.model.rows) if s.wo.number == wo.number)
        return screen.proxy.mapFromSource(screen.model.index(r, 4)).data()  # Credits left

    def path():
        before = shown()
        grant = LedgerEntry(id=None, on=gen.TODAY, location_id=loc, kind=LedgerKind.GRANT, credits=Decimal(1), hours=Decimal(0), reference="bench", counterparty="", notes="")
        window.ctx.apply(lambda: planning.add_entry(db, wo.number, grant), "bench")
        app.processEvents()
        if shown() == before:
            raise AssertionError("the Portfolio table does not show the new balance")

    return window, path


def case_pgedit(size: int, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import app.ui.window  # noqa: F401
    except ModuleNotFoundError as exc:
        raise Missing(str(exc)) from None
    from PySide6.QtWidgets import QApplication

    from app.store.db import open_db

    qt = QApplication.instance() or QApplication([])
    srv = server()
    try:
        src, url = pg_copy(size, srv)
        lite, pg = open_db(src), open_db(url)
        try:
            w_pg, on_pg = _edit_path(pg, qt)
            w_lite, on_lite = _edit_path(lite, qt)
            times = alternate(on_pg, on_lite, repeat)
            w_pg.close()
            w_lite.close()
        finally:
            lite.close()
            pg.close()
    finally:
        srv.close()
    return {**times, "detail": f"grant of 1 credit through the window, {size} WO, PostgreSQL vs SQLite"}


# ------------------------------------------------------------------------------ concurrent writers

POOL_WOS = 2  # work orders whose deliveries and credit pools the writers share
SHARED_DELIVERIES = 8  # deliveries every writer edits (so their edits collide)


def _targets(db):
    """The shared deliveries (planned ones, editable) and pools (host locations) of the first
    POOL_WOS work orders, the same in every writer."""
    from app.services.portfolio import load

    wos = load(db).work_orders[:POOL_WOS]
    deliveries = [(wo.number, d.ref) for wo in wos for d in wo.deliveries
                  if d.status.value == "planned"][:SHARED_DELIVERIES]
    pools = [(wo.number, wo.locations[0].id) for wo in wos]
    return deliveries, pools


def _credits_left(db, number: str, loc_id: int, on: date) -> Decimal:
    from app.services.balances import portfolio_balances
    from app.services.planning import work_order

    country = work_order(db, number).location(loc_id).country
    # the balance (remaining), what R-CREDIT-BALANCE keeps from going below zero and what the
    # window's overdraw warning and the store's re-check judge; not "available", which also takes
    # off what open deliveries commit (a plan that overdraws is a finding, not a refused draw)
    return sum((b.remaining for b in portfolio_balances(db, on, number)
                if b.kind == "credits" and b.country == country), Decimal(0))


def writer(url: str, index: int, edits: int, seed: int) -> dict:
    """One writer: ``edits`` acknowledged edits, alternately a delivery's title on a shared
    delivery and a draw of 1 credit on a shared pool (only when the pool has a credit left, as
    the window's overdraw warning would have it; a draw the store refuses because the pool ran dry
    meanwhile counts as skipped). A refused edit (changed meanwhile, or the
    server's serialization failure) is retried; acknowledged edits are returned for checking."""
    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.services.changes import Conflict
    from app.services.planning import Overdrawn
    from app.store.db import DatabaseError, open_db

    rnd = random.Random(seed * 1000 + index)
    db = open_db(url)
    deliveries, pools = _targets(db)
    acked_titles, acked_draws, skipped = [], [], 0
    retries = 0
    t0 = time.perf_counter()
    try:
        for k in range(edits):
            while True:
                try:
                    if k % 2 == 0:
                        number, ref = rnd.choice(deliveries)
                        title = f"w{index}-{k}"
                        cs = planning.update_delivery(db, number, ref, title=title)
                        before = cs.changes[0].before["title"]
                        acked_titles.append({"wo": number, "ref": ref, "before": before, "after": title})
                    else:
                        number, loc = rnd.choice(pools)
                        if _credits_left(db, number, loc, gen.TODAY) < 1:
                            skipped += 1
                            break
                        e = LedgerEntry(id=None, on=gen.TODAY, location_id=loc, kind=LedgerKind.DRAW, credits=Decimal(1), hours=Decimal(0),
                                        reference=f"pgw-{index}-{k}", counterparty="", notes="")
                        planning.add_entry(db, number, e)
                        acked_draws.append({"wo": number, "loc": loc, "reference": e.reference})
                    break
                except Overdrawn:  # the pool ran dry under this draw: refused, as the window says
                    skipped += 1
                    break
                except Conflict:
                    retries += 1
                except DatabaseError as exc:
                    if getattr(exc, "reason", None) != "conflict":
                        raise
                    retries += 1
    finally:
        db.close()
    return {"index": index, "seconds": time.perf_counter() - t0, "titles": acked_titles,
            "draws": acked_draws, "retries": retries, "skipped_draws": skipped}


def verify(url: str, original: dict, results: list[dict]) -> dict:
    """Lost updates: acknowledged edits missing from the final state. Every title edit checked
    what it read (``before``), so the acknowledged edits of one delivery must form one chain
    from its original title to its final one; an edit off that chain was overwritten unseen.
    Every acknowledged draw must be in the ledger (by its reference). Overdraws: a shared pool
    below 0 at the end."""
    from app.services.planning import work_order
    from app.store.db import open_db

    db = open_db(url)
    try:
        lost = 0
        titles = [t for r in results for t in r["titles"]]
        for key, first in original.items():
            mine = [t for t in titles if (t["wo"], t["ref"]) == key]
            final = next(d.title for d in work_order(db, key[0]).deliveries if d.ref == key[1])
            step = {t["before"]: t["after"] for t in mine}  # two edits from one value: one is off
            chain, at = 0, first
            while at in step and chain <= len(mine):
                at, chain = step[at], chain + 1
            lost += len(mine) - chain + (at != final)
        draws = [d for r in results for d in r["draws"]]
        refs: dict[str, set[str]] = {}
        for number in {d["wo"] for d in draws} | {k[0] for k in original}:
            refs[number] = {e.reference for e in work_order(db, number).ledger}
        lost_draws = sum(1 for d in draws if d["reference"] not in refs.get(d["wo"], set()))
        _deliveries, pools = _targets(db)
        left = {f"{n}/{loc}": _credits_left(db, n, loc, gen.TODAY) for n, loc in pools}
    finally:
        db.close()
    return {"lost_updates": lost + lost_draws, "lost_titles": lost, "lost_draws": lost_draws,
            "overdraws": sum(1 for v in left.values() if v < 0),
            "credits_left": {k: str(v) for k, v in left.items()}}


def case_pgwriters(size: int, repeat: int, writers: int, edits: int) -> dict:
    """``writers`` processes x ``edits`` edits each on one PostgreSQL database, ``repeat``
    times (a fresh copy each): edits per second (acknowledged edits of all writers over the
    slowest writer's time from its database open, so process start-up is left out), lost
    updates, overdraws, retries."""
    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.services.planning import work_order
    from app.store.db import open_db

    srv = server()
    rates, runs = [], []
    try:
        for i in range(repeat):
            _src, url = pg_copy(size, srv)
            db = open_db(url)
            try:
                deliveries, pools = _targets(db)
                # leave each shared pool fewer credits than the writers will try to draw, so that
                # it runs dry while they race for it (an overdraw would show)
                for n, loc in pools:
                    extra = _credits_left(db, n, loc, gen.TODAY) - max(1, writers * edits // (4 * len(pools)))
                    if extra > 0:
                        planning.add_entry(db, n, LedgerEntry(id=None, on=gen.TODAY, location_id=loc, kind=LedgerKind.DRAW, credits=extra,
                                                              hours=Decimal(0), reference="pgw-setup", counterparty="", notes=""))
                original = {(n, r): next(d.title for d in work_order(db, n).deliveries if d.ref == r)
                            for n, r in deliveries}
            finally:
                db.close()
            env = dict(os.environ, PYTHONPATH=str(ROOT))
            t0 = time.perf_counter()
            procs = [subprocess.Popen([sys.executable, "-m", "bench.pg", "writer", "--url", url,
                                       "--index", str(w), "--edits", str(edits), "--seed", str(i)],
                                      cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for w in range(writers)]
            results = []
            for p in procs:
                out, err = p.communicate(timeout=600)
                res = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
                if res.get("status") != "ok":
                    raise RuntimeError(res.get("detail") or (err.strip().splitlines() or ["no output"])[-1])
                results.append(res)
            wall = time.perf_counter() - t0
            acked = sum(len(r["titles"]) + len(r["draws"]) for r in results)
            check = verify(url, original, results)
            rates.append(acked / max(r["seconds"] for r in results))  # from each one's first edit
            runs.append({**check, "acknowledged": acked, "seconds": round(wall, 3),
                         "retries": sum(r["retries"] for r in results),
                         "skipped_draws": sum(r["skipped_draws"] for r in results)})
            srv.drop(url)
    finally:
        srv.close()
    return {"path": rates, "floor": [], "runs": runs, "writers": writers, "edits": edits,
            "lost_updates": max(r["lost_updates"] for r in runs),
            "overdraws": max(r["overdraws"] for r in runs),
            "retries": sum(r["retries"] for r in runs),
            "detail": f"{writers} writers x {edits} edits on {POOL_WOS} shared work orders "
                      f"({SHARED_DELIVERIES} deliveries, {POOL_WOS} pools)"}


CASES = {
    "pgload": lambda a: case_pgload(a.size, a.repeat),
    "pgcheck": lambda a: case_pgcheck(a.size, a.repeat),
    "pgedit": lambda a: case_pgedit(a.size, a.repeat),
    "pgwriters": lambda a: case_pgwriters(a.size, a.repeat, a.writers, a.edits),
}


def measure(args) -> dict:
    def run() -> dict:
        try:
            if args.case == "writer":
                return writer(args.url, args.index, args.edits, args.seed)
            return CASES[args.case](args)
        except LookupError as exc:
            raise Missing(f"no PostgreSQL server: {exc}") from None

    return reported(run)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.pg")
    p.add_argument("case", choices=[*sorted(CASES), "writer"])
    p.add_argument("--size", type=int, default=100)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--writers", type=int, default=4)
    p.add_argument("--edits", type=int, default=200)
    p.add_argument("--url", default="")
    p.add_argument("--index", type=int, default=0)
    p.add_argument("--seed", type=int, default=0)
    result = measure(p.parse_args(argv))
    sys.stdout.flush()
    print("\n" + json.dumps(result, default=str), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
