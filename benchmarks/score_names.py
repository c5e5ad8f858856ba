"""How often a speaker or claimer given as a pronoun (*he*, *she*, *his*, *they*) or a definite
role (*the senator*, *the former governor*) resolves to the right person or group.

    python benchmarks/score_names.py [--show-misses]

PolNeAR gives the source mention as written ("he"), not whom it means, so ``score.py`` cannot
measure name resolution. ``name_verdicts.tsv`` holds hand verdicts instead: for such speakers
and claimers sampled at random from polnear-dev and polnear-train output, the surname of the
person the article means (``?`` when the article does not say, left out; ``-`` for a *they*
whose group no name stands for, right when it keeps its own words). Each row names its
eval set, document, the mention's offset and words; no corpus text is copied. Rows marked
``studied`` were looked at while writing the rules; ``held-out`` rows were judged after the
rules were frozen, from the text alone, and scored once.

A pronoun counts as right when the antecedent's surname is one of the words of the name
newsparse gives it (quote speakers first, then claimers, at the same offset).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from _eval import documents

from newsparse import Analyzer

VERDICTS = Path(__file__).resolve().parent / "name_verdicts.tsv"
GROUP = frozenset(["they", "them", "their"])


def read_verdicts() -> list[tuple[str, str, int, str, str, str]]:
    """(set, document, offset, mention, antecedent, sample) rows, comments skipped."""
    rows = []
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            dataset, doc, offset, mention, antecedent, sample = line.split("\t")
            rows.append((dataset, doc, int(offset), mention, antecedent, sample))
    return rows


def resolved_names(dataset: str, wanted: set[str]) -> dict[tuple[str, int], str]:
    """The name given to every speaker and claimer mention of the wanted documents."""
    analyzer = Analyzer.create(autoload=False, only=("quotes", "claims"))
    chosen = (d for d in documents(dataset) if d.name in wanted)
    names: dict[tuple[str, int], str] = {}
    for analysis in analyzer.analyze_many(chosen):
        mentions = [q.speaker for q in analysis.quotes] + [c.claimer for c in analysis.claims]
        for mention in mentions:
            if mention is not None:
                names.setdefault((analysis.document.name, mention.start), mention.name)
    return names


def right(name: str | None, antecedent: str, mention: str) -> bool:
    """Whether ``name`` holds the antecedent's surname, or for ``-`` (a group no name
    stands for: "the security contractors") whether the mention kept its own words."""
    if antecedent == "-":
        return name == mention
    words = (name or "").replace("’s", "").replace("'s", "").lower().split()
    return antecedent.lower() in words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rows = [row for row in read_verdicts() if row[4] != "?"]
    by_set: dict[str, set[str]] = defaultdict(set)
    for dataset, doc, *_ in rows:
        by_set[dataset].add(doc)
    names: dict[tuple[str, int], str] = {}
    for dataset, docs in by_set.items():
        names.update(resolved_names(dataset, docs))
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for dataset, doc, offset, mention, antecedent, sample in rows:
        got = names.get((doc, offset))
        ok = right(got, antecedent, mention)
        kind = "role" if " " in mention else "group" if mention.lower() in GROUP else "pronoun"
        for key in ((kind, dataset, sample), (kind, "all", "all")):
            tally[key][0] += ok
            tally[key][1] += 1
        if args.show_misses and not ok:
            print(f"  miss {doc} @{offset} {mention!r}: {antecedent} <- {got}")
    for (kind, dataset, sample), (ok, n) in sorted(tally.items()):
        print(f"{kind:8} {dataset:14} {sample:9} {ok:3}/{n:3} = {ok / n:.3f}")


if __name__ == "__main__":
    main()
