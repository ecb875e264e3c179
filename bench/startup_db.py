"""What the integrity check costs a normal start (issue 10): open a 1,000-work-order database
for writing and read the portfolio, as the window does once it has painted, then close.

    python -m bench.startup_db [--size 1000] [--repeat 7]

Three ways, timed alternately (median of ``--repeat``):
- ``before``: the full check switched off (what a start cost before the check existed);
- ``normal``: the file is unchanged since its last good check (the record matches): the start
  the user makes every day. Target: ≤ 1.10 × ``before``;
- ``changed``: the record is dropped before each start, so the full ``integrity_check`` runs
  (the first start after another program touched the file).
Prints one JSON line with the medians and the ratios.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    from app.services import portfolio
    from app.store import integrity, lock
    from app.store.db import open_db

    from . import cases

    path = cases.private_db(args.size)
    open_db(path).close()  # migrate if needed, the day's backup, the first record

    real = integrity.ensure_sound

    def start(mode: str) -> float:
        integrity.ensure_sound = (lambda p, record: None) if mode == "before" else real
        if mode == "changed":
            lock.lock_path(path).write_text("")
        gc.collect()
        t = time.perf_counter()
        db = open_db(path)
        try:
            portfolio.load(db)
        finally:
            db.close()
        elapsed = time.perf_counter() - t
        integrity.ensure_sound = real
        return elapsed

    for mode in ("before", "normal", "changed"):  # warm-up
        start(mode)
    open_db(path).close()  # a good record again
    times: dict[str, list[float]] = {"before": [], "normal": [], "changed": []}
    for _ in range(args.repeat):
        for mode in ("before", "normal", "changed"):
            times[mode].append(start(mode))
            if mode == "changed":
                open_db(path).close()
    med = {k: statistics.median(v) for k, v in times.items()}
    out = {"size": args.size, "repeat": args.repeat, **{f"{k}_s": round(v, 4) for k, v in med.items()},
           "normal_vs_before": round(med["normal"] / med["before"], 3),
           "changed_vs_before": round(med["changed"] / med["before"], 3),
           "target_normal_vs_before": 1.10, "met": med["normal"] / med["before"] <= 1.10,
           "db_mb": round(Path(path).stat().st_size / 1e6, 1)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
