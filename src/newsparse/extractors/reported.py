"""Reported speech: who says what, found by rules over a sentence's tokens.

:func:`find_attributions` finds ``X said/insisted/admitted (that) ...``, ``..., X said``,
``according to X, ...`` and ``X's claim that ...`` in a document and returns each as an
:class:`Attribution`: the source mention (people, organisations and countries alike, its
name resolved), the cue and the asserted content.

The work is split in modules: the cue lexicon and word classes
(:mod:`newsparse.extractors._reported_lexicon`: :data:`CUE_FORMS`, inflected by
:func:`newsparse.cues.inflections`), a sentence's tokens
(:mod:`newsparse.extractors._reported_tokens`), whether a cue form is a cue
(:mod:`newsparse.extractors._reported_cues`), noun phrases and subjects
(:mod:`newsparse.extractors._reported_subjects`), the clauses around a cue
(:mod:`newsparse.extractors._reported_clauses`), inverted attributions
(:mod:`newsparse.extractors._reported_inverted`), the other fixed patterns
(:mod:`newsparse.extractors._reported_patterns`), cues whose subject is no source
(:mod:`newsparse.extractors._reported_evidentials`), the patterns over one sentence put
together (:mod:`newsparse.extractors._reported_sentence`) and, here, the document: the
per-document analysis cache, speaker labels, quotations that run on, and the names claimers
resolve to.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence

import attrs
import regex

from newsparse._antecedents import NOT_PERSON_HEADS
from newsparse.cues import inflections
from newsparse.document import Document, Span
from newsparse.extractors._reported_lexicon import (
    ATTITUDE_LEMMAS,
    CUE_FORMS,
    DETERMINERS,
    NOUN_CUES,
    NP_STOP,
    OBJECT_PRONOUNS,
    PERSON_ROLES,
    POSSESSIVES,
    QUANTIFIER_PRONOUNS,
    SPEECH_LEMMAS,
    STANCE_NOUNS,
    SUBJECT_WORDS,
    TITLE_STOP,
    TRIGGERS,
    person_noun,
    word_set,
)
from newsparse.extractors._reported_sentence import sentence_attributions
from newsparse.extractors._reported_subjects import np_before
from newsparse.extractors._reported_tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Tok,
    is_abbreviation,
    is_capitalised,
    is_word,
    tokenize,
    trim_span,
    without_clitic,
)
from newsparse.extractors._span_index import SpanIndex
from newsparse.forenames import is_given_name
from newsparse.mentions import PERSON_ROLE_NOUNS, PRONOUN_GENDERS, NameResolver
from newsparse.results import Mention, Quote

MAX_TOKENS = 300  # longest stretch of one sentence analysed at once


@attrs.frozen(kw_only=True)
class Attribution:
    """One piece of reported speech: who (``source``), through which ``cue``, asserts what."""

    source: Mention | None
    cue: Span
    content: Span


_TITLES = word_set(
    """
    president mr mrs ms dr sen senator rep gov governor gen general secretary minister prime
    spokesman spokeswoman spokesperson chancellor attorney judge justice mayor speaker
    """
)
_PRONOUNS = SUBJECT_WORDS | POSSESSIVES | OBJECT_PRONOUNS


def _np_name(text: str, toks: list[Tok], a: int, b: int) -> str:
    """A noun phrase's name: its words past a determiner or possessive ("Members of the
    Senate Intelligence Committee", "Bank of America"), or a person's name where it is one
    followed by *of* or *from* ("Rep. Tom Cole of Oklahoma" -> Tom Cole)."""
    while a < b - 1 and (toks[a].low in DETERMINERS or toks[a].low in POSSESSIVES):
        a += 1
    place = next((k for k in range(a + 1, b - 1) if toks[k].low in ("of", "from")), None)
    person = _person_name_before(toks, a, place) if place is not None else None
    if person is not None:
        a, b = person
    name = text[toks[a].start : toks[b - 1].end]
    for suffix in ("'s", "’s"):
        if name.endswith(suffix) and len(name) > 2:
            name = name[: -len(suffix)]
    return name


def _person_name_before(toks: list[Tok], a: int, k: int) -> tuple[int, int] | None:
    """The person's name that ends right before the *of* or *from* at ``toks[k]``, as a token
    range: past titles ("Sen. Chuck Schumer of New York" -> Chuck Schumer, "Mr. Peck of
    SunTrust" -> Peck) or opening with a forename or an initial and a surname ("George
    Zornick of The Nation"). A role before it stays ("a spokesman for Mayor Frank G. Jackson
    of Cleveland"), and so does a name of something else ("Bank of America")."""
    n = k
    while n > a and (is_capitalised(toks[n - 1]) or toks[n - 1].text == "."):
        n -= 1
    m = max((t + 1 for t in range(n, k) if toks[t].low in _NAME_TITLES), default=n)
    while m < k and toks[m].text == ".":
        m += 1  # (past the last title: "CBC Chairman G.K. Butterfield", "Sen. Chuck Schumer")
    run = [t for t in toks[m:k] if is_word(t)]
    if not run or run[-1].low in NOT_PERSON_HEADS:
        return None
    initial = m + 1 < k and toks[m + 1].text == "." and run[0].text.replace(".", "").isupper()
    if m == n and (len(run) < 2 or not (is_given_name(run[0].text) or initial)):
        return None
    described = all(is_word(t) and t.low not in _NOT_DESCRIPTIONS for t in toks[a:n])
    return (m if described else a), k


# Titles before a name, and words that make what comes before a name more than a description
_NAME_TITLES = _TITLES | word_set(
    "representative archbishop bishop rev chairman chairwoman director commander lt col capt sgt"
)
_NOT_DESCRIPTIONS = word_set("and or for by with from of to at in on")


def _name_after_role(toks: list[Tok], a: int, b: int) -> int | None:
    """Where the name starts in a noun phrase that ends in a name after a lowercase role
    noun ("spokesman John Smith", "Clinton campaign chairman John Podesta"); None for other
    phrases ("the president of Harvard", "Members of the Senate Intelligence Committee").
    After a title with *of*, the name starts at its forename ("Secretary of State Colin
    Powell")."""
    k = b
    while k > a and (
        is_capitalised(toks[k - 1])
        or (toks[k - 1].text == "." and k - 2 >= a and len(toks[k - 2].text) == 1)
    ):
        k -= 1  # (initials keep their full stops: "John F. Kennedy")
    if k in (b, a):
        return None
    t = k  # back over titles too: "Speaker of the House Rep. Paul Ryan"
    while t > a and (
        is_capitalised(toks[t - 1])
        or (toks[t - 1].text == "." and t - 2 >= a and is_abbreviation(toks[t - 2]))
    ):
        t -= 1
    of, lowercase_title = t - 1, False
    if t - 2 > a and toks[t - 1].low == "the":
        of = t - 2  # "Speaker of the House X"
    elif t - 2 > a and toks[t - 2].low == "of" and not is_capitalised(toks[t - 1]):
        of, lowercase_title = t - 2, True  # "secretary of state X"
    if (
        of > a
        and toks[of].low == "of"
        and (is_capitalised(toks[of - 1]) or (lowercase_title and person_noun(toks[of - 1].low)))
    ):
        # "former Secretary of State Colin Powell", "former secretary of state Hillary
        # Clinton": the name opens with a forename
        return next((n for n in range(t, b - 1) if is_given_name(toks[n].text)), None)
    if person_noun(toks[k - 1].low) and not is_capitalised(toks[k - 1]):
        return k
    if toks[k].low.rstrip(".") in _TITLES:  # "... Attorney General Loretta E. Lynch"
        return next((n for n in range(k + 1, b - 1) if is_given_name(toks[n].text)), None)
    return None


def _person_after_of(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """The person a *who* after ``toks[a:b]`` means: past *of* when the noun before it is no
    person's and a person's name or a person noun follows ("the mouth of Donald Trump, who"
    -> Donald Trump), else the whole phrase ("the co-founder of X, who", "a graduate of
    Harvard Law School who")."""
    of = next((k for k in range(b - 2, a, -1) if toks[k].low == "of"), None)
    if of is None or person_noun(toks[of - 1].low) or is_capitalised(toks[of - 1]):
        return a, b
    if person_noun(toks[b - 1].low) or (
        is_capitalised(toks[b - 1]) and any(is_given_name(t.text) for t in toks[of + 1 : b])
    ):
        return of + 1, b
    return a, b


_NAME_RUN = regex.compile(r"(?:(?:\p{Lu}[\p{L}'’-]{1,30}|\p{Lu}\.) ){1,3}\p{Lu}[\p{L}'’-]{1,30}\b")


def _full_names(text: str) -> dict[str, str]:
    """Each surname's first multi-word form in ``text`` ("Trehubov" -> "Viktor Trehubov")."""
    names: dict[str, str] = {}
    for m in _NAME_RUN.finditer(text, timeout=5.0):
        words = m.group().split()
        while words[:-1] and (words[0] in TITLE_STOP or words[0].lower().strip(".") in _TITLES):
            words = words[1:]
        if len(words) < 2 or any(w in TITLE_STOP for w in words[1:]):
            continue
        names.setdefault(words[-1], " ".join(words))
    return names


def _fullest(text: str, name: str, cache: dict[str, str]) -> str:
    """The longest form of a one-word name in the document, else the name itself."""
    if " " in name or not name[:1].isupper() or len(name) < 3:
        return name
    if not cache:
        cache.update(_full_names(text))
        cache.setdefault("", "")
    return cache.get(name, name)


_GROUP_PRONOUNS = word_set("they them their it its")
# First words of claimers that name no group "they" can mean: "Some", "Wednesday", "31%"
_NOT_GROUP_STARTS = QUANTIFIER_PRONOUNS | word_set(
    """
    others other one another each every monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december
    """
)


def _group_like(name: str) -> bool:
    """Whether a claimer's name can be the group a later *they* means: not a quantifier, a
    day or a figure ("Some", "Wednesday", "Thirty-one percent of those surveyed")."""
    words = name.split()
    first = words[0].lower()
    quantified = first in QUANTIFIER_PRONOUNS and 1 < len(words) <= 3 and words[-1].endswith("s")
    return (
        (first not in _NOT_GROUP_STARTS or quantified)  # ("Some Republicans": a group)
        and "percent" not in name
        and "%" not in name
        and not any(ch.isdigit() for ch in name)
    )


_FIRST_PERSON = word_set("i me my we us our")
GROUP_WINDOW = 300  # characters back that "they" looks for the group it means


def _plausible(name: str | None) -> str | None:
    """``name`` if it looks like a name (no "On", "The" inside: not a headline run), else None."""
    if not name or any(w in TITLE_STOP for w in name.split()[1:]):
        return None
    return name


class _Resolver:
    """Names for mentions, through :class:`newsparse.mentions.NameResolver` where it applies.

    People (names, titled or not; *he*, *she*; *the senator*) resolve to the fullest form of
    the person's name (:meth:`NameResolver.person_before`, :meth:`NameResolver.role_holder`);
    *who* to its antecedent; *I* and *we* to the speaker of their quotation; *they* and *it*
    to the latest group or organisation claimer; organisations and countries (*the White
    House*, *Ukraine*) to themselves; what nothing tells (*you*) keeps its word.
    """

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        self._people: NameResolver | None = None
        self.cache: dict[str, str] = {}
        spoken = [
            (q, q.speaker) for q in quotes if q.speaker is not None and q.speaker.name[:1].isupper()
        ]
        self.named: list[tuple[int, str]] = sorted((s.start, s.name) for _, s in spoken)
        # quotations with a named speaker, by start: an "I" inside one is its speaker
        self.quoted: list[tuple[int, int, str]] = sorted(
            (q.start, q.end, s.name) for q, s in spoken
        )

    @property
    def people(self) -> NameResolver:
        """The shared name resolver, built on first use (it scans the whole document)."""
        if self._people is None:
            self._people = NameResolver(self.text)
        return self._people

    def latest_person(self, offset: int) -> str | None:
        """The latest named claimer before ``offset`` whose name looks like a person's."""
        at = bisect_left(self.named, (offset, ""))
        for _, name in reversed(self.named[max(0, at - 20) : at]):
            words = name.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and _plausible(name):
                return name
        return None

    def quoted_speaker(self, offset: int) -> str | None:
        """The speaker of the quotation ``offset`` lies in, None outside every quotation."""
        at = bisect_left(self.quoted, (offset + 1, 0, ""))
        if at and self.quoted[at - 1][1] > offset:
            return self.quoted[at - 1][2]
        return None

    def latest_group(self, offset: int) -> str | None:
        """The latest named claimer before ``offset``, within :data:`GROUP_WINDOW` characters,
        that is no single person's name ("Proponents", "Republicans", "Politifact")."""
        at = bisect_left(self.named, (offset, ""))
        for start, name in reversed(self.named[max(0, at - 20) : at]):
            if offset - start > GROUP_WINDOW:
                return None
            if not self.people.is_person(name) and _plausible(name) and _group_like(name):
                return name
        return None

    def _name(self, toks: list[Tok], a: int, b: int) -> str:
        start, end = toks[a].start, toks[b - 1].end
        head = toks[b - 1].low
        words = [t for t in toks[a:b] if is_word(t)]
        if b - a == 1 and toks[a].low == "which" and a >= 2:
            np = np_before(toks, a - 2, 0)  # "the government, which denied": the antecedent
            if np is None:
                return toks[a].text
            nearest = max((k + 1 for k in range(*np) if toks[k].low == "of"), default=np[0])
            return self._name(toks, min(nearest, np[1] - 1), np[1])  # "members of the X, which"
        if b - a == 1 and without_clitic(toks[a].low) in _PRONOUNS:
            bare = toks[a].text[: len(without_clitic(toks[a].low))]  # "I’ve": the name is "I"
            if toks[a].low == "who" and a >= 1:
                # "Flynn, who said" and "a lawyer who said": the antecedent just before
                np = np_before(toks, a - 2 if toks[a - 1].text == "," else a - 1, 0)
                if np is not None:
                    return self._name(toks, *_person_after_of(toks, *np))
            if without_clitic(toks[a].low) in PRONOUN_GENDERS:  # he, she, his, her
                gender = PRONOUN_GENDERS[without_clitic(toks[a].low)]
                return self.people.person_before(start, gender) or bare
            if without_clitic(toks[a].low) in _FIRST_PERSON:  # "I", "we": whoever is quoted
                return self.quoted_speaker(start) or bare
            if toks[a].low == "who":  # no antecedent just before: the latest person
                person = _plausible(self.people.latest(start)) or self.latest_person(start)
                return person or bare
            if without_clitic(toks[a].low) in _GROUP_PRONOUNS:  # they, it: never one person
                return self.latest_group(start) or bare
            return bare  # "you": the addressee, whom no name before tells
        comma = next((k for k in range(b - 2, a, -1) if toks[k].text == ","), None)
        if (
            comma is not None
            and b - comma > 2
            and all(is_capitalised(t) for t in toks[comma + 1 : b])
        ):
            return self._name(toks, comma + 1, b)  # "Nevada's governor, Brian Sandoval"
        role = head in PERSON_ROLES or head in PERSON_ROLE_NOUNS
        if role and not any(is_capitalised(t) for t in words[1:]):
            if toks[a].low != "the":  # "a spokesman", "Trump's lawyer": no one named before
                return _np_name(self.text, toks, a, b)
            person = self.people.role_holder(start, head)
            return person or _np_name(self.text, toks, a, b)
        own = _fullest(self.text, _np_name(self.text, toks, a, b), self.cache)
        if all(is_capitalised(t) for t in words) and toks[a].low not in DETERMINERS:
            return _plausible(self.people.name(start, end)) or own
        run = _name_after_role(toks, a, b)
        if run is not None:  # "campaign manager Robby Mook": the person, not the role
            return self.text[toks[run].start : end]
        if " of " in own or " from " in own:  # (no person's name found before it yet)
            return self._person_before_of(toks, a, b) or own
        return own

    def _person_before_of(self, toks: list[Tok], a: int, b: int) -> str | None:
        """The name of two or three capitalised words that opens ``toks[a:b]`` before *of*
        or *from* when the text also uses its last word alone, as it does a person's
        surname ("Viktor Trehubov of the Dnipro Operational-Strategic Group" and later
        "Trehubov told the BBC"); None otherwise ("Gun Owners of America")."""
        k = a
        while k < b and k - a <= 3 and is_capitalised(toks[k]) and toks[k].low.isalpha():
            k += 1
        if not 2 <= k - a <= 3 or k >= b or toks[k].low not in ("of", "from"):
            return None
        if toks[a].low in DETERMINERS or toks[k - 1].low in NOT_PERSON_HEADS:
            return None
        if not self.people.used_alone(toks[k - 1].text):
            return None
        return self.text[toks[a].start : toks[k - 1].end]

    def mention(self, toks: list[Tok], a: int, b: int) -> Mention:
        start, end = toks[a].start, toks[b - 1].end
        name = self._name(toks, a, b)
        pronoun = b - a == 1 and without_clitic(toks[a].low) in _PRONOUNS
        if pronoun and toks[a].low != without_clitic(toks[a].low):
            end = start + len(without_clitic(toks[a].low))  # "He's claiming": the mention is "He"
        if name[:1].isupper() and not pronoun:
            insort(self.named, (start, name))
        return Mention(start=start, end=end, text=self.text[start:end], name=name)


_LETTERS = regex.compile(r"\p{L}+")


def find_attributions(document: Document, quotes: Sequence[Quote] = ()) -> list[Attribution]:
    """Reported speech in ``document``: source mention, cue and asserted content, in text order.

    The sentence analysis depends on the text only and is shared, through :func:`analyse`,
    by every caller on the same document; names are resolved here, with ``quotes``' speakers.
    """
    resolver = _Resolver(document.text, quotes)
    out: list[Attribution] = []
    for found in analyse(document):
        source = resolver.mention(found.toks, *found.source) if found.source else None
        out.append(Attribution(source=source, cue=found.cue, content=found.content))
    out.extend(_labelled(document, resolver))
    out.sort(key=lambda a: (a.content.start, a.content.end))
    out = _without_reports_inside_quotations(document.text, out)
    return _with_continued_quotations(document, [_to_closing_mark(document, a) for a in out])


def _without_reports_inside_quotations(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop the reports a quoted speaker makes inside an attributed quotation: in "''I'm not
    sure Republicans believe X,'' he said" the whole quotation is his claim, not theirs."""
    quoted = SpanIndex()
    for a in found:
        if a.source is not None and _QUOTE_OPENING.match(text, a.content.start):
            quoted.add(a.content.start, a.content.end)

    def inside(a: Attribution) -> bool:
        cue = a.cue.start
        return any(
            start < cue < end and (start, end) != (a.content.start, a.content.end)
            for start, end, _ in quoted.overlapping(cue, cue + 1)
        )

    return [a for a in found if not inside(a)]


# "Elizabeth Warren: Trump is a failure", "BOLDUAN: You guys ...", "Q: Your mother ...": a
# paragraph or title that opens with a short capitalised label and a colon
_LABEL = regex.compile(
    r"[\"“]?(?P<label>\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|of|de|van|von|al)){0,3}):[ \t]+(?=\S)"
)
# Section labels of web pages and newsletters, not speakers
_NOT_SPEAKER_LABELS = word_set(
    """
    note notes update updated correction corrections related photo photos image images video
    videos watch listen read source sources credit credits disclosure advertisement follow
    contact email subscribe tags topics filed posted published date time location price
    editor's editors editor warning caption transcript summary background getty reuters ap
    clarification byline contributing contributors twitter facebook instagram breaking
    exclusive revealed look boom wow bombshell busted stat notice obituary opinion editorial
    analysis commentary
    """
)
_LETTER_WORD = regex.compile(r"\p{L}{2,}")


def _label_content_is_claim(text: str, start: int, end: int) -> bool:
    """Whether what follows a label says something: not a bare figure ("Clinton: 547.") nor
    a list of names ("Nevada: Adam Khan, Andres Ramirez, ...")."""
    words = _LETTER_WORD.findall(text, start, end)
    if not words:
        return False
    return not (text.count(",", start, end) >= 2 and all(w[0].isupper() for w in words))


def _labelled(document: Document, resolver: _Resolver) -> list[Attribution]:
    """Speaker labels: a title or paragraph that opens "LABEL: words" is LABEL's claim."""
    text = document.text
    units = [document.title] if document.title is not None else []
    out: list[Attribution] = []
    for unit in [*units, *document.paragraphs]:
        match = _LABEL.match(text, unit.start, unit.end)
        if match is None:
            continue
        label = match.group("label")
        words = label.lower().replace("’", "'").split()
        first = words[0]
        toks = tokenize(text, match.start("label"), match.end("label"))
        cued = len(toks) > 1 and first in CUE_FORMS and CUE_FORMS[first] in SPEECH_LEMMAS
        if cued:  # "Said Rosenberg: ...": the cue opens the label, the rest is the speaker
            words = words[1:]
            first = words[0]
        if (
            first in DETERMINERS
            or first in NP_STOP
            or first in SUBJECT_WORDS
            or any(w in _NOT_SPEAKER_LABELS for w in words)
        ):
            continue
        start, end = trim_span(text, match.end(), unit.end)
        if end - start < 3 or not _label_content_is_claim(text, start, end):
            continue
        cue = Span.of(text, match.end("label"), match.end("label") + 1)
        if cued:
            cue = Span.of(text, toks[0].start, toks[0].end)
        out.append(
            Attribution(
                source=resolver.mention(toks, 1 if cued else 0, len(toks)),
                cue=cue,
                content=Span.of(text, start, end),
            )
        )
    return out


_QUOTE_OPENING = regex.compile(r"''|[\"“]")
_QUOTE_CLOSING = {"''": regex.compile(r"''"), '"': regex.compile(r'"'), "“": regex.compile(r"”")}


def _to_closing_mark(document: Document, found: Attribution) -> Attribution:
    """A quoted content that runs past its sentence ('X said: "A. B. C."') goes on to its
    closing mark, within the paragraph."""
    text = document.text
    content = found.content
    opening = _QUOTE_OPENING.match(text, content.start)
    if opening is None:
        return found
    close = _QUOTE_CLOSING[opening.group()]
    if close.search(text, opening.end(), content.end) is not None:
        return found
    sentence = document.sentence_at(content.start)
    if sentence is None or sentence.paragraph < 0:
        return found
    closing = close.search(text, content.end, document.paragraphs[sentence.paragraph].end)
    if closing is None:
        return found
    return attrs.evolve(found, content=Span.of(text, content.start, closing.end()))


def _with_continued_quotations(document: Document, found: list[Attribution]) -> list[Attribution]:
    """Extend an attributed quotation over the quotation that goes on after it: in '"X," Ms.
    Katz said. "Y."' the content runs from "X" to the closing mark of "Y." within the
    paragraph, one statement with its attribution inside (reports inside "Y." are hers)."""
    if not found:
        return found
    text = document.text
    starts = [a.content.start for a in found]
    extended: dict[int, int] = {}  # id of an attribution -> where its continued quotation ends
    inner: set[int] = set()  # ids of reports inside a continued quotation
    previous: Attribution | None = None
    for index, sentence in enumerate(document.sentences):
        lo = bisect_left(starts, sentence.start)
        own = found[lo : bisect_left(starts, sentence.end, lo)]  # sorted by start: a slice
        before = document.sentences[index - 1] if index else None
        opening = _QUOTE_OPENING.match(text, sentence.start)
        if (
            previous is None
            or opening is None
            or before is None
            or before.paragraph != sentence.paragraph
        ):
            previous = _last_quoted(text, own)
            continue
        paragraph = document.paragraphs[sentence.paragraph] if sentence.paragraph >= 0 else None
        limit = paragraph.end if paragraph is not None else sentence.end
        closing = _QUOTE_CLOSING[opening.group()].search(text, opening.end(), limit)
        end = closing.end() if closing is not None else sentence.end
        if own and not all(sentence.start < a.cue.start < end for a in own):
            previous = _last_quoted(text, own)  # the sentence has reports of its own
            continue
        inner.update(id(a) for a in own)  # '"X," he said. "She told me Y."': all his
        extended[id(previous)] = end
    if not extended:
        return found
    return [
        attrs.evolve(a, content=Span.of(text, a.content.start, extended[id(a)]))
        if id(a) in extended
        else a
        for a in found
        if id(a) not in inner
    ]


def _last_quoted(text: str, own: list[Attribution]) -> Attribution | None:
    """The last of a sentence's attributions whose content is a quotation with a source."""
    quoted = [a for a in own if a.source is not None and _QUOTE_OPENING.match(a.content.text)]
    return quoted[-1] if quoted else None


@attrs.frozen(kw_only=True)
class Pending:
    """An attribution before name resolution: cue, content and the source's token range."""

    toks: list[Tok]
    source: tuple[int, int] | None
    cue: Span
    content: Span


# Particles of phrasal verbs: alone after a cue they are its part, not what is asserted
_PARTICLES = frozenset("back up out off down away over on in along".split())

CACHE_SIZE = 2  # documents whose analysis is kept (the quote and claim extractors share it)
_cache: list[tuple[Document, tuple[Pending, ...]]] = []


def analyse(document: Document) -> tuple[Pending, ...]:
    """The attributions of ``document`` before names are resolved, computed once per document.

    A small per-process cache keyed on the document's identity (holding a reference, so the
    identity cannot be reused while cached) lets the quote and claim extractors share one
    analysis; it keeps the last :data:`CACHE_SIZE` documents.
    """
    for cached, pending in _cache:
        if cached is document:
            return pending
    pending = tuple(_analyse(document))
    _cache.insert(0, (document, pending))
    del _cache[CACHE_SIZE:]
    return pending


def _analyse(document: Document) -> list[Pending]:
    text = document.text
    out: list[Pending] = []
    for sentence in document.sentences:
        start = document.past_dateline(sentence.start)
        if TRIGGERS.isdisjoint(_LETTERS.findall(text[start : sentence.end].lower())):
            continue  # not one cue word: nothing to attribute
        for toks, chunk_end in _chunks(tokenize(text, start, sentence.end), sentence.end):
            if len(toks) >= 3:
                out.extend(_pending(text, toks, chunk_end))
    return out


def _chunks(toks: list[Tok], end: int) -> list[tuple[list[Tok], int]]:
    """A sentence's tokens in pieces of at most :data:`MAX_TOKENS`, so that work stays linear."""
    if len(toks) <= MAX_TOKENS:
        return [(toks, end)]
    pieces = [toks[i : i + MAX_TOKENS] for i in range(0, len(toks), MAX_TOKENS)]
    return [(p, p[-1].end if n < len(pieces) - 1 else end) for n, p in enumerate(pieces)]


def _pending(text: str, toks: list[Tok], sent_end: int) -> list[Pending]:
    """Attributions in one sentence (or piece of one), their sources not yet named."""
    out: list[Pending] = []
    for found in sentence_attributions(text, toks, sent_end):
        c_start, c_end = trim_span(text, *found.content)
        if (
            c_end < len(text)
            and text[c_start : c_start + 1] in OPEN_QUOTES
            and text[c_end : c_end + 1] in CLOSE_QUOTES
        ):
            c_end += 1
        if c_end - c_start < 3 or text[c_start:c_end].rstrip(".!?").lower() in _PARTICLES:
            continue  # "Sanders has been pushing back.": a particle is no content
        cue = Span.of(text, toks[found.cue[0]].start, toks[found.cue[1] - 1].end)
        content = Span.of(text, c_start, c_end)
        out.append(Pending(toks=toks, source=found.source, cue=cue, content=content))
    return out


__all__ = [
    "ATTITUDE_LEMMAS",
    "CACHE_SIZE",
    "CUE_FORMS",
    "NOUN_CUES",
    "SPEECH_LEMMAS",
    "STANCE_NOUNS",
    "Attribution",
    "Pending",
    "analyse",
    "find_attributions",
    "inflections",
    "trim_span",
]
