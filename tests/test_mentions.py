"""Resolving mentions to names: fullest forms, titles, pronouns to the latest person."""

from __future__ import annotations

from newsparse.mentions import NameResolver


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
