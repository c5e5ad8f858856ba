"""Tokens of one sentence for the reported-speech rules: words, marks and what they are.

:func:`tokenize` splits a sentence into :class:`Tok` tuples (offsets, text, lower-cased
text, words before); the predicates here read one token (a word, a capitalised word, an
abbreviation before its full stop) or a token range.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

import regex

from newsparse.cues import IRREGULAR_PASTS
from newsparse.document import narrow
from newsparse.extractors._reported_lexicon import (
    ABBREVIATIONS,
    ADJECTIVE_ENDINGS,
    ADJUNCT_WORDS,
    DETERMINERS,
    NP_STOP,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    QUANTIFIER_PRONOUNS,
    SENTENCE_ADVERBS,
    STRIP,
    SUBJECT_WORDS,
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


def past_form(tok: Tok) -> bool:
    """A lowercase past form: an irregular one ("drew", "made") or one in -ed ("released")."""
    low = tok.low
    return not is_capitalised(tok) and (
        low in IRREGULAR_PASTS or (low.endswith("ed") and len(low) > 4)
    )


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


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` past the spaces and punctuation that open or close no content."""
    return narrow(text, start, end, STRIP)


def char_range(toks: list[Tok], start: int, stop: int) -> tuple[int, int]:
    """The character range from token ``start`` up to token ``stop``."""
    return toks[start].start, toks[stop].start


def opens_quotation(toks: list[Tok], start: int) -> bool:
    """Whether an opening quotation mark is the token at character ``start``."""
    n = bisect_right(toks, start, key=token_start) - 1
    return n >= 0 and toks[n].start == start and toks[n].text in OPEN_QUOTES


def token_start(tok: Tok) -> int:
    return tok.start
