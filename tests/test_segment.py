"""Segmentation: title, dateline, paragraphs and sentences of news text, as exact spans."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.segment import Layout, segment, split_sentences


def sentences_of(text: str) -> list[str]:
    """The sentences of a one-paragraph text, as strings."""
    return [text[start:end] for start, end in split_sentences(text)]


def paragraph_texts(layout: Layout) -> list[str]:
    """The paragraphs of a layout, as strings."""
    return [paragraph.text for paragraph in layout.paragraphs]


# --------------------------------------------------------------------------- titles


def test_seed_title_and_eight_paragraphs(seed_text: str) -> None:
    """The seed's first line is its title and its body is 8 paragraphs, one per line."""
    layout = segment(seed_text)
    assert layout.title is not None
    assert layout.title.text == "Russian Forces Deliver Brutal Attack On Ukraine—Is It Almost Over?"
    assert len(layout.paragraphs) == 8
    body_lines = [line.strip() for line in seed_text.splitlines()[1:] if line.strip()]
    assert paragraph_texts(layout) == body_lines
    assert layout.dateline is None


def test_seed_sentences_stay_inside_paragraphs(seed_text: str) -> None:
    """Every sentence of the seed lies inside the paragraph it names (the title is -1)."""
    layout = segment(seed_text)
    assert layout.title is not None
    assert layout.sentences[0].paragraph == -1
    assert layout.sentences[0].text == layout.title.text
    for sentence in layout.sentences[1:]:
        paragraph = layout.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


def test_title_link_line() -> None:
    """A GeoWebNews ``TITLE: ... LINK: url`` line gives the title span and metadata["link"]."""
    text = (
        "TITLE: Flooding closes river road LINK: https://example.org/news/flood.html\n"
        "The river rose overnight. Crews closed the road.\n\nResidents were told to wait."
    )
    layout = segment(text)
    assert layout.title is not None and layout.title.text == "Flooding closes river road"
    assert layout.metadata["link"] == "https://example.org/news/flood.html"
    assert paragraph_texts(layout) == [
        "The river rose overnight. Crews closed the road.",
        "Residents were told to wait.",
    ]


def test_title_line_without_link() -> None:
    """``TITLE:`` without a ``LINK:`` still gives the title and no link."""
    layout = segment("TITLE: Storm warning\nWinds will rise tonight.")
    assert layout.title is not None and layout.title.text == "Storm warning"
    assert "link" not in layout.metadata


def test_headline_then_blank_separated_paragraphs() -> None:
    """A headline, a blank line, then paragraphs separated by blank lines (PolNeAR style)."""
    text = (
        "Mayor Signs Budget After Long Fight.\n\n"
        "The mayor signed the budget on Monday.\n\n"
        "Council members had argued for weeks. Some voted no.\n\n"
        "The budget takes effect in July.\n"
    )
    layout = segment(text)
    assert layout.title is not None and layout.title.text == "Mayor Signs Budget After Long Fight."
    assert paragraph_texts(layout) == [
        "The mayor signed the budget on Monday.",
        "Council members had argued for weeks. Some voted no.",
        "The budget takes effect in July.",
    ]


def test_headline_with_deck() -> None:
    """A first block of a headline and a one-line deck: the headline is the title."""
    text = (
        "Jobs report lifts the governor; \n"
        "Hiring beat forecasts for a third month.\n\n"
        "The state added 20,000 jobs in March.\n\n"
        "Economists were surprised.\n"
    )
    layout = segment(text)
    assert layout.title is not None and layout.title.text == "Jobs report lifts the governor;"
    assert paragraph_texts(layout)[0] == "Hiring beat forecasts for a third month."
    assert len(layout.paragraphs) == 3


def test_bare_headline_without_blank_line() -> None:
    """A short unpunctuated first line above a longer body line, with no blank line, is a title."""
    text = (
        "Council Approves New Park\n"
        "The city council voted on Tuesday to turn the old rail yard into a park.\n"
        "Work begins next spring.\n"
    )
    layout = segment(text)
    assert layout.title is not None and layout.title.text == "Council Approves New Park"
    assert len(layout.paragraphs) == 2


def test_one_sentence_has_no_title() -> None:
    """A single sentence (CheckThat! style) is one paragraph and one sentence, no title."""
    text = "We've run up more debt in eight years than in the two decades before."
    layout = segment(text)
    assert layout.title is None
    assert paragraph_texts(layout) == [text]
    assert [sentence.text for sentence in layout.sentences] == [text]


def test_long_first_line_is_not_a_title() -> None:
    """A first line longer than a headline is a paragraph even when a blank line follows."""
    first = "The council met for six hours on Tuesday and argued about the budget. " * 5
    layout = segment(first.strip() + "\n\nThe vote is next week.")
    assert layout.title is None
    assert len(layout.paragraphs) == 2


def test_lines_without_blank_line_are_not_titled() -> None:
    """Lines with no blank line and a first line that ends a sentence are all paragraphs."""
    layout = segment("The vote was held.\nIt passed easily.\nThe mayor signed it.")
    assert layout.title is None
    assert len(layout.paragraphs) == 3


def test_leading_blank_lines_and_bom_are_skipped() -> None:
    """Blank lines and a byte-order mark before the headline do not hide it."""
    layout = segment("\ufeff\n\nA Headline Here\n\nThe body starts.")
    assert layout.title is not None and layout.title.text == "A Headline Here"


def test_crlf_line_endings() -> None:
    """CRLF line endings give the same title and paragraphs, with offsets into the text."""
    text = "Headline Of The Day\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
    layout = segment(text)
    assert layout.title is not None and layout.title.text == "Headline Of The Day"
    assert paragraph_texts(layout) == ["First paragraph.", "Second paragraph."]


# --------------------------------------------------------------------------- paragraphs


def test_lowercase_line_continues_the_paragraph() -> None:
    """Inside a block, a line that starts in lower case continues the paragraph before it."""
    text = "Title Line\n\nSupporters said they would take part in\nthe caucuses next week.\n"
    assert paragraph_texts(segment(text)) == [
        "Supporters said they would take part in\nthe caucuses next week."
    ]


def test_wrapped_prose_is_one_paragraph() -> None:
    """Lines of hand-wrapped prose (40 to 100 characters, no final stop) join."""
    text = (
        "Title Line\n\n"
        "The committee said on Thursday that the program had cost far more than\n"
        "Congress had been told, and that the overruns would continue next year.\n"
    )
    assert len(segment(text).paragraphs) == 1


def test_line_after_a_full_stop_starts_a_paragraph() -> None:
    """Inside a block, a line after a line that ends a sentence is a new paragraph."""
    text = "Title Line\n\nWhat would he sound like? \nThe comedian wanted to know.\n"
    assert paragraph_texts(segment(text)) == [
        "What would he sound like?",
        "The comedian wanted to know.",
    ]


def test_title_case_heading_is_its_own_paragraph() -> None:
    """A title-case heading line above prose is not joined to it."""
    text = (
        "Title Line\n\n"
        "Republicans And The Long History Of Their Party\n"
        "At rallies across the country the crowds were smaller than expected this year.\n"
    )
    assert len(segment(text).paragraphs) == 2


def test_list_lines_stay_separate() -> None:
    """Lines that open list items are separate paragraphs even under wrapped-looking lines."""
    text = "Title Line\n\nThe plan has these parts which the mayor listed\n1. Taxes\n2. Roads\n"
    assert paragraph_texts(segment(text))[1:] == ["1. Taxes", "2. Roads"]


def test_sentences_never_cross_paragraphs() -> None:
    """A paragraph without a final stop still ends its sentence at the paragraph's end."""
    layout = segment("Headline\n\nThe storm hit at dawn\n\nIt left at noon.")
    assert [sentence.text for sentence in layout.sentences] == [
        "Headline",
        "The storm hit at dawn",
        "It left at noon.",
    ]


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("DALLAS (AP) — Police said", "DALLAS (AP) —"),
        ("WASHINGTON — The Senate voted", "WASHINGTON —"),
        ("BEIRUT, Lebanon (Reuters) - Protesters gathered", "BEIRUT, Lebanon (Reuters) -"),
        ("NEW YORK, Dec. 11 (UPI) — Stocks rose", "NEW YORK, Dec. 11 (UPI) —"),
        ("CAMBRIDGE, Mass., Dec. 11 (UPI) — A study", "CAMBRIDGE, Mass., Dec. 11 (UPI) —"),
        ("MANCHESTER, N.H. - Voters lined up", "MANCHESTER, N.H. -"),
        ("New York (AFP) – Markets fell", "New York (AFP) –"),
        ("ST. LOUIS -- Rain fell", "ST. LOUIS --"),
        ("BOSTON —Standing in the rain, she spoke", "BOSTON —"),
    ],
)
def test_datelines_are_recognised(opening: str, dateline: str) -> None:
    """A dateline opening the first paragraph is a span and metadata["dateline"]."""
    text = f"Headline Goes Here\n\n{opening} on Monday. More followed.\n\nSecond paragraph."
    layout = segment(text)
    assert layout.dateline is not None
    assert layout.dateline.text == dateline
    assert layout.metadata["dateline"] == dateline
    assert text[layout.dateline.start : layout.dateline.end] == dateline


@pytest.mark.parametrize(
    "opening",
    [
        "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Analysts said",
        "EXCLUSIVE — The senator told reporters",
        "WE WON — the crowd shouted",
        "BREAKING NEWS — The bridge closed",
        "SMITH--John, 98, of Boston, died on Friday",
        "Washington - The city is quiet",
        "UPDATE: 5/12 — The count continues",
    ],
)
def test_lookalikes_are_not_datelines(opening: str) -> None:
    """All-caps headlines, labels, sentences and obituary names are not datelines."""
    layout = segment(f"Headline Goes Here\n\n{opening} on Monday.\n\nSecond paragraph.")
    assert layout.dateline is None
    assert "dateline" not in layout.metadata


def test_dateline_after_a_one_sentence_deck() -> None:
    """A dateline may open the story after a one-sentence deck paragraph."""
    text = "Headline\n\nA deck of one sentence.\n\nBERLIN - The government acted. It said so."
    layout = segment(text)
    assert layout.dateline is not None and layout.dateline.text == "BERLIN -"


def test_no_dateline_after_a_story_paragraph() -> None:
    """No dateline is looked for after a paragraph of several sentences."""
    text = (
        "Headline\n\nThe story starts. It goes on.\n\nJOHN SMITH - Managing director of the firm."
    )
    assert segment(text).dateline is None


def test_dateline_line_is_not_a_title() -> None:
    """A short first line that opens with a dateline is a paragraph, not a headline."""
    layout = segment("WASHINGTON (AP) — The Senate voted.\n\nThe House waits.")
    assert layout.title is None
    assert layout.dateline is not None and layout.dateline.text == "WASHINGTON (AP) —"


def test_all_caps_headline_is_a_title_not_a_dateline() -> None:
    """An all-caps headline with a dash is the title, and no dateline."""
    layout = segment("MARKETS FALL - WHAT NEXT?\n\nStocks fell sharply on Monday.")
    assert layout.title is not None and layout.title.text == "MARKETS FALL - WHAT NEXT?"
    assert layout.dateline is None


# --------------------------------------------------------------------------- sentences

SENTENCE_CASES = [
    pytest.param(
        "Mr. Lopez met Gen. Milley and Sen. Graham. They talked.",
        ["Mr. Lopez met Gen. Milley and Sen. Graham.", "They talked."],
        id="titles-before-names",
    ),
    pytest.param(
        "U.S. officials met on Jan. 12 in Fresno, Calif., to talk.",
        ["U.S. officials met on Jan. 12 in Fresno, Calif., to talk."],
        id="abbreviations-inside",
    ),
    pytest.param(
        "The troops are back in the U.S. The next day they rested.",
        ["The troops are back in the U.S.", "The next day they rested."],
        id="sentence-ends-with-abbreviation",
    ),
    pytest.param(
        "He moved to Austin, Tex. He stayed.",
        ["He moved to Austin, Tex.", "He stayed."],
        id="sentence-ends-with-state",
    ),
    pytest.param(
        "He works for the U.S. Department of State.",
        ["He works for the U.S. Department of State."],
        id="abbreviation-before-name",
    ),
    pytest.param(
        "J. K. Rowling met Donald J. Trump.",
        ["J. K. Rowling met Donald J. Trump."],
        id="initials",
    ),
    pytest.param(
        "We make a good team, you and I. Did you see Albert I. Jones?",
        ["We make a good team, you and I.", "Did you see Albert I. Jones?"],
        id="pronoun-i-then-starter",
    ),
    pytest.param(
        "Prices rose 3.5 percent. Wages fell to $12.40 an hour.",
        ["Prices rose 3.5 percent.", "Wages fell to $12.40 an hour."],
        id="decimals",
    ),
    pytest.param(
        "He said, “We will win.” The crowd cheered.",
        ["He said, “We will win.”", "The crowd cheered."],
        id="closing-curly-quote",
    ),
    pytest.param(
        'He said, "We will win." The crowd cheered.',
        ['He said, "We will win."', "The crowd cheered."],
        id="closing-straight-quote",
    ),
    pytest.param(
        "It carries ''the start of a war.'' It matters.",
        ["It carries ''the start of a war.''", "It matters."],
        id="doubled-apostrophe-quote",
    ),
    pytest.param(
        "“Why?” he asked. Nobody answered.",
        ["“Why?” he asked.", "Nobody answered."],
        id="question-in-quotes-then-attribution",
    ),
    pytest.param(
        "“Enough!” Lopez shouted. The room went quiet.",
        ["“Enough!” Lopez shouted.", "The room went quiet."],
        id="exclamation-in-quotes-then-named-speaker",
    ),
    pytest.param(
        "“Is it over?” It was not.",
        ["“Is it over?”", "It was not."],
        id="question-in-quotes-then-sentence",
    ),
    pytest.param(
        "The region is a target—it was a hub. Moscow denies it — for now.",
        ["The region is a target—it was a hub.", "Moscow denies it — for now."],
        id="em-dashes",
    ),
    pytest.param(
        "Is it over?—not yet, they said.",
        ["Is it over?—not yet, they said."],
        id="question-mark-before-dash",
    ),
    pytest.param(
        "He paused... and then he smiled.",
        ["He paused... and then he smiled."],
        id="ellipsis-mid-sentence",
    ),
    pytest.param(
        "He used the term … Islamic extremism.",
        ["He used the term … Islamic extremism."],
        id="ellipsis-before-name",
    ),
    pytest.param(
        "We waited for hours… Nothing happened.",
        ["We waited for hours…", "Nothing happened."],
        id="ellipsis-sentence-final",
    ),
    pytest.param(
        "It was over.... The next day was calm.",
        ["It was over....", "The next day was calm."],
        id="four-dots",
    ),
    pytest.param(
        "I tried ... I really did.",
        ["I tried ... I really did."],
        id="ellipsis-before-pronoun-i",
    ),
    pytest.param(
        "1. Raise taxes 2. Cut spending 3. Wait",
        ["1. Raise taxes", "2. Cut spending", "3. Wait"],
        id="numbered-list",
    ),
    pytest.param(
        "1.) Raise taxes 2.) Cut spending",
        ["1.) Raise taxes", "2.) Cut spending"],
        id="numbered-list-dot-paren",
    ),
    pytest.param(
        "a. Raise taxes b. Cut spending",
        ["a. Raise taxes", "b. Cut spending"],
        id="lettered-list",
    ),
    pytest.param(
        "• Raise taxes • Cut spending",
        ["• Raise taxes", "• Cut spending"],
        id="bullets",
    ),
    pytest.param(
        "The plan is No. 1 on the list. See p. 4 for more.",
        ["The plan is No. 1 on the list.", "See p. 4 for more."],
        id="labels-before-numbers",
    ),
    pytest.param(
        "Read it at https://example.com/a.html. It is short.",
        ["Read it at https://example.com/a.html.", "It is short."],
        id="url",
    ),
    pytest.param(
        "Visit www.example.org today. Write to jane.doe@example.com. She replies.",
        ["Visit www.example.org today.", "Write to jane.doe@example.com.", "She replies."],
        id="url-and-email",
    ),
    pytest.param(
        "He denied it. (The record says otherwise.) Then he left.",
        ["He denied it.", "(The record says otherwise.)", "Then he left."],
        id="parenthesised-sentence",
    ),
    pytest.param(
        "The bill (see p. 4) passed. Rep. Jones (D-Calif.) voted no.",
        ["The bill (see p. 4) passed.", "Rep. Jones (D-Calif.) voted no."],
        id="abbreviations-in-parentheses",
    ),
    pytest.param(
        "The results, e.g. turnout, surprised Smith et al. in the end.",
        ["The results, e.g. turnout, surprised Smith et al. in the end."],
        id="latin-abbreviations",
    ),
    pytest.param(
        "They met at 9 a.m. Tuesday. It ended at 5 p.m. He left.",
        ["They met at 9 a.m. Tuesday.", "It ended at 5 p.m.", "He left."],
        id="times",
    ),
    pytest.param(
        "Really?! That is the plan?",
        ["Really?!", "That is the plan?"],
        id="interrobang",
    ),
    pytest.param(
        "She founded eBay. iPhone sales later soared.",
        ["She founded eBay.", "iPhone sales later soared."],
        id="lowercase-brand-opens-sentence",
    ),
    pytest.param(
        "The attack came on Sept. 11, 2001, in New York.",
        ["The attack came on Sept. 11, 2001, in New York."],
        id="month-before-day",
    ),
    pytest.param(
        'He left. "We are done," she said.',
        ["He left.", '"We are done," she said.'],
        id="opening-quote-starts-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentence_rules(text: str, expected: list[str]) -> None:
    """Each sentence-boundary rule splits its example exactly as expected."""
    assert sentences_of(text) == expected


def test_lone_marks_join_a_sentence() -> None:
    """A piece with no letter or digit (a stray closing quote) joins the sentence before it."""
    assert sentences_of('"It is gone. """') == ['"It is gone. """']


def test_title_sentences_belong_to_paragraph_minus_one() -> None:
    """Sentences of the title carry paragraph -1, body sentences their paragraph index."""
    layout = segment("Vote Today. Results Tonight.\n\nPolls open at 7 a.m. They close at 8 p.m.")
    assert [(s.text, s.paragraph) for s in layout.sentences] == [
        ("Vote Today.", -1),
        ("Results Tonight.", -1),
        ("Polls open at 7 a.m.", 0),
        ("They close at 8 p.m.", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        ". " * 20_000,
        "A. " * 20_000,
        "U.S." * 20_000,
        "WASHINGTON " * 20_000 + "— x",
        "x" * 200_000 + ". Y",
        " " * 100_000 + "\n" * 100_000,
        "1. " * 20_000,
        "“" * 50_000 + "?" * 50_000,
        "TITLE: " + " LINK:" * 20_000,
    ],
)
def test_adversarial_inputs_segment(text: str) -> None:
    """Long runs of marks, initials or dashes segment (every pattern is linear-time)."""
    layout = segment(text)
    for sentence in layout.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


# --------------------------------------------------------------------------- properties

PIECES = [
    *"aAbBzZ019 .,;:!?…'\"“”‘’()[]—–-•\n\r\t\u00a0",
    "U.S.",
    "Mr.",
    "TITLE: ",
    " LINK: ",
    "WASHINGTON (AP) — ",
    "\n\n",
    "...",
    "1. ",
    "Word",
    "word ",
]
# News-like text: pieces of the syntax the segmenter reads, in any order.
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=300)))
def test_spans_are_exact_and_ordered(text: str) -> None:
    """Spans point at their text; sentences are ordered, disjoint and inside their paragraph."""
    layout = segment(text)
    spans = [layout.title, layout.dateline, *layout.paragraphs, *layout.sentences]
    for span in spans:
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    for left, right in pairwise(layout.paragraphs):
        assert left.end <= right.start
    for first, second in pairwise(layout.sentences):
        assert first.end <= second.start
        assert first.paragraph <= second.paragraph
    for sentence in layout.sentences:
        assert sentence.text.strip()
        holder = layout.title if sentence.paragraph == -1 else layout.paragraphs[sentence.paragraph]
        assert holder is not None
        assert holder.start <= sentence.start and sentence.end <= holder.end
    if layout.title is not None and layout.paragraphs:
        assert layout.title.end <= layout.paragraphs[0].start
    if layout.dateline is not None:
        assert layout.paragraphs
        assert layout.metadata["dateline"] == layout.dateline.text


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_sentences_cover_every_word_of_a_paragraph(text: str) -> None:
    """Every non-space character of a paragraph lies in exactly one of its sentences."""
    layout = segment(text)
    for index, paragraph in enumerate(layout.paragraphs):
        covered = sorted((s.start, s.end) for s in layout.sentences if s.paragraph == index)
        assert covered and covered[0][0] == paragraph.start and covered[-1][1] == paragraph.end
        for (_, end), (start, _) in pairwise(covered):
            assert not text[end:start].strip()
