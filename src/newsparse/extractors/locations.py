"""The built-in location extractor: places, demonyms and regions resolved offline.

Named streets and buildings are read by their shape (:mod:`._facilities`); other
capitalized word sequences are looked up in the :mod:`newsparse.gazetteer` (longest match
first, by first word), then filtered by context (person names, sentence-initial common words)
and resolved among same-named places by importance and by the other places in the document.

Feature vocabulary of :class:`~newsparse.results.Location`: ``country`` (demonyms resolve to
their country too), ``region`` (first-level administrative division), ``city`` (populated
place), ``continent``, ``macroregion`` (unresolved), ``county`` (a US county or parish at
its centroid; another name with a County suffix, unresolved), ``feature`` (a name with a
geographic or street noun, unresolved), ``facility`` (a named building, unresolved).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from newsparse.document import Document
from newsparse.extractors._facilities import facilities
from newsparse.forenames import is_given_name
from newsparse.gazetteer import Gazetteer, Place, load
from newsparse.hookspecs import hookimpl
from newsparse.results import Location

WORD = regex.compile(r"[\p{Lu}\p{Ll}\p{Lt}]+(?:['’.][\p{Lu}\p{Ll}\p{Lt}]+)*\.?")
DOTTED_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,}")
# "Washington, D.C.": the city's full name, one toponym
CAPITAL_DISTRICT = regex.compile(r", D\.C\.")
# What follows the first word of a longer proper name: Mercedes-Benz, Star of Honolulu
NAME_TAIL = regex.compile(r"-(?=\p{Lu}\p{Ll})| of (?:the )?(?=\p{Lu})")
# A locative preposition before a place name, and what may follow a place read alone
LOCATIVE = regex.compile(r"(?:^|[^\p{L}])(?:in|near|outside)\s$")
PLACE_END = regex.compile(r"[,.;:!?)]|\s+\p{Ll}")
WORD_BEFORE = regex.compile(r"\p{L}[\p{L}.'’-]*\s$")
URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"]+")
REGION_WORDS = frozenset(
    [
        "region",
        "oblast",
        "province",
        "state",
        "governorate",
        "prefecture",
        "district",
        "krai",
        "voivodeship",
    ]
)
# Lowercase nouns after "the NAME" that make an unknown name a region: the Donbas region.
UNKNOWN_REGION_WORDS = REGION_WORDS - {"state", "district"}
COUNTY_WORDS = frozenset({"County", "Parish"})
# Nouns that turn a preceding name into a geographic feature or street (Indian Ocean).
FEATURE_WORDS = frozenset(
    "Ocean Sea River Lake Mountains Mountain Island Islands Bay Valley Street Avenue Road "
    "Boulevard Square Bridge Canal Desert Peninsula Strait".split()
)
# Closed word classes that are capitalized without naming a place on their own.
NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday North South East West Northern Southern Eastern Western Central "
    "Middle Upper Lower Mount Saint Free "
    # institutions that share a name with a village (Congress, Arizona): never the village
    "Congress Parliament Senate Cabinet Government Administration Legislature".split()
)
# Capitalized words that start sentences or titles without naming anyone.
FUNCTION_WORDS = frozenset(
    """The A An In On At Of For From To By With And But Or As If When While After Before Since
    During Across Near Over Under Into Outside Inside Throughout Between Among Against This
    That These Those Its His Her Their Our My Your North South East West Northern Southern
    Eastern Western Central Upper Lower Greater New Old Though Although Why How What Where Who
    Whom Whose Which Then Now Today Yesterday Tomorrow Meanwhile However Also Even Only Just
    Still Yet So Because Unlike Like Including Despite Via Per Both Each Every All Some Many
    Most Few Several Such Other Another Neither Either Not No Nor Is Are Was Were Did Does Do
    Will Would Could Should Can Might Must Has Have Had Here There Welcome Visit Visiting
    Inside Beyond Within Without Around Along Toward Towards Upon Until Unless Whether
    Once Twice Last Next First Second Third Former Late Dear Said Says Added Told""".split()
)
COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest Northeastern Northwestern Southeastern Southwestern".split()
)
# Titles before a personal name (Mr. Washington, Sen. Lincoln).
TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Prof Sir Lady Lord Gov Sen Rep Gen Col Capt Rev Sgt Lt President
    Senator Governor Minister Mayor Judge Justice Pope King Queen Prince Princess Premier""".split()
)
# Head nouns of institutions named after a place (Atlanta Police, Owensboro Public Schools).
INSTITUTIONS = frozenset(
    """University College School Schools Public Police Council Airport International Hospital
    Club Court Department Board Museum Library Zoo Port Station Times Post Herald Tribune
    Journal News Chamber Symphony Orchestra Cathedral Church Bank Stock Exchange County City
    Metro Transit Cruises Airlines Marathon Festival Fire Sheriff State Republicans Democrats
    Legislature Assembly Senate Parliament Government""".split()
)
# The second word of "African Americans", "Mexican-American": Americans of a descent
HYPHENATED_AMERICANS = frozenset({"American", "Americans"})
CONTEXT_WEIGHT = 3.0  # bonus for a place whose country the document names
REGION_WEIGHT = 1.5  # bonus for a city in a region the document names
TOWN_REGION_WEIGHT = 0.75  # bonus for a county in the region of a town the document names
COMMON_WORD_TOWN = 100_000  # smaller towns named like a common word need their country named
SMALL_TOWN = 15_000  # smaller places need their region named in the document


class _Mention:
    """A gazetteer match before resolution."""

    __slots__ = ("candidates", "end", "start", "suffix")

    def __init__(self, start: int, end: int, candidates: tuple[Place, ...], suffix: str) -> None:
        self.start = start
        self.end = end
        self.candidates = candidates
        self.suffix = suffix


def _bare(word: str) -> str:
    """A word without a possessive ending or final period (County’s -> County)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word.rstrip(".")


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """True when offset falls in one of the sorted, disjoint spans."""
    k = bisect_left(spans, (offset + 1,)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _variants(form: str) -> list[str]:
    """Surface forms to try for one written form: as is, without a final period, title case."""
    out = [form]
    if form.endswith(("'s", "’s")):  # possessive: Moscow's, Kyiv’s
        out = [form[:-2]]
    elif form.endswith("."):
        out.append(form[:-1])
    for f in list(out):
        if f.isupper() and len(f.replace(".", "")) > 3:
            out.append(" ".join(w.capitalize() for w in f.split(" ")))
    return out


# People of a city, by English word formation: Londoners, New Yorkers, Parisians,
# Chicagoans, Atlantans, Brooklynites (suffix, then what the place name adds back)
CITY_DEMONYM_SUFFIXES = (
    ("ers", ""),
    ("er", ""),
    ("ians", ""),
    ("ian", ""),
    ("ans", ""),
    ("an", ""),
    ("ns", ""),
    ("ites", ""),
    ("ite", ""),
)
DEMONYM_CITY = 250_000  # a city needs this population for its people's name to be read
# Country adjectives the demonym lists lack: Kazakh(s) -> Kazakhstan, Afghan -> Afghanistan,
# Philippine -> Philippines
STAN_SUFFIXES = ("stan", "istan")
MIN_STAN_STEM = 5  # "Uzbek", "Tajik"; never "Pak"


# Adjectives of the nations of the United Kingdom, which no rule of word formation gives
# and the data lists for no region: "English football", "Scottish voters", "in Welsh"
NATION_ADJECTIVES = {
    "English": "England",
    "Scottish": "Scotland",
    "Scots": "Scotland",
    "Welsh": "Wales",
    "Northern Irish": "Northern Ireland",
}


def _nation_adjective(form: str, gaz: Gazetteer) -> tuple[Place, ...]:
    """The nation of the United Kingdom that ``form`` is the adjective of, else ()."""
    nation = NATION_ADJECTIVES.get(form)
    if nation is None:
        return ()
    return tuple(p for p in gaz.lookup(nation) if p.feature == "region" and p.country_code == "GB")


@lru_cache(maxsize=1 << 16)  # capitalised words recur across documents: names, titles
def _derived(form: str, gaz: Gazetteer) -> tuple[Place, ...]:
    """Places that ``form`` names by word formation when the gazetteer lacks it: the people
    of a large city (*Londoners*, *New Yorkers*) or a country's adjective (*Kazakh*,
    *Philippine*)."""
    if not form[-1:].islower():
        return ()
    for suffix, added in CITY_DEMONYM_SUFFIXES:
        if suffix == "er" and " " not in form:
            continue  # "a New Yorker", but "Corker", "Baker": one word in -er is a surname
        stem = form[: -len(suffix)] + added
        if form.endswith(suffix) and len(stem) >= 4 and stem not in COMPASS:  # not "Easter"
            places = tuple(
                p
                for p in gaz.lookup(stem)
                if p.feature in ("city", "region") and p.importance >= DEMONYM_CITY
            )
            if places:
                return places
    if " " in form:
        return ()
    singular = form[:-1] if form.endswith("s") else form
    stems = [singular + s for s in STAN_SUFFIXES if len(singular) >= MIN_STAN_STEM]
    for name in [*stems, form + "s"]:
        places = tuple(p for p in gaz.lookup(name) if p.feature == "country")
        if places:
            return places
    return ()


def _titled(text: str, start: int) -> bool:
    """Whether *the* stands right before ``start``: a singular people's name after it is a
    title (*The New Yorker*, *told the New Yorker*), where a person is *a New Yorker*."""
    return text[max(0, start - 4) : start].lower() == "the "


def _compass(text: str, words: Sequence[regex.Match[str]], i: int, m: _Mention) -> None:
    """Take a compass adjective into a wider place's span: Northern Europe, Western US."""
    if i == 0 or m.candidates[0].feature not in ("continent", "country", "region"):
        return
    prev = words[i - 1]
    if prev.group() in COMPASS and prev.end() + 1 == m.start and text[prev.end()] == " ":
        m.start = prev.start()


def _region_suffix(word: str, candidates: tuple[Place, ...]) -> bool:
    """True when ``word`` (region, Oblast, State) ends the name of a region among the candidates.
    "State" after a US state names something else (Ohio State, Maryland State Police)."""
    regions = [p for p in candidates if p.feature == "region"]
    if not regions:
        return False
    return word != "State" or max(regions, key=lambda p: p.importance).country_code != "US"


def _find(
    text: str, words: Sequence[regex.Match[str]], offsets: list[int], gaz: Gazetteer
) -> list[_Mention]:
    """Named streets and buildings, and longest gazetteer matches over capitalized word
    sequences; ``offsets`` are the words' starts."""
    mentions: list[_Mention] = []
    seen: dict[str, tuple[Place, ...]] = {}  # lookups already made in this document
    named_facilities = facilities(text, offsets, FUNCTION_WORDS)
    i, n = 0, len(words)
    while i < n:
        w = words[i].group()
        if not _capitalized(w):
            i += 1
            continue
        facility = named_facilities.get(words[i].start())
        if facility is not None:  # "Barclays Center", "2700 North Fourth Street"
            mentions.append(_Mention(facility.start, facility.end, (), facility.kind))
            while i < n and words[i].start() < facility.end:
                i += 1
            continue
        first_keys = [*_variants(w), w.capitalize()] if w.isupper() else _variants(w)
        longest = max((gaz.max_words.get(k, 0) for k in first_keys), default=0)
        if longest == 0 and w.rstrip(".").isalpha() and _derived(w.rstrip("."), gaz):
            longest = 1  # "Londoners", "Kazakh": a place by word formation
        found: _Mention | None = None
        for k in range(min(longest, n - i), 0, -1):
            j = i + k - 1
            if any(words[t + 1].start() - words[t].end() != 1 for t in range(i, j)):
                continue
            if any(text[words[t].end()] not in " -" for t in range(i, j)):
                continue
            form = text[words[i].start() : words[j].end()]
            for variant in _variants(form):
                cands = seen.get(variant)
                if cands is None and variant.endswith("er") and _titled(text, words[i].start()):
                    cands = gaz.lookup(variant)  # "The New Yorker": a title, not a New Yorker
                elif cands is None:
                    cands = seen[variant] = (
                        _nation_adjective(variant, gaz)
                        or gaz.lookup(variant)
                        or _derived(variant, gaz)
                    )
                if cands:
                    found = _Mention(words[i].start(), words[i].start() + len(variant), cands, "")
                    _compass(text, words, i, found)
                    break
            if found:
                i = j + 1
                break
        if found is None:
            # "Collier County", "Royal Street": an unknown name with a county or feature noun
            suffix = _bare(words[i + 1].group()) if i + 1 < n else ""
            if (
                suffix in UNKNOWN_REGION_WORDS
                and words[i + 1].start() == words[i].end() + 1
                and text[max(0, words[i].start() - 4) : words[i].start()].lower() == "the "
                and w not in FUNCTION_WORDS
                and w not in NOT_PLACES
                and w not in COMPASS
                and w.istitle()
            ):  # "the Donbas region": a region the gazetteer does not know
                end = words[i + 1].start() + len(suffix)
                mentions.append(_Mention(words[i].start(), end, (), "region"))
                i += 2
                continue
            if (
                (suffix in COUNTY_WORDS or suffix in FEATURE_WORDS)
                and words[i + 1].start() == words[i].end() + 1
                and w.rstrip(".") not in FUNCTION_WORDS
                and w not in NOT_PLACES
                and not w.isupper()
            ):
                kind = "county" if suffix in COUNTY_WORDS else "feature"
                end = words[i + 1].start() + len(suffix)
                mentions.append(_Mention(words[i].start(), end, (), kind))
                i += 2
                continue
            i += 1
            continue
        noun = _bare(words[i].group()) if i < n else ""
        if (
            i < n
            and words[i].start() == found.end + 1
            and text[found.end] == " "
            and (noun in FEATURE_WORDS or noun in COUNTY_WORDS)
        ):
            found.suffix = "county" if noun in COUNTY_WORDS else "feature"
            found.end = words[i].start() + len(noun)
            found.candidates = ()
            mentions.append(found)
            i += 1
            continue
        if (
            i < n
            and words[i].group() in HYPHENATED_AMERICANS
            and words[i].start() == found.end + 1
            and text[found.end] in " -"
            and text[found.start : found.end] != words[i].group()
        ):  # "African Americans", "Mexican-American": Americans of that descent, one demonym
            americans = tuple(p for p in gaz.lookup(words[i].group()) if p.feature == "country")
            if americans:
                found.end = words[i].end()
                found.candidates = americans
                mentions.append(found)
                i += 1
                continue
        # "Dnipropetrovsk region", "Donetsk Oblast", "Benue State": keep the suffix word.
        if i < n and words[i].start() - found.end == 1 and text[found.end] == " ":
            nxt = words[i].group().rstrip(".")
            if nxt == "City" and any(p.feature == "city" for p in found.candidates):
                found.end = words[i].start() + len(nxt)
                found.suffix = "city"
                i += 1
            elif nxt.lower() in REGION_WORDS and _region_suffix(nxt, found.candidates):
                found.end = words[i].start() + len(nxt)
                found.suffix = "region"
                i += 1
        mentions.append(found)
    return mentions


def _person_cue(
    text: str,
    m: _Mention,
    words: Sequence[regex.Match[str]],
    offsets: list[int],
    places: set[int],
    areas: set[int],
) -> str:
    """How a town or region match reads as part of a personal name: "surname" (George Washington),
    "forename" (Paris Hilton) or "" when it does not. ``areas`` are the starts of regions named
    with their suffix: a town before one is addressed by it (Maiduguri Borno State), not a
    forename."""
    if not m.candidates:
        return ""
    idx = bisect_left(offsets, m.start)
    prev = words[idx - 1] if idx > 0 else None
    before = prev is not None and _name_word_before(text, prev, m.start)
    if m.candidates[0].feature not in ("city", "region"):
        # a one-word country after a first name is a surname: Andrew Jordan, Michael Jordan
        return (
            "surname"
            if m.candidates[0].feature == "country"
            and " " not in text[m.start : m.end]
            and prev is not None
            and before
            and is_given_name(prev.group())
            else ""
        )
    if prev and prev.end() + 1 == m.start and prev.group().rstrip(".") in TITLES:
        return "surname"
    if (
        prev is not None
        and before
        and not prev.group().isupper()
        and not prev.group().endswith((".", "'s", "’s"))
        and prev.start() not in places
    ):
        return "surname"
    k = bisect_left(offsets, m.end)
    nxt = words[k] if k < len(words) else None
    if (
        nxt is not None
        and " " not in text[m.start : m.end]
        and nxt.start() == m.end + 1
        and text[m.end] == " "
        and nxt.start() not in areas
        and _capitalized(nxt.group())
        and not nxt.group().isupper()
        and _bare(nxt.group()) not in COUNTY_WORDS
        and nxt.group() not in FUNCTION_WORDS
        and nxt.group().rstrip(".") not in TITLES
        and _bare(nxt.group()) not in INSTITUTIONS  # Mississippi State's
        and not text[m.start : m.end].isupper()
        and not (idx > 0 and words[idx - 1].group().lower() == "the")
        # a region heads a name only as a forename (Georgia Smith); California Chrome and the
        # California Penal Code keep their place
        and (m.candidates[0].feature != "region" or is_given_name(text[m.start : m.end]))
    ):
        return "forename"
    if _couple(text, m.start, m.end):
        return "forename"
    if (
        prev is not None
        and prev.group().lower() in KINSHIP
        and prev.end() + 1 == m.start
        and " " not in text[m.start : m.end]
    ):
        return "forename"  # "his father Zachary", "her son Austin": a relative's name
    if _ADMINISTRATION.match(text, m.end) and all(
        p.feature == "city" and p.importance < COMMON_WORD_TOWN for p in m.candidates
    ):
        return "surname"  # "the Obama administration": a president's, not a town's
    return ""


_ADMINISTRATION = regex.compile(r"(?:'s|’s)? administration\b")


# Nouns of family before a relative's name: "his father Zachary", "her son Austin"
KINSHIP = frozenset(
    """father mother son daughter brother sister husband wife uncle aunt cousin nephew niece
    grandson granddaughter grandfather grandmother stepson stepdaughter""".split()
)
# "David and Jodi Mahler": two forenames sharing the surname after the second
_PLACE_PREPOSITION_BEFORE = regex.compile(
    r"(?i:\b(?:in|from|at|near|to|of|outside|across|between|around|via)\s+)\Z"
)
_COUPLE = regex.compile(r" and (?P<second>\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}")


def _couple(text: str, start: int, end: int) -> bool:
    """Whether a one-word town names the first of a couple ("David and Jodi Mahler of
    Bellmore"): both words forenames, the second followed by a capitalised surname."""
    form = text[start:end]
    if (
        " " in form
        or not is_given_name(form)
        or _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
    ):
        return False  # "from Austin and Dallas Smith": Austin is a place
    match = _COUPLE.match(text, end)
    return match is not None and is_given_name(match.group("second"))


def _name_word_before(text: str, prev: regex.Match[str], start: int) -> bool:
    """Whether ``prev`` is a capitalized word (no function word such as "In") right before
    ``start``, one space between: what a personal name's other part looks like."""
    return (
        prev.end() + 1 == start
        and text[prev.end()] == " "
        and _capitalized(prev.group())
        and prev.group() not in FUNCTION_WORDS
    )


def _country_forename(
    text: str,
    m: _Mention,
    words: Sequence[regex.Match[str]],
    offsets: list[int],
    positions: dict[str, list[int]],
    memo: dict[tuple[str, str], bool],
) -> bool:
    """A one-word country read as a forename (Jordan Peterson): the capitalized word after it
    also stands alone elsewhere in the text, as a surname does (Peterson said)."""
    form = text[m.start : m.end]
    if (
        not m.candidates
        or m.candidates[0].feature != "country"
        or m.candidates[0].name != form  # demonyms (Armenian Embassy) and multi-word names
        or not form.istitle()
        or " " in form
    ):
        return False
    k = bisect_left(offsets, m.end)
    if k >= len(words) or words[k].start() != m.end + 1 or text[m.end] != " ":
        return False
    after = words[k + 1] if k + 1 < len(words) else None
    if after and after.start() == words[k].end() + 1 and _capitalized(after.group()):
        return False  # a place before a full name (Kazakhstan Arystan Kakikenov)
    nxt = words[k].group()
    if (
        not _capitalized(nxt)
        or not nxt.istitle()
        or nxt in FUNCTION_WORDS
        or nxt in INSTITUTIONS
        or nxt.rstrip(".") in TITLES
        or nxt in COUNTY_WORDS
        or nxt in FEATURE_WORDS
    ):
        return False
    key = (form, _bare(nxt))
    if key not in memo:
        memo[key] = any(
            j > 0
            and words[j - 1].group() != form
            and not _capitalized(words[j - 1].group())
            and not _sentence_start(text, words[j].start())
            for j in positions.get(key[1], ())
        )
    return memo[key]


def _join_capital_district(text: str, kept: list[_Mention]) -> list[_Mention]:
    """Washington followed by ", D.C." is one toponym, the city, rather than city and region."""
    out: list[_Mention] = []
    for m in kept:
        if out and m.start == out[-1].end + 2 and CAPITAL_DISTRICT.match(text, out[-1].end):
            prev = out[-1]
            cities = [p for p in prev.candidates if p.feature == "city" and p.admin1 == "DC"]
            if text[prev.start : prev.end] == "Washington" and cities:
                prev.end = m.end
                prev.candidates = tuple(cities)
                continue
        out.append(m)
    return out


def _located(text: str, m: _Mention) -> bool:
    """A small town read as a place by its syntax: after *in*, *near* or *outside* and followed
    by punctuation or a lowercase word ("in Nenagh at 430", "near Abagana, an outskirt"). *to*
    and *from* also take people and schools ("lost to Rubio", "a Ph.D. from Harvard")."""
    return (
        LOCATIVE.search(text, max(0, m.start - 9), m.start) is not None
        and PLACE_END.match(text, m.end) is not None
    )


def _institution_after_place(text: str, m: _Mention, placed: set[int]) -> bool:
    """A town named like an institution noun right after a place: the "Post" of "the
    Washington Post", the "Times" of "the Seattle Times"."""
    form = text[m.start : m.end]
    if " " in form or _bare(form) not in INSTITUTIONS:
        return False
    before = WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    return before is not None and before.start() in placed


def _name_head(text: str, m: _Mention, starts: set[int]) -> bool:
    """A one-word town name that begins a longer proper name rather than naming the town:
    Mercedes-Benz, Green-Karol, Star of Honolulu, Commonwealth of Independent States. A place
    after the hyphen (Dallas-Fort Worth) keeps it a place."""
    if not m.candidates or m.candidates[0].feature != "city" or " " in text[m.start : m.end]:
        return False
    tail = NAME_TAIL.match(text, m.end)
    return tail is not None and (tail.group() != "-" or tail.end() not in starts)


def _sentence_start(text: str, offset: int) -> bool:
    """True when only spaces and opening punctuation stand between a sentence end and offset."""
    k = offset - 1
    while k >= 0 and text[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:"


def _abbreviated(form: str, m: _Mention) -> bool:
    """A code (NJ) or a shortened name (Calif., Va.) rather than a written-out name. Dotted
    initials (N.J., D.C.) stand alone: the gazetteer has them only for multi-word names."""
    if DOTTED_INITIALS.fullmatch(form):
        return False
    if len(form.replace(".", "")) <= 2:
        return True
    return form.endswith(".") and all(form != p.name for p in m.candidates)


def _after_comma(text: str, m: _Mention, form: str, ends: set[int]) -> bool:
    """A region code or abbreviation counts only in an address, after a place and a comma
    (Camden, N.J.; Fresno, Calif.) or in brackets after it (Walker County (Ga.))."""
    if not m.candidates or m.candidates[0].feature != "region":
        return True
    before = text[max(0, m.start - 2) : m.start]
    bracketed = before == " (" and text[m.end : m.end + 1] == ")"
    return (
        (before == ", " or bracketed)
        and m.start - 2 in ends
        and (form.replace(".", "").isupper() or form.endswith("."))
    )


def _addressed(text: str, m: _Mention, place: Place, wide: dict[int, Place]) -> bool:
    """True when a town is followed by its own country or region: "Visbek, Germany"."""
    after = wide.get(m.end + 2)
    return (
        after is not None
        and text[m.end : m.end + 2] == ", "
        and after.country_code == place.country_code
    )


def _common_word(text: str, m: _Mention, lowered: set[str]) -> bool:
    """A single word the document also uses in lowercase, read here as that common word:
    sentence-initial (Mobile phones ...) or after "the" (the Centre said ...)."""
    form = text[m.start : m.end]
    if form in FUNCTION_WORDS and m.candidates and _sentence_start(text, m.start):
        return m.candidates[0].feature in ("city", "region")  # "Most of them", "Even so"
    if " " in form or form.lower() not in lowered or not m.candidates:
        return False
    after_the = text[max(0, m.start - 4) : m.start].lower() == "the "
    if after_the:  # "the Centre", "the Union": a town or region name used as a common noun
        return m.candidates[0].feature in ("city", "region")
    return _sentence_start(text, m.start)


def _unsupported_common_word(
    text: str,
    m: _Mention,
    place: Place,
    lowered: set[str],
    country_named: bool,
    regions: set[tuple[str, str]],
) -> bool:
    """A one-word town or region name that is also a common word of the document (Union, Green,
    Centre) and whose country or region the document does not name: read as the word.
    Positional names (Centre, South Central) need their country named even when unused in
    lowercase."""
    form = text[m.start : m.end]
    if place.feature not in ("city", "region") or country_named:
        return False
    if (place.country_code, place.admin1) in regions and place.feature == "city":
        return False
    if all(w in COMPASS or w in ("Centre", "Center") for w in form.split()):
        return True
    return " " not in form and form.lower() in lowered and place.importance < COMMON_WORD_TOWN


def _capitalised_only_by_position(
    text: str, m: _Mention, place: Place, country_named: bool, regions: set[tuple[str, str]]
) -> bool:
    """A one-word town opening a sentence, whose country and region the document never names:
    its capital letter may be the sentence's alone ("Police said ...", "Mobile phones"), so it
    is read as a place only when it is a large one or the document is about its country."""
    if place.feature != "city" or country_named or place.importance >= COMMON_WORD_TOWN:
        return False
    if (place.country_code, place.admin1) in regions or " " in text[m.start : m.end]:
        return False
    return _sentence_start(text, m.start)


def _score(
    place: Place,
    countries: Counter[str],
    regions: set[tuple[str, str]],
    suffix: str,
    towns: frozenset[tuple[str, str]] = frozenset(),
) -> float:
    score = math.log10(max(place.importance, 10))
    if place.country_code and countries[place.country_code]:
        score += CONTEXT_WEIGHT
    where = (place.country_code or "", place.admin1)
    if place.feature in ("city", "county") and where in regions:
        score += REGION_WEIGHT
    elif place.feature == "county" and where in towns:
        score += TOWN_REGION_WEIGHT  # "Hamilton County" in a story about Chattanooga
    if suffix == place.feature:  # "Donetsk oblast" is the region, "Quebec City" the city
        score += 10.0
    return score


def _address_region(before: tuple[int, Place] | None, m: _Mention, place: Place) -> Place:
    """The region among a mention's places that holds the town written right before it and
    a comma ("Tacoma, Washington" is the state, not the capital), else ``place``."""
    if before is None or before[0] != m.start - 2 or before[1].feature != "city":
        return place
    town = before[1]
    for candidate in m.candidates:
        if (
            candidate.feature == "region"
            and candidate.country_code == town.country_code
            and candidate.admin1 == town.admin1
        ):
            return candidate
    return place


def _resolve(
    m: _Mention,
    countries: Counter[str],
    regions: set[tuple[str, str]],
    towns: frozenset[tuple[str, str]] = frozenset(),
) -> Place:
    """The most likely of a mention's places, given the countries and regions the document
    names (and, for a county, the regions of the towns it names)."""
    return max(m.candidates, key=lambda p: _score(p, countries, regions, m.suffix, towns))


def extract_locations(document: Document) -> list[Location]:
    """Every place, region and demonym in the document, resolved where the gazetteer knows it."""
    text = document.text
    gaz = load()
    urls = [u.span() for u in URL.finditer(text)]
    words = [w for w in WORD.finditer(text) if not _inside(w.start(), urls)]
    lowered = {w.group() for w in words if w.group().islower()}
    positions: dict[str, list[int]] = {}
    for j, w in enumerate(words):
        if _capitalized(w.group()):
            positions.setdefault(_bare(w.group()), []).append(j)
    forenames: dict[tuple[str, str], bool] = {}
    offsets = [w.start() for w in words]
    found = _find(text, words, offsets, gaz)
    ends = {m.end for m in found}
    starts = {m.start for m in found}
    areas = {m.start for m in found if m.candidates and m.suffix == "region"}
    surnames: set[str] = set()
    placed: set[int] = set()
    kept: list[_Mention] = []
    for m in found:
        form = text[m.start : m.end]
        if form.rstrip(".") in NOT_PLACES or _common_word(text, m, lowered):
            continue
        if form.isupper() and text[m.end : m.end + 1] == "$":
            continue  # "US$3.7m", "HK$": a currency, not the country
        if _abbreviated(form, m) and not _after_comma(text, m, form, ends):
            continue
        if _country_forename(text, m, words, offsets, positions, forenames):
            continue
        cue = _person_cue(text, m, words, offsets, placed, areas)
        if cue:
            if cue == "surname":
                surnames.add(form)
            else:  # the word after a forename is a surname wherever it recurs (Paris Hilton)
                after = WORD.match(text, m.end + 1)
                if after:
                    surnames.add(after.group())
            continue
        if _name_head(text, m, starts) or _institution_after_place(text, m, placed):
            continue
        kept.append(m)
        placed.add(m.start)
    kept = _join_capital_district(text, kept)
    # a name once used as a person's surname stays one (Campbell Davis ... Davis said)
    kept = [
        m
        for m in kept
        if text[m.start : m.end] not in surnames
        or any(p.feature not in ("city", "region") for p in m.candidates[:1])
    ]
    countries: Counter[str] = Counter()
    regions: set[tuple[str, str]] = set()
    own: dict[int, str] = {}
    by_form: Counter[tuple[str, str]] = Counter()  # country counts by the form that named it
    wide: dict[int, Place] = {}  # countries and regions by start offset
    town_regions: set[tuple[str, str]] = set()  # regions of the towns named
    for m in kept:
        if not m.candidates:
            continue
        best = _resolve(m, Counter(), set())
        if best.country_code and (len(m.candidates) == 1 or best.feature != "city"):
            countries[best.country_code] += 1
            own[m.start] = best.country_code
            by_form[(text[m.start : m.end], best.country_code)] += 1
            if best.feature == "region":
                regions.add((best.country_code, best.admin1))
            if best.feature in ("country", "region"):
                wide[m.start] = best
        if best.feature == "city" and best.country_code and len(m.candidates) == 1:
            town_regions.add((best.country_code, best.admin1))  # (only a town no other shares)
    towns = frozenset(town_regions)
    previous: tuple[int, Place] | None = None  # the last place read, by its end
    out: list[Location] = []
    for m in kept:
        if not m.candidates:
            out.append(
                Location(
                    start=m.start,
                    end=m.end,
                    text=text[m.start : m.end],
                    name=text[m.start : m.end],
                    feature=m.suffix,
                    confidence=0.5,
                )
            )
            continue
        context = countries - Counter({own[m.start]: 1}) if m.start in own else countries
        place = _resolve(m, context, regions, towns)
        if place.feature == "city" and text[m.start - 2 : m.start] == ", ":
            place = _address_region(previous, m, place)  # "Tacoma, Washington": the state
        code = place.country_code or ""
        others = countries[code] - by_form[(text[m.start : m.end], code)]
        if _unsupported_common_word(text, m, place, lowered, others > 0, regions):
            continue
        if _capitalised_only_by_position(text, m, place, others > 0, regions):
            continue
        if (
            place.feature == "city"
            and place.importance < SMALL_TOWN
            and (place.country_code, place.admin1) not in regions
            and not _addressed(text, m, place, wide)
            and not _located(text, m)
        ):
            continue
        out.append(
            Location(
                start=m.start,
                end=m.end,
                text=text[m.start : m.end],
                name=place.name,
                feature=place.feature,
                geonameid=place.geonameid,
                country_code=place.country_code,
                latitude=None if math.isnan(place.latitude) else place.latitude,
                longitude=None if math.isnan(place.longitude) else place.longitude,
                confidence=round(1.0 / len({p.name for p in m.candidates}), 3),
            )
        )
        previous = (m.end, place)
    return out


@hookimpl
def newsparse_extract_locations(document: Document) -> list[Location]:
    """The pluggy hook: the built-in location extractor."""
    return extract_locations(document)
