"""The built-in quote extractor: quotation marks, speakers and their names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Quote
from newsparse.extractors.quotes import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    """The quotes the extractor finds in ``text``, after checking every span."""
    document = Document.from_text(text, name="t")
    found = extract_quotes(document)
    for quote in found:
        assert document.text[quote.start : quote.end] == quote.text
        for span in (quote.speaker, quote.cue):
            assert span is None or document.text[span.start : span.end] == span.text
    return found


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) of each quote."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)]


def test_curly_quotes_with_speaker_after() -> None:
    """Curly quotes followed by `Name said` give a direct quote with that speaker and cue."""
    (quote,) = quotes_of("“We will rebuild the bridge by spring,” Maria Lopez said on Monday.")
    assert quote.text == "“We will rebuild the bridge by spring,”"
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Maria Lopez"
    assert quote.cue is not None and quote.cue.text == "said"


def test_straight_quotes() -> None:
    """Straight double quotes pair like curly ones."""
    assert speakers('"The vote is final," said Tom Baker.') == [
        ('"The vote is final,"', "Tom Baker")
    ]


def test_guillemets_and_german_marks() -> None:
    """« » and „ “ are quotation marks too."""
    texts = [
        q.text
        for q in quotes_of("Anna Weber said: „Wir bleiben hier.“ Then she said: «Nous restons.»")
    ]
    assert texts == ["„Wir bleiben hier.“", "«Nous restons.»"]


def test_apostrophes_do_not_break_pairing() -> None:
    """Apostrophes and single quotes inside a quote never end it."""
    (quote,) = quotes_of("“It’s the mayor’s plan, and we don’t say ‘never’ here,” Joe Kim said.")
    assert quote.text.endswith("here,”")
    assert quote.speaker is not None and quote.speaker.name == "Joe Kim"


def test_odd_number_of_marks_never_raises() -> None:
    """A stray mark is skipped and the other quotes are still found."""
    text = "He paused “and then. “We are done,” Lee Chan said. A stray ” mark."
    assert [q.text for q in quotes_of(text)] == ["“We are done,”"]


def test_multi_paragraph_quote_is_one_quote() -> None:
    """The opening mark repeated at each paragraph start with one closing mark is one quote."""
    text = (
        "Ruth Adler spoke for an hour.\n\n"
        "“We came here with nothing. We built the town ourselves.\n\n"
        "“Nobody helped us, and nobody will take it from us.”\n\n"
        "The crowd cheered."
    )
    (quote,) = quotes_of(text)
    assert quote.text.startswith("“We came") and quote.text.endswith("from us.”")


def test_interrupted_quote_is_one_quote() -> None:
    """`“We will win,” she said, “and soon.”` is one quote spanning both parts."""
    text = "Jane Ortiz led the rally. “We will win,” she said, “and soon.”"
    (quote,) = quotes_of(text)
    assert quote.text == "“We will win,” she said, “and soon.”"
    assert quote.speaker is not None and quote.speaker.name == "Jane Ortiz"


def test_second_part_with_its_own_attribution_is_a_new_quote() -> None:
    """`“A,” said X. “B,” added Y.`: the second quotation is followed by an attribution of
    its own in its sentence, so it is Y's quote, not the rest of an interrupted one of X's;
    `“A,” she said. “B.”` still runs on as hers."""
    text = (
        "Senators spoke.\n\n“He has to stop the insults,” said Sen. Susan Collins. "
        "“He has to earn it,” added Rep. Cathy Rodgers."
    )
    first, second = quotes_of(text)
    assert first.text == "“He has to stop the insults,”"
    assert first.speaker is not None and first.speaker.name == "Susan Collins"
    assert second.text == "“He has to earn it,”"
    assert second.speaker is not None and second.speaker.name == "Cathy Rodgers"
    (running,) = quotes_of("Jane Ortiz spoke. “We will win,” she said. “It is over.”")
    assert running.text == "“We will win,” she said. “It is over.”"


def test_mixed_quote_inside_paraphrase() -> None:
    """A quoted fragment inside paraphrase is a mixed quote with the paraphrase's speaker."""
    text = "Governor Sam Reyes arrived late. “Very tired” was how he described himself."
    (quote,) = quotes_of(text)
    assert quote.kind == "mixed"
    assert quote.speaker is not None and quote.speaker.name == "Sam Reyes"


def test_scare_quotes_and_titles_are_left_out() -> None:
    """Unattributed scare quotes and titles are not quotes of a speaker."""
    text = "The so-called “experts” watched “Saturday Night Live” together."
    assert quotes_of(text) == []


def test_cue_before_the_quote() -> None:
    """A cue before the quote (`Name told reporters: “...”`) gives the speaker."""
    text = "Karen Bell told reporters: “The budget is balanced.”"
    assert speakers(text) == [("“The budget is balanced.”", "Karen Bell")]


def test_told_the_bbc_speaker_is_the_subject() -> None:
    """In `X told the BBC` the speaker is X, not the BBC."""
    (quote,) = quotes_of("“The line held,” Olga Petrenko told the BBC.")
    assert quote.speaker is not None and quote.speaker.text == "Olga Petrenko"


def test_inverted_speaker_with_apposition() -> None:
    """In `said X, a spokesman for Y` the speaker is X."""
    (quote,) = quotes_of("“No talks are planned,” said Ivan Marsh, a spokesman for the ministry.")
    assert quote.speaker is not None and quote.speaker.text == "Ivan Marsh"


def test_pronoun_resolves_to_earlier_person() -> None:
    """`he` resolves to the nearest named person earlier in the document, fullest form."""
    text = "Senator Paul Grady spoke on Friday. “We need more time,” he said."
    assert speakers(text) == [("“We need more time,”", "Paul Grady")]


def test_role_noun_resolves_to_the_person_named_with_it() -> None:
    """`the spokesman` resolves to the person named earlier with that role, not to the
    person he speaks for; `the minister` to the person the story is about."""
    text = (
        "Lena Fischer signed it. Her spokesman, Dmitri Volkov, spoke. "
        "“Nothing has changed,” the spokesman said."
    )
    assert speakers(text) == [("“Nothing has changed,”", "Dmitri Volkov")]
    text = "Lena Fischer signed the deal. “Nothing has changed,” the minister said."
    assert speakers(text) == [("“Nothing has changed,”", "Lena Fischer")]


def test_continuing_paragraph_inherits_speaker() -> None:
    """A paragraph that only continues the previous speaker's quote inherits that speaker."""
    text = (
        "Farmers ask for help\n\n"
        "“The harvest was poor this year,” said farmer Ana Silva.\n\n"
        "“We will need help before winter comes, and the banks know it.”"
    )
    found = quotes_of(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Ana Silva", "Ana Silva"]


def test_surname_resolves_to_fullest_name() -> None:
    """A surname used as speaker is named by the fullest form the document uses."""
    text = "Viktor Trehubov leads the group. “The front is quiet,” Trehubov told the BBC."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("Trehubov", "Viktor Trehubov")


def test_quotes_in_the_headline_are_found() -> None:
    """A quote in the headline is found like any other."""
    text = "Mayor: “We will rebuild”\n\nThe storm passed on Monday."
    assert [q.text for q in quotes_of(text)] == ["“We will rebuild”"]


def test_markup_attributes_are_not_quotes() -> None:
    """Quoted attribute values such as id="123" are not quotes."""
    assert quotes_of('<tweet id="12345" author="someone">Hello</tweet>') == []


def test_seed_quotes(seed_text: str) -> None:
    """On the seed: Trehubov (Viktor Trehubov) told; “Very angry” is Trump's, mixed."""
    found = {q.text: q for q in quotes_of(seed_text)}
    first = found["“This is the first attack of such a large scale in Dnipropetrovsk,”"]
    assert first.speaker is not None and first.cue is not None
    assert (first.speaker.text, first.speaker.name, first.cue.text) == (
        "Trehubov",
        "Viktor Trehubov",
        "told",
    )
    angry = found["“Very angry”"]
    assert angry.kind == "mixed"
    assert angry.speaker is not None and angry.speaker.name == "Trump"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["“", "”", '"', "«", "»", "„", "’", " said ", "He", " Ann Lee", ".", ",", "\n\n", "x"]
        ),
        max_size=40,
    ).map("".join)
)
def test_never_raises_and_spans_are_exact(text: str) -> None:
    """Any arrangement of marks, cues and names gives valid spans and no exception."""
    quotes_of(text)
