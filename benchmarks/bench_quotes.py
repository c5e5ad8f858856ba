"""Quote extraction speed on one core: MB of text per second over PolNeAR train.

    python benchmarks/bench_quotes.py [--set polnear-train] [--repeat 3]

Documents are segmented first; the figure times `extract_quotes` alone (best of the
repeats), and beside it the whole pipeline with every built-in extractor, for scale.
"""

from __future__ import annotations

import argparse
import time

from _eval import documents

from newsparse import Analyzer
from newsparse.extractors.quotes import extract_quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="polnear-train")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = list(documents(args.set))
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    best = float("inf")
    count = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        count = sum(len(extract_quotes(d)) for d in docs)
        best = min(best, time.perf_counter() - started)
    analyzer = Analyzer.create(autoload=False)
    started = time.perf_counter()
    for d in docs:
        analyzer.analyze(d)
    whole = time.perf_counter() - started
    print(f"{len(docs)} documents, {size:.2f} MB of {args.set}; {count} quotes")
    print(f"extract_quotes alone: {size / best:.2f} MB/s (best of {args.repeat})")
    print(f"whole pipeline, all built-in extractors: {size / whole:.2f} MB/s")


if __name__ == "__main__":
    main()
