"""Resolving mentions to names: fullest forms, titles, pronouns to the latest person."""

from __future__ import annotations

from newsparse.document import Document
from newsparse.extractors.claims import extract_claims
from newsparse.mentions import FIND_LIMIT, NameResolver


def resolve(text: str, mention: str, occurrence: int = -1) -> str:
    """The name the resolver gives the ``occurrence``-th (default last) ``mention`` in ``text``."""
    resolver = NameResolver(text)
    starts = [i for i in range(len(text)) if text.startswith(mention, i)]
    start = starts[occurrence]
    return resolver.name(start, start + len(mention))


def test_surname_to_fullest_name() -> None:
    """A surname resolves to the longest full name the document uses for it."""
    text = "Maria Elena Lopez spoke first. Later Lopez left."
    assert resolve(text, "Lopez") == "Maria Elena Lopez"


def test_titles_are_dropped() -> None:
    """Titles before a name are not part of it."""
    assert resolve("Senator Paul Grady voted. Grady left.", "Grady") == "Paul Grady"


def test_names_do_not_run_across_lines() -> None:
    """A title's last word and the next paragraph's first are not one name ("Headline
    Lynch"), nor are a heading and the name that opens the next line."""
    text = "Lawsuit Filed\n\nLynch announced the lawsuit. Lynch spoke."
    assert resolve(text, "Lynch") == "Lynch"
    text = "Fight\nTed Cruz spoke first. Later Cruz left."
    assert resolve(text, "Cruz") == "Ted Cruz"


def test_words_before_the_last_title_are_not_the_name() -> None:
    """'House Speaker Paul Ryan' is Paul Ryan and 'Senate Majority Leader Mitch McConnell'
    is Mitch McConnell; 'Neither' opens no name."""
    text = "House Speaker Paul Ryan spoke. Senate Majority Leader Mitch McConnell did not."
    assert resolve(text, "House Speaker Paul Ryan") == "Paul Ryan"
    assert resolve(text, "Senate Majority Leader Mitch McConnell") == "Mitch McConnell"
    text = "Neither Cruz nor Rubio came. Ted Cruz spoke later. Cruz left."
    assert resolve(text, "Cruz") == "Ted Cruz"


def test_possessive_phrase_names_its_owner_and_what_it_owns() -> None:
    """'Rubio's campaign' resolves to "Marco Rubio's campaign", not to the person."""
    text = "Marco Rubio spoke first. Later Rubio's campaign manager replied."
    assert resolve(text, "Rubio's campaign manager") == "Marco Rubio's campaign manager"


def test_headline_words_before_a_first_name_are_not_the_name() -> None:
    """'Why Progressives Want More Hillary Clinton': "More" is a word the text also uses in
    lower case and a first name follows, so Clinton is Hillary Clinton; an organisation's
    run with no first name ('New York Times') keeps its words."""
    text = (
        "Why Progressives Want More Hillary Clinton\n\nVoters want more of her. "
        "Clinton spoke. The New York Times reported it, and the new poll agreed."
    )
    assert resolve(text, "Clinton") == "Hillary Clinton"
    assert resolve(text, "New York Times") == "New York Times"


def test_full_form_with_a_first_name_wins() -> None:
    """Of two forms of a surname, one opening with a census first name wins over a longer
    one that does not ("Celebrating Clinton" loses to "Hillary Clinton")."""
    text = "Hillary Clinton spoke. Progressives Celebrating Clinton met. Later Clinton left."
    assert resolve(text, "Clinton") == "Hillary Clinton"


def test_pronoun_to_latest_person() -> None:
    """A pronoun resolves to the person named last before it."""
    text = "Anna Berg met Tom Kurz. Kurz, who chairs the board, said he would stay."
    assert resolve(text, "he") == "Tom Kurz"


def test_person_after_title_or_before_who() -> None:
    """A single capitalised word after a title or before `, who` counts as a person."""
    assert resolve("President Mills spoke. She was brief.", "She") == "Mills"
    assert resolve("Trump, who was late, arrived. He smiled.", "He") == "Trump"


def test_unknown_pronoun_keeps_its_text() -> None:
    """With no person named before it, a pronoun is its own name."""
    assert resolve("They said no.", "They") == "They"


def test_find_mentions_kinds() -> None:
    """find_mentions returns names, pronouns and role nouns with their kind and exact spans."""
    from newsparse.mentions import find_mentions

    text = "Anna Kowalska spoke. She said the deputy minister agreed."
    found = [(m.kind, m.text) for m in find_mentions(text)]
    assert ("name", "Anna Kowalska") in found
    assert ("pronoun", "She") in found
    assert ("role", "the deputy minister") in found
    for mention in find_mentions(text):
        assert text[mention.start : mention.end] == mention.text


def test_module_resolve_surname_and_role() -> None:
    """resolve(document, span) gives the fullest name; a role noun the nearest earlier person."""
    from newsparse.document import Document
    from newsparse.mentions import resolve as resolve_span

    text = "Jonas Berg runs the agency. Berg spoke on Monday. The director added more."
    document = Document.from_text(text)
    at = text.index("Berg spoke")
    assert resolve_span(document, (at, at + 4)) == "Jonas Berg"
    at = text.index("The director")
    assert resolve_span(document, (at, at + len("The director"))) == "Jonas Berg"


def test_pronoun_resolves_to_nearest_earlier_person() -> None:
    """A pronoun resolves to the person named last before it, not one named after it."""
    from newsparse.mentions import resolve as resolve_span

    text = "Lena Fischer arrived. Then Omar Haddad arrived. He sat. Later Ivo Petrov came."
    at = text.index("He sat")
    assert resolve_span(text, (at, at + 2)) == "Omar Haddad"


def test_surname_inside_full_name_is_one_mention() -> None:
    """find_mentions does not report a surname again inside the full name it belongs to."""
    from newsparse.mentions import find_mentions

    text = "Jonas Berg runs the agency. Berg spoke on Monday."
    names = [(m.start, m.text) for m in find_mentions(text) if m.kind == "name"]
    assert names == [(0, "Jonas Berg"), (28, "Berg")]


def test_headline_words_past_the_search_limit() -> None:
    """Past FIND_LIMIT distinct opening words the lower-case check switches from searching to
    one pass over the text, with the same answers: every opener used in lower case is dropped."""
    pairs = [f"{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(FIND_LIMIT + 8)]
    lines = [f"Zq{p} John Sm{p}th spoke." for p in pairs]
    text = " ".join(lines) + " " + " ".join(f"zq{p}" for p in pairs) + "."
    resolver = NameResolver(text)
    assert all(resolver.full[f"Sm{p}th"] == f"John Sm{p}th" for p in pairs)


def test_resolvers_of_one_text_share_the_scan_but_not_what_they_learn() -> None:
    """The quote and claim extractors each build a resolver for the same text: the second
    starts from the first's scan (same people, same full names), and a name one of them
    learns later is not seen by the other."""
    text = "Maria Elena Lopez spoke first. Later Lopez left, and he said so."
    first, second = NameResolver(text), NameResolver(text)
    assert first.people == second.people and first.full == second.full
    first.remember(text.index(" and he"), "Jon Kim")
    assert first.latest(text.index("he said")) == "Jon Kim"
    assert second.latest(text.index("he said")) == "Maria Elena Lopez"
    assert NameResolver(text).latest(text.index("he said")) == "Maria Elena Lopez"


def test_pronoun_agrees_with_the_sex_of_a_first_name() -> None:
    """*she* skips a man's first name and *he* a woman's ("Donald", "Hillary" by the census
    lists); a first name both sexes bear ("Robin") fits either."""
    text = "Hillary Clinton met Donald Trump. She said the talks went well."
    assert resolve(text, "She") == "Hillary Clinton"
    text = "Hillary Clinton met Donald Trump. He said the talks went well."
    assert resolve(text, "He") == "Donald Trump"
    text = "Hillary Clinton met Robin Lane. He said the talks went well."
    assert resolve(text, "He") == "Robin Lane"


def test_title_gives_the_sex_for_every_mention() -> None:
    """ "Ms. Epstein" makes Lee Epstein a woman wherever she is named, so *he* passes her."""
    text = "Omar Haddad called. Lee Epstein answered. Ms. Epstein listened, and he kept talking."
    assert resolve(text, "he") == "Omar Haddad"


def test_name_inside_the_attributed_quotation_is_not_the_speaker() -> None:
    """“... Hillary Clinton will withdraw,” he said: a name inside the quotation the
    pronoun attributes is not its antecedent; the speaker named before it is."""
    text = (
        "Ed Rendell agreed with the plan. “There is no chance Mark Jones will withdraw,” he said."
    )
    assert resolve(text, "he") == "Ed Rendell"
    text = 'Ed Rendell agreed. "There is no chance Mark Jones will withdraw," he said.'
    assert resolve(text, "he") == "Ed Rendell"


def test_object_of_a_preposition_or_article_is_a_last_resort() -> None:
    """'under President Barack Obama' and 'a Martin Luther King Jr. celebration' name no
    antecedent while a subject is near ('Ham made it clear ...'); after *with* a name
    followed by a participle is a subject ('with Trump holding firm in his demand')."""
    text = "Norman Ham made it clear he had doubts under President Barack Obama. He left."
    assert resolve(text, "He") == "Norman Ham"
    text = "Kyiv said so. Now, with Donald Trump holding firm in his demand, talks stall."
    assert resolve(text, "his") == "Donald Trump"


def test_recent_speaker_wins_over_a_nearer_object() -> None:
    """'Justin Bamberg, who is 28, said he decided to support Bernie Sanders. “...,” he
    said': the nearest name is an object, the speaker a few words before it is meant."""
    text = (
        "Justin Bamberg, who is 28, said he decided to support Bernie Sanders after a talk. "
        "“Things are picking up,” he said."
    )
    assert resolve(text, "he") == "Justin Bamberg"


def test_no_person_fits_keeps_the_pronoun() -> None:
    """Places, firms and days are no antecedents ('Henry Realty', 'Florida Friday'): with no
    person before it a pronoun keeps its own text rather than take a wrong name."""
    text = "Henry Realty grew fast. The Global Times said so on Florida Friday. He agreed."
    assert resolve(text, "He") == "He"


def test_broadcasters_and_boards_are_no_people() -> None:
    """A name whose head is an organisation noun is no person: *National Public Radio*
    before ", President Barack Obama" is not the president in apposition, and a run that
    ends in *Reserve* is not who *she* means."""
    text = (
        "In an interview with National Public Radio, President Barack Obama castigated his "
        "rivals. The president said the economy had changed."
    )
    assert resolve(text, "The president") == "Barack Obama"
    board = "Cheers, Ms. Yellen  The Federal Reserve chairwoman held firm. She raised rates."
    assert resolve(board, "She") == "Yellen"


def test_role_with_a_name_in_apposition_after_it_is_that_person() -> None:
    """*the bureau's director, James B. Comey,* is Comey, named right after the role, not
    the person named last before it."""
    text = (
        "Omar Mateen had prayed there. The FBI found no ties, said the bureau's director, "
        "James B. Comey, on Monday. The gunman, said the director, acted alone."
    )
    assert resolve(text, "the bureau's director") == "James B. Comey"


def test_said_before_a_label_is_no_forename() -> None:
    """*Said Rosenberg: “...”* opens with the cue, so *Rosenberg* is no *Said Rosenberg*;
    *Said* before a name and an apposition is a forename (*Said Jalili, the negotiator*)."""
    text = "Intro.\n\nSaid Rosenberg: “We will win.”\n\nRosenberg added that it was close."
    assert resolve(text, "Rosenberg") == "Rosenberg"
    named = "Intro.\n\nSaid Jalili, the negotiator, spoke. Jalili added that it was close."
    assert resolve(named, "Jalili") == "Said Jalili"


def test_name_after_that_is_no_sentence_subject() -> None:
    """'Rubio responded that Donald Trump had ...': Rubio opens the sentence, Trump only the
    object clause, so *the senator* after it is Rubio, the sentence's subject."""
    text = (
        "Donald Trump and Marco Rubio were pressed about their attacks.\n\nRubio responded "
        "that Donald Trump had been ridiculing people the entire campaign, and the senator "
        "finally felt he had to answer."
    )
    assert resolve(text, "the senator") == "Marco Rubio"


def test_long_titles_keep_the_whole_name() -> None:
    """A name run stops after four words; when titles filled them (*Italian Prime Minister
    Matteo*), the name's last words after it still belong to it: *he* is Matteo Renzi, and
    a later *Ginsburg* is Ruth Bader Ginsburg."""
    text = "Italian Prime Minister Matteo Renzi said it failed. The summit did little, he added."
    assert resolve(text, "he") == "Matteo Renzi"
    court = "Supreme Court Justice Ruth Bader Ginsburg spoke. Later Ginsburg apologised."
    assert resolve(court, "Ginsburg") == "Ruth Bader Ginsburg"


def test_party_plurals_are_groups_not_people() -> None:
    """*House Republicans* is a group even when it speaks: *she* after it is the woman
    named before, not the party."""
    text = (
        "Intro.\n\nHillary Clinton spoke on Monday. Jason Chaffetz, the chairman, was angry. "
        "House Republicans said the inquiry would go on. She said that it was over."
    )
    claims = extract_claims(Document.from_text(text), ())
    names = {c.claimer.text: c.claimer.name for c in claims if c.claimer is not None}
    assert names == {"House Republicans": "House Republicans", "She": "Hillary Clinton"}


def test_names_with_a_capital_inside() -> None:
    """*McConnell*, *O’Rourke*, *DeSantis* and *Mark-Viverito* are words of a name: their
    full names are found and later surnames resolve to them."""
    text = (
        "Senate Majority Leader Mitch McConnell spoke. Beto O’Rourke and Ron DeSantis "
        "agreed. Melissa Mark-Viverito left. Later McConnell, O’Rourke, DeSantis and "
        "Mark-Viverito met."
    )
    for surname, full in [
        ("McConnell", "Mitch McConnell"),
        ("O’Rourke", "Beto O’Rourke"),
        ("DeSantis", "Ron DeSantis"),
        ("Mark-Viverito", "Melissa Mark-Viverito"),
    ]:
        assert resolve(text, surname) == full


def test_headline_verb_ends_a_name_run() -> None:
    """'Zoe Saldana Asked Men ...' in a title: *Asked*, a reporting verb the text also writes
    in lower case, ends the name, so a later *Saldana* is Zoe Saldana."""
    text = (
        "Zoe Saldana Asked Men About Roles.\n\nThe actress asked men to speak up. Later "
        "Saldana left."
    )
    assert resolve(text, "Saldana") == "Zoe Saldana"


def test_role_beside_someone_else_is_the_person_named_with_it() -> None:
    """*the spokesman* is the person named with that role ("spokesman Josh Earnest", "Ola
    Lind, the agency's spokesman"), not the person he speaks for; with no one named with
    the role it stays `spokesman`."""
    text = "Jonas Berg runs the agency. Its spokesman, Ola Lind, spoke. The spokesman added more."
    assert resolve(text, "The spokesman") == "Ola Lind"
    text = "Press secretary Josh Earnest spoke. Obama left. The press secretary added more."
    assert resolve(text, "The press secretary") == "Josh Earnest"
    text = "Jonas Berg runs the agency. Berg spoke on Monday. The spokesman added more."
    assert resolve(text, "The spokesman") == "spokesman"


def test_article_before_a_proper_name_or_a_common_noun() -> None:
    """*The New York Times* is New York Times, *The Nobel-winning novelist Mario Vargas
    Llosa* is Mario Vargas Llosa, and *the agency* stays `agency`: none takes the name of a
    person named before it."""
    text = "Hillary Clinton spoke. The New York Times reported it. The agency said so."
    assert resolve(text, "The New York Times") == "New York Times"
    assert resolve(text, "The agency") == "agency"
    text = "Hillary Clinton spoke. The Nobel-winning novelist Mario Vargas Llosa wrote."
    assert resolve(text, "The Nobel-winning novelist Mario Vargas Llosa") == "Mario Vargas Llosa"


def test_group_and_first_person_pronouns_keep_their_words() -> None:
    """*they*, *we* and *I* as speakers keep their own words: a name scan cannot tell a group
    or an author, and the last person named is rarely either; *who* is the name before it."""
    text = "Woodrow Wilson was president once. They said it was over. We agree. I do too."
    assert resolve(text, "They") == "They"
    assert resolve(text, "We") == "We"
    assert resolve(text, "I") == "I"
    assert resolve("Omar Haddad, who spoke first, left.", "who") == "Omar Haddad"


def test_a_first_name_keeps_family_members_apart() -> None:
    """'Melania Trump spoke. Later Donald Trump arrived': *Donald Trump* stays Donald Trump
    although the first full form of *Trump* was Melania's; a bare *Trump* still takes it."""
    text = "Melania Trump spoke. Later Donald Trump arrived. Then Trump left."
    assert resolve(text, "Donald Trump") == "Donald Trump"
    assert resolve(text, "Trump") == "Melania Trump"


def test_descriptions_before_a_name_are_dropped() -> None:
    """'Republican presidential front-runner Donald Trump' and 'NBC’s Chuck Todd' name
    Donald Trump and Chuck Todd."""
    text = "Donald Trump spoke. Republican presidential front-runner Donald Trump smiled."
    assert resolve(text, "Republican presidential front-runner Donald Trump") == "Donald Trump"
    assert resolve("NBC’s Chuck Todd asked.", "NBC’s Chuck Todd") == "Chuck Todd"


def test_titled_names_with_inner_capitals() -> None:
    """'Ms. LaBelle', 'Mr. McDonough' and 'Mr. O'Malley' are whole names after a title, so a
    later *she* is LaBelle, not "La"."""
    text = "The crowd cheered Ms. LaBelle at the end of the show. Later she sang again."
    assert resolve(text, "she") == "LaBelle"
    text = "Mr. McDonough spoke to analysts. He said the move was tough."
    assert resolve(text, "He") == "McDonough"


def test_a_gendered_title_picks_the_person_of_that_sex() -> None:
    """'Mr. Clinton' in a text with Hillary and Bill Clinton is Bill Clinton, 'Mrs. Clinton'
    Hillary, though the fullest 'Clinton' is whichever came first; with only the other sex's
    full name in the text the surname stays bare, and a *he* after 'Mr. Clinton' is Bill."""
    text = "Hillary Clinton and Bill Clinton met. Mr. Clinton spoke. Mrs. Clinton left."
    assert resolve(text, "Mr. Clinton") == "Bill Clinton"
    assert resolve(text, "Mrs. Clinton") == "Hillary Clinton"
    assert resolve("Hillary Clinton spoke. Mr. Clinton left.", "Mr. Clinton") == "Clinton"
    text = "Hillary Clinton and Bill Clinton met. Mr. Clinton left, and he ran."
    assert resolve(text, "he") == "Bill Clinton"


def test_a_place_or_body_after_a_titled_name_is_left_out() -> None:
    """'Mr. Morgan of the Sierra Club' is Peter Morgan, 'Gov. Earl Ray Tomblin of West
    Virginia' Earl Ray Tomblin; a title's own *of* is no place ('Former Secretary of State
    Madeleine Albright' is Madeleine Albright)."""
    text = "Peter Morgan spoke. Mr. Morgan of the Sierra Club left."
    assert resolve(text, "Mr. Morgan of the Sierra Club") == "Peter Morgan"
    text = "Gov. Earl Ray Tomblin of West Virginia left."
    assert resolve(text, "Gov. Earl Ray Tomblin of West Virginia") == "Earl Ray Tomblin"
    text = "Former Secretary of State Madeleine Albright left."
    assert resolve(text, "Former Secretary of State Madeleine Albright") == "Madeleine Albright"


def test_an_organisation_keeps_its_own_words_when_another_shares_its_head() -> None:
    """'CBS News' is not the 'Fox News' named first: a name ending in an organisation's head
    keeps its own words when the fullest form of that head lacks them; a person's possessive
    name is the person ('candidate Gary Johnson’s' is Gary Johnson, not the Jeh Johnson
    named first)."""
    text = "Fox News reported it. CBS News said so."
    assert resolve(text, "CBS News") == "CBS News"
    text = "Jeh Johnson spoke. The candidate Gary Johnson’s aide left."
    assert resolve(text, "candidate Gary Johnson’s") == "Gary Johnson"
