"""Built-in quote extractor: direct and mixed quotes with their speakers, resolved to names.

Quotation marks are paired by :mod:`newsparse.quotemarks`; a quote interrupted by its
attribution is joined here. The speaker is the subject of a speech verb right next to a
quoted sentence, else the source of the reported speech over the quote (from
``newsparse.extractors.claims.find_attributions``), else the speaker the paragraph
continues; :mod:`newsparse.mentions` turns the speaker's words into a name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import attrs
import regex

from newsparse import cues
from newsparse.cues import LEXICON, CueMatch
from newsparse.document import Document, Span
from newsparse.extractors._reported_lexicon import SPEECH_LEMMAS
from newsparse.extractors._reported_media import MEDIUM_NOUNS
from newsparse.extractors.claims import CUE_FORMS, Attribution, find_attributions
from newsparse.extractors.reported import NOUN_CUES, STANCE_NOUNS
from newsparse.hookspecs import hookimpl
from newsparse.mentions import ROLE_NOUNS, NameResolver
from newsparse.quotemarks import pair_quotes
from newsparse.results import Mention, Quote

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_SENTENCE_END = ".!?…"
MAX_GAP_WORDS = 25  # words between the parts of a quote interrupted by its attribution
MERGE_GAP_ENDS = ",:.—–"
MAX_FRAGMENT_GAP = 30  # words between two quoted fragments of one report
MAX_SCARE_WORDS = 1  # an unattributed quote this short is a scare quote or a title
MAX_SENTENCE_REACH = 1000  # characters around a quote in which its sentence's reports count
Pair = tuple[int, int]


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _at_most_words(text: str, start: int, end: int, most: int) -> bool:
    """Whether ``text[start:end]`` holds at most ``most`` words, reading no further than that."""
    return all(n < most for n, _ in enumerate(_WORD.finditer(text, start, end)))


@attrs.define
class _Context:
    """What the speaker rules need to know about a document."""

    document: Document
    attributions: list[Attribution]
    cue_starts: list[int]
    quote_starts: list[int]
    quote_ends: list[int]
    _speaking: tuple[list[int], list[Attribution]] | None = None

    @classmethod
    def of(cls, document: Document, spans: list[tuple[int, int]]) -> _Context:
        found = [a for a in find_attributions(document) if a.source is not None]
        found.sort(key=lambda a: a.cue.start)
        return cls(
            document=document,
            attributions=found,
            cue_starts=[a.cue.start for a in found],
            quote_starts=[s for s, _ in spans],
            quote_ends=[e for _, e in spans],
        )

    def relative_name(self, speaker: Mention) -> str | None:
        """The name reported speech gives a relative pronoun speaker (*who* after "Ivanka
        Trump, who portrayed ..." is Ivanka Trump, its antecedent), None for other speakers."""
        if speaker.text.lower() not in ("who", "which"):
            return None
        span = (speaker.start, speaker.end)
        for a in self._candidates(speaker.start, speaker.end + 200):
            if a.source is not None and (a.source.start, a.source.end) == span:
                return a.source.name
        return None

    def _outside(self, attribution: Attribution, start: int, end: int) -> bool:
        """Whether the cue and source lie outside the quote (speech inside a quote is not its own),
        and the quote outside an apposition between the source and its cue (a title there)."""
        cue, source = attribution.cue, attribution.source
        if start <= cue.start < end:
            return False
        if (
            source is not None
            and source.end <= start
            and end <= cue.start
            and self.document.text[source.end : source.end + 1] == ","
        ):
            return False  # 'Hemsley, the co-author of "Going Viral," said': in an apposition
        return source is None or not (start <= source.start < end)

    def _candidates(self, lo: int, hi: int) -> list[Attribution]:
        at = bisect_right(self.cue_starts, lo - 1)
        out = []
        while at < len(self.attributions) and self.cue_starts[at] < hi:
            out.append(self.attributions[at])
            at += 1
        return out

    def speaker_of(self, start: int, end: int, kind: str) -> Attribution | None:
        """The attribution of a quote.

        A quoted sentence takes the cue right after it, else right before it, else the reported
        speech over it; a quoted fragment takes the outermost reported speech over it first.
        """
        text = self.document.text
        first = self.document.sentence_at(start)
        last = self.document.sentence_at(max(start, end - 1))
        # a run-on "sentence" (no full stops for pages) is read only near the quote
        lo = max(first.start if first else start, start - MAX_SENTENCE_REACH)
        hi = min(last.end if last else end, end + MAX_SENTENCE_REACH)
        paragraph_end = len(text)
        if last is not None and last.paragraph >= 0:
            paragraph_end = self.document.paragraphs[last.paragraph].end
        near_hi = min(paragraph_end, max(hi, end + 120))
        candidates = [
            a
            for a in self._candidates(min(lo, start - 200), near_hi)
            if self._outside(a, start, end) and not self.quoted(a.source) and self.usable(a)
        ]
        closed = text[end - 2 : end - 1] == "." and _NEW_SENTENCE.match(text, end) is not None
        after = [
            a
            for a in candidates
            if not closed  # a quotation closed by a full stop: what follows is a new sentence
            and end <= a.cue.start
            and _at_most_words(text, end, a.cue.start, 6)
            and "\n" not in text[end : a.cue.start]
        ]
        before = [
            a
            for a in candidates
            if a.cue.end <= start
            and _at_most_words(text, a.cue.end, start, 4)
            and "\n" not in text[a.cue.end : start]
        ]
        over = [
            a
            for a in candidates
            if a.content.start < end and start < a.content.end and a.cue.start >= lo
        ]
        inside = [a for a in candidates if lo <= a.cue.start < hi]

        def nearest(found: list[Attribution]) -> Attribution:
            return min(found, key=lambda a: min(abs(a.cue.start - end), abs(a.cue.end - start)))

        if kind == "mixed":
            adverbial = [a for a in over if self._in_adverbial(a)]
            if adverbial:  # "X backed the plan after Sanders said he was “encouraged”"
                return max(adverbial, key=lambda a: a.cue.start)
            inverted = [a for a in over if _inverted_after(a, end)]
            if inverted:  # 'Nothing the president said “will ...,” the senator said.'
                return min(inverted, key=lambda a: a.cue.start)
            if over:
                return min(over, key=lambda a: a.cue.start)
            if before:
                return max(before, key=lambda a: a.cue.end)
            if inside:
                return nearest(inside)
            return min(after, key=lambda a: a.cue.start) if after else None
        if after:
            return min(after, key=lambda a: a.cue.start)
        if before:
            return max(before, key=lambda a: a.cue.end)
        if over:
            return nearest(over)
        return nearest(inside) if inside else None

    def coordinated(self, after: int, start: int) -> tuple[Pair, Pair] | None:
        """The report right before a quote, or whose content holds it, in a clause coordinated
        after the sentence's opening report (``and``, ``but``, ``while``): "Ryan saying he was
        encouraged and Trump calling it a “great meeting”", "Rubio suggested X, while Cruz said
        that “...”", "Putney said X, but he said that the footage “supports ...”"."""
        text = self.document.text
        attribution = self._last_report(after, start, near=True)
        if attribution is None or attribution.source is None:
            return None
        source = attribution.source
        if _COORDINATOR_BEFORE.search(text, max(after, source.start - 12), source.start):
            return (source.start, source.end), (attribution.cue.start, attribution.cue.end)
        return None

    def in_adverbial_clause(self, after: int, start: int) -> tuple[Pair, Pair] | None:
        """The report whose content holds the quote, in an adverbial clause after the
        sentence's opening report ("Clinton weighed in, hours after Sanders said he was
        “encouraged”"): its speaker speaks, not the sentence's subject."""
        attribution = self._last_report(after, start, near=False)
        if attribution is None or attribution.source is None:
            return None
        if not self._in_adverbial(attribution):
            return None
        source = attribution.source
        return (source.start, source.end), (attribution.cue.start, attribution.cue.end)

    def _last_report(self, after: int, start: int, near: bool) -> Attribution | None:
        """The last report with a source between ``after`` and a quote at ``start`` whose
        content holds the quote (or, with ``near``, whose cue ends a few words before it)."""
        text = self.document.text
        for attribution in reversed(self._candidates(after, start)):
            source = attribution.source
            if source is None or source.start < after or attribution.cue.end > start:
                continue
            holds = attribution.content.start <= start < attribution.content.end
            if holds or (near and _at_most_words(text, attribution.cue.end, start, 4)):
                return attribution
        return None

    def _in_adverbial(self, attribution: Attribution) -> bool:
        """Whether a subordinator stands right before the report's source and its cue is a
        verb of speech ("after Sanders said"): the report is an adverbial clause of
        another, with a speaker of its own."""
        source = attribution.source
        if source is None or _cue_lemma(attribution) not in SPEECH_LEMMAS:
            return False  # ("because he accepted “about $200,000”": no one speaks there)
        text = self.document.text
        return _ADVERBIAL_BEFORE.search(text, max(0, source.start - 20), source.start) is not None

    def introduced(self, start: int) -> Attribution | None:
        """The attribution of the sentence before a paragraph-opening quote, if it ends with ':'."""
        here = self.document.sentence_at(start)
        if here is None or here.paragraph <= 0:
            return None
        if self.document.paragraphs[here.paragraph].start != start:
            return None
        previous = self.document.paragraphs[here.paragraph - 1]
        if not previous.text.rstrip().endswith(":"):
            return None
        last = self.document.sentence_at(previous.end - 1)
        lo = last.start if last else previous.start
        found = [
            a
            for a in self._candidates(lo, previous.end)
            if not self.quoted(a.source) and self.usable(a)
        ]
        return found[-1] if found else None

    def preceding(self, start: int) -> Attribution | None:
        """The last attribution before the quote in its paragraph, or ending the paragraph before."""
        here = self.document.sentence_at(start)
        if here is None or here.paragraph < 0:
            return None
        paragraph = self.document.paragraphs[here.paragraph]
        lo = paragraph.start
        if paragraph.start == start and here.paragraph > 0:
            lo = self.document.paragraphs[here.paragraph - 1].start
        # the last that qualifies: walk back from the quote, among the reports that can speak
        cue_starts, speaking = self.speaking()
        first = bisect_left(cue_starts, lo)
        for at in range(bisect_left(cue_starts, start) - 1, first - 1, -1):
            if speaking[at].cue.end <= start:  # only a cue around the quote's start fails
                return speaking[at]
        return None

    def owner_of(self, start: int, end: int) -> Attribution | None:
        """The report whose cue is a noun owned by a possessive right before it and whose
        content is the quote: "her remark that “...”", "Trump's claim that “...”"."""
        for attribution in reversed(self._candidates(start - 200, start)):
            source, cue, content = attribution.source, attribution.cue, attribution.content
            if (
                source is not None
                and cue.end <= content.start <= start
                and end <= content.end + 1
                and _at_most_words(self.document.text, cue.end, start, 1)
                and _owns_noun_cue(self.document.text, source.end, (cue.start, cue.end))
            ):
                return attribution
        return None

    def speaking(self) -> tuple[list[int], list[Attribution]]:
        """The attributions whose source is outside every quotation and can be a speaker, with
        their cue starts, in cue order; found once per document."""
        if self._speaking is None:
            found = [a for a in self.attributions if not self.quoted(a.source) and self.usable(a)]
            self._speaking = ([a.cue.start for a in found], found)
        return self._speaking

    def usable(self, attribution: Attribution) -> bool:
        """Whether the attribution's source can be a speaker (see :func:`clean_speaker`)."""
        source = attribution.source
        text = self.document.text
        return source is not None and clean_speaker(text, source.start, source.end) is not None

    def quoted(self, mention: Span | None) -> bool:
        """Whether a mention lies inside any quotation."""
        if mention is None:
            return False
        at = bisect_right(self.quote_starts, mention.start) - 1
        return at >= 0 and mention.start < self.quote_ends[at]


# Speech verbs that introduce a quotation right next to it: the shared cue lexicon.
QUOTE_VERBS = cues.CUE_FORMS
_PRONOUN = r"(?:he|she|they|we|I|it|you)"
_NAME = (
    r"(?:\p{Lu}[\p{L}’'.-]*\.?(?:\s+(?:\p{Lu}[\p{L}’'.-]*\.?|de|van|von|al|bin|la|le|di|da)){0,4})"
)
# A word of a noun phrase: initials with their full stops ("U.S."), never cut before them
_NP_WORD = r"(?:\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}’'-]+(?!\.\p{Lu}))"
_NP = (
    rf"(?:{_PRONOUN}|(?:[\p{{Ll}}\p{{N}}][\p{{L}}\p{{N}}/-]*\s+){{0,3}}{_NAME}"
    r"|(?i:the|a|an|his|her|their|its|one|another|some|many|several|two|three)"
    rf"(?:\s+{_NP_WORD}){{1,7}}?)"
)
_CUE_WORD = r"(?P<cue>[\p{L}]+)"
# A sentence that opens with its speaker: `Cruz says that “...”`, `Sen. Ann Lee (D) warned ...`.
_SENTENCE_SUBJECT = regex.compile(
    r"(?:(?:In|At|On|During|After|Before|Asked|Speaking|Earlier|Later|Still|But|And|Of|About"
    r"|Regarding|As\s+for)\b"
    r"[^,\n“”\"]{0,60}(?:[“\"][^“”\"\n]{1,40},[”\"]|[“\"][^“”\"\n]{1,40}[”\"][^,\n“”\"]{0,30},|,)"
    r"\s+)?"
    rf"(?P<speaker>{_NP})(?:\s+\([^()\n]{{1,20}}\))?(?:(?:,\s[^,\n“”\"]{{1,100}}){{1,3}},)?,?\s+"
    r"(?:\p{Ll}+ly\s+|has\s+|have\s+|had\s+|also\s+|then\s+|later\s+|again\s+|repeatedly\s+){0,2}",
    regex.V1,
)
# "a fundraising email", "the daily post": an article and a lowercase word right before a
# noun-like cue's bare form make it the head of a noun phrase
_NOUN_AFTER_MODIFIER = regex.compile(r"(?i:\b(?:the|a|an)\s+)\p{Ll}[\p{L}-]*\s+\Z")
_NOT_VERBAL = frozenset({"according to", "in the words of", "as put by"})  # cues with no subject
_COMMA_BEFORE = regex.compile(r",\s*\Z")
# A subordinator right before a clause's subject: "hours after Sanders said", "when he said"
_ADVERBIAL_BEFORE = regex.compile(
    r"(?<!\S)(?:after|before|when|while|because|since|until|although|though|once)\s+$",
    regex.V1,
)
_SUBORDINATE_OPENING = regex.compile(
    r"(?:After|When|While|Before|As|If|Since|Because|Although|Though|Once|Until|Whether)\s"
)
_ARTICLES = frozenset({"a", "an", "the"})
_PUNCTUATION_NEXT = regex.compile(r"\s*[,.:;!?\"“”'‘’—–]")
MAX_SUBJECT_CUES = 3  # cues tried, left to right, when a sentence opens with its speaker
SUBJECT_REACH = 400  # characters from a sentence's start in which its speaker's cue is looked for
# `“...,” Hannity started.`: any past-tense verb that ends the attribution clause.
_AFTER_ANY_VERB = regex.compile(
    rf"[\s,]*(?P<speaker>{_NP})\s+(?P<cue>\p{{Ll}}{{2,}}ed)(?=\s*[.,;!?])",
    regex.V1,
)
WINDOW = 160


def sentence_subject(
    text: str, sentence_start: int, quote_start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Speaker and cue when the sentence opens with `Speaker cue ...` before the quote."""
    stop = min(quote_start, sentence_start + SUBJECT_REACH)
    for index, cue in enumerate(LEXICON.find(text, sentence_start, stop)):
        if index >= MAX_SUBJECT_CUES:
            break
        if cue.lemma in cues.PAUSE_ONLY and not _PUNCTUATION_NEXT.match(text, cue.end):
            continue  # "The war went on for years": no speech, unlike "Trump went on, “...”"
        if cue.text.endswith("ing") and _COMMA_BEFORE.search(text, sentence_start, cue.start):
            break  # "..., calling him “a stiff”": a participle has the main verb's subject
        phrasal = " " in cue.lemma and cue.lemma not in _NOT_VERBAL
        if not phrasal and cue.text.lower() not in CUE_FORMS and not _verb_cue(text, cue):
            continue
        if (
            cue.lemma in _NOUNISH
            and cue.text.lower() == cue.lemma
            and _NOUN_AFTER_MODIFIER.search(text, max(sentence_start, cue.start - 40), cue.start)
        ):
            continue  # "a fundraising email sent out by X warned": the noun of the subject
        if not phrasal and _after_preposition(text, cue):
            continue  # `The secretary of state will ...`: a noun, no verb of the subject
        parenthesis = _PARENTHETICAL_REPORT.match(text, cue.end, quote_start, timeout=1.0)
        if parenthesis is not None and _speech_verb(parenthesis.group("verb")):
            continue  # "Cost estimates, he added, were “...”": a noun, then who speaks
        match = _SENTENCE_SUBJECT.fullmatch(text, sentence_start, cue.start, timeout=1.0)
        if match and match.group("speaker") and _SUBORDINATE_OPENING.match(match.group("speaker")):
            continue  # "After Trump proposed the ban, X said": a subordinate clause's subject
        if match and match.group("speaker"):
            speaker = match.span("speaker")
            if cue.text.endswith("ing"):  # "ended with Ryan saying": the absolute phrase's noun
                for absolute in _WITH.finditer(text, *speaker):
                    speaker = (absolute.end(), speaker[1])
            return speaker, (cue.start, cue.end)
    return None


# A report set off by commas right after a word: "Cost estimates, he added, were"
_PARENTHETICAL_REPORT = regex.compile(
    rf",\s+(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|{_NAME})\s+(?P<verb>\p{{Ll}}+),", regex.V1
)


def _speech_verb(word: str) -> bool:
    """Whether ``word`` is an inflected verb of speech ("added", "said", "says")."""
    lemma = cues.CUE_FORMS.get(word)
    return lemma is not None and lemma in cues.SPEECH_LEMMAS and word != lemma


# A clause coordinated with the one before it, right before its subject: "but", "while",
# "whereas", or "and" after a comma, dash or closing quotation mark (a bare "and" joins
# noun phrases as often: "the campaign and its allies are maligning")
_COORDINATOR_BEFORE = regex.compile(
    r"(?:(?:[,\"”’—–-]\s*|\s)(?:but|while|whereas)|[,\"”’—–-]\s*and)\s+$", regex.V1
)
# "The meeting ended with Ryan saying": the noun of an absolute phrase (after the last
# "with") before an -ing cue
_WITH = regex.compile(r"\bwith\s+(?=\S)", regex.V1)
# "with" right before the subject of a participle: an absolute phrase, whose noun speaks
# ("with Ryan asking", "with one of her ads asking")
_WITH_BEFORE = regex.compile(
    r"(?<![\p{L}])with\s+(?P<part>(?:one|some|many|each|all|most|several|both|two|three)"
    r"\s+of\s+)?$"
)


_ROLE = "|".join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w)))
_MODIFIERS = (
    r"(?:\p{Ll}+ly\s+|has\s+|have\s+|had\s+|would\s+|will\s+|later\s+|then\s+|also\s+"
    r"|again\s+|once\s+|\p{Ll}+(?:ed|s)\s+and\s+){0,2}"
)
# `Cruz said`, `a young woman exclaimed`, `he laughed and said`: the subject right before a cue.
_NOT_IN_NP = (
    r"(?!(?:and|or|but|that|which|who|whom|to|while|when|if|because|as|than|after|before|since"
    r"|until|once|unless|although|though|whether|whereas)\b)"
)
_SUBJECT_NP = (
    rf"(?:{_PRONOUN}|(?:{_NOT_IN_NP}\p{{Ll}}[\p{{L}}-]*\s+){{0,3}}{_NAME}"
    r"|(?i:the|a|an|his|her|their|its|one|another|some|many|several|two|three)"
    rf"(?:\s+{_NOT_IN_NP}[\p{{L}}\p{{N}}’'-]+){{1,7}}?)"
)
# `Rep. Ann Lee (D-Ohio) said`, `Sen. Bo Ray, R-Ky., said`: a party label after the name.
_LABEL = r"(?:\s*\([^()\n]{1,30}\)|,\s*\p{Lu}{1,2}-\p{Lu}[\p{L}.]{0,8},)?"
_SUBJECT_BEFORE_CUE = regex.compile(
    rf"[\s,—–]*(?P<speaker>{_SUBJECT_NP}){_LABEL}\s+{_MODIFIERS}", regex.V1
)
# `“...” ― Ann Lee`: a name after a dash, alone at the end of its line.
_DASH_SPEAKER = regex.compile(
    rf"\s*(?P<cue>[―—–-])\s*(?P<speaker>{_NAME})(?:,[^\n]{{1,100}})?(?=[\s.,]*(?:\n|\Z))",
    regex.V1,
)
_ABBREVIATION = regex.compile(r"(?:\b\p{Lu}\p{Ll}{0,3}|\b\p{L})\.$")
_INVERTED_SPEAKER = regex.compile(
    rf"\s+(?P<speaker>(?:\p{{Ll}}+\s+)?{_NAME}\s+(?:{_ROLE})\s+{_NAME}|{_NP}?)"
    # (a full stop ends it unless initials or a lowercase word go on: "a U.S. official")
    r"(?=\s*(?:[,;:!?(—–]|\.(?!\p{L}|\s+\p{Ll})|$|\s+"
    r"(?:on|in|at|to|during|after|before|about|of|when|while|who|as|last|this|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
    regex.V1,
)
# `Said Ellis: “...”`, `Said Dorothy Poynter, who grew up with him, “...”`
_INVERTED_BEFORE = regex.compile(
    rf"\s+(?P<speaker>{_NAME})(?:\s*:|,(?:[^“”\"\n:,]{{1,120}},)?)\s*", regex.V1
)
_INFINITIVE = regex.compile(r"\bto\s+$")
_INVERTED_GAP = regex.compile(r"[\s,—–]*")
# What may stand between a cue and the quote it introduces: a few words, then `:` or `,`; or
# the full stop of `Lee agreed. “...”`.
_TAIL_BEFORE_QUOTE = regex.compile(r"(?:(?:\s+[^\s“”\"„«.!?]+){0,8}?\s*[:,]?|\.)\s*")
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]—–“”\"«»\n]")
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}’'.-])[\p{L}]")
MAX_CUE_WORDS_AFTER = 6  # words between a quote's end and the cue that attributes it


def _after_quote(text: str, end: int, limit: int) -> tuple[Pair, Pair] | None:
    """`“...,” she said` and `“...,” said Ann Lee, a spokeswoman`: the cue right after a quote.

    A quotation closed by a full stop ends its sentence: a subject and cue after it open the
    next one (`Japan called it “an outlaw nation.” Russia urged calm`), unless that sentence
    is nothing but a speaker and a verb of speech (`“... missing.” Trump said.`).
    """
    if text[end - 2 : end - 1] == "." and _NEW_SENTENCE.match(text, end):
        return _bare_report(text, end, limit)
    for cue in LEXICON.find(text, end, limit):
        gap = text[end : cue.start]
        apposed = _NAME_AND_APPOSITION.fullmatch(text, end, cue.start, timeout=1.0)
        if apposed is not None and _verb_cue(text, cue):
            return apposed.span("speaker"), (cue.start, cue.end)
        if _words(gap) > MAX_CUE_WORDS_AFTER or _ends_sentence(gap):
            return None
        if " " not in cue.lemma and not _verb_cue(text, cue):
            continue
        if _INVERTED_GAP.fullmatch(text, end, cue.start):
            if cue.text.split()[0].lower().endswith("ing"):
                continue  # '"...," adding that X': a participle, never an inverted cue
            match = _INVERTED_SPEAKER.match(text, cue.end, limit, timeout=1.0)
            if match and match.group("speaker"):
                return match.span("speaker"), (cue.start, cue.end)
            continue
        as_clause = _AS_AFTER_QUOTE.match(text, end, cue.start)  # '“...,” as one aide put it'
        at = as_clause.end() if as_clause is not None else end
        match = _SUBJECT_BEFORE_CUE.fullmatch(text, at, cue.start, timeout=1.0)
        if match:
            return match.span("speaker"), (cue.start, cue.end)
    return None


# `“...” Trump said.`, `“...?” reacted Trump.`: a sentence of a speaker and a verb alone
_BARE_REPORT = regex.compile(
    rf"\s+(?:(?P<speaker>{_NAME})\s+(?P<cue>\p{{Ll}}+)|(?P<cue2>\p{{Ll}}+)\s+(?P<speaker2>{_NAME}))"
    r"[ \t]*[.!](?=\s|$)",
    regex.V1,
)


def _bare_report(text: str, end: int, limit: int) -> tuple[Pair, Pair] | None:
    """Speaker and cue of a sentence that is only `Trump said.` or `reacted Trump.` right
    after a quote; None for any other sentence."""
    match = _BARE_REPORT.match(text, end, limit, timeout=1.0)
    if match is None:
        return None
    cue = "cue" if match.group("cue") else "cue2"
    speaker = "speaker" if match.group("speaker") else "speaker2"
    lemma = cues.CUE_FORMS.get(match.group(cue))
    if lemma is None or lemma not in cues.SPEECH_LEMMAS:
        return None
    return match.span(speaker), match.span(cue)


_AS_AFTER_QUOTE = regex.compile(r"[\s,—–]*as\s+", regex.V1)
# '“...” Miller, a retired worker from a nuclear plant, says': a name and its apposition
_NAME_AND_APPOSITION = regex.compile(
    rf"\s*(?P<speaker>{_NAME}),\s[^,\n“”\"]{{1,100}},\s*", regex.V1
)


def _ends_sentence(gap: str) -> bool:
    """Whether text between a quote and a cue crosses a sentence end (`Mr.` does not)."""
    if any(ch in gap for ch in '!?\n“”"'):
        return True
    at = gap.find(".")
    while at >= 0:
        if not _ABBREVIATION.search(gap[max(0, at - 5) : at + 1]):
            return True
        at = gap.find(".", at + 1)
    return False


def _subject_of(text: str, lo: int, cue_start: int) -> Pair | None:
    """The subject written right before a cue in its clause (`When asked, Lee said` -> Lee)."""
    clause = lo
    for brk in _CLAUSE_BREAK.finditer(text, lo, cue_start):
        clause = brk.end()
    best: Pair | None = None
    for word in reversed(list(_WORD_START.finditer(text, clause, cue_start))):
        match = _SUBJECT_BEFORE_CUE.fullmatch(text, word.start(), cue_start, timeout=1.0)
        if match:
            best = match.span("speaker")  # grow leftwards while it is still one phrase
        elif best is not None:
            break
    if best is None and not text[clause:cue_start].strip():
        window = max(lo, cue_start - 160)
        for apposed in _APPOSED_BEFORE_CUE.finditer(text, window, cue_start, overlapped=True):
            if _CLAUSE_OPENS.search(text, max(lo, apposed.start() - 10), apposed.start()):
                return apposed.span("speaker")  # "As John Cornyn, the No. 2 in the GOP, put it"
    return best


# A name and its apposition right before a cue: "John Cornyn, the No. 2 in the GOP, "
_APPOSED_BEFORE_CUE = regex.compile(
    rf"(?<![\p{{L}}’'-])(?P<speaker>{_NAME}),\s(?:the|a|an)\s[^,\n“”\"]{{1,80}},\s*$", regex.V1
)


# What may stand right before a clause's subject: a sentence's end, "As", a coordinator
_CLAUSE_OPENS = regex.compile(r"(?:^|[.!?:;][”\"’]?\s+|\b(?:As|as|and|but|while)\s+)$", regex.V1)


# Cue lemmas that are also common nouns (`the attack`, `a blunt message`): their bare forms
# count as verbs only after a pronoun, a plural subject or an adverb.
_NOUNISH = frozenset(
    """
    attack message post order call fire point rule sign text email blast charge quote report
    plea comment dispute echo estimate object praise protest signal smile question challenge
    doubt forecast answer reply blog broadcast chant cry joke laugh promise pledge vow warning
    retort rebuke quip boast
    """.split()
)
_BEFORE_VERB = frozenset("i you we they who that which".split())
_DETERMINER_BEFORE = regex.compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|every|each|no)\s+)$"
)
# a word straight after one of these is its object, a noun: `secretary of state`
_PREPOSITION_BEFORE = regex.compile(
    r"(?i:\b(?:of|in|on|at|for|from|with|by|about|into|over|under|without|against|between|"
    r"during|through|upon|within)\s+)$"
)
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}’'.-]*[ \t\xa0]+$")  # (on one line)
_PREVIOUS_WORD = regex.compile(r"([\p{L}’']+)\s+$")
_TO_AFTER = regex.compile(r"\s+to\s")


def _after_preposition(text: str, cue: CueMatch) -> bool:
    """Whether a cue word is the object of a preposition (`of state`), not a verb; a gerund
    after one still reports (`after saying`)."""
    if cue.text.lower().endswith("ing"):
        return False
    return _PREPOSITION_BEFORE.search(text, max(0, cue.start - 30), cue.start) is not None


def _verb_cue(text: str, cue: CueMatch) -> bool:
    """Whether a cue word is used as a speech verb here, not as a noun (`the attack`)."""
    form = cue.text.lower()
    if form not in QUOTE_VERBS:
        return False
    window = text[max(0, cue.start - 30) : cue.start]
    if _DETERMINER_BEFORE.search(window):
        return False
    if cue.text[:1].isupper() and _NAME_BEFORE.search(window):
        return False  # part of a name: `the United States`
    if cue.lemma in _NOUNISH and not form.endswith(("ed", "ing")) and form not in ("said", "told"):
        previous = _PREVIOUS_WORD.search(window)
        word = previous.group(1).lower() if previous else ""
        return (
            word in _BEFORE_VERB
            or word.endswith("ly")
            or (form == cue.lemma and word[-1:] == "s")
            or (
                form != cue.lemma and form.endswith("s") and _NAME_BEFORE.search(window) is not None
            )
        )  # `they attack`, `Lee reports:`
    return True


# A dash, then a name and a colon right before the quote: the name is the quote's label
_LABEL_AFTER_DASH = regex.compile(rf"\s[-—–]\s+{_NAME}:\s*$", regex.V1)


def _before_quote(text: str, lo: int, start: int) -> tuple[Pair, Pair] | None:
    """`Lee said in a statement: “...”`: the last cue before a quote, and its subject."""
    found = [
        c
        for c in LEXICON.find(text, lo, start)
        if (" " in c.lemma and c.lemma not in _NOT_VERBAL) or _verb_cue(text, c)
    ]  # multiword cues too: "Hillary shot back, “...”"
    for cue in reversed(found):
        if cue.text[:1].isupper():
            inverted = _INVERTED_BEFORE.fullmatch(text, cue.end, start, timeout=1.0)
            if inverted is not None:  # `Said Ellis: “...”`
                return inverted.span("speaker"), (cue.start, cue.end)
        if _TO_AFTER.match(text, cue.end, start):
            continue  # `continue to be`: not a speech verb here
        if cue.lemma in cues.PAUSE_ONLY and not _PUNCTUATION_NEXT.match(text, cue.end):
            continue  # "once the Senate goes on recess, “...”": no speech
        if not _TAIL_BEFORE_QUOTE.fullmatch(text, cue.end, start, timeout=1.0):
            return None
        if _LABEL_AFTER_DASH.search(text, cue.end, start, timeout=1.0):
            return None  # "Pollsters agree - Carl Bialik: “...”": the label speaks
        participle = cue.text.lower().endswith("ing")
        if (
            participle
            and cue.lemma in _DISPLAY_LEMMAS
            and not _COMMA_BEFORE.search(text, lo, cue.start)
        ):
            noun = _displaying_noun(text, lo, cue.start)  # "a sign saying “...”"
            if noun is not None:
                return noun, (cue.start, cue.end)
        if participle:  # ", with Ryan asking, “...”": the noun of an absolute phrase speaks
            absolute = _absolute_subject(text, lo, cue.start)
            if absolute is not None:
                return absolute, (cue.start, cue.end)
        if participle or _INFINITIVE.search(text, lo, cue.start):
            return None  # `..., saying “...”`, `to say`: the subject is the main clause's
        speaker = _subject_of(text, lo, cue.start)
        if speaker is not None:
            return speaker, (cue.start, cue.end)
    return None


def _absolute_subject(text: str, lo: int, cue_start: int) -> Pair | None:
    """The noun of an absolute phrase right before a participle cue (", with Ryan asking"),
    else None."""
    subject = _subject_of(text, lo, cue_start)
    if subject is None:
        return None
    opening = _WITH.match(text, subject[0], subject[1])
    if opening is not None:  # the subject phrase took "with" in: the noun is after it
        return opening.end(), subject[1]
    before = _WITH_BEFORE.search(text, lo, subject[0])
    if before is None:
        return None
    return (before.start("part") if before.group("part") else subject[0]), subject[1]


def _displaying_noun(text: str, lo: int, cue_start: int) -> Pair | None:
    """The thing whose words a participle right after it gives ("held up a sign saying
    “...”", "ends with a voice over saying: “...”"): a noun phrase with an article, right
    before the cue. Not a statement or a release, whose words are its issuer's ("issued a
    statement saying"), nor a gerund's object ("without saying", "by tweeting")."""
    noun = _subject_of(text, lo, cue_start)
    if noun is None:
        return None
    words = text[noun[0] : noun[1]].lower().split()
    if words[0] not in _ARTICLES or len(words) < 2 or words[-1] in MEDIUM_NOUNS:
        return None
    if any(w in _GERUND_BEFORE for w in words[1:]):
        return None
    return noun


# What a sign, a banner or an ad does with its words: "a sign saying", "a banner reading"
_DISPLAY_LEMMAS = frozenset("say read declare proclaim announce ask warn urge demand".split())
_GERUND_BEFORE = frozenset("of without upon by after before for about in on at".split())


# "video of Trump saying", "footage of him telling": a recording of a person speaking
_SHOWN_SPEAKING = regex.compile(
    r"(?i:footage|video|videos|audio|clip|clips|recording|tape|film)\s+of\s+"
    rf"(?P<speaker>{_NAME}|him|her|them)\s+(?P<cue>\p{{Ll}}+ing)\b",
    regex.V1,
)


def _shown_speaking(text: str, lo: int, start: int) -> tuple[Pair, Pair] | None:
    """The person a recording shows speaking right before a quote ("The spot ends with
    footage of Trump saying during the debate, “...”"): the last such phrase in the
    sentence, its participle a verb of speech."""
    found: tuple[Pair, Pair] | None = None
    for match in _SHOWN_SPEAKING.finditer(text, max(lo, start - WINDOW), start, timeout=1.0):
        if cues.CUE_FORMS.get(match.group("cue").lower()) in SPEECH_LEMMAS:
            found = match.span("speaker"), match.span("cue")
    return found


def adjacent_attribution(
    text: str, start: int, end: int, paragraph_start: int, paragraph_end: int
) -> tuple[Pair, Pair] | None:
    """Speaker and cue spans written right next to a quotation: after it, else before it."""
    limit = min(paragraph_end, end + WINDOW)
    found = _after_quote(text, end, limit)
    if found is not None:
        return found
    if text[end - 2 : end - 1] in ",?!—–":  # a quoted sentence that the attribution completes
        match = _AFTER_ANY_VERB.match(text, end, limit, timeout=1.0)
        if match:
            return match.span("speaker"), match.span("cue")
        if _inverted_cue_follows(text, end, limit):
            return None  # (its speaker is the reported-speech analysis's to read)
    return _before_quote(text, max(paragraph_start, start - WINDOW), start)


def _inverted_after(attribution: Attribution, end: int) -> bool:
    """Whether a report follows a quote ending at ``end`` as `“...,” the senator said`: its
    source between the quote and its cue, a verb of speech ("said", "told"; not "according
    to", nor a news outlet's "reported")."""
    source = attribution.source
    return (
        source is not None
        and end <= source.start
        and source.end <= attribution.cue.start
        and len(attribution.cue.text.split()) == 1
        and _cue_lemma(attribution) in _SPEECH_NOT_REPORT
    )


_SPEECH_NOT_REPORT = SPEECH_LEMMAS - {"report"}  # ("reported the Washington Examiner")


def _cue_lemma(attribution: Attribution) -> str | None:
    """The lemma of a report's cue, by its first word ("said" -> say)."""
    words = attribution.cue.text.lower().split()
    return cues.CUE_FORMS.get(words[0]) if words else None


_CLAUSE_WORD = regex.compile(r"(?i)\b(?:and|but|or|while|as|because|so|when|after|then)\b")


def _inverted_cue_follows(text: str, end: int, limit: int) -> bool:
    """Whether a verb of speech follows the quote within a few words of its clause (`“...,”
    said Libertarian presidential candidate Gary Johnson`, `“...,” Cruz’s lawyers said`)
    though no pattern here reads its speaker: then no cue before the quote (`Tom Smith
    spoke.`) may take it; the reported-speech analysis names the speaker."""
    for cue in LEXICON.find(text, end, min(limit, end + 80)):
        gap = text[end : cue.start]
        return (
            _words(gap) <= 4
            and not _ends_sentence(gap)
            and _CLAUSE_WORD.search(gap) is None  # (not '“...,” and he vowed')
            and _verb_cue(text, cue)
            and not cue.text.lower().endswith("ing")
        )
    return False


# `He then said`, `Sanders credited ... to “...”`: a sentence's subject and its first verb.
# A past form, which ends a subject rather than heading it: "The Post sent", "The panel voted"
_NOT_A_PAST = rf"(?!(?:{'|'.join(sorted(cues.IRREGULAR_PASTS))}|\p{{Ll}}+ed)\b)"
_MAIN_SUBJECT = regex.compile(
    r"(?:[^,\n“”\"]{1,60},\s+){0,2}(?:(?:And|But|So|Yet|Then|Still|Instead)\s+(?:then\s+)?)?"
    rf"(?P<speaker>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|{_NAME}(?:\s+(?:and|of)\s+{_NAME})?"
    # "Sanders protesters interrupted": a name and a plural noun for people
    r"(?:\s+\p{Ll}+(?:ers|ors|ists|ians|ants|ents)(?=\s+\p{Ll}+ed\b))?"
    # "Hillary Clinton’s right-hand woman rallied": a name's role or body
    rf"(?:[’']s\s+(?!\p{{Ll}}+(?:ed|es|s)\b)\p{{Ll}}[\p{{Ll}}-]*"
    rf"(?:\s+(?!\p{{Ll}}+(?:ed|es|s)\b)\p{{Ll}}[\p{{Ll}}-]*)?(?=\s))?"
    r"|(?:The|A|An|Another|Other|Several|Many|Some|Two|Three)\s+"
    rf"(?:{_NOT_IN_NP}\p{{L}}[\p{{L}}-]*\s+){{0,2}}?{_NOT_A_PAST}\p{{Ll}}[\p{{Ll}}-]*(?:,\s+{_NAME},)?)"
    rf"{_LABEL}(?:,\s[^,\n“”\"]{{1,80}},)?\s+(?:\p{{Ll}}+ly\s+|also\s+|then\s+|later\s+|has\s+|had\s+){{0,2}}"
    r"(?P<verb>\p{Ll}{2,}(?:ed|es|s)|said|told|wrote|spoke|made|took|gave|went)\b",
    regex.V1,
)


def main_subject(text: str, sentence_start: int, quote_start: int) -> tuple[Pair, Pair] | None:
    """The subject and verb that open the sentence a quote sits in (a weak speaker rule)."""
    match = _MAIN_SUBJECT.match(text, sentence_start, quote_start, timeout=1.0)
    if match is None or match.group("speaker").lower() in _LEADING_NOT_SUBJECT:
        return None
    return match.span("speaker"), match.span("verb")


# `“...,” Lee said, according to the AP`: the outer source reports the whole attribution.
_ACCORDING = regex.compile(
    rf"[^.!?\n“”\"]{{0,60}}?,\s+(?P<cue>according\s+to)\s+(?P<speaker>{_NP})", regex.V1
)


def according_to(text: str, found: tuple[Pair, Pair], limit: int) -> tuple[Pair, Pair] | None:
    """The outer source when `, according to X` follows an adjacent attribution."""
    after = max(found[0][1], found[1][1])
    match = _ACCORDING.match(text, after, limit, timeout=1.0)
    if match is None:
        return None
    return match.span("speaker"), match.span("cue")


def participle_subject(
    text: str, sentence_start: int, quote_start: int
) -> tuple[Pair, Pair] | None:
    """`Lee attacked the plan, saying “...”`: a participle cue takes the sentence's subject."""
    found = list(LEXICON.find(text, max(sentence_start, quote_start - WINDOW), quote_start))
    if not found:
        return None
    cue = found[-1]
    if not cue.text.lower().endswith("ing") or cue.text.lower() not in QUOTE_VERBS:
        return None
    if not text[max(sentence_start, cue.start - 8) : cue.start].rstrip().endswith(","):
        return None
    subject = main_subject(text, sentence_start, cue.start)
    return None if subject is None else (subject[0], (cue.start, cue.end))


_COLON_SPEAKER = regex.compile(
    rf"(?P<speaker>{_NAME}(?:\s+and\s+{_NAME})?)"
    r"(?:\s*\([^()\n]{1,20}\))?"  # "Rep. Trey Gowdy (R-S.C.): “...”"
    # "Clinton in December 1992: “...”": when the words were said
    r"(?:\s+(?:in|on)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\p{N}{1,2},?\s+)?\p{N}{4})?"
    r"\s*(?P<cue>:)\s*",
    regex.V1,
)
COLON_REACH = 80  # characters before a quote in which `Name: “...”` is looked for
CLOSING_MARKS = frozenset("\"”’'")


# `... surprise pollster Dan Shaw: “...”`: a full name (two words or more) right before `:`.
_NAME_COLON = regex.compile(
    rf"(?<![\p{{L}}’'.-])(?P<speaker>\p{{Lu}}[\p{{L}}’'.-]*(?:\s+\p{{Lu}}[\p{{L}}’'.-]*){{1,3}}"
    rf"(?:\s+and\s+{_NAME})?)\s*(?P<cue>:)\s*$",
    regex.V1,
)
_PREPOSITION_BEFORE = regex.compile(
    r"(?i:\b(?:in|at|on|from|to|of|for|by|with|into|near|about|across|over)\s+)$"
)


def _object_or_place(text: str, lo: int, name_start: int) -> bool:
    """Whether the word before a name makes it a place or a verb's object (`telling Radio X`)."""
    if _PREPOSITION_BEFORE.search(text, lo, name_start):
        return True
    previous = _PREVIOUS_WORD.search(text, lo, name_start)
    word = previous.group(1).lower() if previous else ""
    if previous is not None and _NOUN_MARKER_BEFORE.search(text, lo, previous.start()):
        return False  # "secretary of state Hillary Clinton:": *state* is a noun there
    return word in QUOTE_VERBS or word.endswith(("ing", "ed"))


_NOUN_MARKER_BEFORE = regex.compile(r"(?i:\b(?:of|the|a|an)\s+)$")


def colon_attribution(text: str, lo: int, start: int) -> tuple[Pair, Pair] | None:
    """`Clinton: “...”` in a transcript or a list: a name and a colon opening the line.

    A full name ending the words before the quote, with a colon (`... pollster Dan Shaw:`),
    is a speaker too, unless a preposition makes it a place (`in New York:`).
    """
    window = max(lo, start - COLON_REACH)
    ending = _NAME_COLON.search(text, window, start, timeout=1.0)
    if ending is not None and not _object_or_place(
        text, max(lo, ending.start() - 30), ending.start()
    ):
        return _cue_opening(text, ending.span("speaker"), ending.span("cue"))
    for head in _WORD_START.finditer(text, window, start):
        before = text[max(0, head.start() - 3) : head.start()].rstrip(" ")
        ended_quote = before[-1:] in CLOSING_MARKS and before[-2:-1] in (".", "?", "!")
        if (
            head.start() > lo
            and before[-1:] not in ("\n", ".", "-", "—", "–", ";", "")
            and not ended_quote  # 'Clinton: “...” Bush: “...”' in one paragraph
        ):
            continue
        match = _COLON_SPEAKER.fullmatch(text, head.start(), start, timeout=1.0)
        if match:
            return _cue_opening(text, match.span("speaker"), match.span("cue"))
    return None


def _cue_opening(text: str, speaker: Pair, cue: Pair) -> tuple[Pair, Pair]:
    """`Said Rosenberg: “...”`: a verb of saying opening the label is the cue, and the words
    after it the speaker."""
    first, space, rest = text[speaker[0] : speaker[1]].partition(" ")
    lemma = CUE_FORMS.get(first.lower())
    if not rest or lemma is None or lemma not in SPEECH_LEMMAS:
        return speaker, cue
    after = speaker[0] + len(first) + len(space)
    return (after, speaker[1]), (speaker[0], speaker[0] + len(first))


# `"PENCE: Well, ..."`: a quoted transcript turn opens with its speaker's label in capitals.
_TRANSCRIPT_LABEL = regex.compile(
    r"(?P<speaker>\p{Lu}{2,}(?:[ .]\p{Lu}{2,}){0,2})(?P<cue>:)\s", regex.V1
)


def transcript_label(text: str, start: int, end: int) -> tuple[Pair, Pair] | None:
    """The capitalised speaker label that opens a quoted transcript turn, and its colon."""
    match = _TRANSCRIPT_LABEL.match(text, start + 1, end, timeout=1.0)
    return (match.span("speaker"), match.span("cue")) if match else None


_NOT_SPACE = regex.compile(r"\S")


def dash_attribution(text: str, end: int, limit: int) -> tuple[Pair, Pair] | None:
    """Speaker and dash of `“...” ― Ann Lee`: a name (and a place: `- Ann Lee, Ohio`) after a
    dash that ends the line, also on a line of its own after a quote that ends its paragraph."""
    if not text[end:limit].strip():  # the quote ends its paragraph: look at the next line
        following = _NOT_SPACE.search(text, end)
        line_end = text.find("\n", following.start()) if following else -1
        limit = len(text) if line_end < 0 else line_end
    match = _DASH_SPEAKER.match(text, end, limit, timeout=1.0)
    return (match.span("speaker"), match.span("cue")) if match else None


_LEADING_NOT_SUBJECT = (
    frozenset(
        """
    when while if as after before since because although though but and or so then yet
    still also asked speaking in on at for of to from by with without during earlier later
    meanwhile however instead now today yesterday amid amidst despite among through
    throughout across under over against toward towards upon within beyond unlike
    """.split()
    )
    | cues.REPORTING_PASTS
)
_POSSESSIVES = frozenset("his her their its my our your whose".split())


def clean_speaker(text: str, start: int, end: int, cue: Pair | None = None) -> Pair | None:
    """A speaker span without leading conjunctions or prepositions; None for no subject.

    A possessive (`Trump's`, `his`) or a time phrase cannot be the subject of a speech verb;
    a possessive owns a ``cue`` noun right after it (`her remark that “...”`).
    """
    while start < end:
        word = _WORD.match(text, start, end)
        if word is None or word.group().lower() not in _LEADING_NOT_SUBJECT:
            break
        start = word.end()
        while start < end and not text[start].isalnum():
            start += 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    if start >= end:
        return None
    surface = text[start:end]
    words = surface.split()
    if (
        surface.endswith(("'s", "’s", "s'", "s’"))
        or (len(words) == 1 and words[0].lower() in _POSSESSIVES)
    ) and not _owns_noun_cue(text, end, cue):
        return None
    if not _plausible(Span.of(text, start, end)):
        return None
    return start, end


_OWNED_NOUNS = NOUN_CUES | STANCE_NOUNS  # nouns of saying and of stance a possessive owns


def _owns_noun_cue(text: str, end: int, cue: Pair | None) -> bool:
    """Whether the cue right after a speaker ending at ``end`` is a noun of saying or of
    stance, which a possessive owns ("her remark that", "Trump's claim that")."""
    return (
        cue is not None
        and not text[end : cue[0]].strip()
        and text[cue[0] : cue[1]].lower() in _OWNED_NOUNS
    )


_NOT_SPEAKERS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    tonight earlier later shortly speaking hours minutes days weeks months years last
    next those no yes there here
    """.split()
)


_TIME_NOUNS = frozenset(
    "past time moment day week month year weekend morning afternoon evening night".split()
)
_DETERMINERS = frozenset("the a an this that these all some each every".split())
_VERBS_IN_CONTENT = frozenset("is are was were be been have has had will would can could".split())


def _plausible(source: Span | None) -> bool:
    """Whether a mention can name a speaker: not a time phrase, not "it" or "there"."""
    if source is None:
        return False
    words = source.text.lower().split()
    first = words[0].strip(",.") if words else ""
    if not first or first in _NOT_SPEAKERS:
        return False
    if first[:1].isdigit() and (
        first.replace(",", "").replace(".", "").isdigit()
        or not any(w[:1].isupper() for w in source.text.split()[1:])
    ):
        return False  # "2016", "10 percent", "1,300 Clinton emails": a figure, but a name
        # after a modifier with digits speaks ("9/11 widow Terry Strada", "81-year-old X")
    last = words[-1].strip(",.")
    if last in _TIME_NOUNS or (len(words) == 1 and first in _DETERMINERS):
        return False  # `the past`, `the time`, a bare `The`
    return _VERBS_IN_CONTENT.isdisjoint(words[1:])  # "the message was": content, not a source


def _kind(text: str, start: int, end: int) -> str:
    """``direct`` for a quoted sentence or clause, ``mixed`` for a fragment inside paraphrase."""
    inner = text[start + 1 : end - 1].rstrip()
    before = text[max(0, start - 40) : start]
    ends_clause = inner[-1:] in _SENTENCE_END + ","
    stripped = before.rstrip()
    opens_clause = not stripped or "\n" in before[len(stripped) :] or stripped[-1] in ":,.!?…—–"
    return "direct" if ends_clause and (opens_clause or _words(inner) > 6) else "mixed"


_MINOR_WORDS = frozenset(
    """
    a an the of and or in on at to for with from by as vs
    """.split()
)
_TITLE_CONTEXT = regex.compile(
    r"(?:['’]s|\b(?:show|program|programme|podcast|book|books|film|movie|album|series|song|"
    r"newspaper|magazine|titled|entitled|memoir|novel|hit|play|column|segment|on|to))\s*$",
    regex.IGNORECASE,
)


def _title_like(inner: str) -> bool:
    """A short, title-cased phrase ("Meet the Press"): a title or name, not speech."""
    words = inner.strip(" ,.!?:;").split()
    if not 0 < len(words) <= 8:
        return False
    content = [w for w in words if w.lower() not in _MINOR_WORDS or w is words[0]]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _is_title(text: str, start: int, inner: str) -> bool:
    """A quoted title: title-cased, after a possessive or a word such as show, book, on."""
    return _title_like(inner) and bool(_TITLE_CONTEXT.search(text, max(0, start - 30), start))


def _interrupts(text: str, first: tuple[int, int], second: tuple[int, int], cue: Span) -> bool:
    """Whether ``second`` resumes ``first`` after an attribution: “We will win,” she said, “and soon.”"""
    gap = text[first[1] : second[0]]
    return (
        "\n" not in gap
        and text[first[1] - 2 : first[1] - 1] in ",—–"
        and first[1] <= cue.start < second[0]
        and 1 <= _words(gap) <= MAX_GAP_WORDS
        and gap.rstrip()[-1:] in MERGE_GAP_ENDS
        and not _ends_sentence(gap.rstrip()[:-1])  # `Lee said. He added, “...”`: two quotes
        and not _second_report(text, cue.end, second[0])
    )


_AND_CLAUSE = regex.compile(r",?\s+(?:and|but|while|as|then)\s+\S")


def _second_report(text: str, lo: int, hi: int) -> bool:
    """Whether another clause with its own speech verb follows the cue (`, and he cut in.`)."""
    clause = _AND_CLAUSE.search(text, lo, hi)
    if clause is None:
        return False
    found = LEXICON.find(text, clause.end() - 1, hi)
    return any(" " in c.lemma or _verb_cue(text, c) for c in found)


@attrs.frozen
class _Attributed:
    """A quotation's span with the speaker and cue found for it."""

    start: int
    end: int
    speaker: Mention | None
    cue: Span | None
    confidence: float


# How sure each speaker rule is (measured on PolNeAR train: see docs/quotes.md).
ADJACENT, SUBJECT, REPORTED, INTRODUCED, PRECEDING, CONTINUED = 0.92, 0.85, 0.8, 0.75, 0.45, 0.7
NO_SPEAKER_DIRECT, NO_SPEAKER_MIXED = 0.5, 0.3
MAIN_SUBJECT = 0.72


def _paragraph_bounds(document: Document, offset: int) -> tuple[int, int]:
    sentence = document.sentence_at(offset)
    if sentence is None or sentence.paragraph < 0:
        return 0, len(document.text)
    paragraph = document.paragraphs[sentence.paragraph]
    return paragraph.start, paragraph.end


def _attributed(
    text: str,
    resolver: NameResolver,
    span: Pair,
    speaker: Pair,
    cue: Pair | None,
    confidence: float,
    owner: bool = False,
) -> _Attributed | None:
    """A quote with its speaker, or None when the speaker words are not a subject (or, for
    an ``owner``, the possessive before a noun cue)."""
    cleaned = clean_speaker(text, *speaker, cue if owner else None)
    if cleaned is None:
        return None
    s_start, s_end = cleaned
    mention = Mention(
        start=s_start, end=s_end, text=text[s_start:s_end], name=resolver.name(s_start, s_end)
    )
    return _Attributed(
        start=span[0],
        end=span[1],
        speaker=mention,
        cue=None if cue is None else Span.of(text, *cue),
        confidence=confidence,
    )


def _attribute(
    document: Document, context: _Context, resolver: NameResolver, start: int, end: int
) -> _Attributed:
    text = document.text
    kind = _kind(text, start, end)
    span = (start, end)
    sentence = document.sentence_at(start)
    sentence_start = sentence.start if sentence is not None else start
    resumed = document.past_dateline(sentence_start)  # "WASHINGTON (UPI) —" is no speaker
    if resumed <= start:
        sentence_start = resumed
    opens = sentence is not None and sentence_start < start
    opening = sentence_subject(text, sentence_start, start) if opens else None
    shown = _shown_speaking(text, sentence_start, start)
    if shown is not None:  # "The ad shows video of Trump saying, “...”"
        found = _attributed(text, resolver, span, *shown, ADJACENT)
        if found is not None:
            return found
    if kind == "direct":
        p_start, p_end = _paragraph_bounds(document, start)
        adjacent = adjacent_attribution(text, start, end, p_start, p_end)
        if adjacent is not None and opening is not None and _outer(text, opening, adjacent, end):
            adjacent = opening
        if adjacent is not None:
            adjacent = according_to(text, adjacent, p_end) or adjacent
            found = _attributed(text, resolver, span, *adjacent, ADJACENT)
            if found is not None:
                return found
        colon = colon_attribution(text, p_start, start) or transcript_label(text, start, end)
        if colon is not None:
            found = _attributed(text, resolver, span, *colon, SUBJECT)
            if found is not None:
                return found
        dashed = dash_attribution(text, end, p_end)
        if dashed is not None:
            found = _attributed(text, resolver, span, *dashed, ADJACENT)
            if found is not None:
                return found
    if opening is not None:
        inner = context.in_adverbial_clause(opening[1][1], start)
        if inner is not None:  # "X weighed in, hours after Sanders said he was “encouraged”"
            opening = inner
        coordinated = context.coordinated(opening[1][1], start)
        if coordinated is not None:  # "Ryan saying X and Trump calling it a “great meeting”"
            opening = coordinated
        found = _attributed(text, resolver, span, *opening, SUBJECT)
        if found is not None:
            return found
    # (confidence, where the speaker is, whether a possessive owning a noun cue may speak)
    steps: list[tuple[float, Callable[[], tuple[Pair, Pair | None] | None], bool]] = [
        (
            REPORTED,
            lambda: participle_subject(text, sentence_start, start) if opens else None,
            False,
        ),
        (REPORTED, lambda: _pairs(context.speaker_of(start, end, kind)), False),
        (REPORTED, lambda: _pairs(context.owner_of(start, end)), True),  # "her remark that"
        (INTRODUCED, lambda: _pairs(context.introduced(start)), False),
        (INTRODUCED, lambda: _introduced(document, start), False),
        (MAIN_SUBJECT, lambda: main_subject(text, sentence_start, start) if opens else None, False),
        (PRECEDING, lambda: _pairs(context.preceding(start)), False),
    ]
    for confidence, step, owner in steps:
        pairs = step()
        if pairs is not None:
            found = _attributed(text, resolver, span, *pairs, confidence, owner=owner)
            if found is not None:
                return found
    unattributed = NO_SPEAKER_DIRECT if kind == "direct" else NO_SPEAKER_MIXED
    return _Attributed(start=start, end=end, speaker=None, cue=None, confidence=unattributed)


def _outer(text: str, opening: tuple[Pair, Pair], found: tuple[Pair, Pair], end: int) -> bool:
    """Whether the sentence's opening speaker reports the clause that holds a found attribution.

    `Lynch said she recalled thinking, “...”` and `Clinton says X. “...” She says`: the outer
    source speaks for the quote, not the clause inside its content or the next sentence's cue.
    """
    (_, _), (_, opening_cue_end) = opening
    (speaker_start, _), (cue_start, _) = found
    if cue_start >= end:  # a cue after the quote: only when the quote ends its sentence there
        return text[end - 2 : end - 1] in ".!?" and _NEW_SENTENCE.match(text, end) is not None
    if speaker_start < opening_cue_end:
        return False
    between = text[opening_cue_end:speaker_start]  # the inner clause is the outer cue's content
    if _CLAUSE_COORDINATOR_END.search(between):
        return False  # "a woman asked for a photo and Clinton said, “...”": a clause of its own
    return not any(ch in between for ch in ",;:") and _words(between) <= MAX_OUTER_GAP


_CLAUSE_COORDINATOR_END = regex.compile(r"(?<!\S)(?:and|but|while|whereas)\s*$", regex.V1)


MAX_OUTER_GAP = 15  # words between an outer cue and the inner clause's subject
_NEW_SENTENCE = regex.compile(r"\s+\p{Lu}")


def _pairs(attribution: Attribution | None) -> tuple[Pair, Pair | None] | None:
    """An attribution's source and cue spans."""
    if attribution is None or attribution.source is None:
        return None
    source, cue = attribution.source, attribution.cue
    return (source.start, source.end), (cue.start, cue.end)


def _introduced(document: Document, start: int) -> tuple[Pair, Pair] | None:
    """`Cruz continued:` ending the paragraph before a paragraph that opens with the quote."""
    here = document.sentence_at(start)
    if here is None or here.paragraph <= 0:
        return None
    if document.paragraphs[here.paragraph].start != start:
        return None
    previous = document.paragraphs[here.paragraph - 1]
    if not previous.text.rstrip().endswith(":"):
        return None
    last = document.sentence_at(previous.end - 1)
    lo = max(last.start if last else previous.start, previous.end - WINDOW)
    found = _before_quote(document.text, lo, previous.end)
    issued = _ISSUED_STATEMENT.search(document.text, lo, previous.end, timeout=1.0)
    if found is None and issued is not None:
        # "Trump issued the following statement:": the subject of the verb that issues it
        speaker = _subject_of(document.text, lo, issued.start("verb"))
        if speaker is not None:
            found = speaker, issued.span("verb")
    return found


# A verb issuing a text, closing a paragraph: "X issued the following statement:", "X posted
# a message:"
_ISSUED_STATEMENT = regex.compile(
    r"(?<![\p{L}])(?P<verb>\p{Ll}{3,}(?:ed|s))\s+(?:(?:the|a|an|this|his|her|their|its)\s+)?"
    r"(?:(?:following|brief|short|written|new|lengthy)\s+)?"
    r"(?:statement|message|letter|post|tweet|note|e-?mail|remarks|response|reply)s?:\s*$"
)


def extract_quotes(document: Document) -> list[Quote]:
    """The quotes of ``document`` with their speakers, in text order."""
    text = document.text
    spans = pair_quotes(document)
    if not spans:
        return []
    context = _Context.of(document, spans)
    resolver = NameResolver(text)
    merged: list[_Attributed] = []
    for start, end in spans:
        found = _attribute(document, context, resolver, start, end)
        if found.speaker is not None:
            antecedent = context.relative_name(found.speaker)
            if antecedent is not None:
                found = attrs.evolve(found, speaker=attrs.evolve(found.speaker, name=antecedent))
        if merged:
            prev = merged[-1]
            if (
                prev.cue is not None
                and _interrupts(text, (prev.start, prev.end), (start, end), prev.cue)
                and not (
                    found.cue is not None
                    and found.cue.start >= end
                    and text[end - 2 : end - 1] not in ".!?"
                )
            ):
                merged[-1] = attrs.evolve(prev, end=end)
                continue
        merged.append(found)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for item in merged:
        start, end = item.start, item.end
        speaker, cue = item.speaker, item.cue
        confidence = item.confidence
        if (
            previous is not None
            and previous.speaker is not None
            and (
                _continues(document, previous, start)
                or (
                    _same_paragraph(document, previous, start)
                    and _kind(text, start, end) == "direct"
                )
            )
            and (cue is None or cue.start < previous.end or confidence <= PRECEDING)
        ):
            speaker, cue, confidence = previous.speaker, previous.cue, CONTINUED
        inner = text[start + 1 : end - 1]
        if not _speech_like(text, start, inner):
            continue
        kind = _kind(text, start, end)
        if _is_title(text, start, inner):
            continue  # the title of a show, book or paper
        if speaker is None and (_title_like(inner) or _words(inner) <= MAX_SCARE_WORDS):
            continue  # a title or scare quotes, not somebody's words
        quote = Quote(
            start=start,
            end=end,
            text=text[start:end],
            kind=kind,  # type: ignore[arg-type]
            speaker=speaker,
            cue=cue,
            confidence=confidence,
        )
        if previous is not None and _same_clause(document, previous, quote):
            quote = attrs.evolve(previous, end=end, text=text[previous.start : end], kind="mixed")
            quotes[-1] = quote
        else:
            quotes.append(quote)
        previous = quote
    return quotes


def _same_clause(document: Document, previous: Quote, quote: Quote) -> bool:
    """Whether two quoted fragments belong to one report: `called it “a” and “b”`.

    Fragments of the same sentence with the same speaker and cue, no other quotation or
    sentence end or speech verb between them, are one mixed quote.
    """
    if quote.kind != "mixed" and previous.kind != "mixed":
        return False
    if previous.cue is None or quote.cue is None or previous.speaker is None:
        return False
    if quote.speaker is None or (quote.cue.start, quote.cue.end) != (
        previous.cue.start,
        previous.cue.end,
    ):
        return False
    if (quote.speaker.start, quote.speaker.end) != (previous.speaker.start, previous.speaker.end):
        return False
    here, before = document.sentence_at(quote.start), document.sentence_at(previous.end - 1)
    if here is None or before is None or here.start != before.start:
        return False
    text = document.text
    gap = text[previous.end : quote.start]
    if "\n" in gap or _words(gap) > MAX_FRAGMENT_GAP:
        return False
    return not any(_verb_cue(text, c) for c in LEXICON.find(text, previous.end, quote.start))


def _speech_like(text: str, start: int, inner: str) -> bool:
    """Words in quotation marks, not a markup attribute (``id="123"``) or a bare number."""
    if start > 0 and text[start - 1] == "=":
        return False
    return any(ch.isalpha() for ch in inner)


def _same_paragraph(document: Document, previous: Quote, start: int) -> bool:
    """Whether the quote follows the previous one in the same paragraph."""
    here = document.sentence_at(start)
    before = document.sentence_at(previous.end - 1)
    return here is not None and before is not None and here.paragraph == before.paragraph


def _continues(document: Document, previous: Quote, start: int) -> bool:
    """Whether a quote opening a paragraph follows the previous quote's paragraph directly."""
    here = document.sentence_at(start)
    before = document.sentence_at(previous.end - 1)
    if here is None or before is None or here.paragraph < 0:
        return False
    if document.paragraphs[here.paragraph].start != start:
        return False
    return here.paragraph - before.paragraph == 1


@hookimpl
def newsparse_extract_quotes(document: Document) -> list[Quote]:
    """Default plugin: the quotes of ``document``."""
    return extract_quotes(document)


__all__: Sequence[str] = ["extract_quotes", "newsparse_extract_quotes", "pair_quotes"]
