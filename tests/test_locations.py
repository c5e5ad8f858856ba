"""The built-in location extractor: recognition cases, resolution and span validity."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.locations import extract_locations, newsparse_extract_locations
from newsparse.results import Location


def _locs(text: str) -> list[Location]:
    return extract_locations(Document.from_text(text))


def _texts(text: str) -> list[str]:
    return [loc.text for loc in _locs(text)]


def _one(text: str, surface: str) -> Location:
    found = [loc for loc in _locs(text) if loc.text == surface]
    assert found, f"{surface!r} not found in {_texts(text)}"
    return found[0]


def test_everyday_country_forms() -> None:
    """The U.S., America, Britain and the UK are countries, without the article."""
    text = "Officials in the U.S. and America met envoys from Britain and the UK on trade."
    assert {"U.S.", "America", "Britain", "UK"} <= set(_texts(text))
    assert _one(text, "U.S.").country_code == "US"
    assert _one(text, "Britain").country_code == "GB"
    assert _one(text, "UK").feature == "country"


def test_capitals_and_cities() -> None:
    """Capitals and cities resolve to their GeoNames points."""
    text = "The talks moved from Moscow to Kyiv and then to Nairobi."
    moscow = _one(text, "Moscow")
    assert moscow.feature == "city" and moscow.country_code == "RU"
    assert moscow.latitude is not None and abs(moscow.latitude - 55.75) < 0.5
    assert _one(text, "Kyiv").country_code == "UA"
    assert _one(text, "Nairobi").country_code == "KE"


def test_region_with_suffix() -> None:
    """A first-level region keeps its suffix word and resolves to the region's point."""
    text = "Shelling hit the Dnipropetrovsk region overnight, officials said."
    region = _one(text, "Dnipropetrovsk region")
    assert region.feature == "region" and region.country_code == "UA"
    assert region.name == "Dnipropetrovsk Oblast"
    assert region.latitude is not None and region.longitude is not None
    assert abs(region.latitude - 48.5) < 1.0 and abs(region.longitude - 35.0) < 1.0


def test_regions_without_suffix() -> None:
    """Bavaria and Texas are first-level regions."""
    text = "Farmers in Bavaria and ranchers in Texas face the same drought."
    assert _one(text, "Bavaria").country_code == "DE"
    texas = _one(text, "Texas")
    assert texas.feature == "region" and texas.country_code == "US"


def test_continents_and_adjectives() -> None:
    """Continents and their adjectives resolve to the continent."""
    text = "Exports to Africa fell while European buyers paid more."
    assert _one(text, "Africa").feature == "continent"
    assert _one(text, "European").name == "Europe"


def test_demonyms_link_to_country() -> None:
    """Demonyms and their plurals are locations resolved to their country."""
    text = "Ukrainian forces held the line as Iranian designs and Russians crossed over."
    assert _one(text, "Ukrainian").country_code == "UA"
    assert _one(text, "Iranian").country_code == "IR"
    russians = _one(text, "Russians")
    assert russians.country_code == "RU" and russians.feature == "country"


def test_metonymic_possessives() -> None:
    """A possessive place keeps the place span only (Moscow's, Kyiv’s)."""
    text = "Moscow's actions drew Kyiv’s acknowledgement."
    assert "Moscow" in _texts(text)
    assert "Kyiv" in _texts(text)


def test_all_caps_dateline() -> None:
    """An all-caps dateline city is recognised and resolved."""
    beirut = _one("BEIRUT (AP) — Protesters gathered downtown on Sunday.", "BEIRUT")
    assert beirut.country_code == "LB"


def test_case_matters() -> None:
    """A lowercase common word is never a place: nice is not Nice."""
    assert "nice" not in _texts("It was a nice day in Nice.")
    assert "Nice" in _texts("It was a nice day in Nice.")


def test_person_names_are_left_out() -> None:
    """Paris Hilton and George Washington are people, not places."""
    texts = _texts("Paris Hilton arrived late. Historians say George Washington slept here.")
    assert "Paris" not in texts and "Washington" not in texts


def test_country_as_forename_is_left_out() -> None:
    """A country name before a surname that recurs alone (Chad Lomax ... said Lomax) is a person."""
    text = "Chad Lomax opened the show. Later, said Lomax, sales doubled in Chad."
    spans = [(loc.start, loc.text) for loc in _locs(text)]
    assert spans == [(text.rindex("Chad"), "Chad")]


def test_country_before_a_noun_stays_a_place() -> None:
    """A country before a capitalized word that never stands alone stays a place."""
    assert "Jordan" in _texts("The Jordan Times reported on the border.")
    assert "Kazakhstan" in _texts("Ministry of Kazakhstan Arystan Lomax spoke; Lomax left.")


def test_months_and_directions_are_not_places() -> None:
    """Closed-class capitalized words (months, compass words) are not places."""
    texts = _texts("In March the South voted. Prices rose in May.")
    assert not {"March", "South", "May"} & set(texts)


def test_demonym_inside_organisation_name() -> None:
    """A demonym embedded in an organisation's name is still tagged."""
    text = "The Syrian Observatory for Human Rights reported the strikes."
    assert _one(text, "Syrian").country_code == "SY"


def test_country_points() -> None:
    """Countries use country points, not their capitals (Russia at 60N 100E)."""
    russia = _one("Sanctions on Russia were extended.", "Russia")
    assert (russia.latitude, russia.longitude) == (60.0, 100.0)


def test_context_disambiguation() -> None:
    """A Paris in a text about Texas is Paris, Texas; alone it is the French capital."""
    texan = _one("Storms hit Texas on Monday. In Paris, roofs were torn off.", "Paris")
    assert texan.country_code == "US"
    french = _one("Storms hit France on Monday. In Paris, roofs were torn off.", "Paris")
    assert french.country_code == "FR"


def test_unresolvable_name_keeps_span() -> None:
    """A county the gazetteer cannot place keeps its span, and other results stay."""
    text = "Deputies in Zorblax County searched near Denver."
    county = _one(text, "Zorblax County")
    assert county.latitude is None and county.feature == "county"
    assert "Denver" in _texts(text)


def test_a_us_county_resolves_to_its_centroid_and_state() -> None:
    """ "Collier County" is Florida's, at its centroid, named with its state."""
    county = _one("Deputies in Collier County searched the beach.", "Collier County")
    assert county.feature == "county" and county.name == "Collier County, Florida"
    assert county.latitude is not None and abs(county.latitude - 26.1) < 0.5
    assert county.longitude is not None and abs(county.longitude + 81.3) < 0.5


def test_same_named_counties_are_told_apart_by_the_state_or_a_town_named() -> None:
    """ "Walker County, Ga." is Georgia's; "Hamilton County" beside Chattanooga is
    Tennessee's."""
    georgia = _one("Deputies in Walker County, Ga., searched the woods.", "Walker County")
    assert georgia.name == "Walker County, Georgia"
    tennessee = _one(
        "Police in Chattanooga said Hamilton County deputies helped.", "Hamilton County"
    )
    assert tennessee.name == "Hamilton County, Tennessee"


def test_americans_of_a_descent_are_one_demonym_of_the_united_states() -> None:
    """ "African Americans", "Mexican-Americans": one demonym, the United States, not a
    continent and a country side by side."""
    for text, surface in (
        ("She spoke to African Americans in Ohio.", "African Americans"),
        ("Many Mexican-Americans voted early.", "Mexican-Americans"),
    ):
        found = _one(text, surface)
        assert found.country_code == "US" and found.feature == "country"
        assert "African" not in _texts(text)


def test_saint_and_st_name_the_same_city() -> None:
    """ "St. Petersburg" in a story about Russia is Saint Petersburg, Russia: *Saint* and *St.*
    spell one name."""
    city = _one("Russia will close the US consulate in St. Petersburg.", "St. Petersburg")
    assert city.country_code == "RU" and city.name == "Saint Petersburg"


def test_a_state_named_outweighs_a_town_s_state_for_a_county() -> None:
    """A county in the state the document names wins over one in the state of a town it
    names: "Kentucky ... Pike County" beside Little Rock is still Kentucky's."""
    text = "Kentucky schools got money, a Little Rock paper said. Pike County got the most."
    assert _one(text, "Pike County").name == "Pike County, Kentucky"


def test_a_state_after_its_town_and_a_comma_is_the_state() -> None:
    """ "Tacoma, Washington" is the state of Washington, not the capital; "Washington, D.C."
    stays the city."""
    state = _one("She runs a bakery in Tacoma, Washington and sells cakes.", "Washington")
    assert state.feature == "region" and state.name == "Washington"
    city = _one("Officials in Spokane, Washington, D.C. and Boston agreed.", "Washington, D.C.")
    assert city.feature == "city"


def test_hook_returns_the_extractor_output() -> None:
    """The pluggy hook returns the same locations as the function."""
    document = Document.from_text("Flights from Lagos to London resumed.")
    assert newsparse_extract_locations(document) == extract_locations(document)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Paris",
                "Texas",
                "U.S.",
                "the",
                "nice",
                "Moscow's",
                "County",
                "REGION",
                "region",
                "Kyiv",
                " ",
                "\n",
                ".",
                "Ocean",
                "Indian",
                "’s",
                "St.",
                "New",
                "York",
            ]
        )
        | st.text(max_size=8),
        max_size=40,
    ).map(" ".join)
)
def test_never_raises_and_spans_are_exact(text: str) -> None:
    """On any text the extractor returns spans that index the text exactly."""
    document = Document.from_text(text)
    for loc in extract_locations(document):
        assert document.text[loc.start : loc.end] == loc.text
        assert 0 <= loc.start < loc.end <= len(document.text)


def test_postal_codes_only_in_addresses() -> None:
    """A US postal code is a region after a comma (Camden, N.J.), not in running capitals."""
    text = "Police in Camden, N.J., said the fans were IN THE HOUSE."
    assert _one(text, "N.J.").name == "New Jersey"
    assert "IN" not in _texts(text)


def test_names_with_diacritics() -> None:
    """Latin names with diacritics are in the gazetteer (Zürich, Košice)."""
    text = "Trains from Zürich to Košice were cancelled."
    assert _one(text, "Zürich").country_code == "CH"
    assert _one(text, "Košice").country_code == "SK"


def test_feature_nouns_make_unresolved_places() -> None:
    """An unknown name with a feature noun is kept with its noun and no coordinates."""
    road = _one("Traffic stopped on Quillfeather Street near the bridge.", "Quillfeather Street")
    assert road.feature == "feature" and road.latitude is None


def test_known_name_with_feature_noun_is_the_feature() -> None:
    """A country or demonym before Ocean or River names the water body, not the country."""
    ocean = _one("Debris washed up from the Indian Ocean last week.", "Indian Ocean")
    assert ocean.feature == "feature"


def test_surname_mentions_stay_people() -> None:
    """A town name first used as a surname is not a place later in the same text."""
    text = "Reporters asked Campbell Davis about the deal. Later, Davis declined to comment."
    assert "Davis" not in _texts(text)


def test_urls_are_skipped() -> None:
    """Words inside a URL are never places."""
    assert _texts("Read more at https://example.com/Berlin-news/Moscow today.") == []


def test_city_suffix_extends_city() -> None:
    """A city followed by "City" keeps the word in its span (Quebec City)."""
    assert _one("Snow fell on Quebec City overnight.", "Quebec City").country_code == "CA"


def test_place_before_institution_noun_is_kept() -> None:
    """A town before an institution's head noun is a place, not a forename (Atlanta Police)."""
    assert "Atlanta" in _texts("Officers of the city said Atlanta Police made two arrests.")


def test_word_after_a_forename_is_a_surname_throughout() -> None:
    """After "Sydney Preston", neither name nor a later lone "Preston" is a place."""
    texts = _texts("Sydney Preston arrived late. Reporters said Preston waved at fans in Leeds.")
    assert "Sydney" not in texts and "Preston" not in texts
    assert "Leeds" in texts


def test_possessive_suffix_noun() -> None:
    """A county in the possessive keeps "County" but not the "’s" (Zorblax County’s)."""
    assert "Zorblax County" in _texts("It was Zorblax County’s turn to vote.")


def test_function_word_after_a_place_is_no_surname() -> None:
    """A headline place followed by a capitalized function word stays a place."""
    assert "Florida" in _texts("Storm damage in Parkland, Florida The repairs began.")


def test_compass_word_joins_a_wide_place() -> None:
    """A compass adjective before a continent, country or region is part of the span."""
    text = "Heat waves hit Northwestern Europe and the Western US this summer."
    assert _one(text, "Northwestern Europe").name == "Europe"
    assert _one(text, "Western US").country_code == "US"


def test_postal_code_needs_a_place_before_the_comma() -> None:
    """A dotted code after a firm's name is no state (Kaplan & Rothstein, P.A.)."""
    assert "P.A." not in _texts("The firm Kaplan & Rothstein, P.A. filed the suit.")


def test_sentence_initial_forename_before_town() -> None:
    """A forename opening a sentence still marks the town after it as a surname."""
    texts = _texts("Police arrived. Andre Wilson, 38, said he was shocked.")
    assert "Wilson" not in texts


def test_sentence_initial_function_word_before_town() -> None:
    """A capitalized function word before a town is no forename (Though London ...)."""
    assert "London" in _texts("Crime fell. Though London saw more thefts, it was calm.")


def test_small_town_followed_by_its_country() -> None:
    """A village too small to keep alone stays when its country follows it: "Visbek, Germany"."""
    assert _one("The firm is based in Visbek, Germany, near Bremen.", "Visbek").country_code == "DE"
    assert "Visbek" not in _texts("The firm praised Visbek for its help.")


def test_small_town_after_a_locative_preposition() -> None:
    """A town too small to keep alone stays after in/near/outside when punctuation or a
    lowercase word follows it ("in Nenagh at 430"); after to/from it stays out, since people
    and schools go there too ("lost to Rubio", "a Ph.D. from Harvard")."""
    text = "Most applicants are in Nenagh at 430. Others live near Castlegar, in the hills."
    assert {"Nenagh", "Castlegar"} <= set(_texts(text))
    assert "Castlegar" not in _texts("Others live near Castlegar Mall, in the hills.")
    assert "Castlegar" not in _texts("Instead of driving to Castlegar, people wait.")


def test_institution_is_not_a_village() -> None:
    """Congress (also a village in Arizona) is the legislature, even after "in"."""
    assert "Congress" not in _texts("He served in Congress, and later in the Senate.")


def test_town_before_its_region_is_no_forename() -> None:
    """A town followed by a region with its suffix is addressed by it (Maiduguri Borno State)."""
    text = "Soldiers paraded in Maiduguri Borno State on Sunday."
    assert _one(text, "Maiduguri").country_code == "NG"
    assert _one(text, "Borno State").feature == "region"


def test_state_suffix_outside_the_us() -> None:
    """Capitalized "State" ends a region's name outside the US (Benue State); after a US state
    it names something else (Ohio State, Maryland State Police)."""
    assert _one("The Benue State government met.", "Benue State").feature == "region"
    texts = _texts("Maryland State Police said Ohio State won.")
    assert "Maryland" in texts and "Maryland State" not in texts


def test_region_demonyms() -> None:
    """The people of a region in -a or -as are linked to it: Iowan, Manitobans, Texans."""
    text = "Every Iowan agrees, and Manitobans and Texans do too."
    assert _one(text, "Iowan").name == "Iowa"
    assert _one(text, "Manitobans").name == "Manitoba"
    assert _one(text, "Texans").name == "Texas"


def test_washington_dc_is_one_place() -> None:
    """Washington followed by ", D.C." is the city, one span; "D.C." alone is the district."""
    text = "Murals are visible in Washington, D.C., which has more. In D.C., rents rose."
    assert _one(text, "Washington, D.C.").feature == "city"
    assert _one(text, "D.C.").name == "District of Columbia"


def test_dotted_codes_only_for_multiword_states() -> None:
    """Dotted initials exist only where they spell a multi-word name (N.J.), never L.A. for
    Louisiana or M.D. for Maryland."""
    texts = _texts("She moved from L.A. to N.J. last year, said John Smith, M.D.")
    assert "N.J." in texts
    assert "L.A." not in texts or _one("She moved from L.A. to Boston.", "L.A.").name != "Louisiana"
    assert "M.D." not in texts


def test_town_heading_a_longer_name() -> None:
    """A one-word town name that begins a longer proper name is no place: Mercedes-Benz, Star
    of Honolulu; Dallas-Fort Worth keeps both places."""
    texts = _texts("He jumped on a Mercedes-Benz near the Star of Honolulu in Dallas-Fort Worth.")
    assert "Mercedes" not in texts and "Star" not in texts
    assert "Dallas" in texts and "Honolulu" in texts


def test_sentence_initial_common_word() -> None:
    """A sentence-initial town name the text also uses in lowercase is the common word."""
    text = "Mobile phones are cheap now. Traders sell mobile handsets in Lagos."
    assert "Mobile" not in _texts(text)
    assert "Mobile" in _texts("Flooding closed roads in Mobile on Sunday.")


def test_continent_code() -> None:
    """The continent code no country uses is the continent (EU -> Europe)."""
    assert _one("Ministers said the EU would respond.", "EU").name == "Europe"


def test_ap_state_abbreviations_in_addresses() -> None:
    """AP-style state abbreviations (Calif., Va.) are states in an address, not elsewhere."""
    text = "Fans in Fresno, Calif., and Richmond, Va., cheered. Miss. Jones spoke."
    assert _one(text, "Calif.").name == "California"
    assert _one(text, "Va.").name == "Virginia"
    assert "Miss." not in _texts(text)


def test_common_word_town_needs_its_country() -> None:
    """A small town named like a word the text uses in lowercase needs its country named."""
    text = "The Union met today. The union said talks in Union went well."
    assert "Union" not in _texts(text)
    assert "Nice" in _texts("It was a nice day in Nice.")


def test_positional_region_needs_its_country() -> None:
    """A region named only by position (Centre, South Central) needs its country named."""
    assert "Centre" not in _texts("Officials at the Centre in Centre said so.")
    assert "Centre" in _texts("In Cameroon, troops moved into Centre and Littoral.")


def test_bracketed_state_abbreviation() -> None:
    """A state abbreviation in brackets after a place is a state: Walker County (Ga.)."""
    assert _one("The Walker County (Ga.) Sheriff's Office said so.", "Ga.").name == "Georgia"


def test_place_before_possessive_institution_noun() -> None:
    """A state before a possessive institution noun stays a place: Mississippi State's."""
    assert "Mississippi" in _texts("He said Mississippi State’s center scored.")


def test_macroregions_are_unresolved_spans() -> None:
    """M49 macroregions and their adjectives are places without a point: Latin American."""
    text = "Latin American leaders met in Southeast Asia, not in Northern Europe."
    latin = _one(text, "Latin American")
    assert latin.feature == "macroregion" and latin.name == "Latin America"
    assert latin.latitude is None and latin.longitude is None
    assert _one(text, "Northern Europe").feature == "macroregion"
    assert "Southeast Asia" in _texts(text)


def test_sentence_initial_function_word_is_no_town() -> None:
    """A function word opening a sentence is not a town: "Most of them" is not Most, Czechia."""
    assert "Most" not in _texts("They were tired. Most of them left for Prague.")


def test_european_union_is_one_place() -> None:
    """The European Union is one span resolved like its code EU (Europe), not "European"."""
    loc = _one("Ministers of the European Union met in Brussels.", "European Union")
    assert loc.name == "Europe" and loc.feature == "continent"


def test_unknown_region_before_a_region_noun() -> None:
    """A name the gazetteer lacks becomes an unresolved region in "the NAME region"; a
    capitalized function word or compass word before "region" is no name."""
    place = _one("Their demands only extended to the Donbas region in the east.", "Donbas region")
    assert place.feature == "region" and place.latitude is None
    assert not any("Every" in t for t in _texts("In the Every region we met."))


def test_seed_article_places() -> None:
    """The seed article yields the places the issue lists, each with its country."""
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_b5f36dc68f4741b2.txt"
    locations = _locs(seed.read_text(encoding="utf-8"))
    by_text = {loc.text: loc for loc in locations}
    for name in ("Ukraine", "Russia", "Moscow", "Kyiv", "U.S."):
        assert name in by_text, name
    region = by_text["Dnipropetrovsk region"]
    assert region.latitude is not None and region.longitude is not None
    assert abs(region.latitude - 48.5) < 1.0 and abs(region.longitude - 35.0) < 1.5
    assert "Donbas region" in by_text
    for demonym, country in (("Russian", "RU"), ("Ukrainian", "UA"), ("Iranian", "IR")):
        assert by_text[demonym].country_code == country


def test_institution_noun_after_a_place_is_no_town() -> None:
    """The "Post" of "the Washington Post" is the paper, even where Post, Texas, is in play."""
    text = "The Texan read the Washington Post, which covered Texas."
    assert "Post" not in _texts(text)
    assert "Washington" in _texts(text)


def test_surname_needs_a_space_before_it() -> None:
    """A slash is no space: "Suffolk University/Boston Globe" leaves "in Boston" a place."""
    text = "Headline\n\nA Suffolk University/Boston Globe poll. The center is in Boston."
    assert "Boston" in _texts(text)


def test_surname_heading_a_longer_name_stays_a_surname() -> None:
    """ "Sen. Marco Rubio of Florida" makes Rubio a surname for the rest of the text."""
    text = "Sen. Marco Rubio of Florida withdrew. Ayres was Rubio's pollster."
    assert "Rubio" not in _texts(text)


def test_forename_before_a_country_is_a_person() -> None:
    """A town before a country name with no comma is a forename (David Oman), not addressed."""
    assert "David" not in _texts("The donors were Chad Olsen, David Oman and Matt Paul.")


def test_region_heading_a_name_is_a_forename_only_if_it_is_a_given_name() -> None:
    """'California Chrome' and 'the California Penal Code' keep California (no one is named
    California); towns heading a name stay out (Paris Hilton, Austin Powers)."""
    assert _texts("It was won by California Chrome last year.") == ["California"]
    assert _texts("He faces a California Penal Code charge.") == ["California"]
    assert _texts("She met Paris Hilton on Friday.") == []
    assert _texts("He watched Austin Powers again.") == []


def test_census_given_names() -> None:
    """The shipped census list knows Paris, Jordan and Georgia as first names, not Texas."""
    from newsparse.forenames import given_names, is_given_name

    assert len(given_names()) > 5000
    assert is_given_name("PARIS") and is_given_name("jordan") and is_given_name("Georgia")
    assert not is_given_name("Texas") and not is_given_name("California")


def test_country_after_a_first_name_is_a_surname() -> None:
    """'Andrew Jordan' and 'Percy French' are people: a one-word country (or its demonym)
    right after a census first name is a surname; 'In China' keeps China."""
    assert "Jordan" not in _texts("The champion Andrew Jordan won the race in Kent.")
    assert "China" in _texts("In China, the government reacted quickly to the floods.")


def test_currency_prefix_is_not_a_country() -> None:
    """'US$3.7m' and 'HK$20' are amounts of money, not mentions of the countries."""
    assert _texts("The grant of €3 million (US$3.7m) was rejected by the board.") == []


def test_people_of_large_places_and_country_adjectives() -> None:
    """'Londoners', 'New Yorkers', 'Chicagoans' name the people of a large place and resolve
    to it; 'Kazakh' and 'Philippine' to their countries; a one-word surname in -er ('Corker')
    and the title 'the New Yorker' are no places."""
    text = (
        "Londoners and New Yorkers cheered. Chicagoans and Atlantans agreed. The Philippine "
        "government and Kazakh officials met. Sen. Bob Corker told the New Yorker so."
    )
    found = {loc.text: (loc.name, loc.feature) for loc in _locs(text)}
    assert found["Londoners"] == ("London", "city")
    assert found["New Yorkers"][0] == "New York"
    assert found["Chicagoans"] == ("Chicago", "city")
    assert found["Atlantans"] == ("Atlanta", "city")
    assert found["Philippine"] == ("Philippines", "country")
    assert found["Kazakh"] == ("Kazakhstan", "country")
    assert "Corker" not in found and "New Yorker" not in found


def test_small_town_capitalised_only_by_its_sentence_is_no_place() -> None:
    """'Police said ...' opens a sentence with a word that names a Polish town: a small town
    whose country the document never names is read as a place only where its capital is
    its own, not the sentence's."""
    text = "Police in Vancouver said the man was from Kelowna."
    assert _texts(text) == ["Vancouver", "Kelowna"]


def test_couple_of_forenames_is_no_place() -> None:
    """'David and Jodi Mahler of Bellmore': David is the first of a couple sharing a surname,
    not the town in Panama; 'from Austin and Dallas Smith' keeps Austin, a place after
    *from*."""
    assert _texts("David and Jodi Mahler of Bellmore said they would stay.") == ["Bellmore"]
    assert "Austin" in _texts("Visitors from Austin and Dallas Smith came.")


def test_small_town_before_administration_is_a_president() -> None:
    """'the Obama administration' is a president's, not the Japanese town's; 'the Kyiv
    administration' stays a city's."""
    assert _texts("It was a rule of the Obama administration, officials said.") == []
    assert _texts("The Kyiv administration said the strike hit a school.") == ["Kyiv"]


def test_name_after_a_kinship_noun_is_a_person() -> None:
    """'his father Zachary', 'her son Austin': a town named right after a noun of family is
    the relative's forename; the same name later as a place stays one."""
    assert _texts("The boy was hurt while his father Zachary slept.") == []
    assert _texts("Her son Austin moved to Austin last year.") == ["Austin"]


def test_adjectives_of_the_nations_of_the_united_kingdom() -> None:
    """'English', 'Scottish', 'Welsh' and 'Northern Irish' name their nation (a region of
    the United Kingdom), as a language or an adjective, not the small US towns called
    English or Welsh; as a surname after a forename they are no place."""
    english = _one("He speaks English at work.", "English")
    assert (english.name, english.latitude is not None) == ("England", True)
    assert _one("Scottish voters went to the polls.", "Scottish").name == "Scotland"
    assert _one("The Welsh team lost.", "Welsh").name == "Wales"
    assert _one("Northern Irish voters went home.", "Northern Irish").name == "Northern Ireland"
    assert _texts("Prime Minister Bill English said the budget was fine.") == []
