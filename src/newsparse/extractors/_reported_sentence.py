"""Reported speech in one sentence: its tokens, where sources are and which patterns match.

:func:`sentence_attributions` takes a sentence's tokens (:func:`tokenize`) and returns every
attribution in it as token ranges (source, cue) and a character range (content), before
names are resolved. The patterns are listed in docs/claims.md.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import attrs
import regex

from newsparse.extractors._reported_lexicon import (
    ABBREVIATIONS,
    ADJECTIVE_ENDINGS,
    ADJUNCT_STARTS,
    ADJUNCT_WORDS,
    ADVERBIAL_PAIRS,
    ADVERBS,
    AMBIGUOUS,
    ASPECTUAL,
    AUX,
    BE,
    BY_ACCOUNTS,
    CHANNEL_PREPOSITIONS,
    CLAUSE_BREAKS,
    CLAUSE_ONLY,
    CLAUSE_OPENERS,
    CLAUSE_TAKING,
    CONTROL_VERB_FORMS,
    COORDINATORS,
    CUE_FORMS,
    DEGREE,
    DEGREE_BEFORE_PARTICIPLE,
    DETERMINERS,
    EVIDENCE,
    EVIDENCE_LEMMAS,
    FINITE,
    FLOATING_QUANTIFIERS,
    GERUND_PREPOSITIONS,
    GOING_VERBS,
    MODALS,
    NOUN_CUES,
    NP_STOP,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OWN_ACCOUNTS,
    PARTICLES,
    PASSIVE_LEMMAS,
    PAST_ADJ_BEFORE,
    PERSON_ROLES,
    PHRASAL,
    PLACE_PREPOSITIONS,
    PLACE_VERBS,
    POSSESSIVES,
    QUANTIFIER_PRONOUNS,
    ROLE_WORDS,
    SENTENCE_ADVERBS,
    SOURCE_OPENERS,
    SPEECH_LEMMAS,
    STANCE_ADJECTIVES,
    STANCE_LINKS,
    STANCE_LINKS_AFTER_BE,
    STANCE_NOUNS,
    STANCE_PEOPLE,
    STRIP,
    SUBJECT_WORDS,
    SUBORDINATORS,
    TELL_LIKE,
    TIME_ADJUNCT_OPENERS,
    TIME_FILLERS,
    TIME_NOUNS,
    TIME_WORDS,
    TO_INFINITIVE,
)

# A number with thousands separators ("6,000") is one token: its commas end no clause
TOKEN = regex.compile(
    r"\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*"
    r"|[^\s\p{L}\p{N}]"
)
OPEN_QUOTES = "\"“‘«'"
CLOSE_QUOTES = "\"”’»'"
BOUNDARY = frozenset(',;:()[]—–"“”«»')


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    words: int  # word tokens before this one in its sentence


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    out: list[Tok] = []
    words = 0
    make = tuple.__new__  # Tok(...) without the generated __new__'s Python frame
    for m in TOKEN.finditer(text, start, end):
        t = m.group()
        a, b = m.span()
        out.append(make(Tok, (a, b, t, t.lower().replace("’", "'"), words)))
        words += t[0].isalnum()
    return out


def without_clitic(low: str) -> str:
    """A token without a clitic: "he's" -> "he"."""
    cut = low.find("'")
    return low[:cut] if cut > 0 else low


def is_word(tok: Tok) -> bool:
    return tok.text[0].isalnum()


def is_capitalised(tok: Tok) -> bool:
    return tok.text[0].isupper()


def name_like(tok: Tok) -> bool:
    """A capitalised word that is no function word ("Sanders", not "The" or "Some")."""
    return (
        is_capitalised(tok)
        and tok.low.isalpha()
        and tok.low not in DETERMINERS
        and tok.low not in NP_STOP
        and tok.low not in POSSESSIVES
        and without_clitic(tok.low) not in SUBJECT_WORDS
        and tok.low not in SENTENCE_ADVERBS
        and tok.low not in QUANTIFIER_PRONOUNS
        and not tok.low.endswith(ADJECTIVE_ENDINGS)  # "Subsequent estimates", "Initial reports"
    )


def is_abbreviation(tok: Tok | None) -> bool:
    """Whether a full stop after ``tok`` marks an abbreviation ("Mr.", "Sen.", "J.")."""
    if tok is None:
        return False
    return (
        tok.low in ABBREVIATIONS
        or (is_capitalised(tok) and len(tok.text) <= 3)
        or DOTTED_INITIALS.fullmatch(tok.text) is not None  # "the F.B.I. said"
    )


DOTTED_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}")


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
        if before >= lo and toks[before].low in TIME_ADJUNCT_OPENERS:
            before -= 1
            if before >= lo and toks[before].text == ",":  # "X, the front-runner, on Sunday"
                return subject_with_apposition(toks, lo, before) or appositive_head(
                    toks, before, lo
                )
        if before < lo or not is_word(toks[before]):
            return None  # "On Sunday urged ...": a time phrase is no subject
        return np_before(toks, before, lo)
    if tail < j + 1 and is_word(toks[tail - 1]):
        return a, tail  # "Rep. Bob Goodlatte earlier": the name before the time word
    if a == j and toks[a].low.endswith("ed") and not is_capitalised(toks[a]):
        return None  # "... helped write", "named": a verb form is no subject
    return a, j + 1


def time_tail(toks: list[Tok], a: int, b: int) -> int:
    """Where the time phrase closing ``toks[a:b]`` starts ("this week", "a month later",
    "2001", "Thursday evening"), or ``b`` when the phrase does not end with one."""
    k = b
    timed = False
    while k > a and (
        toks[k - 1].low in TIME_WORDS
        or toks[k - 1].low in TIME_NOUNS
        or (toks[k - 1].text.isdigit() and len(toks[k - 1].text) == 4)  # a year, not "43"
        or (timed and toks[k - 1].low in TIME_FILLERS)
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
        if k > i and t.low in ("who", "which", "that", "in", "on", "at", "during", "after"):
            break
        k += 1
    return (i, k) if k > i else None


DASHES = frozenset("-–—")
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
                )
            )
            or (toks[j].low in DEGREE_BEFORE_PARTICIPLE and j > lo and toks[j - 1].low in BE)
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


def subject_of_sentence(toks: list[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun phrase of a sentence: the subject a trailing participle refers to."""
    i = lo
    while i < hi and (not is_word(toks[i]) or toks[i].low in ("but", "and", "so", "yet")):
        i += 1
    if i >= hi:
        return None
    # "Slowly, ...", "Shortly after the merger, ...", "Rallying hundreds of workers, ...":
    # an opening adverb or participle phrase, the subject after its comma
    adverb = i + 1 < hi and (
        (toks[i].low.endswith("ly") and toks[i + 1].text in (",", "after", "before"))
        or opening_participle(toks, i)
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
            return subject_of_sentence(toks, comma + 1, hi)
        k = i + 1
        while k < hi and (toks[k].low in TIME_WORDS or toks[k].low in DETERMINERS):
            k += 1
        if k > i + 1 or toks[i].low in SENTENCE_ADVERBS:
            return subject_of_sentence(toks, k, hi)
    if without_clitic(toks[i].low) in SUBJECT_WORDS:
        return i, i + 1
    k = i
    named = is_capitalised(toks[i]) and toks[i].low not in DETERMINERS
    while k < hi and k - i < 8 and toks[k].low not in NP_STOP:
        if not is_word(toks[k]):
            if toks[k].text == "." and k > i and is_abbreviation(toks[k - 1]) and k + 1 < hi:
                k += 1  # "Mr. Manafort": the full stop of a title
                continue
            break
        low = toks[k].low
        if k > i and (
            low in CUE_FORMS
            or low in AUX
            # a past form ends the phrase, but not as an adjective after a determiner: "The
            # unreleased video"
            or (low.endswith("ed") and low.islower() and toks[k - 1].low not in DETERMINERS)
        ):
            break
        if k > i and named and not is_capitalised(toks[k]) and not possessor_of(toks, k):
            break  # "Democrat Hillary Clinton took ...": a name ends at its first lowercase word
        k += 1
    return (i, k) if k > i else None


def opening_participle(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` opens a participle phrase before the subject ("Rallying hundreds
    of workers, Clinton said"): an -ing word before its object, not a name or pronoun."""
    low = toks[i].low
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
            verb = after in AUX or after in CUE_FORMS or (after.endswith("ed") and after.isalpha())
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


def participle_after_noun(toks: list[Tok], i: int, lo: int) -> bool:
    """An -ing cue right after a noun, before its object: "superdelegates backing Clinton",
    "a statement saying that ...", "voters saying race relations are worse" (the noun is the
    source)."""
    if i <= lo:
        return False
    prev = toks[i - 1]
    return (
        is_word(prev)
        and prev.low.isalpha()
        and prev.low not in NP_STOP
        and prev.low not in GERUND_PREPOSITIONS
        and prev.low not in DETERMINERS
        and prev.low not in AUX
        and prev.low not in CUE_FORMS
        and (
            object_follows(toks, i)
            or (CUE_FORMS[toks[i].low] in CLAUSE_TAKING and finite_clause_follows(toks, i))
        )
    )


def object_follows(toks: list[Tok], i: int) -> bool:
    """What follows token ``i`` opens an object or clause: that, how, a determiner, a name or
    a number."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    lemma = CUE_FORMS.get(toks[i].low, "")
    return (
        (nxt.low == "to" and lemma in TO_INFINITIVE)  # "the campaign plans to employ"
        or nxt.low in PHRASAL.get(lemma, frozenset())  # "the chairman calls for"
        or nxt.low in CLAUSE_OPENERS
        or nxt.low in DETERMINERS
        or nxt.low in OBJECT_PRONOUNS  # "the newspaper calls him", "a poll shows them"
        or nxt.low == "it"
        or (  # "Podliska claims he was": a subject pronoun opens the reported clause
            lemma in CLAUSE_TAKING and without_clitic(nxt.low) in SUBJECT_WORDS and nxt.low != "who"
        )
        or is_capitalised(nxt)
        or nxt.text[:1].isdigit()
    )


def verb_after_noun(toks: list[Tok], i: int, p: int) -> bool:
    """An -s form after a singular noun (at ``p``, before any adverb) and before what opens
    its object reads as a verb: "the poll shows Clinton ahead", "a study finds that", not
    "cooking shows are"."""
    low = toks[i].low
    if p < 0 or i + 1 >= len(toks) or low == CUE_FORMS[low] or not low.endswith("s"):
        return False
    prev = toks[p]
    return (
        is_word(prev)
        and prev.low.isalpha()
        and not (p > 0 and toks[p - 1].text[:1].isdigit())  # "0.1 percentage points to"
        and not prev.low.endswith("s")
        and prev.low not in NP_STOP
        and prev.low not in DETERMINERS
        and object_follows(toks, i)
    )


def finite_clause_follows(toks: list[Tok], i: int) -> bool:
    """A clause (not just an object) follows the cue at ``i``: a clause opener next, or a finite
    auxiliary before the next punctuation ("found Trump would raise", not "found a job")."""
    if i + 1 < len(toks) and toks[i + 1].low in CLAUSE_OPENERS:
        return True
    for tok in toks[i + 1 : i + 10]:
        if not is_word(tok):
            return False
        if tok.low in MODALS or tok.low in BE:
            return True
    return False


def after_evidence(toks: list[Tok], i: int, lo: int) -> bool:
    """The cue at ``i`` follows a noun of evidence, past adverbs and auxiliaries: "a poll
    (now) shows", "the survey found", "records have shown"."""
    return evidence_head(toks, i, lo) is not None


def evidence_head(toks: list[Tok], i: int, lo: int) -> int | None:
    """The index of the noun of evidence whose phrase ends right before the cue at ``i``:
    "a poll shows", "a study by professor Justin Levitt found", "research conducted by the
    Center found" (no verb of the phrase's own before the cue), else None."""
    j = skip_aux_back(toks, i - 1, lo)
    if j >= lo and toks[j].low in EVIDENCE:
        return None if j > lo and toks[j - 1].low == "to" else j
    k = j
    while k > lo and j - k < 12 and is_word(toks[k]) and toks[k].low not in FINITE:
        if toks[k].low in ("by", "from", "of") and toks[k - 1].low in EVIDENCE:
            return k - 1
        if toks[k].low in ("by", "from") and toks[k - 1].low in ("conducted", "released"):
            return k - 2 if k - 2 >= lo and toks[k - 2].low in EVIDENCE else None
        k -= 1
    return None


def title_case(toks: list[Tok]) -> bool:
    """Most words are capitalised: a headline ("Trump Calls For A Ban")."""
    words = [t for t in toks[:40] if is_word(t)]
    return sum(is_capitalised(t) for t in words) * 10 > len(words) * 7


def sentence_final(toks: list[Tok], i: int) -> bool:
    """Nothing but closing punctuation follows the cue (as in "..., the poll found.")."""
    return all(not is_word(t) and t.text not in OPEN_QUOTES for t in toks[i + 1 :])


def is_cue(toks: list[Tok], i: int, lo: int) -> bool:
    low = toks[i].low
    if low not in CUE_FORMS:
        return False
    prev = toks[i - 1].low if i > lo else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if CUE_FORMS[low] in EVIDENCE_LEMMAS and after_evidence(toks, i, lo):
        return True
    if CUE_FORMS[low] in CLAUSE_ONLY and not (
        finite_clause_follows(toks, i) or sentence_final(toks, i)
    ):
        return False
    if (
        prev == "to"
        and infinitive_subject_verb(toks, i, lo) is None
        and object_control(toks, i, lo) is None
        and noun_infinitive(toks, i, lo) is None
    ):
        return False  # "to say" has no subject of its own, unless "is right to note"
    if CUE_FORMS[low] in PLACE_VERBS and nxt in PLACE_PREPOSITIONS:
        return False  # "appeared before the delegates", "spoke at a rally": being somewhere
    if low == "think" and nxt in ("tank", "tanks"):
        return False  # "a liberal think tank"
    if CUE_FORMS[low] == "back" and (prev in BE or not object_follows(toks, i) or nxt == "to"):
        return False  # "is back", "goes back to", "bring jobs back": the adverb, not "back X"
    if (
        low.endswith("ing")
        and not (
            prev in GERUND_PREPOSITIONS
            or prev in ASPECTUAL  # "kept calling", "began writing"
            or (prev in ADVERBS and i - 2 >= lo and toks[i - 2].low in GERUND_PREPOSITIONS)
            or prev in BE
            or (
                prev.endswith(("'s", "'re", "'m")) and without_clitic(prev) in SUBJECT_WORDS
            )  # "he's saying"
            or prev[:-3] in BE  # "isn't saying"
            or (prev in ADVERBS and i - 2 >= lo and toks[i - 2].low in BE)  # "is also urging"
            or prev == ","
            or prev.endswith("ly")
            or (i > lo and toks[after_comma_adverbs(toks, i, lo)].text == ",")  # ", perhaps X-ing"
            or participle_after_noun(toks, i, lo)
            or (i == lo and nxt in ("that", "how", "why", "whether"))  # "Noting that X, Y ..."
        )
    ):
        return False
    if (
        low in AMBIGUOUS
        and is_capitalised(toks[i])
        and i > lo
        and i + 1 < len(toks)
        and is_capitalised(toks[i - 1])
        and is_capitalised(toks[i + 1])
        and not title_case(toks)
    ):
        return False  # "the United States Embassy": a word of a name, outside a headline
    if prev.endswith("'s") and without_clitic(prev) not in SUBJECT_WORDS:
        return False  # "Monday's debate", "Russia's suspected link": a possessive's noun
    p = i - 1  # the word before, past an adverb: "the group also views"
    if prev in ADVERBS and p > lo:
        p -= 1
        prev = toks[p].low
    if (
        low in AMBIGUOUS
        and nxt == "that"
        and i + 2 < len(toks)
        and toks[i + 2].low in FINITE
        and prev not in MODALS
        and without_clitic(prev) not in SUBJECT_WORDS
    ):
        return False  # "the attacks that have defined his bid": a relative clause
    if low in AMBIGUOUS and not (
        nxt == "that"
        or prev == "to"  # only "is right to note" gets here
        or prev in MODALS
        or without_clitic(prev) in SUBJECT_WORDS
        or prev.endswith("ly")
        or (p > lo and is_capitalised(toks[p]) and not is_capitalised(toks[i]))
        or (  # "Sanders supports raising ...", "Gallup finds states ...": a name opening it
            p == lo
            and name_like(toks[p])
            and not is_capitalised(toks[i])
            and low != CUE_FORMS[low]
            and i + 1 < len(toks)
            and is_word(toks[i + 1])
            and nxt not in NP_STOP
            and nxt != "of"  # "Republican claims of fraud": a noun
        )
        or verb_after_noun(toks, i, p)
        or (
            prev.endswith("s")
            and not prev.endswith("ss")
            and low == CUE_FORMS[low]
            and not (p - 1 >= lo and toks[p - 1].low in ("which", "who", "that"))
        )
    ):
        return False
    if not low.endswith("ing") and prev in PAST_ADJ_BEFORE and not quantifier_subject(toks, i, lo):
        return False
    if not low.endswith("ing") and low != CUE_FORMS[low]:
        if nxt == "by" and not (i + 2 < len(toks) and toks[i + 2].low in ("now", "then", "far")):
            return False  # "remarks viewed by some": a passive participle, not "heard by now"
        j = i - 1
        while j >= lo and toks[j].low.endswith("ly") and len(toks[j].low) > 4:
            j -= 1
        if j >= lo and toks[j].low in BE and toks[j].low not in ("'s",):
            return False
    return True


def opening_participle_clause(
    toks: list[Tok], i: int, hi: int
) -> tuple[tuple[int, int], int] | None:
    """For a sentence that opens with a participle cue ("Noting that X, Schlafly put ..."):
    the main clause's subject and the comma that ends the participle's clause, or None."""
    for c in range(i + 2, hi - 1):
        if toks[c].text != ",":
            continue
        nxt = toks[c + 1]
        if (
            (is_capitalised(nxt) and nxt.low not in SENTENCE_ADVERBS)
            or nxt.low in DETERMINERS
            or nxt.low in POSSESSIVES
            or without_clitic(nxt.low) in SUBJECT_WORDS - {"who", "it"}
        ):
            subject = subject_of_sentence(toks, c + 1, hi)
            return None if subject is None else (subject, c)
    return None


def shared_sources(toks: list[Tok], found: list[Found], i: int) -> list[tuple[int, int]]:
    """The sources found so far that a later verb of the sentence may share: not a relative
    pronoun whose clause a comma has closed ("Weber, who advises Kasich, ... but lauded")."""
    out = []
    for f in found:
        if f.source is None:
            continue
        a, b = f.source
        if (
            b - a == 1
            and toks[a].low in ("who", "which")
            and any(t.text == "," for t in toks[f.cue[1] : i])
        ):
            continue
        out.append(f.source)
    return out


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
        or toks[k].low in ("perhaps", "maybe", "thus", "thereby")
    ):
        k -= 1
    return k


def quantifier_subject(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether the quantifier before token ``i`` is a subject of its own ("Many speculated
    that ...", "Most believe that ..."): it opens the clause and a clause follows the cue."""
    k = i - 1
    return (
        k >= lo
        and toks[k].low in QUANTIFIER_PRONOUNS
        and (k == lo or not is_word(toks[k - 1]) or toks[k - 1].low in COORDINATORS)
        and i + 1 < len(toks)
        and (
            toks[i + 1].low in CLAUSE_OPENERS
            or without_clitic(toks[i + 1].low) in SUBJECT_WORDS - {"who", "it"}
        )
    )


def adjective_infinitive(toks: list[Tok], i: int, lo: int) -> int | None:
    """The index of *be* in ``be [adverb] ADJECTIVE to CUE`` ("is right to note", "was quick
    to point out"), for a verb of saying at ``i``; else None."""
    if i - 3 < lo or toks[i - 1].low != "to" or CUE_FORMS[toks[i].low] not in SPEECH_LEMMAS:
        return None
    adjective = toks[i - 2]
    if not adjective.low.isalpha() or is_capitalised(adjective) or adjective.low in NP_STOP:
        return None
    be = i - 3
    if toks[be].low in ADVERBS or toks[be].low in DEGREE:
        be -= 1
    return be if be >= lo and toks[be].low in BE else None


def purpose_infinitive(toks: list[Tok], i: int, lo: int) -> int | None:
    """The index of the verb of going in ``went on CNN to declare``, ``took to Twitter to
    applaud`` (the subject goes somewhere to say something), for a cue at ``i``; else None."""
    if i - 2 < lo or toks[i - 1].low != "to":
        return None
    for k in range(i - 2, max(lo, i - 10) - 1, -1):
        low = toks[k].low
        if low in GOING_VERBS:  # onto a channel: "went on CNN", "took to Twitter"
            return k if toks[k + 1].low in CHANNEL_PREPOSITIONS else None
        if (not is_word(toks[k]) and toks[k].text != ".") or low in SUBORDINATORS:
            return None
    return None


def object_control(toks: list[Tok], i: int, lo: int) -> tuple[int, int] | None:
    """The object that a cue's infinitive takes as subject in ``led Republicans to say that``,
    ``leads many experts to suspect that`` (a verb of causing or asking, its object, *to*,
    a cue before a clause); else None."""
    if i - 3 < lo or toks[i - 1].low != "to" or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1].low
    if nxt not in CLAUSE_OPENERS and without_clitic(nxt) not in SUBJECT_WORDS - {"who", "it"}:
        return None
    for k in range(i - 2, max(lo, i - 8) - 1, -1):
        tok = toks[k]
        if tok.low in CONTROL_VERB_FORMS and k < i - 2:
            return k + 1, i - 1
        if not is_word(tok) or (tok.low in NP_STOP and tok.low != "of"):
            return None
    return None


# Nouns whose infinitive's subject is the sentence's: "missed an opportunity to remind",
# "has a rare chance to show that"
INFINITIVE_NOUNS = frozenset("opportunity chance attempt effort bid occasion".split())


def noun_infinitive(toks: list[Tok], i: int, lo: int) -> tuple[int, int] | None:
    """The sentence subject that a cue's infinitive after a noun of opportunity or effort
    takes (``Trump never missed an opportunity to remind the audience he ...``); else None."""
    if i - 3 < lo or toks[i - 1].low != "to" or toks[i - 2].low not in INFINITIVE_NOUNS:
        return None
    if i + 1 >= len(toks) or not object_follows(toks, i):
        return None
    subject = subject_of_sentence(toks, lo, i - 2)
    return subject if subject is not None and subject[1] < i - 3 else None


def infinitive_subject_verb(toks: list[Tok], i: int, lo: int) -> int | None:
    """The verb whose subject a cue's infinitive takes: *be* in ``is right to note``, the
    verb of going in ``went on CNN to declare``; None for other infinitives."""
    return adjective_infinitive(toks, i, lo) or purpose_infinitive(toks, i, lo)


def is_adjunct(tok: Tok) -> bool:
    """Words that may stand between a cue and its "that": "said on Tuesday in a statement that"."""
    return (
        tok.low in ADJUNCT_WORDS
        or is_capitalised(tok)
        or tok.low in OBJECT_PRONOUNS
        or (tok.low.endswith("ly") and len(tok.low) > 4)
    )


def words_between(toks: list[Tok], a: int, b: int) -> int:
    """How many word tokens lie in ``toks[a:b]``."""
    if b <= a:
        return 0
    last = toks[b - 1]
    return last.words + is_word(last) - toks[a].words


def is_boundary(tok: Tok) -> bool:
    return tok.text in ",—–" or tok.text in CLOSE_QUOTES


@attrs.frozen
class Found:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]  # character offsets
    relative: bool = False


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return start, end


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
    if any(t.text in OPEN_QUOTES or t.low in SUBJECT_WORDS for t in toks[k:comma]):
        return None
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
    if first is None or first == lo or toks[first + 1].low not in ("who", "which", "whose"):
        return None
    np = np_before(toks, first - 1, lo)
    return np if np is not None and np[0] == lo else None


def least_content(toks: list[Tok], lo: int) -> int:
    """Words an inverted attribution's content needs: one for a quotation ("'Never,' she
    said."), three otherwise, so that an opening adverbial is not taken for content."""
    return 1 if toks[lo].text in OPEN_QUOTES else 3


def source_opens(toks: list[Tok], k: int, hi: int) -> bool:
    """A source can start at token ``k`` after an inverted cue: a name, a determiner or
    quantifier ("said several observers"), or a role before a name ("said former Gov. Bill
    Richardson", "says spokesman Ed Lee")."""
    if is_capitalised(toks[k]) or toks[k].low in SOURCE_OPENERS:
        return True
    if toks[k].low not in ROLE_WORDS and toks[k].low not in PERSON_ROLES:
        return False
    for t in toks[k + 1 : min(hi, k + 4)]:
        if not is_word(t) or t.low in NP_STOP:
            return False
        if is_capitalised(t):
            return True
    return False


def quotation_before(toks: list[Tok], i: int, lo: int) -> bool:
    """The sentence opens with a quotation that closes shortly before the cue at ``i``."""
    return toks[lo].text in OPEN_QUOTES and any(
        t.text in CLOSE_QUOTES for t in toks[max(lo + 1, i - 8) : i]
    )


def inverted_attribution(
    toks: list[Tok], i: int, lo: int, hi: int
) -> tuple[int, tuple[int, int]] | None:
    """``CONTENT, SOURCE said`` or ``CONTENT, said SOURCE``: (boundary index, source range)."""
    low = toks[i].low
    if low.endswith("ing"):
        return None
    if any(t.text in OPEN_QUOTES for t in toks[i + 1 : i + 3]) and not quotation_before(
        toks, i, lo
    ):
        return None  # "..., he said: "..."": the quotation follows the cue (unless one
        # also ends right before it: "''A,'' she said, ''B.''")
    first = next((t for t in toks if is_word(t) and t.low not in COORDINATORS), None)
    if (
        first is not None
        and toks[lo].text not in OPEN_QUOTES
        and not sentence_final(toks, i)
        and (first.low in SUBORDINATORS or first.low in NP_STOP)
        and first.low != "whether"  # "Whether X works will be clear, said Y"
    ):
        commas = [t for t in toks[:i] if t.text in ",;"]
        if len(commas) <= 1:
            return None  # "At his cookout, the leader said, ...": an adverbial, not content
    if subject_with_apposition(toks, lo, i - 1) or subject_with_relative(toks, lo, i - 1):
        return None  # "Jane Roe, a delegate from Ohio, said ...": the subject, not content
    if (
        i - 1 > lo
        and is_boundary(toks[i - 1])
        and CUE_FORMS[low] not in TELL_LIKE
        and CUE_FORMS[low] in SPEECH_LEMMAS  # "..., said the spokesman"; never "likened the"
        and words_between(toks, lo, i - 1) >= least_content(toks, lo)
        and i + 1 < hi
        and source_opens(toks, i + 1, hi)
        and toks[i + 1].low not in TIME_WORDS
    ):
        after = np_after(toks, i + 1, hi)
        if after is not None and not any(t.low in FINITE for t in toks[after[0] : after[1]]):
            return i - 1, after  # ("said the plan could fail": a clause, not a source)
    nxt = toks[i + 1] if i + 1 < hi else None
    tail_clause = nxt is not None and nxt.low == "that" and that_clause_near(toks, i, hi)
    if not tail_clause and nxt is not None and nxt.text not in ".,;!?":
        k = i + 1
        while k < hi and toks[k].text not in ",;":
            k += 1
        tail_clause = (
            words_between(toks, i + 1, k) > 6
            or not (
                nxt.low in ADJUNCT_STARTS
                or is_capitalised(nxt)
                or CUE_FORMS[low] in TELL_LIKE
                or nxt.low == "that"  # "said that day": a time, since no clause opens
            )
            or finite_before_relative(toks, i + 2, k)
            or that_clause_near(toks, i, k)  # "..., Trump told Fox that they hit Matt"
        )
    if tail_clause and not (
        nxt is not None and nxt.low != "that" and quotation_before(toks, i, lo)
    ):
        return None  # "''X,'' Mr. Obama told the lawmakers in the chamber ...": a quotation
    j = skip_aux_back(toks, i - 1, lo)
    np = np_before(toks, j, lo)
    if np is None and j > lo and toks[j].text == ",":
        np = appositive_head(toks, j, lo)
    if np is None:
        return None
    boundary = np[0] - 1
    if (
        boundary - 1 > lo
        and toks[boundary].low == "as"
        and toks[boundary - 1].text == ","
        and sentence_final(toks, i)
        and CUE_FORMS[toks[i].low] in SPEECH_LEMMAS  # not "as the crowd applauded"
    ):
        boundary -= 1  # "CONTENT, as Sanders has acknowledged."
    if (
        boundary > lo
        and is_boundary(toks[boundary])
        and toks[np[0]].low not in ("who", "which", "that")
        and words_between(toks, lo, boundary) >= least_content(toks, lo)
    ):
        return boundary, np
    return None


def parenthetical_rest(toks: list[Tok], first: int, i: int, lo: int, hi: int) -> int | None:
    """Where the sentence resumes after an attribution set off by commas inside it ("The plan,
    he said, was a failure"), the source opening at ``first`` and the cue at ``i``; None when
    the attribution is not parenthetical (it ends the sentence or a participle follows)."""
    if (
        first - 1 <= lo
        or toks[first - 1].text != ","
        or toks[first].low in ("who", "which")  # a relative clause: "Lee, who wrote X, said"
        or words_between(toks, lo, first - 1) < 1
    ):
        return None
    k = i + 1
    while k < hi and k - i <= 4 and is_word(toks[k]) and toks[k].low not in PATTERN_WORDS:
        k += 1  # "he said on Monday, ...", "she said in an interview, ..."
    if k + 1 >= hi or toks[k].text != ",":
        return None
    resumed = toks[k + 1]
    if (
        not is_word(resumed)
        or resumed.low.endswith("ing")
        or resumed.low in COORDINATORS
        or resumed.low in SUBORDINATORS
        or resumed.low in CUE_FORMS  # the verb the parenthesis splits off: "X, he said, said"
        or resumed.low in ("who", "which", "according", "to", "for", "with", "by")
    ):
        return None
    return k + 1


def that_clause_near(toks: list[Tok], i: int, k: int) -> bool:
    """Whether a *that*-clause opens within a few words after the cue at ``i`` (past an
    addressee or adjunct: "told Fox that ...", "said on Monday that ..."), not "that day"."""
    for m in range(i + 1, min(k, i + 6) - 1):
        if toks[m].low == "that":
            nxt = toks[m + 1].low
            return nxt not in TIME_NOUNS and nxt not in TIME_WORDS and nxt not in _THAT_NOUNS
    return False


_THAT_NOUNS = frozenset("day time moment hour point".split())  # "said that day": no clause


def finite_before_relative(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` holds a finite verb before any relative word: the words after a
    cue are a clause ("said the bill would pass"), not an adjunct ("said in a statement that
    was released")."""
    for t in toks[a:b]:
        if t.low in ("that", "which", "who"):
            return False
        if t.low in FINITE:
            return True
    return False


def stance_after_be(
    toks: list[Tok], i: int, lo: int, hi: int
) -> tuple[tuple[int, int], int] | None:
    """``SOURCE be [a] [degree] STANCE of/about/that CONTENT``: (source range, content start
    token), or None."""
    low = toks[i].low
    if not (low in STANCE_ADJECTIVES or low in STANCE_PEOPLE) or i + 2 >= hi:
        return None
    if toks[i + 1].low not in STANCE_LINKS_AFTER_BE or not is_word(toks[i + 2]):
        return None
    k = i - 1
    while k > lo and (
        toks[k].low in DEGREE
        or toks[k].low in ADVERBS
        or (toks[k].low.endswith("ly") and len(toks[k].low) > 4)
        or toks[k].low == "and"
        or toks[k].text == ","
    ):
        k -= 1
    if k <= lo or toks[k].low not in BE:
        return None
    j = skip_aux_back(toks, k - 1, lo)
    source = np_before(toks, j, lo)
    if source is None:
        return None
    start = i + 1 if toks[i + 1].low in ("that", "to") else i + 2
    return source, start


def evidence_adverbial(
    toks: list[Tok], i: int, lo: int, hi: int
) -> tuple[tuple[int, int], bool] | None:
    """``In the latest poll, CONTENT`` and ``CONTENT, by one estimate.``: (source range,
    whether the content follows), or None."""
    low = toks[i].low
    if low == "in" and i == lo:
        k = i + 1
        while k < hi and k - i <= 8 and is_word(toks[k]) and toks[k].low not in NP_STOP:
            k += 1
        if k < hi and toks[k].text == "," and toks[k - 1].low in EVIDENCE and k - 1 > i + 1:
            return (i + 1, k), True
        return None
    if low == "by" and i > lo + 3 and toks[i - 1].text == ",":
        np = np_after(toks, i + 1, hi)
        if (
            np is not None
            and toks[np[1] - 1].low in BY_ACCOUNTS
            and sentence_final(toks, np[1] - 1)
        ):
            return np, False
    return None


def own_account(toks: list[Tok], i: int, lo: int, hi: int) -> tuple[tuple[int, int], int] | None:
    """``By his own account, CONTENT`` and ``CONTENT by her own admission ...``: the owner's
    token range (the source) and where the content starts: after an opening phrase, else at
    the sentence's start."""
    if not (
        toks[i].low == "by"
        and i + 3 < hi
        and toks[i + 2].low == "own"
        and toks[i + 3].low in OWN_ACCOUNTS
        and (toks[i + 1].low in POSSESSIVES or toks[i + 1].low.endswith("'s"))
    ):
        return None
    if i > lo:
        return (i + 1, i + 2), toks[lo].start
    k = i + 4
    if k < hi and toks[k].text == ",":
        k += 1
    return ((i + 1, i + 2), toks[k].start) if k < hi else None


def passive_by(
    toks: list[Tok], i: int, lo: int, hi: int
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
    np = np_after(toks, i + 2, hi)
    if np is None:
        return None
    j = i - 1
    while j >= lo and toks[j].low in ("first", "originally", "previously", "initially", "also"):
        j -= 1
    if j == lo and toks[j].low == "as" and CUE_FORMS[low] in PASSIVE_LEMMAS:
        # "As reported by X, content."
        k = np[1]
        while k < hi and toks[k].text != ",":
            k += 1
        if k + 1 >= hi:
            return None
        return np, (toks[k + 1].start, None)
    if j > lo and toks[j].low in BE:  # "The ban was first reported by BuzzFeed."
        first = lo
        while first < j and toks[first].low in COORDINATORS:
            first += 1
        if words_between(toks, first, j) < 2:
            return None
        return np, (toks[first].start, toks[j].start)
    return None


# Every word that may start one of the patterns of :func:`sentence_attributions`.
PATTERN_WORDS = (
    frozenset(CUE_FORMS)
    | NOUN_CUES
    | STANCE_NOUNS
    | STANCE_ADJECTIVES
    | STANCE_PEOPLE
    | {"according", "in", "by"}
)
# Words of which a sentence needs one to be analysed at all: the pattern words, with the
# nouns an "in ..."/"by ..." pattern needs in place of those two prepositions.
TRIGGERS = (PATTERN_WORDS - {"in", "by"}) | EVIDENCE | BY_ACCOUNTS | OWN_ACCOUNTS


def sentence_attributions(text: str, toks: list[Tok], sent_end: int) -> list[Found]:
    """Attributions in one sentence's tokens."""
    lo, hi = 0, len(toks)
    found: list[Found] = []
    inverted: dict[int, tuple[int, tuple[int, int]]] = {}
    stops: list[int] = []
    at = [i for i, t in enumerate(toks) if t.low in PATTERN_WORDS]  # most words start nothing
    if not at:
        return found
    cues = {i for i in at if toks[i].low in CUE_FORMS and is_cue(toks, i, lo)}
    for i in at:
        if i in cues:
            inv = inverted_attribution(toks, i, lo, hi)
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
    # A content never runs past a comma or a coordinator right before a cue ("Obama, noting X,
    # said Y", "she rejected X and said Y"), nor into a relative clause with its own report
    # appended to the sentence ("X, a claim that Gowdy's office disputes")
    last_comma = max((k for k in range(lo, hi) if toks[k].text in ",;"), default=lo - 1)
    for i in cues:
        k = i - 1
        while k > lo and (
            toks[k].low in ADVERBS or toks[k].low.endswith("ly") or toks[k].text in CLOSE_QUOTES
        ):
            k -= 1  # (past a closing mark too: "citing ''X,'' said Y")
        if k > lo and (toks[k].text == "," or toks[k].low in ("and", "but")):
            stops.append(toks[k].start)
        if i < last_comma:
            continue  # (a relative clause inside the sentence, "the plan, which X praised, was")
        rel = next(
            (k for k in range(i - 1, max(lo, i - 6), -1) if toks[k].low in ("that", "which")), None
        )
        if rel is None:
            continue
        k = rel - 1
        while k > max(lo, rel - 4) and is_word(toks[k]):
            k -= 1
        if k > lo and toks[k].text in ",—–-":
            stops.append(toks[k].start)
    stops.sort()
    semicolons = [t.start for t in toks if t.text == ";"]
    commas = [t.start for t in toks if t.text == ","]
    breaks = [
        t.start
        for n, t in enumerate(toks[:-1])
        if t.text == "," and toks[n + 1].low in CLAUSE_BREAKS
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
    for i in at:
        tok = toks[i]
        if tok.low == "according" and i + 1 < hi and toks[i + 1].low == "to":
            np = np_after(toks, i + 2, hi)
            if np is None:
                continue
            if words_between(toks, lo, i) <= 1:
                c_start = toks[np[1] - 1].end
                c_end = content_end(c_start, False)
            else:
                c_start, c_end = sent_start, toks[i].start
            found.append(Found(np, (i, i + 2), (c_start, c_end)))
            continue
        prev_low = toks[i - 1].low if i > lo else ""
        if (
            tok.low in NOUN_CUES
            and i + 1 < hi
            and toks[i + 1].low == "that"
            and (prev_low.endswith("'s") or prev_low in POSSESSIVES or prev_low in DETERMINERS)
        ):
            possessive = prev_low.endswith("'s") or prev_low in POSSESSIVES
            owner = (i - 1, i) if possessive else None
            c_start = toks[i + 1].start
            found.append(Found(owner, (i, i + 1), (c_start, content_end(c_start, False))))
            continue
        if (
            tok.low in STANCE_NOUNS
            and i + 2 < hi
            and toks[i + 1].low in STANCE_LINKS
            and (prev_low.endswith("'s") or prev_low in ("his", "her", "their", "its"))
            and is_word(toks[i + 2])
        ):
            k = i + 1 if toks[i + 1].low == "that" else i + 2
            c_start = toks[k].start
            holder = (i - 1, i)
            if prev_low in POSSESSIVES:  # "Trump is doubling down on his support for X"
                subject = subject_of_sentence(toks, lo, i - 1)
                if subject is not None and subject[1] < i - 1:
                    holder = subject
            found.append(Found(holder, (i, i + 1), (c_start, content_end(c_start, False))))
            continue
        adverbial = evidence_adverbial(toks, i, lo, hi)
        if adverbial is not None:
            np, follows = adverbial
            if follows:
                c_start = toks[np[1]].start + 1
                c_end = content_end(c_start, False)
            else:
                c_start, c_end = sent_start, toks[i - 1].start
            found.append(Found(np, (i, i + 1), (c_start, c_end)))
            continue
        stance = stance_after_be(toks, i, lo, hi)
        if stance is not None:
            c_start = toks[stance[1]].start
            found.append(Found(stance[0], (i, i + 1), (c_start, content_end(c_start, False))))
            continue
        passive = passive_by(toks, i, lo, hi)
        if passive is not None:
            np, (c_start, until) = passive
            c_end = content_end(c_start, False) if until is None else until
            found.append(Found(np, (i, i + 1), (c_start, c_end)))
            continue
        own = own_account(toks, i, lo, hi)
        if own is not None:  # the cue is the whole phrase: "by her own admission"
            found.append(Found(own[0], (i, i + 4), (own[1], content_end(own[1], False))))
            continue
        if i not in cues:
            continue
        if i in inverted:
            boundary, np = inverted[i]
            rest = parenthetical_rest(toks, np[0], i, lo, hi)
            c_end = toks[boundary].start if rest is None else content_end(toks[rest].start, False)
            found.append(Found(np, (i, i + 1), (sent_start, c_end)))
            continue
        lemma = CUE_FORMS[tok.low]
        subordinate = False
        g = gerund_preposition(toks, i, lo) if tok.low.endswith("ing") else lo - 1
        if g >= lo and toks[g].low in GERUND_PREPOSITIONS:
            source = subject_of_sentence(toks, lo, i)  # "Trump stopped short of calling X"
            closed = next((k for k in range(g - 1, lo, -1) if toks[k].text == ","), None)
            opener = toks[lo].low in SUBORDINATORS or (  # "After ...", not "But ..."
                toks[lo].low in NP_STOP and toks[lo].low not in COORDINATORS
            )
            if closed is not None and opener:
                # "Although X, Trump sent a jab by suggesting that": the main clause's subject
                source = subject_of_sentence(toks, closed + 1, i)
            elif opener:
                # "After weeks of denying X, Kyiv's acknowledgement ...": the main subject
                comma = next((k for k in range(i + 1, hi) if toks[k].text == ","), 0)
                source = subject_of_sentence(toks, comma + 1, hi) if comma else None
                start = i + 1
                if start < comma and toks[start].low in ("or", "and"):  # "downplaying or
                    start += 1  # outright denying X": the shared object X
                    while start < comma and not toks[start].low.endswith("ing"):
                        start += 1
                    start += 1
                if source is not None and start < comma:
                    found.append(Found(source, (i, i + 1), char_range(toks, start, comma)))
                continue
            if source is None or source[1] > i - 1:
                continue
        elif tok.low.endswith("ing") and i == lo:  # "Noting that X, Schlafly put ..."
            opening = opening_participle_clause(toks, i, hi)
            if opening is not None:
                source, comma = opening
                found.append(Found(source, (i, i + 1), char_range(toks, i + 1, comma)))
            continue
        elif (
            tok.low.endswith("ing")
            and i > lo
            and toks[after_comma_adverbs(toks, i, lo)].text == ","
        ):
            earlier = shared_sources(toks, found, i)
            source = earlier[-1] if earlier else subject_of_sentence(toks, lo, i)
            clause = coordinated_clause_subject(toks, lo, i)
            if clause is not None and (source is None or source[1] <= clause[0]):
                source = clause  # "X say A, and the ACLU has sued, saying B": the ACLU
        elif i - 1 > lo and toks[skip_aux_back(toks, i - 1, lo)].low in ("and", "but"):
            earlier = shared_sources(toks, found, i)
            source = earlier[-1] if earlier else open_relative(toks, lo, i)
            if source is None:
                source = subject_of_sentence(toks, lo, i)
            if source is None:
                continue
        else:
            j = skip_aux_back(toks, i - 1, lo)
            verb = infinitive_subject_verb(toks, i, lo)
            if verb is not None:  # "The panel is right to note that": the subject before "is"
                j = skip_aux_back(toks, verb - 1, lo)
            controlled = (
                object_control(toks, i, lo) or noun_infinitive(toks, i, lo)
                if verb is None
                else None
            )
            source = controlled or np_before(toks, j, lo)  # "led Republicans to say that"
            head = evidence_head(toks, i, lo) if lemma in EVIDENCE_LEMMAS else None
            if head is not None and (source is None or head < source[0]):
                phrase = np_before(toks, head, lo)  # the whole phrase: "A study by X found"
                source = (phrase[0] if phrase is not None else head, j + 1)
            while j > lo + 1 and toks[j].text in CLOSE_QUOTES and toks[j - 1].text in ",'":
                j -= 1  # "Manafort, citing ''X,'' said": the comma inside the closing marks
            if source is None and j > lo and toks[j].text == ",":
                source = (
                    subject_with_apposition(toks, lo, j)
                    or appositive_head(toks, j, lo)
                    or relative_head(toks, lo, j)  # past a long relative clause
                )
            if source is None:
                continue
            a = source[0]
            rest = parenthetical_rest(toks, a, i, lo, hi)
            if rest is not None:  # "The plan, he said, was a failure": both parts are his
                found.append(
                    Found(source, (i, i + 1), (sent_start, content_end(toks[rest].start, False)))
                )
                continue
            subordinate = (a > lo and toks[a - 1].low in SUBORDINATORS) or (
                a == source[1] - 1 and toks[a].low in ("who", "which")  # a relative clause
            )
        k = i + 1
        if k < hi and (toks[k].low in PARTICLES or toks[k].low in PHRASAL.get(lemma, frozenset())):
            k += 1
        for m in range(k, min(hi, k + 7)):
            if toks[m].low == "that":
                k = m
                break
            between = toks[m].text == "," or toks[m].low in SENTENCE_ADVERBS  # ", however,"
            if not (between or is_adjunct(toks[m])) and lemma not in TELL_LIKE:
                break
            if toks[m].text in ".;:!?" or toks[m].text in OPEN_QUOTES:
                break
        if k >= hi:
            continue
        c_start = toks[k].start
        c_end = content_end(c_start, subordinate)
        if words_between(toks, k, hi) < 1 or (k + 2 >= hi and toks[k].low in NP_STOP):
            continue  # nothing, or only "that": the cue is inside a relative clause
        found.append(Found(source, (i, i + 1), (c_start, c_end)))
    return trim_coordinated(toks, found)


def gerund_preposition(toks: list[Tok], i: int, lo: int) -> int:
    """The index of the word before the -ing cue at ``i``, past adverbs and a coordinated
    gerund: "of (outright) denying", "After downplaying or outright denying"."""
    g = i - 1
    while g > max(lo, i - 12):  # a few words back at most: linear on any input
        low = toks[g].low
        if low in ADVERBS or low.endswith("ly"):
            g -= 1
        elif low in ("or", "and") and g - 1 > lo and toks[g - 1].low.endswith("ing"):
            g -= 2
        else:
            break
    return g


def char_range(toks: list[Tok], start: int, stop: int) -> tuple[int, int]:
    """The character range from token ``start`` up to token ``stop``."""
    return toks[start].start, toks[stop].start


def trim_coordinated(toks: list[Tok], found: list[Found]) -> list[Found]:
    """End a content before a later attribution's source: "A said X, and B said Y"."""
    if not found:
        return found
    sources = sorted(toks[g.source[0]].start for g in found if g.source is not None)
    starts = {toks[g.source[0]].start: g.source[0] for g in found if g.source is not None}
    out = []
    for f in found:
        c_start, c_end = f.content
        if opens_quotation(toks, c_start):
            out.append(f)  # a quotation holds its own reports: "'Well, I'd say X,' she said"
            continue
        n = bisect_right(sources, c_start)
        last = n + 5  # the nearest few later sources are enough, and keep this linear
        while n < min(last, len(sources)) and sources[n] < c_end:
            at = starts[sources[n]]
            n += 1
            k = at - 1
            if f.source is not None and (
                at == f.source[0]  # its own source, set off inside it: "The plan, he said, was"
                or (k == f.cue[1] and c_start < toks[f.source[0]].start)  # right after its own
            ):  # parenthetical: "A, he said, the media X"
                continue
            while k > 0 and toks[k].low in ("and", "but", "while"):
                k -= 1
            if toks[k].text in ",;":
                c_end = toks[k].start
                break
        out.append(f if c_end == f.content[1] else attrs.evolve(f, content=(c_start, c_end)))
    return out


def opens_quotation(toks: list[Tok], start: int) -> bool:
    """Whether an opening quotation mark is the token at character ``start``."""
    n = bisect_right(toks, start, key=token_start) - 1
    return n >= 0 and toks[n].start == start and toks[n].text in OPEN_QUOTES


def token_start(tok: Tok) -> int:
    return tok.start
