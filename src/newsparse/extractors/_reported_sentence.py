"""Reported speech in one sentence: which words are cues and which patterns match.

:func:`sentence_attributions` takes a sentence's tokens
(:func:`newsparse.extractors._reported_tokens.tokenize`) and returns every attribution in it
as token ranges (source, cue) and a character range (content), before names are resolved;
whether a word is a cue, and where its source and content lie, come from the sibling
modules (``_reported_cues``, ``_reported_subjects``, ``_reported_clauses``,
``_reported_inverted``, ``_reported_patterns``, ``_reported_evidentials``). The patterns
are listed in docs/claims.md.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

import attrs

from newsparse._antecedents import NOT_PERSON_HEADS
from newsparse.extractors._reported_clauses import (
    infinitive_subject_verb,
    main_verb,
    noun_infinitive,
    object_control,
    opening_participle_clause,
    past_prepositional_phrase,
    past_relative_clause,
    purpose_after_comma,
    verb_form,
)
from newsparse.extractors._reported_cues import evidence_head, is_cue
from newsparse.extractors._reported_evidentials import sourceless
from newsparse.extractors._reported_inverted import (
    cue_before_quotation,
    inverted_attribution,
    parenthetical_rest,
)
from newsparse.extractors._reported_lexicon import (
    ADVERBS,
    CLAUSE_BREAKS,
    COORDINATORS,
    CUE_FORMS,
    DETERMINERS,
    EVIDENCE_LEMMAS,
    FINITE,
    GERUND_PREPOSITIONS,
    NOUN_CUES,
    NP_STOP,
    PARTICLES,
    PATTERN_WORDS,
    PHRASAL,
    POSSESSIVES,
    SENTENCE_ADVERBS,
    SPEECH_LEMMAS,
    STANCE_LINKS,
    STANCE_NOUNS,
    SUBJECT_WORDS,
    SUBORDINATORS,
    TELL_LIKE,
    person_noun,
)
from newsparse.extractors._reported_media import medium_author
from newsparse.extractors._reported_patterns import (
    evidence_adverbial,
    own_account,
    passive_by,
    stance_after_be,
)
from newsparse.extractors._reported_subjects import (
    after_comma_adverbs,
    appositive_head,
    coordinated_clause_subject,
    holds_verb,
    np_after,
    np_before,
    open_relative,
    past_day_opening,
    past_time_spent,
    relative_head,
    skip_aux_back,
    subject_of_sentence,
    subject_with_apposition,
)
from newsparse.extractors._reported_tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Tok,
    char_range,
    is_adjunct,
    is_capitalised,
    is_word,
    opens_quotation,
    past_form,
    without_clitic,
    words_between,
)


def shared_sources(
    toks: list[Tok], found: list[Found], i: int, same_form_as: int | None = None
) -> list[tuple[int, int]]:
    """The sources found so far that a later verb of the sentence may share: not a relative
    pronoun whose clause a comma has closed ("Weber, who advises Kasich, ... but lauded").
    With ``same_form_as``, a coordinated verb prefers the sources of cues in its own form
    ("Trump said he would order X and warned": *warned* goes with *said*, not *order*)."""
    opener = 0  # the subordinate clause opens the sentence, or follows an opening adverbial
    if not (toks[0].low in SUBORDINATORS or toks[0].low in ("when", "asked")):
        first = next((k for k in range(1, min(i, 8)) if toks[k].text == ","), None)
        opener = first + 1 if first is not None and toks[first + 1].low in SUBORDINATORS else -1
    if opener >= 0:
        closed = next((k for k in range(opener + 1, i) if toks[k].text == ","), None)
        if closed is not None:  # "When asked whom she supported, Ms. Sherry ... and said",
            found = [f for f in found if f.cue[0] > closed]  # "Last month, when I asked X,"
    if same_form_as is not None:
        form = verb_form(toks[same_form_as].low)
        alike = [f for f in found if verb_form(toks[f.cue[0]].low) == form]
        if alike:
            return shared_sources(toks, alike, i)
    out = []
    quotations = _closed_quotations(toks, i)
    for f in found:
        if f.source is None or any(o < f.source[0] < c for o, c in quotations):
            continue  # ('"I guess X," he added, while saying': not the quoted speaker's "I")
        a, b = f.source
        if b == f.cue[0] and toks[f.cue[0]].low.endswith("ing"):
            continue  # "a lawsuit by a fired staffer alleging X": a noun's participle
        if (
            b == f.cue[0]
            and toks[b - 1].low.endswith("'s")
            and any(g.source is not None and g.source[1] < a for g in found)
        ):
            continue  # "X pushed back against Sanders's attack, calling it": the owner of a
            # noun cue after another source is no subject a later verb shares
        if (
            b - a == 1
            and toks[a].low in ("who", "which")
            and any(t.text == "," for t in toks[f.cue[1] : i])
        ):
            continue
        out.append(f.source)
    return out


def _closed_quotations(toks: list[Tok], i: int) -> list[tuple[int, int]]:
    """The quotations that open and close before token ``i``, as (opening, closing) token
    indices: marks paired left to right, “ with ”, and straight double marks (" or '') in
    turns."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    m = 0
    while m < i:
        mark = toks[m].text
        if (
            mark == "'"
            and m + 1 < i
            and toks[m + 1].text == "'"
            and toks[m].end == toks[m + 1].start
        ):
            mark = '"'  # ''X,'': two apostrophes make one double mark
            m += 1
        if mark == "“" or (mark == '"' and opened is None):
            opened = m if opened is None else opened
        elif (mark == "”" or mark == '"') and opened is not None:
            out.append((opened, m))
            opened = None
        m += 1
    return out


@attrs.frozen
class Found:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]  # character offsets
    relative: bool = False


# Words no asserted proposition opens with: what follows the cue is a source or a place
NO_CONTENT_STARTS = frozenset({"from"})


def _verb_opens_relative(tok: Tok) -> bool:
    """Whether the word after a noun's *that* is a verb, so that *that* opens a relative
    clause ("the statement that was released", "a comment that drew fire"), not what the
    noun asserts ("her claim that voters ...")."""
    return tok.low in FINITE or past_form(tok)


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
        elif toks[i].low.endswith("ing"):  # "Ryan saying X and Trump calling it Y": absolute
            # phrases, a name and its own participle end X (a finite verb after "A and B"
            # has the pair for its subject: "Congress and President Obama agreed")
            n = k
            while n > lo and k - n < 4 and is_capitalised(toks[n]) and is_word(toks[n]):
                n -= 1
            if (
                lo < n < k
                and toks[n].low in ("and", "but")
                and any(  # (only after another name and participle: "Ryan saying")
                    c < n and c > lo and toks[c].low.endswith("ing") and is_capitalised(toks[c - 1])
                    for c in cues
                )
            ):
                stops.append(toks[n].start)
        if toks[i].low.endswith("ing"):  # "X responds to Y, with McCain telling ...": ends Y
            w = next((m for m in range(i - 1, max(lo, i - 7), -1) if toks[m].low == "with"), 0)
            if w - 1 > lo and toks[w - 1].text == ",":
                stops.append(toks[w - 1].start)
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
            and not (i + 2 < hi and _verb_opens_relative(toks[i + 2]))  # "a comment that drew"
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
            and (is_word(toks[i + 2]) or toks[i + 2].text in OPEN_QUOTES)  # 's call for "X"'
        ):
            k = i + 1 if toks[i + 1].low == "that" else i + 2
            c_start = toks[k].start
            holder = (i - 1, i)
            if prev_low in POSSESSIVES:  # "Trump is doubling down on his support for X"
                subject = coordinated_clause_subject(toks, lo, i - 1)
                if subject is not None and toks[subject[1] - 1].low in NOT_PERSON_HEADS:
                    subject = None  # ("the campaign has touted his endorsement": not its)
                # (of the last clause: "X squared off, but Trump stood by his plan")
                subject = subject or subject_of_sentence(toks, lo, i - 1)
                if (
                    subject is not None
                    and subject[1] < i - 1
                    and toks[subject[0]].low not in POSSESSIVES  # not "His standing rose"
                    and not (
                        any(t.low.endswith("'s") for t in toks[subject[0] : subject[1]])
                        and not is_capitalised(toks[subject[1] - 1])
                        and not person_noun(toks[subject[1] - 1].low)
                    )  # (nor "Trump's aversion to X goes beyond his opposition")
                ):
                    holder = subject
            c_end = content_end(c_start, False)
            if toks[k].text in OPEN_QUOTES:  # 's call for "X" ...: the quotation alone
                closing = next((m for m in range(k + 1, hi) if toks[m].text in CLOSE_QUOTES), None)
                c_end = toks[closing].end if closing is not None else c_end
            found.append(Found(holder, (i, i + 1), (c_start, c_end)))
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
        before_quotation = cue_before_quotation(toks, i, lo, hi)
        if before_quotation is not None:  # "..., explained Rosenberg, “...”"
            np, mark = before_quotation
            c_start = toks[mark].start
            found.append(Found(np, (i, i + 1), (c_start, content_end(c_start, False))))
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
            first = past_day_opening(toks, lo, g)  # (past "Tuesday," opening the sentence)
            closed = next((k for k in range(g - 1, first, -1) if toks[k].text == ","), None)
            opener = toks[first].low in SUBORDINATORS or (  # "After ...", not "But ..."
                toks[first].low in NP_STOP and toks[first].low not in COORDINATORS
            )
            clause_subject = (  # "When Trump answered by asserting X, ...": the clause's own
                subject_of_sentence(toks, first + 1, g)
                if closed is None
                and toks[first].low in SUBORDINATORS
                and holds_verb(toks, first + 1, g)
                else None
            )
            main = subject_of_sentence(toks, closed + 1, i) if closed is not None else None
            if closed is not None and opener and (main is not None or first == lo):
                # "Although X, Trump sent a jab by suggesting that": the main clause's subject
                source = main
            elif clause_subject is not None:
                source, subordinate = clause_subject, True  # (content ends with the clause)
            elif opener:
                # "After weeks of denying X, Kyiv's acknowledgement ...": the main subject
                comma, source = _main_subject_after(toks, i, hi)
                start = i + 1
                if start < comma and (
                    toks[start].low in PARTICLES
                    or toks[start].low in PHRASAL.get(lemma, frozenset())
                ):
                    start += 1  # "while commenting on X": X
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
            coordinator = skip_aux_back(toks, i - 1, lo)
            sharing = found
            if coordinator - 1 > lo and toks[coordinator - 1].text == ",":
                # "X said that he had voted for Y, but cautioned": the verb after a comma
                # and its coordinator goes with the main clause, not with a report inside
                # another's content
                recent = found[-RECENT_REPORTS:]  # (a coordinated verb shares a near subject)
                sharing = [f for f in recent if not _inside_content(toks, f, recent)] or found
            earlier = shared_sources(toks, sharing, i, same_form_as=i)
            relative = open_relative(toks, lo, i)
            source = earlier[-1] if earlier else relative
            if source is None:  # "X ushered in a thaw; he helped broker a truce and decided"
                source = coordinated_clause_subject(toks, lo, i)
            if (
                relative is not None
                and earlier
                and earlier[-1][1] <= relative[0]
                and _subject_relative(toks, relative[0], i)
            ):
                source = relative  # "said X, a pollster who worked with Y and called him"
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
                source = past_time_spent(toks, source, lo)
                source = medium_author(toks, source, i, lo) or source
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
        if (
            k + 1 < hi
            and toks[k].text == ","
            and toks[k + 1].text not in OPEN_QUOTES  # ('after X had said, "..."')
            and (
                lemma not in SPEECH_LEMMAS
                or (
                    source is not None
                    and source[0] > lo
                    and toks[source[0] - 1].low in _TIME_SUBORDINATORS
                )
            )
        ):
            continue  # "whom she supported, Ms. Sherry ...": a verb of stance needs its object;
            # "after the interview concluded, Maher said": the comma closes the clause
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
        if k < hi and toks[k].low in NO_CONTENT_STARTS:  # "know from his filings that X"
            k = next(
                (
                    m
                    for m in range(k + 1, min(hi, k + 9))
                    if toks[m].low == "that" or not is_word(toks[m])
                ),
                hi,
            )
            if k < hi and toks[k].low != "that":
                k = hi  # "reported from Los Angeles", "heard from donors": no proposition
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


RECENT_REPORTS = 8  # reports before a coordinated verb whose subjects it may share

# Subordinators of time, whose clause a comma closes ("after the interview concluded, X");
# unlike *as* ("as the Post reported, X"), whose cue reports the main clause
_TIME_SUBORDINATORS = frozenset("after before until once since while".split())


def _subject_relative(toks: list[Tok], k: int, i: int) -> bool:
    """Whether the relative pronoun at ``k`` is its clause's subject ("who worked"), not its
    object ("which she was doing when police told her")."""
    nxt = toks[k + 1] if k + 1 < i else None
    return nxt is not None and not (
        without_clitic(nxt.low) in SUBJECT_WORDS or nxt.low in DETERMINERS or is_capitalised(nxt)
    )


def _inside_content(toks: list[Tok], f: Found, found: list[Found]) -> bool:
    """Whether the cue of ``f`` lies inside the content of another attribution of ``found``."""
    cue = toks[f.cue[0]].start
    return any(g is not f and g.content[0] <= cue < g.content[1] for g in found)


def _main_subject_after(toks: list[Tok], i: int, hi: int) -> tuple[int, tuple[int, int] | None]:
    """The comma that closes an opening phrase ending in the cue at ``i`` and the subject of
    the main clause after it; past a list's items ("featuring X, money and a star, Ryan
    said": Ryan, not "money"). ``(0, None)`` when no comma follows."""
    first = 0
    for comma in islice((k for k in range(i + 1, hi) if toks[k].text == ","), 3):
        first = first or comma
        subject = subject_of_sentence(toks, comma + 1, hi)
        if subject is None:
            return comma, None
        a, b = subject
        if (
            b - a == 1
            and toks[a].text.islower()
            and without_clitic(toks[a].low) not in SUBJECT_WORDS
            and b < hi
            and (toks[b].low in ("and", "or") or toks[b].text == ",")
        ):
            continue  # a bare noun in a list ("money and a star"): the subject comes later
        return comma, subject
    return first, (subject_of_sentence(toks, first + 1, hi) if first else None)


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
