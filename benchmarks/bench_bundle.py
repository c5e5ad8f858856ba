"""Bundle reading speed and memory, against plain Python reading the same file, in one run.

    python benchmarks/bench_bundle.py [--size-mb 1024] [--keep]

Writes a bundle of ``--size-mb`` MB (default 1 GB) of news-like members (about 4.6 KB each,
like PolNeAR's articles) into a temporary
folder, then, each in a fresh child process so that peak memory is its own:

(a) iterates ``newsparse.read_bundle`` over it (every member decoded, names checked);
(b) reads the same file in 1 MB chunks and decodes each chunk as UTF-8, nothing more.

It prints MB/s of both, the ratio a/b (goal: at least 0.5) and the peak RSS of (a) (goal:
under 100 MB). Last, it reports segmentation throughput (``Document.from_member``) on
../shared/eval/polnear-train.bundle.txt when that folder is there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parents[1] / "shared" / "eval" / "polnear-train.bundle.txt"

WORDS = (
    "the officials said on Tuesday that Kyiv and Moscow would resume talks after weeks of "
    "shelling in the Dnipropetrovsk region, where “we will not give up,” a spokesman told "
    "reporters; prices rose 3.5% — more than expected — while the U.S. Senate debated aid"
).split()

CHILD_READ = """
import resource, sys, time
from newsparse import read_bundle
started = time.perf_counter()
members = size = 0
for member in read_bundle(sys.argv[1]):
    members += 1
    size += len(member.text)
seconds = time.perf_counter() - started
print(seconds, members, size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

CHILD_PLAIN = """
import codecs, resource, sys, time
started = time.perf_counter()
decoder = codecs.getincrementaldecoder("utf-8")()
size = 0
with open(sys.argv[1], "rb") as f:
    while chunk := f.read(1 << 20):
        size += len(decoder.decode(chunk))
size += len(decoder.decode(b"", final=True))
seconds = time.perf_counter() - started
print(seconds, 0, size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_bundle(path: Path, size_mb: int) -> int:
    """Write news-like members until the file holds ``size_mb`` MB.

    Members average about 4.6 KB, the mean article size of PolNeAR (3.86 MB in 840 articles).
    """
    rng = random.Random(7)
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120))).capitalize() + "."
        for _ in range(400)
    ]
    target = size_mb * 1_000_000
    written = members = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        while written < target:
            body = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(3, 15)))
            piece = f"<<<FILE article-{members:08d}.txt>>>\nHeadline number {members}\n\n{body}\n"
            out.write(piece)
            written += len(piece.encode("utf-8"))
            members += 1
    return members


def child(code: str, path: Path) -> tuple[float, int, int, int]:
    """Run ``code`` on ``path`` in a fresh interpreter: seconds, members, chars, max RSS (KB)."""
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    seconds, members, chars, rss = result.stdout.split()
    return float(seconds), int(members), int(chars), int(rss)


def segmentation() -> None:
    """Documents and MB per second of Document.from_member on PolNeAR train."""
    from newsparse import Document, read_bundle

    if not POLNEAR.exists():
        print("segmentation: ../shared/eval/polnear-train.bundle.txt not found, skipped")
        return
    members = list(read_bundle(POLNEAR))
    size = sum(len(m.text.encode("utf-8")) for m in members) / 1e6
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for member in members:
            Document.from_member(member)
        best = min(best, time.perf_counter() - started)
    print(
        f"segmentation (polnear-train, {len(members)} documents, {size:.2f} MB): "
        f"{len(members) / best:,.0f} documents/s, {size / best:.2f} MB/s (best of 3)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--size-mb", type=int, default=1024, help="bundle size in MB (default 1024)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated bundle")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    path = folder / "bench.bundle.txt"
    try:
        started = time.perf_counter()
        members = make_bundle(path, args.size_mb)
        size = path.stat().st_size / 1e6
        print(
            f"bundle: {size:,.0f} MB, {members:,} members (written in {time.perf_counter() - started:.0f} s)"
        )
        plain = child(CHILD_PLAIN, path)  # also warms the page cache for both runs
        plain = child(CHILD_PLAIN, path)
        ours = child(CHILD_READ, path)
        assert ours[1] == members, f"read {ours[1]} members, wrote {members}"
        a, b = size / ours[0], size / plain[0]
        print(f"(a) read_bundle:             {a:8.1f} MB/s   peak RSS {ours[3] / 1024:6.1f} MB")
        print(f"(b) read + decode, 1 MB:     {b:8.1f} MB/s   peak RSS {plain[3] / 1024:6.1f} MB")
        print(
            f"ratio a/b: {a / b:.2f} (goal >= 0.50); peak RSS of (a) {ours[3] / 1024:.1f} MB (goal < 100 MB)"
        )
        print(
            json.dumps(
                {
                    "mb": round(size),
                    "a_mb_s": round(a, 1),
                    "b_mb_s": round(b, 1),
                    "ratio": round(a / b, 3),
                    "rss_mb": round(ours[3] / 1024, 1),
                }
            )
        )
    finally:
        if not args.keep:
            path.unlink(missing_ok=True)
            os.rmdir(folder)
    segmentation()


if __name__ == "__main__":
    main()
