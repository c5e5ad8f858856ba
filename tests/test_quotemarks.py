"""Pairing quotation marks: every style, stray marks, quotes over several paragraphs."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.quotemarks import pair_quotes


def pairs(text: str) -> list[str]:
    """The texts of the paired quotes of ``text``."""
    document = Document.from_text(text)
    return [document.text[start:end] for start, end in pair_quotes(document)]


def test_straight_marks_open_and_close_by_context() -> None:
    """A straight mark after a space opens; one before a space or punctuation closes."""
    assert pairs('He said "yes" and "no."') == ['"yes"', '"no."']


def test_german_marks_close_with_high_six() -> None:
    """„ opens and “ closes in German typesetting."""
    assert pairs("Sie sagte: „Wir bleiben.“") == ["„Wir bleiben.“"]


def test_unclosed_quote_at_paragraph_end_is_dropped() -> None:
    """A quote left open at the end of a paragraph, not continued, is skipped."""
    assert pairs("Title\n\n“Never closed.\n\nNext paragraph with “a quote”.") == ["“a quote”"]


def test_continued_quote_over_three_paragraphs() -> None:
    """Opening marks repeated at three paragraph starts and one closing mark make one quote."""
    text = "Title\n\n“One.\n\n“Two.\n\n“Three.”\n\nAfter."
    assert pairs(text) == ["“One.\n\n“Two.\n\n“Three.”"]


def test_continued_straight_quote_with_curly_quotes_inside() -> None:
    """A straight quote that runs over paragraphs keeps its own family when carried on, so
    curly quotes inside its later paragraphs nest instead of breaking it."""
    text = (
        'Title\n\nHe stated:\n\n"It is not about “Equal Justice” anymore.\n\n'
        '"The case over the “Bathroom Bill” shows it.\n\n"It must stop."\n\nAfter.'
    )
    assert pairs(text) == [
        '"It is not about “Equal Justice” anymore.\n\n'
        '"The case over the “Bathroom Bill” shows it.\n\n"It must stop."'
    ]


def test_transcript_turns_are_not_one_continued_quote() -> None:
    """Quoted transcript turns that each open with a speaker label ('"WALLACE: ...',
    '"PENCE: ...') are separate turns, not one quote running over all of them."""
    text = 'Title\n\n"WALLACE: Why would he do it?\n\n"PENCE: Well, look, it is fine."\n\nAfter.'
    assert pairs(text) == ['"PENCE: Well, look, it is fine."']


def test_curly_quote_inside_a_straight_quote_keeps_the_outer() -> None:
    """`"... “...” ..."`: a quote of the other family nests; the outer quote is the one kept."""
    text = 'Title\n\nShe read: "The poll asked “Is she fit?” and most said yes."'
    assert pairs(text) == ['"The poll asked “Is she fit?” and most said yes."']


def test_stray_straight_mark_inside_a_curly_quote() -> None:
    """A stray straight mark inside `“...”` does not steal the closing mark."""
    text = 'Title\n\nHe said: “It is 6 "feet tall and more.” Then he left.'
    assert pairs(text) == ['“It is 6 "feet tall and more.”']


def test_british_single_marks_pair_when_no_double_mark_is_used() -> None:
    """A text with no double quotation mark quotes with single ones, straight or curly:
    'We will win,' she said; ‘a disgrace’ and ‘reckless’."""
    text = "Fuel\n\n'We will win,' she said. He called it ‘a disgrace’ and ‘reckless’."
    assert pairs(text) == ["'We will win,'", "‘a disgrace’", "‘reckless’"]


def test_apostrophes_are_no_single_quotation_marks() -> None:
    """Elisions ('90s, 'em), contractions (it's) and plural possessives (the voters' anger)
    neither open nor close a quotation; a plural's mark before *and* or *he* closes one."""
    text = (
        "Fuel\n\n'The voters' anger in the '90s was real, and it's back,' he said. "
        "She spoke of 'working families' and left."
    )
    assert pairs(text) == [
        "'The voters' anger in the '90s was real, and it's back,'",
        "'working families'",
    ]


def test_single_marks_stay_apostrophes_beside_double_quotes() -> None:
    """Where double marks quote, single ones are apostrophes or inner quotes, and a title
    quoting with single marks (as American headlines do) does not switch the style."""
    assert pairs("Fuel\n\nHe said 'maybe' and \"no.\"") == ['"no."']
    assert pairs("Cruz lobs 'Hail Carly' pass\n\nThe senator's pick was Carly Fiorina.") == []


def test_double_marks_inside_british_quotations_are_inner_quotes() -> None:
    """‘He said “no” to me,’ she said: when every double-mark quotation lies inside a
    single-mark one, the text is British style and the double marks quote within it."""
    text = "Fuel\n\n‘He said “no” to me twice,’ she told the BBC."
    assert pairs(text) == ["‘He said “no” to me twice,’"]


QUOTING = st.lists(
    st.sampled_from(["‘", "’", "'", "“", "”", '"', "''", " ", "We", "s", "90", ",", ".", "\n\n"]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(QUOTING)
def test_paired_spans_open_and_close_with_marks_and_never_overlap(text: str) -> None:
    """Whatever the marks, in either style, every span opens with a quotation mark and
    closes with one, and spans come sorted without overlapping."""
    document = Document.from_text(text)
    spans = pair_quotes(document)
    assert spans == sorted(spans)
    for start, end in spans:
        assert document.text[start] in "‘'“\"„«"
        assert document.text[end - 1] in "’'”\"“»"
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


def test_british_quote_runs_on_over_paragraphs() -> None:
    """A single-mark quote left open at a paragraph's end runs on when the next paragraph
    opens with a single mark, as with double marks; one that does not is dropped."""
    text = (
        "Fuel\n\n'We will not let drivers pay. It is wrong.\n\n'We will fight it,' she said."
        "\n\n'Never closed.\n\nA new 'plan' here."
    )
    assert pairs(text) == [
        "'We will not let drivers pay. It is wrong.\n\n'We will fight it,'",
        "'plan'",
    ]
