"""Quote extraction quality on PolNeAR: `score.py quotes` on the dev set (or another split).

    python benchmarks/score_quotes.py [--set polnear-dev] [--out predictions.jsonl]

Runs the built-in extractors (no third-party plugins) over ``<set>.bundle.txt`` in
../shared/eval, writes the predictions in newsparse's JSONL schema and prints the scores.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from _eval import run_and_score


def show(figures: dict[str, Any]) -> None:
    """The figures the issue's goals are stated in."""
    print(f"gold quotes        {figures['gold']}")
    print(f"predicted quotes   {figures['predicted']}")
    print(
        f"partial F1         {figures['partial']['f1']:.4f}  (P {figures['partial']['precision']:.4f}, R {figures['partial']['recall']:.4f})"
    )
    print(f"strict F1          {figures['strict']['f1']:.4f}")
    print(f"speaker accuracy   {figures['speaker_accuracy']:.4f}")
    print(f"attributed F1      {figures['attributed']['f1']:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="polnear-dev", help="polnear-dev or polnear-train")
    parser.add_argument("--out", type=Path, help="keep the predictions here")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp()) / f"{args.set}.quotes.jsonl"
    print(f"quotes on {args.set} (score.py quotes)")
    run_and_score("quotes", args.set, out, ("quotes",), show)


if __name__ == "__main__":
    main()
