"""Noun phrases and subjects in one sentence's tokens: who a cue's source is.

:func:`np_before` finds the noun phrase that ends right before a cue (past auxiliaries,
adverbs, dashed asides and time phrases with :func:`skip_aux_back`), :func:`subject_of_sentence`
the subject a trailing participle or a coordinated verb shares, and the helpers here the
appositions and relative clauses between a subject and its verb.
"""

from __future__ import annotations

from newsparse.cues import IRREGULAR_PASTS
from newsparse.extractors._reported_lexicon import (
    ADVERBIAL_PAIRS,
    ADVERBS,
    AMBIGUOUS,
    ASPECTUAL,
    AUX,
    BE,
    CLAUSE_SUBJECTS,
    CUE_FORMS,
    DAY_WORDS,
    DEGREE_BEFORE_PARTICIPLE,
    DETERMINERS,
    FINITE,
    FLOATING_QUANTIFIERS,
    GERUND_PREPOSITIONS,
    LOCATIVE_ADVERBS,
    LY_NOUNS,
    MODALS,
    NOUN_CUES,
    NP_AFTER_STOP,
    NP_STOP,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PASSIVE_OPENERS,
    POSSESSIVES,
    QUANTIFIER_PRONOUNS,
    SENTENCE_ADVERBS,
    STANCE_NOUNS,
    SUBJECT_WORDS,
    TIME_ADJUNCT_OPENERS,
    TIME_FILLERS,
    TIME_NOUNS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
)
from newsparse.extractors._reported_tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Tok,
    is_abbreviation,
    is_adjunct,
    is_capitalised,
    is_word,
    past_form,
    without_clitic,
)


def _verb_before_name(before: Tok, tok: Tok, after: Tok) -> bool:
    """Whether ``tok`` is a past verb between its subject and a name ("The list included
    Mike Pence", "Trump’s campaign entered Thursday’s talks"), not a participle describing
    the name ("A dejected Obama", "a so-called Brexit", "retired Air Force general")."""
    return (
        past_form(tok)
        and "-" not in tok.low
        and is_capitalised(after)
        and is_word(before)
        and not before.low[0].isdigit()
        and not before.low.endswith("ly")
        and before.low not in DETERMINERS
        and before.low not in POSSESSIVES
        and CUE_FORMS.get(before.low, before.low) == before.low  # (not "said retired Gen.")
        and before.low not in ("of", "and", "but", "or", "who", "that", "which")
    )


def np_before(toks: list[Tok], j: int, lo: int) -> tuple[int, int] | None:
    """Token range [a, b) of the noun phrase that ends at token ``j`` (subject of a cue)."""
    if j < lo:
        return None
    if toks[j].text == ")":  # "Rep. Trey Gowdy (R-S.C.) said": the name before the brackets
        k = j - 1
        while k > lo and j - k < 10 and toks[k].text != "(":
            k -= 1
        if k > lo and toks[k].text == "(":
            return np_before(toks, k - 1, lo)
        return None
    if without_clitic(toks[j].low) in SUBJECT_WORDS:
        return j, j + 1
    if toks[j].low == "which" and j > lo and toks[j - 1].text == ",":
        return j, j + 1  # "the Saudi government, which has denied ..."
    k = j
    while k >= lo and j - k < 10:
        t = toks[k]
        if not is_word(t):
            if t.text == "." and is_abbreviation(toks[k - 1] if k - 1 >= lo else None):
                k -= 1
                continue
            if t.text == "&" or (t.text == "%" and k - 1 >= lo and toks[k - 1].text[0].isdigit()):
                k -= 1  # "47% say": a percentage heads the phrase
                continue
            break
        if t.low in POSSESSIVES and k < j:
            k -= 1
            break  # "her friend said": a possessive opens the noun phrase
        if t.low in NP_STOP or without_clitic(t.low) in SUBJECT_WORDS or t.low in OBJECT_PRONOUNS:
            break
        if t.low in CUE_FORMS and t.low not in AMBIGUOUS and k < j:
            break
        if (
            k < j
            and k - 1 >= lo
            and past_form(t)
            and (toks[k - 1].low in ("and", "but", "or") or toks[k - 1].low in AUX)
        ):
            break  # "and placed newspaper ads calling X": a verb before its object
        if k < j and k - 1 >= lo and _verb_before_name(toks[k - 1], t, toks[k + 1]):
            break  # "The list included Mike Pence, who": a verb before its object, a name
        if t.low in DETERMINERS and not (k - 1 >= lo and toks[k - 1].low == "of"):
            k -= 1
            break  # a determiner opens the noun phrase
        k -= 1
    a = k + 1
    while a <= j and toks[a].low == "of":
        a += 1
    if lo < a < j and (toks[a - 1].low, toks[a].low) in ADVERBIAL_PAIRS:
        a += 1  # "Of course Mr. Trump is going to": the name after the adverbial
    while (
        a < j
        and toks[a].low in TIME_WORDS
        and is_capitalised(toks[a])
        and is_capitalised(toks[a + 1])
    ):
        a += 1  # "On Saturday Sanders assailed": the name after the day
    if (
        a + 2 <= j
        and toks[a].low in TIME_WORDS
        and toks[a + 1].low in TIME_NOUNS
        and is_capitalised(toks[a + 2])
    ):
        a += 2  # "Last week Trump attacked": the name after the time
    if a > j or (
        all(t.low in DETERMINERS or t.low in POSSESSIVES for t in toks[a : j + 1])
        and not (a == j and toks[a].low in QUANTIFIER_PRONOUNS)  # "Some have suggested"
    ):
        return None
    if (
        a - 2 >= lo
        and toks[a - 1].low == "and"
        and toks[a - 2].low in SUBJECT_WORDS
        and toks[a - 2].low not in ("who", "it")
    ):
        a -= 2  # "she and another reporter said": a pronoun coordinated with the phrase
    elif (
        a - 2 >= lo
        and toks[a - 1].low == "and"
        and j + 1 < len(toks)
        and toks[j + 1].low in ("both", "all")
        and is_capitalised(toks[a - 2])
    ):
        a = _coordinated_names(toks, a - 2, lo)  # "Obama and Clinton both said"
    if (
        a == j
        and a - 2 >= lo
        and (toks[a].text.isdigit() or toks[a].low in NUMBER_WORDS)
        and toks[a - 1].low == "in"
        and (toks[a - 2].text.isdigit() or toks[a - 2].low in NUMBER_WORDS)
    ):
        return a - 2, j + 1  # "four in 10 said": a proportion of people
    tail = time_tail(toks, a, j + 1)
    if tail == a:  # the phrase is a time: "on Thursday evening said", "a month later announced"
        before = a - 1
        if a == j and toks[a].low == "last" and before >= lo and toks[before].low == "at":
            return None  # "would at last see": an adverb, no time phrase before a subject
        if before >= lo and toks[before].low in TIME_ADJUNCT_OPENERS:
            before -= 1
            if before >= lo and toks[before].text == ",":  # "X, the front-runner, on Sunday"
                return subject_with_apposition(toks, lo, before) or appositive_head(
                    toks, before, lo
                )
        elif before >= lo and toks[before].text == ",":  # "X, the chairman, this past week"
            return subject_with_apposition(toks, lo, before)
        if before < lo or not (is_word(toks[before]) or toks[before].text == ")"):
            return None  # "On Sunday urged ...": a time phrase is no subject
        # (past brackets, "Gowdy (R-S.C.) earlier in", and auxiliaries, "has in the past")
        return np_before(toks, skip_aux_back(toks, before, lo), lo)
    if tail < j + 1 and is_word(toks[tail - 1]):
        return a, tail  # "Rep. Bob Goodlatte earlier": the name before the time word
    if a == j and toks[a].low.endswith("ed") and not is_capitalised(toks[a]):
        return None  # "... helped write", "named": a verb form is no subject
    while a < j and _adverb(toks[a]):
        a += 1  # "what exactly Sanders wants": the adverb is no part of the subject
    if (
        a - 2 >= lo
        and toks[a - 1].low.endswith("ing")
        and len(toks[a - 1].low) > 5
        and not is_capitalised(toks[a - 1])
        and is_word(toks[a - 2])
        and toks[a - 2].low not in NP_STOP
        and toks[a - 2].low not in DETERMINERS
        and toks[a - 2].low not in GERUND_PREPOSITIONS  # "record of serving"
        and toks[a - 2].low not in ASPECTUAL  # "began making"
        and toks[a - 2].low not in IRREGULAR_PASTS
        and not toks[a - 2].low.endswith(("ed", "ly"))  # "sometimes simply helping"
    ):  # "The gruff bigot denouncing communists ignored": the bigot, not the communists
        head = np_before(toks, a - 2, lo)
        if head is not None and head[1] == a - 1:
            return head
    if (
        a - 3 >= lo
        and toks[a - 1].low == "by"
        and toks[a - 2].low in OBTAINED
        and is_word(toks[a - 3])
    ):  # "A memo obtained by CNN says": the memo says, CNN obtained it
        memo = np_before(toks, a - 3, lo)
        if memo is not None:
            return memo
    return a, j + 1


# Forms of *spend*: "he spent more time mocking X" is his, the time only how long
SPEND = frozenset("spend spends spent spending".split())


def past_time_spent(toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """The subject of *spend* when ``np`` opens with it ("he spent weeks denying X" -> he),
    else ``np``."""
    if np[0] - 1 >= lo and toks[np[0] - 1].low in SPEND:  # "We have spent 20 years X-ing"
        np = (np[0] - 1, np[1])
    if np[1] - np[0] < 2 or toks[np[0]].low not in SPEND or np[0] - 1 < lo:
        return np
    return np_before(toks, skip_aux_back(toks, np[0] - 1, lo), lo) or np


# Participles whose agent only came by a document, not wrote it: "a memo obtained by CNN"
# (after "written by", "filed by", "conducted by" the agent is the author, and the source)
OBTAINED = frozenset("obtained seen reviewed received viewed acquired".split())


def _adverb(tok: Tok) -> bool:
    """A lowercase adverb in -ly (not *family*, *ally*, *rally*)."""
    return (
        tok.low.endswith("ly")
        and len(tok.low) > 4
        and tok.low not in LY_NOUNS
        and not is_capitalised(tok)
    )


MAX_COORDINATED = 6  # names looked back over in "A, B and C all said"


def _coordinated_names(toks: list[Tok], k: int, lo: int) -> int:
    """Where a list of capitalised names ending at token ``k`` starts ("Obama, Clinton and
    Susan Rice all told", "Hillary and Obama and Panetta ... all told"): back over names
    joined by commas or *and*, a few at most."""
    start = k
    for _ in range(MAX_COORDINATED):
        while start - 1 >= lo and is_capitalised(toks[start - 1]):
            start -= 1
        if (
            start - 2 >= lo
            and (toks[start - 1].text == "," or toks[start - 1].low == "and")
            and is_capitalised(toks[start - 2])
        ):
            start -= 2
            continue
        break
    return start


def time_tail(toks: list[Tok], a: int, b: int) -> int:
    """Where the time phrase closing ``toks[a:b]`` starts ("this week", "a month later",
    "2001", "Thursday evening"), or ``b`` when the phrase does not end with one."""
    owner = toks[b - 2].low if b - 2 >= a else ""
    if toks[b - 1].low == "past" and (owner.endswith("'s") or owner in POSSESSIVES):
        return b  # "names from the GOP's past": a history, no time phrase
    k = b
    timed = False
    while k > a and (
        toks[k - 1].low in TIME_WORDS
        or toks[k - 1].low in TIME_NOUNS
        or (toks[k - 1].text.isdigit() and len(toks[k - 1].text) == 4)  # a year, not "43"
        or (timed and toks[k - 1].low in TIME_FILLERS)
        or (timed and toks[k - 1].low in TIME_UNITS)  # "two weeks ago"
    ):
        timed = timed or toks[k - 1].low not in TIME_FILLERS
        k -= 1
    return k if timed else b


def appositive_head(toks: list[Tok], comma: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase before an appositive: "Flynn, a top adviser, said" -> "Flynn"."""
    c = comma - 1
    while c > lo and toks[c].text != "," and comma - c < 25:
        c -= 1
    if c > lo and toks[c].text == ",":
        np = np_before(toks, c - 1, lo)
        apposition = [t for t in toks[c + 1 : comma] if is_word(t)]
        if (
            len(apposition) > 2
            and without_clitic(apposition[0].low) in CLAUSE_SUBJECTS
            and not all(is_adjunct(t) for t in apposition[2:])
        ):
            return None  # "In the coming months, he vowed X, declined Y": a clause between
            # the commas, not an apposition nor a parenthetical "they said on Monday"
        if np is not None and np[1] - np[0] == 1 and toks[np[0]].text.isdigit():
            # "Lance Beebe, 49, a Navy veteran, said": an age, the name before its comma
            age_comma = np[0] - 1
            if age_comma > lo and toks[age_comma].text == ",":
                named = np_before(toks, age_comma - 1, lo)
                if named is not None and not toks[named[0]].text.isdigit():
                    return named
            return None
        if (
            np is not None
            and np[0] - 1 == lo
            and toks[lo].low in TIME_ADJUNCT_OPENERS
            and not any(is_capitalised(t) for t in toks[np[0] : np[1]])
        ):
            return None  # "In fact, the only time X came up was when Y, referred": an
            # opening adverbial, no subject
        if (
            np is not None
            and apposition
            and all(is_capitalised(t) for t in apposition)
            and not any(is_capitalised(t) for t in toks[np[0] + 1 : np[1]])
        ):
            return np[0], comma  # "Another critic, Ola Berg, said": the name is the apposition
        return np
    return None


def np_after(toks: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that starts at token ``i`` (after an inverted cue)."""
    k = i
    while k < hi and k - i < 12:
        t = toks[k]
        if not is_word(t):
            if t.text == "." and is_abbreviation(toks[k - 1] if k > i else None) and k + 1 < hi:
                k += 1
                continue
            if t.text in "-&'’":
                k += 1
                continue
            break
        if k > i and t.low in NP_AFTER_STOP:
            break
        k += 1
    return (i, k) if k > i else None


DASHES = frozenset("-–—")
# Verbs of becoming and staying before a participle of stance: "became convinced that"
LINKING_VERBS = frozenset(
    """become became becomes becoming grew grow grows growing remained remain remains stayed
    got gets getting seemed seem seems appeared felt feel feels sounded looked""".split()
)
_COME_AWAY = frozenset({"came", "come", "comes", "coming"})


def _linking_before_participle(toks: list[Tok], j: int) -> bool:
    """Whether token ``j`` ends a linking verb ("became", "came away") right before a
    participle: what stands before it is the participle's subject."""
    k = j + 1
    while k < len(toks) - 1 and k - j < 3 and toks[k].low.endswith("ly"):
        k += 1  # "have become increasingly devoted"
    if k >= len(toks) or not toks[k].low.endswith("ed"):
        return False
    if toks[j].low == "away":
        return j >= 1 and toks[j - 1].low in _COME_AWAY
    return toks[j].low in LINKING_VERBS


MAX_ASIDE = 40  # tokens a dashed aside may hold


def skip_aux_back(toks: list[Tok], j: int, lo: int) -> int:
    """The token before the auxiliaries, adverbs, floating quantifiers ("have all") and dashed
    asides ("X -- who was there -- said") that end at token ``j``: where the subject ends."""
    while True:
        while j >= lo and (
            toks[j].low in AUX
            or toks[j].low.endswith("n't")
            or (toks[j].low.endswith("ly") and len(toks[j].low) > 4 and not is_capitalised(toks[j]))
            or (
                toks[j].low in FLOATING_QUANTIFIERS
                and j > lo
                and (
                    toks[j - 1].low in AUX
                    or toks[j - 1].low in SUBJECT_WORDS
                    or toks[j - 1].text in DASHES  # "figures -- whose ... -- both suggested"
                    or (is_capitalised(toks[j - 1]) and toks[j].low != "each")  # "Rice all told"
                )
            )
            or (toks[j].low in DEGREE_BEFORE_PARTICIPLE and j > lo and toks[j - 1].low in BE)
            or (  # "as you very aptly pointed out": a degree word before an adverb
                toks[j].low in DEGREE_BEFORE_PARTICIPLE
                and j + 1 < len(toks)
                and toks[j + 1].low.endswith("ly")
            )
            or (  # "officials there said", "her campaign workers here said"
                toks[j].low in LOCATIVE_ADVERBS
                and j > lo
                and is_word(toks[j - 1])
                and toks[j - 1].low not in NP_STOP
            )
        ):
            j -= 1
        if j > lo and toks[j].low == "much" and toks[j - 1].low in ("so", "as", "too"):
            j -= 2  # "wasn't so much saying"
            continue
        if j > lo and toks[j].low == "since" and toks[j - 1].low in ("has", "have", "had"):
            j -= 2  # "She has since stressed"
            continue
        if j > lo and (toks[j - 1].low, toks[j].low) in ADVERBIAL_PAIRS:
            j -= 2  # "Britain and France in particular feared"
            continue
        if j > lo and toks[j].low == "well" and toks[j - 1].low in MODALS:
            j -= 1  # "they may well endorse": a modal's adverb
            continue
        if j > lo and _linking_before_participle(toks, j):
            j -= 2 if toks[j].low == "away" else 1  # "he became convinced that"
            continue
        opening = aside_opening(toks, j, lo)
        if opening is None:
            return j
        j = opening - 1


def aside_opening(toks: list[Tok], j: int, lo: int) -> int | None:
    """Where the dashed aside that closes at token ``j`` opens ("X -- who was there --"), or
    None when ``j`` closes none; a run of hyphens ("--") counts as one dash."""
    if j <= lo or toks[j].text not in DASHES:
        return None
    k = j
    while k > lo and toks[k - 1].text in DASHES:
        k -= 1
    for m in range(k - 1, max(lo, k - MAX_ASIDE), -1):
        if toks[m].text in DASHES:
            while m > lo and toks[m - 1].text in DASHES:
                m -= 1
            return m if any(is_word(t) for t in toks[m:k]) and m > lo else None
    return None


def past_day_opening(toks: list[Tok], lo: int, hi: int) -> int:
    """Where a sentence goes on after the day that opens it as its time ("Tuesday, while
    discussing X, Ryan said", "Sunday on CNN, Fallin said"): past the day's phrase and its
    comma; ``lo`` when no day opens it."""
    if lo + 1 >= hi or toks[lo].low not in DAY_WORDS:
        return lo
    k = lo + 1
    if toks[k].low in TIME_NOUNS:  # "Tuesday night,"
        k += 1
    comma = None
    if k < hi and toks[k].text == ",":
        comma = k
    elif k < hi and toks[k].low in TIME_PREPOSITIONS:  # "Sunday on CNN's show,": to its comma
        comma = next((m for m in range(k + 1, min(hi, k + 12)) if toks[m].text == ","), None)
    if comma is None:
        return lo
    after = comma + 1
    while after < hi and toks[after].text in CLOSE_QUOTES:  # 'on “State of the Union,”'
        after += 1
    return after


def _past_region(toks: list[Tok], comma: int, hi: int) -> int:
    """The comma after a place's region that follows ``comma`` ("in Beaumont, Tex., Mr.
    Trump": the one after *Tex.*), else ``comma``."""
    k = comma + 1
    if (
        k + 2 < hi
        and is_capitalised(toks[k])
        and toks[k + 1].text == "."
        and is_abbreviation(toks[k])
        and toks[k + 2].text == ","
    ):
        return k + 2
    return comma


_RELATIVE_TIMES = frozenset("before after earlier later ago".split())


def _time_opening(toks: list[Tok], i: int, hi: int) -> bool:
    """Whether a time phrase opens at ``i``: *the* and a time noun ("The day before,", "The
    next week,") or a count of time units ("Two weeks after X died,")."""
    if i + 2 >= hi:
        return False
    first, second, third = toks[i].low, toks[i + 1].low, toks[i + 2]
    if first == "the":
        if second in ("next", "following", "previous"):
            second, third = toks[i + 2].low, toks[i + 3] if i + 3 < hi else third
        return second in TIME_NOUNS and (third.text == "," or third.low in _RELATIVE_TIMES)
    counted = first in NUMBER_WORDS or first[:1].isdigit() or first in ("a", "several", "few")
    return counted and second in TIME_UNITS and third.low in _RELATIVE_TIMES


def subject_of_sentence(toks: list[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun phrase of a sentence: the subject a trailing participle refers to."""
    i = _past_opening_quotation(toks, lo, hi)
    while i < hi and (not is_word(toks[i]) or toks[i].low in ("but", "and", "so", "yet")):
        i += 1
    if i >= hi:
        return None
    # "Slowly, ...", "Shortly after the merger, ...", "Rallying hundreds of workers, ...":
    # an opening adverb or participle phrase, the subject after its comma
    adverb = i + 1 < hi and (
        (toks[i].low.endswith("ly") and toks[i + 1].text in (",", "after", "before"))
        or past_day_opening(toks, i, hi) > i  # "Tuesday, while discussing X, Ryan said"
        or _time_opening(toks, i, hi)  # "The day before, ...", "Two weeks after X died, ..."
        or opening_participle(toks, i)
        or (toks[i].low == "back" and toks[i + 1].low in ("in", "when", "then"))  # "Back in May,"
        or (  # "Last month, when I asked X, he said": a time opening the sentence
            toks[i].low in TIME_WORDS
            and (toks[i + 1].low in TIME_NOUNS or toks[i + 1].low in TIME_UNITS)
        )
        or (  # "Hastily politicizing the tragedy, Trump ...": an adverb before the participle
            toks[i].low.endswith("ly")
            and toks[i].low not in LY_NOUNS
            and opening_participle(toks, i + 1)
        )
        or (  # "More recently, Rubio has shifted ..."
            toks[i].low in DEGREE_BEFORE_PARTICIPLE
            and toks[i + 1].low.endswith("ly")
            and i + 2 < hi
            and toks[i + 2].text == ","
        )
    )
    if (toks[i].low in NP_STOP or toks[i].low in SENTENCE_ADVERBS or adverb) and without_clitic(
        toks[i].low
    ) not in SUBJECT_WORDS:
        # "In his speech, Obama ... said", "Instead, Trump ...": the subject follows the
        # opening phrase; "On Saturday Sanders assailed ...": after the time phrase
        comma = next((k for k in range(i + 1, min(hi, i + 15)) if toks[k].text == ","), None)
        if comma is not None:
            return subject_of_sentence(toks, _past_region(toks, comma, hi) + 1, hi)
        k = i + 1
        while k < hi and (toks[k].low in TIME_WORDS or toks[k].low in DETERMINERS):
            k += 1
        if k > i + 1 or toks[i].low in SENTENCE_ADVERBS:
            return subject_of_sentence(toks, k, hi)
    if without_clitic(toks[i].low) in SUBJECT_WORDS:
        return i, i + 1
    k = i
    named = (  # "His campaign": a capitalised possessive opens a phrase, it is no name
        is_capitalised(toks[i])
        and toks[i].low not in DETERMINERS
        and toks[i].low not in POSSESSIVES
    )
    while k < hi and k - i < 8 and toks[k].low not in NP_STOP:
        if not is_word(toks[k]):
            if toks[k].text == "." and k > i and is_abbreviation(toks[k - 1]) and k + 1 < hi:
                k += 1  # "Mr. Manafort": the full stop of a title
                continue
            break
        low = toks[k].low
        if k > i and (
            low in CUE_FORMS
            or low in IRREGULAR_PASTS  # "His campaign sent out ..."
            or low in AUX
            # a past form ends the phrase, but not as an adjective after a determiner: "The
            # unreleased video"
            or (
                low.endswith("ed") and toks[k].text.islower() and toks[k - 1].low not in DETERMINERS
            )
        ):
            break
        if k > i and named and not is_capitalised(toks[k]) and not possessor_of(toks, k):
            break  # "Democrat Hillary Clinton took ...": a name ends at its first lowercase word
        k += 1
    j = k + 1 if k < hi and toks[k].low in TIME_UNITS else k  # "Two days later": "days" ends it
    if i < j < hi - 1 and toks[j].low in ("later", "earlier") and toks[j - 1].low in TIME_UNITS:
        return subject_of_sentence(toks, j + 1, hi)  # "A few minutes later they ...": time
    return (i, k) if k > i else None


def _past_opening_quotation(toks: list[Tok], lo: int, hi: int) -> int:
    """Where the main clause starts after a quotation that opens the sentence ('"I think X,"
    Clinton said, while arguing Y' -> Clinton; past an inverted cue: '"X," said Clinton'),
    else ``lo``."""
    if lo >= hi or toks[lo].text not in OPEN_QUOTES:
        return lo
    closing = next((m for m in range(lo + 1, hi) if toks[m].text in CLOSE_QUOTES), None)
    if closing is None:
        return lo
    k = closing + 1
    while k < hi and not is_word(toks[k]):
        k += 1
    if k < hi and toks[k].low in CUE_FORMS and toks[k].text.islower():
        k += 1  # '"X," said Clinton'
    return k if k < hi else lo


TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years moments decades".split()
)


def opening_participle(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` opens a participle phrase before the subject ("Rallying hundreds
    of workers, Clinton said", "Asked on Monday whether X, Mrs. Clinton said"): an -ing word
    before its object, not a name or pronoun, a passive cue such as *Asked*, *Pressed*, or a
    participle before *by* ("Chastened by X, Trump ...")."""
    low = toks[i].low
    if low in PASSIVE_OPENERS and i + 1 < len(toks) and not is_capitalised(toks[i + 1]):
        return True
    if low.endswith("ed") and len(low) > 4 and i + 1 < len(toks) and toks[i + 1].low == "by":
        return True  # "Chastened by the analyses, Trump revised his plan"
    if not low.endswith("ing") or len(low) < 6 or low.endswith("thing") or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    return (
        low not in NP_STOP
        and low not in CUE_FORMS
        and is_word(after)
        and not is_capitalised(after)
        and after.low not in AUX
        and after.low not in CUE_FORMS
    )


def coordinated_clause_subject(toks: list[Tok], lo: int, i: int) -> tuple[int, int] | None:
    """The subject of the last clause joined by ", and", ", but" or ";" before token ``i``,
    when a verb follows it ("..., and the ACLU has sued the city, saying ..."), else None."""
    for k in range(i - 2, lo, -1):
        if toks[k].text == ";" or (toks[k].low in ("and", "but") and toks[k - 1].text == ","):
            subject = subject_of_sentence(toks, k + 1, i)
            if subject is None or subject[1] >= i - 1:
                return None
            after = toks[subject[1]].low
            verb = (
                after in AUX
                or after in CUE_FORMS
                or after in IRREGULAR_PASTS  # "but Trump stood by his plan"
                or (after.endswith("ed") and after.isalpha())
            )
            return subject if verb else None
    return None


def possessor_of(toks: list[Tok], k: int) -> bool:
    """Whether a possessive name before token ``k`` owns it as part of one subject ("Clinton's
    lawyers"), not as the holder of a stance noun ("Kyiv's acknowledgement": Kyiv claims)."""
    return (
        toks[k - 1].low.endswith("'s")
        and toks[k].low not in NOUN_CUES
        and toks[k].low not in STANCE_NOUNS
        and toks[k].low not in CUE_FORMS
    )


def open_relative(toks: list[Tok], lo: int, i: int) -> tuple[int, int] | None:
    """The relative *who*/*which* whose clause token ``i`` is still in (no comma since it):
    the subject a coordinated verb shares ("demonstrators, who have taken to the streets and
    called for ...")."""
    for k in range(i - 1, lo, -1):
        if toks[k].text in ",;":
            return None
        if toks[k].low in ("who", "which"):
            return k, k + 1
    return None


def after_comma_adverbs(toks: list[Tok], i: int, lo: int) -> int:
    """The token before ``i`` past any adverbs: ", falsely suggesting" and ", perhaps
    recognizing" -> the comma."""
    k = i - 1
    while k > lo and (
        (toks[k].low.endswith("ly") and len(toks[k].low) > 4)
        or toks[k].low in ADVERBS
        or toks[k].low in ("perhaps", "maybe", "thus", "thereby", "instead", "again")
    ):
        k -= 1
    return k


def past_opening_phrase(toks: list[Tok], lo: int, limit: int) -> int:
    """Where the clause starts after an opening adverbial and its comma ("On Saturday, X",
    "Moreover, X", "Essentially, X"), else ``lo``."""
    first = toks[lo].low
    if not (
        first in NP_STOP
        or first in SENTENCE_ADVERBS
        or first in TIME_WORDS
        or (first.endswith("ly") and len(first) > 4)
    ):
        return lo
    comma = next((k for k in range(lo + 1, min(limit, lo + 8)) if toks[k].text == ","), None)
    return lo if comma is None else comma + 1


def subject_with_apposition(toks: list[Tok], lo: int, comma: int) -> tuple[int, int] | None:
    """The name of ``Name, apposition,`` when ``toks[lo:comma + 1]`` is one, else None."""
    lo = past_opening_phrase(toks, lo, comma)
    if comma <= lo or toks[comma].text != ",":
        return None
    k = lo
    while k < comma and (
        (is_word(toks[k]) and (is_capitalised(toks[k]) or is_abbreviation(toks[k])))
        or (toks[k].text == "." and k > lo and is_abbreviation(toks[k - 1]))
    ):
        k += 1
    if k == lo or k >= comma or toks[k].text != "," or not is_word(toks[k - 1]):
        return None
    marks = [t for t in toks[k:comma] if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES]
    if len(marks) % 2 or (marks and toks[comma - 1].text in CLOSE_QUOTES):
        return None  # a quotation, not a title quoted inside the apposition ("Going Viral")
    if any(
        t.low in SUBJECT_WORDS and not (t.low in ("who", "which") and n > k + 1)
        for n, t in enumerate(toks[k:comma], start=k)
    ):
        return None  # a clause ("Trump, he said,"), though a relative clause may describe
        # the apposition's noun ("Rich Heffley, a GOP operative who played a role, said")
    return lo, k


def subject_with_relative(toks: list[Tok], lo: int, comma: int) -> bool:
    """Whether ``toks[lo:comma + 1]`` is a noun phrase and its relative clause, ``Senator
    Lee, who wrote the law,`` (the subject of what follows, not an inverted content)."""
    return relative_head(toks, lo, comma) is not None


def relative_head(toks: list[Tok], lo: int, comma: int) -> tuple[int, int] | None:
    """The noun phrase of ``NP, who/which ...,`` when ``toks[lo:comma + 1]`` is one: the
    subject of the verb after the comma ("Dr. Mariano, who was ..., said")."""
    if comma <= lo or toks[comma].text != ",":
        return None
    first = next((k for k in range(lo, comma) if toks[k].text == ","), None)
    if first is None or first == lo:
        return None
    relative = first + 1
    if relative + 2 < comma and toks[relative].text.isdigit() and toks[relative + 1].text == ",":
        relative += 2  # "Woodrow Benford, 58, who lives outside Minneapolis, says": an age
    if toks[relative].low not in ("who", "which", "whose", "where"):
        return None  # ("The Iowa Electronic Markets, where traders invest, show")
    np = np_before(toks, first - 1, lo)
    return np if np is not None and np[0] == lo else None


# Nouns for people that are also cue forms: after an inverted cue they head its source
PEOPLE_CUE_NOUNS = frozenset("advocate advocates critic critics witness witnesses".split())


def holds_verb(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` holds a finite verb: a modal, *be*, or a past form that is no
    adjective after a determiner ("the Khan family deserved better", not "a retired
    general")."""
    for k in range(a, b):
        low = toks[k].low
        if low in FINITE or (
            k > a
            and low in CUE_FORMS
            and toks[k].text.islower()
            and not (k == b - 1 and low in PEOPLE_CUE_NOUNS)  # "said a top advocate"
            and toks[k - 1].low != "of"  # "secretary of state X": a preposition's noun
        ):
            return True  # ("said the videos show Scott leaving": a clause)
        if (
            k > a
            and low.endswith("ed")
            and toks[k].text.islower()
            and toks[k - 1].low not in DETERMINERS
            and not (  # "newly elected Sen. X", but "the family deserved"
                toks[k - 1].low.endswith("ly") and toks[k - 1].low not in LY_NOUNS
            )
            and not (k + 1 < b and is_capitalised(toks[k + 1]))  # "retired Gen. X"
        ):
            return True
    return False


MAX_NAME_PHRASE = 8  # tokens of the name phrase before a noun apposition


def name_with_noun_apposition(toks: list[Tok], lo: int, comma: int) -> bool:
    """Whether ``toks[lo:comma + 1]`` is a phrase ending in a name and an apposition that
    opens with a determiner, no verb in either ("Former Arizona governor Jan Brewer, an early
    supporter of Trump,"): the subject of the verb after the comma, not inverted content."""
    if comma <= lo or toks[comma].text != ",":
        return False
    first = next((k for k in range(lo, comma) if toks[k].text == ","), None)
    if first is None or first == lo or first - lo > MAX_NAME_PHRASE or comma - first < 3:
        return False
    return (
        is_capitalised(toks[first - 1])
        and toks[lo].low not in NP_STOP
        and toks[first + 1].low in DETERMINERS
        and not holds_verb(toks, lo, first)
        and not holds_verb(toks, first + 1, comma)
    )
