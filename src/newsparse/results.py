"""What extractors find: quotes, claims and locations, each an exact span of the document."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import attrs

from newsparse.document import Document, Span

QuoteKind = Literal["direct", "mixed"]
ClaimKind = Literal["reported", "factual"]


def _features(value: Mapping[str, float] | None) -> Mapping[str, float]:
    return dict(value or {})


@attrs.frozen(kw_only=True)
class Mention(Span):
    """The words that name a speaker or claimer, and the name they resolve to."""

    name: str


@attrs.frozen(kw_only=True)
class Quote(Span):
    """Words a speaker said, verbatim: ``direct`` (a whole quotation) or ``mixed`` (a quoted fragment).

    ``start``/``end`` cover the quoted words including their quotation marks. A quote
    interrupted by its attribution covers both parts and the words between.
    """

    kind: QuoteKind = "direct"
    speaker: Mention | None = None
    cue: Span | None = None
    confidence: float = 1.0
    extractor: str = ""


@attrs.frozen(kw_only=True)
class Claim(Span):
    """An assertion: ``reported`` (attributed to a claimer) or ``factual`` (check-worthy).

    ``score`` in [0, 1] says how check-worthy the statement is; 0.5 is the intended
    threshold. ``features`` holds the evidence behind the score, by name.
    """

    kind: ClaimKind = "reported"
    claimer: Mention | None = None
    cue: Span | None = None
    score: float = 0.0
    features: Mapping[str, float] = attrs.field(factory=dict, converter=_features)
    quote: Quote | None = None
    extractor: str = ""


@attrs.frozen(kw_only=True)
class Location(Span):
    """A place, demonym or region mentioned in the text, resolved where the gazetteer knows it."""

    name: str | None = None
    feature: str | None = None
    geonameid: int | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    confidence: float = 1.0
    extractor: str = ""


Result = Quote | Claim | Location


@attrs.frozen(kw_only=True)
class PluginError:
    """A failure of one plugin on one document (or at load time, with ``document`` None)."""

    plugin: str
    hook: str
    document: str | None
    message: str


def sort_key(result: Result) -> tuple[int, int, str, str]:
    """The order results are reported in: by span, then extractor, then text."""
    return (result.start, result.end, result.extractor, result.text)


@attrs.frozen(kw_only=True)
class Analysis:
    """A document with every plugin's results, each list sorted by :func:`sort_key`."""

    document: Document
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    locations: tuple[Location, ...] = ()
    errors: tuple[PluginError, ...] = ()

    @property
    def results(self) -> tuple[Result, ...]:
        """All results, sorted by (start, end, extractor)."""
        return tuple(sorted((*self.quotes, *self.claims, *self.locations), key=sort_key))
