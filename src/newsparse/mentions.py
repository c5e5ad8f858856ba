"""Who a mention means: surnames to the fullest name the document uses, pronouns to a person."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Literal

import attrs
import regex

from newsparse.cues import REPORTING_PASTS
from newsparse.document import Document, Span
from newsparse.forenames import is_given_name

# words of one line only: a title's last words and the next paragraph's first are no name
_NAME_RUN = regex.compile(
    r"(?<![\p{L}’'])\p{Lu}[\p{Ll}’'-]+(?:[^\S\n]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+)){1,3}(?![\p{L}])"
)
_TITLES = frozenset(
    """
    president mr mrs ms dr sen senator rep representative gov governor gen general
    secretary minister prime spokesman spokeswoman spokesperson chancellor mayor judge
    justice lt col capt sgt former the a an vice chief director chairman chairwoman
    leader commander speaker
    """.split()
)
_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "him", "her", "them", "his", "their", "who"])
_WORDS_NOT_NAMES = (
    frozenset(
        """
    the a an but and or if when while in on at for of to from this that these those it
    its then later but yet still also so however meanwhile earlier after before since because
    although though where why how what whom which whether asked speaking according with
    without into over under as once now today yesterday tonight here there our your my his
    her their we they he she you one last next every each some many most all both several
    no not instead perhaps indeed even just only neither either nor tweeted posted
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """.split()
    )
    | REPORTING_PASTS
)


_CAPITALISED = regex.compile(r"(?<![\p{L}’'])\p{Lu}[\p{Ll}’'-]+(?![\p{L}])")
_PERSON_CUES = regex.compile(
    r"(?<![\p{L}’'])(?:(?P<titled>(?:President|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Prime Minister|Chancellor|Mayor|Judge)\s+)"
    r"(?P<name>\p{Lu}[\p{Ll}’'-]+)|(?P<subject>\p{Lu}[\p{Ll}’'-]+),\s+(?:who|whose)\b)"
)


_NOT_NAME_STARTS = _TITLES | _WORDS_NOT_NAMES
_NAME_TITLES = _TITLES - {"the", "a", "an"}  # titles that stand before a name
_WORD = regex.compile(r"\S+")


def _fullness(name: str) -> tuple[bool, int]:
    """How good a full form is: one opening with a first name ("Hillary Clinton") beats one
    that does not ("Celebrating Clinton"), then the longer wins."""
    return is_given_name(name.split()[0]), len(name)


def _headline_words(words: list[str], in_lowercase: Callable[[str], bool]) -> int:
    """How many words open ``words`` before a first name and are no name: "More Hillary
    Clinton", "Look How Trey Gowdy", "Certainly Donald Trump" (words the text also uses in
    lower case: ``in_lowercase(word)``). Runs with no census first name after the opening
    ("New York Times") keep their words."""
    for k in range(1, len(words) - 1):
        if is_given_name(words[k]) and all(
            w.lower().rstrip(".") in _NOT_NAME_STARTS or in_lowercase(w) for w in words[:k]
        ):
            return k
    return 0


def _occurs_in_lowercase(text: str, low: str) -> bool:
    """Whether the lower-case word ``low`` stands in ``text`` as a word of its own."""
    at = text.find(low)
    while at >= 0:  # each occurrence is looked at once
        end = at + len(low)
        if not _word_char(text[at - 1 : at]) and not _word_char(text[end : end + 1]):
            return True
        at = text.find(low, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalpha() or (ch != "" and ch in "’'-")


FIND_LIMIT = 32  # words looked up by search; past that, one pass lists every lower-case word


_LOWERCASE_WORD = regex.compile(r"(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])")


def _after_last_title(words: list[str]) -> list[str]:
    """The words after the last capitalised title: "House Speaker Paul Ryan" -> Paul Ryan."""
    titled = [
        n
        for n, w in enumerate(words[:-1])
        if w[:1].isupper() and w.lower().rstrip(".") in _NAME_TITLES
    ]
    return words[titled[-1] + 1 :] if titled else words


_POSSESSIVE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}.-]*)(?P<mark>['’]s)"
)  # words a name run may open with but no name


SCAN_CACHE_SIZE = 2  # texts whose scan for names is kept, a reference held to each


class NameResolver:
    """Names for speaker mentions: surnames to the fullest form, pronouns to the latest person.

    People are recognised without a model: multi-word capitalised names (minus titles), a
    capitalised word after a title (President, Sen.) or before ", who", every later use of a
    known surname, and every speaker found.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.full: dict[str, str] = {}
        self.people: list[tuple[int, str]] = []
        self.name_spans: list[tuple[int, int]] = []
        self._checked: dict[str, bool] = {}
        self._lowercase: frozenset[str] | None = None
        for scanned, resolver in _SCANNED:
            if scanned is text:  # the quote and claim extractors resolve names in one text
                self._copy(resolver)
                return
        self._scan(text)
        _SCANNED.insert(0, (text, NameResolver._copy_of(self)))
        del _SCANNED[SCAN_CACHE_SIZE:]

    @staticmethod
    def _copy_of(resolver: NameResolver) -> NameResolver:
        copy = NameResolver.__new__(NameResolver)
        copy.text = resolver.text
        copy._copy(resolver)
        return copy

    def _copy(self, resolver: NameResolver) -> None:
        """Take ``resolver``'s state as it stands, in copies of its own."""
        self.full = dict(resolver.full)
        self.people = list(resolver.people)
        self.name_spans = list(resolver.name_spans)
        self._checked = dict(resolver._checked)
        self._lowercase = resolver._lowercase

    def _scan(self, text: str) -> None:
        """Find the people of ``text``: name runs, titled names and every later surname."""
        for match in _NAME_RUN.finditer(text, timeout=5.0):
            words = match.group().split()
            first = 0
            while first < len(words) and words[first].lower().rstrip(".") in _NOT_NAME_STARTS:
                first += 1
            if len(words) - first >= 3:  # "More Hillary Clinton", "House Speaker Paul Ryan"
                first += _headline_words(words[first:], self._in_lowercase)
                first = len(words) - len(_after_last_title(words[first:]))
            words = words[first:]
            if len(words) >= 2:
                offset = match.start()
                if first:
                    offset = [w.start() for w in _WORD.finditer(text, *match.span())][first]
                full = " ".join(words)
                self.name_spans.append((offset, match.end()))
                known = self.full.get(words[-1])
                if known is None or _fullness(full) > _fullness(known):
                    self.full[words[-1]] = full
                self.people.append((offset, full))
        for match in _PERSON_CUES.finditer(text, timeout=5.0):
            word = match.group("name") or match.group("subject")
            offset = match.start("name") if match.group("name") else match.start("subject")
            self.people.append((offset, self.full.get(word, word)))
            self.name_spans.append((offset, offset + len(word)))
        if self.full:
            for match in _CAPITALISED.finditer(text, timeout=5.0):
                surname_of = self.full.get(match.group())
                if surname_of is not None:
                    self.people.append((match.start(), surname_of))
                    self.name_spans.append(match.span())
        self.people.sort()

    def _in_lowercase(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case ("More" -> "more"), linear in
        the text however many words are asked about."""
        low = word.lower()
        if low == word or not low.isalpha():
            return False
        known = self._checked.get(low)
        if known is None:
            if self._lowercase is None and len(self._checked) >= FIND_LIMIT:
                self._lowercase = frozenset(_LOWERCASE_WORD.findall(self.text, timeout=5.0))
            if self._lowercase is not None:
                known = low in self._lowercase
            else:
                known = _occurs_in_lowercase(self.text, low)
            self._checked[low] = known
        return known

    def name(self, start: int, end: int) -> str:
        """The resolved name of the mention ``text[start:end]``."""
        surface = self.text[start:end].strip()
        words = surface.split()
        if not words:
            return surface
        if (len(words) == 1 and words[0].lower() in _PRONOUNS) or words[0].lower() in (
            "the",
            "a",
            "an",
        ):
            person = self.latest(start)
            return person or surface
        owner = _POSSESSIVE.fullmatch(words[0])
        if owner and len(words) > 1 and all(w[:1].islower() for w in words[1:]):
            # "Ryan's campaign": the owner's fullest name, then what it owns
            name = owner.group("name")
            return f"{self.full.get(name, name)}{owner.group('mark')} {' '.join(words[1:])}"
        words = _after_last_title(words)
        capitalised = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in _TITLES]
        if not capitalised:
            return surface
        last = capitalised[-1].rstrip(",.").removesuffix("’s").removesuffix("'s")
        full = self.full.get(
            last, " ".join(capitalised).rstrip(",.").removesuffix("’s").removesuffix("'s")
        )
        self.remember(start, full)
        return full

    def latest(self, offset: int) -> str | None:
        """The person named last before ``offset``."""
        at = bisect_right(self.people, (offset, "\uffff"))
        return self.people[at - 1][1] if at else None

    def remember(self, offset: int, name: str) -> None:
        at = bisect_right(self.people, (offset, name))
        self.people.insert(at, (offset, name))


_SCANNED: list[tuple[str, NameResolver]] = []  # the people of the latest texts, as scanned

MentionKind = Literal["name", "pronoun", "role"]

ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson minister president senator governor mayor official
    officials secretary chairman chairwoman chair director leader candidate nominee lawmaker
    congressman congresswoman representative ambassador general commander chief judge
    prosecutor attorney lawyer adviser advisor aide aides analyst economist expert professor
    researcher executive ceo founder manager owner author campaign billionaire businessman
    businesswoman activist strategist pollster host anchor reporter chancellor premier
    """.split()
)
_PRONOUN_RUN = regex.compile(r"(?<![\p{L}’'])(?i:he|she|they|him|her|them)(?![\p{L}’'])")
_ROLE_RUN = regex.compile(
    r"(?<![\p{L}’'])(?i:the|a|an|his|her|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?"
    r"(?P<noun>" + "|".join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w))) + r")(?![\p{L}’'])"
)


@attrs.frozen(kw_only=True)
class PersonMention(Span):
    """A mention of a person: a name, a pronoun or a role noun phrase ("the spokesman")."""

    kind: MentionKind


def find_mentions(text: str) -> list[PersonMention]:
    """Candidate person mentions in text order: names, personal pronouns and role nouns."""
    found: dict[tuple[int, int], PersonMention] = {}
    for start, end in NameResolver(text).name_spans:
        found[(start, end)] = PersonMention(start=start, end=end, text=text[start:end], kind="name")
    for match in _PRONOUN_RUN.finditer(text, timeout=5.0):
        s, e = match.span()
        found.setdefault((s, e), PersonMention(start=s, end=e, text=text[s:e], kind="pronoun"))
    for match in _ROLE_RUN.finditer(text, timeout=5.0):
        s, e = match.span()
        found.setdefault((s, e), PersonMention(start=s, end=e, text=text[s:e], kind="role"))
    ordered = sorted(found.values(), key=lambda m: (m.start, -m.end))
    kept: list[PersonMention] = []
    for mention in ordered:  # a surname inside a full name is not a mention of its own
        if kept and mention.start < kept[-1].end and mention.end <= kept[-1].end:
            continue
        kept.append(mention)
    return kept


def resolve(document: Document | str, mention: Span | tuple[int, int]) -> str:
    """The name a mention means: the fullest form of a name, or for a pronoun or role noun
    the nearest named person before it ("Trehubov" -> "Viktor Trehubov", "he" -> "Viktor
    Trehubov"); the mention's own text when nothing better is known."""
    text = document if isinstance(document, str) else document.text
    start, end = (mention.start, mention.end) if isinstance(mention, Span) else mention
    return NameResolver(text).name(start, end)


__all__ = ["ROLE_NOUNS", "NameResolver", "PersonMention", "find_mentions", "resolve"]
