"""Speed-up of `--jobs N`: analyse the same documents on 1 and on N processes, side by side.

    python benchmarks/bench_jobs.py [--bundle PATH] [--jobs 2] [--limit 300]

Prints documents/s and MB/s for each run and the ratio. Reads ../shared/eval/polnear-train
by default (not shipped: the figures need that folder beside the repository).
"""

from __future__ import annotations

import argparse
import itertools
import os
import time
from pathlib import Path

from newsparse import Analyzer, read_bundle

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-train.bundle.txt"


def run(members: list[object], jobs: int) -> tuple[float, int]:
    """Seconds to analyse ``members`` on ``jobs`` processes, and the number of results."""
    analyzer = Analyzer.create(autoload=False)
    started = time.perf_counter()
    count = 0
    for analysis in analyzer.analyze_many(members, jobs=jobs):
        count += len(analysis.quotes) + len(analysis.claims) + len(analysis.locations)
    return time.perf_counter() - started, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--limit", type=int, default=300, help="documents to analyse")
    args = parser.parse_args()
    members = list(itertools.islice(read_bundle(args.bundle), args.limit))
    size = sum(len(m.text.encode("utf-8")) for m in members) / 1e6
    print(
        f"{len(members)} documents, {size:.2f} MB from {args.bundle.name}; {os.cpu_count()} cores"
    )
    run(members[:5], 1)  # load the extractors' resources before timing
    single, results_single = run(members, 1)
    multi, results_multi = run(members, args.jobs)
    assert results_single == results_multi, "parallel run must give the same results"
    for label, seconds in (("jobs=1", single), (f"jobs={args.jobs}", multi)):
        print(
            f"{label:>8}: {seconds:7.2f} s  {len(members) / seconds:8.1f} docs/s  {size / seconds:6.2f} MB/s"
        )
    print(f"speed-up: {single / multi:.2f}x on {args.jobs} processes")


if __name__ == "__main__":
    main()
