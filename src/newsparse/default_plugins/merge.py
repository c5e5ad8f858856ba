"""The default merge policy: one result per type and span, whichever extractors found it.

When two or more extractors report a result of the same type (quote, claim, location) with
the same ``start``, ``end`` and ``kind``, the one with the highest confidence (``score`` for claims)
is kept; ties go to the extractor whose name sorts first. Results whose spans differ are
all kept. Unregister the ``newsparse.merge`` plugin to keep every duplicate.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

import attrs

from newsparse.hookspecs import hookimpl
from newsparse.results import Analysis, Claim, Location, Quote, sort_key

R = TypeVar("R", Quote, Claim, Location)


def _strength(result: Quote | Claim | Location) -> float:
    return result.score if isinstance(result, Claim) else result.confidence


def merge_duplicates(results: Iterable[R]) -> tuple[R, ...]:
    """Keep one result per (start, end, kind): the strongest, ties to the first extractor by name."""
    best: dict[tuple[int, int, str], R] = {}
    for result in results:
        key = (result.start, result.end, getattr(result, "kind", ""))
        kept = best.get(key)
        if kept is None or (-_strength(result), result.extractor) < (
            -_strength(kept),
            kept.extractor,
        ):
            best[key] = result
    return tuple(sorted(best.values(), key=sort_key))


@hookimpl(trylast=True)
def newsparse_postprocess(analysis: Analysis) -> Analysis:
    """Merge same-span duplicates of each result type."""
    return attrs.evolve(
        analysis,
        quotes=merge_duplicates(analysis.quotes),
        claims=merge_duplicates(analysis.claims),
        locations=merge_duplicates(analysis.locations),
    )
