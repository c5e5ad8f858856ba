"""Linear time on adversarial text: time the parser and every extractor at size n and 4n.

    python benchmarks/bench_adversarial.py [--size 50000]

For each hostile input shape the script prints seconds at n and 4n characters and their
ratio; linear code gives a ratio near 4, quadratic code near 16 (less while the linear part
still dominates at these sizes: 7-8 for the quadratic scans fixed on 2026-12-02). A ratio
above 6 is flagged.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable

from newsparse import Analyzer, Document, read_bundle


def _letters(number: int) -> str:
    """A distinct lower-case word for each number: 0 -> "a", 27 -> "bb"."""
    return "".join(chr(97 + int(digit, 16)) for digit in f"{number:x}")


SHAPES: dict[str, Callable[[int], str]] = {
    "opening quotes only": lambda n: "“" * n,
    "straight quotes and words": lambda n: ('"a ' * n)[:n],
    "nested brackets": lambda n: ("(" * (n // 2)) + (")" * (n // 2)),
    "capitalised words": lambda n: ("Abc " * n)[:n],
    "one long word": lambda n: "a" * n,
    "cue verbs": lambda n: ("said told " * n)[:n],
    "dots and initials": lambda n: ("A. " * n)[:n],
    "digits and percent": lambda n: ("1.5% " * n)[:n],
    "spaces": lambda n: " " * n,
    "newlines": lambda n: "\n" * n,
    "marker-like lines": lambda n: ("<<<FILEx\n" * n)[:n],
    "apostrophes": lambda n: ("o'" * n)[:n],
    # British style: single marks only, opening ones and possessives that close nothing
    "single quotation marks": lambda n: ("'We said the voters' 'Plan B' it's, " * n)[:n],
    # every capitalised word is tried as the start of a street or building name
    "names before building nouns": lambda n: ("Abc Def Ghi Jkl Street Hall Center " * n)[:n],
    "dashed asides before cues": lambda n: ("Kim -- who -- said - a - " * n)[:n],
    "commas, participles, clauses": lambda n: ("A, he said, B, and C has said, saying " * n)[:n],
    "relative clauses before cues": lambda n: ("aides who sent the letter in a note said " * n)[:n],
    "reports and quotations": lambda n: (
        'He said the plan would fail. "It is over," Smith said. ' * n
    )[:n],
    "continued quotations": lambda n: ('"A b c," he said. "D e f." ' * n)[:n],
    "reports, then quotations": lambda n: (
        "Smith said the plan had failed badly in every part of the state. “It is over.” "
        "The vote was held on Monday. " * n
    )[:n],
    "run-on text, no full stops": lambda n: (
        "“We will win this one,” Smith said and the crowd cheered for a long time and " * n
    )[:n],
    "a label over a long paragraph": lambda n: (
        "SMITH: The start. " + "Kim said the plan failed badly today and Lee told us so. " * n
    )[:n],
    "quoted reports, as in JSON": lambda n: (
        '{"name": "Paris", "said": "He said “yes”", "n": 3},' * n
    )[:n],
    "chat log": lambda n: ("Kim: we will win\nLee: no way\n" * n)[:n],
    "subtitles": lambda n: ("12\n00:01:02,000 --> 00:01:04,000\n“I said no,” he told her.\n\n" * n)[
        :n
    ],
    "nested quotations": lambda n: ("“He said ‘she said “they said ‘no’ ” ’ ” " * n)[:n],
    "HTML leftovers": lambda n: ('<p class="x">Smith said: “<b>It is</b> over.”</p>\n' * n)[:n],
    "headline runs before names": lambda n: "".join(
        f"Zq{_letters(i)} John Smith said it. " for i in range(n // 28)
    )[:n],
    # every pronoun looks back over names that do not fit it (the other sex, in quotations)
    # every "the president" looks back over many uses of its role
    "roles and titles": lambda n: (
        "President Al Roe met the president of Zed Corp. “No,” the president said. " * n
    )[:n],
    # every recording, apposition, dash label, "of" name and adverbial report is looked at
    "recordings of speakers": lambda n: ("video of Trump saying footage of him telling “x” " * n)[
        :n
    ],
    "appositions before cues": lambda n: ("As John Roe, the No. 2 in the GOP, put it: “No.” " * n)[
        :n
    ],
    "labels after dashes": lambda n: ("Pollsters agree - Carl Bialik: “One.” " * n)[:n],
    "names before of": lambda n: ("Rep. Tom Cole of Oklahoma said it. Mr. Cole of Ohio left. " * n)[
        :n
    ],
    "reports in adverbial clauses": lambda n: (
        "Clinton backed it after Sanders said he was “encouraged” by it, " * n
    )[:n],
    # every "Mr." before a surname whose fullest form is a woman's looks for the man's
    "gendered titles, shared surnames": lambda n: "".join(
        f"Hillary Zq{_letters(i)} met Bill Zq{_letters(i)}. Mr. Zq{_letters(i)} spoke. "
        for i in range(n // 50)
    )[:n],
    "pronouns after unfitting names": lambda n: (
        "Mr. John Doe met Mr. Al Roe and “Mr. Bo Poe” in the Ryan Hall. “Yes, Mary Lee,” she said. "
        * n
    )[:n],
}


def seconds(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=50_000, help="n, in characters")
    args = parser.parse_args()
    analyzer = Analyzer.create(autoload=False)
    analyzer.analyze("Warm-up in Kyiv, “he said.”")
    worst = 0.0
    print(f"{'input shape':<28}{'n s':>9}{'4n s':>9}{'ratio':>8}")
    for label, make in SHAPES.items():
        small, large = make(args.size), make(4 * args.size)
        t_small = seconds(lambda text=small: analyzer.analyze(Document.from_text(text)))
        t_large = seconds(lambda text=large: analyzer.analyze(Document.from_text(text)))
        bundle = seconds(
            lambda text=large: list(read_bundle(io.StringIO("<<<FILE a>>>\n" + text), strict=False))
        )
        ratio = t_large / max(t_small, 1e-6)
        worst = max(worst, ratio)
        flag = "  <-- superlinear?" if ratio > 6 else ""
        print(
            f"{label:<28}{t_small:9.3f}{t_large:9.3f}{ratio:8.1f}{flag}   (bundle 4n: {bundle:.3f} s)"
        )
    print(f"worst ratio: {worst:.1f} (linear ~4)")


if __name__ == "__main__":
    main()
