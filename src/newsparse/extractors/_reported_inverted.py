"""Inverted attributions, the content before its cue: "..., said the spokesman",
"..., the senator said", and a parenthetical source inside the content ("The plan, he
said, was a failure").
"""

from __future__ import annotations

from newsparse.extractors._reported_clauses import past_prepositional_phrase
from newsparse.extractors._reported_cues import (
    evidence_head,
    evidence_with_participle,
    sentence_final,
)
from newsparse.extractors._reported_lexicon import (
    ADJUNCT_STARTS,
    COORDINATORS,
    CUE_FORMS,
    EVIDENCE_LEMMAS,
    FINITE,
    MAIN_CLAUSE_OPENERS,
    NP_STOP,
    PATTERN_WORDS,
    ROLE_WORDS,
    SOURCE_OPENERS,
    SPEECH_LEMMAS,
    SUBORDINATORS,
    TELL_LIKE,
    THAT_TIME_NOUNS,
    TIME_NOUNS,
    TIME_WORDS,
    person_noun,
)
from newsparse.extractors._reported_subjects import (
    appositive_head,
    holds_verb,
    name_with_noun_apposition,
    np_after,
    np_before,
    skip_aux_back,
    subject_with_apposition,
    subject_with_relative,
)
from newsparse.extractors._reported_tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Tok,
    is_boundary,
    is_capitalised,
    is_word,
    words_between,
)


def _question_before(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether a quoted question ends right before the cue at ``i`` ("''Is he?'' asked Mr.
    Manafort"): then even *ask* inverts, its subject after it."""
    k = i - 1
    while k > lo and toks[k].text in CLOSE_QUOTES:
        k -= 1
    return k < i - 1 and toks[k].text == "?"


def least_content(toks: list[Tok], lo: int) -> int:
    """Words an inverted attribution's content needs: one for a quotation ("'Never,' she
    said."), three otherwise, so that an opening adverbial is not taken for content."""
    return 1 if toks[lo].text in OPEN_QUOTES else 3


def source_opens(toks: list[Tok], k: int, hi: int) -> bool:
    """A source can start at token ``k`` after an inverted cue: a name, a determiner or
    quantifier ("said several observers"), or a role before a name ("said former Gov. Bill
    Richardson", "says spokesman Ed Lee", "said campaign manager Robby Mook", "said former
    secretary of state Hillary Clinton", "said undecided Republican voter Stephanie Hooton")."""
    if is_capitalised(toks[k]) or toks[k].low in SOURCE_OPENERS:
        return True
    for n, t in enumerate(toks[k : min(hi, k + 5)]):
        if t.low == "of" and n > 0 and person_noun(toks[k + n - 1].low):
            continue  # "said former secretary of state Hillary Clinton"
        if not is_word(t) or t.low in NP_STOP:
            return False
        if (  # a name after roles: the last lowercase word names a person
            is_capitalised(t)
            and n > 0
            and (toks[k].low in ROLE_WORDS or person_noun(toks[k + n - 1].low))
        ):
            return True
        # (past a capitalised modifier: "said undecided Republican voter Stephanie Hooton")
    return False


def cue_before_quotation(
    toks: list[Tok], i: int, lo: int, hi: int
) -> tuple[tuple[int, int], int] | None:
    """``CUE SOURCE, "quotation"`` at a clause's start ("Added Rosenberg, “...”", "...,
    explained Rosenberg, “...”"): the source's range and the opening mark's index."""
    if CUE_FORMS[toks[i].low] not in SPEECH_LEMMAS or i + 3 >= hi:
        return None
    if i > lo and toks[i - 1].text not in ",;:—–":
        return None
    if not source_opens(toks, i + 1, hi):
        return None
    np = np_after(toks, i + 1, hi)
    if np is None or np[1] + 1 >= hi or toks[np[1]].text not in ",:":
        return None
    mark = np[1] + 1
    return (np, mark) if toks[mark].text in OPEN_QUOTES else None


def quotation_before(toks: list[Tok], i: int, lo: int) -> bool:
    """The sentence opens with a quotation that closes shortly before the cue at ``i``."""
    return toks[lo].text in OPEN_QUOTES and any(
        t.text in CLOSE_QUOTES for t in toks[max(lo + 1, i - 8) : i]
    )


def opens_with_subordinator(toks: list[Tok], first: Tok) -> bool:
    """A main-clause adverb that makes a subordinator with the next word ("now that", "even
    as", "only if") or a time adverbial with it ("just this week")."""
    k = toks.index(first)
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    return first.low in MAIN_CLAUSE_OPENERS and (
        nxt in SUBORDINATORS or nxt in ("that", "this", "last", "then")
    )


# Prepositions after a participle that describes a noun: "focused on", "based in"
_DESCRIBING_PREPOSITIONS = frozenset("on in to with at for from".split())


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
        and (
            first.low in SUBORDINATORS
            or (first.low in NP_STOP and first.low not in MAIN_CLAUSE_OPENERS)
            or opens_with_subordinator(toks, first)  # "Now that X, ...", "Even as X, ..."
        )
        and first.low != "whether"  # "Whether X works will be clear, said Y"
    ):
        commas = [t for t in toks[:i] if t.text in ",;"]
        if len(commas) <= 1:
            return None  # "At his cookout, the leader said, ...": an adverbial, not content
    if (
        subject_with_apposition(toks, lo, i - 1)
        or subject_with_relative(toks, lo, i - 1)
        or name_with_noun_apposition(toks, lo, i - 1)
        or (CUE_FORMS[low] in EVIDENCE_LEMMAS and evidence_with_participle(toks, lo, i - 1))
    ):
        return None  # "Jane Roe, a delegate from Ohio, said ...": the subject, not content
    if (
        i - 1 > lo
        and is_boundary(toks[i - 1])
        and (CUE_FORMS[low] not in TELL_LIKE or _question_before(toks, i, lo))
        and CUE_FORMS[low] in SPEECH_LEMMAS  # "..., said the spokesman"; never "likened the"
        and words_between(toks, lo, i - 1) >= least_content(toks, lo)
        and i + 1 < hi
        and source_opens(toks, i + 1, hi)
        and toks[i + 1].low not in TIME_WORDS
    ):
        after = np_after(toks, i + 1, hi)
        if after is not None and not holds_verb(toks, *after):
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
    if np is not None:
        np = past_prepositional_phrase(toks, np, lo)  # "X, Trump in a statement said."
    head = evidence_head(toks, i, lo) if CUE_FORMS[low] in EVIDENCE_LEMMAS else None
    if head is not None and (np is None or head < np[0]):
        phrase = np_before(toks, head, lo)  # "X, a study by the council found.": the study
        np = (phrase[0] if phrase is not None else head, j + 1)
    if np is None and j > lo and toks[j].text == ",":
        np = appositive_head(toks, j, lo)
    if np is None:
        return None
    if (
        toks[np[0]].low in ("a", "an")
        and CUE_FORMS[low] not in SPEECH_LEMMAS
        and low != CUE_FORMS[low]
        and nxt is not None
        and nxt.low in _DESCRIBING_PREPOSITIONS
    ):
        return None  # "..., said X, a policy institute focused on security.": a participle
        # describing the noun of an apposition, no cue of its own
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
            return nxt not in TIME_NOUNS and nxt not in TIME_WORDS and nxt not in THAT_TIME_NOUNS
    return False


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
