"""The shared reporting-cue lexicon: inflections by rule, multiword cues, matching."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse import cues
from newsparse.extractors.reported import CUE_FORMS


def test_lexicon_covers_two_hundred_lemmas() -> None:
    """At least 200 reporting-cue lemmas are listed, the common ones among them."""
    assert len(cues.SPEECH_LEMMAS) >= 200
    for lemma in ("say", "tell", "add", "write", "insist", "tweet", "claim", "deny", "warn"):
        assert lemma in cues.SPEECH_LEMMAS


def test_regular_inflections() -> None:
    """Regular verbs get -s, -ed and -ing forms by spelling rule."""
    assert cues.inflections("deny") == {"deny", "denies", "denied", "denying"}
    assert cues.inflections("note") == {"note", "notes", "noted", "noting"}
    assert cues.inflections("admit") >= {"admitted", "admitting"}
    assert cues.inflections("tweet") >= {"tweets", "tweeted", "tweeting"}


def test_irregular_inflections() -> None:
    """Irregular verbs map their past forms to the lemma: told -> tell, wrote -> write."""
    assert cues.lemma_of("told") == "tell"
    assert cues.lemma_of("said") == "say"
    assert cues.lemma_of("Wrote") == "write"
    assert cues.lemma_of("table") is None


def test_one_irregular_table_serves_every_lexicon() -> None:
    """The quote cues and the reported-speech cues inflect by the same tables of irregular and
    consonant-doubling verbs, so each lexicon knows every form of a lemma it lists."""
    assert cues.inflections("seek") >= {"sought", "seeking"}
    assert cues.inflections("prefer") >= {"preferred", "preferring"}
    assert cues.inflections("plan") >= {"planned", "planning"}
    assert CUE_FORMS["said"] == "say"
    assert all(form in CUE_FORMS for form in cues.inflections("admit"))


def test_find_single_and_multiword_cues() -> None:
    """find_cues returns exact spans for words and multiword phrases, longest first."""
    text = "She said it, according to aides, then went on to say she had pointed out more."
    found = cues.find_cues(text)
    assert [m.lemma for m in found] == ["say", "according to", "go on to say", "point out"]
    for match in found:
        assert text[match.start : match.end] == match.text


def test_multiword_needs_adjacent_words() -> None:
    """A multiword cue split by punctuation is not matched as one phrase."""
    found = cues.find_cues("They pointed, out of habit, at the map.")
    assert "point out" not in [m.lemma for m in found]


def test_add_lemmas_extends_lexicon() -> None:
    """Lemmas added later get their inflections and are found."""
    assert not cues.is_cue("kvetched")
    cues.add_lemmas(["kvetch", "lay out"])
    assert cues.is_cue("kvetched")
    assert [m.lemma for m in cues.find_cues("They lay out a plan.")] == ["lay out"]


@given(st.text())
def test_find_cues_spans_valid(text: str) -> None:
    """On any text, every cue match is an exact span of the text."""
    for match in cues.find_cues(text):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
