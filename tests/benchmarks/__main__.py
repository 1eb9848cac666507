"""``make bench``: run every benchmark, print each beside its baseline, write JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.benchmarks.common import Result

OUTPUT = Path("build") / "bench.json"


def _print(item: Result) -> None:
    print(f"{item.name:<40} {item.value:>10.4f} {item.unit:<3} baseline "
          f"{item.baseline:>10.4f} {item.unit:<3} ratio {item.ratio:.4f}"
          + (f"  ({item.note})" if item.note else ""), flush=True)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks import (
        bench_batch,
        bench_dates,
        bench_exchange,
        bench_identity,
        bench_list,
        bench_network,
        bench_participant,
        bench_responsive,
        bench_search,
        bench_startup,
        bench_tally,
        bench_timeline,
        bench_timeline_steps,
        bench_workbooks,
        synthetic,
    )

    app = QApplication.instance() or QApplication([])
    results: list[Result] = []
    for item in bench_dates.run():
        _print(item)
        results.append(item)
    print("building or reusing the 100k database in build/ ...", flush=True)
    store = synthetic.benchmark_store()
    try:
        for module in (bench_search, bench_list, bench_participant, bench_batch,
                       bench_tally, bench_network, bench_timeline, bench_timeline_steps,
                       bench_identity, bench_responsive):
            for item in module.run(store):
                _print(item)
                results.append(item)
        for module in (bench_startup, bench_exchange, bench_workbooks):
            for item in module.run(store.path):
                _print(item)
                results.append(item)
    finally:
        store.close()
    del app
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps([r.record() for r in results], indent=2) + "\n",
                      encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
