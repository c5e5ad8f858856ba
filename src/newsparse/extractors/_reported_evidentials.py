"""Evidential and naming cues whose grammatical subject is no source.

"The closures appear to have brought some stability", "Trump is expected to unveil an ad",
"it seems that ...", "a group known as the Friends of Abe": the judgement is the writer's (or
nobody's in particular), so the attribution stands without a source. The subject stays the
source when what follows is itself an act of saying or a stance: "Rubio seemed to offer a
caveat", "she's expected to argue that", "Democrats appeared pleased", since then the subject
is the one who says or holds it.
"""

from __future__ import annotations

from newsparse.extractors._reported_lexicon import (
    ADVERBS,
    BE,
    CUE_FORMS,
    DEGREE_BEFORE_PARTICIPLE,
    STANCE_ADJECTIVES,
    SUBJECT_CONTROL_WORDS,
)
from newsparse.extractors._reported_tokens import Tok, is_word

# Verbs of appearance: "X seems/appears to ..." is the writer's inference about X
APPEARANCE_FORMS = frozenset(
    form for form, lemma in CUE_FORMS.items() if lemma in ("seem", "appear")
)
MAX_ADVERBS = 4  # adverbs looked past: a few, so that work stays linear
# Naming participles: "a club known as X", "is also known by the acronym"
NAMING_FOLLOWERS = frozenset("as for by".split())
# Words between an infinitive's "to" and its verb: "appears to have been", "seemed to be"
INFINITIVE_AUXILIARIES = frozenset("have be been".split())
# A complement that says or holds something keeps its subject as the source
_SAYING = frozenset(CUE_FORMS) | STANCE_ADJECTIVES | SUBJECT_CONTROL_WORDS


def _after_adverbs(toks: list[Tok], k: int, hi: int) -> int:
    """The first token from ``k`` that is no adverb, looking a few words ahead at most."""
    stop = min(hi, k + MAX_ADVERBS)
    while k < stop and (
        toks[k].low in ADVERBS
        or toks[k].low in DEGREE_BEFORE_PARTICIPLE
        or toks[k].low.endswith("ly")
    ):
        k += 1
    return k


def _passive(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether the participle at ``i`` follows a form of *be*, past adverbs ("is also")."""
    k = i - 1
    while k > max(lo, i - MAX_ADVERBS) and (toks[k].low in ADVERBS or toks[k].low.endswith("ly")):
        k -= 1
    return k >= lo and toks[k].low in BE


def _says_something(toks: list[Tok], k: int, hi: int) -> bool:
    """Whether the complement at ``k`` is an act of saying or a stance."""
    k = _after_adverbs(toks, k, hi)
    skipped = ""
    if k < hi and toks[k].low == "to":
        k = _after_adverbs(toks, k + 1, hi)
        while k < hi and toks[k].low in INFINITIVE_AUXILIARIES:
            skipped = toks[k].low
            k = _after_adverbs(toks, k + 1, hi)
    if (
        k < hi
        and skipped == "have"
        and toks[k].low.endswith("s")
        and not toks[k].low.endswith("ss")
    ):
        return False  # "appear to have ties to": *have* owns a noun, no participle follows
    return k < hi and toks[k].low in _SAYING


def _state_of_affairs(toks: list[Tok], k: int, hi: int) -> bool:
    """Whether an appearance verb's complement at ``k`` describes how things are, not what
    its subject does or thinks: "appears to be the early link", "seems to have been broken",
    "seemed like a smart move", "it seems that"."""
    k = _after_adverbs(toks, k, hi)
    if k >= hi:
        return False
    low = toks[k].low
    if low in ("like", "that") or (
        low == "as" and k + 1 < hi and toks[k + 1].low in ("if", "though")
    ):
        return True
    if low != "to" or k + 1 >= hi or toks[k + 1].low not in INFINITIVE_AUXILIARIES:
        return False  # "seemed to offer a caveat": the subject acts, and PolNeAR's source too
    return not _says_something(toks, k, hi)


def sourceless(toks: list[Tok], i: int, lo: int, hi: int) -> bool:
    """Whether the cue at ``i`` is evidential or a naming, so its subject is no source."""
    low = toks[i].low
    k = i + 1
    if k >= hi:
        return False
    if low in APPEARANCE_FORMS:
        expletive = i > lo and toks[i - 1].low == "it" and (i - 1 == lo or not is_word(toks[i - 2]))
        return expletive or _state_of_affairs(toks, k, hi)
    if low == "expected" and _passive(toks, i, lo):
        return not _says_something(toks, k, hi)
    if low == "known":
        return toks[k].low in NAMING_FOLLOWERS or (
            toks[k].low == "to" and k + 1 < hi and toks[k + 1].low == "be"
        )
    return False
