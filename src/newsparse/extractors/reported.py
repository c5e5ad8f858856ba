"""Reported speech: who says what, found by rules over a sentence's tokens.

:func:`find_attributions` finds ``X said/insisted/admitted (that) ...``, ``..., X said``,
``according to X, ...`` and ``X's claim that ...`` in a document and returns each as an
:class:`Attribution`: the source mention (people, organisations and countries alike, its
name resolved), the cue and the asserted content. The cue lexicon (:data:`CUE_FORMS`,
generated from lemmas by :func:`inflections`) lives here too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from newsparse import cues
from newsparse.document import Document, Span
from newsparse.mentions import NameResolver
from newsparse.results import Mention, Quote

MAX_TOKENS = 300  # longest stretch of one sentence analysed at once


def _words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


_STRIP = " \t\r\n.,;:!?-—–"

# --- the reporting-cue lexicon: lemmas, inflected by rule --------------------------------------

# Verbs that introduce an asserted proposition (a that-clause, an object clause or an object).
SPEECH_LEMMAS: frozenset[str] = _words(
    """
    say tell add write note report announce suggest tweet argue explain declare claim insist
    admit deny warn confirm acknowledge boast brag believe think know predict promise vow
    pledge assert stress emphasize emphasise concede contend maintain allege charge complain
    reveal recall reply respond agree disclose estimate conclude fear hope expect worry show
    find indicate mention observe remark joke reiterate repeat testify post caution
    speculate imply signal affirm assure inform advise remind guess suspect feel realize
    realise recognize recognise understand learn hear doubt wonder ask question proclaim
    retort lament hint quip muse recount assume presume suppose imagine forecast calculate
    demonstrate blame accuse criticize criticise praise describe dismiss urge propose
    counter reckon decry specify underline underscore highlight insinuate grumble state
    continue answer shout chant email retweet quote echo read speak talk refer point publish
    release list name identify see appear seem
    """
)
# Verbs of stance towards an object: PolNeAR-style attributions of attitude ("X criticized Y").
ATTITUDE_LEMMAS: frozenset[str] = _words(
    """
    criticize criticise slam blast attack mock denounce condemn assail lambaste chastise
    rebuke scold decry endorse support oppose reject defend praise hail applaud welcome
    thank tout embrace favor favour back challenge question dismiss call describe portray
    characterize characterise label cite urge demand request recommend propose seek
    want wish prefer plan threaten express voice discuss mention highlight acknowledge
    accept vow refuse decline consider regard view blame accuse target reference insist
    offer seek decide order determine rule vote encourage focus deem compare liken rail bemoan
    invoke celebrate knock dub rebuff credit champion attribute comment congratulate trumpet
    downplay outline promote clarify reaffirm chide advocate dispute deride detail
    document persuade convince link grill profile investigate tie lambast berate fault push
    aim devote touch expose unveil present articulate hammer resist paint feature share lobby
    protest spar clash pitch float love hate resent ignore apologize apologise discover examine
    balk downplay pan contrast reflect eschew require prohibit figure gloss
    """
)
# Lemmas that are also common nouns: their base and -s forms count only after a subject-like
# word or before "that" ("the report shows" is a noun; "reports that" is a verb).
_NOUNISH = _words(
    """
    report note post claim charge question show hope fear doubt answer promise signal tweet
    counter forecast find add estimate muse repeat joke hint remark blame praise feel attack
    support call plan demand request vote view target back voice favor favour challenge
    reference wish welcome embrace label thank defend want need mock talk quote echo list
    name order rule release point focus offer state shout chant email continue comment
    document credit tie link profile detail outline knock rail champion fault dispute push
    aim touch feature share protest clash pitch float paint present love hate pan contrast
    figure require
    """
)
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "know": ("knew", "known"),
    "find": ("found",),
    "show": ("showed", "shown"),
    "hear": ("heard",),
    "feel": ("felt",),
    "understand": ("understood",),
    "forecast": ("forecast",),
    "prove": ("proved", "proven"),
    "learn": ("learned", "learnt"),
    "see": ("saw", "seen"),
    "speak": ("spoke", "spoken"),
    "seek": ("sought",),
    "read": ("read",),
}
_DOUBLING = frozenset(
    ["admit", "regret", "refer", "prefer", "quip", "rebut", "submit", "commit", "omit", "confer"]
)
# Nouns of assertion: "Kyiv's acknowledgement that ...", "the claim that ...".
NOUN_CUES: frozenset[str] = _words(
    """
    claim claims assertion assertions admission acknowledgement acknowledgment denial
    insistence statement announcement warning suggestion argument belief contention
    allegation allegations assurance assurances promise prediction estimate conclusion
    finding findings accusation accusations charge charges fear fears hope view boast
    confirmation report reports
    """
)
# Nouns of stance that take an object after a possessive owner: "Kyiv's criticism of ...".
STANCE_NOUNS: frozenset[str] = NOUN_CUES | _words(
    """
    criticism criticisms decision complaint complaints opposition support call calls demand
    demands plan plans proposal proposals pledge pledges position comments remarks
    acknowledgement endorsement rejection defense defence praise attacks attack
    """
)
_STANCE_LINKS = _words("that of to on for about against")
# Participles after a comma ("..., saying ...") take the main clause's subject as source.
_SUBJECT_WORDS = _words("i you he she it we they who")
_OBJECT_PRONOUNS = _words("me him her us them")
_POSSESSIVES = _words("his her its their our my your")
_AUX = _words(
    """
    have has had 've 'd will would could should may might must can did does do not n't never
    also repeatedly already still later again previously often always once now then just
    reportedly publicly privately recently long first even further flatly been be being is
    perhaps together began begun begin begins started start starts kept keep keeps continued
    was are were am 's 're 'll too finally quickly initially originally separately soon ever
    """
)
_ADVERBS = _words("also still now then often always never even just again already outright")
_MODALS = _words(
    "have has had will would could should may might must can did does do 'd 'll not n't never"
)
_BE = _words("is was are were be been being am 's 're")
_FINITE = _MODALS | _BE
_NP_STOP = _words(
    """
    in on at for with by from to into about after before during over under than as like
    since through without against among between within upon across toward towards via per
    and or but nor so yet while because although though if when whether that which where
    whom whose what why how is was are were be been has have had did do does will would can
    could should may might must not n't there here then now just only even still also when
    once until unless whereas said says say told
    """
)
_SUBORDINATORS = _words(
    """
    while although though as because since if when whereas after before unless once
    """
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several"]
)
_ABBREVIATIONS = _words(
    """
    mr mrs ms dr sen rep gov gen col lt sgt capt st jr sr prof pres rev u.s u.n u.k d.c
    """
)
_TITLE_STOP = _words(
    """
    The A An In On At For But And Or When While After Before If As Since Although Though
    Meanwhile However Now Then This That These Those It He She They We I Last Next On By
    From
    """
)


def inflections(lemma: str) -> frozenset[str]:
    """The base, -s, -ing and past forms of a verb lemma, by the shared rules of
    :func:`newsparse.cues.inflections` with this lexicon's irregular and doubling tables."""
    return cues.inflections(lemma, irregular=_IRREGULAR, doubling=_DOUBLING)


def _build_cue_forms() -> dict[str, str]:
    """Every inflected cue form, lower-cased, to its lemma."""
    lemmas: set[str] = set(SPEECH_LEMMAS | ATTITUDE_LEMMAS)
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        for form in inflections(lemma):
            forms.setdefault(form, lemma)
    return forms


CUE_FORMS: dict[str, str] = _build_cue_forms()
# The base and -s forms of noun-like lemmas; past forms (found, showed) are verbs only.
_AMBIGUOUS = frozenset(
    form
    for form, lemma in CUE_FORMS.items()
    if lemma in _NOUNISH and form in (lemma, lemma + "s", lemma + "es")
)
_CLAUSE_ONLY = _words("find")  # a cue only before a clause: "found that", not "found a job"
# Nouns of evidence: their "show" and "find" are findings ("a poll shows X", "the study found
# X", "records show"), whatever follows
_EVIDENCE = _words(
    """
    poll polls polling survey surveys study studies analysis analyses report reports record
    records data research paper papers review audit investigation inquiry figures numbers
    results average count tally census estimates math search video footage documents filings
    transcript evidence test tests experiment experiments
    """
)
# Verbs whose object is a bare clause: "voters saying race relations are worse"
_CLAUSE_TAKING = _words(
    """
    say claim insist argue warn predict suggest believe think complain contend allege maintain
    assert fear hope expect worry acknowledge admit deny
    """
)
_EVIDENCE_LEMMAS = _words("show find reveal suggest indicate")
_COORDINATORS = _words("but and yet so")  # "But the plan is dead, the senator said."
_CLAUSE_OPENERS = _words("that how what why whether who where when")

# --- tokens --------------------------------------------------------------------------------------

_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")
_OPEN_QUOTES = "\"“‘«'"
_CLOSE_QUOTES = "\"”’»'"
_BOUNDARY = frozenset(',;:()[]—–"“”«»')


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    words: int  # word tokens before this one in its sentence


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    words = 0
    make = tuple.__new__  # _Tok(...) without the generated __new__'s Python frame
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        a, b = m.span()
        out.append(make(_Tok, (a, b, t, t.lower().replace("’", "'"), words)))
        words += t[0].isalnum()
    return out


def _head(low: str) -> str:
    """A token without a clitic: "he's" -> "he"."""
    cut = low.find("'")
    return low[:cut] if cut > 0 else low


def _is_word(tok: _Tok) -> bool:
    return tok.text[0].isalnum()


def _capitalised(tok: _Tok) -> bool:
    return tok.text[0].isupper()


@attrs.frozen(kw_only=True)
class Attribution:
    """One piece of reported speech: who (``source``), through which ``cue``, asserts what."""

    source: Mention | None
    cue: Span
    content: Span


# --- finding sources -----------------------------------------------------------------------------


def _abbreviation(tok: _Tok | None) -> bool:
    """Whether a full stop after ``tok`` marks an abbreviation ("Mr.", "Sen.", "J.")."""
    if tok is None:
        return False
    return (
        tok.low in _ABBREVIATIONS
        or (_capitalised(tok) and len(tok.text) <= 3)
        or _DOTTED_INITIALS.fullmatch(tok.text) is not None  # "the F.B.I. said"
    )


_DOTTED_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}")


def _np_before(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase that ends at token ``j`` (subject of a cue)."""
    if j < lo:
        return None
    if toks[j].text == ")":  # "Rep. Trey Gowdy (R-S.C.) said": the name before the brackets
        k = j - 1
        while k > lo and j - k < 10 and toks[k].text != "(":
            k -= 1
        if k > lo and toks[k].text == "(":
            return _np_before(toks, k - 1, lo)
        return None
    if _head(toks[j].low) in _SUBJECT_WORDS:
        return j, j + 1
    if toks[j].low == "which" and j > lo and toks[j - 1].text == ",":
        return j, j + 1  # "the Saudi government, which has denied ..."
    k = j
    while k >= lo and j - k < 10:
        t = toks[k]
        if not _is_word(t):
            if t.text == "." and _abbreviation(toks[k - 1] if k - 1 >= lo else None):
                k -= 1
                continue
            if t.text in "-&" or (t.text == "%" and k - 1 >= lo and toks[k - 1].text[0].isdigit()):
                k -= 1  # "47% say": a percentage heads the phrase
                continue
            break
        if t.low in _POSSESSIVES and k < j:
            k -= 1
            break  # "her friend said": a possessive opens the noun phrase
        if t.low in _NP_STOP or _head(t.low) in _SUBJECT_WORDS or t.low in _OBJECT_PRONOUNS:
            break
        if t.low in CUE_FORMS and t.low not in _AMBIGUOUS and k < j:
            break
        if t.low in _DETERMINERS and not (k - 1 >= lo and toks[k - 1].low == "of"):
            k -= 1
            break  # a determiner opens the noun phrase
        k -= 1
    a = k + 1
    while a <= j and toks[a].low == "of":
        a += 1
    while (
        a < j and toks[a].low in _TIME_WORDS and _capitalised(toks[a]) and _capitalised(toks[a + 1])
    ):
        a += 1  # "On Saturday Sanders assailed": the name after the day
    if a > j or all(t.low in _DETERMINERS or t.low in _POSSESSIVES for t in toks[a : j + 1]):
        return None
    if (
        a - 2 >= lo
        and toks[a - 1].low in _TIME_PREPOSITIONS
        and all(t.low in _TIME_WORDS or t.text.isdigit() for t in toks[a : j + 1])
    ):  # "a panel in 2001 found": the subject is before the time adjunct
        return _np_before(toks, a - 2, lo)
    if (
        a - 1 >= lo
        and _is_word(toks[a - 1])
        and toks[a].low in ("this", "last", "next", "earlier", "later")
        and all(t.low in _TIME_WORDS or t.low in _TIME_NOUNS for t in toks[a + 1 : j + 1])
        and j > a
    ):  # "Wells Fargo this month announced": the subject is before the time phrase
        return _np_before(toks, a - 1, lo)
    return a, j + 1


def _appositive_head(toks: list[_Tok], comma: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase before an appositive: "Flynn, a top adviser, said" -> "Flynn"."""
    c = comma - 1
    while c > lo and toks[c].text != "," and comma - c < 25:
        c -= 1
    if c > lo and toks[c].text == ",":
        np = _np_before(toks, c - 1, lo)
        apposition = [t for t in toks[c + 1 : comma] if _is_word(t)]
        if (
            np is not None
            and apposition
            and all(_capitalised(t) for t in apposition)
            and not any(_capitalised(t) for t in toks[np[0] + 1 : np[1]])
        ):
            return np[0], comma  # "Another critic, Ola Berg, said": the name is the apposition
        return np
    return None


def _np_after(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that starts at token ``i`` (after an inverted cue)."""
    k = i
    while k < hi and k - i < 12:
        t = toks[k]
        if not _is_word(t):
            if t.text == "." and _abbreviation(toks[k - 1] if k > i else None) and k + 1 < hi:
                k += 1
                continue
            if t.text in "-&'’":
                k += 1
                continue
            break
        if k > i and t.low in ("who", "which", "that", "in", "on", "at", "during", "after"):
            break
        k += 1
    return (i, k) if k > i else None


def _skip_aux_back(toks: list[_Tok], j: int, lo: int) -> int:
    while j >= lo and (
        toks[j].low in _AUX
        or toks[j].low.endswith("n't")
        or (toks[j].low.endswith("ly") and len(toks[j].low) > 4 and not _capitalised(toks[j]))
    ):
        j -= 1
    return j


def _subject_of_sentence(toks: list[_Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun phrase of a sentence: the subject a trailing participle refers to."""
    i = lo
    while i < hi and (not _is_word(toks[i]) or toks[i].low in ("but", "and", "so", "yet")):
        i += 1
    if i >= hi:
        return None
    if (toks[i].low in _NP_STOP or toks[i].low in _SENTENCE_ADVERBS) and _head(
        toks[i].low
    ) not in _SUBJECT_WORDS:
        # "In his speech, Obama ... said", "Instead, Trump ...": the subject follows the
        # opening phrase; "On Saturday Sanders assailed ...": after the time phrase
        comma = next((k for k in range(i + 1, min(hi, i + 15)) if toks[k].text == ","), None)
        if comma is not None:
            return _subject_of_sentence(toks, comma + 1, hi)
        k = i + 1
        while k < hi and (toks[k].low in _TIME_WORDS or toks[k].low in _DETERMINERS):
            k += 1
        if k > i + 1 or toks[i].low in _SENTENCE_ADVERBS:
            return _subject_of_sentence(toks, k, hi)
    if _head(toks[i].low) in _SUBJECT_WORDS:
        return i, i + 1
    k = i
    named = _capitalised(toks[i]) and toks[i].low not in _DETERMINERS
    while k < hi and k - i < 8 and _is_word(toks[k]) and toks[k].low not in _NP_STOP:
        low = toks[k].low
        if k > i and (low in CUE_FORMS or low in _AUX or (low.endswith("ed") and low.islower())):
            break
        if k > i and named and not _capitalised(toks[k]):
            break  # "Democrat Hillary Clinton took ...": a name ends at its first lowercase word
        k += 1
    return (i, k) if k > i else None


# --- finding attributions in one sentence --------------------------------------------------------

_TELL_LIKE = frozenset(
    ["tell", "inform", "assure", "remind", "advise", "warn", "ask", "urge", "accuse", "blame"]
)
_PARTICLES = _words("out of about on")
_PHRASAL: dict[str, frozenset[str]] = {
    "point": _words("to"),
    "refer": _words("to"),
    "vote": _words("for against"),
    "warn": _words("against"),
    "call": _words("for on"),
}
# Verbs of intention and stance that take a to-infinitive: "plans to", "wants to", "vows to"
_TO_INFINITIVE = _words(
    """
    plan want vow promise pledge threaten seek decide refuse decline hope wish expect urge
    propose offer demand
    """
)
_ADJUNCT_STARTS = _words(
    """
    in on at to during after before last this earlier later recently yesterday today tonight
    on in a an the of about when while as late early by
    """
)
_ADJUNCT_WORDS = _ADJUNCT_STARTS | _words(
    """
    statement interview release week month year night morning afternoon evening weekend
    reporters recently repeatedly also publicly privately again , speech letter post
    """
)
_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday tonight last "
    "this earlier later"
)
# A cue's -ing form after these is a gerund whose subject is the sentence's: "Trump stopped
# short of calling X", "she began by praising Y"
_GERUND_PREPOSITIONS = _words("of by for without after before while since upon")
_ASPECTUAL = _words("began begun begin begins started start starts kept keep keeps continued")
_SENTENCE_ADVERBS = _words(
    """
    instead moreover besides meanwhile however still indeed nevertheless nonetheless
    furthermore similarly likewise separately later earlier despite throughout absent
    """
)
_TIME_NOUNS = _words("week month year weekend morning afternoon evening night spring summer fall")
_TIME_PREPOSITIONS = _words("in on at during since until")
_CLAUSE_BREAKS = _words("though although while but whereas because")
_PAST_ADJ_BEFORE = _DETERMINERS | frozenset(
    # "made no mention": a noun after a determiner
    "of in for with by his her its their our my no any every each".split()
)


def _participle_after_noun(toks: list[_Tok], i: int, lo: int) -> bool:
    """An -ing cue right after a noun, before its object: "superdelegates backing Clinton",
    "a statement saying that ...", "voters saying race relations are worse" (the noun is the
    source)."""
    if i <= lo:
        return False
    prev = toks[i - 1]
    return (
        _is_word(prev)
        and prev.low.isalpha()
        and prev.low not in _NP_STOP
        and prev.low not in _GERUND_PREPOSITIONS
        and prev.low not in _DETERMINERS
        and prev.low not in _AUX
        and prev.low not in CUE_FORMS
        and (
            _object_follows(toks, i)
            or (CUE_FORMS[toks[i].low] in _CLAUSE_TAKING and _finite_clause_follows(toks, i))
        )
    )


def _object_follows(toks: list[_Tok], i: int) -> bool:
    """What follows token ``i`` opens an object or clause: that, how, a determiner, a name or
    a number."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    lemma = CUE_FORMS.get(toks[i].low, "")
    return (
        (nxt.low == "to" and lemma in _TO_INFINITIVE)  # "the campaign plans to employ"
        or nxt.low in _PHRASAL.get(lemma, frozenset())  # "the chairman calls for"
        or nxt.low in _CLAUSE_OPENERS
        or nxt.low in _DETERMINERS
        or _capitalised(nxt)
        or nxt.text[:1].isdigit()
    )


def _verb_after_noun(toks: list[_Tok], i: int, p: int) -> bool:
    """An -s form after a singular noun (at ``p``, before any adverb) and before what opens
    its object reads as a verb: "the poll shows Clinton ahead", "a study finds that", not
    "cooking shows are"."""
    low = toks[i].low
    if p < 0 or i + 1 >= len(toks) or low == CUE_FORMS[low] or not low.endswith("s"):
        return False
    prev = toks[p]
    return (
        _is_word(prev)
        and prev.low.isalpha()
        and not (p > 0 and toks[p - 1].text[:1].isdigit())  # "0.1 percentage points to"
        and not prev.low.endswith("s")
        and prev.low not in _NP_STOP
        and prev.low not in _DETERMINERS
        and _object_follows(toks, i)
    )


def _finite_clause_follows(toks: list[_Tok], i: int) -> bool:
    """A clause (not just an object) follows the cue at ``i``: a clause opener next, or a finite
    auxiliary before the next punctuation ("found Trump would raise", not "found a job")."""
    if i + 1 < len(toks) and toks[i + 1].low in _CLAUSE_OPENERS:
        return True
    for tok in toks[i + 1 : i + 10]:
        if not _is_word(tok):
            return False
        if tok.low in _MODALS or tok.low in _BE:
            return True
    return False


def _after_evidence(toks: list[_Tok], i: int, lo: int) -> bool:
    """The cue at ``i`` follows a noun of evidence, past adverbs and auxiliaries: "a poll
    (now) shows", "the survey found", "records have shown"."""
    return _evidence_head(toks, i, lo) is not None


def _evidence_head(toks: list[_Tok], i: int, lo: int) -> int | None:
    """The index of the noun of evidence whose phrase ends right before the cue at ``i``:
    "a poll shows", "a study by professor Justin Levitt found", "research conducted by the
    Center found" (no verb of the phrase's own before the cue), else None."""
    j = _skip_aux_back(toks, i - 1, lo)
    if j >= lo and toks[j].low in _EVIDENCE:
        return None if j > lo and toks[j - 1].low == "to" else j
    k = j
    while k > lo and j - k < 12 and _is_word(toks[k]) and toks[k].low not in _FINITE:
        if toks[k].low in ("by", "from", "of") and toks[k - 1].low in _EVIDENCE:
            return k - 1
        if toks[k].low in ("by", "from") and toks[k - 1].low in ("conducted", "released"):
            return k - 2 if k - 2 >= lo and toks[k - 2].low in _EVIDENCE else None
        k -= 1
    return None


def _title_case(toks: list[_Tok]) -> bool:
    """Most words are capitalised: a headline ("Trump Calls For A Ban")."""
    words = [t for t in toks[:40] if _is_word(t)]
    return sum(_capitalised(t) for t in words) * 10 > len(words) * 7


def _sentence_final(toks: list[_Tok], i: int) -> bool:
    """Nothing but closing punctuation follows the cue (as in "..., the poll found.")."""
    return all(not _is_word(t) and t.text not in _OPEN_QUOTES for t in toks[i + 1 :])


def _is_cue(toks: list[_Tok], i: int, lo: int) -> bool:
    low = toks[i].low
    if low not in CUE_FORMS:
        return False
    prev = toks[i - 1].low if i > lo else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if CUE_FORMS[low] in _EVIDENCE_LEMMAS and _after_evidence(toks, i, lo):
        return True
    if CUE_FORMS[low] in _CLAUSE_ONLY and not (
        _finite_clause_follows(toks, i) or _sentence_final(toks, i)
    ):
        return False
    if prev == "to":
        return False
    if (
        low.endswith("ing")
        and not (
            prev in _GERUND_PREPOSITIONS
            or prev in _ASPECTUAL  # "kept calling", "began writing"
            or (prev in _ADVERBS and i - 2 >= lo and toks[i - 2].low in _GERUND_PREPOSITIONS)
            or prev in _BE
            or (
                prev.endswith(("'s", "'re", "'m")) and _head(prev) in _SUBJECT_WORDS
            )  # "he's saying"
            or prev[:-3] in _BE  # "isn't saying"
            or (prev in _ADVERBS and i - 2 >= lo and toks[i - 2].low in _BE)  # "is also urging"
            or prev == ","
            or prev.endswith("ly")
            or _participle_after_noun(toks, i, lo)
        )
    ):
        return False
    if (
        low in _AMBIGUOUS
        and _capitalised(toks[i])
        and i > lo
        and i + 1 < len(toks)
        and _capitalised(toks[i - 1])
        and _capitalised(toks[i + 1])
        and not _title_case(toks)
    ):
        return False  # "the United States Embassy": a word of a name, outside a headline
    if prev.endswith("'s") and _head(prev) not in _SUBJECT_WORDS:
        return False  # "Monday's debate", "Russia's suspected link": a possessive's noun
    p = i - 1  # the word before, past an adverb: "the group also views"
    if prev in _ADVERBS and p > lo:
        p -= 1
        prev = toks[p].low
    if (
        low in _AMBIGUOUS
        and nxt == "that"
        and i + 2 < len(toks)
        and toks[i + 2].low in _FINITE
        and prev not in _MODALS
        and _head(prev) not in _SUBJECT_WORDS
    ):
        return False  # "the attacks that have defined his bid": a relative clause
    if low in _AMBIGUOUS and not (
        nxt == "that"
        or prev in _MODALS
        or _head(prev) in _SUBJECT_WORDS
        or prev.endswith("ly")
        or (p > lo and _capitalised(toks[p]) and not _capitalised(toks[i]))
        or _verb_after_noun(toks, i, p)
        or (
            prev.endswith("s")
            and not prev.endswith("ss")
            and low == CUE_FORMS[low]
            and not (p - 1 >= lo and toks[p - 1].low in ("which", "who", "that"))
        )
    ):
        return False
    if not low.endswith("ing") and prev in _PAST_ADJ_BEFORE:
        return False
    if not low.endswith("ing") and low != CUE_FORMS[low]:
        if nxt == "by":
            return False  # "remarks viewed by some": a passive participle
        j = i - 1
        while j >= lo and toks[j].low.endswith("ly") and len(toks[j].low) > 4:
            j -= 1
        if j >= lo and toks[j].low in _BE and toks[j].low not in ("'s",):
            return False
    return True


def _adjunct(tok: _Tok) -> bool:
    """Words that may stand between a cue and its "that": "said on Tuesday in a statement that"."""
    return (
        tok.low in _ADJUNCT_WORDS
        or _capitalised(tok)
        or tok.low in _OBJECT_PRONOUNS
        or (tok.low.endswith("ly") and len(tok.low) > 4)
    )


def _words_between(toks: list[_Tok], a: int, b: int) -> int:
    """How many word tokens lie in ``toks[a:b]``."""
    if b <= a:
        return 0
    last = toks[b - 1]
    return last.words + _is_word(last) - toks[a].words


def _is_boundary(tok: _Tok) -> bool:
    return tok.text in ",—–" or tok.text in _CLOSE_QUOTES


@attrs.frozen
class _Found:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]  # character offsets
    relative: bool = False


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _subject_with_apposition(toks: list[_Tok], lo: int, comma: int) -> tuple[int, int] | None:
    """The name of ``Name, apposition,`` when ``toks[lo:comma + 1]`` is one, else None."""
    if comma <= lo or toks[comma].text != ",":
        return None
    k = lo
    while k < comma and (
        (_is_word(toks[k]) and (_capitalised(toks[k]) or _abbreviation(toks[k])))
        or (toks[k].text == "." and k > lo and _abbreviation(toks[k - 1]))
    ):
        k += 1
    if k == lo or k >= comma or toks[k].text != "," or not _is_word(toks[k - 1]):
        return None
    if any(t.text in _OPEN_QUOTES or t.low in _SUBJECT_WORDS for t in toks[k:comma]):
        return None
    return lo, k


def _least_content(toks: list[_Tok], lo: int) -> int:
    """Words an inverted attribution's content needs: one for a quotation ("'Never,' she
    said."), three otherwise, so that an opening adverbial is not taken for content."""
    return 1 if toks[lo].text in _OPEN_QUOTES else 3


_ROLE_WORDS = _words("former then ex acting deputy senior chief top")
_SOURCE_OPENERS = _words(
    "the a an several many some most two three four one another other both all"
)


def _source_opens(toks: list[_Tok], k: int, hi: int) -> bool:
    """A source can start at token ``k`` after an inverted cue: a name, a determiner or
    quantifier ("said several observers"), or a role before a name ("said former Gov. Bill
    Richardson", "says spokesman Ed Lee")."""
    if _capitalised(toks[k]) or toks[k].low in _SOURCE_OPENERS:
        return True
    if toks[k].low not in _ROLE_WORDS and toks[k].low not in _PERSON_ROLES:
        return False
    for t in toks[k + 1 : min(hi, k + 4)]:
        if not _is_word(t) or t.low in _NP_STOP:
            return False
        if _capitalised(t):
            return True
    return False


def _quotation_before(toks: list[_Tok], i: int, lo: int) -> bool:
    """The sentence opens with a quotation that closes shortly before the cue at ``i``."""
    return toks[lo].text in _OPEN_QUOTES and any(
        t.text in _CLOSE_QUOTES for t in toks[max(lo + 1, i - 8) : i]
    )


def _inverted(toks: list[_Tok], i: int, lo: int, hi: int) -> tuple[int, tuple[int, int]] | None:
    """``CONTENT, SOURCE said`` or ``CONTENT, said SOURCE``: (boundary index, source range)."""
    low = toks[i].low
    if low.endswith("ing"):
        return None
    if any(t.text in _OPEN_QUOTES for t in toks[i + 1 : i + 3]) and not _quotation_before(
        toks, i, lo
    ):
        return None  # "..., he said: "..."": the quotation follows the cue (unless one
        # also ends right before it: "''A,'' she said, ''B.''")
    first = next((t for t in toks if _is_word(t) and t.low not in _COORDINATORS), None)
    if (
        first is not None
        and toks[lo].text not in _OPEN_QUOTES
        and not _sentence_final(toks, i)
        and (first.low in _SUBORDINATORS or first.low in _NP_STOP)
    ):
        commas = [t for t in toks[:i] if t.text in ",;"]
        if len(commas) <= 1:
            return None  # "At his cookout, the leader said, ...": an adverbial, not content
    if _subject_with_apposition(toks, lo, i - 1):
        return None  # "Jane Roe, a delegate from Ohio, said ...": the subject, not content
    if (
        i - 1 > lo
        and _is_boundary(toks[i - 1])
        and CUE_FORMS[low] not in _TELL_LIKE
        and CUE_FORMS[low] in SPEECH_LEMMAS  # "..., said the spokesman"; never "likened the"
        and _words_between(toks, lo, i - 1) >= _least_content(toks, lo)
        and i + 1 < hi
        and _source_opens(toks, i + 1, hi)
        and toks[i + 1].low not in _TIME_WORDS
    ):
        after = _np_after(toks, i + 1, hi)
        if after is not None:
            return i - 1, after
    nxt = toks[i + 1] if i + 1 < hi else None
    tail_clause = nxt is not None and nxt.low == "that"
    if not tail_clause and nxt is not None and nxt.text not in ".,;!?":
        k = i + 1
        while k < hi and toks[k].text not in ",;":
            k += 1
        tail_clause = _words_between(toks, i + 1, k) > 6 or not (
            nxt.low in _ADJUNCT_STARTS or _capitalised(nxt) or CUE_FORMS[low] in _TELL_LIKE
        )
    if tail_clause and not (
        nxt is not None and nxt.low != "that" and _quotation_before(toks, i, lo)
    ):
        return None  # "''X,'' Mr. Obama told the lawmakers in the chamber ...": a quotation
    j = _skip_aux_back(toks, i - 1, lo)
    np = _np_before(toks, j, lo)
    if np is None and j > lo and toks[j].text == ",":
        np = _appositive_head(toks, j, lo)
    if (
        np is not None
        and np[0] - 1 > lo
        and _is_boundary(toks[np[0] - 1])
        and toks[np[0]].low not in ("who", "which", "that")
        and _words_between(toks, lo, np[0] - 1) >= _least_content(toks, lo)
    ):
        return np[0] - 1, np
    return None


# Stance after "be": "Graham has been critical of Trump", "who is a staunch opponent of X",
# "Republicans were incensed that ...".
_STANCE_ADJECTIVES = _words(
    """
    critical supportive skeptical sceptical wary confident eager willing concerned worried
    angry furious incensed outraged upset coy hopeful optimistic pessimistic proud opposed
    convinced adamant certain unhappy frustrated dismissive sympathetic hostile enthusiastic
    appreciative divided bent fond
    """
)
_STANCE_PEOPLE = _words(
    """
    supporter supporters opponent opponents critic critics advocate advocates proponent
    proponents champion champions fan fans defender defenders backer backers
    """
)
_STANCE_LINKS_AFTER_BE = _words("of about that to with in on over")
_DEGREE = _words(
    "a an very so too quite deeply highly increasingly openly longtime staunch vocal strong "
    "fierce outspoken consistent early leading prominent harsh sharp frequent ardent big"
)


def _stance_after_be(
    toks: list[_Tok], i: int, lo: int, hi: int
) -> tuple[tuple[int, int], int] | None:
    """``SOURCE be [a] [degree] STANCE of/about/that CONTENT``: (source range, content start
    token), or None."""
    low = toks[i].low
    if not (low in _STANCE_ADJECTIVES or low in _STANCE_PEOPLE) or i + 2 >= hi:
        return None
    if toks[i + 1].low not in _STANCE_LINKS_AFTER_BE or not _is_word(toks[i + 2]):
        return None
    k = i - 1
    while k > lo and (
        toks[k].low in _DEGREE
        or toks[k].low in _ADVERBS
        or (toks[k].low.endswith("ly") and len(toks[k].low) > 4)
        or toks[k].low == "and"
        or toks[k].text == ","
    ):
        k -= 1
    if k <= lo or toks[k].low not in _BE:
        return None
    j = _skip_aux_back(toks, k - 1, lo)
    source = _np_before(toks, j, lo)
    if source is None:
        return None
    start = i + 1 if toks[i + 1].low in ("that", "to") else i + 2
    return source, start


_BY_ACCOUNTS = _words("estimate estimates count counts measure measures account accounts tally")


def _evidence_adverbial(
    toks: list[_Tok], i: int, lo: int, hi: int
) -> tuple[tuple[int, int], bool] | None:
    """``In the latest poll, CONTENT`` and ``CONTENT, by one estimate.``: (source range,
    whether the content follows), or None."""
    low = toks[i].low
    if low == "in" and i == lo:
        k = i + 1
        while k < hi and k - i <= 8 and _is_word(toks[k]) and toks[k].low not in _NP_STOP:
            k += 1
        if k < hi and toks[k].text == "," and toks[k - 1].low in _EVIDENCE and k - 1 > i + 1:
            return (i + 1, k), True
        return None
    if low == "by" and i > lo + 3 and toks[i - 1].text == ",":
        np = _np_after(toks, i + 1, hi)
        if (
            np is not None
            and toks[np[1] - 1].low in _BY_ACCOUNTS
            and _sentence_final(toks, np[1] - 1)
        ):
            return np, False
    return None


_PASSIVE_LEMMAS = _words("report reveal disclose publish announce confirm write document")


def _passive_by(
    toks: list[_Tok], i: int, lo: int, hi: int
) -> tuple[tuple[int, int], tuple[int, int | None]] | None:
    """``X was (first) reported by SOURCE`` and ``As reported by SOURCE, X``: the source
    after *by* and the content's character range (its end None: up to the sentence's end)."""
    low = toks[i].low
    if (
        low not in CUE_FORMS
        or low == CUE_FORMS[low]
        or low.endswith("ing")
        or i + 2 >= hi
        or toks[i + 1].low != "by"
    ):
        return None
    np = _np_after(toks, i + 2, hi)
    if np is None:
        return None
    j = i - 1
    while j >= lo and toks[j].low in ("first", "originally", "previously", "initially", "also"):
        j -= 1
    if j == lo and toks[j].low == "as" and CUE_FORMS[low] in _PASSIVE_LEMMAS:
        # "As reported by X, content."
        k = np[1]
        while k < hi and toks[k].text != ",":
            k += 1
        if k + 1 >= hi:
            return None
        return np, (toks[k + 1].start, None)
    if j > lo and toks[j].low in _BE:  # "The ban was first reported by BuzzFeed."
        first = lo
        while first < j and toks[first].low in _COORDINATORS:
            first += 1
        if _words_between(toks, first, j) < 2:
            return None
        return np, (toks[first].start, toks[j].start)
    return None


# Every word that may start one of the patterns of :func:`_sentence`.
_PATTERN_WORDS = (
    frozenset(CUE_FORMS)
    | NOUN_CUES
    | STANCE_NOUNS
    | _STANCE_ADJECTIVES
    | _STANCE_PEOPLE
    | {"according", "in", "by"}
)


def _sentence(text: str, toks: list[_Tok], sent_end: int) -> list[_Found]:
    """Attributions in one sentence's tokens."""
    lo, hi = 0, len(toks)
    found: list[_Found] = []
    inverted: dict[int, tuple[int, tuple[int, int]]] = {}
    stops: list[int] = []
    cues = [t.low in CUE_FORMS and _is_cue(toks, i, lo) for i, t in enumerate(toks)]
    for i in range(hi):
        if cues[i]:
            inv = _inverted(toks, i, lo, hi)
            if inv is not None:
                inverted[i] = inv
                stops.append(toks[inv[0]].start)
        elif (
            toks[i].low == "according"
            and i + 1 < hi
            and toks[i + 1].low == "to"
            and i > lo
            and toks[i - 1].text == ","
        ):
            stops.append(toks[i - 1].start)

    stops.sort()
    semicolons = [t.start for t in toks if t.text == ";"]
    commas = [t.start for t in toks if t.text == ","]
    breaks = [
        t.start
        for n, t in enumerate(toks[:-1])
        if t.text == "," and toks[n + 1].low in _CLAUSE_BREAKS
    ]

    def content_end(after: int, subordinate: bool) -> int:
        end = sent_end
        for marks in (stops, semicolons, breaks, commas if subordinate else []):
            n = bisect_right(marks, after)
            if n < len(marks):
                end = min(end, marks[n])
        return end

    sent_start = toks[0].start
    source: tuple[int, int] | None
    for i in range(hi):
        tok = toks[i]
        if tok.low not in _PATTERN_WORDS:
            continue  # most words start no pattern
        if tok.low == "according" and i + 1 < hi and toks[i + 1].low == "to":
            np = _np_after(toks, i + 2, hi)
            if np is None:
                continue
            if _words_between(toks, lo, i) <= 1:
                c_start = toks[np[1] - 1].end
                c_end = content_end(c_start, False)
            else:
                c_start, c_end = sent_start, toks[i].start
            found.append(_Found(np, (i, i + 2), (c_start, c_end)))
            continue
        prev_low = toks[i - 1].low if i > lo else ""
        if (
            tok.low in NOUN_CUES
            and i + 1 < hi
            and toks[i + 1].low == "that"
            and (prev_low.endswith("'s") or prev_low in _POSSESSIVES or prev_low in _DETERMINERS)
        ):
            possessive = prev_low.endswith("'s") or prev_low in _POSSESSIVES
            owner = (i - 1, i) if possessive else None
            c_start = toks[i + 1].start
            found.append(_Found(owner, (i, i + 1), (c_start, content_end(c_start, False))))
            continue
        if (
            tok.low in STANCE_NOUNS
            and i + 2 < hi
            and toks[i + 1].low in _STANCE_LINKS
            and (prev_low.endswith("'s") or prev_low in ("his", "her", "their", "its"))
            and _is_word(toks[i + 2])
        ):
            k = i + 1 if toks[i + 1].low == "that" else i + 2
            c_start = toks[k].start
            holder = (i - 1, i)
            if prev_low in _POSSESSIVES:  # "Trump is doubling down on his support for X"
                subject = _subject_of_sentence(toks, lo, i - 1)
                if subject is not None and subject[1] < i - 1:
                    holder = subject
            found.append(_Found(holder, (i, i + 1), (c_start, content_end(c_start, False))))
            continue
        adverbial = _evidence_adverbial(toks, i, lo, hi)
        if adverbial is not None:
            np, follows = adverbial
            if follows:
                c_start = toks[np[1]].start + 1
                c_end = content_end(c_start, False)
            else:
                c_start, c_end = sent_start, toks[i - 1].start
            found.append(_Found(np, (i, i + 1), (c_start, c_end)))
            continue
        stance = _stance_after_be(toks, i, lo, hi)
        if stance is not None:
            c_start = toks[stance[1]].start
            found.append(_Found(stance[0], (i, i + 1), (c_start, content_end(c_start, False))))
            continue
        passive = _passive_by(toks, i, lo, hi)
        if passive is not None:
            np, (c_start, until) = passive
            c_end = content_end(c_start, False) if until is None else until
            found.append(_Found(np, (i, i + 1), (c_start, c_end)))
            continue
        if not cues[i]:
            continue
        if i in inverted:
            boundary, np = inverted[i]
            found.append(_Found(np, (i, i + 1), (sent_start, toks[boundary].start)))
            continue
        lemma = CUE_FORMS[tok.low]
        subordinate = False
        g = _gerund_preposition(toks, i, lo)
        if tok.low.endswith("ing") and g >= lo and toks[g].low in _GERUND_PREPOSITIONS:
            source = _subject_of_sentence(toks, lo, i)  # "Trump stopped short of calling X"
            if toks[lo].low in _SUBORDINATORS or toks[lo].low in _NP_STOP:
                # "After weeks of denying X, Kyiv's acknowledgement ...": the main subject
                comma = next((k for k in range(i + 1, hi) if toks[k].text == ","), 0)
                source = _subject_of_sentence(toks, comma + 1, hi) if comma else None
                start = i + 1
                if start < comma and toks[start].low in ("or", "and"):  # "downplaying or
                    start += 1  # outright denying X": the shared object X
                    while start < comma and not toks[start].low.endswith("ing"):
                        start += 1
                    start += 1
                if source is not None and start < comma:
                    found.append(_Found(source, (i, i + 1), _until(toks, start, comma)))
                continue
            if source is None or source[1] > i - 1:
                continue
        elif tok.low.endswith("ing") and i > lo and toks[i - 1].text == ",":
            earlier = [f.source for f in found if f.source is not None]
            source = earlier[-1] if earlier else _subject_of_sentence(toks, lo, i)
        elif i - 1 > lo and toks[_skip_aux_back(toks, i - 1, lo)].low in ("and", "but"):
            earlier = [f.source for f in found if f.source is not None]
            source = earlier[-1] if earlier else _subject_of_sentence(toks, lo, i)
            if source is None:
                continue
        else:
            j = _skip_aux_back(toks, i - 1, lo)
            source = _np_before(toks, j, lo)
            head = _evidence_head(toks, i, lo) if lemma in _EVIDENCE_LEMMAS else None
            if head is not None and (source is None or head < source[0]):
                phrase = _np_before(toks, head, lo)  # the whole phrase: "A study by X found"
                source = (phrase[0] if phrase is not None else head, j + 1)
            if source is None and j > lo and toks[j].text == ",":
                source = _subject_with_apposition(toks, lo, j) or _appositive_head(toks, j, lo)
            if source is None:
                continue
            a = source[0]
            subordinate = a > lo and toks[a - 1].low in _SUBORDINATORS
        k = i + 1
        if k < hi and (
            toks[k].low in _PARTICLES or toks[k].low in _PHRASAL.get(lemma, frozenset())
        ):
            k += 1
        for m in range(k, min(hi, k + 7)):
            if toks[m].low == "that":
                k = m
                break
            if not _adjunct(toks[m]) and lemma not in _TELL_LIKE:
                break
            if toks[m].text in ".;:!?" or toks[m].text in _OPEN_QUOTES:
                break
        if k >= hi:
            continue
        c_start = toks[k].start
        c_end = content_end(c_start, subordinate)
        if _words_between(toks, k, hi) < 1 or (k + 2 >= hi and toks[k].low in _NP_STOP):
            continue  # nothing, or only "that": the cue is inside a relative clause
        found.append(_Found(source, (i, i + 1), (c_start, c_end)))
    return _trim_coordinated(toks, found)


def _gerund_preposition(toks: list[_Tok], i: int, lo: int) -> int:
    """The index of the word before the -ing cue at ``i``, past adverbs and a coordinated
    gerund: "of (outright) denying", "After downplaying or outright denying"."""
    g = i - 1
    while g > max(lo, i - 12):  # a few words back at most: linear on any input
        low = toks[g].low
        if low in _ADVERBS or low.endswith("ly"):
            g -= 1
        elif low in ("or", "and") and g - 1 > lo and toks[g - 1].low.endswith("ing"):
            g -= 2
        else:
            break
    return g


def _until(toks: list[_Tok], start: int, stop: int) -> tuple[int, int]:
    """The character range from token ``start`` up to token ``stop``."""
    return toks[start].start, toks[stop].start


def _trim_coordinated(toks: list[_Tok], found: list[_Found]) -> list[_Found]:
    """End a content before a later attribution's source: "A said X, and B said Y"."""
    sources = sorted(toks[g.source[0]].start for g in found if g.source is not None)
    starts = {toks[g.source[0]].start: g.source[0] for g in found if g.source is not None}
    out = []
    quote_starts = {t.start for t in toks if t.text in _OPEN_QUOTES}
    for f in found:
        c_start, c_end = f.content
        if (
            c_start in quote_starts
        ):  # a quotation holds its own reports: "'Well, I'd say X,' she said"
            out.append(f)
            continue
        n = bisect_right(sources, c_start)
        last = n + 5  # the nearest few later sources are enough, and keep this linear
        while n < min(last, len(sources)) and sources[n] < c_end:
            at = starts[sources[n]]
            n += 1
            k = at - 1
            while k > 0 and toks[k].low in ("and", "but", "while"):
                k -= 1
            if toks[k].text in ",;":
                c_end = toks[k].start
                break
        out.append(attrs.evolve(f, content=(c_start, c_end)))
    return out


# --- claimers: mentions and the names they resolve to --------------------------------------------

_TITLES = _words(
    """
    president mr mrs ms dr sen senator rep gov governor gen general secretary minister prime
    spokesman spokeswoman spokesperson chancellor
    """
)
_PRONOUNS = _SUBJECT_WORDS | _POSSESSIVES | _OBJECT_PRONOUNS


def _np_name(text: str, toks: list[_Tok], a: int, b: int) -> str:
    while a < b - 1 and (toks[a].low in _DETERMINERS or toks[a].low in _POSSESSIVES):
        a += 1
    for k in range(a + 1, b - 1):
        if toks[k].low == "of" and _capitalised(toks[k - 1]):
            b = k
            break
    name = text[toks[a].start : toks[b - 1].end]
    for suffix in ("'s", "’s"):
        if name.endswith(suffix) and len(name) > 2:
            name = name[: -len(suffix)]
    return name


_NAME_RUN = regex.compile(r"(?:(?:\p{Lu}[\p{L}'’-]{1,30}|\p{Lu}\.) ){1,3}\p{Lu}[\p{L}'’-]{1,30}\b")


def _full_names(text: str) -> dict[str, str]:
    """Each surname's first multi-word form in ``text`` ("Trehubov" -> "Viktor Trehubov")."""
    names: dict[str, str] = {}
    for m in _NAME_RUN.finditer(text, timeout=5.0):
        words = m.group().split()
        while words[:-1] and (words[0] in _TITLE_STOP or words[0].lower().strip(".") in _TITLES):
            words = words[1:]
        if len(words) < 2 or any(w in _TITLE_STOP for w in words[1:]):
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


_PERSON_PRONOUNS = _words("he she him her his i me my")
_PERSON_ROLES = _words(
    """
    spokesman spokeswoman spokesperson senator president minister governor mayor secretary
    lawyer attorney chairman chairwoman chair official adviser advisor aide candidate nominee
    congressman congresswoman representative judge prosecutor general commander leader
    director chief executive ambassador diplomat analyst professor economist historian
    """
)


def _plausible(name: str | None) -> str | None:
    """``name`` if it looks like a name (no "On", "The" inside: not a headline run), else None."""
    if not name or any(w in _TITLE_STOP for w in name.split()[1:]):
        return None
    return name


class _Resolver:
    """Names for mentions, through :class:`newsparse.mentions.NameResolver` where it applies.

    People (names, titled or not; *he*, *she*; *the spokesman*) resolve to the fullest form
    of the person's name; *who* to its antecedent; *they*, *we* and groups to the latest
    named claimer; organisations and countries (*the White House*, *Ukraine*) to themselves.
    """

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        self._people: NameResolver | None = None
        self.cache: dict[str, str] = {}
        self.named: list[tuple[int, str]] = sorted(
            (q.speaker.start, q.speaker.name)
            for q in quotes
            if q.speaker is not None and q.speaker.name[:1].isupper()
        )

    @property
    def people(self) -> NameResolver:
        """The shared name resolver, built on first use (it scans the whole document)."""
        if self._people is None:
            self._people = NameResolver(self.text)
        return self._people

    def latest(self, offset: int) -> str | None:
        at = bisect_left(self.named, (offset, ""))
        return self.named[at - 1][1] if at else None

    def latest_person(self, offset: int) -> str | None:
        """The latest named claimer before ``offset`` whose name looks like a person's."""
        at = bisect_left(self.named, (offset, ""))
        for _, name in reversed(self.named[max(0, at - 20) : at]):
            words = name.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and _plausible(name):
                return name
        return None

    def _name(self, toks: list[_Tok], a: int, b: int) -> str:
        start, end = toks[a].start, toks[b - 1].end
        head = toks[b - 1].low
        words = [t for t in toks[a:b] if _is_word(t)]
        if b - a == 1 and toks[a].low == "which" and a >= 2:
            np = _np_before(toks, a - 2, 0)  # "the government, which denied": the antecedent
            if np is None:
                return toks[a].text
            nearest = max((k + 1 for k in range(*np) if toks[k].low == "of"), default=np[0])
            return self._name(toks, min(nearest, np[1] - 1), np[1])  # "members of the X, which"
        if b - a == 1 and _head(toks[a].low) in _PRONOUNS:
            if toks[a].low == "who" and a >= 1:
                # "Flynn, who said" and "a lawyer who said": the antecedent just before
                np = _np_before(toks, a - 2 if toks[a - 1].text == "," else a - 1, 0)
                if np is not None:
                    return self._name(toks, *np)
            if _head(toks[a].low) in _PERSON_PRONOUNS or toks[a].low == "who":
                person = _plausible(self.people.latest(start)) or self.latest_person(start)
                return person or toks[a].text
            return self.latest(start) or toks[a].text
        if head in _PERSON_ROLES and not any(_capitalised(t) for t in words):
            person = _plausible(self.people.latest(start))
            return person or _np_name(self.text, toks, a, b)
        own = _fullest(self.text, _np_name(self.text, toks, a, b), self.cache)
        if all(_capitalised(t) for t in words) and toks[a].low not in _DETERMINERS:
            return _plausible(self.people.name(start, end)) or own
        return own

    def mention(self, toks: list[_Tok], a: int, b: int) -> Mention:
        start, end = toks[a].start, toks[b - 1].end
        name = self._name(toks, a, b)
        pronoun = b - a == 1 and _head(toks[a].low) in _PRONOUNS
        if pronoun and toks[a].low != _head(toks[a].low):
            end = start + len(_head(toks[a].low))  # "He's claiming": the mention is "He"
        if name[:1].isupper() and not pronoun:
            insort(self.named, (start, name))
        return Mention(start=start, end=end, text=self.text[start:end], name=name)


_LETTERS = regex.compile(r"\p{L}+")
_TRIGGERS = (
    frozenset(CUE_FORMS)
    | STANCE_NOUNS
    | _STANCE_ADJECTIVES
    | _STANCE_PEOPLE
    | _EVIDENCE
    | _BY_ACCOUNTS
    | {"according"}
)


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
    quoted = sorted(
        (a.content.start, a.content.end)
        for a in found
        if a.source is not None and _QUOTE_OPENING.match(text, a.content.start)
    )
    if not quoted:
        return found
    starts = [start for start, _ in quoted]
    longest = max(end - start for start, end in quoted)

    def inside(a: Attribution) -> bool:
        lo = bisect_left(starts, a.cue.start - longest)
        hi = bisect_left(starts, a.cue.start)
        return any(
            start < a.cue.start < end and (start, end) != (a.content.start, a.content.end)
            for start, end in quoted[lo:hi]
        )

    return [a for a in found if not inside(a)]


# "Elizabeth Warren: Trump is a failure", "BOLDUAN: You guys ...", "Q: Your mother ...": a
# paragraph or title that opens with a short capitalised label and a colon
_LABEL = regex.compile(
    r"[\"“]?(?P<label>\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|of|de|van|von|al)){0,3}):[ \t]+(?=\S)"
)
# Section labels of web pages and newsletters, not speakers
_NOT_SPEAKER_LABELS = _words(
    """
    note notes update updated correction corrections related photo photos image images video
    videos watch listen read source sources credit credits disclosure advertisement follow
    contact email subscribe tags topics filed posted published date time location price
    editor's editors editor warning caption transcript summary background getty reuters ap
    clarification
    """
)


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
        if (
            first in _DETERMINERS
            or first in _NP_STOP
            or first in _SUBJECT_WORDS
            or any(w in _NOT_SPEAKER_LABELS for w in words)
        ):
            continue
        start, end = trim_span(text, match.end(), unit.end)
        if end - start < 3:
            continue
        toks = _tokens(text, match.start("label"), match.end("label"))
        out.append(
            Attribution(
                source=resolver.mention(toks, 0, len(toks)),
                cue=Span.of(text, match.end("label"), match.end("label") + 1),
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
    """Add the quotation that goes on after an attributed one: in '"X," Ms. Katz said. "Y."'
    the sentence "Y." is Ms. Katz's too, up to its closing mark within the paragraph."""
    if not found:
        return found
    text = document.text
    starts = [a.content.start for a in found]
    extra: list[Attribution] = []
    inner: set[int] = set()  # ids of reports inside a continued quotation
    previous: Attribution | None = None
    for index, sentence in enumerate(document.sentences):
        lo = bisect_left(starts, sentence.start)
        own = [a for a in found[lo:] if a.content.start < sentence.end]
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
        extra.append(
            Attribution(
                source=previous.source, cue=previous.cue, content=Span.of(text, sentence.start, end)
            )
        )
    if not extra:
        return found
    kept = [a for a in found if id(a) not in inner]
    return sorted(kept + extra, key=lambda a: (a.content.start, a.content.end))


def _last_quoted(text: str, own: list[Attribution]) -> Attribution | None:
    """The last of a sentence's attributions whose content is a quotation with a source."""
    quoted = [a for a in own if a.source is not None and _QUOTE_OPENING.match(a.content.text)]
    return quoted[-1] if quoted else None


@attrs.frozen(kw_only=True)
class Pending:
    """An attribution before name resolution: cue, content and the source's token range."""

    toks: list[_Tok]
    source: tuple[int, int] | None
    cue: Span
    content: Span


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
    dateline = document.dateline
    for sentence in document.sentences:
        start = sentence.start
        if dateline is not None and dateline.start <= start < dateline.end:
            start = dateline.end  # "WASHINGTON (AP) —" names no speaker
        if _TRIGGERS.isdisjoint(_LETTERS.findall(text[start : sentence.end].lower())):
            continue  # not one cue word: nothing to attribute
        for toks, chunk_end in _chunks(_tokens(text, start, sentence.end), sentence.end):
            if len(toks) >= 3:
                out.extend(_pending(text, toks, chunk_end))
    return out


def _chunks(toks: list[_Tok], end: int) -> list[tuple[list[_Tok], int]]:
    """A sentence's tokens in pieces of at most :data:`MAX_TOKENS`, so that work stays linear."""
    if len(toks) <= MAX_TOKENS:
        return [(toks, end)]
    pieces = [toks[i : i + MAX_TOKENS] for i in range(0, len(toks), MAX_TOKENS)]
    return [(p, p[-1].end if n < len(pieces) - 1 else end) for n, p in enumerate(pieces)]


def _pending(text: str, toks: list[_Tok], sent_end: int) -> list[Pending]:
    """Attributions in one sentence (or piece of one), their sources not yet named."""
    out: list[Pending] = []
    for found in _sentence(text, toks, sent_end):
        c_start, c_end = trim_span(text, *found.content)
        if (
            c_end < len(text)
            and text[c_start : c_start + 1] in _OPEN_QUOTES
            and text[c_end : c_end + 1] in _CLOSE_QUOTES
        ):
            c_end += 1
        if c_end - c_start < 3:
            continue
        cue = Span.of(text, toks[found.cue[0]].start, toks[found.cue[1] - 1].end)
        content = Span.of(text, c_start, c_end)
        out.append(Pending(toks=toks, source=found.source, cue=cue, content=content))
    return out
