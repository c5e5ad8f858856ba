"""The built-in claim extractor: who claims what (reported speech) and check-worthy statements.

Three sources of claims, merged so that one assertion gives one claim:

* every direct or mixed :class:`~newsparse.results.Quote` becomes a ``reported`` claim linked
  to it (``quote=``), its claimer the quote's speaker;
* reported speech (``X said/insisted/admitted (that) ...``, ``..., X said``, ``according to
  X, ...``, ``X's claim that ...``) gives ``reported`` claims whose span is the asserted
  proposition and whose claimer is the source mention, people, organisations and countries
  alike;
* sentences that no attribution covers and that :mod:`newsparse.checkworthy` scores at 0.5
  or more give ``factual`` claims.

Every claim carries a check-worthiness ``score`` (of the sentence or sentences it lies in)
and the ``features`` behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from newsparse.checkworthy import Score
from newsparse.checkworthy import score as checkworthiness
from newsparse.document import Document
from newsparse.extractors._span_index import SpanIndex
from newsparse.extractors.reported import (
    CUE_FORMS,
    Attribution,
    find_attributions,
    trim_span,
)
from newsparse.hookspecs import hookimpl
from newsparse.results import Claim, Mention, Quote

THRESHOLD = 0.5
MIN_FACTUAL_WORDS = 4  # shortest sentence that can be a factual claim
MAX_STATEMENT = 1500  # longest text a claim's check-worthiness is judged on
# MIN_FACTUAL_WORDS runs of letters, found without listing them all
_ENOUGH_WORDS = regex.compile(
    r"(?<!\p{L})\p{L}+(?:\P{L}+\p{L}+){" + str(MIN_FACTUAL_WORDS - 1) + "}"
)


_TIME_ONLY = regex.compile(
    r"(?i:(?:on |at |in |late |early |this |last |that )*"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight"
    r"|morning|afternoon|evening|night|week|weekend|month|year)"
    r"(?: (?:morning|afternoon|evening|night))?)[.!?]?"
)


def _only_a_time(text: str, start: int, end: int) -> bool:
    """Whether a content is a time and nothing else ("Friday", "on Monday night")."""
    return end - start <= 30 and _TIME_ONLY.fullmatch(text, start, end) is not None


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two spans share at least half of the shorter one."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    shorter = min(a_end - a_start, b_end - b_start)
    return shared > 0 and shared * 2 >= shorter


def _same(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two spans are nearly the same (Jaccard overlap of 0.8 or more)."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    union = max(a_end, b_end) - min(a_start, b_start)
    return shared > 0 and shared >= 0.8 * union


class _Spans:
    """Spans taken so far, searchable by overlap without scanning them all."""

    def __init__(self) -> None:
        self.index = SpanIndex()

    def add(self, start: int, end: int) -> None:
        self.index.add(start, end)

    def any(self, start: int, end: int, test: Callable[[int, int, int, int], bool]) -> bool:
        return any(test(start, end, s, e) for s, e, _ in self.index.overlapping(start, end))


class _Scorer:
    """Check-worthiness of the sentences a claim lies in, each sentence range scored once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.cache: dict[tuple[int, int], Score] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The stripped range of the sentences that ``start``..``end`` lies in."""
        doc = self.document
        first = doc.sentence_at(start)
        last = doc.sentence_at(max(start, end - 1))
        s = min(first.start, start) if first is not None else start
        e = max(last.end, end) if last is not None else end
        while s < e and doc.text[s].isspace():
            s += 1
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        return s, e

    def __call__(self, start: int, end: int) -> Score:
        key = self.bounds(start, end)
        if key[1] - key[0] > MAX_STATEMENT:  # a run-on "sentence": judge the claim alone
            key = (start, min(end, start + MAX_STATEMENT))
        if key not in self.cache:
            self.cache[key] = checkworthiness(self.document.text[key[0] : key[1]])
        return self.cache[key]


class _Sourced:
    """Attributions that name a source, searchable by overlap without a scan."""

    def __init__(self, found: Sequence[Attribution]) -> None:
        self.found = [a for a in found if a.source is not None]
        self.index = SpanIndex()
        for order, attribution in enumerate(self.found):
            self.index.add(attribution.content.start, attribution.content.end, order)

    def first_over(self, start: int, end: int) -> Attribution | None:
        """The first attribution, in the order given, whose content shares at least half of
        the shorter span."""
        orders = [
            order
            for s, e, order in self.index.overlapping(start, end)
            if _overlaps(s, e, start, end)
        ]
        return self.found[min(orders)] if orders else None


def _quote_claim(quote: Quote, scorer: _Scorer, sourced: _Sourced) -> Claim:
    """A quote as a claim; a quote without speaker takes the source of reported speech over it."""
    claimer, cue = quote.speaker, quote.cue
    if claimer is None:
        over = sourced.first_over(quote.start, quote.end)
        if over is not None:
            claimer, cue = over.source, cue or over.cue
    scored = scorer(quote.start, quote.end)
    return Claim(
        start=quote.start,
        end=quote.end,
        text=quote.text,
        kind="reported",
        claimer=claimer,
        cue=cue,
        score=scored.value,
        features=scored.features,
        quote=quote,
    )


def _reported_claim(found: Attribution, scorer: _Scorer) -> Claim:
    scored = scorer(found.content.start, found.content.end)
    return Claim(
        start=found.content.start,
        end=found.content.end,
        text=found.content.text,
        kind="reported",
        claimer=found.source,
        cue=found.cue,
        score=scored.value,
        features=scored.features,
    )


def _factual_claims(document: Document, taken: _Spans, scorer: _Scorer) -> list[Claim]:
    """Check-worthy sentences that no quote or reported claim already covers."""
    out: list[Claim] = []
    text = document.text
    for sentence in document.sentences:
        start, end = trim_span(text, sentence.start, sentence.end)
        if _ENOUGH_WORDS.search(text, start, end) is None:
            continue  # a time stamp, a byline, a one-word line: no statement to check
        if taken.any(start, end, _overlaps):
            continue
        scored = scorer(start, end)
        if scored.value >= THRESHOLD:
            end = sentence.end  # keep the full stop: the claim is the whole sentence
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append(
                Claim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="factual",
                    score=scored.value,
                    features=scored.features,
                )
            )
    return out


def extract_claims(document: Document, quotes: Sequence[Quote] = ()) -> list[Claim]:
    """The claims of ``document``: quote-linked, reported and factual, sorted by span."""
    claims: list[Claim] = []
    scorer = _Scorer(document)
    quoted = _Spans()
    taken = _Spans()
    attributions = find_attributions(document, quotes)
    sourced = _Sourced(attributions)
    for quote in quotes:
        if quote.kind in ("direct", "mixed") and quote.is_valid_in(document.text):
            claims.append(_quote_claim(quote, scorer, sourced))
            quoted.add(quote.start, quote.end)
            taken.add(quote.start, quote.end)
    # wider contents first: of two nearly equal ones the outer report wins over the speaker's
    # own hedge inside it ('"I think X," Schoen said' is Schoen's claim, not "I"'s)
    for found in sorted(attributions, key=lambda a: a.content.start - a.content.end):
        c = found.content
        if quoted.any(c.start, c.end, _overlaps) or taken.any(c.start, c.end, _same):
            continue
        if _only_a_time(document.text, c.start, c.end):
            continue  # "The campaign responded Friday.": a time is no claim (the report
            # still names the speaker of a quotation after it)
        claims.append(_reported_claim(found, scorer))
        taken.add(c.start, c.end)
    claims.extend(_factual_claims(document, taken, scorer))
    claims.sort(key=lambda claim: (claim.start, claim.end, claim.kind))
    return claims


@hookimpl
def newsparse_extract_claims(document: Document, quotes: tuple[Quote, ...]) -> list[Claim]:
    """Default plugin: reported and check-worthy claims of ``document``."""
    return extract_claims(document, quotes)


__all__ = [
    "CUE_FORMS",
    "THRESHOLD",
    "Attribution",
    "Claim",
    "Mention",
    "extract_claims",
    "find_attributions",
    "newsparse_extract_claims",
]
