"""Run every benchmark path against its floor and print the table.

    python -m bench.run [--quick] [--repeat N] [--json OUT] [--only KEY ...] [--pg]

Each path and its floor are measured in the same run, in fresh worker processes (bench/cases.py;
start-up and memory in one process per sample, bench/startup_app.py), N times each (median;
N = 3 by default, --quick: one sample at small sizes as a smoke test). The table goes to stdout
and the results to bench/results/latest.json (or --json OUT); compare two runs with
``python -m bench.compare A.json B.json``. ``--pg`` adds the PostgreSQL paths (bench/pg.py) on
a throwaway cluster started once for the run: pgload, pgcheck, pgedit against the same on SQLite,
and pgwriters (concurrent writers: edits per second, lost updates, overdraws).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import generate as gen

ROOT = gen.BENCH.parent
RESULTS = gen.BENCH / "results"
PY = sys.executable


@dataclass
class Row:
    key: str
    path: str
    floor: str
    target: float  # ratio path / floor at most
    unit: str = "s"
    limit: float | None = None  # and the median at most this (seconds), where the path has one
    status: str = "ok"  # ok | missing | error
    median: float | None = None
    floor_median: float | None = None
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    detail: str = ""

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor_median:
            return None
        return self.median / self.floor_median

    @property
    def met(self) -> bool | None:
        if self.ratio is None:
            return None
        return self.ratio <= self.target and (self.limit is None or self.median <= self.limit)

    def fill(self, path: list[float], floor: list[float]) -> None:
        self.samples, self.floor_samples = path, floor
        self.median = statistics.median(path) if path else None
        self.floor_median = statistics.median(floor) if floor else None


def environment(home: Path) -> dict[str, str]:
    """Headless Qt, the repository importable, and private user folders (the app's settings,
    backups and logs never touch the real ones)."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        d = home / var.lower()
        d.mkdir(parents=True, exist_ok=True)
        env[var] = str(d)
    return env


def last_json(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no result line")


def run_case(case: str, size: int, repeat: int, env: dict, timeout: float = 400,
             module: str = "bench.cases", extra: tuple[str, ...] = ()) -> dict:
    cmd = [PY, "-m", module, case, "--size", str(size), "--repeat", str(repeat), *extra]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "error", "detail": f"timed out after {timeout:.0f} s"}
    try:
        return last_json(proc.stdout)
    except ValueError:
        return {"status": "error", "detail": (proc.stderr.strip().splitlines() or ["no output"])[-1]}


def start_once(env: dict, args: list[str], timeout: float = 180) -> dict:
    """One cold start in a new process: seconds from spawning it to its first paint."""
    t0 = time.time()
    proc = subprocess.run([PY, str(gen.BENCH / "startup_app.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    try:
        out = last_json(proc.stdout)
    except ValueError:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        if "ModuleNotFoundError" in proc.stderr and "app.ui" in proc.stderr:
            return {"status": "missing", "detail": tail}
        return {"status": "error", "detail": tail}
    if out.get("error") or not out.get("painted"):
        return {"status": "error", "detail": out.get("error", "no paint")}
    return {"status": "ok", "seconds": out["painted"] - t0, "mb": out["maxrss_kb"] / 1024,
            "heavy": out["heavy_modules"], "screens": out["screens"]}


def measure_startup(rows: dict[str, Row], db: Path, repeat: int, env: dict, notes: dict) -> None:
    start, memory = rows["startup"], rows["memory"]
    private = Path(tempfile.mkdtemp(prefix="bench-start-")) / "planner.db"
    shutil.copyfile(db, private)
    try:
        warm = start_once(env, ["--db", str(private)])  # untimed: first open (daily backup, file cache)
        if warm["status"] != "ok":
            for r in (start, memory):
                r.status, r.detail = warm["status"], warm["detail"]
            return
        notes["startup_heavy_modules"] = warm["heavy"]
        app, floor, app_mb, floor_mb, screens = [], [], [], [], []
        for _ in range(repeat):
            f = start_once(env, ["--floor"])
            a = start_once(env, ["--db", str(private)])
            s = start_once(env, ["--db", str(private), "--screens"])
            for r in (f, a, s):
                if r["status"] != "ok":
                    start.status = memory.status = r["status"]
                    start.detail = memory.detail = r["detail"]
                    return
            floor.append(f["seconds"])
            floor_mb.append(f["mb"])
            app.append(a["seconds"])
            app_mb.append(s["mb"])
            screens = s["screens"]
            notes["startup_heavy_modules"] = sorted(set(notes["startup_heavy_modules"]) | set(a["heavy"]))
        start.fill(app, floor)
        memory.fill(app_mb, floor_mb)
        heavy = notes["startup_heavy_modules"]
        start.detail = ("heavy modules at first paint: " + (", ".join(heavy) if heavy else "none")
                        + f"; {db.name}")
        memory.detail = "screens opened: " + ", ".join(screens)
    finally:
        shutil.rmtree(private.parent, ignore_errors=True)


def measure_data(row: Row, db: Path, repeat: int, env: dict) -> None:
    """Time to data: cold start until the Portfolio table, painted, shows its rows, against a
    cold start that imports Qt, reads the same rows with sqlite3 and paints an empty window."""
    private = Path(tempfile.mkdtemp(prefix="bench-data-")) / "planner.db"
    shutil.copyfile(db, private)
    try:
        warm = start_once(env, ["--db", str(private), "--data"])  # untimed: first open (backup, cache)
        if warm["status"] != "ok":
            row.status, row.detail = warm["status"], warm["detail"]
            return
        app, floor = [], []
        for _ in range(repeat):
            f = start_once(env, ["--floor", "--data", "--db", str(private)])
            a = start_once(env, ["--db", str(private), "--data"])
            for r in (f, a):
                if r["status"] != "ok":
                    row.status, row.detail = r["status"], r["detail"]
                    return
            floor.append(f["seconds"])
            app.append(a["seconds"])
        row.fill(app, floor)
        row.detail = f"{db.name}"
    finally:
        shutil.rmtree(private.parent, ignore_errors=True)


def table(rows: list[Row], lin: list[dict]) -> str:
    def num(v, unit):
        if v is None:
            return "—"
        return f"{v:.0f} MB" if unit == "MB" else f"{v:.3f} s"

    head = ("path", "median", "floor median", "ratio", "target", "met?")
    lines = [head]
    for r in rows:
        if r.status != "ok":
            lines.append((r.path, r.status, "", "", f"≤ {r.target:g}×", r.status))
            continue
        lines.append((r.path, num(r.median, r.unit), num(r.floor_median, r.unit),
                      f"{r.ratio:.2f}×" if r.ratio else "—", f"≤ {r.target:g}×",
                      "yes" if r.met else "NO"))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    if lin:
        out.append("")
        out.append("| linearity (10× the work orders) | small | large | growth | target | met? |")
        out.append("|---|---|---|---|---|---|")
        for item in lin:
            if item["growth"] is None:
                out.append(f"| {item['path']} | — | — | — | ≤ 12× | {item['status']} |")
            else:
                out.append(f"| {item['path']} | {item['small']:.3f} s | {item['large']:.3f} s | "
                           f"{item['growth']:.1f}× | ≤ 12× | {'yes' if item['growth'] <= 12 else 'NO'} |")
    return "\n".join(out)


def start_pg(env: dict, sizes: list[int]):
    """One throwaway PostgreSQL cluster for the run (bench/pg.py); its conninfo goes to the
    workers as UP_BENCH_PG. None (the pg paths then say why) when there is none."""
    from . import pg

    for n in sorted(set(sizes)):
        gen.portfolio_db(n)
    try:
        server = pg.server()
    except (LookupError, RuntimeError) as exc:
        print(f"No PostgreSQL server: {exc}", flush=True)
        return None
    env["UP_BENCH_PG"] = server.base
    return server


def measure_row(row: Row, key: str, size: int, repeat: int, env: dict, notes: dict, **how) -> None:
    """Run case ``key`` in its own process and fill its row (or say why it has no figure)."""
    print(f"Measuring {key} ...", flush=True)
    res = run_case(key, size, repeat, env, **how)
    row.status, row.detail = res["status"], res.get("detail", "")
    if res["status"] == "ok":
        row.fill(res["path"], res["floor"])
    elif res.get("trace"):
        notes[f"{key}_trace"] = res["trace"]


def measure_pg(rows: dict[str, Row], wanted: set[str], keys: tuple[str, ...], sizes: dict, repeat: int,
               env: dict, notes: dict, writers: int, edits: int) -> dict | None:
    """The PostgreSQL paths against the same on SQLite, then the concurrent writers."""
    for key in keys:
        if key in wanted:
            measure_row(rows[key], key, sizes[key], repeat, env, notes, timeout=900, module="bench.pg")
    if "pgwriters" not in wanted:
        return None
    print(f"Measuring pgwriters ({writers} writers x {edits} edits) ...", flush=True)
    res = run_case("pgwriters", sizes["pgwriters"], repeat, env, timeout=1800, module="bench.pg",
                   extra=("--writers", str(writers), "--edits", str(edits)))
    if res["status"] == "ok":
        res["edits_per_second"] = statistics.median(res["path"])
    return res


def writers_table(res: dict) -> str:
    """The concurrent writers' line: edits per second (median), lost updates and overdraws (the
    worst run; both must be 0), refused edits retried."""
    head = "| concurrent writers (PostgreSQL) | edits/s | lost updates | overdraws | retried | met? |"
    rule = "|---|---|---|---|---|---|"
    if res["status"] != "ok":
        return f"{head}\n{rule}\n| pgwriters | — | — | — | — | {res['status']}: {res.get('detail', '')} |"
    met = "yes" if res["lost_updates"] == 0 and res["overdraws"] == 0 else "NO"
    return (f"{head}\n{rule}\n| {res['detail']} | {res['edits_per_second']:.1f} | {res['lost_updates']} | "
            f"{res['overdraws']} | {res['retries']} | {met} |")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="one sample of each, at small sizes (a smoke run)")
    p.add_argument("--repeat", type=int, default=None, help="samples per path (default 3; --quick 1)")
    p.add_argument("--json", type=Path, default=RESULTS / "latest.json", help="where to write the results")
    p.add_argument("--only", nargs="*", default=None,
                   help="keys to run: startup check import xlsx pdf table edit data balances "
                        "(memory runs with startup); with --pg also pgload pgcheck pgedit pgwriters")
    p.add_argument("--pg", action="store_true",
                   help="also the PostgreSQL paths, on a throwaway cluster (bench/pg.py)")
    args = p.parse_args(argv)
    repeat = args.repeat or (1 if args.quick else 3)
    q = args.quick
    sizes = {"startup": 100 if q else 1000, "check": 100 if q else 1000, "import": 1000 if q else 10000,
             "xlsx": 10 if q else 100, "pdf": 10 if q else 100, "table": 100 if q else 1000,
             "edit": 100 if q else 1000, "data": 100 if q else 1000, "balances": 100 if q else 1000,
             "pgload": 100 if q else 1000, "pgcheck": 100 if q else 1000, "pgedit": 100 if q else 1000,
             "pgwriters": 10 if q else 100}
    writers, edits = (2, 10) if q else (4, 200)
    began = time.perf_counter()
    print(f"Preparing data (cached in {gen.CACHE.relative_to(ROOT)}/) ...", flush=True)
    for n in sorted({sizes["check"], sizes["startup"], sizes["table"], sizes["xlsx"], sizes["edit"], 10, 100}):
        gen.portfolio_db(n)
    gen.workbook(sizes["import"])

    rows = {r.key: r for r in [
        Row("startup", f"cold start to painted window, {sizes['startup']} WO",
            "import PySide6.QtWidgets, sqlmodel + empty QMainWindow", 1.3),
        Row("check", f"portfolio check, {sizes['check']} WO", "sqlite3 SELECT * of every table", 3.0),
        Row("import", f"import {sizes['import']}-line workbook (plan + commit)",
            "openpyxl read-only, every cell", 1.5),
        Row("xlsx", f"Excel statements, {sizes['xlsx']} WO", "openpyxl write-only, same cells", 1.5),
        Row("pdf", f"PDF statements, {sizes['pdf']} WO", "reportlab platypus, same tables", 1.5),
        Row("table", f"Deliveries table, {sizes['table'] * 50} rows, open + sort",
            "bare QAbstractTableModel, same rows", 2.0),
        Row("edit", f"edit -> refreshed window, {sizes['edit']} WO (median ≤ 0.100 s)",
            "the same service call alone", 3.0, limit=0.1),
        Row("data", f"time to data (cold start to Portfolio rows), {sizes['data']} WO",
            "import Qt + sqlite3 SELECT * + empty window", 1.5),
        Row("balances", f"balances of the whole portfolio, {sizes['balances']} WO",
            "sqlite3 SELECT * of every table", 3.0),
        Row("memory", f"peak memory, {sizes['startup']} WO, every screen", "cold-start floor's peak", 2.0,
            unit="MB"),
    ]}
    pg_keys = ("pgload", "pgcheck", "pgedit")
    if args.pg:
        rows.update({r.key: r for r in [
            Row("pgload", f"portfolio load on PostgreSQL, {sizes['pgload']} WO", "the same on SQLite", 1.5),
            Row("pgcheck", f"portfolio check on PostgreSQL, {sizes['pgcheck']} WO", "the same on SQLite", 1.5),
            Row("pgedit", f"edit -> refreshed window on PostgreSQL, {sizes['pgedit']} WO",
                "the same on SQLite", 2.0),
        ]})
    wanted = set(args.only or [k for k in rows if k not in pg_keys]) | (
        {*pg_keys, "pgwriters"} if args.pg and not args.only else set())
    notes: dict = {}
    lin: list[dict] = []
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    env = environment(home)
    pg_server = None
    writers_result: dict | None = None
    try:
        if args.pg and wanted & {*pg_keys, "pgwriters"}:
            pg_server = start_pg(env, [sizes[k] for k in (*pg_keys, "pgwriters")])
        if "startup" in wanted or "memory" in wanted:
            print("Measuring start-up and memory ...", flush=True)
            measure_startup(rows, gen.portfolio_db(sizes["startup"]), repeat, env, notes)
        if "data" in wanted:
            print("Measuring time to data ...", flush=True)
            measure_data(rows["data"], gen.portfolio_db(sizes["data"]), repeat, env)
        for key in ("check", "import", "xlsx", "pdf", "table", "edit", "balances"):
            if key in wanted:
                measure_row(rows[key], key, sizes[key], repeat, env, notes)
        if args.pg:
            writers_result = measure_pg(rows, wanted, pg_keys, sizes, repeat, env, notes, writers, edits)
        # linearity: 10x the work orders, at most 12x the time
        for key, small in (("check", sizes["check"] // 10), ("xlsx", sizes["xlsx"] // 10),
                           ("pdf", sizes["pdf"] // 10)):
            if key not in wanted or rows[key].status != "ok":
                continue
            print(f"Measuring linearity of {key} ({small} vs {sizes[key]} WO) ...", flush=True)
            res = run_case(key, small, repeat, env)
            item = {"key": key, "path": f"{key}: {small} vs {sizes[key]} WO", "status": res["status"],
                    "small": None, "large": rows[key].median, "growth": None}
            if res["status"] == "ok":
                item["small"] = statistics.median(res["path"])
                item["growth"] = item["large"] / item["small"]
            lin.append(item)
    finally:
        if pg_server is not None:
            pg_server.close()
        shutil.rmtree(home, ignore_errors=True)
    ordered = [rows[k] for k in ("startup", "check", "import", "xlsx", "pdf", "table", "edit", "data",
                                 "balances", "memory", *pg_keys)
               if k in rows and (k in wanted or (k == "memory" and "startup" in wanted))]
    elapsed = time.perf_counter() - began
    print()
    print(table(ordered, lin))
    for r in ordered:
        if r.detail:
            print(f"  {r.key}: {r.detail}")
    if writers_result is not None:
        print()
        print(writers_table(writers_result))
    print(f"\n{'quick smoke run, ' if q else ''}N = {repeat} per path, {elapsed:.0f} s in all", flush=True)
    result = {
        "meta": {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "quick": q, "repeat": repeat,
                 "seconds": round(elapsed, 1), "python": platform.python_version(),
                 "machine": f"{platform.machine()}, {os.cpu_count()} CPUs", "sizes": sizes},
        "paths": [dict(asdict(r), ratio=r.ratio, met=r.met) for r in ordered],
        "linearity": lin,
        **({"pgwriters": writers_result} if writers_result is not None else {}),
        "notes": notes,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"Results written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
