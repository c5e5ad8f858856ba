"""Properties of the whole pipeline on any text: it never raises, and every span is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Analyzer
from newsparse.mentions import NameResolver
from newsparse.testing import assert_spans_valid

ANALYZER = Analyzer.create(autoload=False)

# Text made of the pieces extractors react to, so that the search reaches their rules.
PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " said ",
        " told ",
        " according to ",
        "He ",
        "She ",
        "Mr. ",
        "U.S.",
        "Kyiv",
        "Paris",
        "Texas",
        "Russian",
        " region",
        ",",
        ".",
        "\n",
        "\n\n",
        "\r\n",
        "—",
        "...",
        "50%",
        "$3 million",
        " the ",
        "Jordan Peterson",
        "Hillary Clinton",
        " the senator ",
        " the spokesman ",
        "Ms. ",
        " his ",
        " her ",
        " they ",
        ", who ",
        "<<<FILE a>>>",
        " ",
        "A",
        "z",
    ]
)
NEWSY_TEXT = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), NEWSY_TEXT))
def test_analyze_never_raises_and_spans_are_exact(text: str) -> None:
    """Any text analyses without a plugin error, and every result span is exact."""
    analysis = ANALYZER.analyze(text)
    assert analysis.errors == ()
    assert_spans_valid(analysis)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY_TEXT)
def test_resolved_names_come_from_the_text(text: str) -> None:
    """Every pronoun or role mention resolves to its own words or to words of the text
    (never a name the text does not hold), and resolving never raises."""
    resolver = NameResolver(text)
    for word in ("He", "She", " his ", " her ", " the senator ", " the spokesman "):
        at = text.find(word)
        if at < 0:
            continue
        start, end = at + (word[0] == " "), at + len(word.rstrip())
        name = resolver.name(start, end)
        assert all(part in text for part in name.split()), (text, word, name)
