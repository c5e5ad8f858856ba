"""Reported speech in one sentence: which words are cues and which patterns match.

:func:`sentence_attributions` takes a sentence's tokens
(:func:`newsparse.extractors._reported_tokens.tokenize`) and returns every attribution in it
as token ranges (source, cue) and a character range (content), before names are resolved;
sources are found with :mod:`newsparse.extractors._reported_subjects`. The patterns are
listed in docs/claims.md.
"""

from __future__ import annotations

from bisect import bisect_right

import attrs

from newsparse.extractors._reported_evidentials import sourceless
from newsparse.extractors._reported_lexicon import (
    ADJUNCT_STARTS,
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
    CLAUSE_REPORTING_LEMMAS,
    CLAUSE_SUBJECTS,
    CLAUSE_TAKING,
    COORDINATORS,
    CUE_FORMS,
    DEGREE,
    DEGREE_BEFORE_PARTICIPLE,
    DETERMINERS,
    EVIDENCE,
    EVIDENCE_LEMMAS,
    FINITE,
    GERUND_PREPOSITIONS,
    GOING_VERBS,
    INFINITIVE_NOUNS,
    LY_NOUNS,
    MAIN_CLAUSE_OPENERS,
    MODALS,
    NOUN_CUES,
    NP_STOP,
    OBJECT_CONTROL_FORMS,
    OBJECT_PRONOUNS,
    OTHER_CLAUSE_OPENERS,
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
    SUBJECT_CONTROL_WORDS,
    SUBJECT_PREPOSITIONS,
    SUBJECT_WORDS,
    SUBORDINATORS,
    TELL_LIKE,
    THAT_TIME_NOUNS,
    TIME_NOUNS,
    TIME_WORDS,
    TO_INFINITIVE,
)
from newsparse.extractors._reported_subjects import (
    after_comma_adverbs,
    appositive_head,
    coordinated_clause_subject,
    np_after,
    np_before,
    open_relative,
    relative_head,
    skip_aux_back,
    subject_of_sentence,
    subject_with_apposition,
    subject_with_relative,
)
from newsparse.extractors._reported_tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Tok,
    char_range,
    is_adjunct,
    is_boundary,
    is_capitalised,
    is_word,
    name_like,
    opens_quotation,
    without_clitic,
    words_between,
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
        and not purpose_after_comma(toks, i, lo)
    ):
        return False  # "to say" has no subject of its own, unless "is right to note"
    if CUE_FORMS[low] in PLACE_VERBS and nxt in PLACE_PREPOSITIONS:
        return False  # "appeared before the delegates", "spoke at a rally": being somewhere
    if low == "think" and nxt in ("tank", "tanks"):
        return False  # "a liberal think tank"
    if (
        low == "know"
        and prev == "you"
        and (nxt == "," or (i - 2 >= lo and toks[i - 2].text == ","))
    ):
        return False  # "because, you know, he knows": a filler, not a report
    if low == "know" and nxt == "it" and i - 2 >= lo and toks[i - 2].low == "as":
        return False  # "news as we know it"
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
    if (
        low in AMBIGUOUS
        and nxt != "that"
        and prev.endswith("ing")
        and len(prev) > 5
        and i - 2 >= lo
        and toks[i - 2].low not in DETERMINERS
        and toks[i - 2].low not in POSSESSIVES
    ):
        return False  # "than attracting votes": a gerund's object, not a verb
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
            or without_clitic(nxt.low) in CLAUSE_SUBJECTS
        ):
            subject = subject_of_sentence(toks, c + 1, hi)
            return None if subject is None else (subject, c)
    return None


def past_prepositional_phrase(toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """The subject when ``np`` is the object of a preposition after it: the phrase before
    the preposition ("Trump in a statement said" -> Trump), with the prepositional phrase
    kept when its object is a name ("the senator from Ohio")."""
    p = np[0] - 1
    if p - 1 < lo or toks[p].low not in SUBJECT_PREPOSITIONS or not is_word(toks[p - 1]):
        return np
    subject = np_before(toks, p - 1, lo)
    if subject is None or subject[1] != p:
        return np
    if subject[1] - subject[0] == 1 and toks[subject[0]].low in CUE_FORMS:
        return np  # "who spoke on condition of anonymity": a verb, no subject
    if any(is_capitalised(t) for t in toks[np[0] : np[1]] if t.low not in DETERMINERS):
        return subject[0], np[1]  # "the senator from Ohio said": one phrase
    return subject


MAX_RELATIVE = 10  # tokens a relative clause between a subject and its verb may hold


def past_relative_clause(toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """The subject when ``np`` ends a relative clause that stands between it and the cue:
    "One of the docs who sent the letter called Oz a quack" -> One of the docs."""
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


def shared_sources(
    toks: list[Tok], found: list[Found], i: int, same_form_as: int | None = None
) -> list[tuple[int, int]]:
    """The sources found so far that a later verb of the sentence may share: not a relative
    pronoun whose clause a comma has closed ("Weber, who advises Kasich, ... but lauded").
    With ``same_form_as``, a coordinated verb prefers the sources of cues in its own form
    ("Trump said he would order X and warned": *warned* goes with *said*, not *order*)."""
    if toks[0].low in SUBORDINATORS or toks[0].low in ("when", "asked"):
        closed = next((k for k in range(1, i) if toks[k].text == ","), None)
        if closed is not None:  # "When asked whom she supported, Ms. Sherry ... and said"
            found = [f for f in found if f.cue[0] > closed]
    if same_form_as is not None:
        form = verb_form(toks[same_form_as].low)
        alike = [f for f in found if verb_form(toks[f.cue[0]].low) == form]
        if alike:
            return shared_sources(toks, alike, i)
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
            toks[i + 1].low in CLAUSE_OPENERS or without_clitic(toks[i + 1].low) in CLAUSE_SUBJECTS
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


@attrs.frozen
class Found:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]  # character offsets
    relative: bool = False


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


def opens_with_subordinator(toks: list[Tok], first: Tok) -> bool:
    """A main-clause adverb that makes a subordinator with the next word ("now that", "even
    as", "only if") or a time adverbial with it ("just this week")."""
    k = toks.index(first)
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    return first.low in MAIN_CLAUSE_OPENERS and (
        nxt in SUBORDINATORS or nxt in ("that", "this", "last", "then")
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


def holds_verb(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` holds a finite verb: a modal, *be*, or a past form that is no
    adjective after a determiner ("the Khan family deserved better", not "a retired
    general")."""
    for k in range(a, b):
        low = toks[k].low
        if low in FINITE or (k > a and low in CUE_FORMS and toks[k].text.islower()):
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
            found.append(
                Found(None if sourceless(toks, i, lo, hi) else np, (i, i + 1), (sent_start, c_end))
            )
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
        elif purpose_after_comma(toks, i, lo) or (
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
            earlier = shared_sources(toks, found, i, same_form_as=i)
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
            if source is not None and controlled is None:
                source = past_prepositional_phrase(toks, source, lo)
                source = past_relative_clause(toks, source, lo)
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
        if k < hi and toks[k].text == "," and lemma not in SPEECH_LEMMAS:
            continue  # "whom she supported, Ms. Sherry ...": a verb of stance needs its object
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
        if sourceless(toks, i, lo, hi):
            source = None  # "The closures appear to have brought stability": the writer's
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


def trim_coordinated(toks: list[Tok], found: list[Found]) -> list[Found]:
    """End a content before a later attribution's source ("A said X, and B said Y"), and a
    relative clause's content before its main verb ("the docs who sent the letter called")."""
    if not found:
        return found
    sources = sorted(toks[g.source[0]].start for g in found if g.source is not None)
    starts = {toks[g.source[0]].start: g.source[0] for g in found if g.source is not None}
    relative = any(g.source is not None and toks[g.source[0]].low == "who" for g in found)
    cues = (  # (only needed for a relative clause's own report)
        sorted((toks[g.cue[0]].start, g.source[1], g.cue[0]) for g in found if g.source)
        if relative
        else []
    )
    out = []
    for f in found:
        c_start, c_end = f.content
        if opens_quotation(toks, c_start):
            out.append(f)  # a quotation holds its own reports: "'Well, I'd say X,' she said"
            continue
        # a relative clause's content ends at the main verb: "docs who sent the letter called"
        if f.source is not None and toks[f.source[0]].low == "who":
            m = bisect_right(cues, (c_start, -1, -1))
            for cue_at, source_end, cue in cues[m : m + 5]:
                if cue_at >= c_end:
                    break
                if source_end == f.source[0] and main_verb(toks, cue):
                    c_end = cue_at
                    break
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
