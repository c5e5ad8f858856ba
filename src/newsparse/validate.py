"""Checks the host applies to every plugin result before it is accepted."""

from __future__ import annotations

import math

from newsparse.document import Span
from newsparse.results import Claim, Location, Quote


def span_problem(span: object, text: str, what: str) -> str | None:
    """Why ``span`` is not a valid span of ``text``, or None when it is."""
    if not isinstance(span, Span):
        return f"{what} is {type(span).__name__}, expected a Span"
    start, end = span.start, span.end
    if type(start) is not int or type(end) is not int:
        return f"{what} offsets must be int, got {start!r}:{end!r}"
    if not 0 <= start <= end <= len(text):
        return f"{what} [{start}:{end}] lies outside the text (length {len(text)})"
    if text[start:end] != span.text:
        return f"{what} text {span.text!r} differs from text[{start}:{end}] == {text[start:end]!r}"
    return None


def _unit_interval(value: object, what: str) -> str | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
        return f"{what} must be a number in [0, 1], got {value!r}"
    return None


def result_problem(
    result: object, text: str, expected: type[Quote | Claim | Location]
) -> str | None:
    """Why a plugin's ``result`` is unacceptable for ``text``, or None when it is fine."""
    if not isinstance(result, expected):
        return f"returned {type(result).__name__}, expected {expected.__name__}"
    problem = span_problem(result, text, expected.__name__.lower())
    if problem:
        return problem
    if isinstance(result, Quote):
        return (
            _optional(result.speaker, text, "speaker")
            or _optional(result.cue, text, "cue")
            or _unit_interval(result.confidence, "confidence")
        )
    if isinstance(result, Claim):
        return (
            _optional(result.claimer, text, "claimer")
            or _optional(result.cue, text, "cue")
            or _optional(result.quote, text, "quote")
            or _unit_interval(result.score, "score")
        )
    return _location_problem(result)


def _optional(span: Span | None, text: str, what: str) -> str | None:
    return None if span is None else span_problem(span, text, what)


def _location_problem(location: Location) -> str | None:
    for value, low, high, what in (
        (location.latitude, -90.0, 90.0, "latitude"),
        (location.longitude, -180.0, 180.0, "longitude"),
    ):
        if value is None:
            continue
        if (
            not isinstance(value, (int, float))
            or not math.isfinite(value)
            or not low <= value <= high
        ):
            return f"{what} must lie in [{low}, {high}], got {value!r}"
    return _unit_interval(location.confidence, "confidence")
