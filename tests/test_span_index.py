"""The span index behind claims and reported speech: overlap lookups that miss nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.extractors._span_index import LONG, SpanIndex

spans = st.lists(
    st.tuples(st.integers(0, 3 * LONG), st.integers(0, 3 * LONG)).map(sorted),
    max_size=40,
)


@given(spans, st.integers(0, 3 * LONG), st.integers(1, 2 * LONG))
def test_overlapping_lists_every_span_that_shares_a_character(
    added: list[list[int]], start: int, length: int
) -> None:
    """Whatever the lengths (short spans and ones of several times LONG mixed), every span
    that shares a character with the range is listed, with its key."""
    index = SpanIndex()
    for key, (s, e) in enumerate(added):
        index.add(s, e, key)
    end = start + length
    listed = set(index.overlapping(start, end))
    for key, (s, e) in enumerate(added):
        if min(e, end) > max(s, start):
            assert (s, e, key) in listed


def test_one_long_span_does_not_widen_the_search_for_short_ones() -> None:
    """A span over a whole transcript is found, and it does not make a lookup far from the
    short spans list them (each length class looks back only its own length)."""
    index = SpanIndex()
    index.add(0, 400_000, 1)
    for n in range(1000):
        index.add(n * 400, n * 400 + 100, 2)
    near = index.overlapping(200_000, 200_050)
    assert (0, 400_000, 1) in near
    assert (200_000, 200_100, 2) in near
    assert len(near) <= 3
