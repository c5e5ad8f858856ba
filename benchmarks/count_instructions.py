"""Instructions one warm pass of an extractor executes: a speed measure free of machine noise.

    .venv/bin/python benchmarks/count_instructions.py [--stage claims] [--src DIR ...]

Wall-clock speed on a shared 2-core machine drifts by 10-20% within minutes, so two versions
timed in turns can differ by less than the noise. The number of CPU instructions a pass
executes barely moves between runs. This script runs one and then two passes of a stage over
the polnear-dev articles (already segmented) under ``valgrind --tool=cachegrind``, and
prints the difference: the instructions of one warm pass. With several ``--src`` folders
(``src`` of a ``git worktree`` of another commit, say) it prints each one's count and its
ratio to the first, all in the same run. Instructions are not time (memory stalls are not
counted), but for a pure-Python change the ratio tracks the time ratio.

Needs valgrind (Debian: ``apt install valgrind``); each count takes about half a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from _eval import eval_path

# claims, quotes, locations: the extractors; analysis: the reported-speech rules alone (no
# names); checkworthy: the check-worthiness model on every sentence
STAGES = ("claims", "quotes", "locations", "analysis", "checkworthy")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def run_passes(stage: str, passes: int) -> None:
    """The child's work: segment polnear-dev, then run ``passes`` passes of ``stage``."""
    from newsparse.checkworthy import score
    from newsparse.document import Document
    from newsparse.extractors.claims import extract_claims
    from newsparse.extractors.locations import extract_locations
    from newsparse.extractors.quotes import extract_quotes
    from newsparse.extractors.reported import analyse

    with open(eval_path("polnear-dev.jsonl"), encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    docs = [Document.from_text(text, name=str(i)) for i, text in enumerate(texts)]
    sentences = [doc.text[s.start : s.end] for doc in docs for s in doc.sentences]
    for _ in range(passes):
        if stage == "checkworthy":
            for sentence in sentences:
                score(sentence)
            continue
        for doc in docs:
            if stage == "claims":
                extract_claims(doc, ())
            elif stage == "quotes":
                extract_quotes(doc)
            elif stage == "analysis":
                analyse(doc)  # (its cache keeps two documents: a pass of 84 always misses)
            else:
                extract_locations(doc)


def instructions(stage: str, passes: int, src: str | None) -> int:
    """Instructions of this script's child run with ``passes`` passes, ``src`` first on the path."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if src is not None:
        env["PYTHONPATH"] = src
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(passes),
        "--stage",
        stage,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = _REFS.search(done.stderr)
    if found is None:
        sys.exit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description="Instructions of one warm pass (valgrind).")
    ap.add_argument("--stage", choices=STAGES, default="claims")
    ap.add_argument("--src", action="append", help="a src folder to import newsparse from")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        run_passes(args.stage, args.child)
        return
    sources: list[str | None] = [str(Path(s).resolve()) for s in args.src] if args.src else [None]
    first = 0
    for src in sources:
        # one pass warms the caches (n-gram weights, compiled patterns), as in bench_claims
        count = instructions(args.stage, 2, src) - instructions(args.stage, 1, src)
        first = first or count
        label = src or "installed newsparse"
        print(
            f"{args.stage}: {count / 1e9:.3f} G instructions a pass ({label}); "
            f"ratio to the first {count / first:.3f}"
        )


if __name__ == "__main__":
    main()
