"""``make bench``: run every benchmark, print each beside its baseline, write JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.benchmarks import bench_dates
from tests.benchmarks.common import Result

BENCHMARKS = (bench_dates,)
OUTPUT = Path("build") / "bench.json"


def main() -> None:
    results: list[Result] = []
    for module in BENCHMARKS:
        for item in module.run():
            results.append(item)
            print(f"{item.name:<32} {item.value:>10.4f} {item.unit:<3} baseline "
                  f"{item.baseline:>10.4f} {item.unit:<3} ratio {item.ratio:.4f}"
                  + (f"  ({item.note})" if item.note else ""), flush=True)
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps([r.record() for r in results], indent=2) + "\n",
                      encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
