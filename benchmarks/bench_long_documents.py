"""Linear time on long, badly formed real text: every extractor on news run together.

    python benchmarks/bench_long_documents.py [--set polnear-dev] [--size 100000]

The articles of an eval set are joined into one document and damaged the ways pasted or
scraped text is (one paragraph, no full stops, no closing quotation marks, all upper case,
...). Each version is analysed at n and 4n characters with every built-in extractor; linear
code gives a time ratio near 4, quadratic code near 16. A ratio above 6 is flagged. The last
column is the speed at 4n, in millions of characters per second.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import regex
from _eval import documents

from newsparse import Analyzer, Document

DAMAGES: dict[str, Callable[[str], str]] = {
    "as published (paragraphs)": lambda text: text,
    "one paragraph": lambda text: text.replace("\n", " "),
    "one line per paragraph": lambda text: text.replace("\n\n", "\n"),
    "no full stops": lambda text: regex.sub(r"[.!?]", "", text.replace("\n", " ")),
    "no closing quotation marks": lambda text: regex.sub("[”]", "", text).replace('"', "“"),
    "no opening quotation marks": lambda text: regex.sub("[“]", "", text).replace('"', "”"),
    "all upper case": str.upper,
    "all lower case": str.lower,
    "no punctuation": lambda text: regex.sub(r"[^\p{L}\p{N}\s]", "", text),
    "commas for every stop": lambda text: regex.sub(r"[.!?;:]", ",", text),
}


def seconds(analyzer: Analyzer, text: str) -> float:
    document = Document.from_text(text)
    started = time.perf_counter()
    analyzer.analyze(document)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="polnear-dev")
    parser.add_argument("--size", type=int, default=100_000, help="n, in characters")
    args = parser.parse_args()
    joined = "\n\n".join(d.text for d in documents(args.set))
    analyzer = Analyzer.create(autoload=False)
    analyzer.analyze("Warm-up in Kyiv, “he said.”")
    worst = 0.0
    print(f"{'text':<28}{'n s':>9}{'4n s':>9}{'ratio':>8}{'Mchar/s at 4n':>15}")
    for label, damage in DAMAGES.items():
        text = damage(joined)
        while len(text) < 4 * args.size:
            text += "\n\n" + text
        t_small = seconds(analyzer, text[: args.size])
        t_large = seconds(analyzer, text[: 4 * args.size])
        ratio = t_large / max(t_small, 1e-6)
        worst = max(worst, ratio)
        flag = "  <-- superlinear?" if ratio > 6 else ""
        rate = 4 * args.size / 1e6 / max(t_large, 1e-6)
        print(f"{label:<28}{t_small:9.2f}{t_large:9.2f}{ratio:8.1f}{rate:15.2f}{flag}")
    print(f"worst ratio: {worst:.1f} (linear ~4)")


if __name__ == "__main__":
    main()
