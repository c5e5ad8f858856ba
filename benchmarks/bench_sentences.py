"""Measure the sentence splitter and the segmenter; prints figures (not a timed test).

Usage::

    .venv/bin/python benchmarks/bench_sentences.py               # all figures
    .venv/bin/python benchmarks/bench_sentences.py --show 200    # print sampled disagreements

Figures:

(a) the pass rate on sentence-boundary rules written for this script, in the spirit of the
    English "Golden Rules" of the Pragmatic Segmenter (our own wording, not theirs);
(b) boundary precision, recall and F1 of ``newsparse`` against pysbd (a dev-only reference:
    ``.venv/bin/pip install pysbd``) on the paragraphs of polnear-dev;
(c) the hand-checked share of sampled disagreements that are our errors, read from
    ``bench_sentences_verdicts.tsv`` (document, offset, who placed the boundary, verdict);
(d) segmentation throughput (documents and MB per second) on polnear-train.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from newsparse.document import Document
from newsparse.segment import split_sentences

EVAL = Path("/work/shared/eval")
VERDICTS = Path(__file__).with_name("bench_sentences_verdicts.tsv")

# (text, expected sentences). Written for newsparse; each pins one rule.
RULES: list[tuple[str, list[str]]] = [
    (
        "The vote was close. Both sides claimed victory.",
        ["The vote was close.", "Both sides claimed victory."],
    ),
    ("Who won the race? Nobody knows yet.", ["Who won the race?", "Nobody knows yet."]),
    ("They won! Fans poured into the streets.", ["They won!", "Fans poured into the streets."]),
    ("The senator met Mr. Lopez on Friday.", ["The senator met Mr. Lopez on Friday."]),
    (
        "Gen. Mark Milley and Sen. Lindsey Graham spoke.",
        ["Gen. Mark Milley and Sen. Lindsey Graham spoke."],
    ),
    ("Dr. Amy Lee and Prof. Raj Patel disagreed.", ["Dr. Amy Lee and Prof. Raj Patel disagreed."]),
    ("Rep. Jones (D-Calif.) voted no.", ["Rep. Jones (D-Calif.) voted no."]),
    (
        "The law passed on Jan. 12 after a long fight.",
        ["The law passed on Jan. 12 after a long fight."],
    ),
    (
        "The attack came on Sept. 11, 2001, in New York.",
        ["The attack came on Sept. 11, 2001, in New York."],
    ),
    (
        "She grew up in Fresno, Calif., and moved east.",
        ["She grew up in Fresno, Calif., and moved east."],
    ),
    ("He moved to Austin, Tex. He never left.", ["He moved to Austin, Tex.", "He never left."]),
    ("U.S. officials declined to comment.", ["U.S. officials declined to comment."]),
    (
        "The troops are back in the U.S. They landed Monday.",
        ["The troops are back in the U.S.", "They landed Monday."],
    ),
    ("He works for the U.S. Department of State.", ["He works for the U.S. Department of State."]),
    ("They met at 9 a.m. on Tuesday.", ["They met at 9 a.m. on Tuesday."]),
    (
        "The meeting ended at 5 p.m. It had lasted hours.",
        ["The meeting ended at 5 p.m.", "It had lasted hours."],
    ),
    ("She visited the U.K. last spring.", ["She visited the U.K. last spring."]),
    ("J. K. Rowling wrote the books.", ["J. K. Rowling wrote the books."]),
    ("Donald J. Trump spoke first.", ["Donald J. Trump spoke first."]),
    (
        "The memo was signed by George W. Bush in 2003.",
        ["The memo was signed by George W. Bush in 2003."],
    ),
    ("Inflation rose 3.5 percent. Wages lagged.", ["Inflation rose 3.5 percent.", "Wages lagged."]),
    ("The stock fell to $12.40 on Friday.", ["The stock fell to $12.40 on Friday."]),
    ("It cost $100. Nobody paid.", ["It cost $100.", "Nobody paid."]),
    (
        "He said, “We will win.” The crowd cheered.",
        ["He said, “We will win.”", "The crowd cheered."],
    ),
    (
        'He said, "We will win." The crowd cheered.',
        ['He said, "We will win."', "The crowd cheered."],
    ),
    ("“Why now?” he asked.", ["“Why now?” he asked."]),
    ("“Enough!” she shouted at the reporters.", ["“Enough!” she shouted at the reporters."]),
    ("“Why now?” Lopez asked. Nobody answered.", ["“Why now?” Lopez asked.", "Nobody answered."]),
    ("“Is it over?” It was not.", ["“Is it over?”", "It was not."]),
    (
        "She called it ‘a disgrace.’ Others agreed.",
        ["She called it ‘a disgrace.’", "Others agreed."],
    ),
    (
        "The region is a target—it was once a hub. Moscow denies it.",
        ["The region is a target—it was once a hub.", "Moscow denies it."],
    ),
    ("The plan — if it works — will save money.", ["The plan — if it works — will save money."]),
    ("He paused... and then he smiled.", ["He paused... and then he smiled."]),
    ("He paused … and then he smiled.", ["He paused … and then he smiled."]),
    ("We waited for hours… Nothing happened.", ["We waited for hours…", "Nothing happened."]),
    ("It was over.... The next day was calm.", ["It was over....", "The next day was calm."]),
    ("I tried ... I really did.", ["I tried ... I really did."]),
    (
        "He left the U.S. The next day he was in Paris.",
        ["He left the U.S.", "The next day he was in Paris."],
    ),
    ("They sued Acme Inc. The company settled.", ["They sued Acme Inc.", "The company settled."]),
    ("Martin Luther King Jr. led the march.", ["Martin Luther King Jr. led the march."]),
    ("1. Raise taxes 2. Cut spending", ["1. Raise taxes", "2. Cut spending"]),
    ("1) Raise taxes 2) Cut spending", ["1) Raise taxes", "2) Cut spending"]),
    ("• Raise taxes • Cut spending", ["• Raise taxes", "• Cut spending"]),
    ("The plan is No. 1 on the list.", ["The plan is No. 1 on the list."]),
    (
        "Read it at https://example.com/news/a.html. It is short.",
        ["Read it at https://example.com/news/a.html.", "It is short."],
    ),
    ("Visit www.example.org for details.", ["Visit www.example.org for details."]),
    (
        "Write to jane.doe@example.com. She replies fast.",
        ["Write to jane.doe@example.com.", "She replies fast."],
    ),
    ("The bill (which passed 52-48.) is law.", ["The bill (which passed 52-48.) is law."]),
    (
        "He denied it. (The record says otherwise.) Then he left.",
        ["He denied it.", "(The record says otherwise.)", "Then he left."],
    ),
    ("The vote (see p. 4) was close.", ["The vote (see p. 4) was close."]),
    ("The results, e.g. turnout, surprised many.", ["The results, e.g. turnout, surprised many."]),
    ("It was Clinton vs. Trump in the end.", ["It was Clinton vs. Trump in the end."]),
    ("Smith et al. found no effect.", ["Smith et al. found no effect."]),
    ("Really?! That is the plan?", ["Really?!", "That is the plan?"]),
    (
        "She founded eBay. iPhone sales later soared.",
        ["She founded eBay.", "iPhone sales later soared."],
    ),
    ("We met in 2015. Nothing came of it.", ["We met in 2015.", "Nothing came of it."]),
    ("He lives on Elm St. near the park.", ["He lives on Elm St. near the park."]),
    ("Yahoo! announced layoffs today.", ["Yahoo! announced layoffs today."]),
]


def rule_pass_rate(verbose: bool) -> tuple[int, int]:
    """How many rule cases split exactly as expected."""
    passed = 0
    for text, expected in RULES:
        got = [text[s:e] for s, e in split_sentences(text)]
        if got == expected:
            passed += 1
        elif verbose:
            print(f"  FAIL {text!r}\n       got {got}", file=sys.stderr)
    return passed, len(RULES)


def eval_texts(name: str) -> Iterator[tuple[str, str]]:
    """(document name, text) of an eval set, from its bundle when the bundle reader exists."""
    try:
        from newsparse.bundle import read_bundle  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield str(record["id"]), str(record["text"])
        return
    for member in read_bundle(EVAL / f"{name}.bundle.txt"):
        yield member.name, member.text


Boundary = tuple[str, int]  # (document name, offset where a sentence starts)


def boundaries(name: str) -> tuple[set[Boundary], set[Boundary], dict[str, str]]:
    """Sentence starts inside the paragraphs of a set: ours, pysbd's, and the texts."""
    import pysbd  # type: ignore[import-untyped,unused-ignore]

    reference = pysbd.Segmenter(language="en", clean=False, char_span=True)
    ours: set[Boundary] = set()
    theirs: set[Boundary] = set()
    texts: dict[str, str] = {}
    for doc_name, text in eval_texts(name):
        texts[doc_name] = text
        document = Document.from_text(text, name=doc_name)
        for sentence in document.sentences:
            paragraph = document.paragraphs[sentence.paragraph] if sentence.paragraph >= 0 else None
            if paragraph is not None and sentence.start > paragraph.start:
                ours.add((doc_name, sentence.start))
        for paragraph in document.paragraphs:
            for span in reference.segment(paragraph.text):
                start = paragraph.start + span.start
                while start < paragraph.end and text[start].isspace():
                    start += 1
                if paragraph.start < start < paragraph.end:
                    theirs.add((doc_name, start))
    return ours, theirs, texts


def read_verdicts() -> dict[Boundary, str]:
    """Hand verdicts on disagreements: (document, offset) -> ``ours`` or ``theirs`` (at fault)."""
    verdicts: dict[Boundary, str] = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                doc, offset, _side, verdict = line.split("\t")[:4]
                verdicts[doc, int(offset)] = verdict
    return verdicts


def throughput(name: str) -> tuple[int, float, float]:
    """(documents, seconds, megabytes) to build documents for a whole set, best of three."""
    texts = [text for _, text in eval_texts(name)]
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        for text in texts:
            Document.from_text(text)
        best = min(best, time.perf_counter() - began)
    return len(texts), best, size


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N sampled disagreements")
    parser.add_argument("--seed", type=int, default=13, help="sampling seed for --show")
    parser.add_argument("--verbose", action="store_true", help="print failing rule cases")
    args = parser.parse_args()

    passed, total = rule_pass_rate(args.verbose)
    print(f"(a) rule cases: {passed}/{total} pass ({passed / total:.1%})")

    try:
        ours, theirs, texts = boundaries("polnear-dev")
    except ImportError:
        print("(b) pysbd is not installed (.venv/bin/pip install pysbd): agreement skipped")
    else:
        agree = len(ours & theirs)
        precision = agree / len(ours) if ours else 1.0
        recall = agree / len(theirs) if theirs else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"(b) polnear-dev paragraphs vs pysbd: {len(ours)} ours, {len(theirs)} pysbd, "
            f"{agree} shared; P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
        )
        disagreements = sorted((ours - theirs) | (theirs - ours))
        verdicts = read_verdicts()
        checked = [verdicts[item] for item in disagreements if item in verdicts]
        if checked:
            ours_wrong = sum(verdict == "ours" for verdict in checked)
            print(
                f"(c) hand-checked disagreements: {len(checked)} of {len(disagreements)}; "
                f"ours at fault in {ours_wrong} ({ours_wrong / len(checked):.1%}), "
                f"pysbd at fault in {len(checked) - ours_wrong}"
            )
        else:
            print(f"(c) no hand verdicts for the {len(disagreements)} disagreements yet")
        if args.show:
            sample = random.Random(args.seed).sample(
                disagreements, min(args.show, len(disagreements))
            )
            for doc, offset in sorted(sample):
                side = "ours" if (doc, offset) in ours else "pysbd"
                text = texts[doc]
                left = text[max(0, offset - 90) : offset].replace("\n", "⏎")
                right = text[offset : offset + 50].replace("\n", "⏎")
                print(f"{doc}\t{offset}\t{side}\t{left} ‖ {right}")

    documents, seconds, size = throughput("polnear-train")
    print(
        f"(d) segmentation of polnear-train: {documents} documents, {size:.2f} MB in "
        f"{seconds:.3f} s: {documents / seconds:,.0f} documents/s, {size / seconds:.2f} MB/s"
    )


if __name__ == "__main__":
    main()
