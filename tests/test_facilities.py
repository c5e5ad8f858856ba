"""Named streets and buildings: what the location extractor reads as one toponym by its shape."""

from __future__ import annotations

import pytest

from newsparse.document import Document
from newsparse.extractors._facilities import facilities
from newsparse.extractors.locations import FUNCTION_WORDS, extract_locations


def _spans(text: str) -> list[tuple[str, str]]:
    return [(loc.text, loc.feature) for loc in extract_locations(Document.from_text(text))]


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("The fans met at Quicken Loans Arena on Friday.", "Quicken Loans Arena", "facility"),
        (
            "He flew into Dulles International Airport last week.",
            "Dulles International Airport",
            "facility",
        ),
        ("Protesters gathered outside City Hall on Monday.", "City Hall", "facility"),
        (
            "She was treated at the Central Mental Hospital in May.",
            "Central Mental Hospital",
            "facility",
        ),
        ("The concert is at The Colony Theatre in April.", "The Colony Theatre", "facility"),
        ("Council voted to rename Third Street after him.", "Third Street", "feature"),
        (
            "The museum is at 2700 North Fourth Street downtown.",
            "2700 North Fourth Street",
            "feature",
        ),
        ("A car was damaged on N. Bedford Drive overnight.", "N. Bedford Drive", "feature"),
        (
            "Doors open at the Ballinagh Community Centre at noon.",
            "Ballinagh Community Centre",
            "facility",
        ),
    ],
)
def test_a_name_and_a_street_or_building_noun_is_one_place(
    text: str, name: str, feature: str
) -> None:
    """A capitalised name ended by a street or building noun is one unresolved toponym."""
    assert (name, feature) in _spans(text)


def test_a_town_before_a_building_noun_is_part_of_the_building() -> None:
    """ "Cavan Town Hall" is the hall, not the town Cavan and something after it."""
    found = _spans("The meeting is in Cavan Town Hall tonight.")
    assert found == [("Cavan Town Hall", "facility")]


def test_a_possessive_place_stays_apart_from_the_building_after_it() -> None:
    """ "Brooklyn's Maimonides Medical Center": the borough and the hospital are two toponyms."""
    names = [
        name
        for name, _ in _spans("He was taken to Brooklyn's Maimonides Medical Center on Friday.")
    ]
    assert names == ["Brooklyn", "Maimonides Medical Center"]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("A report by the Pew Research Center found it.", "Pew Research Center"),
        ("The Catholic Church has not commented.", "Catholic Church"),
        ("He told the Wall Street Journal on Monday.", "Wall Street Journal"),
        ("He was inducted into the Rock and Roll Hall of Fame.", "Roll Hall"),
        ("The actress Kathleen Hall said it was fine.", "Kathleen Hall"),
        ("He lives in California. Street parking is free.", "California. Street"),
    ],
)
def test_names_of_other_kinds_are_no_building(text: str, not_a_place: str) -> None:
    """Think tanks, denominations, longer names, people and sentence ends give no facility."""
    assert not_a_place not in [name for name, _ in _spans(text)]


def test_facilities_are_found_only_near_a_head_noun() -> None:
    """:func:`facilities` keys each name by its first word's start, and finds none without a
    head noun."""
    text = "Crowds filled Times Square and Central Park."
    starts = [m.start() for m in __import__("regex").finditer(r"\S+", text)]
    found = facilities(text, starts, FUNCTION_WORDS)
    assert {text[f.start : f.end] for f in found.values()} == {"Times Square", "Central Park"}
    assert facilities("No place here at all.", [0, 3], FUNCTION_WORDS) == {}


def test_a_school_is_a_place_where_the_sentence_goes_there() -> None:
    """ "accepted to X University" is a place; "a X University poll" and a bare kind of
    school ("at Secondary School") are not; an Institute is left to think tanks."""
    assert ("Florida Atlantic University", "facility") in _spans(
        "He has been accepted to Florida Atlantic University this year."
    )
    assert "Quinnipiac University" not in [n for n, _ in _spans("A Quinnipiac University poll.")]
    assert _spans("The session was held at Secondary School on Monday.") == []
    assert "Cato Institute" not in [n for n, _ in _spans("He is a fellow at the Cato Institute.")]


def test_an_embassy_named_by_its_country_is_one_building() -> None:
    """ "the Russian Embassy" is the building, not the demonym "Russian" alone."""
    assert _spans("Diplomats left the Russian Embassy on Monday.") == [
        ("Russian Embassy", "facility")
    ]


def test_a_head_noun_with_a_possessive_is_no_name_word() -> None:
    """ "Columbia University’s Institute": the possessive head ends one name; no facility
    runs over it."""
    names = [n for n, _ in _spans("She works at Columbia University’s Institute for Peace.")]
    assert "Columbia University’s Institute" not in names


def test_a_school_named_head_first_where_the_sentence_goes_there() -> None:
    """ "a professor at the University of California": the school, not the state; the name
    ends at a possessive or another head noun; without a place to go to, no facility."""
    assert ("University of California", "facility") in _spans(
        "He is a professor at the University of California, Los Angeles."
    )
    names = [n for n, _ in _spans("He got into the University of Pennsylvania's Wharton School.")]
    assert "University of Pennsylvania" in names
    names = [n for n, _ in _spans("He studied at the University of Texas School of Law.")]
    assert "University of Texas" in names
    names = [n for n, _ in _spans("He got into four University of California schools.")]
    assert "University of California" not in names
