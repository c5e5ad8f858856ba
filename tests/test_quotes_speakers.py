"""Quote speakers found by grammar: cue position, subjects, labels, dashes, weak fallbacks."""

from __future__ import annotations

import regex

from newsparse.document import Document
from newsparse.extractors.quotes import MAX_SENTENCE_REACH, SUBJECT, _Context, clean_speaker

from .test_quote_extractor import quotes_of


def speaker_text(text: str) -> str | None:
    """The speaker words of the only quote in ``text``."""
    (quote,) = quotes_of(text)
    return quote.speaker.text if quote.speaker else None


def test_abbreviated_title_after_the_quote() -> None:
    """`“...,” Ms. Reyes said` is not cut at the abbreviation's full stop."""
    assert speaker_text("Rain fell.\n\n“We are ready,” Ms. Reyes said.") == "Ms. Reyes"


def test_common_noun_subject_after_the_quote() -> None:
    """A determiner phrase before the cue (`a young man shouted`) is the speaker."""
    text = "Crowds gathered.\n\n“Look at that,” a young man shouted at the gate."
    assert speaker_text(text) == "a young man"


def test_coordinated_verbs_before_the_quote() -> None:
    """In `he laughed and said, “...”` the speaker is the subject of both verbs."""
    text = "Omar Sayed was asked about the plan. He laughed and said, “We will see.”"
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "He"
    assert quote.speaker.name == "Omar Sayed"
    assert quote.cue is not None and quote.cue.text == "said"


def test_leading_subordinate_clause_is_not_the_speaker() -> None:
    """`When asked why, Nils Berg replied by email: “...”`: the speaker is Nils Berg."""
    text = "When asked why, Nils Berg replied by email: “The plan was always temporary.”"
    assert speaker_text(text) == "Nils Berg"


def test_party_label_between_name_and_cue() -> None:
    """`“...,” Rep. Ann Cole (D-Ore.) said` gives Ann Cole's mention without the label."""
    text = "Votes were counted.\n\n“The count is fair,” Rep. Ann Cole (D-Ore.) said on Friday."
    assert speaker_text(text) == "Rep. Ann Cole"


def test_dash_attribution_at_line_end() -> None:
    """`“...” ― Name` on its own line attributes the quote to Name."""
    text = "Readers wrote in.\n\n“This town deserves better.” ― Paula Grant\n\nMore letters came."
    quotes = quotes_of(text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Paula Grant"]


def test_inverted_cue_before_the_quote() -> None:
    """`Said Ellis: “...”` puts the speaker after the cue."""
    text = "Critics were unmoved. Said Dana Ellis: “Nothing in the bill is new.”"
    assert speaker_text(text) == "Dana Ellis"


def test_introducing_paragraph_ending_with_colon() -> None:
    """A paragraph ending `Kim Lao continued:` gives the speaker of the next paragraph's quote."""
    text = (
        "Kim Lao spoke for an hour.\n\nKim Lao continued:\n\n“We have waited long enough for this.”"
    )
    assert speaker_text(text) == "Kim Lao"


def test_apposition_after_a_sentence_opening_subject() -> None:
    """`The mayor, who took office in May, said the plan “...”`: the subject is the speaker."""
    text = "The mayor, who took office in May, said the plan was “a waste of public money.”"
    assert speaker_text(text) == "The mayor"


def test_participle_cue_takes_the_main_subject() -> None:
    """In `Lee attacked the plan, saying, “...”` the speaker is Lee, not the object."""
    text = "Sara Lee attacked the plan on Monday, saying, “It will fail within a year.”"
    assert speaker_text(text) == "Sara Lee"


def test_sentence_subject_is_a_weak_fallback_for_fragments() -> None:
    """A fragment with no speech verb takes the sentence's subject, with a low confidence."""
    (quote,) = quotes_of("Hugo Brandt dedicated the win to “a very patient team.”")
    assert quote.speaker is not None and quote.speaker.text == "Hugo Brandt"
    assert quote.kind == "mixed"
    assert quote.confidence < 0.8


def test_possessive_is_never_a_speaker() -> None:
    """clean_speaker rejects possessives and strips leading conjunctions."""
    text = "When Lee's said his But Anna Ruiz"
    assert clean_speaker(text, 5, 10) is None  # Lee's
    assert clean_speaker(text, 16, 19) is None  # his
    assert clean_speaker(text, 20, len(text)) == (24, len(text))  # But Anna Ruiz -> Anna Ruiz


def test_object_of_told_is_not_the_speaker_before_the_quote() -> None:
    """`Jan Novak told the BBC: “...”`: the subject, not the object, is the speaker."""
    text = "Jan Novak told the BBC on Sunday: “The bridge is open again.”"
    assert speaker_text(text) == "Jan Novak"


def test_participle_after_an_opening_adverbial() -> None:
    """`In a statement, Rep. Al Hunt (D-Vt.) reacted, saying: “...”` gives Rep. Al Hunt."""
    text = "In a statement on Friday, Rep. Al Hunt (D-Vt.) reacted, saying: “This is wrong.”"
    assert speaker_text(text) == "Rep. Al Hunt"


def test_subject_with_a_long_apposition() -> None:
    """A subject separated from its cue by an apposition holding commas is still found."""
    text = "Clinton, at a meeting in Dayton, Ohio, said she was “ready for the fight.”"
    assert speaker_text(text) == "Clinton"


def test_cue_word_used_as_a_noun_is_not_a_cue() -> None:
    """In `Hale said the people hurt in the attack “...”` the noun `attack` is not a cue."""
    text = "Hale said the people hurt in the attack could have been saved “if help came sooner.”"
    assert speaker_text(text) == "Hale"


def test_cue_verb_followed_by_to_is_not_the_attribution() -> None:
    """`Cruz said Rubio will continue to be “...”`: `continue to` does not attribute the quote."""
    text = "Cruz said Rubio will continue to be “a champion for opportunity in America.”"
    assert speaker_text(text) == "Cruz"


def test_participle_with_object_before_colon_is_not_inverted() -> None:
    """`Lee was critical, telling Radio Nine: “...”`: Radio Nine is the hearer, not the speaker."""
    text = "Sen. Tom Lee was also critical, telling Radio Nine: “The plan is typical of them.”"
    (quote,) = quotes_of(text)
    assert quote.speaker is None or quote.speaker.text != "Radio Nine"


def test_name_and_colon_before_the_quote() -> None:
    """`Lena Moss: “...”` opening a line gives the speaker Lena Moss, the colon as cue."""
    text = "The candidates answered.\n\nLena Moss: “Our goal is to win the county.”"
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "Lena Moss"
    assert quote.cue is not None and quote.cue.text == ":"


def test_cue_ending_the_sentence_before_the_quote() -> None:
    """`Ada Fox agreed. “...”`: the cue closing the previous sentence introduces the quote."""
    text = "Others doubted it.\n\nAda Fox agreed. “The party has run out of time to change course.”"
    assert speaker_text(text) == "Ada Fox"


def test_outer_source_over_an_inner_clause_before_the_quote() -> None:
    """`Ines Varga said she remembered thinking, “...”`: the outer source is the speaker."""
    text = "Ines Varga spoke.\n\nVarga said she recalled thinking, “Nobody here can see me.”"
    assert speaker_text(text) == "Varga"


def test_cue_of_the_next_sentence_is_not_the_quote_s() -> None:
    """`Rui Costa says the plan is “...” He says ...`: the next sentence's cue is not taken."""
    text = "Rui Costa spoke.\n\nCosta says the plan “is a mess, even for him.” He says it fails."
    assert speaker_text(text) == "Costa"


def test_dash_attributions_on_consecutive_lines() -> None:
    """Each `“...” ― Name` line keeps its own speaker; the dash is the cue, not a continuation."""
    text = "Readers wrote in.\n\n“Too long.” ― Ada Moss\n“Far too short.” ― Ben Ruiz\n"
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.text == "Ada Moss"
    assert second.speaker is not None and second.speaker.text == "Ben Ruiz"
    assert second.cue is not None and second.cue.text == "―"


def test_fragments_of_one_report_are_one_mixed_quote() -> None:
    """`Ada Moss called the plan “reckless” and “cruel”`: one mixed quote over both fragments."""
    text = "Ada Moss spoke.\n\nAda Moss called the plan “reckless” and “cruel” on Monday."
    (quote,) = quotes_of(text)
    assert quote.text == "“reckless” and “cruel”"
    assert quote.kind == "mixed"
    assert quote.speaker is not None and quote.speaker.text == "Ada Moss"


def test_fragments_of_two_reports_stay_apart() -> None:
    """Fragments with different speakers in one sentence remain two quotes."""
    text = "Ada Moss called it “reckless” while Ben Ruiz called it “brave” on Monday."
    first, second = quotes_of(text)
    assert (first.text, second.text) == ("“reckless”", "“brave”")


def test_capitalised_cue_word_inside_a_name_is_no_cue() -> None:
    """`States` in `the United States` is part of a name; `States` opening a sentence is a verb."""
    from newsparse.cues import LEXICON
    from newsparse.extractors.quotes import _verb_cue

    text = "Lee told leaders that the United States “must act.” States Lee: “Now.”"
    verbs = [c.text for c in LEXICON.find(text, 0, len(text)) if _verb_cue(text, c)]
    assert verbs == ["told", "States"]


def test_a_second_speaker_between_two_quotes_keeps_them_apart() -> None:
    """`“...,” Ann said, and her husband cut in. “...”` is two quotes, not one interrupted."""
    text = (
        "Ann Moss waved.\n\n“Tell her we came,” Moss said, and her husband cut in. “Do not forget.”"
    )
    assert len(quotes_of(text)) == 2


def test_sentence_subject_with_an_apposition_and_any_verb() -> None:
    """`Ola Berg, the head of a debate club, compared ... “...”`: the subject with its apposition."""
    text = "Rain fell.\n\nOla Berg, the head of a debate club, compared him to a coach “working the refs.”"
    found = speaker_text(text)
    assert found is not None and found.startswith("Ola Berg")


def test_sentence_subject_with_a_determiner_and_a_name() -> None:
    """`Another critic, Ola Berg, likened ... “...”`: the whole subject phrase speaks."""
    text = "Rain fell.\n\nAnother critic, Ola Berg, likened the rules to “burning the house.”"
    found = speaker_text(text)
    assert found is not None and "Ola Berg" in found


def test_full_name_with_a_colon_before_the_quote() -> None:
    """`... agreed with pollster Dan Shaw: “...”`: the full name before the colon speaks."""
    text = (
        "Rain fell.\n\nThe result did not surprise pollster Dan Shaw: “Late deciders broke late.”"
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "Dan Shaw"
    assert quote.cue is not None and quote.cue.text == ":"


def test_place_with_a_colon_is_no_speaker() -> None:
    """`... rallies in New York: “...”`: a name after a preposition is a place, not a speaker."""
    text = "Rain fell.\n\nCrowds gathered at rallies in New York: “Count every vote.”"
    (quote,) = quotes_of(text)
    assert quote.speaker is None or quote.speaker.text != "New York"


def test_transcript_label_inside_the_quote() -> None:
    """`"KIM: Well, ..."`: a quoted transcript turn is spoken by its capitalised label."""
    text = 'Rain fell.\n\nA transcript follows.\n\n"KIM: Well, the vote is closer than it looks."'
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "KIM"


def test_phrasal_cue_opening_the_sentence() -> None:
    """`She added that ... “...”`: a multiword cue (`added that`) opens the speaker's sentence."""
    text = (
        "Ada Moss spoke.\n\nShe added that most voters in the county seem tired, which matters "
        "because, “In the end, we vote for somebody.”"
    )
    assert speaker_text(text) == "She"


def test_leading_adverbial_holding_a_quoted_title() -> None:
    """`On CBS’s "Face the Day," Ann Lee said ... "..."`: the title does not hide the subject."""
    text = (
        'Rain fell.\n\nOn a Sunday broadcast of "Face the Day," Senator Ann Lee said the riots '
        'and protests demands that all of us engage in "more listening."'
    )
    found = [q for q in quotes_of(text) if "listening" in q.text]
    assert found and found[0].speaker is not None and "Ann Lee" in found[0].speaker.text
    assert found[0].confidence == SUBJECT  # found as the sentence's opening subject


def test_coordinated_clause_keeps_its_own_speaker() -> None:
    """`She praised the plan, and when pressed, the mother of three replied, “...”`: not She."""
    text = (
        "Ada Moss spoke.\n\nShe praised the plan, and when pressed on the cost, the mother of "
        "three replied, “It pays for itself.”"
    )
    assert speaker_text(text) == "the mother of three"


def test_third_person_cue_after_a_name_introduces_the_next_paragraph() -> None:
    """`The Daily Star reports:` before a quoted paragraph: `reports` is a verb after a name."""
    text = 'Rain fell.\n\nThe Daily Star reports:\n\n"Few voters gave money this year."'
    assert speaker_text(text) == "The Daily Star"


def test_verbs_of_manner_are_cues() -> None:
    """`“Go back to Univision,” Trump barked`: verbs of the manner of speaking (bark,
    sputter, exhort) link a quote to its speaker like `said`."""
    text = "The room went quiet.\n\n“Go back to Univision,” Trump barked at the reporter."
    assert speaker_text(text) == "Trump"
    text = "Rain fell.\n\n“It's about time,” exhorted the actress Jamie Lee Curtis."
    assert speaker_text(text) == "the actress Jamie Lee Curtis"
    text = "Rain fell.\n\n“Well, that went great,” Ms. Reyes deadpanned."
    assert speaker_text(text) == "Ms. Reyes"


def test_participle_cue_after_an_opening_conjunction() -> None:
    """`And then Trump went on the attack, saying, “...”`: an opening *And then* or *But*
    does not hide the subject a participle cue takes."""
    text = "Rain fell.\n\nAnd then Trump went fully on the attack, saying, “Resign now.”"
    assert speaker_text(text) == "Trump"


def test_dash_line_after_a_quote_paragraph() -> None:
    """A paragraph that is only `- Name, Place.` after a quoted paragraph names its speaker,
    with a hyphen or dash."""
    text = 'Rain fell.\n\n"It needs to stop."\n\n-Michelle Marks, Philadelphia.\n\nMore news.'
    assert speaker_text(text) == "Michelle Marks"
    text = "Rain fell.\n\n“Be yourself.” ― Oscar Wilde\n\nMore news."
    assert speaker_text(text) == "Oscar Wilde"


def test_as_x_put_it() -> None:
    """`As Vulture put it, “...”`: *put it* is a cue and its subject the speaker."""
    text = "Rain fell. As Ann Lee put it, “Hello, it's the Biebs.” He won."
    assert speaker_text(text) == "Ann Lee"


def test_dash_line_with_a_description() -> None:
    """`-President Obama, tweeting after the speech.` on its own line names the speaker."""
    text = 'Rain fell.\n\n"She is ready."\n\n-President Obama, tweeting after her speech.\n\nMore.'
    assert speaker_text(text) == "President Obama"


def test_paragraph_issuing_a_statement() -> None:
    """`X issued the following statement:` closing the paragraph before a quoted paragraph
    makes X its speaker."""
    text = "Rain fell.\n\nThe campaign issued the following statement:\n\n“We won.”\n\nMore."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.text == "The campaign"
    assert quote.cue is not None and quote.cue.text == "issued"


def test_remembered_after_a_quote() -> None:
    """`“...,” remembered Roy Verley, HP's former spokesman.`: *remember* is a cue."""
    text = "Rain fell.\n\n“She took it upon herself,” remembered Roy Verley, a spokesman."
    assert speaker_text(text) == "Roy Verley"


def test_inverted_cue_before_a_quote_with_an_apposition() -> None:
    """`Said Dorothy Poynter, who grew up with him, “...”`: an opening *Said* with the name,
    its apposition or relative clause, then the quote."""
    text = "Rain fell. Said Dorothy Poynter, who grew up with him, “We were all proud.”"
    assert speaker_text(text) == "Dorothy Poynter"


def test_inverted_cue_before_a_labelled_speaker() -> None:
    """'Added Rubio: "..."' and 'Stated Stone: "..."': a speech verb before the name and its
    colon is the cue, not part of the speaker's mention or name."""
    for text, name in (
        ("Headline\n\nAdded Rubio: “We will win.”", "Rubio"),
        ("Headline\n\nStated Stone:  “The stakes are high.”", "Stone"),
    ):
        (quote,) = quotes_of(text)
        assert quote.speaker is not None
        assert (quote.speaker.text, quote.speaker.name) == (name, name)


def test_said_or_says_before_a_labelled_speaker_is_the_cue() -> None:
    """'Said Rosenberg: "..."': *said* and *says* open an inverted label too; the speaker's
    mention is the name after it."""
    (quote,) = quotes_of("Headline\n\nSaid Rosenberg: “There is a scenario where it is hard.”")
    assert quote.speaker is not None and quote.speaker.text == "Rosenberg"
    assert quote.cue is not None and quote.cue.text == "Said"


def test_cue_and_speaker_before_a_comma_and_the_quotation() -> None:
    """'..., explained Rosenberg, “...”' and 'Added Rosenberg, “...”': a speech verb and its
    speaker before a comma and the quotation introduce it."""
    for text in (
        "Headline\n\nBecause of the schedule, explained Rosenberg, “there is no way to win.”",
        "Headline\n\nAdded Rosenberg, “there is no way to win this one.”",
    ):
        (quote,) = quotes_of(text)
        assert quote.speaker is not None and quote.speaker.text == "Rosenberg"


def test_an_absolute_phrase_telling_its_addressees_gives_the_speaker() -> None:
    """'..., with Senator John McCain telling reporters he viewed Obama as "directly
    responsible"': *telling* before a bare plural addressee is a cue, and the report before
    the comma ends there."""
    text = (
        "Headline\n\nThe attack sparked a debate over how the United States responds to it, with "
        "Senator John McCain telling reporters he viewed Obama as “directly responsible” for it."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "John McCain"


def test_participle_after_a_quote_is_no_inverted_cue() -> None:
    """'Peabody said: "...," adding that its value quadrupled': the participle after the quote
    does not make the words after it the speaker; the speaker before the colon stays."""
    text = 'Title\n\nIn a statement, Peabody said: "The firm did well," adding that its value rose.'
    assert speaker_text(text) == "Peabody"


def test_inverted_speaker_ends_before_a_when_clause() -> None:
    """'"...," said Cruz constituent Dan Golvach when asked about X': the speaker's phrase ends
    before *when*."""
    text = "Title\n\n“Anyone who breaks the law is wrong,” said Dan Golvach when asked about it."
    assert speaker_text(text) == "Dan Golvach"


def test_preceding_report_in_a_long_paragraph_is_the_one_just_before_the_quote() -> None:
    """In one long paragraph of reports and quotes, the fallback speaker of each quote (the
    last usable report before it in its paragraph) is the report just before it, however
    many reports come earlier in the paragraph."""
    names = [f"Vor{chr(97 + n % 26)}{chr(97 + n // 26)}" for n in range(300)]
    text = "".join(
        f"{name} said the plan had failed badly in every part of the state. “It is over.” "
        "The vote was held on Monday. "
        for name in names
    )
    document = Document.from_text(text)
    starts = [m.start() for m in regex.finditer("“", text)]
    spans = [(start, text.index("”", start) + 1) for start in starts]
    context = _Context.of(document, spans)
    found = [context.preceding(start) for start in starts]
    assert [f.source.text if f and f.source else None for f in found] == names


def test_preceding_report_skips_reports_made_inside_quotations() -> None:
    """The fallback speaker of a quote is the last report before it whose source stands
    outside every quotation: hundreds of reports inside the quotations in between ("He said
    ...") are passed over, and the report that opened the paragraph is found."""
    opening = "Ann Lee said the plan had failed badly in every part of the state. "
    text = opening + "“He said the vote was lost.” " * 300
    document = Document.from_text(text)
    starts = [m.start() for m in regex.finditer("“", text)]
    spans = [(start, text.index("”", start) + 1) for start in starts]
    context = _Context.of(document, spans)
    for start in (starts[1], starts[-1]):
        found = context.preceding(start)
        assert found is not None and found.source is not None
        assert found.source.text == "Ann Lee"


def test_a_run_on_sentence_is_read_only_near_the_quote() -> None:
    """A text with no sentence stops is one long "sentence"; a quote in it weighs only the
    reports within MAX_SENTENCE_REACH characters of it, so the work per quote stays bounded
    and a report pages away is not its attribution."""

    def speaker(filler: int) -> str | None:
        text = (
            "Ann Lee said the vote was lost "
            + "and the crowd cheered for a long time " * filler
            + "after “a total disgrace” and more"
        )
        start = text.index("“")
        context = _Context.of(Document.from_text(text), [(start, text.index("”") + 1)])
        found = context.speaker_of(start, text.index("”") + 1, "mixed")
        return found.source.text if found and found.source else None

    assert speaker(2) == "Ann Lee"
    assert 40 * len("and the crowd cheered for a long time ") > MAX_SENTENCE_REACH
    assert speaker(40) is None


def test_a_cue_word_after_a_preposition_is_a_noun() -> None:
    """`The former secretary of state will play the “woman card,” Fiorina said`: *state*
    after *of* is a noun, so the sentence does not open with a speaker and its cue; the
    quote is Fiorina's. A gerund after a preposition still reports (`after saying`)."""
    text = (
        "Rallies went on. The former secretary of state will play the “woman card,” Fiorina said."
    )
    assert speaker_text(text) == "Fiorina"
    text = "Lee spoke last. She ended the rally after saying “we will win in November.”"
    assert speaker_text(text) == "She"


def test_a_dateline_is_no_speaker() -> None:
    """`WASHINGTON, Dec. 8 (UPI) — ..., Kim Lao's aide rallied supporters, saying “...”`:
    the sentence's subject is read after the dateline, as reported speech reads it."""
    text = (
        "Headline\n\nWASHINGTON, Dec. 8 (UPI) — In response to the plan, Kim Lao's aide "
        "rallied supporters, saying: “We have to be ready.”"
    )
    assert speaker_text(text) == "Kim Lao's aide"


def speakers(text: str) -> list[str | None]:
    """The speaker words of every quote in ``text``, in order."""
    return [q.speaker.text if q.speaker else None for q in quotes_of(text)]


def test_absolute_phrase_names_its_own_speaker() -> None:
    """'The meeting ended with Ryan saying “...”': the noun of the absolute phrase speaks,
    not the sentence's subject and the words up to it."""
    text = "Talks closed.\n\nThe meeting ended with Ryan saying he was “very encouraged” by it."
    assert speakers(text) == ["Ryan"]


def test_coordinated_report_before_a_fragment_has_its_own_speaker() -> None:
    """'A said X, while B said that “...”' and 'A saying “...” and B calling it “...”': a
    report coordinated after the sentence's first one gives the fragment after it its own
    speaker."""
    text = (
        "Debate night.\n\nRubio suggested that a nominee must answer questions, while Cruz "
        "said that the “stakes are too high” for that.\n\nThe meeting ended with Ryan saying "
        "he was “very encouraged” and Trump calling it a “great meeting.”"
    )
    assert speakers(text) == ["Cruz", "Ryan", "Trump"]


def test_noun_phrases_joined_by_and_are_no_coordinated_report() -> None:
    """'Sanders has said that the campaign and its allies are maligning his “D-minus”
    rating': a bare *and* inside the reported clause joins noun phrases, so the fragment
    stays the opening speaker's."""
    text = (
        "Guns.\n\nSanders has said repeatedly that the campaign and its allies are unfairly "
        "maligning his “D-minus” rating."
    )
    assert speakers(text) == ["Sanders"]


def test_went_on_after_a_quotation_is_a_cue() -> None:
    """'“...,” he went on.' reports speech; 'The war went on for years' does not."""
    assert speaker_text("Late.\n\n“We will win,” he went on.") == "he"
    text = "Late.\n\nThe war went on for years, “a disaster,” as one general put it."
    assert speaker_text(text) == "one general"


def test_as_clause_after_the_quote() -> None:
    """'“...,” as one aide put it': the subject after *as* is the speaker."""
    text = "Votes.\n\nThe count dragged on, “a slow disaster,” as one aide put it."
    assert speaker_text(text) == "one aide"


def test_coordinated_clause_is_not_the_opening_cue_content() -> None:
    """'a woman asked for a photo and Clinton said, “...”': the clause after *and* is no
    content of *asked*, so its own subject speaks, while 'Lynch said she recalled thinking,
    “...”' stays Lynch's."""
    text = "At one stop, a woman asked for a photo and Clinton said, “as long as it is legal.”"
    assert speaker_text(text) == "Clinton"
    assert speaker_text("Hearing.\n\nLynch said she recalled thinking, “This is the end.”") == (
        "Lynch"
    )


def test_labels_after_a_quotation_in_one_paragraph() -> None:
    """'Clinton: “...” Bush: “...”': a name and a colon after a quotation that ends its
    sentence labels the next quotation, as one opening a line does."""
    text = (
        "The two differ.\n\nClinton: “Our goal is to defeat it.” Bush: “The mission is to end it.”"
    )
    assert speakers(text) == ["Clinton", "Bush"]


def test_british_quotation_has_its_speaker() -> None:
    """'...,' Rachel Reeves told the BBC: single marks quote in British style, and the
    speaker rules read them as they read double marks."""
    text = "Fuel duty\n\n'We will not let drivers pay for this,' Rachel Reeves told the BBC."
    assert speakers(text) == ["Rachel Reeves"]


def test_participle_after_comma_takes_the_main_subject_past_openers() -> None:
    """'In New Hampshire, Trump went after Bush, calling him “a total stiff.”': the
    participle's speaker is the main clause's subject, past one or two opening phrases, never
    the opening phrase read as a subject with the main clause as its apposition."""
    text = "Debate.\n\nIn New Hampshire, Trump went after Bush, calling him “a total stiff.”"
    assert speakers(text) == ["Trump"]
    text = (
        "Debate.\n\nSpeaking at a town hall in Salem, New Hampshire, Trump went after Bush, "
        "calling him “a total stiff.”"
    )
    assert speakers(text) == ["Trump"]


def test_pronoun_subject_after_an_opening_phrase() -> None:
    """'Later, she turned to Cruz, calling him “a liar.”' and 'Last year, he played down
    the comments as “just part of the campaign”': a lower-case pronoun after an opening
    phrase is the sentence's subject, and the speaker."""
    assert speakers("Debate.\n\nLater, she turned to Cruz, calling him “a liar.”") == ["she"]
    text = "Mexico.\n\nLast year, he played down the comments as “just part of the campaign.”"
    assert speakers(text) == ["he"]


def test_name_and_long_apposition_after_the_quote() -> None:
    """'“...” Miller, a retired worker from a nuclear plant, says': the name before an
    apposition of any length up to its closing comma is the speaker."""
    text = (
        "Calls.\n\n“How are you today?” Miller, a retired worker from a nuclear plant, says "
        "with a smile."
    )
    assert speakers(text) == ["Miller"]


def test_name_after_a_modifier_with_digits_speaks() -> None:
    """'“...,” said 9/11 widow Terry Strada' and '81-year-old Parker Eaton said': a name
    after a modifier with digits is a speaker; a bare figure ('1,300 said') is not."""
    text = "Veto.\n\n“They are 100 percent wrong,” said 9/11 widow Terry Strada."
    assert speakers(text) == ["9/11 widow Terry Strada"]


def test_coordinated_report_whose_content_holds_the_fragment() -> None:
    """'Putney said X, but he said that the footage “supports what we heard”': the fragment
    lies in the content of the coordinated report, several words after its cue, and is his
    (the later clause's subject), not the sentence's opening speaker's."""
    text = (
        "Video.\n\nKerr Putney, the police chief, said that the footage did not give “absolute "
        "visual evidence,” but he said that the footage and other evidence “supports what we "
        "have heard” about it."
    )
    assert speakers(text) == ["Kerr Putney", "he"]


def test_quotation_closed_by_a_full_stop_ends_its_sentence() -> None:
    """'Japan branded North Korea an “outlaw nation.” Russia called for calm.' and '“We won.”
    Trump said more': a full stop inside the closing mark ends the sentence, so a subject and
    cue after it report the next sentence, not the quotation."""
    text = "Test.\n\nJapan branded North Korea an “outlaw nation in the region.” Russia called for calm."
    assert speakers(text) == ["Japan"]
    text = "Vote.\n\nThe crowd chanted. “We won the state.” Trump said more later in the evening."
    assert speakers(text) != ["Trump"]


def test_multiword_cue_before_the_quote() -> None:
    """'When Brown criticized Clinton, Hillary shot back, “...”': a multiword cue (*shot
    back*, *pointed out*) right before a quotation attributes it to its subject."""
    text = (
        "Debate.\n\nWhen former Gov. Jerry Brown criticized Bill Clinton during a debate, "
        "Hillary shot back, “I suppose I could have stayed home.”"
    )
    assert speakers(text) == ["Hillary"]


def test_sign_or_voice_saying_the_quotation() -> None:
    """'held up a sign saying “...”', 'ends with a voice over saying: “...”': the thing the
    words are on speaks; a statement's words stay its issuer's ('issued a statement saying
    it acted “because of X”'), and a gerund's object is no speaker ('without saying')."""
    text = (
        "Rally.\n\nAbout 200 protesters came. Lori Bernstein held up a sign saying “Jews "
        "Against Trump - Because We Have Seen This Before.”"
    )
    assert speakers(text) == ["a sign"]
    text = (
        "Rally.\n\nBlack Lives Matter issued a statement saying it left “because of unsafe "
        "conditions.”"
    )
    assert speakers(text) == ["Black Lives Matter"]


def test_name_label_after_a_role_with_of() -> None:
    """'Former secretary of state Hillary Rodham Clinton: “...”': *state* after *of* is a
    noun, so the full name before the colon labels the quotation."""
    text = "Emails.\n\nFormer secretary of state Hillary Rodham Clinton: “We learned that later.”"
    assert speakers(text) == ["Hillary Rodham Clinton"]


def test_name_label_with_the_date_it_was_said() -> None:
    """'Clinton in December 1992: “...”': a name and a date before the colon label the
    quotation."""
    text = "Then and now.\n\nClinton in December 1992: “Our new direction must rest on skills.”"
    assert speakers(text) == ["Clinton"]


def test_name_label_with_a_party_label() -> None:
    """'Rep. Trey Gowdy (R-S.C.): “...”': a party label between the name and the colon."""
    text = "Emails.\n\nRep. Trey Gowdy (R-S.C.): “I have not heard anyone cite that figure.”"
    assert speakers(text) == ["Rep. Trey Gowdy"]


def test_possessive_subject_after_a_subordinate_clause() -> None:
    """'After Trump proposed the ban, Hillary Clinton’s right-hand woman rallied supporters,
    saying: “...”': the subordinate clause's subject does not speak; the main clause's
    subject, a name's role, does, and keeps its whole name."""
    text = (
        "Ban.\n\nAfter Trump proposed the ban, Hillary Clinton’s right-hand woman rallied "
        "supporters, saying: “We have to be ready to stop him.”"
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Hillary Clinton’s right-hand woman"
    assert quote.speaker.name == "Hillary Clinton’s right-hand woman"


def test_article_subject_with_capitalised_modifiers() -> None:
    """'The Clinton campaign, in a Q&A, worded it carefully: “...”' and 'The two Republican
    presidents introduced the “War On Drugs”': a subject opened by an article may hold
    capitalised words; a past form ends it ('The Post sent its “reporter”' is no speaker
    'The Post sent')."""
    text = "Emails.\n\nThe Clinton campaign, in a Q&A on the e-mails, worded it carefully: “It was fine.”"
    assert speakers(text) == ["The Clinton campaign"]
    text = "Drugs.\n\nThe Post sent its “national enterprise reporter” to the town."
    assert speakers(text) != ["The Post sent"]


def test_possessive_owning_a_noun_of_saying_speaks() -> None:
    """`her remark that “...”`: with no speech verb around the quote, the possessive that owns
    the noun of saying is its speaker; a possessive before a verb cue still is not."""
    text = (
        "Madeleine Albright, a Clinton supporter, fanned controversy over her remark that “there is a "
        "special place in hell for women who don’t help each other.”"
    )
    assert speaker_text(text) == "her"
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Madeleine Albright"
    assert clean_speaker("Trump's said", 0, 7) is None


def test_absolute_phrase_before_the_quote_speaks() -> None:
    """`..., with one of her ads asking, “...”`: the noun after *with* (and a quantifier with
    *of*) speaks, not the sentence's subject; a participle after a plain comma still leaves
    the speaker to the main clause."""
    text = "Kloppenburg tied Bradley to Walker, with one of her ads asking, “Is he independent?”"
    assert speaker_text(text) == "one of her ads"
    ryan = "Kloppenburg tied Bradley to Walker, with Ryan asking, “Is he independent?”"
    assert speaker_text(ryan) == "Ryan"
    assert speaker_text("The crowd waved, saying, “We love you.”") == "The crowd"


def test_a_preposition_opening_the_sentence_is_no_speaker() -> None:
    """'Amid calls to X, The Blaze's Matt Walsh provided a justification, saying it is
    necessary to "identify the traitors."': *Amid* with the noun after it is no subject and
    verb; the speaker is the main clause's subject."""
    text = (
        "Amid responses from some to create websites that would identify those blacklisted, "
        "The Blaze’s Matt Walsh provided a justification for a blacklist, saying it is "
        "necessary to “identify the traitors and remember their names.”"
    )
    assert speaker_text(text) == "The Blaze’s Matt Walsh"


def test_noun_retort_before_a_quote_is_no_verb() -> None:
    """'Sanders delivered a snappy retort: "..."': *retort* after an adjective is a noun,
    so the speaker is the subject of *delivered*, not "a snappy"."""
    assert speaker_text('Sanders delivered a snappy retort: "No one is tearing this up."') == (
        "Sanders"
    )


def test_noun_of_the_opening_subject_is_no_cue() -> None:
    """'In addition, a fundraising email sent out by X warned of ...: "..."': *email* after an
    article and a modifier heads the subject phrase, it is no verb; the speaker is the one
    the email was sent by, not "a fundraising"."""
    text = (
        "In addition, a fundraising email sent out by Sanders on Tuesday night warned of the "
        'tough fight ahead: "There are 14 primaries and caucuses over the next three weeks."'
    )
    assert speaker_text(text) == "Sanders"


def test_inverted_speaker_with_initials() -> None:
    """'"...," said a senior U.S. official.': the full stop of initials inside the noun
    phrase does not end the speaker ("a senior U.S", as before)."""
    assert speaker_text('"It is fine," said a senior U.S. official.') == "a senior U.S. official"
    assert speaker_text('"It is fine," said J.D. Vance.') == "J.D. Vance"


def test_relative_pronoun_speaker_is_named_by_its_antecedent() -> None:
    """'..., said a former official who oversaw X and described it as "..."': the *who*
    speaker of the second quote is the official it follows, not the person named last."""
    text = (
        'David Petraeus resigned in 2012. "It is fine," said a former official who oversaw '
        'investigations and described the case as "a lesser set of circumstances."'
    )
    quotes = quotes_of(text)
    assert quotes[-1].speaker is not None
    assert (quotes[-1].speaker.text, quotes[-1].speaker.name) == ("who", "former official")


def test_inverted_title_with_of_before_a_name() -> None:
    """'"...," said former secretary of state Hillary Clinton, who ...': a lowercase title
    with *of* opens the inverted speaker, who is named from the forename on."""
    text = '"It is over," said former secretary of state Hillary Clinton, who praised the plan.'
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "former secretary of state Hillary Clinton"
    assert quote.speaker.name == "Hillary Clinton"


def test_inverted_cue_paragraph_introduces_the_quote() -> None:
    """A paragraph 'Stated Stone:' before a paragraph that opens with a quote: the capitalised
    cue opens its own paragraph, so the line before it (a title) makes it no part of a name,
    and Stone speaks."""
    text = (
        "Roger Stone Speaks Out.\n\nStated Stone:\n\n"
        "“I think that the stakes are so high that they would do anything to remain in power.”"
    )
    assert speaker_text(text) == "Stone"


def test_coordinated_absolute_phrases_each_speak() -> None:
    """'... – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”':
    the second quote is Trump's, since a name and its own participle end Ryan's words."""
    text = (
        "Both men issued a statement expressing optimism about working together – Ryan saying "
        "he was “very encouraged” and Trump calling it a “great meeting.”"
    )
    speakers = [q.speaker.text if q.speaker else None for q in quotes_of(text)]
    assert speakers == ["Ryan", "Trump"]


def test_cue_closing_a_time_clause_reports_nothing_after_the_comma() -> None:
    """'Later, after the interview concluded, Maher stated that it “wasn't good.”': the comma
    after *concluded* closes the *after* clause, so the quote is Maher's, not the
    interview's; a quotation right after the comma still is the clause's ('after Mr. Lee had
    said, "..."')."""
    text = (
        "Later in the show, after the Sanders interview concluded, Maher stated of the email "
        "scandal that the report “wasn’t good.”"
    )
    assert speaker_text(text) == "Maher"
    text = 'It came up after Mr. Lee had said, "I think we do plenty of killing also."'
    assert speaker_text(text) == "Mr. Lee"


def test_title_quoted_in_an_apposition_is_no_quote_of_the_verb() -> None:
    """'Hemsley, the co-author of "Going Viral," about X, said Y': the quoted title sits in
    the subject's apposition, so *said* does not make it Hemsley's words (it stays a title);
    '"Trump, calling the deal "a disaster," said ...' still gives the participle's quote."""
    text = (
        'Hemsley, the co-author of "Going Viral," about the spread of information, said the '
        "days of one story are gone."
    )
    assert quotes_of(text) == []
    assert speaker_text('Trump, calling the deal "a disaster," said he would end it.') == "Trump"


def test_pause_verb_without_punctuation_before_a_quote_is_no_cue() -> None:
    """'Rubio said that once the Senate goes on recess, “...”': *goes on* with no punctuation
    after it is no verb of speech, and *once* opens no speaker phrase: the speaker is Rubio."""
    text = (
        "By contrast, Sen. Marco Rubio said that once the Senate goes on recess, “I intend to "
        "do as much as I can.”"
    )
    assert speaker_text(text) == "Sen. Marco Rubio"


def test_press_release_participle_gives_its_issuer_the_quote() -> None:
    """'Rubio's campaign sent out a press release saying Murphy owes “...”': *release* is a
    noun of a medium (though also a cue form), so *saying* after it is a participle, whose
    words are the issuer's."""
    text = (
        "Shortly after the call ended, Rubio’s campaign sent out a press release saying Murphy "
        "owes “Florida an explanation for voting against funding.”"
    )
    assert speaker_text(text) == "Rubio’s campaign"


def test_sentence_of_only_a_speaker_and_a_verb_after_a_closed_quote() -> None:
    """'“... missing.” Trump said.': after a quotation closed by a full stop, a sentence that
    is nothing but a speaker and a verb of speech attributes it; any other sentence opens a
    new clause of its own ('... “an outlaw nation.” Russia urged calm.')."""
    text = "“I hope you’re able to find the 30,000 emails that are missing.” Trump said."
    assert speaker_text(text) == "Trump"
    text = "Japan called it “an outlaw nation.” Russia urged calm."
    assert speaker_text(text) == "Japan"


def test_inverted_speaker_with_a_capitalised_modifier_before_the_role() -> None:
    """'"...," said undecided Republican voter Stephanie Hooton of Derry, N.H.': a capitalised
    modifier between lowercase words and the role noun still opens the inverted speaker, who
    is named without the place after *of*."""
    text = (
        '"I don\'t know where he stands," said undecided Republican voter Stephanie Hooton'
        " of Derry, N.H., before the event."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("undecided Republican voter Stephanie Hooton")
    assert quote.speaker.name == "Stephanie Hooton"


def test_a_cue_right_after_the_quote_wins_over_a_sentence_before_it() -> None:
    """'Tom Smith spoke. "We win," said Libertarian presidential candidate Gary Johnson.': a
    verb of speech right after the quote attributes it, even when its speaker is longer
    than the adjacent-speaker patterns read; the sentence before the quote does not take it.
    Without a cue after it, that sentence still does ('Tom Smith spoke. "We win."')."""
    text = 'Tom Smith spoke. "We win," said Libertarian presidential candidate Gary Johnson.'
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Gary Johnson"
    (quote,) = quotes_of('Tom Smith spoke. "We win."')
    assert quote.speaker is not None
    assert quote.speaker.name == "Tom Smith"
    (quote,) = quotes_of('Trump told them that "we close one chapter," and he vowed to win.')
    assert quote.speaker is not None
    assert quote.speaker.text == "Trump"  # (a coordinated clause after it is no attribution)


def test_a_report_in_an_adverbial_clause_speaks_for_its_quote() -> None:
    """'Clinton weighed in on Tuesday, hours after Sanders said he was “encouraged”': a verb
    of speech after *after*, *when*, *because* ... heads a clause of its own, whose speaker
    says the quote, not the sentence's subject; a verb that is no speech ('because he
    accepted “about $200,000”') leaves the quote to the subject."""
    text = "Clinton weighed in on Tuesday, hours after Sanders said he was “encouraged” by it."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Sanders"
    text = "Clinton backed the plan after Sanders said he was “encouraged” by it."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Sanders"
    text = "Clinton suggested Sanders was a hypocrite because he accepted “about $200,000” in fees."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Clinton"


def test_a_report_set_off_by_commas_speaks_for_the_quote_after_it() -> None:
    """'Cost estimates, he added, were “based on a prototype.”': a word right before a
    parenthetical report (*, he added,*) is a noun ending the subject, not a verb of speech
    ('estimates'); the parenthetical report speaks for the quote."""
    (quote,) = quotes_of("Cost estimates, he added, were “based on a prototype facility.”")
    assert quote.speaker is not None
    assert quote.speaker.text == "he"


def test_a_fronted_topic_is_not_the_speaker() -> None:
    """'Of Carson, Levine, who has given money to Rubio, said, “...”': a topic fronted with
    *Of*, *About*, *Regarding* or *As for* opens the sentence before its subject; the
    subject speaks, not the topic's name."""
    text = "Of Carson, Levine, who has given money to Rubio, said, “He is flat-out scary.”"
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Levine"


def test_a_recording_of_a_person_speaking_gives_the_person() -> None:
    """'The ad shows video of Trump saying, “...”' and 'The spot concludes with footage of
    Trump saying during the debate, “...”': the person the recording shows speaking says the
    quote, not the ad, nor the phrase 'video of Trump'."""
    for text in (
        "The ad shows video of Trump saying, “I love war.”",
        "The spot concludes with footage of Trump saying during the debate, “I am smart.”",
    ):
        quote = quotes_of(text)[0]
        assert quote.speaker is not None
        assert quote.speaker.text == "Trump"


def test_a_name_with_an_apposition_before_put_it_speaks() -> None:
    """'As John Cornyn, the No. 2 in the GOP leadership, put it: "..."' is Cornyn's quote, not
    the person named in the sentence before; 'Pollsters agree - Carl Bialik: “...”' is the
    label's, not the clause's before the dash."""
    text = (
        "Mitch McConnell agreed to a call to tell Garland. As John Cornyn, the No. 2 in the"
        ' GOP leadership, put it: "This person will not be confirmed."'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "John Cornyn"
    (quote,) = quotes_of("Pollsters agree - Carl Bialik: “One lesson was a simple one.”")
    assert quote.speaker is not None
    assert quote.speaker.name == "Carl Bialik"


def test_a_group_speaker_is_named_by_its_words() -> None:
    """'"...," Clinton aides said' and 'Sanders protesters interrupted her speech, shouting
    “...”': a speaker whose head is a plural noun is the group, named by its own words, not
    the person whose name modifies it."""
    (quote,) = quotes_of("“We will win,” Clinton aides said.")
    assert quote.speaker is not None
    assert quote.speaker.name == "Clinton aides"
    (quote,) = quotes_of("Sanders protesters interrupted her speech, shouting “she wins, we lose!”")
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("Sanders protesters", "Sanders protesters")
    (quote,) = quotes_of("Ted Cruz spoke. “We win,” Cruz’s lawyers said.")  # (not "spoke")
    assert quote.speaker is not None
    assert quote.speaker.name == "Ted Cruz’s lawyers"  # (an owner keeps its fullest name)


def test_a_fragment_before_an_inverted_report_is_that_speakers() -> None:
    """'Nothing the president said “will assuage fears,” the Florida senator said.': a quoted
    fragment that an inverted report closes is its speaker's, not that of a report nested
    before it; 'Trump said Clinton called him “a bigot”' stays with the outer report."""
    text = "Rubio spoke. Nothing the president said “will assuage fears,” the Florida senator said."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert quote.speaker.text == "the Florida senator"
    (quote,) = quotes_of("Trump said Clinton called him “a bigot” on Monday.")
    assert quote.speaker is not None
    assert quote.speaker.text == "Trump"


def test_who_after_the_object_of_a_past_verb_is_that_object() -> None:
    """'The list included Indiana Gov. Mike Pence, who called their son "an American hero."':
    a past verb right before a name ends the phrase *who* refers to, so the speaker is Mike
    Pence, not 'list included Indiana Gov. Mike Pence'; a participle describing the name
    ('said retired Air Force general Lloyd Newton') stays in the phrase."""
    text = 'The list included Indiana Gov. Mike Pence, who called their son "an American hero."'
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("who", "Mike Pence")
    (quote,) = quotes_of('"We win," said retired Air Force general Lloyd Newton.')
    assert quote.speaker is not None
    assert quote.speaker.text == "retired Air Force general Lloyd Newton"
