"""The built-in claim extractor: reported speech, quote-linked claims and check-worthy claims."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors import _reported_tokens as tokens_module
from newsparse.extractors import claims as claims_module
from newsparse.extractors import reported as reported_module
from newsparse.extractors.claims import THRESHOLD, extract_claims, newsparse_extract_claims
from newsparse.extractors.quotes import extract_quotes
from newsparse.extractors.reported import CUE_FORMS, find_attributions, inflections
from newsparse.results import Claim, Mention, Quote

T = TypeVar("T")
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_b5f36dc68f4741b2.txt"


def claims_of(text: str) -> list[Claim]:
    return extract_claims(Document.from_text(text), ())


def reported(text: str) -> list[Claim]:
    return [c for c in claims_of(text) if c.kind == "reported"]


def claimer_text(claim: Claim) -> str | None:
    """The words of the claim's claimer, None when it has none."""
    return None if claim.claimer is None else claim.claimer.text


def claimer_name(claim: Claim) -> str | None:
    """The resolved name of the claim's claimer, None when it has none."""
    return None if claim.claimer is None else claim.claimer.name


def only(items: list[T]) -> T:
    assert len(items) == 1, items
    return items[0]


def test_claims_re_exports_the_reported_speech_finder() -> None:
    """The quote extractor's imports from claims stay valid: the same objects as in reported."""
    assert claims_module.find_attributions is reported_module.find_attributions
    assert claims_module.Attribution is reported_module.Attribution
    assert claims_module.CUE_FORMS is reported_module.CUE_FORMS


def test_inflections_of_regular_and_irregular_verbs() -> None:
    """Cue lemmas are inflected by rule: -s, -ed, -ing, consonant doubling, irregular pasts."""
    assert {"admit", "admits", "admitted", "admitting"} <= inflections("admit")
    assert {"deny", "denies", "denied", "denying"} <= inflections("deny")
    assert {"say", "says", "said", "saying"} <= inflections("say")
    assert {"acknowledge", "acknowledges", "acknowledged", "acknowledging"} <= inflections(
        "acknowledge"
    )


def test_cue_forms_cover_common_reporting_verbs() -> None:
    """The cue lexicon holds inflected forms of speech, belief and stance verbs."""
    for form in ("insisted", "boasting", "warns", "told", "believes", "argued", "confirmed"):
        assert form in CUE_FORMS, form


def test_that_clause_is_the_content() -> None:
    """'X said that P': the claim is the that-clause, the claimer X."""
    claim = only(reported("The mayor said that the bridge would reopen in May."))
    assert claim.text == "that the bridge would reopen in May"
    assert claimer_text(claim) == "The mayor"
    assert claim.cue is not None and claim.cue.text == "said"


def test_object_clause_without_that() -> None:
    """'X insists P' with no complementiser still gives the proposition."""
    claim = only(reported("Norway insists the border is secure."))
    assert claim.text == "the border is secure"
    assert claimer_name(claim) == "Norway"


def test_group_claimer_across_auxiliaries_and_adverbs() -> None:
    """'Portuguese officials have repeatedly insisted ...': the group is the claimer."""
    claim = only(
        reported("Portuguese officials have repeatedly insisted their budget was balanced.")
    )
    assert claimer_text(claim) == "Portuguese officials"
    assert claim.text == "their budget was balanced"


def test_organisation_claimer() -> None:
    """An organisation can claim: 'the Foreign Office said ...'."""
    claim = only(reported("On Monday the Foreign Office said the embassy would close."))
    assert claimer_text(claim) == "the Foreign Office"
    assert claim.text == "the embassy would close"


def test_according_to_after_the_content() -> None:
    """'P, according to X': content before, claimer after."""
    claim = only(reported("The factory will close next year, according to the union."))
    assert claim.text == "The factory will close next year"
    assert claimer_text(claim) == "the union"


def test_according_to_before_the_content() -> None:
    """'According to X, P': claimer first, content after the comma."""
    claim = only(reported("According to the ministry, exports grew by 3 percent."))
    assert claim.text == "exports grew by 3 percent"
    assert claimer_text(claim) == "the ministry"


def test_inverted_attribution_after_the_content() -> None:
    """'P, the senator said on Tuesday.': the content precedes its source."""
    claim = only(reported("The plan is dead, the senator said on Tuesday."))
    assert claim.text == "The plan is dead"
    assert claimer_text(claim) == "the senator"


def test_inverted_cue_before_the_source() -> None:
    """'P, said Mayor Ana Silva.': the source follows the cue."""
    claim = only(reported("The budget is balanced, said Mayor Ana Silva."))
    assert claim.text == "The budget is balanced"
    assert claim.claimer is not None and "Ana Silva" in claim.claimer.text


def test_inverted_attribution_after_a_coordinator() -> None:
    """A sentence opening with 'But' still reads 'P, SOURCE said.' as content then source."""
    claim = only(
        reported("But the new plan is still tilted toward the rich, the Tax Foundation said.")
    )
    assert claimer_text(claim) == "the Tax Foundation"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Even India has more cultural resonance, says Dossym Satpayev.",
            "Even India has more cultural resonance",
            "Dossym Satpayev",
        ),
        (
            "Nor are tariffs likely to bring these jobs back, said David Autor.",
            "Nor are tariffs likely to bring these jobs back",
            "David Autor",
        ),
        (
            "There is no chance of violence, said Chief Ana Silva.",
            "There is no chance of violence",
            "Chief Ana Silva",
        ),
    ],
)
def test_main_clause_adverb_opening_inverted_content(text: str, content: str, source: str) -> None:
    """'Even X, says Y.' and 'Nor X, said Y.': an adverb or coordinator that opens a main
    clause does not make the sentence an adverbial before the report, as 'At his cookout,
    the leader said, ...' is."""
    claim = only(reported(text))
    assert claim.text == content
    assert claim.claimer is not None and source in claim.claimer.text


@pytest.mark.parametrize(
    "text",
    [
        "The closures appear to have brought some stability to the remaining casinos.",
        "The secure fax machine appears to have been broken for a week.",
        "It seems increasingly likely that the governor will be the nominee.",
        "The idea of cutting taxes while raising spending seems like a contradiction.",
        "Other groups are also expected to spend millions on television ads next year.",
        "The senator is also known as the most senior member of the committee.",
        "All the donors appear to have ties to a Turkish religious movement.",
    ],
)
def test_evidential_and_naming_cues_have_no_claimer(text: str) -> None:
    """'X appears to have been broken', 'it seems that', 'X is expected to spend', 'X is
    known as Y': the judgement is the writer's, so the claim stays but its grammatical
    subject is not given as the one who asserts it."""
    claim = only(reported(text))
    assert claim.claimer is None


def test_a_name_s_origin_is_no_report() -> None:
    """'a movement named for its founder', 'was named after him': *name* before *for* or
    *after* tells where a name comes from; 'Trump named Pence as ...' stays a cue."""
    assert reported("The school was named after him in 1990.") == []
    assert reported("They joined a movement named for its founder last year.") == []
    assert claimer_text(only(reported("Trump named Pence as his running mate."))) == "Trump"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rubio seemed to offer a caveat that negated what he had said.", "Rubio"),
        ("Judge Patty Ward is expected to argue that the senator is out of touch.", "Ward"),
        ("Democrats appeared to be worried about division within the party.", "Democrats"),
    ],
)
def test_appearance_of_saying_keeps_its_claimer(text: str, source: str) -> None:
    """'X seemed to offer', 'X is expected to argue that', 'X appeared to be worried': what
    follows is the subject's own saying or stance, so the subject stays the claimer."""
    claim = only(reported(text))
    assert claim.claimer is not None and source in claim.claimer.text


def test_two_word_subordinator_still_opens_an_adverbial() -> None:
    """'Now that X, said Y ...' and 'Even as X, ...': the adverb joins the next word into a
    subordinator, so the clause before the comma is no inverted content."""
    found = reported("Even as he won in South Carolina, said the report, Mr. Trump overstayed.")
    assert all(c.text != "Even as he won in South Carolina" for c in found)


def test_locative_adverb_between_subject_and_cue() -> None:
    """'Officials there said X' and 'workers here said X': *here* and *there* after the
    subject do not hide it from its cue."""
    claim = only(reported("Officials there said the fire was contained by Sunday."))
    assert claimer_text(claim) == "Officials"
    assert claim.text == "the fire was contained by Sunday"


def test_bracketed_affiliation_after_the_claimer() -> None:
    """'Rep. Trey Gowdy (R-S.C.) said ...': the claimer is the name before the brackets."""
    claim = only(reported("Rep. Trey Gowdy (R-S.C.) said the claim smacked of hypocrisy."))
    assert claimer_text(claim) == "Rep. Trey Gowdy"


def test_findings_of_studies_and_polls() -> None:
    """Evidence verbs report a clause: 'one study found X would ...', 'the average shows X
    ahead'; 'found a job' has no clause and is no claim."""
    found = only(reported("One study found Trump would raise taxes on 8 million Americans."))
    assert claimer_text(found) == "One study"
    shows = only(reported("The polling average shows Clinton ahead by 3.7 points."))
    assert claimer_text(shows) == "The polling average"
    assert reported("He found a job in 2010.") == []
    assert reported("Cooking shows are popular in 2010.") == []


def test_time_adjunct_between_claimer_and_cue() -> None:
    """'An arbitration panel in 2001 found ...': the claimer is the panel, not the year."""
    claim = only(reported("An arbitration panel in 2001 found the United States was in breach."))
    assert claimer_text(claim) == "An arbitration panel"


def test_outer_report_wins_over_the_hedge_inside_it() -> None:
    """'"I think X," Name said': Name claims the whole quotation; a nearly equal inner span
    by "I" does not replace it (NYT-style doubled apostrophes too)."""
    for mark in ('"', "''"):
        text = f"{mark}I think he has become more cautious and more tentative in his old age,{mark} said Doug Schoen."
        outer = [c for c in reported(text) if c.claimer and c.claimer.text == "Doug Schoen"]
        assert only(outer).text.startswith(mark + "I think")


def test_noun_after_a_determiner_is_no_cue() -> None:
    """'made no mention of' uses the noun: no claim with the words before it as claimer."""
    claims = reported("The pair of editorials made no mention of the front-runner.")
    assert all(c.claimer is None or c.claimer.text != "made no" for c in claims)


def test_adverb_between_claimer_and_cue() -> None:
    """'Sanders will ever tell voters ...': the claimer is Sanders, across 'will ever'."""
    claim = only(reported("It is unclear whether Sanders will ever tell voters that he lost."))
    assert claimer_text(claim) == "Sanders"


def test_short_quotation_before_its_source() -> None:
    """'"Never," she said.': a quoted content needs only one word before the inverted cue."""
    claim = only(reported("Headline\n\n''Embarrassing,'' Mr. Rubel said on Monday."))
    assert claimer_text(claim) == "Mr. Rubel"


def test_quotation_continued_after_its_attribution() -> None:
    """'"X," Ms. Katz said. "Y. Z."': the claim runs on through the next quoted sentences, up
    to the closing mark, as one statement of Ms. Katz's (the attribution stays inside its
    span, as in a quote interrupted by its attribution); an unquoted sentence after them is
    not hers."""
    text = (
        "Headline\n\n''It is not enough,'' Ms. Katz said. ''Twitter can stop these accounts. "
        "It has done little.'' Shares fell 3 percent."
    )
    claims = [c for c in reported(text) if c.claimer and c.claimer.text == "Ms. Katz"]
    assert [c.text for c in claims] == [
        "''It is not enough,'' Ms. Katz said. ''Twitter can stop these accounts. "
        "It has done little.''",
    ]


def test_speaker_labels_open_a_claim() -> None:
    """'Elizabeth Warren: Trump is a failure.' (a headline), 'BOLDUAN: ...' and 'Q: ...'
    (transcripts) are the label's claims; section labels ('Photo:', 'The Bottom Line:') are
    not speakers."""
    text = (
        "Elizabeth Warren: Donald Trump Is a Proven Failure in Business.\n\n"
        "BOLDUAN: Why not debate in New York?\n\nQ: Your mother was deported twice.\n\n"
        "Photo: a crowd in the rain.\n\nThe Bottom Line: prices rose by 3 percent."
    )
    by_claimer = {c.claimer.text: c.text for c in reported(text) if c.claimer}
    assert by_claimer["Elizabeth Warren"] == "Donald Trump Is a Proven Failure in Business"
    assert by_claimer["BOLDUAN"] == "Why not debate in New York"
    assert by_claimer["Q"] == "Your mother was deported twice"
    assert "Photo" not in by_claimer and "The Bottom Line" not in by_claimer


def test_labels_that_say_nothing_are_no_claims() -> None:
    """Headline kickers ('BREAKING:', 'Wow:'), bylines ('Contributing:'), bare figures
    ('Clinton: 547.') and lists of names ('Nevada: Adam Khan, Andres Ramirez, ...') are no
    speaker's claims."""
    text = (
        "BREAKING: Senate Passes the Budget.\n\nWow: Glenn Beck Just Responded.\n\n"
        "Contributing: Nicole Gaudiano.\n\nClinton: 547.\n\n"
        "Nevada: Adam Khan, Andres Ramirez, Andrew Diss, Barbara Buckley.\n\n"
        "Rubio: I will stay in the race."
    )
    assert [(c.claimer.text, c.text) for c in reported(text) if c.claimer] == [
        ("Rubio", "I will stay in the race")
    ]


def test_quotation_before_its_source_keeps_inner_reports() -> None:
    """ "'Well, I would say X,' she said.": the quotation before the source is whole; the inner
    'I would say' does not cut it at the first comma."""
    text = "Headline\n\n''Well, I would say that everybody should be believed,'' she said."
    outer = [c for c in reported(text) if c.claimer and c.claimer.text == "she"]
    assert only(outer).text == "''Well, I would say that everybody should be believed,''"


def test_quoted_content_runs_to_its_closing_mark() -> None:
    """'Mr. Ridge said: "A. B. C."': the content is the whole quotation, over its sentences."""
    text = "Headline\n\nMr. Ridge said: ''Bombast fails. Inexperience fails. Records count.''"
    claim = only([c for c in reported(text) if c.claimer and c.claimer.text == "Mr. Ridge"])
    assert claim.text == "''Bombast fails. Inexperience fails. Records count.''"


def test_participle_after_its_source_noun() -> None:
    """'voters saying that X' and 'superdelegates backing Clinton': an -ing cue right after
    a noun takes the noun as source; 'the morning talking points' has no object."""
    claim = only(reported("The square filled with voters saying that the race was over."))
    assert claimer_text(claim) == "voters"
    assert claim.text == "that the race was over"
    assert reported("The morning talking points were short and dull.") == []


def test_dateline_is_never_a_claimer() -> None:
    """'Washington (AFP) – Hillary Clinton ..., saying that ...': the claimer is Clinton."""
    text = (
        "Clinton swipes at Trump.\n\nWashington (AFP) – Democrat Hillary Clinton took a swipe"
        " at Trump on Brexit, saying that his comments would not help."
    )
    claim = only(reported(text))
    assert claimer_text(claim) == "Democrat Hillary Clinton"


def test_denial_is_a_claim() -> None:
    """A denial reports what is denied, with the denier as claimer."""
    claim = only(reported("The company denied that it had paid the fine."))
    assert claim.text == "that it had paid the fine"
    assert claim.cue is not None and claim.cue.text == "denied"


def test_negated_cue_keeps_its_claimer() -> None:
    """'X did not deny that P': the negation does not hide the claimer."""
    claim = only(reported("The minister did not deny that the talks had failed."))
    assert claimer_text(claim) == "The minister"
    assert claim.text == "that the talks had failed"


def test_told_skips_the_addressee() -> None:
    """'X told the BBC on Monday that P': the content starts at 'that'."""
    claim = only(reported("The general told the BBC on Monday that the line had held."))
    assert claim.text == "that the line had held"


def test_pronoun_resolves_to_the_latest_named_claimer() -> None:
    """'She said ...' resolves to the person named as claimer before."""
    text = "Maria Lopez said the audit was late. She added that the deficit had doubled."
    claims = reported(text)
    assert [c.claimer.name for c in claims if c.claimer] == ["Maria Lopez", "Maria Lopez"]
    assert claims[1].claimer is not None and claims[1].claimer.text == "She"


def test_surname_resolves_to_the_full_name() -> None:
    """A surname alone resolves to the fullest form of the name in the document."""
    text = "Officials met Petra Novak on Friday. Novak said the deal was close."
    claim = only(reported(text))
    assert claim.claimer is not None
    assert claim.claimer.text == "Novak" and claim.claimer.name == "Petra Novak"


def test_relative_pronoun_resolves_to_its_antecedent() -> None:
    """'Jan Berg, who admitted P': the claimer 'who' resolves to Jan Berg."""
    claim = only(reported("The letter came from Jan Berg, who admitted the strike was costly."))
    assert claimer_text(claim) == "who"
    assert claim.claimer.name == "Jan Berg"


def test_coordinated_reports_are_split() -> None:
    """'A want X, and B want Y' gives two claims, each with its own claimer."""
    claims = reported("Farmers want lower fees, and Bakers want cheaper flour.")
    assert [(c.claimer.text if c.claimer else None, c.text) for c in claims] == [
        ("Farmers", "lower fees"),
        ("Bakers", "cheaper flour"),
    ]


def test_noun_cue_with_that_clause() -> None:
    """'X's acknowledgement that P' is a claim by X."""
    claims = reported("Oslo's acknowledgement that the plan failed surprised nobody.")
    claim = only(claims)
    assert claimer_name(claim) == "Oslo"
    assert claim.text.startswith("that the plan failed")


def test_nouns_are_not_verb_cues() -> None:
    """'The report shows ...' needs the noun to be a subject; 'the claims' is no cue (the
    court's rejection of them is, as a passive stance with its agent)."""
    claim = only(reported("The claims were rejected by the court."))
    assert claim.cue is not None and claim.cue.text == "rejected"
    assert claimer_text(claim) == "the court"
    assert claim.text == "The claims"
    assert reported("The claims were old and the court was closed.") == []


def test_relative_clause_after_a_noun_form() -> None:
    """'personal attacks that have defined his bid': "that" opening a relative clause (a
    verb right after it) leaves the noun a noun."""
    assert reported("He kept up the personal attacks that have defined his bid.") == []


def test_infinitive_and_particle_after_an_s_form() -> None:
    """'The campaign plans to employ ...', 'The chairman calls for ...': an -s form before
    its infinitive or particle is a verb."""
    claim = only(reported("The Clinton campaign plans to employ Mr. Obama in the coming weeks."))
    assert claimer_text(claim) == "The Clinton campaign"
    claim = only(reported("The former party chairman calls for a contingency plan."))
    assert claimer_text(claim) == "The former party chairman"


def test_direct_quote_becomes_a_linked_claim() -> None:
    """Every direct or mixed quote becomes a reported claim linked to it, claimer its speaker."""
    text = "“We will win the vote,” Dana Reyes told supporters."
    doc = Document.from_text(text)
    end = text.index("”") + 1
    speaker = Mention(
        start=text.index("Dana"), end=text.index(" told"), text="Dana Reyes", name="Dana Reyes"
    )
    quote = Quote(start=0, end=end, text=text[:end], kind="direct", speaker=speaker)
    claims = extract_claims(doc, (quote,))
    claim = only(claims)
    assert claim.quote == quote
    assert claim.claimer == speaker
    assert claim.kind == "reported"


def test_reported_claim_inside_a_quote_is_merged() -> None:
    """A reported claim overlapping a quote is not repeated: the quote-linked claim stays."""
    text = "“I think the vote is lost,” Dana Reyes said."
    doc = Document.from_text(text)
    end = text.index("”") + 1
    quote = Quote(start=0, end=end, text=text[:end], kind="direct")
    claims = extract_claims(doc, (quote,))
    assert [c.quote for c in claims] == [quote]


def test_factual_claims_on_numbers_superlatives_causes_and_records() -> None:
    """Statistics, superlatives, causal claims and records are check-worthy factual claims."""
    for text in (
        "Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.",
        "The company spent $40 million on advertising, more than any rival.",
        "The drought caused wheat prices to double last summer.",
        "It was the first attack of such a large scale on the city since 1944.",
    ):
        claim = only(claims_of(text))
        assert claim.kind == "factual", text
        assert claim.score >= THRESHOLD, text
        assert claim.claimer is None


def test_factual_claim_features_explain_the_score() -> None:
    """A factual claim's features name the evidence: numbers, percentages, superlatives."""
    claim = only(claims_of("Unemployment fell to 3.5 percent in 2019, the lowest rate in years."))
    assert {"number", "percent", "superlative"} <= set(claim.features)
    assert "bias" in claim.features


def test_weather_sports_and_boilerplate_are_left_out() -> None:
    """Forecasts, match results and site furniture give no factual claims."""
    for text in (
        "Tomorrow will be sunny with highs of 24 degrees and showers in the evening.",
        "The home side won the match 2-1 after a late goal in the second half.",
        "Copyright 2024 Example Media. All rights reserved.",
        "Sign up for our newsletter to get the best stories every morning.",
    ):
        assert [c for c in claims_of(text) if c.kind == "factual"] == [], text


def test_reported_claims_carry_a_score() -> None:
    """Reported claims are scored too: a reported statistic is check-worthy."""
    claim = only(reported("The ministry said exports grew by 40 percent in 2023, a record."))
    assert claim.score >= THRESHOLD
    assert claim.features


def test_hook_returns_the_same_claims() -> None:
    """The default plugin's hook gives what extract_claims gives."""
    doc = Document.from_text("The mayor said that the bridge would reopen in May.")
    assert newsparse_extract_claims(doc, ()) == extract_claims(doc, ())


def test_seed_expectations() -> None:
    """On the seed: Trehubov, Russia, Russian leaders and Ukraine with their contents."""
    text = SEED.read_text(encoding="utf-8")
    claims = extract_claims(Document.from_text(text), ())

    def by(name: str, words: str) -> bool:
        return any(
            c.claimer is not None and name in c.claimer.name and words in c.text for c in claims
        )

    assert by("Trehubov", "first attack of such a large scale")
    assert by("Trehubov", "Ukrainian forces had managed to halt the advance")
    assert by("Russia", "progress in the area")
    assert by("Russian leaders", "their demands only extended to the Donbas region")
    assert by("Ukraine", "the Russian advance has been halted")


def test_seed_kyiv_denial() -> None:
    """On the seed, 'After downplaying or outright denying Moscow's reach ..., Kyiv's
    acknowledgement ...' is Kyiv's claim about Moscow's reach, not the adverb's."""
    text = SEED.read_text(encoding="utf-8")
    claims = extract_claims(Document.from_text(text), ())
    (denial,) = [c for c in claims if c.text.startswith("Moscow’s reach into Dnipropetrovsk")]
    assert claimer_name(denial) == "Kyiv"
    assert not any(c.claimer is not None and c.claimer.text == "outright" for c in claims)


def test_seed_trump_quote_is_a_claim() -> None:
    """On the seed, the quote "Very angry" becomes a claim by Trump."""
    quotes_module = pytest.importorskip("newsparse.extractors.quotes")
    text = SEED.read_text(encoding="utf-8")
    doc = Document.from_text(text)
    claims = extract_claims(doc, quotes_module.extract_quotes(doc))
    assert any(
        c.quote is not None and "Very angry" in c.text and c.claimer and "Trump" in c.claimer.name
        for c in claims
    )


def test_every_claim_is_scored_with_features() -> None:
    """Every claim has a score in [0, 1] and the features behind it."""
    claims = extract_claims(Document.from_text(SEED.read_text(encoding="utf-8")), ())
    assert claims
    for claim in claims:
        assert 0.0 <= claim.score <= 1.0
        assert claim.features


def test_find_attributions_gives_cue_source_and_content() -> None:
    """find_attributions exposes each cue with its source and content spans."""
    doc = Document.from_text("Analysts believe the rally will fade.")
    found = only(find_attributions(doc))
    assert (found.source.text if found.source else None, found.cue.text, found.content.text) == (
        "Analysts",
        "believe",
        "the rally will fade",
    )


def test_sentence_analysis_is_computed_once_per_document() -> None:
    """The quote and claim extractors share one analysis per document; the cache stays small."""
    docs = [
        Document.from_text(f"Officials said talks would resume in round {n}.") for n in range(5)
    ]
    first = reported_module.analyse(docs[0])
    assert reported_module.analyse(docs[0]) is first
    for doc in docs:
        reported_module.analyse(doc)
    assert len(reported_module._cache) == reported_module.CACHE_SIZE
    assert [doc for doc, _ in reported_module._cache] == docs[::-1][: reported_module.CACHE_SIZE]


def test_names_are_resolved_after_the_shared_analysis() -> None:
    """A cached analysis still resolves *they* with the quote speakers passed in each call."""
    text = "\u201cWe will win,\u201d the union leaders said. They said the count was fair."
    doc = Document.from_text(text)
    s, e = text.index("the union"), text.index(" said")
    speaker = Mention(start=s, end=e, text=text[s:e], name="United Workers")
    quote = Quote(
        start=0,
        end=s - 1,
        text=text[: s - 1],
        kind="direct",
        speaker=speaker,
        cue=None,
        confidence=0.9,
        extractor="",
    )
    plain = [a.source.name for a in find_attributions(doc) if a.source]
    with_quote = [a.source.name for a in find_attributions(doc, [quote]) if a.source]
    assert plain[-1] == "They"
    assert with_quote[-1] == "United Workers"


_WORDS = st.sampled_from(
    [
        "said",
        "that",
        "he",
        "she",
        "The",
        "Minister",
        "according",
        "to",
        ",",
        ".",
        "“",
        "”",
        '"',
        "'",
        "insisted",
        "told",
        "who",
        "which",
        "2-1",
        "percent",
        "$",
        "40",
        "million",
        "Ukraine's",
        "acknowledgement",
        "denied",
        "and",
        "but",
        "while",
        "\n",
        "\n\n",
        "by",
        "her",
        "own",
        "admission",
        "as",
        "on",
        "Thursday",
        "evening",
        "is",
        "right",
        "went",
        "note",
        "6,000",
        "four",
        "in",
        "10",
        "Some",
        "claims",
        "it",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=400), st.lists(_WORDS, max_size=80).map(" ".join)))
def test_never_raises_and_spans_are_valid(text: str) -> None:
    """On any text, extraction never raises and every span points at its text."""
    doc = Document.from_text(text)
    for claim in extract_claims(doc, ()):
        assert claim.is_valid_in(doc.text)
        assert claim.start < claim.end
        assert 0.0 <= claim.score <= 1.0
        for part in (claim.claimer, claim.cue):
            assert part is None or part.is_valid_in(doc.text)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        "Said " * 20_000,
        "x, " * 40_000 + "he said.",
        "“" * 50_000 + " she said",
        ("word " * 3 + "-" * 1000 + " ") * 200,
    ],
)
def test_adversarial_inputs_extract(text: str) -> None:
    """Long runs of one word, cues, commas, marks or dashes extract without hanging (every
    pattern is linear-time) and give valid spans."""
    doc = Document.from_text(text)
    for claim in extract_claims(doc, ()):
        assert claim.is_valid_in(doc.text)


def test_passive_participle_is_not_a_cue() -> None:
    """'remarks viewed by some as ...' and 'was told' are not attributions by their subject."""
    assert reported("He made remarks viewed by some as rude.") == []
    assert reported("The mayor was told the bridge would close.") == []


def test_name_with_commas_in_its_apposition_is_the_subject_not_inverted_content() -> None:
    """'Name, a delegate from Town, State, said X': the name claims X (no inverted reading)."""
    for text, name in (
        ("Lena Ortiz, a delegate from Dayton, Ohio, said the vote was rigged.", "Lena Ortiz"),
        ("Ohio Sen. Mark Dale, a party elder, said the plan was dead.", "Ohio Sen. Mark Dale"),
    ):
        doc = Document.from_text("Intro line here.\n\n" + text)
        found = only(find_attributions(doc))
        assert found.source is not None
        assert found.source.text == name
        assert found.content.text.startswith("the ")


def test_appositive_subject_is_the_claimer() -> None:
    """'The poll, which tracks support daily, showed that P': the claimer is the poll."""
    claim = only(reported("The poll, which tracks support daily, showed that turnout fell."))
    assert claimer_text(claim) == "The poll"
    assert claim.text == "that turnout fell"


def test_verb_after_a_name_with_that_clause() -> None:
    """'Trump charges that P' is a verb of saying, not the noun 'charges'."""
    claim = only(reported("Trump charges that donors were rewarded."))
    assert claimer_text(claim) == "Trump"
    assert claim.text == "that donors were rewarded"


def test_possessive_stance_noun() -> None:
    """'Oslo's criticism of the plan ...' is a claim by Oslo about the plan."""
    claim = only(reported("Oslo's criticism of the plan was sharp."))
    assert claimer_name(claim) == "Oslo"
    assert claim.text.startswith("the plan")


def test_questions_are_scored_as_questions() -> None:
    """A question keeps its question mark when scored, so the question feature counts."""
    claim = only(reported("The senator asked whether taxes rose by 40 percent in 2019?"))
    assert claim.features["question"] < 0


def test_quote_without_speaker_takes_the_reported_source() -> None:
    """A quote with no speaker gets the claimer that reported speech finds for it."""
    text = "The minister said “the border stays open until May.”"
    doc = Document.from_text(text)
    start = text.index("“")
    quote = Quote(start=start, end=len(text), text=text[start:], kind="direct")
    claim = only(extract_claims(doc, (quote,)))
    assert claim.quote == quote
    assert claimer_text(claim) == "The minister"


def test_quotes_without_speaker_in_a_long_document_take_their_own_reports_source() -> None:
    """Among hundreds of reports, each speakerless quote gets the source of the report over
    it, not of an earlier or later one (the lookup is by position, not a scan from the top)."""
    names = [f"Minister Vor{chr(97 + n % 26)}{chr(97 + n // 26)}" for n in range(300)]
    parts = [f"{name} said “the border stays open until May.”\n\n" for name in names]
    text = "".join(parts)
    doc = Document.from_text(text)
    quotes = []
    at = 0
    for part in parts:
        start = at + part.index("“")
        end = at + part.index("”") + 1
        quotes.append(Quote(start=start, end=end, text=text[start:end], kind="direct"))
        at += len(part)
    linked = [c for c in extract_claims(doc, tuple(quotes)) if c.quote is not None]
    assert [claimer_text(c) for c in linked] == names


def test_short_lines_are_not_factual_claims() -> None:
    """A time stamp or a one-word line is no statement, whatever its numbers."""
    assert [c for c in claims_of("Update.\n\n12:50 p.m.") if c.kind == "factual"] == []


def test_doubled_apostrophe_quotation_opening_with_a_stop_word() -> None:
    """ "''There was some iciness there,'' he said.": a quotation opening with "There" is still
    the content of the inverted report, not an adverbial before its subject."""
    claim = only(reported("Intro.\n\n''There was some iciness there and a grimace,'' he said."))
    assert claimer_text(claim) == "he"
    assert claim.text == "''There was some iciness there and a grimace,''"


def test_adverb_before_an_s_form_cue() -> None:
    """ "The group also views X": an -s form that is also a noun is a verb after its subject,
    across an adverb."""
    claim = only(reported("The group also views Barack Obama more favorably than Trump."))
    assert claimer_text(claim) == "The group"
    assert claim.cue is not None and claim.cue.text == "views"


def test_negated_progressive_cue() -> None:
    """ "X isn't saying if ...": a negated progressive is a cue with its subject as claimer."""
    claim = only(reported("The attorney general isn't saying if the foundation broke laws."))
    assert claimer_text(claim) == "The attorney general"


def test_possessive_noun_is_no_cue() -> None:
    """ "Monday night's debate", "Russia's suspected link": after a possessive a cue form is
    a noun or an adjective, never a verb with the possessor as claimer."""
    claims = reported("After Monday night's debate, when Clinton cited the comments, he left.")
    assert [c.claimer.text for c in claims if c.claimer is not None] == ["Clinton"]


def test_stance_verbs_beyond_speech() -> None:
    """Verbs of stance and judgement (liken, champion, downplay) attribute their object to
    the subject, as PolNeAR does."""
    claim = only(reported("Mr. Schultz likened RT to the BBC in an interview."))
    assert claimer_text(claim) == "Mr. Schultz"
    assert claim.text.startswith("RT to the BBC")


def test_only_speech_verbs_invert_before_their_source() -> None:
    """ "..., said the spokesman" inverts; "Another critic, Ola Berg, likened the rules"
    does not: the claimer is the critic, named by the apposition."""
    claim = only(reported("Another critic, Ola Berg, likened the rules to a fire."))
    assert claim.claimer is not None and "Ola Berg" in claim.claimer.text


def test_quoted_transcript_label() -> None:
    """'"WALLACE: Let's start ...': a transcript label after an opening mark is the speaker."""
    text = "Transcript.\n\n\"WALLACE: Let's start with the news on the debate story today."
    claim = only([c for c in reported(text) if c.claimer and c.claimer.text == "WALLACE"])
    assert claim.text.startswith("Let's start")


def test_findings_of_evidence_nouns_without_a_clause() -> None:
    """ "A poll shows upstart Sanders leading", "The survey found Clinton ahead": show and
    find after a noun of evidence are cues whatever follows; "he found a job" is not."""
    claim = only(reported("A new poll shows upstart Sen. Bernie Sanders leading nationally."))
    assert claimer_text(claim) == "A new poll"
    claim = only(reported("The April survey found Clinton leading Sanders by seven points."))
    assert claimer_text(claim) == "The April survey"
    assert reported("After the war he found a job at the port in Odesa.") == []


def test_sentence_final_finding_is_inverted() -> None:
    """ "X, the poll found." and "After X, records show.": a cue that ends the sentence
    reports what comes before it, even after an opening subordinate clause."""
    claim = only(
        reported("Most voters in Florida have an unfavorable view of him, the poll found.")
    )
    assert claimer_text(claim) == "the poll"
    claim = only(reported("After he bought the jet he did not undo the renovation, records show."))
    assert claimer_text(claim) == "records"


def test_clause_after_a_speech_participle() -> None:
    """ "with 62 percent of voters saying race relations are worse": a participle of a
    clause-taking verb after a noun, before a finite clause, takes the noun as claimer."""
    claim = only(reported("The poll left 62 percent of voters saying race relations are worse."))
    assert claim.claimer is not None and claim.claimer.text.endswith("62 percent of voters")
    assert claim.text == "race relations are worse"


def test_passive_report_by_its_source() -> None:
    """ "X was first reported by BuzzFeed" and "As reported by Y, X": the agent after *by* is
    the claimer of what was reported."""
    claim = only(reported("The ban of the account was first reported by BuzzFeed."))
    assert claimer_text(claim) == "BuzzFeed"
    assert claim.text == "The ban of the account"
    claim = only(reported("As reported by Western Journalism, the city raised its wage."))
    assert claimer_text(claim) == "Western Journalism"
    assert claim.text == "the city raised its wage"


def test_time_phrase_between_claimer_and_cue() -> None:
    """'Wells Fargo this month announced ...': the claimer is before the time phrase."""
    claim = only(reported("Wells Fargo this month announced it would drop the incentives."))
    assert claimer_text(claim) == "Wells Fargo"


def test_measure_noun_after_a_number_is_no_cue() -> None:
    """'0.1 percentage points to 4.2 percent': after a number, an -s form is a noun."""
    assert reported("Growth rose by 0.1 percentage points to 4.2 percent last year.") == []


def test_stance_adjective_or_noun_after_be() -> None:
    """'Graham has been critical of Trump', 'who is a staunch opponent of X', 'Republicans
    were also incensed that ...': a stance after *be* is the subject's attribution."""
    claim = only(reported("Graham has been critical of Trump since the primary."))
    assert claimer_text(claim) == "Graham"
    assert claim.text == "Trump since the primary"
    claim = only(reported("Kaine is a lawyer who is a staunch opponent of the death penalty."))
    assert claimer_text(claim) == "who"
    assert claim.claimer.name == "lawyer"  # the antecedent of "who", without a comma too
    claim = only(reported("Republicans were also incensed that the deals covered nothing."))
    assert claimer_text(claim) == "Republicans"
    assert reported("The critical moment of the night came late.") == []


def test_capitalised_noun_form_inside_a_name() -> None:
    """'the United States Embassy' is a name, not "the United" stating "Embassy"; in a
    title-case headline ("Trump Calls For A Ban") the capitalised form is still a verb."""
    assert reported("He visited the United States Embassy in Beijing on Monday.") == []
    claim = only(reported("Trump Calls For A Ban On Imports"))
    assert claimer_text(claim) == "Trump"


def test_progressive_cue_after_be_and_an_adverb() -> None:
    """'The Republican is also encouraging his supporters to ask ...': be, adverb, -ing cue."""
    claim = only(reported("The Republican is also encouraging his supporters to ask why."))
    assert claimer_text(claim) == "The Republican"


def test_evidence_adverbials() -> None:
    """'In this poll, X' and 'X, by one estimate.': the poll and the estimate are claimers;
    'In the morning, X' has none."""
    claim = only(reported("In this poll, Trump rose 1 point since the debate."))
    assert claimer_text(claim) == "this poll"
    assert claim.text == "Trump rose 1 point since the debate"
    claim = only(reported("Some 300,000 acres have been damaged by mining, by one estimate."))
    assert claimer_text(claim) == "one estimate"
    assert reported("In the morning, Trump rose early and left for Ohio.") == []


def test_gerund_after_a_preposition_takes_the_sentence_subject() -> None:
    """'Trump stopped short of calling Clinton a liar', 'She began by praising the nurses':
    the cue's subject is the sentence's, not the words before the preposition."""
    claim = only(reported("Trump stopped short of calling Clinton a liar."))
    assert claimer_text(claim) == "Trump"
    claim = only(reported("She began her speech by praising the nurses."))
    assert claimer_text(claim) == "She"


def test_contracted_be_before_a_progressive_cue() -> None:
    """ "He's claiming that ...": the contraction is *be*; the claimer mention is "He"."""
    claim = only(reported("Intro.\n\nHe’s claiming that voting fraud is a big problem here."))
    assert claimer_text(claim) == "He"


def test_slashed_numbers_are_one_token() -> None:
    """'9/11 widow Terry Strada said': "9/11" is one word of the claimer's phrase."""
    claim = only(reported("Intro.\n\n“It is wrong,” 9/11 widow Terry Strada said."))
    assert claimer_text(claim) == "9/11 widow Terry Strada"


def test_which_after_a_comma_is_a_claimer() -> None:
    """'members of the Saudi government, which has denied X': "which" is the claimer, its
    name the nearest noun before the comma."""
    claim = only(reported("It included members of the Saudi government, which has denied it all."))
    assert claimer_text(claim) == "which"
    assert claim.claimer.name == "Saudi government"


def test_evidence_phrase_with_its_author() -> None:
    """'A 2014 study by professor Justin Levitt found 31 incidents': the whole phrase headed
    by the noun of evidence is the claimer, though no clause follows "found"."""
    claim = only(reported("A 2014 study by professor Justin Levitt found 31 incidents of fraud."))
    assert claim.claimer is not None
    assert claim.claimer.text == "A 2014 study by professor Justin Levitt"
    assert claim.text == "31 incidents of fraud"


def test_evidence_phrase_after_its_content() -> None:
    """'Students take 112 tests, a study by the council found.': a sentence-final cue of
    evidence takes the whole phrase headed by the noun of evidence, past its author and a
    participle ("records compiled by the Center"), and the content before the comma."""
    claim = only(reported("Students take 112 tests a year, a study by the council found."))
    assert claimer_text(claim) == "a study by the council"
    assert claim.text == "Students take 112 tests a year"
    text = "Pate gave to no other candidate, records compiled by the Center for Politics show."
    claim = only(reported(text))
    assert claimer_text(claim) == "records compiled by the Center for Politics"
    assert claim.text == "Pate gave to no other candidate"


def test_gerund_in_an_opening_phrase_takes_the_main_subject() -> None:
    """'After weeks of outright denying X, Kyiv's acknowledgement signals ...': the gerund
    in the opening phrase belongs to the main clause's subject (Kyiv), its content stops at
    the comma."""
    text = "After weeks of outright denying Moscow’s reach for months, Kyiv’s admission came."
    claim = only(reported(text))
    assert claimer_name(claim) == "Kyiv"
    assert claim.text == "Moscow’s reach for months"


def test_inverted_sources_opening_with_a_quantifier_or_role() -> None:
    """'..., said several observers.' and '..., said former governor Ed Rendell.': an
    inverted source may open with a quantifier or a role word before the name."""
    claim = only(reported("His rise was a surprise to the party, said several observers."))
    assert claimer_text(claim) == "several observers"
    claim = only(reported("The group is short of money, said former governor Ed Rendell."))
    assert claimer_text(claim) == "former governor Ed Rendell"


def test_inverted_sources_with_a_role_of_several_words_before_the_name() -> None:
    """'..., said campaign manager Robby Mook.': lowercase words ending in a noun for a person
    (a known role or an agent noun: manager, scientist, strategist) may stand before the name;
    the claimer's name is the person's, without the role."""
    claim = only(reported("The plan will fail, said campaign manager Robby Mook."))
    assert claimer_text(claim) == "campaign manager Robby Mook"
    assert claimer_name(claim) == "Robby Mook"
    claim = only(reported("India has more pull than films, says political scientist Jane Roe."))
    assert claimer_name(claim) == "Jane Roe"


def test_a_claimer_named_after_a_role_or_title_is_named_by_the_person() -> None:
    """'spokesman John Smith said' is John Smith's claim, and 'former Secretary of State Colin
    Powell' is Colin Powell; 'Members of the Senate Intelligence Committee' stay as written."""
    claim = only(reported("Clinton spokesman Brian Fallon said the plan would fail."))
    assert claimer_name(claim) == "Brian Fallon"
    claim = only(reported("The plan will fail, said former Secretary of State Colin Powell."))
    assert claimer_name(claim) == "Colin Powell"
    claim = only(reported("The president of Harvard said the plan would fail."))
    assert claimer_name(claim) != "Harvard"


def test_a_name_before_of_whose_surname_stands_alone_later_is_the_person() -> None:
    """'Viktor Trehubov of the Dnipro Operational-Strategic Group, who admitted ...' is Viktor
    Trehubov when the text later writes 'Trehubov' alone, though no census list knows the
    forename; 'Gun Owners of America' stays whole."""
    text = (
        "The news came from Viktor Trehubov of the Dnipro Operational-Strategic Group, who"
        " admitted the attack was a major escalation. Trehubov told the BBC more."
    )
    claim = reported(text)[0]
    assert (claimer_text(claim), claimer_name(claim)) == ("who", "Viktor Trehubov")
    text = "The Gun Owners of America said the plan would fail. The Owners left."
    assert claimer_name(only(reported(text))) == "Gun Owners of America"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Tom Cole of Oklahoma said the plan would fail.", "Tom Cole"),
        ("House Speaker Paul D. Ryan of Wisconsin said the plan would fail.", "Paul D. Ryan"),
        ("CBC Chairman G.K. Butterfield of North Carolina said it would fail.", "G.K. Butterfield"),
        ("George Zornick of The Nation said the plan would fail.", "George Zornick"),
        ("The Bank of America said the plan would fail.", "Bank of America"),
        ("Supporters of Sanders said the plan would fail.", "Supporters of Sanders"),
        ("Two of the Republicans said the plan would fail.", "Two of the Republicans"),
        (
            "A spokesman for Mayor Frank G. Jackson of Cleveland said it would fail.",
            "spokesman for Mayor Frank G. Jackson",
        ),
    ],
)
def test_a_claimer_with_of_is_named_by_the_person_or_the_whole_phrase(text: str, name: str) -> None:
    """A person's name followed by *of* or *from* and a place or body is named by the person,
    without titles ('Rep. Tom Cole of Oklahoma' -> Tom Cole, not 'Tom Cole Oklahoma'); any
    other phrase with *of* keeps its words whole ('Bank of America', 'Two of the
    Republicans', not 'Bank' or 'Two'), and a role before the name stays the claimer."""
    assert claimer_name(only(reported(text))) == name


@pytest.mark.parametrize(
    ("text", "claimer", "content"),
    [
        ("Many believe the plan will fail.", "Many", "the plan will fail"),
        ("The plan will fail, many said.", "many", "The plan will fail"),
        ("Most said the vote was rigged.", "Most", "the vote was rigged"),
    ],
)
def test_a_quantifier_alone_is_a_claimer_before_a_pause_or_a_determiner(
    text: str, claimer: str, content: str
) -> None:
    """'Many believe the plan ...', '..., many said.': a quantifier opening its clause is the
    subject when a determiner or a pause follows the cue, not only a clause."""
    claim = only(reported(text))
    assert claimer_text(claim) == claimer
    assert claim.text == content


def test_a_quantifier_before_a_participle_and_its_noun_is_no_claimer() -> None:
    """'many reported cases of fraud': the participle modifies the noun after it."""
    assert reported("There were many reported cases of fraud in the county.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He became convinced that the plan would fail.",
        "He came away convinced that the plan would fail.",
        "She grew worried that the plan would fail.",
    ],
)
def test_a_linking_verb_before_a_stance_participle_is_no_claimer(text: str) -> None:
    """'He became convinced that ...': the subject before *became*, *grew* or *came away* is
    the claimer, not the linking verb."""
    claim = only(reported(text))
    assert claimer_text(claim) in ("He", "She")
    assert claim.text == "that the plan would fail"


def test_a_capitalised_cue_form_inside_a_sentence_is_part_of_a_name() -> None:
    """'defund Planned Parenthood': a cue form capitalised inside a sentence (not a
    headline) is a word of a name, not a verb."""
    claims = reported("They voted to defund Planned Parenthood last year.")
    assert [c.cue.text for c in claims if c.cue is not None] == ["voted"]
    assert claimer_text(only(reported("Trump Says Clinton Is Lying"))) == "Trump"


def test_a_participle_after_a_determiner_makes_the_cue_form_a_noun() -> None:
    """'a personally signed tweet that drew ...', 'The leaked email that ...': a noun, and
    what follows it a relative clause, not a report."""
    assert reported("Clinton began Sunday with a personally signed tweet that drew fire.") == []
    assert reported("The leaked email that Podesta sent was long.") == []


def test_a_modal_s_well_and_a_leading_adverb_are_no_part_of_the_claimer() -> None:
    """'they may well endorse X': *well* after a modal is skipped like an adverb; 'what
    exactly Sanders wants': the adverb opening the phrase is not in the claimer."""
    assert claimer_text(only(reported("They may well endorse Clinton in coming weeks."))) == "They"
    claims = reported("Aides discussed what exactly Sanders wants in the platform.")
    assert "Sanders" in [claimer_text(c) for c in claims]
    assert claimer_text(only(reported("Family members said the plan would fail."))) == (
        "Family members"
    )


def test_idioms_and_links_that_report_nothing() -> None:
    """'only time will tell', 'a campaign aimed at X', 'a group tied to X': no one reports
    anything; 'Republicans tied the attack to X' still does."""
    assert reported("Only time will tell if his staying power will last.") == []
    assert reported("It was a Web campaign aimed at millennials.") == []
    assert reported("They met a business group tied to Ferdinand Marcos.") == []
    assert claimer_text(only(reported("Republicans tied the attack to immigration."))) == (
        "Republicans"
    )


def test_linked_to_after_a_noun_reports_nothing() -> None:
    """'scandals linked to Clinton' is a relation, like 'tied to'; 'Critics linked the
    scandal to Clinton' still reports."""
    assert reported("The panel studied scandals linked to Hillary Clinton over the years.") == []
    assert claimer_text(only(reported("Critics linked the scandal to Hillary Clinton."))) == (
        "Critics"
    )


def test_possessive_adjective_and_cue_form_is_a_noun() -> None:
    """'despite its Trumpian name', 'his Islamophobic remarks': a possessive, an adjective
    and a cue form are a noun phrase, no claimer and cue; 'Gallup finds' still reports."""
    text = "The new project, despite its Trumpian name, will focus solely on attacking Clinton."
    assert "its Trumpian" not in [claimer_text(c) for c in reported(text)]
    assert reported("The crowd cheered his Islamophobic remarks about refugees last week.") == []
    assert claimer_text(only(reported("Intro. Gallup finds that voters are angry."))) == "Gallup"


def test_so_far_between_subject_and_verb_is_skipped() -> None:
    """'Trump has so far attacked X': *so far* is an adverbial, not the claimer."""
    claims = reported("Trump has so far attacked all the companies on the list.")
    assert claimer_text(only(claims)) == "Trump"


def test_names_joined_before_a_floating_quantifier_are_one_claimer() -> None:
    """'Obama and Clinton both said', 'Obama, Clinton and Rice all told me': the whole list
    is the claimer, past the quantifier."""
    claim = only(reported("Obama and Clinton both said the deal was good."))
    assert claimer_text(claim) == "Obama and Clinton"
    claim = only(reported("Obama, Clinton and Susan Rice all told me it was a video."))
    assert claimer_text(claim) == "Obama, Clinton and Susan Rice"
    claim = only(reported("Hillary and Obama and Susan Rice all told me it was a video."))
    assert claimer_text(claim) == "Hillary and Obama and Susan Rice"


def test_a_particle_alone_and_all_told_are_no_claims() -> None:
    """'Sanders has been pushing back.': a phrasal verb's particle is no content; 'All told,
    ...' is an idiom."""
    assert reported("Sanders has been pushing back.") == []
    assert reported("All told, the plan failed badly.") == []


def test_remarks_and_comments_assert_their_that_clause() -> None:
    """'His comment that the plan was dead ...': *remark* and *comment* take what they assert
    in a that-clause, their owner the claimer."""
    claim = only(reported("His comment that the plan was dead drew fire."))
    assert claimer_text(claim) == "His"
    assert claim.text.startswith("that the plan was dead")


def test_a_noun_s_relative_clause_and_a_verb_s_object_assert_nothing() -> None:
    """'the statement that was released', 'a comment that drew fire': *that* opens a
    relative clause when a verb follows it; 'He made remarks that ...': the plural after a
    past verb is its object, no cue."""
    assert reported("The statement that was released on Monday surprised many.") == []
    assert reported("A comment that drew criticism was deleted.") == []
    claims = reported("He made remarks that Democrats called racist.")
    assert [c.cue.text for c in claims if c.cue is not None] == ["called"]


def test_a_document_obtained_by_an_outlet_is_the_claimer() -> None:
    """'A memo obtained by CNN says ...': the memo says it, CNN only obtained it; after
    'conducted by' the agent stays in the claimer's phrase."""
    assert claimer_text(only(reported("A memo obtained by CNN says that the plan failed."))) == (
        "A memo"
    )
    claim = only(reported("A survey conducted by analyst Jane Roe found that the plan failed."))
    assert "Jane Roe" in claimer_text(claim)


def test_verbs_of_exhorting_invert_after_a_quotation() -> None:
    """'"It's about time," exhorted the introducer.': *exhort*, *admonish*, *beseech* and
    *entreat* report speech like *urge*."""
    for verb in ("exhorted", "admonished"):
        claim = only(reported(f"“It is about time we had a woman in charge,” {verb} the host."))
        assert claimer_text(claim) == "the host"


def test_a_participle_phrase_after_the_subject_is_no_claimer() -> None:
    """'The gruff bigot denouncing communists ignored ...', 'House Republicans supporting
    the bill have said ...': the noun before the participle is the claimer, not its object;
    'candidates began making' has no such phrase."""
    claims = reported("House Republicans supporting the bill have said they have the votes.")
    said = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert [claimer_text(c) for c in said] == ["House Republicans"]
    claims = reported("Anyone suspecting otherwise does not know Donald, he said.")
    know = [c for c in claims if c.cue is not None and c.cue.text == "know"]
    assert [claimer_text(c) for c in know] == ["Anyone"]


def test_a_time_alone_is_no_claim_and_level_or_attributive_forms_are_no_cues() -> None:
    """'The campaign responded Friday.': a time alone asserts nothing; 'The two candidates
    tied in Georgia' and 'a large pledged delegate lead' hold no report."""
    assert reported("The Sanders campaign responded on Friday night.") == []
    assert reported("The two candidates tied in Georgia, where Republicans won.") == []
    assert reported("She has a large pledged delegate lead over Sanders.") == []
    claim = only(reported("A spokesman said Friday that it was over."))
    assert claim.text == "that it was over"


def test_possessive_and_percentage_subjects() -> None:
    """'..., her friend said.' and '47% say ...': a possessive opens the claimer's phrase
    and a percentage can head it."""
    claim = only(reported("Hamdy was also headed to Cairo on Friday, her friend said."))
    assert claimer_text(claim) == "her friend"
    claim = only(reported("On social issues, 47% say the United States should act."))
    assert claimer_text(claim) == "47%"


def test_dotted_initials_end_no_claimer() -> None:
    """'the F.B.I. has said it had ...': the full stop of dotted initials is not a sentence
    boundary inside the claimer."""
    claim = only(reported("The reviews came back clear, and the F.B.I. has said it had nothing."))
    assert claimer_text(claim) == "the F.B.I."


def test_coordinated_cue_after_an_opening_phrase() -> None:
    """'In his speech, Obama visited them and said ...': the subject of the coordinated cue
    follows the opening phrase."""
    claim = only(reported("In his speech, Obama visited the nurses and said the job was done."))
    assert claimer_text(claim) == "Obama"


def test_opening_adverbials_are_not_claimers() -> None:
    """'On Saturday Sanders assailed ...', 'Instead, Mr. Trump kept calling ...': opening
    time words and sentence adverbs are skipped, and "kept" is no claimer."""
    claim = only(reported("On Saturday Sanders assailed the plan as a giveaway."))
    assert claimer_text(claim) == "Sanders"
    claim = only(reported("Instead, Mr. Trump kept calling the deal a disaster."))
    assert claimer_text(claim) == "Mr. Trump"
    claim = only(reported("Peter Orszag began writing that the plan would fail."))
    assert claimer_text(claim) == "Peter Orszag"


def test_possessive_pronoun_stance_takes_the_subject() -> None:
    """'Trump is doubling down on his support for a ban': the claimer is the subject the
    possessive refers to, not the pronoun."""
    claim = only(reported("Republican Donald Trump is doubling down on his support for a ban."))
    assert claimer_text(claim) == "Republican Donald Trump"


def test_reports_inside_an_attributed_quotation_are_the_speakers() -> None:
    """ "''I'm not sure Republicans believe X,'' he said": one claim, his, not a second one
    with Republicans as claimer."""
    text = "Intro.\n\n''I'm not sure that Republicans really believe that Cruz speaks for them,'' he said."
    claim = only(reported(text))
    assert claimer_text(claim) == "he"


def test_interrupted_quotation_before_its_source() -> None:
    """ "''A,'' Ms. Sherry said, ''B.''": the first part is Ms. Sherry's although a quotation
    also follows the cue."""
    text = "Intro.\n\n''Isabelle thinks it is fine to want money,'' Ms. Sherry said, ''and more.''"
    claims = reported(text)
    first = [c for c in claims if c.text.startswith("''Isabelle")]
    assert first and first[0].claimer is not None and first[0].claimer.text == "Ms. Sherry"


def test_continued_quotations_in_a_long_document() -> None:
    """'"X," Ms. Katz said. "Y."' paragraph after paragraph: every continued quotation still
    runs on to its own closing mark, however many attributions come before it."""
    speakers = [f"Ms. {chr(65 + n % 26)}{chr(97 + n // 26)}tz" for n in range(300)]
    text = "Headline\n\n" + "".join(
        f"''It is not enough,'' {name} said. ''Twitter can stop these accounts.''\n\n"
        for name in speakers
    )
    claims = [c for c in reported(text) if c.claimer is not None]
    assert [claimer_text(c) for c in claims] == speakers
    assert {c.text.split(" said. ")[1] for c in claims} == {"''Twitter can stop these accounts.''"}


def test_a_speaker_label_over_a_long_transcript_paragraph() -> None:
    """A label opening a long paragraph ("SMITH: ...", a transcript turn) claims the whole
    paragraph, and each report inside it is still its own claim (the long label span does not
    hide or slow down the lookups for the short ones)."""
    text = "Headline\n\nSMITH: The start. " + "Kim said the plan failed badly today. " * 300
    claims = [c for c in reported(text) if c.claimer is not None]
    label = [c for c in claims if claimer_text(c) == "SMITH"]
    assert len(label) == 1 and label[0].text.startswith("The start.")
    assert label[0].text.endswith("Kim said the plan failed badly today")  # the whole turn
    assert sum(claimer_text(c) == "Kim" for c in claims) == 300


def test_reports_inside_a_continued_quotation() -> None:
    """ "''A,'' recalled Mr. Rhodes. ''He said, 'B.'''": the continued quotation is Mr.
    Rhodes's, with the report inside it."""
    text = "Intro.\n\n''We had to wait,'' recalled Mr. Rhodes. ''He said, 'I need to go now.'''"
    claim = only(reported(text))
    assert claimer_text(claim) == "Mr. Rhodes"
    assert claim.text.endswith("''He said, 'I need to go now.''")


def test_quotation_before_a_cue_with_a_long_tail() -> None:
    """ "''X,'' Mr. Obama told the lawmakers in the House chamber and millions at home": a
    quotation before the source is the content however long the words after the cue."""
    text = (
        "Intro.\n\n''Anyone claiming that the economy is in decline is peddling fiction,'' "
        "Mr. Obama told the lawmakers in the House chamber and millions watching at home."
    )
    claim = only(reported(text))
    assert claimer_text(claim) == "Mr. Obama"


def test_lone_quantifier_and_coordinated_pronoun_claimers() -> None:
    """'Some have suggested that ...' and '..., she and another reporter said.': a
    quantifier alone is a claimer, and a pronoun coordinated with a phrase belongs to it."""
    claim = only(reported("Some have suggested that the senator is an imperfect messenger."))
    assert claimer_text(claim) == "Some"
    claim = only(reported("The manager yanked her arm, she and another reporter said."))
    assert claimer_text(claim) == "she and another reporter"
    assert claim.text == "The manager yanked her arm"


def test_noun_or_verb_cue_before_a_subject_pronoun_is_a_verb() -> None:
    """'Podliska claims he was ...': an -s form that may be a noun reads as the verb when a
    subject pronoun opens the clause after it, even after a sentence-initial name."""
    claim = only(reported("Podliska also claims he was the only one punished for it."))
    assert claimer_text(claim) == "Podliska"
    assert claim.text == "he was the only one punished for it"
    assert reported("The claims he made were false.") == []


def test_assertion_verbs_of_register() -> None:
    """'The senator opined that ...' and 'Critics griped that ...': formal and informal verbs
    of assertion are cues too."""
    claim = only(reported("The senator opined that the bill would never pass the House."))
    assert claimer_text(claim) == "The senator"
    claim = only(reported("Critics griped that the new rules were far too strict."))
    assert claimer_text(claim) == "Critics"


def test_noun_or_verb_cue_before_an_object_pronoun_is_a_verb() -> None:
    """'the newspaper calls it ...': after a singular noun, an -s form followed by an object
    pronoun is the verb."""
    claim = only(reported("Today the state newspaper calls it the pearl of the new Silk Road."))
    assert claimer_text(claim) == "the state newspaper"


def test_time_adjunct_after_an_appositive_subject() -> None:
    """'Hillary Clinton, the front-runner, on Sunday urged ...': the subject is the name
    before the appositive; a time phrase alone opening a sentence is no claimer."""
    claim = only(
        reported("Hillary Clinton, the front-runner, on Sunday urged tech firms to act faster.")
    )
    assert claimer_text(claim) == "Hillary Clinton"
    assert all(c.claimer is None for c in claims_of("On Sunday urged firms to act much faster."))


def test_subject_with_a_relative_clause_is_not_inverted_content() -> None:
    """'Senator Lee, who helped write the law, said it works.': the name and its relative
    clause are the subject of *said* (not a content before an inverted cue), and the
    relative clause's own report ends at its closing comma."""
    found = reported("Senator Lee, who helped write the law, said the law works well.")
    by_cue = {c.cue.text: c for c in found if c.cue is not None}
    said = by_cue["said"]
    assert claimer_text(said) == "Senator Lee"
    assert said.text == "the law works well"
    write = by_cue["write"]
    assert write.text == "the law"


def test_whenever_opens_a_subordinate_clause() -> None:
    """'Whenever reporters asked about X, they ...': *whenever* is not part of the claimer,
    and the subordinate report ends at its comma."""
    claim = only(reported("Whenever reporters asked about her record, they changed the topic."))
    assert claimer_text(claim) == "reporters"
    assert claim.text == "her record"


def test_being_somewhere_is_no_report() -> None:
    """'He appeared before the delegates', 'Yellen spoke at a rally' and 'a liberal think
    tank' report nothing: *appear* and *speak* before a preposition of place, and *think*
    in *think tank*, are no cues."""
    assert reported("He appeared before thousands of delegates in Philadelphia tonight.") == []
    assert reported("Yellen spoke at the Economic Club of Washington on Wednesday.") == []
    assert reported("The study came from a liberal think tank in Washington last year.") == []


def test_by_their_own_account() -> None:
    """'By his own account, X' and 'X by her own admission was Y': the owner is the claimer
    and the phrase the cue."""
    claim = only(reported("By his own account, the senator skipped every single hearing."))
    assert claimer_text(claim) == "his"
    assert claim.cue is not None and claim.cue.text == "By his own account"
    assert claim.text == "the senator skipped every single hearing"
    claim = only(reported("Maria Lopez spoke. The plan by her own admission was a big mistake."))
    assert claimer_name(claim) == "Maria Lopez"
    assert claim.text == "The plan by her own admission was a big mistake"


def test_verb_of_saying_after_be_adjective_to() -> None:
    """'The panel is right to note, however, that X' and 'Republicans were quick to point
    out that X': the subject before *be* claims what the infinitive reports."""
    claim = only(reported("The panel is right to note, however, that the tax would hit savers."))
    assert claimer_text(claim) == "The panel"
    assert claim.text == "that the tax would hit savers"
    claim = only(reported("Republicans were quick to point out that the plan had failed."))
    assert claimer_text(claim) == "Republicans"
    assert reported("They went there to say hello to the new neighbours.") == []


def test_noun_or_verb_cue_after_a_sentence_opening_name() -> None:
    """'Sanders supports raising the wage': after a name opening the sentence, an -s form
    that may be a noun is the verb; not after an adjective or before *of*."""
    claim = only(reported("Sanders supports raising the minimum wage to $15 by 2020."))
    assert claimer_text(claim) == "Sanders"
    assert reported("Republican claims of fraud were false from the very start.") == []
    assert reported("Subsequent estimates put the figure closer to 54,000 pages.") == []


def test_opening_adverbial_before_an_appositive_subject() -> None:
    """'On Saturday, Senator X of Vermont, a rival, assailed ...', 'Moreover, X, director of
    Y, noted that ...' and 'Essentially, Clinton's lawyers ... found that ...': the opening
    adverbial is not the claimer, and a possessive name goes on to its noun."""
    claim = only(
        reported("On Saturday, Senator Ben Sand of Vermont, a rival, assailed her record.")
    )
    assert claimer_text(claim) == "Senator Ben Sand of Vermont"
    claim = only(reported("Moreover, Jeff Sachs, director of the institute, noted that it failed."))
    assert claimer_text(claim) == "Jeff Sachs"
    claim = only(
        reported("Essentially, Clinton's lawyers looked at mails and found that one was sent.")
    )
    assert claimer_text(claim) == "Clinton's lawyers"


def test_time_phrases_between_claimer_and_cue() -> None:
    """'X on Thursday evening said', 'X a month later announced', 'X earlier this week
    asked': a time phrase is skipped to the claimer before it; 'four in 10 said' is a
    proportion, not a time."""
    claim = only(reported("Sean Spicer on Thursday evening said the party was not in crisis."))
    assert claimer_text(claim) == "Sean Spicer"
    claim = only(reported("Carly Fiorina a month later announced that jobs would go."))
    assert claimer_text(claim) == "Carly Fiorina"
    claim = only(reported("Rep. Bob Goodlatte earlier this week said the law was clear."))
    assert claimer_text(claim) == "Rep. Bob Goodlatte"
    claim = reported("About four in 10 said they wanted a change of course.")[0]
    assert claimer_text(claim) == "four in 10"


def test_thousands_separators_end_no_clause() -> None:
    """'When Fiorina announced 6,000 layoffs, ...': the comma inside a number does not end the
    subordinate report."""
    claim = reported("When Fiorina later announced 6,000 layoffs, some workers felt betrayed.")[0]
    assert claim.text == "6,000 layoffs"


def test_as_the_source_said_closing_a_sentence() -> None:
    """'The plan failed, as Trump said.': a closing *as* clause with a verb of saying makes
    its subject the claimer of the main clause; '..., as the crowd applauded' does not."""
    claim = only(reported("The plan failed in the end, as Trump said."))
    assert claimer_text(claim) == "Trump"
    assert claim.text == "The plan failed in the end"
    found = reported("The vote was close in the end, as the crowd applauded.")
    assert all(c.text != "The vote was close in the end" for c in found)


def test_going_somewhere_to_say_something() -> None:
    """'X went on CNN to declare Y' and 'X took to Twitter to applaud Y': the subject of the
    verb of going claims what the infinitive reports; 'went to the store to buy milk' has
    no cue."""
    claim = only(reported("The secretary of state even went on CNN to declare Clinton the winner."))
    assert claimer_text(claim) == "The secretary of state"
    claim = only(reported("Several celebrities took to Twitter to applaud the announcement."))
    assert claimer_text(claim) == "Several celebrities"
    assert reported("He went to the store down the road to buy some milk.") == []


def test_content_stops_before_a_comma_and_the_next_cue() -> None:
    """'Obama, noting X, said Y' and 'He said A, adding that B': a content never runs past a
    comma that a cue follows."""
    found = reported("Obama, noting weak growth in China, said the plan was sound.")
    assert {c.cue.text: c.text for c in found if c.cue is not None} == {
        "noting": "weak growth in China",
        "said": "the plan was sound",
    }
    found = reported("He said the plan, which failed, was bad, adding that it cost money.")
    assert [c.text for c in found] == ["the plan, which failed, was bad", "that it cost money"]


def test_content_stops_before_a_coordinated_cue() -> None:
    """'Ms. Conway rejected the idea that X and said that Y': the first content stops before
    *and said*; 'He said A and B' keeps both parts."""
    found = reported("Ms. Conway rejected the idea of a shake-up and said that he would stay.")
    assert [c.text for c in found] == ["the idea of a shake-up", "that he would stay"]
    claim = only(reported("He said the vote was close and the result was fair."))
    assert claim.text == "the vote was close and the result was fair"


def test_clause_after_an_inverted_looking_cue_is_no_source() -> None:
    """'Lopez-Cantera, a former legislator who became governor, said the grants should
    follow population': words after *said* with a modal or *be* are a clause, not an
    inverted source; and 'Mr. Manafort, citing "X," said Y' is Mr. Manafort's."""
    claim = only(
        reported(
            "Lopez-Cantera, a former legislator who became governor in 2014, said the block "
            "grants should follow population."
        )
    )
    assert claimer_text(claim) == "Lopez-Cantera"
    found = reported("Mr. Manafort, citing “the magic of Trump,” said the candidate could win.")
    said = next(c for c in found if c.cue is not None and c.cue.text == "said")
    assert claimer_text(said) == "Mr. Manafort"
    assert said.text == "the candidate could win"


def test_whether_clause_before_an_inverted_cue() -> None:
    """'Whether X works will be clear later, said Y': a *whether* clause is content, not an
    opening adverbial."""
    claim = only(reported("Whether the model works will be clear in November, said Jake Horowitz."))
    assert claimer_text(claim) == "Jake Horowitz"


def test_content_ends_before_an_appended_relative_report() -> None:
    """'He said X, a claim that Gowdy's office disputes.' and '..., something that Trump
    mocked.': the content ends where a relative clause with its own report is appended; a
    relative clause inside the content ('the plan, which the senator praised, was sound')
    does not end it."""
    found = reported("He said his knife was stopped by a belt buckle, something that Trump mocked.")
    said = next(c for c in found if c.cue is not None and c.cue.text == "said")
    assert said.text == "his knife was stopped by a belt buckle"
    found = reported("He said the plan, which the senator praised, was sound.")
    said = next(c for c in found if c.cue is not None and c.cue.text == "said")
    assert said.text == "the plan, which the senator praised, was sound"


@pytest.mark.parametrize(
    "text",
    [
        "The justice -- who sat beside the nominee for days -- said she regretted it.",
        "The justice - in a line meant for the nominee - said she regretted it.",
        "The justice — a former law professor — has said she regretted it.",
    ],
)
def test_dashed_aside_between_claimer_and_cue(text: str) -> None:
    """'The justice -- who ... -- said': the claimer is the phrase before the dashed aside,
    whether the dashes are em dashes, spaced hyphens or doubled hyphens."""
    claim = only(reported(text))
    assert claimer_text(claim) == "The justice"
    assert claim.text.rstrip(".") == "she regretted it"


def test_floating_quantifier_and_so_much_before_the_cue() -> None:
    """'They have all said', 'They all said' and 'Trump wasn't so much saying': a floating
    quantifier or a degree phrase between subject and cue is never the claimer."""
    for text in ("They have all said the vote was fair.", "They all said the vote was fair."):
        claim = only(reported(text))
        assert claimer_text(claim) == "They"
    claim = only(reported("Trump wasn't so much saying that easy money would fail."))
    assert claimer_text(claim) == "Trump"


def test_a_spaced_hyphen_ends_the_claimer() -> None:
    """'The result was clear - officials said ...': a spaced hyphen separates phrases, so the
    claimer is the phrase after it."""
    claim = only(reported("The result was clear - officials said the vote was fair."))
    assert claimer_text(claim) == "officials"


def test_trailing_participle_takes_the_subject_of_its_own_clause() -> None:
    """'Protest groups say A, and the ACLU has sued the city, saying B': a trailing participle
    after a coordinated clause with its own subject and verb is that subject's claim."""
    claims = reported(
        "Protest groups say the rules are about visibility, and the civil liberties union has "
        "sued the city, saying the rules violate free speech."
    )
    assert [claimer_text(c) for c in claims] == ["Protest groups", "the civil liberties union"]
    assert claims[1].text.startswith("the rules violate free speech")
    claim = reported("The mayor praised the plan and the budget, calling it a model.")[-1]
    assert claimer_text(claim) == "The mayor"


def test_a_clause_after_the_cue_is_its_content_not_an_inversion() -> None:
    """'Speaking to reporters, the senator said the bill would pass.': words after the cue
    that hold their own verb are the content, so the opening phrase is not taken for it."""
    claim = only(reported("Speaking to reporters, the senator said the bill would pass."))
    assert claimer_text(claim) == "the senator"
    assert claim.text.rstrip(".") == "the bill would pass"
    claim = only(reported("The bill will pass, the senator said on Monday."))
    assert claim.text == "The bill will pass"


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (
            "Shortly after the merger, the families of the founders mobilized, warning that it "
            "would fail.",
            "the families of the founders",
        ),
        (
            "Rallying hundreds of workers, Hillary Clinton listened and promised that change "
            "would come.",
            "Hillary Clinton",
        ),
        (
            "Clinton cannot prove it and certainly cannot claim that the State Department "
            "approved it.",
            "Clinton",
        ),
        (
            "Party figures — whose party was once disciplined — both suggested that the "
            "writer be fired.",
            "Party figures",
        ),
    ],
)
def test_subject_past_opening_phrases_and_before_shared_verbs(text: str, claimer: str) -> None:
    """An opening adverb or participle phrase is not the subject a later verb shares
    ('Shortly after X, ...', 'Rallying X, ...'), nor is a modal like 'cannot' or a floating
    'both' after a dashed aside."""
    claim = reported(text)[-1]
    assert claimer_text(claim) == claimer


def test_degree_word_between_be_and_participle_is_no_source() -> None:
    """'he was more focused on the platform and noted that ...': 'more' is a degree word,
    so the pronoun subject is the source."""
    claims = reported("He was more focused on the platform and noted that Sanders conceded.")
    assert all(claimer_text(c) != "more" for c in claims)
    assert claimer_text(claims[-1]) == "He"


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("The plan, he said, was a failure from the start.", "he"),
        ("In Iowa, Trump said on Monday, the crowds were huge.", "Trump"),
        ("Six months ago, the senator said, the media ignored him.", "the senator"),
    ],
)
def test_parenthetical_attribution_claims_the_whole_sentence(text: str, claimer: str) -> None:
    """'The plan, he said, was a failure': an attribution set off by commas inside a sentence
    claims both parts, so the claim runs from the sentence's start to its end."""
    claim = next(c for c in reported(text) if claimer_text(c) == claimer)
    assert claim.text.rstrip(".") == text.rstrip(".")


def test_attribution_before_a_comma_and_participle_is_not_parenthetical() -> None:
    """'The plan is dead, the senator said, adding that ...' and 'Lee, who wrote the law,
    said ...': a participle or the main verb after the comma ends the claim as before."""
    claims = reported("The plan is dead, the senator said, adding that nobody would revive it.")
    assert [c.text for c in claims] == ["The plan is dead", "that nobody would revive it"]
    found = reported("Senator Lee, who helped write the law, said the law works well.")
    assert {c.text for c in found} == {"the law", "the law works well"}


def test_state_is_a_cue_only_before_a_clause() -> None:
    """'Western states this week', 'the most populous state': *state* is a noun unless a
    clause follows it ('It states that courts should wait')."""
    assert reported("The race now moves to Western states this week that Sanders needs.") == []
    assert reported("He was governor of the most populous state in the country.") == []
    claim = reported("It states that courts should not rule so close to an election.")[0]
    assert claimer_text(claim) == "It"


def test_back_is_a_cue_only_before_its_object() -> None:
    """'He will back Ayotte' reports support; 'the rate is back under control' and 'the
    campaign moves back to the Northeast' use the adverb and report nothing."""
    assert claimer_text(only(reported("He will aggressively back Ayotte."))) == "He"
    assert reported("Then the campaign moves back to the Northeast.") == []
    assert reported("The unemployment rate is back under control.") == []


@pytest.mark.parametrize(
    ("text", "claimer", "content"),
    [
        ("Many speculated that he might fail.", "Many", "that he might fail."),
        ("Most believe that the economy has improved.", "Most", "that the economy has improved."),
        ("She has since stressed that she sent nothing.", "She", "that she sent nothing."),
        (
            "The senator would only say that it was worrisome.",
            "The senator",
            "that it was worrisome.",
        ),
        (
            "Trump raised questions, falsely suggesting that Obama was born abroad.",
            "Trump",
            "that Obama was born abroad.",
        ),
    ],
)
def test_quantifier_subjects_and_words_between_subject_and_cue(
    text: str, claimer: str, content: str
) -> None:
    """A quantifier opening the clause is a subject ('Many speculated that'), and 'has
    since', 'would only' and a comma with an adverb before a participle ('..., falsely
    suggesting that') keep the cue tied to its subject."""
    claim = only(reported(text))
    assert claimer_text(claim) == claimer
    assert claim.text.rstrip(".") == content.rstrip(".")


def test_quantifier_before_a_past_participle_stays_a_determiner() -> None:
    """'The many reported cases' and 'Many believe in miracles' report nothing: only a
    quantifier opening a clause before a that-clause or pronoun is a subject."""
    assert reported("The many reported cases were false.") == []
    assert reported("Many believe in miracles.") == []


def test_opening_participle_cue_is_the_main_subjects_claim() -> None:
    """'Noting that X, Schlafly put ...': a sentence that opens with a participle cue before
    a clause gives the main clause's subject as claimer and the clause up to the comma."""
    found = reported("Noting that Reagan faced hostile media, Schlafly compared him to Trump.")
    claim = only([c for c in found if c.cue is not None and c.cue.text == "Noting"])
    assert claimer_text(claim) == "Schlafly"
    assert claim.text == "that Reagan faced hostile media"


def test_gerund_cue_after_an_opening_subordinate_clause() -> None:
    """'Although X, Trump sent a jab by suggesting that Y': the gerund's source is the main
    clause's subject after the subordinate clause, and its content what follows."""
    claim = only(
        reported(
            "Although Bloomberg is not running, Trump sent a jab his way by suggesting that "
            "Bloomberg was worth less."
        )
    )
    assert claimer_text(claim) == "Trump"
    assert claim.text.startswith("that Bloomberg was worth less")


def test_object_of_a_verb_of_causing_is_the_infinitive_cues_source() -> None:
    """'led Republicans to say that ...', 'prompted some of his aides to warn that ...': the
    object of a verb of causing or asking is the source of the cue in its infinitive."""
    claim = only(reported("The timing led Republicans to say that Democrats were hiding her."))
    assert claimer_text(claim) == "Republicans"
    claim = only(reported("The report prompted some of his aides to warn that it would fail."))
    assert claimer_text(claim) == "some of his aides"


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("Britain in particular feared the return of a German colossus.", "Britain"),
        (
            "Nearly a third say it helps, and one in five say it's not an improvement.",
            "one in five",
        ),
        ("More recently, Rubio has shifted, offering more dire warnings about terror.", "Rubio"),
    ],
)
def test_adverbials_and_proportions_around_the_claimer(text: str, claimer: str) -> None:
    """'X in particular feared', 'one in five say' and an opening 'More recently,': a
    two-word adverbial is skipped, a proportion in words is one claimer, and a degree
    adverb phrase opening the sentence is not its subject."""
    assert claimer_text(reported(text)[-1]) == claimer


def test_a_closed_relative_clause_lends_no_source_to_later_verbs() -> None:
    """'Weber, who advises Kasich, is no fan of Trump but lauded X': the relative 'who' is
    the source inside its clause only; the verb after 'but' shares the main subject."""
    claims = reported("Weber, who advises Kasich, is no fan of Trump but lauded his choice.")
    assert [claimer_text(c) for c in claims] == ["who", "Weber"]


def test_adverbial_before_the_claimer_is_not_part_of_it() -> None:
    """'Of course Mr. Trump said ...': an opening two-word adverbial is not part of the
    claimer's phrase."""
    claim = only(reported("Of course Mr. Trump said the vote was rigged."))
    assert claimer_text(claim) == "Mr. Trump"


def test_subject_before_a_long_relative_clause_and_adverb_before_a_participle() -> None:
    """'Dr. Mariano, who ... (a long relative clause) ..., said that X' gives the name as
    claimer however long the clause, and ', perhaps recognizing that X' is a participle cue
    of the sentence's subject."""
    text = (
        "Dr. Connie Mariano, who as a Navy captain was the White House physician in the "
        "administration of former President Bill Clinton and later retired from the service "
        "as a rear admiral, said that the first lady had a blood clot."
    )
    claim = only([c for c in reported(text) if c.cue is not None and c.cue.text == "said"])
    assert claimer_text(claim) == "Dr. Connie Mariano"
    claim = only(reported("Obama's aides were complimentary, perhaps recognizing that it works."))
    assert claimer_text(claim) == "Obama's aides"


def test_gerund_cue_in_a_sentence_opening_with_a_coordinator() -> None:
    """'But it is steering clear of criticizing X': an opening *But* is no subordinate
    clause, so the gerund's source is the subject after it."""
    claim = only(reported("But it is steering clear of criticizing Trump for his deductions."))
    assert claimer_text(claim) == "it"


def test_infinitive_after_a_noun_of_opportunity_and_that_after_an_addressee() -> None:
    """'Trump missed no opportunity to remind the audience he ...' is Trump's claim;
    'Claiming X, Trump told Fox that Y' keeps Y as the content of 'told' (a that-clause after
    an addressee is no inversion), while 'X, the senator said that day.' is one."""
    claim = only(reported("Trump has a rare chance to show that he can deliver a speech."))
    assert claimer_text(claim) == "Trump"
    assert claim.text.startswith("that he can deliver")
    told = [c for c in reported("The critics are biased, Trump told Fox that they hit Matt.")]
    assert [c.text for c in told if c.cue is not None and c.cue.text == "told"] == [
        "that they hit Matt"
    ]
    claim = only(reported("The plan is dead, the senator said that day."))
    assert claim.text == "The plan is dead"


def test_coordinated_verb_inside_a_relative_clause_shares_its_who() -> None:
    """'demonstrators, who have taken to the streets and called for X': the verb after *and*
    is still in the relative clause, so its source is *who*, not the sentence's subject; and
    'The unreleased video' is one noun phrase (an -ed adjective after *the*)."""
    text = (
        "The unreleased video has become a focal point for demonstrators, who have taken to "
        "the streets and called for the footage to be released."
    )
    claim = only(reported(text))
    assert claimer_text(claim) == "who"


def test_cue_forms_that_are_also_nouns_need_a_verb_reading() -> None:
    """'a very public rant', 'the suspect', 'any mention of': cue lemmas that are also common
    nouns are cues only where the words around them make them verbs."""
    claims = reported("Lohan went on a very public rant and also hinted she might be pregnant.")
    assert [(claimer_text(c), c.cue.text if c.cue else None) for c in claims] == [
        ("Lohan", "hinted")
    ]
    claim = only(reported("The suspect told police he acted alone."))
    assert claimer_text(claim) == "The suspect"
    assert claimer_text(only(reported("He did not mention that the report was late."))) == "He"


def test_coordinated_verb_shares_the_source_of_the_cue_in_its_own_form() -> None:
    """'Trump said he would order a review and warned against hackers': *warned* is past like
    *said*, so it shares Trump, not the *he* of *would order*."""
    claims = reported("Trump said he would order a review of defenses and warned against hackers.")
    by_cue = {c.cue.text: claimer_text(c) for c in claims if c.cue is not None}
    assert by_cue["warned"] == "Trump"


def test_opening_subordinate_clause_lends_no_source_and_stance_verbs_need_objects() -> None:
    """'When asked whom she supported, Ms. Sherry smiled and said, "..."': the verb after
    *and* shares the main clause's subject, not the *she* of the opening clause, and
    *supported* followed by a comma has no object, so it gives no claim."""
    text = "When asked whom she supported, Ms. Sherry smiled and said, “I am waiting.”"
    claims = reported(text)
    assert [(claimer_text(c), c.cue.text if c.cue else None) for c in claims] == [
        ("Ms. Sherry", "said")
    ]


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("Trump in a statement said the vote was rigged.", "Trump"),
        ("Curiel, who through his office declined to comment, was born in Indiana.", "who"),
        ("The senator from Ohio said the vote was rigged.", "The senator from Ohio"),
    ],
)
def test_prepositional_phrase_between_claimer_and_cue(text: str, claimer: str) -> None:
    """'Trump in a statement said': the object of a preposition before the cue is not the
    claimer, the phrase before the preposition is; a named object stays part of the claimer
    ('The senator from Ohio')."""
    claim = reported(text)[0]
    assert claimer_text(claim) == claimer


def test_prepositional_phrase_before_an_inverted_cue() -> None:
    """'The vote was rigged, Trump in a statement said.': the inverted report's claimer is
    the phrase before the preposition too."""
    claim = only(reported("The vote was rigged, Trump in a statement said."))
    assert claimer_text(claim) == "Trump"
    assert claim.text == "The vote was rigged"


def test_opening_passive_phrase_is_not_the_subject() -> None:
    """'Asked on Monday whether X, Mrs. Clinton shook her head and said, "No."': the opening
    *Asked* phrase is not the subject that *and said* shares."""
    text = "Asked on Monday whether he would serve, Mrs. Clinton shook her head and said, “No.”"
    claim = next(c for c in reported(text) if c.cue is not None and c.cue.text == "said")
    assert claimer_text(claim) == "Mrs. Clinton"


def test_relative_clause_between_claimer_and_cue() -> None:
    """'One of the docs who sent the letter called Oz a quack': the claimer is the phrase
    before *who*, not the relative clause's object; but in 'Critics who say the law targets
    X' *the law* is the subject of the reported clause and stays the source of *targets*."""
    claim = only(reported("One of the docs who sent the letter called Oz a quack."))
    assert claimer_text(claim) == "One of the docs"
    found = reported("Critics who say the law unfairly targets gay people sued the state.")
    by_cue = {c.cue.text: claimer_text(c) for c in found if c.cue is not None}
    assert by_cue["targets"] == "the law"


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (
            "Democratic voters are slightly more likely to say that Clinton represents them.",
            "Democratic voters",
        ),
        ("She struggled to demonstrate that she is resistant to trade deals.", "She"),
    ],
)
def test_infinitive_cue_after_a_verb_or_adjective_of_control(text: str, claimer: str) -> None:
    """'are more likely to say that X', 'struggled to demonstrate that X': a cue in the
    infinitive of a verb or adjective of control, before a clause, is the subject's claim."""
    claim = only(reported(text))
    assert claimer_text(claim) == claimer
    assert claim.text.startswith("that ")


def test_infinitive_cue_without_a_clause_stays_no_claim() -> None:
    """'They want to say goodbye': without a clause after it, an infinitive cue gives nothing
    of its own."""
    claims = reported("They want to say goodbye.")
    assert all(c.cue is None or c.cue.text != "say" for c in claims)


def test_infinitive_of_purpose_after_a_comma() -> None:
    """'Ms. Brainard chimed in, breaking with Ms. Yellen, to argue that X': an infinitive cue
    after a comma takes the sentence's subject, like a trailing participle."""
    text = "Ms. Brainard chimed in, breaking with Ms. Yellen, to argue that the Fed was wrong."
    claim = only(reported(text))
    assert claimer_text(claim) == "Ms. Brainard"
    assert claim.text.startswith("that the Fed was wrong")


def test_words_after_an_inverted_cue_with_a_verb_are_no_source() -> None:
    """'John Kasich, a Republican who has refused to endorse Mr. Trump, said the Khan family
    deserved better': words after *said* that hold a verb are its content, so the sentence
    is no inversion; 'The plan is dead, said a retired general' still is one."""
    text = (
        "John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the "
        "Khan family deserved better."
    )
    claim = next(c for c in reported(text) if c.cue is not None and c.cue.text == "said")
    assert claimer_text(claim) == "John Kasich of Ohio"
    assert claim.text.startswith("the Khan family deserved better")
    claim = only(reported("The plan is dead, said a retired general."))
    assert claimer_text(claim) == "a retired general"
    assert claim.text == "The plan is dead"


def test_you_know_and_as_we_know_it_report_nothing() -> None:
    """'because, you know, he knows how' and 'Twitter as we know it is over': the filler *you
    know* and *as we know it* are no reports; 'We know that X' is one."""
    claims = reported("He is in charge because, you know, he knows how to do it.")
    assert [claimer_text(c) for c in claims] == ["he"]
    assert reported("Twitter as we know it is over.") == []
    assert claimer_text(only(reported("We know that the plan failed."))) == "We"


def test_possessive_pronoun_claimer_is_the_person_not_a_place() -> None:
    """'Kyiv's acknowledgement ... Now, with Trump holding firm in his demand for X': *his*
    is Trump, the person the clause is about, not Kyiv, the claimer named before him."""
    text = (
        "Trump, who met Putin last week, spoke on Monday. Kyiv's acknowledgement signals how "
        "serious the war has become. Now, with Trump holding firm in his demand for an honest "
        "peace, the world is waiting."
    )
    his = next(c for c in reported(text) if claimer_text(c) == "his")
    assert claimer_name(his) == "Trump"


def test_they_is_a_group_not_the_last_person_named() -> None:
    """'Mitt Romney released his returns. Republicans say they ...': *they* resolves to the
    latest claimer that is no single person's name, and stays *they* when none is near."""
    text = (
        "Mitt Romney said he released his returns in 2012. Republicans say that they want "
        "lower rates, and they insist that they will win."
    )
    named = [claimer_name(c) for c in reported(text) if claimer_text(c) == "they"]
    assert named and all(name == "Republicans" for name in named)
    text = "Mitt Romney said the plan failed. Later they said that it worked."
    they = next(c for c in reported(text) if claimer_text(c) == "they")
    assert claimer_name(they) == "they"


def test_definite_role_claimer_is_the_person_the_story_is_about() -> None:
    """'Gov. Rick Perry spoke ... The former governor said that X': a role resolves to the
    person named with it; 'The New York Times reported that X' keeps its own name, never
    the person named before it."""
    text = (
        "Gov. Rick Perry spoke in Iowa. Ted Cruz listened. "
        "The former governor said that the race was far from over."
    )
    found = only([c for c in reported(text) if claimer_text(c) == "The former governor"])
    assert claimer_name(found) == "Rick Perry"
    text = "Hillary Clinton spoke. The New York Times reported that the race was close."
    found = only([c for c in reported(text) if claimer_text(c) == "The New York Times"])
    assert claimer_name(found) == "New York Times"


def test_prepositions_and_gerunds_are_no_claimers() -> None:
    """'Despite challenging X, Cruz said Y' has no claimer *Despite*, and in 'better at
    raising money than attracting votes' *votes* is a gerund's object, not a reporting
    verb whose subject is *attracting*."""
    found = reported(
        "Despite challenging the trustworthiness of the leader, Cruz said he would win."
    )
    assert [claimer_text(c) for c in found] == ["Cruz"]
    text = "Jeb Bush, who has been better at raising money than attracting votes, hopes to win."
    assert all(claimer_text(c) != "attracting" for c in reported(text))


def test_time_phrase_before_the_subject_is_not_the_claimer() -> None:
    """'A few minutes later they ... and said X', 'Two days later, the senator ... and said
    X': the opening time phrase is no subject; the claimer of the coordinated cue is the
    subject after it."""
    text = "A few minutes later they reversed themselves and said they will register voters."
    assert [claimer_text(c) for c in reported(text)] == ["they"]
    text = "Two days later, the senator changed course and said he would vote no."
    said = next(c for c in reported(text) if c.cue is not None and c.cue.text == "said")
    assert claimer_text(said) == "the senator"


def test_first_person_claimer_is_the_quoted_speaker_or_stays_i() -> None:
    """*I* inside a quotation is its speaker ('“... I believe the plan will fail,” Omar
    Haddad said');
    outside every quotation (a columnist's *I*) it stays *I* rather than take the last
    person named."""
    doc = Document.from_text(
        "Talks\n\n“We met the minister for hours. I believe the plan will fail,” Omar Haddad said."
    )
    found = find_attributions(doc, tuple(extract_quotes(doc)))
    inner = [a for a in found if a.source is not None and a.source.text == "I"]
    assert inner and all(a.source is not None and a.source.name == "Omar Haddad" for a in inner)
    text = "Omar Haddad spoke at length. I think that he is right about the plan."
    found = next(c for c in reported(text) if claimer_text(c) == "I")
    assert claimer_name(found) == "I"
    text = "Omar Haddad spoke at length. We know that he is right about the plan."
    found = next(c for c in reported(text) if claimer_text(c) == "We")
    assert claimer_name(found) == "We"


def test_they_never_means_a_quantifier_or_a_day() -> None:
    """'Some said X. They said Y': a quantifier, a day or a figure as a claimer is no group
    *they* can name, so *they* keeps its word."""
    text = "Some said that the plan failed. They said that it would work."
    they = next(c for c in reported(text) if claimer_text(c) == "They")
    assert claimer_name(they) == "They"


def test_pronoun_with_a_clitic_names_the_pronoun_alone() -> None:
    """'I’ve learned that X' outside a quotation: the claimer is *I*, named *I*, not
    *I’ve*."""
    found = next(c for c in reported("Later I’ve learned that the plan was sound.") if c.claimer)
    assert claimer_text(found) == "I"
    assert claimer_name(found) == "I"


def test_it_is_never_a_person() -> None:
    """'Mitt Romney spoke. It says that X': *it* resolves like *they*, to an organisation or
    group claimer nearby, never to the last person named; otherwise it keeps its word."""
    text = "Mitt Romney said the plan failed. It says that the plan will work."
    it = next(c for c in reported(text) if claimer_text(c) == "It")
    assert claimer_name(it) == "It"
    text = "The agency said the plan failed. Later it said that the plan will work."
    it = next(c for c in reported(text) if claimer_text(c) == "it")
    assert claimer_name(it) != "Mitt Romney"


def test_quoted_description_after_be_is_no_cue() -> None:
    """'he was “very encouraged”': a participle quoted after *be* describes the subject; it
    reports nothing, so no claim comes from it and the report around it stays whole."""
    found = reported("Ryan said he was “very encouraged” by the talks on Friday.")
    assert [claimer_text(c) for c in found] == ["Ryan"]


def test_continue_reports_only_before_a_pause_or_a_saying() -> None:
    """'She continued: ...' and 'he continued to insist that ...' report (the inner verb
    alone, when it is a cue of its own; *continued* where it is not: 'continued to question
    X'); 'Sanders continues to draw support' and 'the victories continue her momentum' say
    nothing."""
    assert reported("Sanders continues to draw support among union members in Ohio.") == []
    assert reported("Her victories continue her momentum after wins in Nevada.") == []
    claim = only(reported("He continued to insist that he will fight on to the convention."))
    assert (claimer_text(claim), claim.text) == ("He", "that he will fight on to the convention")
    claim = only(reported("Trump continued to question Cruz's temperament on Monday."))
    assert claimer_text(claim) == "Trump"


def test_counted_participle_before_a_noun_is_no_cue() -> None:
    """'758 pledged delegates', 'fewer pledged delegates': a past form counted by a number
    or quantifier and followed by its noun modifies it; '271 said they ...' still reports."""
    assert reported("Clinton has won 758 pledged delegates in the primaries so far.") == []
    assert reported("Sanders now has fewer pledged delegates than he needs.") == []
    found = reported("Of the voters polled, 271 said they would back the governor.")
    assert ("271", "they would back the governor") in [(claimer_text(c), c.text) for c in found]


def test_from_phrase_is_no_content_but_may_precede_one() -> None:
    """'Lerer reported from Los Angeles' and 'they heard from donors' assert nothing; 'We know
    from his filings that X' asserts X."""
    assert reported("Lisa Lerer reported from Los Angeles on Tuesday.") == []
    claim = only(reported("We know from his financial filings that most assets are held abroad."))
    assert claim.text == "that most assets are held abroad"
    assert claimer_text(claim) == "We"


def test_trailing_participle_skips_a_nouns_participle() -> None:
    """'The office slammed a lawsuit by a fired staffer alleging X, calling it meritless':
    *calling* shares the main clause's subject, not the noun a participle (*alleging*)
    follows."""
    found = reported(
        "Gowdy's office slammed a lawsuit filed by a fired staffer alleging that he broke the "
        "law, calling it meritless and improper."
    )
    calling = [c for c in found if c.cue is not None and c.cue.text == "calling"]
    assert [claimer_text(c) for c in calling] == ["Gowdy's office"]


def test_author_of_a_medium_is_the_claimer() -> None:
    """'Black Lives Matter issued a statement saying X': whoever issued the statement claims
    X; a medium that is itself the subject, or follows a preposition, keeps its words."""
    claim = only(reported("Black Lives Matter issued a statement saying it took the action."))
    assert claimer_text(claim) == "Black Lives Matter"
    claim = only(reported("A statement from the White House said the talks were over."))
    assert claimer_text(claim) == "A statement from the White House"
    found = reported("In a statement saying the plan failed, officials blamed Congress.")
    assert "a statement" in [claimer_text(c) for c in found]
    claim = only(reported("The Council issued a statement early Friday calling it a violation."))
    assert claimer_text(claim) == "The Council"


def test_manner_of_speaking_reports_only_quoted_words() -> None:
    """'he yelled “You lie!”' and 'he yelled that X' report; 'He yelled at reporters' has no
    words to report, so it makes no claim."""
    assert reported("He yelled at reporters for an hour on Monday.") == []
    claim = only(reported("Then he yelled that the vote was rigged from the start."))
    assert claim.text == "that the vote was rigged from the start"
    text = "Wilson gained fame in 2009 when he yelled “You lie!” at the president."
    assert "he" in [claimer_text(c) for c in reported(text)]


def test_medium_to_its_addressees_and_a_possessive_subject() -> None:
    """'His campaign sent out a text message to supporters saying that X': the claimer is
    whoever sent the message (its addressees are not), and a sentence-initial *His* opens
    the subject's phrase rather than naming it; an irregular past (*sent*) ends that phrase."""
    found = reported(
        "His campaign sent out a text message to supporters saying that they had won the state."
    )
    assert [claimer_text(c) for c in found] == ["His campaign"]


def test_easier_said_than_done_is_no_report() -> None:
    """'Dumping Trump is easier said than done': an idiom, no report."""
    assert reported("But dumping him is easier said than done in New York City.") == []


def test_speaking_on_condition_of_anonymity_is_no_report() -> None:
    """'An adviser, who spoke on the condition of anonymity, said X': the relative clause
    says how the source is kept, so only *said* reports."""
    found = reported(
        "A Warren adviser, who spoke on the condition of anonymity to speak candidly, said the "
        "senator would run."
    )
    assert [(claimer_text(c), c.cue.text if c.cue else None) for c in found] == [
        ("A Warren adviser", "said")
    ]


def test_degree_word_before_an_adverb_is_no_claimer() -> None:
    """'as you very aptly pointed out, X': *very* qualifies *aptly*; the claimer is *you*."""
    found = reported("The same way, as you very aptly pointed out, people jumped to conclusions.")
    assert [claimer_text(c) for c in found] == ["you"]


@given(
    st.text(alphabet=st.sampled_from("aZ9é,.’'-/&  \t\n“”—½٣"), max_size=60),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_tokens_are_the_token_pattern_matches(text: str, cut_start: int, cut_end: int) -> None:
    """The tokenizer's offsets, computed from the spaces between tokens, are exactly those of
    the token pattern's matches in the same range, whatever the characters."""
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    toks = tokens_module.tokenize(text, start, end)
    expected = [
        (m.start(), m.end(), m.group()) for m in tokens_module.TOKEN.finditer(text, start, end)
    ]
    assert [(t.start, t.end, t.text) for t in toks] == expected
    assert all(text[t.start : t.end] == t.text for t in toks)


def by_cue(claims: list[Claim], cue: str) -> Claim:
    """The one claim whose cue reads ``cue``."""
    return only([c for c in claims if c.cue is not None and c.cue.text == cue])


def test_participle_after_a_possessive_noun_cue_keeps_the_subject() -> None:
    """'The campaign pushed back against Sanders's attack, calling it X': the owner of a noun
    cue in the object does not take over the participle, which shares the subject; a
    possessive that opens the sentence still does ("Trump's decision ..., complaining")."""
    text = "The campaign pushed back against Sanders's attack on her, calling it desperate."
    assert claimer_text(by_cue(reported(text), "calling")) == "The campaign"
    text = "Trump's decision to skip the debate, complaining about Fox, may have cost him."
    assert claimer_text(by_cue(reported(text), "complaining")) == "Trump's"


def test_adverb_before_a_participle_is_no_claimer() -> None:
    """'..., instead calling on X': *instead* between the comma and the participle is
    skipped like *perhaps*, so the participle shares the sentence's subject."""
    text = "The senator has no powers, instead calling on voters to decide."
    assert claimer_text(by_cue(reported(text), "calling")) == "The senator"


def test_clause_between_commas_is_no_apposition() -> None:
    """'In the coming months, he vowed X, ... and defended Y': a pronoun with its verb
    between two commas is a clause, so the phrase before it is no subject with an
    apposition; a short parenthetical ("Bob, they said, ordered") still is."""
    text = "In the coming months, he vowed to ban them, declined to act, and defended the plan."
    claims = reported(text)
    assert claimer_text(by_cue(claims, "vowed")) == "he"
    assert claimer_text(by_cue(claims, "defended")) == "he"
    assert all(claimer_text(c) != "the coming months" for c in claims)
    assert claimer_text(by_cue(reported("Bob, they said, ordered them to wait."), "ordered")) == (
        "Bob"
    )


def test_gerund_in_an_opening_clause_with_its_own_subject() -> None:
    """'When Trump answered a question by asserting X, the crowd cheered': the opening
    clause has its own subject and verb, so the gerund is Trump's, and its content ends with
    that clause; an opening phrase without a verb still takes the main subject."""
    text = "When Trump answered a question by asserting that he uses visas, the crowd cheered."
    claim = by_cue(reported(text), "asserting")
    assert claimer_text(claim) == "Trump"
    assert claim.text == "that he uses visas"
    text = "After weeks of outright denying Moscow’s reach for months, Kyiv’s admission came."
    assert claimer_name(by_cue(reported(text), "denying")) == "Kyiv"


def test_role_or_message_addressed_to_someone_is_the_claimer() -> None:
    """'An adviser to Mr. Trump said X': the adviser, with the phrase, not Mr. Trump; a
    letter to Congress says its own words, and a letter to someone that a participle follows
    is its sender's ('parents sent a letter to the board urging X')."""
    claim = only(reported("An adviser to Mr. Trump said that the plan failed."))
    assert claimer_text(claim) == "An adviser to Mr. Trump"
    claim = only(reported("The plan failed, an adviser to the president said."))
    assert claimer_text(claim) == "an adviser to the president"
    claim = only(reported("A letter to Congress says that the plan failed."))
    assert claimer_text(claim) == "A letter to Congress"
    text = "A group of parents sent a letter to the board urging them to reconsider."
    assert claimer_text(by_cue(reported(text), "urging")) == "A group of parents"


def test_time_spent_is_no_claimer() -> None:
    """'He spent more time mocking X': the subject of *spend* makes the claim, not the
    time phrase the participle follows."""
    claim = only(reported("But he spent more time mocking a familiar target, Jeb Bush."))
    assert claimer_text(claim) == "he"
    claim = only(reported("She spent weeks denying that the emails were classified."))
    assert claimer_text(claim) == "She"


def test_adverb_before_an_opening_participle_is_no_subject() -> None:
    """'Hastily politicizing the tragedy, Trump cast blame, and emphasized X': an adverb
    before the opening participle is part of the opening phrase, so the subject is after the
    comma."""
    text = "Hastily politicizing the tragedy, Trump cast blame, and emphasized the threat it poses."
    assert claimer_text(by_cue(reported(text), "emphasized")) == "Trump"


def test_time_phrase_between_subject_and_cue() -> None:
    """'Chairman Trey Gowdy (R-S.C.) earlier in the day touted X' and 'Reince Priebus, the
    GOP chairman, this past week announced X': the time phrase is skipped back to the
    subject, past brackets or an apposition."""
    text = "It came after Chairman Trey Gowdy (R-S.C.) earlier in the day touted the progress."
    assert claimer_text(by_cue(reported(text), "touted")) == "Chairman Trey Gowdy"
    text = "Reince Priebus, the GOP chairman, this past week announced the creation of a website."
    assert claimer_text(by_cue(reported(text), "announced")) == "Reince Priebus"


def test_participle_after_a_quotation_is_the_speakers() -> None:
    """'"I think X," Clinton said, while arguing Y': the participle is the speaker's, not the
    quotation's "I"; so after an inverted cue ('"X," said Clinton, arguing Y')."""
    text = "“I think it would make things worse,” Clinton said, while arguing we should act."
    assert claimer_text(by_cue(reported(text), "arguing")) == "Clinton"
    text = "“I think it would make things worse,” said Clinton, arguing that we should act."
    assert claimer_text(by_cue(reported(text), "arguing")) == "Clinton"


def test_quoted_source_is_not_shared_outside_its_quotation() -> None:
    """'He defended his remark that "Islam hates us," and responded calmly': the source of
    a report inside a quotation ('Islam hates') is shared with no verb after the quotation
    closes, with curly, straight or doubled-apostrophe marks."""
    for left, right in (("“", "”"), ('"', '"'), ("''", "''")):
        text = (
            f"He was challenged over his remark that {left}Islam hates us,{right} but he "
            "kept his temper and responded with a minimum of defensiveness."
        )
        claim = by_cue(reported(text), "responded")
        assert claimer_text(claim) != "Islam", left


def test_base_form_after_a_determiner_and_a_name_is_a_noun() -> None:
    """'the AP report merits X', 'the Orlando attack was', 'a Twitter post': a cue's base
    form after *the*/*a* and one capitalised word is a noun, since a verb there would need a
    plural subject; past forms ("the BBC reported") and plural names stay cues."""
    assert reported("The Orlando attack was a searing moment for many voters.") == []
    assert reported("The AP report merits the appointment of a special prosecutor.") == []
    claim = only(reported("The plan was dropped, the BBC reported."))
    assert claimer_text(claim) == "the BBC"
    claim = only(reported("The Democrats claim that the plan was dropped."))
    assert claimer_text(claim) == "The Democrats"


def test_past_as_time_and_well_known() -> None:
    """'Beck has in the past described Trump as X': *in the past* is a time phrase, skipped
    with the auxiliary back to the subject (but "the GOP's past" is a history, a noun);
    "well known" is an adjective, no report."""
    claim = only(reported("Beck has in the past described Trump as a narcissist."))
    assert claimer_text(claim) == "Beck"
    assert reported("The name, which is well known in the district, helped him.") == []


def test_they_means_a_group_headed_by_a_plural_role_or_quantified() -> None:
    """'Clinton aides have expressed frustration, a step they believe ...': a claimer headed
    by a plural role is a group, not the person Clinton, so *they* means it; so does a
    quantified group ('Some Republicans ... they're endorsing')."""
    text = "Clinton aides have privately expressed frustration, a step they believe would help."
    assert claimer_name(by_cue(reported(text), "believe")) == "Clinton aides"
    text = "Some Republicans are so opposed to Trump that they’re endorsing Hillary Clinton."
    assert claimer_name(by_cue(reported(text), "endorsing")) == "Some Republicans"


def test_ago_and_twice_between_subject_and_cue() -> None:
    """'The State Department two weeks ago said X', 'The administration long ago
    announced X', 'The Legion has twice complained': *ago* closes a time phrase and *twice*
    is skipped like *once*, back to the subject."""
    text = "The State Department two weeks ago said that the emails were secret."
    assert claimer_text(only(reported(text))) == "The State Department"
    text = "The Obama administration long ago announced that it would act."
    assert claimer_text(only(reported(text))) == "The Obama administration"
    text = "The American Legion has twice complained about the use of the emblem."
    assert claimer_text(only(reported(text))) == "The American Legion"


def test_name_ending_in_ed_is_no_past_form() -> None:
    """'Texas Sen. Ted Cruz spoke at length, saying X': a capitalised name in -ed (*Ted*,
    *Fred*) does not end the subject as a past form would."""
    claim = only(reported("Texas Sen. Ted Cruz spoke at length, saying that the law failed."))
    assert claimer_text(claim) == "Texas Sen. Ted Cruz"


def test_relative_clause_with_its_object_before_the_cue() -> None:
    """'Even economists who favor consumption taxes agree that X': the relative clause and
    its object stand between the subject and the cue, which is the economists'."""
    text = "Even economists who favor consumption taxes agree that the change will be slow."
    assert claimer_text(by_cue(reported(text), "agree")) == "economists"


def test_participle_after_a_speech_or_pitch_is_its_speakers() -> None:
    """'He is making a pitch to voters saying X', 'She gave a speech to the crowd saying
    X': the pitch and the speech carry the words of whoever makes them."""
    text = "Mr. Cruz is making a pitch to New York voters saying that the law hurts jobs."
    assert claimer_text(by_cue(reported(text), "saying")) == "Mr. Cruz"
    text = "Clinton gave a speech to the crowd saying that the law hurts jobs."
    assert claimer_text(by_cue(reported(text), "saying")) == "Clinton"


def test_verb_after_a_name_and_its_noun_apposition() -> None:
    """'Former Arizona governor Jan Brewer, an early supporter of Trump, calls the issue
    "a priority"': a noun-or-verb form after a name and an apposition opening with a
    determiner is the verb, the name its subject (not an inverted "..., calls the issue")."""
    text = "Former Arizona governor Jan Brewer, an early supporter of Trump, calls it “a priority”."
    claim = only(reported(text))
    assert claimer_text(claim) == "Former Arizona governor Jan Brewer"


def test_stance_noun_before_a_quotation() -> None:
    """'Donald Trump's call for "a total and complete shutdown"': a stance noun's content may
    open with a quotation mark, and then ends at its closing mark; after *his* in a sentence
    whose subject opens with a possessive ("His standing rose ...") *his* is the holder."""
    text = "The rally denounced Donald Trump’s call for “a total and complete shutdown” of it."
    claim = only(reported(text))
    assert claimer_text(claim) == "Trump’s"
    assert claim.text == "“a total and complete shutdown”"
    text = "His standing improved after the shootings, and his call for “a total ban” on them."
    assert claimer_text(by_cue(reported(text), "call")) == "his"


def test_his_means_the_subject_of_its_own_clause() -> None:
    """'A dozen Republicans squared off, but a grumpy Trump stood by his plan to boycott X':
    *his* is the subject of its own clause after ", but", unless that subject is no person
    ('The general stumped for her, and the campaign has touted his endorsement')."""
    text = "A dozen Republicans squared off, but a grumpy Trump stood by his plan to boycott it."
    assert claimer_text(by_cue(reported(text), "plan")) == "a grumpy Trump"
    text = "The general stumped for Clinton, and the campaign has touted his endorsement of her."
    assert claimer_text(by_cue(reported(text), "endorsement")) != "the campaign"


def test_opening_adverbial_is_no_subject_before_an_apposition() -> None:
    """'In fact, the only time X came up was when Kelly speculated about Y, referred to Z':
    the phrase of an opening adverbial ('fact') is no subject with an apposition."""
    text = (
        "In fact, the only time Clinton came up was when Megyn Kelly speculated about her "
        "wardrobe, referred to her divisiveness and more."
    )
    assert all(claimer_text(c) != "fact" for c in reported(text))


def test_back_in_opens_an_adverbial() -> None:
    """'Back in September, he wrote a letter to Zucker asking X': *Back in ...* is an
    opening adverbial, so the subject that issued the letter is *he*."""
    text = "Back in September, he wrote a letter to Zucker asking that the money go to charity."
    assert claimer_text(by_cue(reported(text), "asking")) == "he"


def test_opening_time_and_subordinate_clause_before_the_subject() -> None:
    """'Last month, when I asked Sanders X, he looked at me and said, "Y"': the opening
    time and the subordinate clause after it hold no subject for the main verb; 'Last week
    Trump attacked X' names Trump, not the week."""
    text = (
        "Last month, when I asked Sanders if he would endorse her, he looked at me, "
        "furrowed his brow and said that he would."
    )
    assert claimer_text(by_cue(reported(text), "said")) == "he"
    text = "Last week Trump attacked the plan, saying it would fail."
    assert claimer_text(by_cue(reported(text), "saying")) == "Trump"


def test_base_form_after_a_and_an_adjective_is_a_noun() -> None:
    """'He delivered a snappy retort', 'a strong endorsement': a cue's base form after *a*
    and a lowercase adjective is a noun, since a singular subject would take the -s form;
    after *a few* it is still a verb ("A few say that X")."""
    assert reported("It was a strong rebuke and a passing comment on the plan.") == []
    claim = only(reported("A few say that the plan failed."))
    assert claimer_text(claim) == "A few"


def test_his_is_no_thing_someone_owns() -> None:
    """'Trump's aversion to X goes beyond his opposition to the war': the subject is a thing
    Trump owns, so *his* stays the holder of the stance noun (a person the subject names,
    "The capital's new mayor ... his support", still holds it)."""
    text = "Trump's aversion to conflicts goes beyond his opposition to the war in Iraq."
    assert claimer_text(by_cue(reported(text), "opposition")) == "his"
    text = "The capital's new mayor has made clear his support for the plan."
    assert claimer_text(by_cue(reported(text), "support")) == "The capital's new mayor"


def test_age_after_a_name_is_no_claimer() -> None:
    """'Woodrow Benford, 58, who lives outside Minneapolis, says X' and 'Lance Beebe, 49, a
    Navy veteran, said X': an age between commas is no head; the name before it is."""
    text = "Woodrow Benford, 58, who lives outside Minneapolis, says he did not know Sanders."
    assert claimer_text(by_cue(reported(text), "says")) == "Woodrow Benford"
    text = "Lance Beebe, 49, a Navy veteran, said Hillary Clinton should be ready."
    assert claimer_text(by_cue(reported(text), "said")) == "Lance Beebe"


def test_evidence_noun_with_a_participle_phrase() -> None:
    """'A Fox News poll, conducted jointly with two firms, shows X': a noun of evidence with
    a participle phrase between commas is the subject of the evidence verb after them, not
    inverted content."""
    text = "A Fox News poll, conducted jointly with two firms, shows Sanders with 47 percent."
    claim = only(reported(text))
    assert claimer_text(claim) == "A Fox News poll"
    assert claim.text == "Sanders with 47 percent"


def test_inverted_source_headed_by_a_noun_that_is_also_a_cue() -> None:
    """'"The odds are good," said another leading advocate': *advocate* is a cue form, but
    heading the phrase after an inverted cue it names a person, not a verb of a clause."""
    claim = only(reported("The odds are good for the plan, said a top advocate."))
    assert claimer_text(claim) == "a top advocate"


def test_a_day_opening_the_sentence_is_no_claimer() -> None:
    """'Tuesday, while discussing X, Ryan said Y': the day is the sentence's time, so the
    gerund's claimer is the main clause's subject, and so is the claimer of *said*; a later
    role noun (*the mayor*) is not named after the day either."""
    claims = reported("Tuesday, while discussing the tweet, Paul Ryan said it was wrong.")
    assert [claimer_text(c) for c in claims] == ["Paul Ryan", "Paul Ryan"]
    claims = reported("Yesterday, after denouncing the plan, the mayor said it was wrong.")
    assert [(claimer_text(c), claimer_name(c)) for c in claims] == [
        ("the mayor", "mayor"),
        ("the mayor", "mayor"),
    ]
    text = (
        "Sunday, on CNN’s “State of the Union,” while commenting on the racial divide, "
        "Governor Mary Fallin said the country is hurting."
    )
    commenting = only([c for c in reported(text) if c.cue and c.cue.text == "commenting"])
    assert (commenting.text, claimer_name(commenting)) == ("the racial divide", "Mary Fallin")


def test_list_items_after_an_opening_gerund_are_no_subject() -> None:
    """'Tuesday, while discussing an ad showing X, money and a star, Ryan said Y': the items
    of the list after the gerund's object are not the main clause's subject."""
    text = (
        "Tuesday, while discussing an ad showing Hillary Clinton, money and a star, Paul Ryan "
        "said it was wrong."
    )
    discussing = only([c for c in reported(text) if c.cue and c.cue.text == "discussing"])
    assert claimer_text(discussing) == "Paul Ryan"


def test_title_with_of_the_before_a_titled_name() -> None:
    """'Speaker of the House Rep. Paul Ryan said X': the name is the person's, from the
    forename on, past the titles."""
    claim = only(reported("Speaker of the House Rep. Paul Ryan said the bill was dead."))
    assert claimer_name(claim) == "Paul Ryan"


def test_coordinated_subject_after_an_opening_gerund() -> None:
    """'After denouncing X, Dann and Nikki Worden left, which ...': a name before *and* is a
    coordinated subject, not an item of a list, so it is the gerund's claimer."""
    text = "After denouncing the plan, Dann and Nikki Worden left the room, which was crowded."
    denouncing = only([c for c in reported(text) if c.cue and c.cue.text == "denouncing"])
    assert claimer_text(denouncing) == "Dann"


def test_trailing_indefinite_source_with_an_adjunct() -> None:
    """'X, a spokesman said in a statement.' and '..., a spokesman said today.': *said*
    after "a + noun" with a preposition or a time after it is the verb, not a participle
    describing the noun (as in "a statement released in March")."""
    for text in (
        "The company will appeal the ruling, a spokesman said in a statement.",
        "The company will appeal the ruling, a spokesman said today.",
    ):
        claim = only(reported(text))
        assert (claim.text, claimer_text(claim)) == (
            "The company will appeal the ruling",
            "a spokesman",
        )


def test_participle_in_the_apposition_of_an_inverted_source() -> None:
    """'"X," said Mark Dubowitz, a policy expert focused on security.': *focused* describes
    the apposition's noun; it makes no second report of X with the apposition as claimer."""
    text = "The plan is bad, said Mark Dubowitz, a policy expert focused on national security."
    claims = [c for c in reported(text) if c.text.startswith("The plan")]
    assert [(c.text, claimer_text(c)) for c in claims] == [("The plan is bad", "Mark Dubowitz")]


def test_counted_plural_is_a_noun_not_a_cue() -> None:
    """'... was included in 22 emails that went through her server': a plural form after a
    number (not *one*, nor a name's number such as "Article 33 affirms") is a noun, so
    *emails* reports nothing and "22" is no claimer."""
    text = "Top secret information was included in 22 emails that went through her server."
    assert not any(c.cue is not None and c.cue.text == "emails" for c in claims_of(text))
    claim = only(reported("Article 33 affirms that no state shall expel a refugee."))
    assert claimer_text(claim) == "Article 33"


def test_participle_after_a_medium_that_follows_with() -> None:
    """'Politico responded late Friday with a statement saying that X': the statement's
    words are its issuer's, the subject of the verb before *with*."""
    text = "Politico responded late Friday with a statement saying that Carson had implied it."
    saying = only([c for c in reported(text) if c.cue and c.cue.text == "saying"])
    assert claimer_text(saying) == "Politico"


def test_verb_after_a_comma_and_but_goes_with_the_main_clause() -> None:
    """'X said that he had voted for Y, but cautioned against Z': *cautioned* shares the
    subject of *said*, not of the report inside its content."""
    text = (
        "Nevada's governor, Brian Sandoval, said Tuesday that he had voted for Mr. Rubio, but "
        "cautioned against viewing that as an endorsement."
    )
    cautioned = only([c for c in reported(text) if c.cue and c.cue.text == "cautioned"])
    assert claimer_name(cautioned) == "Brian Sandoval"


def test_coordinated_verb_in_an_open_relative_clause() -> None:
    """'..., said X, a pollster who worked with Y for years and called him Z': *called*
    shares the subject of the relative clause it is coordinated in, *who*, not the inverted
    source; an object relative ("which she was doing when police told her") is no subject."""
    text = (
        "It was good work, said Yevgeny Kopachko, a pollster who cooperated with Mr. Manafort "
        "for years and called him a pragmatic strategist."
    )
    called = only([c for c in reported(text) if c.cue and c.cue.text == "called"])
    assert (claimer_text(called), claimer_name(called)) == ("who", "pollster")


def test_claimer_with_a_name_in_apposition_is_named_by_it() -> None:
    """'His campaign manager, Jeff Weaver, said X': the claimer's name is the person's name
    in apposition, not the whole phrase."""
    claim = only(reported("His campaign manager, Jeff Weaver, said the race was not over."))
    assert claimer_name(claim) == "Jeff Weaver"


def test_who_after_a_thing_of_a_person_means_the_person() -> None:
    """'from the mouth of Donald Trump, who proclaimed X': *who* is the person after *of*
    when the noun before it is no person's; after a person noun it is the whole phrase
    ("the co-founder of X, who"); a title before a name is skipped ("Attorney General
    Loretta E. Lynch, who")."""
    text = "It came from the mouth of Donald Trump, who proclaimed that the wall would rise."
    assert claimer_name(only(reported(text))) == "Donald Trump"
    text = "He met the co-founder of Renaissance Technologies, who said the fund would grow."
    assert claimer_name(only(reported(text))) == "co-founder of Renaissance Technologies"
    text = "The papers involve Attorney General Loretta E. Lynch, who said the case was closed."
    assert claimer_name(only(reported(text))) == "Loretta E. Lynch"


def test_opening_participle_with_by_is_no_claimer() -> None:
    """'Chastened by the analyses, Trump revised his plan, promising X': a participle and its
    *by* phrase open the sentence; the claimer of the later participle is Trump."""
    text = "Chastened by the analyses, Trump revised his plan, promising to focus on workers."
    assert claimer_text(only(reported(text))) == "Trump"


def test_almost_between_coordinator_and_cue() -> None:
    """'They learned of X and almost immediately disclosed it': *almost* stands between the
    coordinator and the verb like other adverbs, so the claimer is the shared subject."""
    text = "They learned on Friday of the deals and almost immediately disclosed them to the AP."
    disclosed = only([c for c in reported(text) if c.cue and c.cue.text == "disclosed"])
    assert claimer_text(disclosed) == "They"


def test_apposition_with_a_relative_clause_or_a_quoted_title() -> None:
    """'Rich Heffley, a GOP operative who played a role in X, said Y' and 'Hemsley, the
    co-author of "Going Viral," about Z, said Y': a relative clause or a quoted title inside
    the apposition leaves the name before it the claimer."""
    text = (
        "Rich Heffley, a top GOP operative who played a major role in the win and is now "
        "running early-vote efforts in the state, said the absentee program is working."
    )
    assert claimer_text(only(reported(text))) == "Rich Heffley"
    text = (
        'Hemsley, the co-author of "Going Viral," about the spread of information, said the '
        "days of one story are gone."
    )
    assert claimer_text(only(reported(text))) == "Hemsley"


def test_relative_clause_with_an_object_before_the_cue() -> None:
    """'Even Republicans who have praised his candidacy warned that X': the object of a verb
    that takes no clause (*praise*) is no subject, so *warned* is the Republicans'; after
    *say* the words may be a clause ("critics who say the law targets X")."""
    text = "Even Republicans who have praised his candidacy warned that the party may split."
    warned = only([c for c in reported(text) if c.cue and c.cue.text == "warned"])
    assert claimer_text(warned) == "Republicans"


def test_time_phrase_opening_the_sentence_is_no_claimer() -> None:
    """'The day before, at a rally in Beaumont, Tex., Mr. Trump was blunt, claiming X' and
    'Two weeks after X died, Y broke a silence by asking Z': a time phrase (and a place's
    abbreviated region) opens the sentence; the claimer is the main clause's subject."""
    text = (
        "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming "
        "without evidence that Obama wanted more refugees."
    )
    claiming = only([c for c in reported(text) if c.cue and c.cue.text == "claiming"])
    assert claimer_text(claiming) == "Mr. Trump"
    text = (
        "Two weeks after Justice Scalia died, Justice Clarence Thomas broke a long silence by "
        "asking questions from the bench."
    )
    assert claimer_text(only(reported(text))) == "Justice Clarence Thomas"


def test_verb_after_and_in_a_clause_after_a_semicolon() -> None:
    """'X ushered in a thaw; he helped broker a truce and decided to Y': the verb after *and*
    shares the subject of the clause after the semicolon, not the sentence's first phrase."""
    text = (
        "But the president's victory ushered in a thaw; he helped broker a truce that fall "
        "and decided to make Israel his first destination."
    )
    assert claimer_text(only(reported(text))) == "he"


def test_naming_participle_is_no_cue() -> None:
    """'a company called Cambridge Analytica, which ...', 'a man named Tom Clarke, who ...':
    *called* or *named* between "a + noun" and a name that ends its phrase gives a name, not
    a report; 'A senator called Clinton a liar' still reports."""
    text = "The PAC paid a company called Cambridge Analytica, which builds profiles of voters."
    assert reported(text) == []
    text = "The debts went to a company run by a man named Tom Clarke, who owned nursing homes."
    assert reported(text) == []
    claim = only(reported("A senator called Clinton a liar on Monday."))
    assert claimer_text(claim) == "A senator"


def test_noun_phrase_with_a_where_clause_before_its_verb() -> None:
    """'The Iowa Electronic Markets, where traders invest in the outcome, show X': a relative
    clause with *where* between commas leaves the noun phrase the subject of the noun-like
    verb after it (*show*)."""
    text = (
        "The Iowa Electronic Markets, where traders invest in the outcome, show the Democratic "
        "nominee more likely to win."
    )
    assert claimer_text(only(reported(text))) == "The Iowa Electronic Markets"


def test_verb_before_its_object_is_no_part_of_a_participles_noun() -> None:
    """'The mayor hired lawyers and funded local groups backing the plan': the past verb
    after *and* (or an auxiliary) ends the noun phrase, so the participle's noun is "local
    groups", not "funded local groups"; *spent* still gives its subject ("we have spent 20
    years demonizing X": we)."""
    text = "The mayor hired lawyers and funded local groups backing the plan."
    backing = only([c for c in reported(text) if c.cue and c.cue.text == "backing"])
    assert claimer_text(backing) == "local groups"
    text = "Sykes said that we have spent 20 years demonizing the mainstream media."
    demonizing = only([c for c in reported(text) if c.cue and c.cue.text == "demonizing"])
    assert claimer_text(demonizing) == "we"


def test_asked_after_a_quoted_question_inverts() -> None:
    """ "''Is he running against the committee?'' asked Mr. Manafort, referring to X": after a
    quoted question *asked* inverts like *said*, so the question and the participle after it
    are Mr. Manafort's, also where two apostrophes stand for the quotation marks."""
    text = (
        "''Is he running against the committee?'' asked Mr. Manafort, referring to the "
        "candidate's assault on the process."
    )
    assert [claimer_text(c) for c in reported(text)] == ["Mr. Manafort", "Mr. Manafort"]


def test_plural_noun_before_a_verb_of_saying_is_its_subject() -> None:
    """'the funding system, which advocates say disadvantages needy schools': an -s form
    right before the base form of a verb that takes a clause is a plural noun, the subject
    of *say*, not a verb whose subject is *which*."""
    text = "Members protested the funding system, which advocates say disadvantages needy schools."
    say = only([c for c in reported(text) if c.cue and c.cue.text == "say"])
    assert claimer_text(say) == "advocates"


def test_linking_verb_with_an_adverb_before_a_participle_of_stance() -> None:
    """'Republicans have become increasingly devoted to X': *become* with an adverb before
    the participle is a linking verb, so the claimer is the subject before it, not "become"."""
    text = "Since 2007, Republicans have become increasingly devoted to protecting gun rights."
    assert claimer_text(only(reported(text))) == "Republicans"
