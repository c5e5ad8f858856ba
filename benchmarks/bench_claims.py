"""Speed of the claim extractor, in MB of text per second on one core.

    .venv/bin/python benchmarks/bench_claims.py [--eval-dir /work/shared/eval] [--repeat 3]

Times :func:`newsparse.extractors.claims.extract_claims` (reported speech, quote-linked
claims and check-worthiness scoring) over the polnear-dev articles, already segmented;
segmentation is timed separately since it belongs to the document model, not the extractor.

Also prints the claim stage as it runs inside ``newsparse extract``: after
:func:`~newsparse.extractors.quotes.extract_quotes` on the same document, whose reported-speech
analysis the claim extractor then reuses. That figure is the time of quotes and claims
together minus the time of quotes alone, in the same run.

With ``--parts`` it also prints what the parts cost: ``extract_claims`` again with the
check-worthiness model replaced by a constant score, then with name resolution replaced by
a constant name too. Those runs give wrong output on purpose; they only tell how fast the
extractor could be if a part cost nothing (a ceiling for optimising the rest).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from unittest import mock

from newsparse import checkworthy
from newsparse.document import Document
from newsparse.extractors import reported
from newsparse.extractors.claims import extract_claims
from newsparse.extractors.quotes import extract_quotes


def main() -> None:
    ap = argparse.ArgumentParser(description="Claim extractor speed (MB/s).")
    ap.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--parts", action="store_true", help="also time with parts made free")
    args = ap.parse_args()
    with open(args.eval_dir / "polnear-dev.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    t0 = time.perf_counter()
    docs = [Document.from_text(t, name=str(i)) for i, t in enumerate(texts)]
    segment_s = time.perf_counter() - t0

    best = float("inf")
    n_claims = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_claims = sum(len(extract_claims(doc, ())) for doc in docs)
        best = min(best, time.perf_counter() - t0)
    quotes_only = quotes_and_claims = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for doc in docs:
            extract_quotes(doc)
        quotes_only = min(quotes_only, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for doc in docs:
            extract_claims(doc, tuple(extract_quotes(doc)))
        quotes_and_claims = min(quotes_and_claims, time.perf_counter() - t0)
    stage = quotes_and_claims - quotes_only
    print(f"text: {size_mb:.2f} MB in {len(docs)} documents; {n_claims} claims")
    print(f"extract_claims: {size_mb / best:.2f} MB/s (best of {args.repeat})")
    print(
        f"claim stage after extract_quotes (analysis shared, as in the pipeline): "
        f"{size_mb / stage:.2f} MB/s (quotes {size_mb / quotes_only:.2f} MB/s, "
        f"quotes + claims {size_mb / quotes_and_claims:.2f} MB/s)"
    )
    print(f"segmentation (for reference): {size_mb / segment_s:.2f} MB/s")
    if args.parts:
        _time_without_parts(docs, size_mb, args.repeat)


def _best_pass(docs: list[Document], repeat: int) -> float:
    """The fastest of ``repeat`` passes of ``extract_claims``, each analysing afresh."""
    best = float("inf")
    for _ in range(repeat):
        reported._cache.clear()  # (the analysis is cached per document: start cold)
        t0 = time.perf_counter()
        for doc in docs:
            extract_claims(doc, ())
        best = min(best, time.perf_counter() - t0)
    return best


def _time_without_parts(docs: list[Document], size_mb: float, repeat: int) -> None:
    """``extract_claims`` as shipped, then with the check-worthiness model and then names
    replaced by constants (monkeypatched for this measurement only)."""
    print(f"extract_claims, analysis afresh: {size_mb / _best_pass(docs, repeat):.2f} MB/s")
    constant = checkworthy.Score(value=0.5, features={"bias": 0.0})
    with mock.patch.object(checkworthy.Model, "score", lambda self, text: constant):
        free_model = _best_pass(docs, repeat)
        print(f"  with a free check-worthiness model: {size_mb / free_model:.2f} MB/s")
        with mock.patch.object(reported._Resolver, "_name", lambda self, toks, a, b: "x"):
            free_names = _best_pass(docs, repeat)
            print(f"  and free name resolution too: {size_mb / free_names:.2f} MB/s")


if __name__ == "__main__":
    main()
