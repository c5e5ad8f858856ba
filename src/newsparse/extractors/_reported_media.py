"""The author of a statement, an ad or a report that a participle cue follows.

"Black Lives Matter issued a statement saying X", "The campaign is releasing a new ad aimed
at Kasich", "The museum issued a report this month charging X": the medium carries the
words, and the claimer is whoever issued it, the subject of the verb whose object the medium
is, or of the verb a *with* before the medium follows ("X responded with a statement
saying"). A medium that is itself the subject keeps its words ("A statement from the White House
said", "The ad claims").
"""

from __future__ import annotations

from newsparse.extractors._reported_lexicon import (
    DETERMINERS,
    NP_STOP,
    POSSESSIVES,
    TIME_WORDS,
    word_set,
)
from newsparse.extractors._reported_subjects import np_before, subject_of_sentence
from newsparse.extractors._reported_tokens import Tok, is_word, past_form

# Nouns of what carries someone's words
MEDIUM_NOUNS = word_set(
    """
    statement statements release releases letter letters email emails e-mail tweet tweets
    post posts ad ads advertisement advertisements message messages memo memos note video
    videos op-ed column report reports filing filings petition resolution pitch appeal plea
    speech
    """
)
ADDRESSEE_PREPOSITIONS = word_set("to for")
MAX_OBJECT_WORDS = 6  # words from the verb to the medium noun: "issued a brief new statement"


def medium_author(
    toks: list[Tok], source: tuple[int, int], cue: int, lo: int
) -> tuple[int, int] | None:
    """The subject that issued the medium ``source`` names (or the medium before
    ``source``, its addressees: "a message to supporters saying"), when the medium is the
    object of a verb and the participle ``cue`` follows; None otherwise."""
    a, b = source
    for t in range(a + 1, b - 1):  # "a letter to the board urging": its addressees after *to*
        if toks[t].low in ADDRESSEE_PREPOSITIONS and toks[t - 1].low in MEDIUM_NOUNS:
            a = t + 1
            break
    if any(not _time_word(t) for t in toks[b:cue]) or not toks[cue].low.endswith(("ing", "ed")):
        return None  # only a time may stand between: "a series of tweets early Friday saying"
    while b - 1 > a and _time_word(toks[b - 1]):
        b -= 1
    if b - 1 < lo:
        return None
    if toks[b - 1].low not in MEDIUM_NOUNS:
        # "a text message to supporters saying": the medium before its addressees
        if a - 2 < lo or toks[a - 1].low not in ADDRESSEE_PREPOSITIONS:
            return None
        medium = np_before(toks, a - 2, lo)
        if medium is None or toks[a - 2].low not in MEDIUM_NOUNS:
            return None
        a = medium[0]
    verb = a - 1
    if verb > lo and toks[verb].low == "with":  # "responded late Friday with a statement"
        k = verb - 1
        while k > lo and _time_word(toks[k]):
            k -= 1
        if not past_form(toks[k]) or toks[k].low in NP_STOP:
            return None
        verb = k
    if verb <= lo or not is_word(toks[verb]) or not toks[verb].text[:1].islower():
        return None
    if toks[verb].low in NP_STOP or toks[verb].low in DETERMINERS or toks[verb].low in POSSESSIVES:
        return None  # "in a statement saying", "Along with an ad focused on": no verb before it
    if a - verb > MAX_OBJECT_WORDS:
        return None
    subject = subject_of_sentence(toks, lo, verb)
    if subject is None or subject[1] > verb:
        return None
    return subject


def _time_word(tok: Tok) -> bool:
    """A word of a time phrase between a medium and its participle: "early Friday"."""
    return tok.low in TIME_WORDS or tok.low in ("early", "late")
