"""Whether a cue form is a cue where it stands: a verb of saying, not a noun or a
participle ("the poll shows", not "Monday's show"; "a statement saying", not "the reported
attack").
"""

from __future__ import annotations

from newsparse.cues import PAUSE_ONLY
from newsparse.extractors._reported_clauses import (
    infinitive_subject_verb,
    noun_infinitive,
    object_control,
    object_follows,
    purpose_after_comma,
    quantifier_subject,
)
from newsparse.extractors._reported_lexicon import (
    ADVERBS,
    AMBIGUOUS,
    ASPECTUAL,
    AUX,
    BE,
    CLAUSE_ONLY,
    CLAUSE_OPENERS,
    CLAUSE_TAKING,
    CUE_FORMS,
    DEGREE_BEFORE_PARTICIPLE,
    DETERMINERS,
    EVIDENCE,
    EVIDENCE_LEMMAS,
    FINITE,
    GERUND_PREPOSITIONS,
    MODALS,
    NP_STOP,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PAST_ADJ_BEFORE,
    PLACE_PREPOSITIONS,
    PLACE_VERBS,
    POSSESSIVES,
    QUANTIFIER_PRONOUNS,
    QUOTATION_ONLY,
    SUBJECT_WORDS,
    TIME_WORDS,
)
from newsparse.extractors._reported_media import MEDIUM_NOUNS
from newsparse.extractors._reported_subjects import (
    after_comma_adverbs,
    name_with_noun_apposition,
    relative_head,
    skip_aux_back,
)
from newsparse.extractors._reported_tokens import (
    OPEN_QUOTES,
    Tok,
    is_capitalised,
    is_word,
    name_like,
    past_form,
    without_clitic,
)


def participle_after_noun(toks: list[Tok], i: int, lo: int) -> bool:
    """An -ing cue right after a noun, before its object: "superdelegates backing Clinton",
    "a statement saying that ...", "voters saying race relations are worse" (the noun is the
    source, or whoever issued it when it is a statement or an ad:
    :mod:`newsparse.extractors._reported_media`)."""
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
        and (prev.low not in CUE_FORMS or prev.low in MEDIUM_NOUNS)  # "a press release saying"
        and (
            object_follows(toks, i)
            or (CUE_FORMS[toks[i].low] in CLAUSE_TAKING and finite_clause_follows(toks, i))
        )
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
        if toks[k].low in ("by", "from") and past_form(toks[k - 1]):
            # "research conducted by", "records compiled by": the evidence before the participle
            return k - 2 if k - 2 >= lo and toks[k - 2].low in EVIDENCE else None
        k -= 1
    return None


def evidence_with_participle(toks: list[Tok], lo: int, comma: int) -> bool:
    """Whether ``toks[lo:comma + 1]`` is a noun of evidence and a participle phrase set off
    by commas ("A Fox News poll, conducted jointly with two firms,"): the subject of the
    evidence verb after the comma."""
    if comma <= lo or toks[comma].text != ",":
        return False
    first = next((k for k in range(lo, comma) if toks[k].text == ","), None)
    return (
        first is not None
        and first > lo
        and comma - first > 2
        and toks[first - 1].low in EVIDENCE
        and past_form(toks[first + 1])
    )


def title_case(toks: list[Tok]) -> bool:
    """Most words are capitalised: a headline ("Trump Calls For A Ban")."""
    words = [t for t in toks[:40] if is_word(t)]
    return sum(is_capitalised(t) for t in words) * 10 > len(words) * 7


def _participle_after_determiner(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether a past participle, after a determiner and any adverbs, stands right before
    token ``i`` ("the leaked email", "a personally signed tweet"): it modifies a noun."""
    prev = toks[i - 1].low if i > lo else ""
    if not prev.endswith("ed") or len(prev) <= 4:
        return False
    k = i - 2
    while k >= lo and toks[k].low.endswith("ly") and len(toks[k].low) > 4:
        k -= 1
    return k >= lo and (toks[k].low in DETERMINERS or toks[k].low in POSSESSIVES)


_INDEFINITE = frozenset({"a", "an"})
_INDEFINITE_OR_THE = _INDEFINITE | {"the"}
# Words after *a* that make a plural subject: "a few say", "a number of them argue"
_PLURAL_AFTER_A = frozenset(
    "few lot couple number majority minority dozen handful third half quarter bunch host".split()
)


def _participle_after_adjective(toks: list[Tok], i: int, lo: int) -> bool:
    """A past participle between a determiner's adjective and a noun: "a large pledged
    delegate lead" (but "the group pledged that")."""
    low = toks[i].low
    if low.endswith("ing") or low == CUE_FORMS[low] or i - 2 < lo or i + 1 >= len(toks):
        return False
    adjective, nxt = toks[i - 1], toks[i + 1]
    return (
        toks[i - 2].low in _INDEFINITE
        and adjective.low.isalpha()
        and not is_capitalised(adjective)
        and adjective.low not in NP_STOP
        and nxt.low.isalpha()
        and not is_capitalised(nxt)
        and nxt.low not in _OPENS_CONTENT
        and nxt.low not in DETERMINERS
        and nxt.low not in OBJECT_PRONOUNS
        and not (  # ", a spokesman said in a statement", "said today": a verb of saying
            low in _SAID and (nxt.low in _NO_NOUN_AFTER or nxt.low.endswith("ly"))
        )
    )


# Past forms that after "a + noun" are the verb, not a participle, when a preposition or a
# time follows (unlike "a statement released in", "an ad focused on", "a man said to be")
_SAID = frozenset("said told wrote".split())
_NO_NOUN_AFTER = TIME_WORDS | frozenset(
    "in on at for with from about during after before over since until".split()
)


def sentence_final(toks: list[Tok], i: int) -> bool:
    """Nothing but closing punctuation follows the cue (as in "..., the poll found.")."""
    return all(not is_word(t) and t.text not in OPEN_QUOTES for t in toks[i + 1 :])


def is_cue(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether the cue form at ``i`` (sentence tokens from ``lo``) is a cue where it stands:
    a verb of saying or stance with a subject of its own, not a noun, an adjective-like
    participle, a place verb or a filler."""
    low = toks[i].low
    lemma = CUE_FORMS.get(low)
    if lemma is None:
        return False
    prev = toks[i - 1].low if i > lo else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if lemma in EVIDENCE_LEMMAS and after_evidence(toks, i, lo):
        return True
    if lemma in CLAUSE_ONLY and not (finite_clause_follows(toks, i) or sentence_final(toks, i)):
        return False
    if (
        prev == "to"
        and infinitive_subject_verb(toks, i, lo) is None
        and object_control(toks, i, lo) is None
        and noun_infinitive(toks, i, lo) is None
        and not purpose_after_comma(toks, i, lo)
    ):
        return False  # "to say" has no subject of its own, unless "is right to note"
    if lemma in PLACE_VERBS and nxt in PLACE_PREPOSITIONS:
        return False  # "appeared before the delegates", "spoke at a rally": being somewhere
    if lemma in PAUSE_ONLY and not (  # or before *that*, or an infinitive of saying
        i + 1 >= len(toks)
        or not is_word(toks[i + 1])
        or nxt == "that"
        or (nxt == "to" and i + 2 < len(toks) and _saying_of_its_own(toks, i + 2, lo))
    ):
        return False  # "he continued: ...", "continued to insist", not "continues to draw"
    if lemma in QUOTATION_ONLY and not words_quoted_around(toks, i):
        return False  # "yelled at reporters": no words reported
    if nxt == "than" and prev in ("easier", "harder", "more"):
        return False  # "easier said than done": an idiom
    if lemma == "speak" and _ANONYMITY.issubset(t.low for t in toks[i + 1 : i + 6]):
        return False  # "who spoke on condition of anonymity": how a source is kept, no report
    if low == "told" and prev == "all" and nxt == ",":
        return False  # "All told, the plan failed": in all
    if low == "tell" and i - 2 >= lo and prev in MODALS and toks[i - 2].low == "time":
        return False  # "only time will tell": an idiom, nobody tells
    if (
        low == lemma
        and i - 2 >= lo
        and toks[i - 2].low in _INDEFINITE_OR_THE
        and is_capitalised(toks[i - 1])
        and not toks[i - 1].low.endswith("s")
    ):
        return False  # "the AP report merits", "a Twitter post", "the Orlando attack": a noun
        # after a name, since a base form has no singular subject ("the BBC reported" is one)
    if (
        low == lemma
        and i - 2 >= lo
        and toks[i - 2].low in _INDEFINITE
        and prev.isalpha()
        and toks[i - 1].text.islower()
        and prev not in QUANTIFIER_PRONOUNS
        and prev not in _PLURAL_AFTER_A
    ):
        return False  # "delivered a snappy retort": a noun, since a singular subject after
        # *a* would take the -s form ("a few say" is plural)
    if (
        low != lemma
        and low.endswith("s")
        and (prev in NUMBER_WORDS or prev[:1].isdigit())
        and prev not in ("one", "1")
        and not (i - 2 >= lo and is_capitalised(toks[i - 2]))  # "Article 33 affirms": a name
    ):
        return False  # "22 emails that went", "three reports": a counted plural noun
    if (
        low.endswith("s")
        and low != lemma
        and nxt in CUE_FORMS
        and nxt == CUE_FORMS[nxt]
        and CUE_FORMS[nxt] in CLAUSE_TAKING
    ):
        return False  # "which advocates say disadvantages schools": a plural noun, its verb
        # right after it
    if low == "known" and prev == "well":
        return False  # "the Grayson name, which is well known": an adjective, no report
    if lemma == "aim" and nxt == "at":
        return False  # "a campaign aimed at millennials": a purpose, not a report
    if low in ("tied", "linked") and nxt == "to" and i > lo and not (prev in BE or prev in AUX):
        return False  # "a group tied to Marcos", "scandals linked to Clinton": a relation,
        # not "Republicans tied it to X"
    if lemma == "tie" and nxt in ("in", "at", "for", "with"):
        return False  # "The two candidates tied in Georgia": level, no report
    if (
        low in ("called", "named", "dubbed")
        and i - 2 >= lo
        and toks[i - 2].low in _INDEFINITE
        and toks[i - 1].text.isalpha()
        and toks[i - 1].text.islower()
        and i + 1 < len(toks)
        and is_capitalised(toks[i + 1])
        and _name_ends_phrase(toks, i + 1)
    ):
        return False  # "a company called Cambridge Analytica, which": its name, no report
        # (but "a senator called Clinton a liar" calls her something)
    if lemma == "name" and nxt in ("for", "after"):
        return False  # "a movement named for its founder": a name's origin, no report
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
    if lemma == "back" and (prev in BE or not object_follows(toks, i) or nxt == "to"):
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
    if (
        toks[i].text[:1].isupper()
        and i > lo
        and toks[i].text[1:].islower()
        and is_word(toks[i - 1])
        and not title_case(toks)
    ):
        return False  # "defund Planned Parenthood": a capitalised word inside a sentence names
    if prev.endswith("ed") and low in AMBIGUOUS and _participle_after_determiner(toks, i, lo):
        return False  # "a personally signed tweet that ...": the noun of a noun phrase
    if low != lemma and low in AMBIGUOUS and i > lo and past_form(toks[i - 1]):
        return False  # "He made remarks that ...": a past verb's plural object
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
        or (prev == "," and name_with_noun_apposition(toks, lo, p))  # "X, a Y of Z, calls"
        or (prev == "," and relative_head(toks, lo, p) is not None)  # "X, where Y, show"
        or (prev == "," and lemma in EVIDENCE_LEMMAS and evidence_with_participle(toks, lo, p))
        or prev in MODALS
        or without_clitic(prev) in SUBJECT_WORDS
        or prev.endswith("ly")
        or (
            p > lo
            and is_capitalised(toks[p])
            and not is_capitalised(toks[i])
            and (toks[p - 1].low not in POSSESSIVES or toks[p - 1].low == "her")
        )  # "Gallup finds", not "its Trumpian name": a possessive's adjective and noun
        or (  # "Sanders supports raising ...", "Gallup finds states ...": a name opening it
            p == lo
            and name_like(toks[p])
            and not is_capitalised(toks[i])
            and low != lemma
            and i + 1 < len(toks)
            and is_word(toks[i + 1])
            and nxt not in NP_STOP
            and nxt != "of"  # "Republican claims of fraud": a noun
        )
        or verb_after_noun(toks, i, p)
        or (
            prev.endswith("s")
            and not prev.endswith("ss")
            and low == lemma
            and not (p - 1 >= lo and toks[p - 1].low in ("which", "who", "that"))
        )
    ):
        return False
    if not low.endswith("ing") and prev in PAST_ADJ_BEFORE and not quantifier_subject(toks, i, lo):
        return False
    if participle_before_noun(toks, i, lo) or (
        i - 2 >= lo and toks[i - 2].low in _INDEFINITE and _participle_after_adjective(toks, i, lo)
    ):
        return False
    if not low.endswith("ing") and low != lemma:
        if nxt == "by" and not (i + 2 < len(toks) and toks[i + 2].low in ("now", "then", "far")):
            return False  # "remarks viewed by some": a passive participle, not "heard by now"
        j = i - 1
        while j >= lo and toks[j].low.endswith("ly") and len(toks[j].low) > 4:
            j -= 1
        if j >= lo and toks[j].low in BE and toks[j].low not in ("'s",):
            return False
        k = j
        while k > lo and toks[k].low in DEGREE_BEFORE_PARTICIPLE and i - k < 3:
            k -= 1
        if k > lo and toks[k].text in OPEN_QUOTES and toks[k - 1].low in BE:
            return False  # 'he was "very encouraged"': a quoted description after "be"
    return True


# Words that open an object, a clause or an infinitive after a cue, not a noun it modifies
_OPENS_CONTENT = frozenset("to that how what why whether if as".split())


def _name_ends_phrase(toks: list[Tok], k: int) -> bool:
    """Whether the capitalised run from ``k`` ends its phrase: punctuation, a relative
    pronoun or a preposition follows it, not an object complement ("a liar")."""
    start = k
    while k < len(toks) and k - start < 8 and is_capitalised(toks[k]) and is_word(toks[k]):
        k += 1
    return (
        k >= len(toks)
        or not is_word(toks[k])
        or toks[k].low in NP_STOP
        or toks[k].low in ("which", "that", "who", "and")
    )


def participle_before_noun(toks: list[Tok], i: int, lo: int) -> bool:
    """Whether the past form at ``i`` modifies the noun after it, counted by a number or a
    quantifier before it: "758 pledged delegates", "fewer pledged delegates" (but "271
    said they", "four in 10 said Trump", "271 pledged to vote")."""
    low = toks[i].low
    if low.endswith("ing") or low == CUE_FORMS[low] or i <= lo or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    counted = prev.text[:1].isdigit() or prev.low in COMPARATIVE_QUANTIFIERS
    return (
        counted
        and nxt.text[:1].islower()
        and nxt.low.isalpha()
        and nxt.low not in _OPENS_CONTENT
        and nxt.low not in DETERMINERS
        and nxt.low not in OBJECT_PRONOUNS
        and without_clitic(nxt.low) not in SUBJECT_WORDS
        and not nxt.low.endswith("ly")
    )


COMPARATIVE_QUANTIFIERS = frozenset("fewer more most many several few".split())


def _saying_of_its_own(toks: list[Tok], k: int, lo: int) -> bool:
    """Whether the infinitive at ``k`` after "continue to" is a cue form that is no cue of
    its own there ("continued to question X": *question* reads as a noun), so that
    *continue* carries the report; where the infinitive is a cue ("continued to insist
    that"), it carries the report alone."""
    low = toks[k].low
    if low not in CUE_FORMS or CUE_FORMS[low] in PAUSE_ONLY:
        return False
    return not is_cue(toks, k, lo)


def words_quoted_around(toks: list[Tok], i: int) -> bool:
    """Whether the cue at ``i`` has quoted words or a clause next to it: a quotation, a colon
    or *that* after it ("yelled “You lie!”", "shouted: ..."), or the end of its sentence
    after a quotation ("“Out!” she screamed.")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or sentence_final(toks, i):
        return any(t.text in OPEN_QUOTES for t in toks[:i])
    if nxt.text in OPEN_QUOTES or nxt.text == ":" or nxt.low == "that":
        return True
    return nxt.text == "," and i + 2 < len(toks) and toks[i + 2].text in OPEN_QUOTES


_ANONYMITY = frozenset({"condition", "anonymity"})
