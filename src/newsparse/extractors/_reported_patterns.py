"""Patterns of attribution besides subject, cue and content: stances after *be* ("is
critical of"), evidence adverbials ("In a new poll, ..."), own accounts ("by her own
admission") and passive agents ("was first reported by").
"""

from __future__ import annotations

from newsparse.extractors._reported_cues import sentence_final
from newsparse.extractors._reported_lexicon import (
    ADVERBS,
    BE,
    BY_ACCOUNTS,
    COORDINATORS,
    CUE_FORMS,
    DEGREE,
    EVIDENCE,
    NP_STOP,
    OWN_ACCOUNTS,
    PASSIVE_LEMMAS,
    POSSESSIVES,
    STANCE_ADJECTIVES,
    STANCE_LINKS_AFTER_BE,
    STANCE_PEOPLE,
)
from newsparse.extractors._reported_subjects import (
    np_after,
    np_before,
    skip_aux_back,
)
from newsparse.extractors._reported_tokens import (
    Tok,
    is_word,
    words_between,
)


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
