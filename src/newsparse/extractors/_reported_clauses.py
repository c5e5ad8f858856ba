"""Clauses around a cue that decide its source: an opening participle clause, a
prepositional phrase or relative clause after the subject, and infinitives whose subject
is the source ("led Republicans to say", "has a rare chance to show", "refused to concede").
"""

from __future__ import annotations

from newsparse.extractors._reported_lexicon import (
    ADVERBS,
    AUX,
    BE,
    CHANNEL_PREPOSITIONS,
    CLAUSE_OPENERS,
    CLAUSE_REPORTING_LEMMAS,
    CLAUSE_SUBJECTS,
    CLAUSE_TAKING,
    COORDINATORS,
    CUE_FORMS,
    DEGREE,
    DEGREE_BEFORE_PARTICIPLE,
    DETERMINERS,
    GOING_VERBS,
    INFINITIVE_NOUNS,
    NP_STOP,
    OBJECT_CONTROL_FORMS,
    OBJECT_PRONOUNS,
    OTHER_CLAUSE_OPENERS,
    PHRASAL,
    POSSESSIVES,
    QUANTIFIER_PRONOUNS,
    SENTENCE_ADVERBS,
    SPEECH_LEMMAS,
    SUBJECT_CONTROL_WORDS,
    SUBJECT_PREPOSITIONS,
    SUBJECT_WORDS,
    SUBORDINATORS,
    TELL_LIKE,
    TO_INFINITIVE,
    person_noun,
)
from newsparse.extractors._reported_media import MEDIUM_NOUNS
from newsparse.extractors._reported_subjects import (
    np_before,
    subject_of_sentence,
)
from newsparse.extractors._reported_tokens import (
    Tok,
    is_capitalised,
    is_word,
    without_clitic,
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
        or (  # "telling reporters", "urging voters": the addressees, a bare plural
            lemma in TELL_LIKE
            and nxt.low.isalpha()
            and nxt.low.endswith("s")
            and not nxt.low.endswith("ss")
        )
    )


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
            or without_clitic(nxt.low) in CLAUSE_SUBJECTS
        ):
            subject = subject_of_sentence(toks, c + 1, hi)
            return None if subject is None else (subject, c)
    return None


def _noun_phrase_opens(toks: list[Tok], np: tuple[int, int]) -> bool:
    """Whether ``toks[np[0]:np[1]]`` opens like a noun phrase, not a verb: a determiner, a
    possessive, a name or figure, or one plural word ("to Mr. Trump", "to the board", "to
    employees", but not "to investigate", "to toss the law")."""
    first = toks[np[0]]
    return (
        first.low in DETERMINERS
        or first.low in POSSESSIVES
        or is_capitalised(first)
        or first.text[0].isdigit()
        or (np[1] - np[0] == 1 and first.low.endswith("s"))
    )


def past_prepositional_phrase(toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """The subject when ``np`` is the object of a preposition after it: the phrase before
    the preposition ("Trump in a statement said" -> Trump), with the prepositional phrase
    kept when its object is a name ("the senator from Ohio")."""
    p = np[0] - 1
    if p - 1 < lo or not is_word(toks[p - 1]):
        return np
    if toks[p].low == "to" and (person_noun(toks[p - 1].low) or toks[p - 1].low in MEDIUM_NOUNS):
        if not _noun_phrase_opens(toks, np):
            return np  # "a prosecutor to investigate": an infinitive, no addressee
    elif toks[p].low not in SUBJECT_PREPOSITIONS:
        return np
    if toks[p].low == "with" and np[1] < len(toks) and toks[np[1]].low.endswith("ing"):
        return np  # "ended with Ryan saying": an absolute phrase, its noun the subject
    subject = np_before(toks, p - 1, lo)
    if subject is None or subject[1] != p:
        return np
    if toks[p].low == "to" and not (
        toks[subject[0]].low in DETERMINERS
        or toks[subject[0]].low in POSSESSIVES
        or is_capitalised(toks[p - 1])
    ):
        return np  # "proved resistant to the plan", "run counter to X": no noun before *to*
    if toks[p].low == "to":
        return subject[0], np[1]  # "an adviser to the president": the role with its person
    if subject[1] - subject[0] == 1 and toks[subject[0]].low in CUE_FORMS:
        return np  # "who spoke on condition of anonymity": a verb, no subject
    if any(is_capitalised(t) for t in toks[np[0] : np[1]] if t.low not in DETERMINERS):
        return subject[0], np[1]  # "the senator from Ohio said": one phrase
    return subject


MAX_RELATIVE = 10  # tokens a relative clause between a subject and its verb may hold


def past_relative_clause(toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """The subject when ``np`` ends a relative clause that stands between it and the cue:
    "One of the docs who sent the letter called Oz a quack" -> One of the docs."""
    k = np[0] - 1
    if (
        k > lo
        and toks[k].low == "who"
        and np[1] - np[0] > 1
        and toks[np[0]].low in CUE_FORMS
        and toks[np[0]].text.islower()
    ):  # "economists who favor consumption taxes agree": the phrase opens with a verb
        head = np_before(toks, k - 1, lo)
        return head if head is not None and head[1] == k else np
    for k in range(np[0] - 1, max(lo, np[0] - MAX_RELATIVE) - 1, -1):
        tok = toks[k]
        if not is_word(tok) or tok.low in OTHER_CLAUSE_OPENERS:
            return np  # "who suggested that some people may not vote": another clause
        if tok.low == "who" and k > lo and k < np[0] - 1:
            verb = skip_aux_forward(toks, k + 1, np[0])
            if CUE_FORMS.get(toks[verb].low, "") in CLAUSE_REPORTING_LEMMAS:
                return np  # "critics who say the law targets X": the law is a clause's subject
            head = np_before(toks, k - 1, lo)
            return head if head is not None and head[1] == k else np
    return np


def skip_aux_forward(toks: list[Tok], k: int, stop: int) -> int:
    """The first token from ``k`` (before ``stop``) that is no auxiliary or adverb."""
    while k < stop - 1 and (toks[k].low in AUX or toks[k].low.endswith("ly")):
        k += 1
    return k


def main_verb(toks: list[Tok], i: int) -> bool:
    """Whether the cue at ``i`` is a finite verb of its own clause: not an -ing form, and not
    after a preposition, a possessive or a determiner ("of backing", "their support")."""
    prev = toks[i - 1].low if i > 0 else ""
    return (
        verb_form(toks[i].low) != "ing"
        and prev not in NP_STOP
        and prev not in POSSESSIVES
        and prev not in DETERMINERS
    )


def verb_form(low: str) -> str:
    """The inflection of a cue form: "ing", "past", "s" or "base" (said, says, say, saying)."""
    lemma = CUE_FORMS.get(low, low)
    if low.endswith("ing") and low != lemma:
        return "ing"
    if low == lemma:
        return "base"
    return "s" if low.endswith("s") and not low.endswith("ss") else "past"


def quantifier_subject(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether the quantifier before token ``i`` is a subject of its own ("Many speculated
    that ...", "Most believe that ..."): it opens the clause, and a clause follows the cue,
    or a pause ("That attitude, many argue, could ...", "..., many said."), or a determiner
    ("Many believe the plan ..."; "many reported cases" is a participle before its noun)."""
    k = i - 1
    if not (
        k >= lo
        and toks[k].low in QUANTIFIER_PRONOUNS
        and (k == lo or not is_word(toks[k - 1]) or toks[k - 1].low in COORDINATORS)
    ):
        return False
    if i + 1 >= len(toks) or toks[i + 1].text in _PAUSES:
        return True
    nxt = toks[i + 1].low
    return nxt in CLAUSE_OPENERS or without_clitic(nxt) in CLAUSE_SUBJECTS or nxt in DETERMINERS


_PAUSES = frozenset(",.;:!?")


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
    if nxt not in CLAUSE_OPENERS and without_clitic(nxt) not in CLAUSE_SUBJECTS:
        return None
    for k in range(i - 2, max(lo, i - 8) - 1, -1):
        tok = toks[k]
        if tok.low in OBJECT_CONTROL_FORMS and k < i - 2:
            return k + 1, i - 1
        if not is_word(tok) or (tok.low in NP_STOP and tok.low != "of"):
            return None
    return None


def noun_infinitive(toks: list[Tok], i: int, lo: int) -> tuple[int, int] | None:
    """The sentence subject that a cue's infinitive after a noun of opportunity or effort
    takes (``Trump never missed an opportunity to remind the audience he ...``); else None."""
    if i - 3 < lo or toks[i - 1].low != "to" or toks[i - 2].low not in INFINITIVE_NOUNS:
        return None
    if i + 1 >= len(toks) or not object_follows(toks, i):
        return None
    subject = subject_of_sentence(toks, lo, i - 2)
    return subject if subject is not None and subject[1] < i - 3 else None


def control_infinitive(toks: list[Tok], i: int, lo: int) -> int | None:
    """The first word of the predicate whose subject a cue's infinitive takes before a
    clause ("he refused to concede that ...", "voters are more likely to say that ..."), for
    a cue at ``i``; else None."""
    if i - 3 < lo or toks[i - 1].low != "to" or i + 1 >= len(toks):
        return None
    nxt = toks[i + 1].low
    if nxt not in CLAUSE_OPENERS and without_clitic(nxt) not in CLAUSE_SUBJECTS:
        return None
    k = i - 2
    if toks[k].low not in SUBJECT_CONTROL_WORDS:
        return None
    while k - 1 > lo and (
        toks[k - 1].low in BE
        or toks[k - 1].low in DEGREE_BEFORE_PARTICIPLE
        or (toks[k - 1].low.endswith("ly") and len(toks[k - 1].low) > 4)
    ):
        k -= 1  # "are slightly more likely"
    return k


def purpose_after_comma(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether the cue at ``i`` is an infinitive of purpose after a comma, before a clause
    ("Ms. Brainard chimed in, breaking with Ms. Yellen, to argue that ..."): its subject is
    the sentence's, as for a trailing participle."""
    return (
        i - 2 > lo
        and toks[i - 1].low == "to"
        and toks[i - 2].text == ","
        and i + 1 < len(toks)
        and toks[i + 1].low in CLAUSE_OPENERS
    )


def infinitive_subject_verb(toks: list[Tok], i: int, lo: int) -> int | None:
    """The verb whose subject a cue's infinitive takes: *be* in ``is right to note``, the
    verb of going in ``went on CNN to declare``, the verb of ``refused to concede that``;
    None for other infinitives."""
    return (
        adjective_infinitive(toks, i, lo)
        or purpose_infinitive(toks, i, lo)
        or control_infinitive(toks, i, lo)
    )
