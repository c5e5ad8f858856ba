"""Score the claim extractor on the dev sets with the project's scorer.

    .venv/bin/python benchmarks/score_claims.py [--eval-dir /work/shared/eval] [--out DIR]

Runs quotes + claims over ``polnear-dev`` (``score.py attributions``: quotes and claims
together, overlapping duplicates merged) and claims over ``checkworthy-dev``
(``score.py checkworthy``: a sentence is check-worthy when any of its claims scores >= 0.5),
writes the predictions in the scorer's format and prints the scores.

PolNeAR annotates attributions only, so the attribution figure is given twice: for the
attributions the extractors report (quotes and ``reported`` claims: the issue's measure)
and for everything, ``factual`` claims (unattributed check-worthy sentences) included.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newsparse.document import Document
from newsparse.extractors.claims import extract_claims
from newsparse.results import Quote

QuoteFinder = Callable[[Document], Sequence[Quote]]


def documents(eval_dir: Path, stem: str) -> Iterator[Document]:
    """The documents of one set: from the bundle when ``newsparse.bundle`` exists, else the JSONL."""
    try:
        from newsparse.bundle import read_bundle  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        with open(eval_dir / f"{stem}.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    yield Document.from_text(row["text"], name=row["id"])
        return
    for member in read_bundle(eval_dir / f"{stem}.bundle.txt"):
        yield Document.from_member(member)


def quote_finder() -> QuoteFinder | None:
    """The built-in quote extractor, if it is there yet."""
    try:
        from newsparse.extractors.quotes import (  # type: ignore[import-not-found, unused-ignore]
            extract_quotes,
        )
    except ImportError:
        return None
    finder: QuoteFinder = extract_quotes
    return finder


def _mention(m: object) -> dict[str, object] | None:
    if m is None:
        return None
    return {"start": m.start, "end": m.end, "text": m.text}  # type: ignore[attr-defined]


def predict(
    docs: Iterator[Document],
    find_quotes: QuoteFinder | None,
    path: Path,
    kinds: tuple[str, ...] = ("reported", "factual"),
) -> int:
    """Write one prediction line per document (claims of ``kinds`` only); return the count."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for doc in docs:
            quotes = list(find_quotes(doc)) if find_quotes else []
            claims = extract_claims(doc, quotes)
            row = {
                "id": doc.name,
                "quotes": [
                    {"start": q.start, "end": q.end, "speaker": _mention(q.speaker)} for q in quotes
                ],
                "claims": [
                    {
                        "start": c.start,
                        "end": c.end,
                        "kind": c.kind,
                        "score": c.score,
                        "claimer": _mention(c.claimer),
                    }
                    for c in claims
                    if c.kind in kinds
                ],
            }
            out.write(json.dumps(row) + "\n")
            n += 1
    return n


def score(eval_dir: Path, task: str, gold: str, pred: Path) -> dict[str, object]:
    """Run ``score.py`` and return its JSON result."""
    done = subprocess.run(
        [
            sys.executable,
            str(eval_dir / "score.py"),
            task,
            str(eval_dir / gold),
            str(pred),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Score claims on polnear-dev and checkworthy-dev.")
    ap.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--out", type=Path, help="keep the prediction files in this folder")
    ap.add_argument("--no-quotes", action="store_true", help="claims only, without quotes")
    args = ap.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="newsparse-claims-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    find_quotes = None if args.no_quotes else quote_finder()
    print(f"quote extractor: {'newsparse.extractors.quotes' if find_quotes else 'none'}")

    for label, kinds in (
        ("quotes + reported claims", ("reported",)),
        ("quotes + all claims (factual too)", ("reported", "factual")),
    ):
        pred = out_dir / f"polnear-dev.{len(kinds)}.pred.jsonl"
        predict(documents(args.eval_dir, "polnear-dev"), find_quotes, pred, kinds)
        res = score(args.eval_dir, "attributions", "polnear-dev.jsonl", pred)
        partial = res["partial"]
        assert isinstance(partial, dict)
        print(
            f"polnear-dev attributions, {label}: partial P {partial['precision']:.4f}"
            f" R {partial['recall']:.4f} F1 {partial['f1']:.4f};"
            f" source accuracy {res['source_accuracy']}"
        )

    pred = out_dir / "checkworthy-dev.pred.jsonl"
    predict(documents(args.eval_dir, "checkworthy-dev"), None, pred)
    res = score(args.eval_dir, "checkworthy", "checkworthy-dev.jsonl", pred)
    sentence = res["sentence"]
    assert isinstance(sentence, dict)
    print(
        f"checkworthy-dev: P {sentence['precision']:.4f} R {sentence['recall']:.4f}"
        f" F1 {sentence['f1']:.4f}"
    )
    print(f"predictions in {out_dir}")


if __name__ == "__main__":
    main()
