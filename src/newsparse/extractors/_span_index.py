"""Spans searchable by overlap, in time that does not grow with the longest span.

Claims and reported speech ask, again and again, which of the spans found so far overlap a
range. Keeping the spans sorted by start and looking back by the longest span's length
answers that, until one span is very long (a speaker label over a whole transcript, a
quotation that runs to a far closing mark): then every question reads every span.
:class:`SpanIndex` keeps the long spans by length class instead, so a question reads only the
spans of each class that start within that class's length of the range.
"""

from __future__ import annotations

from bisect import bisect_left, insort

LONG = 1 << 12  # spans this long or longer are kept by length class


class SpanIndex:
    """``(start, end, key)`` spans, listed by the ranges they overlap.

    ``key`` is any integer the caller wants back (an index, an order). Spans shorter than
    :data:`LONG` (nearly all) are kept in one list sorted by start; longer ones in one such
    list per length class (lengths with the same number of binary digits).
    """

    def __init__(self) -> None:
        self._short: list[tuple[int, int, int]] = []
        self._short_longest = 0
        self._long: dict[int, list[tuple[int, int, int]]] = {}

    def add(self, start: int, end: int, key: int = 0) -> None:
        """Add the span ``[start, end)`` with ``key``."""
        length = end - start
        if length < LONG:
            insort(self._short, (start, end, key))
            self._short_longest = max(self._short_longest, length)
        else:
            insort(self._long.setdefault(length.bit_length(), []), (start, end, key))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The spans that may share a character with ``[start, end)``: every one that does,
        and a few that only come near; callers test each."""
        found = _near(self._short, self._short_longest, start, end)
        for length_class, spans in self._long.items():
            found += _near(spans, (1 << length_class) - 1, start, end)
        return found


def _near(
    spans: list[tuple[int, int, int]], longest: int, start: int, end: int
) -> list[tuple[int, int, int]]:
    """The spans of ``spans`` (sorted, none longer than ``longest``) that start late enough
    to reach ``start`` and before ``end``."""
    lo = bisect_left(spans, (start - longest,))
    return spans[lo : bisect_left(spans, (end,), lo)]
