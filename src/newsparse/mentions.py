"""Who a mention means: surnames to the fullest name the document uses, pronouns to a person."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Literal

import attrs
import regex

from newsparse._antecedents import (
    NOT_PERSON_HEADS,
    NP_PREPOSITIONS,
    PRONOUN_GENDERS,
    ROLE_ABBREVIATIONS,
    ROLE_GENDERS,
    SALIENCE_REACH,
    SIDE_ROLES,
    TITLE_GENDERS,
    QuotationMarks,
    in_apposition,
    modifies,
    opens_sentence,
    particle_after,
    speaks,
    titles,
    without_possessive,
)
from newsparse.cues import CUE_FORMS, REPORTING_PASTS
from newsparse.document import Document, Span
from newsparse.forenames import gender_of, is_given_name

MAX_RUN_WORDS = 4  # words of a name run; a titled one may take one more (_NAME_TAIL)
# A capitalised word of a name, with one capital inside after a prefix: McConnell,
# O’Rourke, DeSantis, Mark-Viverito
NAME_WORD = r"\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?"
# words of one line only: a title's last words and the next paragraph's first are no name
_NAME_RUN = regex.compile(
    rf"(?<![\p{{L}}’']){NAME_WORD}(?:[^\S\n]+(?:\p{{Lu}}\.|{NAME_WORD}))"
    rf"{{1,{MAX_RUN_WORDS - 1}}}(?![\p{{L}}])"
)
# a name's last words after a run that titles filled: "Ruth Bader Ginsburg"
_NAME_TAIL = regex.compile(rf"(?:[^\S\n]+{NAME_WORD}(?![\p{{L}}])){{1,2}}")
_TITLES = frozenset(
    """
    president mr mrs ms miss dr sen senator rep representative gov governor gen general
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


_CAPITALISED = regex.compile(rf"(?<![\p{{L}}’']){NAME_WORD}(?![\p{{L}}])")
_PERSON_CUES = regex.compile(
    r"(?<![\p{L}’'])(?:(?P<titled>(?:President|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Prime Minister|Chancellor|Mayor|Judge)\s+)"
    r"(?P<name>\p{Lu}[\p{Ll}’']+[\p{L}’'-]*)|(?P<subject>\p{Lu}[\p{Ll}’']+[\p{L}’'-]*),\s+(?:who|whose)\b)"
)


_NOT_NAME_STARTS = _TITLES | _WORDS_NOT_NAMES
# "Said" opens a name (Edward Said) except before a colon or a quotation, where it is a cue
_SAYS = frozenset(["Said", "Says"])
_LABEL_AFTER = regex.compile(r"[^\S\n]*(?::|,[^\S\n]*[\"“‘'])")
_NAME_TITLES = _TITLES - {"the", "a", "an"}  # titles that stand before a name
_WORD = regex.compile(r"\S+")


def _fullness(name: str) -> tuple[bool, int]:
    """How good a full form is: one opening with a first name ("Hillary Clinton") beats one
    that does not ("Celebrating Clinton"), then the longer wins."""
    return is_given_name(name.split()[0]), len(name)


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Where each space-separated word of ``text[start:end]`` starts."""
    return [word.start() for word in _WORD.finditer(text, start, end)]


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


def _trailing_name(words: list[str]) -> list[str]:
    """The capitalised words that end a mention, past descriptions and possessives before
    them: "Huckabee spokeswoman Alice Stewart" and "NBC’s Alice Stewart" -> Alice Stewart;
    "the United States. Ali" -> Ali; initials keep their full stops."""
    run: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",").removesuffix("’s").removesuffix("'s")
        if not bare[:1].isupper() or (run and bare != word.rstrip(",")):
            break  # a lower-case word, or an owner ("NBC’s"), ends the name (the name's
            # own possessive is no owner before it: "candidate Gary Johnson’s")
        if bare.endswith(".") and len(bare) > 2 and run and bare.lower().rstrip(".") not in _TITLES:
            break  # "States." ends the sentence before the name
        run.insert(0, bare)
    return run


def _without_place(words: list[str]) -> list[str]:
    """A person's name without the place or body that follows it: "Rep. Tom Cole of
    Oklahoma" -> Rep. Tom Cole, "Mr. Morgan of the Sierra Club" -> Mr. Morgan, "George
    Zornick of The Nation" -> George Zornick. Only after a title, or a first name or
    initials and a surname ("Bank of America" stays whole)."""
    for at, word in enumerate(words):
        if word in ("of", "from"):
            untitled = _after_last_title(words[:at])
            run = _trailing_name(untitled)
            titled = (  # "Mr. Morgan of X", not "Former Secretary of State X"
                len(untitled) < at
                and len(run) == len(untitled)
                and words[at - len(run) - 1].lower().rstrip(".") not in _NOT_NAME_TITLES
                and run[-1].lower().rstrip(".") not in _TITLES
            )
            if titled or (len(run) > 1 and (is_given_name(run[0]) or _INITIALS.fullmatch(run[0]))):
                return words[:at]
            return words
    return words


_TITLE_OF = regex.compile(r"\p{Lu}\p{Ll}+ of $")  # a capitalised title and its "of" before a name
_CLAUSE_ENDS = frozenset(',.;:!?"”’)—–')
_ARTICLES = frozenset(["the", "a", "an", "this", "that", "its", "their"])
_NOT_NAME_TITLES = frozenset(["former", "vice", "chief", "the", "a", "an"])  # no title alone
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")


def _opens_alone(text: str, start: int) -> bool:
    """Whether the word at ``start`` has no capitalised word or article just before it."""
    before = text[max(0, start - 20) : start].split()[-1:]
    word = before[0] if before else ""
    if not word or word[-1] in _CLAUSE_ENDS or word.lower().rstrip(".") in _NAME_TITLES:
        return True  # (opening a clause: "...,” Trehubov told the BBC"; "Mr. Rahman")
    return not word[:1].isupper() and word.lower() not in _ARTICLES


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
    """Names for speaker mentions: surnames to the fullest form, *he*/*she* and roles to the
    person most likely meant (:meth:`person_before`, :meth:`role_holder`).

    People are recognised without a model: multi-word capitalised names (minus titles), a
    capitalised word after a title (President, Sen.) or before ", who", every later use of a
    known surname, and every speaker found.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.full: dict[str, str] = {}
        self.people: list[tuple[int, str]] = []
        self.name_spans: list[tuple[int, int]] = []
        self.cued: set[str] = set()  # lone words a title or ", who" marks as a person's name
        self.spoke: set[str] = set()  # names resolved for a speaker or claimer
        self.genders: dict[str, str] = {}  # names a title (Mr., Mrs., Ms.) gives a sex
        self._person_cache: dict[str, bool] = {}
        self._gender_cache: dict[str, str | None] = {}
        self._marks: QuotationMarks | None = None
        self._checked: dict[str, bool] = {}
        self._lowercase: frozenset[str] | None = None
        self._alone: frozenset[str] | None = None
        self._by_sex: dict[tuple[str, str], str] | None = None  # (surname, sex) -> full name
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
        self.cued = set(resolver.cued)
        self.spoke = set(resolver.spoke)
        self.genders = dict(resolver.genders)
        self._person_cache = {}
        self._gender_cache = {}
        self._marks = resolver._marks
        self._checked = dict(resolver._checked)
        self._lowercase = resolver._lowercase
        self._alone = resolver._alone
        self._by_sex = resolver._by_sex

    def _scan(self, text: str) -> None:
        """Find the people of ``text``: name runs, titled names and every later surname."""
        for match in _NAME_RUN.finditer(text, timeout=5.0):
            words = match.group().split()
            end = match.end()
            if len(words) == MAX_RUN_WORDS and len(_after_last_title(words)) == 1:
                tail = _NAME_TAIL.match(text, end)  # "Italian Prime Minister Matteo Renzi":
                if tail is not None:  # the run stopped at the forename the titles left
                    words.extend(tail.group().split())
                    end = tail.end()
            verb = next((k for k in range(1, len(words)) if self._headline_verb(words[k])), 0)
            if verb:  # "Chris Christie Calls Hillary Clinton": a headline's verb ends the name
                words = words[:verb]
                end = _word_starts(text, match.start(), end)[verb - 1] + len(words[-1])
            first = 0
            while first < len(words) and words[first].lower().rstrip(".") in _NOT_NAME_STARTS:
                first += 1
            if words[0] in _SAYS and _LABEL_AFTER.match(text, end):
                first = max(first, 1)  # "Said Rosenberg: “...”": the cue, then the name
            if len(words) - first >= 3:  # "More Hillary Clinton", "House Speaker Paul Ryan"
                if _TITLE_OF.search(text, max(0, match.start() - 40), match.start()):
                    # "Secretary of State John Kerry": the title's words, then the name
                    first += _headline_words(words[first:], lambda word: True)
                first += _headline_words(words[first:], self._in_lowercase)
                first = len(words) - len(_after_last_title(words[first:]))
            words = words[first:]
            if len(words) >= 2:
                offset = match.start()
                if first:
                    offset = _word_starts(text, match.start(), end)[first]
                full = " ".join(words)
                self.name_spans.append((offset, end))
                known = self.full.get(words[-1])
                if known is None or _fullness(full) > _fullness(known):
                    self.full[words[-1]] = full
                self.people.append((offset, full))
        for match in _PERSON_CUES.finditer(text, timeout=5.0):
            word = match.group("name") or match.group("subject")
            offset = match.start("name") if match.group("name") else match.start("subject")
            title = (match.group("titled") or "").strip().lower()
            full = self.titled_full(word, TITLE_GENDERS.get(title))
            self.people.append((offset, full))
            self.name_spans.append((offset, offset + len(word)))
            self.cued.add(word)
            if title in TITLE_GENDERS:  # "Ms. Epstein": every mention of Lee Epstein is hers
                self.genders[full] = TITLE_GENDERS[title]
        if self.full or self.cued:
            for match in _CAPITALISED.finditer(text, timeout=5.0):
                word = match.group()
                surname_of = self.full.get(word, word if word in self.cued else None)
                if surname_of is not None and surname_of != word:
                    title = text[max(0, match.start() - 5) : match.start()].split()[-1:]
                    if title and title[0].lower() in TITLE_GENDERS:  # "Mr. Clinton": Bill
                        surname_of = self.titled_full(word, TITLE_GENDERS[title[0].lower()])
                if surname_of is not None:
                    self.people.append((match.start(), surname_of))
                    self.name_spans.append(match.span())
        self.people.sort()

    def titled_full(self, surname: str, gender: str | None) -> str:
        """The fullest name of ``surname`` for a title of ``gender`` ("m" for *Mr.*, "f" for
        *Mrs.*, *Ms.*): in a text with Hillary and Bill Clinton, *Mr. Clinton* is Bill
        Clinton, though the fullest *Clinton* is Hillary's. A surname whose only full names
        are of the other sex stays the surname."""
        full = self.full.get(surname, surname)
        if gender is None or " " not in full or gender_of(full.split()[0]) in (None, gender):
            return full
        if self._by_sex is None:  # built once, from the names found so far: linear
            self._by_sex = {}
            for _, name in self.people:
                words = name.split()
                sex = gender_of(words[0]) if len(words) > 1 else None
                if sex is not None:
                    self._by_sex.setdefault((words[-1], sex), name)
        return self._by_sex.get((surname, gender), surname)

    def used_alone(self, surname: str) -> bool:
        """Whether the text writes ``surname`` without a capitalised word before it, as a
        person's surname is written after the first mention ("Trehubov told the BBC", "Mr.
        Rahman said"), not after an article ("the Chamber"). One pass over the text, on
        first use."""
        if self._alone is None:
            self._alone = frozenset(
                match.group()
                for match in _CAPITALISED.finditer(self.text, timeout=5.0)
                if _opens_alone(self.text, match.start())
            )
        return surname in self._alone

    def _headline_verb(self, word: str) -> bool:
        """Whether ``word`` inside a capitalised run is a reporting verb's inflected form
        that the text also writes in lower case ("Says", "Calls"), so the run is a
        headline's subject and verb, not one name."""
        lemma = CUE_FORMS.get(word.lower())
        return lemma is not None and lemma != word.lower() and self._in_lowercase(word)

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
        if len(words) == 1 and words[0].lower() in PRONOUN_GENDERS:
            return self.person_before(start, PRONOUN_GENDERS[words[0].lower()]) or surface
        if words[0].lower() in ("the", "a", "an") and len(words) > 1:
            return self._noun_phrase_name(start, words)
        if len(words) == 1 and words[0].lower() == "who":
            return self.latest(start) or surface  # "Lee, who said": the name just before
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            return surface  # "they", "we", "I": no group or author a name scan can tell
        for at, word in enumerate(words[:3]):
            owner = _POSSESSIVE.fullmatch(word)
            if owner and at + 1 < len(words) and all(w[:1].islower() for w in words[at + 1 :]):
                # "Ryan's campaign", "Hillary Clinton's right-hand woman": the owner's fullest
                # name, then what it owns
                name = owner.group("name")
                whole = " ".join([*words[:at], name]) if at else self.full.get(name, name)
                return f"{whole}{owner.group('mark')} {' '.join(words[at + 1 :])}"
        head = words[-1].rstrip(",.")
        if len(words) > 1 and head.islower() and head.endswith("s") and "self" not in head:
            return surface.rstrip(",.")  # "Clinton aides", "Trump supporters": a group
        words = _after_last_title(_without_place(words))
        if words[0] == "of":  # "Secretary of State Madeleine Albright": the title's own "of"
            forename = next((k for k in range(1, len(words) - 1) if is_given_name(words[k])), 0)
            words = words[forename:]
        capitalised = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in _TITLES]
        if not capitalised:
            return surface
        last = capitalised[-1].rstrip(",.").removesuffix("’s").removesuffix("'s")
        full = self.full.get(
            last, " ".join(capitalised).rstrip(",.").removesuffix("’s").removesuffix("'s")
        )
        title = TITLE_GENDERS.get(surface.split()[0].lower()) if len(words) == 1 else None
        if title is not None and last in self.full:  # "Mrs. Clinton": the Clinton she is
            full = self.titled_full(last, title)
        run = _trailing_name(words)
        if (
            len(run) > 1
            and (is_given_name(run[0]) or run[-1].lower() in NOT_PERSON_HEADS)
            and not set(run) <= set(full.split())
        ):
            full = " ".join(run)  # "Donald Trump" is not the "Melania Trump" named first,
            # nor "Breitbart News" the "New York Daily News"
        self.remember(start, full)
        self.spoke.add(full)
        self._person_cache.pop(full, None)  # a name that speaks may now count as a person
        return full

    def latest(self, offset: int) -> str | None:
        """The person named last before ``offset``."""
        at = bisect_right(self.people, (offset, "\uffff"))
        return self.people[at - 1][1] if at else None

    def _noun_phrase_name(self, start: int, words: list[str]) -> str:
        """The name of a mention opening with an article: a proper name as written without
        it ("The New York Times" -> New York Times), a definite role ("the Indiana
        governor", "the spokeswoman") the person it most likely means, anything else ("the
        agency", "a spokesman") its own words without the article."""
        rest = words[1:]
        cut = next((k for k in range(1, len(rest)) if rest[k] in NP_PREPOSITIONS), len(rest))
        head = rest[cut - 1]
        own = " ".join(rest).rstrip(",.")
        if head[:1].isupper():  # a name, past the words that describe it: "The Nobel-winning
            lower = [k for k in range(cut) if not rest[k][:1].isupper()]  # novelist Mario
            return " ".join(rest[lower[-1] + 1 :] if lower else rest).rstrip(",.")  # Vargas Llosa"
        noun = head.lower().strip(",.")
        if words[0].lower() != "the" or noun not in PERSON_ROLE_NOUNS:
            return own
        return self.role_holder(start, noun) or own

    def role_holder(self, offset: int, noun: str) -> str | None:
        """Who *the* ``noun`` at ``offset`` is: the person last named with the same role as a
        title or an apposition ("spokesman Josh Earnest", "President Obama", "Josh Earnest, the
        White House spokesman"); for a role a story is about ("the senator", "the Indiana
        governor") else the person the text most likely means (:meth:`person_before`); for
        a role beside someone else's ("the spokesman", "the lawyer") None."""
        named = self._named_after(offset, noun)
        if named is not None:
            return named
        base = max(0, offset - WINDOW)
        window = self.text[base:offset]
        forms = "|".join(regex.escape(form) for form in (noun, *ROLE_ABBREVIATIONS.get(noun, ())))
        role = rf"(?i:(?<!\p{{L}})(?:{forms})(?!\p{{L}}))"
        for match in list(regex.finditer(role, window))[: -ROLE_LOOKBACK - 1 : -1]:
            a, b = base + match.start(), base + match.end()
            at = bisect_right(self.people, (a - 80, ""))
            for start, name in self.people[at : at + 30]:
                if start > b + 40:
                    break
                titled = titles(self.text, b, start)
                apposed = in_apposition(self.text, start + len(name), a)
                vice = self.text[max(0, a - 5) : a].lower().strip() == "vice"
                head = without_possessive(name).split()[-1].lower()
                if (titled or apposed) and not vice and head not in NOT_PERSON_HEADS:
                    same = [n for s, n in self.people[at : at + 30] if s == start]
                    longest = without_possessive(max(same, key=len))  # not just "Barack"
                    return longest + particle_after(self.text, start + len(longest))
        if noun in SIDE_ROLES:
            return None
        return self.person_before(offset, ROLE_GENDERS.get(noun))

    def _named_after(self, offset: int, noun: str) -> str | None:
        """The person named in apposition right after the role ``noun`` of the mention at
        ``offset`` ("said the bureau's director, James B. Comey, on Monday"), else None."""
        role = regex.compile(rf"(?i:(?<!\p{{L}}){regex.escape(noun)}(?!\p{{L}}))")
        found = role.search(self.text, offset, offset + ROLE_REACH)
        apposed = _APPOSED_NAME.match(self.text, found.end()) if found else None
        if apposed is None:
            return None
        at = bisect_right(self.people, (apposed.start(1), ""))
        names = [name for start, name in self.people[at : at + 5] if start < apposed.end(1)]
        longest = max(names, key=len, default=None)
        return longest if longest is not None and self.is_person(longest) else None

    def person_before(self, offset: int, gender: str | None) -> str | None:
        """The person a pronoun or a definite role noun at ``offset`` most likely means
        (``gender`` "m", "f" or None: *he*, *she*, *the spokeswoman*, *the senator*).

        Looking back from the pronoun over at most :data:`LOOKBACK` names within
        :data:`WINDOW` characters, the names that can be this person: a person's name (a
        census first name opens it, a title or ", who" marked it, or it spoke), whose first
        name does not belong to the other sex, and not inside a quotation that closes before
        the pronoun ("“... Hillary Clinton ...,” he said"). Of these, the nearest speaker
        (a name a reporting verb follows: "Bamberg, who is 28, said") unless another name is
        :data:`SALIENCE_REACH` characters nearer; else the nearest name; a name after a
        preposition or an article ("under President Obama", "a Martin Luther King Jr.
        celebration") only when no other is found. None when no one fits.
        """
        at = bisect_right(self.people, (offset, "\uffff"))
        speaker: tuple[int, str] | None = None
        nearest: tuple[int, str] | None = None
        fallback: str | None = None
        for k in range(at - 1, max(-1, at - 1 - LOOKBACK), -1):
            start, name = self.people[k]
            if offset - start > WINDOW or speaker is not None:
                break  # (a nearer speaker wins over every name before it)
            if nearest is not None and nearest[0] - start > SALIENCE_REACH:
                break  # a speaker this far before the nearest name would not win over it
            if k and self.people[k - 1][1] == name and self.people[k - 1][0] + len(name) > start:
                continue  # the surname inside the full name just before: that one counts
            if not self.is_person(name):
                continue
            if gender is not None and self._gender(name, start) not in (None, gender):
                continue
            if self.marks.inside(start, offset):
                continue
            if modifies(self.text, start, _NAME_TITLES):
                fallback = fallback or name
            elif speaker is None and (
                opens_sentence(self.text, start) or speaks(self.text, start, name)
            ):
                speaker = (start, name)
            elif nearest is None:
                nearest = (start, name)
        if speaker is not None and (nearest is None or nearest[0] - speaker[0] <= SALIENCE_REACH):
            return without_possessive(speaker[1])
        chosen = nearest[1] if nearest is not None else (speaker[1] if speaker else fallback)
        return None if chosen is None else without_possessive(chosen)

    @property
    def marks(self) -> QuotationMarks:
        """The text's quotation marks, found on first use."""
        if self._marks is None:
            self._marks = QuotationMarks(self.text)
        return self._marks

    def is_person(self, name: str) -> bool:
        """Whether ``name`` names a person: a census first name opens it, a title or
        ", who" marked it, or it spoke as a lone surname."""
        known = self._person_cache.get(name)
        if known is None:
            known = self._person_cache[name] = self._looks_like_person(name)
        return known

    def _looks_like_person(self, name: str) -> bool:
        words = without_possessive(name).split()
        head = words[-1].strip(".,").lower()
        if head in NOT_PERSON_HEADS:
            return False  # "Henry Realty", "Florida Friday"
        words = _after_last_title(words)  # "Senator Barbara Boxer"; "Miss Universe" -> Universe
        if words[0] in self.cued:
            return True
        if name in self.spoke and (len(words) > 1 or self._surname_like(words[0])):
            return True
        if len(words) == 1:
            full = self.full.get(words[0], "")
            return " " in full and is_given_name(full.split()[0])
        return is_given_name(words[0])

    def _surname_like(self, word: str) -> bool:
        """A lone capitalised word that can be a surname: no "Md", "Conversely" nor
        "Republicans", and never written in lower case in the text."""
        return (
            len(word) > 2
            and not word.isupper()
            and not word.endswith(("ly", "s"))  # "Conversely"; a plural group: "Republicans"
            and not self._in_lowercase(word)
        )

    def _gender(self, name: str, start: int = -1) -> str | None:
        """The sex a title before ``start`` ("Mrs.") or the name's first name shows, if any."""
        before = self.text[max(0, start - 6) : start].split() if start > 0 else []
        if before and before[-1].lower() in TITLE_GENDERS:
            return TITLE_GENDERS[before[-1].lower()]
        if name not in self._gender_cache:
            self._gender_cache[name] = self._name_gender(name)
        return self._gender_cache[name]

    def _name_gender(self, name: str) -> str | None:
        words = without_possessive(name).split()
        titled = self.genders.get(" ".join(words)) or self.genders.get(self.full.get(words[-1], ""))
        if titled is not None:
            return titled
        if len(words) == 1:
            words = self.full.get(words[0], "").split() or words
        words = _after_last_title(words)
        return gender_of(words[0]) if len(words) > 1 else None

    def remember(self, offset: int, name: str) -> None:
        at = bisect_right(self.people, (offset, name))
        self.people.insert(at, (offset, name))


LOOKBACK = 40  # names a pronoun looks back over, so that resolving stays linear
ROLE_LOOKBACK = 20  # earlier uses of a role that "the senator" looks back over
ROLE_REACH = 80  # characters from a role mention's start to its noun ("the bureau's director")
# ", James B. Comey," after a role: a name run set off by commas (or ending the sentence)
_APPOSED_NAME = regex.compile(
    rf",[^\S\n]+((?:{NAME_WORD}|\p{{Lu}}\.)(?:[^\S\n]+(?:{NAME_WORD}|\p{{Lu}}\.)){{1,3}})"
    r"(?=[,.;)]|$)"
)
WINDOW = 3000  # characters a pronoun or role looks back over


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
PERSON_ROLE_NOUNS = ROLE_NOUNS - {"campaign", "officials", "aides"}  # one person each
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
    """The name a mention means: the fullest form of a name, for *he*/*she* or *the* and a
    role noun the person most likely meant ("Trehubov" -> "Viktor Trehubov", "he" ->
    "Viktor Trehubov"); the mention's own text when nothing better is known ("they", "a
    spokesman")."""
    text = document if isinstance(document, str) else document.text
    start, end = (mention.start, mention.end) if isinstance(mention, Span) else mention
    return NameResolver(text).name(start, end)


__all__ = [
    "PERSON_ROLE_NOUNS",
    "PRONOUN_GENDERS",
    "ROLE_NOUNS",
    "NameResolver",
    "PersonMention",
    "find_mentions",
    "resolve",
]
