"""Score the built-in location extractor on GeoWebNews dev with the shared scorer.

usage: .venv/bin/python benchmarks/score_locations.py [BUNDLE GOLD] [--out PRED.jsonl]

Reads the bundle with ``newsparse.read_bundle`` and ``Document.from_member``, writes one JSON
line of predictions per document, then runs ``score.py locations`` and prints its figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newsparse import read_bundle
from newsparse.document import Document
from newsparse.extractors.locations import extract_locations

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
if not EVAL.exists():
    EVAL = Path("/work/shared/eval")


def main() -> None:
    """Predict, score and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", nargs="?", default=str(EVAL / "geowebnews-dev.bundle.txt"))
    parser.add_argument("gold", nargs="?", default=str(EVAL / "geowebnews-dev.jsonl"))
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp()) / "locations.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for member in read_bundle(args.bundle):
            document = Document.from_member(member)
            locations = [
                {
                    "start": loc.start,
                    "end": loc.end,
                    "text": loc.text,
                    "name": loc.name,
                    "feature": loc.feature,
                    "latitude": loc.latitude,
                    "longitude": loc.longitude,
                }
                for loc in extract_locations(document)
            ]
            f.write(json.dumps({"name": document.name, "locations": locations}) + "\n")
    print(f"predictions: {out}")
    scorer = EVAL / "score.py"
    subprocess.run([sys.executable, str(scorer), "locations", args.gold, str(out)], check=True)


if __name__ == "__main__":
    main()
