"""Benchmark the location extractor: MB/s once loaded, gazetteer load time, RSS, data size.

usage: .venv/bin/python benchmarks/bench_locations.py [BUNDLE]

Load time and peak RSS are measured in a fresh subprocess that only imports newsparse and
loads the gazetteer; throughput is measured here after the gazetteer is loaded.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from newsparse import read_bundle
from newsparse.document import Document
from newsparse.extractors.locations import extract_locations
from newsparse.gazetteer import load

DATA = Path(__file__).resolve().parents[1] / "src" / "newsparse" / "data"
DEFAULT = Path("/work/shared/eval/geowebnews-dev.bundle.txt")
PROBE = """
import resource, time
t = time.perf_counter()
from newsparse.gazetteer import load
gaz = load()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(gaz))
"""


def main() -> None:
    """Print the figures."""
    bundle = sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT)
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    seconds, rss, forms = out.stdout.split()
    print(f"gazetteer load (fresh process, import included): {float(seconds):.2f} s")
    print(f"peak RSS after load: {float(rss):.0f} MB ({forms} surface forms)")
    for path in sorted(DATA.glob("gazetteer*")):
        print(f"data file {path.name}: {path.stat().st_size / 1e6:.2f} MB")
    load()
    documents = [Document.from_member(m) for m in read_bundle(bundle)]
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    rounds = 5
    start = time.perf_counter()
    found = 0
    for _ in range(rounds):
        for document in documents:
            found += len(extract_locations(document))
    elapsed = time.perf_counter() - start
    print(
        f"throughput once loaded: {size * rounds / elapsed / 1e6:.2f} MB/s "
        f"({len(documents)} documents, {size / 1e6:.2f} MB x {rounds}, {found // rounds} locations)"
    )


if __name__ == "__main__":
    main()
