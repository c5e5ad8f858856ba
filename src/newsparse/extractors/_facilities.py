"""Named streets, buildings and venues: a proper name ended by a street or facility noun.

*Barclays Center* is no town in any gazetteer, yet it is a place a reader can visit; so are
*Third Street*, *2700 North Fourth Street*, *Dulles International Airport* and *the Central
Mental Hospital*. :func:`facility_at` reads one such name at a given offset by its shape: one
to four capitalised words (ordinals allowed before a street noun), then the noun, and no
further capitalised word (*Wall Street Journal* is a newspaper, *Washington Square Park* is
read whole). Nouns that also head surnames (*Hall*, *Park*, *Lane*) need more than a
forename before them; *Center* needs a word saying what kind of building it is, since most
*Centers* in the news are think tanks (*Pew Research Center*); *Church* needs a name, not
only a denomination (*the Catholic Church* is an institution); a school (*University*,
*College*, also named head first: *the University of California*) is a place only where the
sentence goes there (*a professor at*, *accepted to*), not in *a Quinnipiac University poll*.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsparse.forenames import is_given_name

STREET_NOUNS = frozenset(
    "Street St. Avenue Ave. Road Rd. Drive Boulevard Blvd. Lane Square Plaza".split()
)
FACILITY_NOUNS = frozenset(
    """Airport Hospital Prison Theatre Theater Stadium Arena Racecourse Palace Hotel Gardens
    Park Hall Church Cathedral Library Mall Center Centre Embassy Consulate""".split()
)
# Words that say what kind of school, not which: "at Secondary School" names none
SCHOOL_KINDS = frozenset(
    """Secondary High Primary Middle Elementary Public Grammar Junior Senior Community State
    Technical Medical Law Business Graduate Sunday Boarding Charter Private""".split()
)
# Schools are places only where the sentence goes there: "accepted to Florida Atlantic
# University", "a professor at Cavan Institute"; "a Quinnipiac University poll" is no place
# (an Institute is as often a think tank: the Cato Institute)
SCHOOL_NOUNS = frozenset("University College School Elementary Academy".split())
_TO_A_PLACE = regex.compile(
    r"(?i:\b(?:at|to|from|in|into|near|outside|inside|attends?|attended|attending|visited)"
    r" (?:the )?)\Z"
)
# Heads that are also surnames (Kathleen Hall, Jackson Park): a forename alone is no place
SURNAME_NOUNS = frozenset({"Hall", "Park", "Lane"})
# What kind of building a Center is: Medical Center, yes; Research Center, a think tank
CENTER_KINDS = frozenset(
    """Medical Community Shopping Convention Trade Correctional Detention Civic Sports
    Conference Exhibition Leisure Health Visitor Visitors Service Services Aquatic Recreation
    Fitness Retail Distribution Data Transit Heritage History Science Arts Performing Cancer
    Trauma Treatment Rehabilitation Reception Events Village Town Student Youth Senior
    Family Care Emergency Evacuation""".split()
)
DENOMINATIONS = frozenset(
    """Catholic Roman Orthodox Anglican Methodist Baptist Presbyterian Lutheran Episcopal
    Evangelical Protestant Greek Russian Coptic Armenian Ukrainian Syriac Mormon Apostolic
    Pentecostal Reformed Unification Christian""".split()
)
ORDINALS = frozenset(
    """First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth""".split()
)
COMPASS_PREFIXES = frozenset("North South East West N. S. E. W.".split())
# Words that begin a place's name though they name nothing alone (New Bilibid Prison)
NAME_ADJECTIVES = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Greater
    New Old Middle""".split()
)

# a name word: "St." and "N." end in a full stop, a longer word never does ("California.")
_WORD = r"(?:\p{Lu}\p{Ll}?\.|\p{Lu}[\p{L}'’&-]*|\p{N}{1,3}(?:st|nd|rd|th))"
_ALL_HEADS = STREET_NOUNS | FACILITY_NOUNS | SCHOOL_NOUNS
_HEADS = "|".join(regex.escape(h) for h in sorted(_ALL_HEADS, key=len)[::-1])
# the name (one to four words, greedy: the longest name ending in a head noun), then the head
FACILITY = regex.compile(
    rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}}) (?P<head>{_HEADS})(?![\p{{L}}\p{{N}}'’&-])"
)
# a capitalised word right after the head: the facility is part of a longer name
_NAME_GOES_ON = regex.compile(r" (?:of (?:the )?)?\p{Lu}")
# a capitalised word and a space right before: the name began earlier (Central Mental Hospital)
_NAME_BEFORE = regex.compile(r"(?P<word>\p{Lu}[\p{L}'’&.-]*) \Z")
# a house number before a street: "2700 North Fourth Street", "401 - 333 Victoria St."
_HOUSE_NUMBER = regex.compile(r"(?<![\p{L}\p{N},.])\p{N}{1,5}(?: - \p{N}{1,5})? \Z")


# a head noun anywhere: where a facility name may end (most capitalised words are far from one)
# (the standard library's engine: a plain alternation of literals, scanned over the whole
# text, runs nearly three times faster there, and in linear time all the same)
HEAD_NOUN = re.compile(rf"(?:{_HEADS})(?![^\W_]|['’&-])")
MAX_NAME_CHARS = 120  # a name of four words, as far as a head noun may stand from its start


class Facility(NamedTuple):
    """A named street (``kind`` "feature") or building (``kind`` "facility"), as offsets."""

    start: int
    end: int
    kind: str


def facility_at(text: str, start: int, function_words: frozenset[str]) -> Facility | None:
    """The street or building name that begins at ``start``, None when none does.

    ``function_words`` are the capitalised words that cannot be part of such a name (*In*,
    *But*, *The* at a sentence start); *The* is kept after a lowercase word (*at The Colony
    Theatre*), where it is part of the name.
    """
    found = FACILITY.match(text, start)
    if found is None:
        return _school_of(text, start)
    if _NAME_GOES_ON.match(text, found.end()):
        return None
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    word_before = before.group("word") if before is not None else ""
    if (
        word_before
        and not word_before.endswith(("'s", "’s"))
        and (word_before not in function_words or word_before in NAME_ADJECTIVES)
    ):
        return None
    head = found.group("head")
    street = head in STREET_NOUNS
    words = found.group("name").split(" ")
    for n, word in enumerate(words):
        bare = word.rstrip(".")
        if word.endswith(("'s", "’s")) and (n < len(words) - 1 or word[:-2] in _ALL_HEADS):
            return None  # "Brooklyn's Barclays Center": the name starts after the possessive
        if word.isupper() and word not in COMPASS_PREFIXES:
            return None  # "NBC-Wall Street": an acronym's name
        if n == 0 and word in NAME_ADJECTIVES:
            continue
        if bare in function_words or word in function_words:
            if n == 0 and word == "The" and len(words) > 1 and _after_lowercase(text, start):
                continue
            if street and (bare in ORDINALS or (n == 0 and word in COMPASS_PREFIXES)):
                continue
            return None
    if head in SURNAME_NOUNS and len(words) == 1 and is_given_name(words[0]):
        return None
    if head in ("Center", "Centre") and words[-1] not in CENTER_KINDS:
        return None
    if head == "Church" and all(w in DENOMINATIONS for w in words):
        return None
    if head in SCHOOL_NOUNS and (
        all(w in SCHOOL_KINDS for w in words)
        or not _TO_A_PLACE.search(text, max(0, start - 14), start)
    ):
        return None
    begin = start
    if street:
        number = _HOUSE_NUMBER.search(text, max(0, start - 14), start)
        if number is not None:
            begin = number.start()
    return Facility(begin, found.end(), "feature" if street else "facility")


def facilities(
    text: str, word_starts: Sequence[int], function_words: frozenset[str]
) -> dict[int, Facility]:
    """Every street and building name in ``text``, by the start of its first name word.

    ``word_starts`` are the sorted offsets of the words a name may begin with; only those
    shortly before a head noun are tried, so a text without one costs one scan.
    """
    out: dict[int, Facility] = {}
    tried: set[int] = set()
    for head in HEAD_NOUN.finditer(text):
        lo = bisect_left(word_starts, head.start() - MAX_NAME_CHARS)
        for start in word_starts[lo : bisect_right(word_starts, head.start())]:
            if start not in tried:
                tried.add(start)
                found = facility_at(text, start, function_words)
                if found is not None:
                    out[start] = found
    return out


# "the University of California", "College of the Holy Cross": a school named head first
# (a possessive ends the name: "the University of Pennsylvania's Wharton School")
_PLAIN_WORD = r"\p{Lu}[\p{L}&-]*+"
_SCHOOL_OF = regex.compile(
    rf"(?:University|College) of (?:the )?{_PLAIN_WORD}(?: {_PLAIN_WORD}){{0,3}}"
)


def _school_of(text: str, start: int) -> Facility | None:
    """A school named head first (*University of California*), where the sentence goes
    there (*a professor at the University of California*)."""
    found = _SCHOOL_OF.match(text, start)
    if found is None or not _TO_A_PLACE.search(text, max(0, start - 14), start):
        return None
    words = found.group().split(" ")
    # "the University of Texas School of Law": the name ends before another head noun
    cut = next((k for k in range(2, len(words)) if words[k] in _ALL_HEADS), len(words))
    if cut <= 2 or (cut == 3 and words[2] == "the"):
        return None
    return Facility(start, start + len(" ".join(words[:cut])), "facility")


def _after_lowercase(text: str, start: int) -> bool:
    """Whether a lowercase word and one space stand right before ``start``."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].islower()
