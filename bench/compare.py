"""Compare two benchmark runs: ``python -m bench.compare A.json B.json`` prints, per path, the
median and ratio of each run and the change from A to B."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _fmt(v, unit: str) -> str:
    if v is None:
        return "—"
    return f"{v:.0f} MB" if unit == "MB" else f"{v:.3f} s"


def compare(a: dict, b: dict) -> str:
    rows = [("path", "A median", "B median", "change", "A ratio", "B ratio", "B met?")]
    paths_b = {p["key"]: p for p in b["paths"]}
    keys = [p["key"] for p in a["paths"]] + [k for k in paths_b if k not in {p["key"] for p in a["paths"]}]
    paths_a = {p["key"]: p for p in a["paths"]}
    for key in keys:
        pa, pb = paths_a.get(key, {}), paths_b.get(key, {})
        unit = (pa or pb).get("unit", "s")
        ma, mb = pa.get("median"), pb.get("median")
        change = f"{(mb - ma) / ma * 100:+.1f} %" if ma and mb else "—"
        ra, rb = pa.get("ratio"), pb.get("ratio")
        met = {True: "yes", False: "NO", None: pb.get("status", "—")}[pb.get("met")]
        rows.append(((pb or pa).get("path", key), _fmt(ma, unit), _fmt(mb, unit), change,
                     f"{ra:.2f}×" if ra else "—", f"{rb:.2f}×" if rb else "—", met))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print("usage: python -m bench.compare A.json B.json", file=sys.stderr)
        return 2
    try:
        a, b = _load(argv[0]), _load(argv[1])
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"A: {argv[0]} ({a['meta'].get('when', '?')})\nB: {argv[1]} ({b['meta'].get('when', '?')})\n")
    print(compare(a, b))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
