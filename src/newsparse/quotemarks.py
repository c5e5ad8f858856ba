"""Quotation marks paired into quotes: curly, straight, « », „ “; several paragraphs; stray marks."""

from __future__ import annotations

from bisect import bisect_right

import attrs
import regex

from newsparse.document import Document, Span

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = regex.compile(r'[“”„«»"]')
MAX_QUOTE = 20_000  # characters: a longer "quote" is a run of stray marks
# A transcript turn's speaker label: "WALLACE:", "SEN. KAINE:"
_TURN_LABEL = regex.compile(r"\p{Lu}[\p{Lu}.'’ -]{1,30}:")


@attrs.frozen
class _Raw:
    """Quotation marks paired: the span from opening to closing mark, both included."""

    start: int
    end: int
    opened_paragraph: bool  # the opening mark starts its paragraph


def _is_opening_straight(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;,'‘" or not before.isalnum()


def _family(mark: str) -> str:
    """Straight marks nest inside curly ones and the other way round, never in their own kind."""
    return "straight" if mark == STRAIGHT else "typographic"


def _pair_paragraph(
    text: str, start: int, end: int, carried: tuple[int, str] | None
) -> tuple[list[_Raw], tuple[int, str] | None]:
    """Pair the marks of one paragraph; ``carried`` is a quote left open by the previous one
    (where it opened, and its mark).

    A quote may hold one quote of the other family (`"... “...” ..."`); a second opening mark
    of the same family means the earlier one was stray.
    """
    found: list[_Raw] = []
    stack: list[tuple[int, str]] = [] if carried is None else [carried]
    first_mark = True
    for match in MARKS.finditer(text, start, end):
        at = match.start()
        mark = match.group()
        leading = first_mark and not text[start:at].strip()
        first_mark = False
        if carried is not None and leading and (mark in OPENING or mark == STRAIGHT):
            continue  # the repeated opening mark of a quote that runs on
        carried = None
        opening = mark in OPENING or (mark == STRAIGHT and _is_opening_straight(text, at))
        if not stack:
            if opening:
                stack.append((at, mark))
            continue
        opened, opened_char = stack[-1]
        closes = (
            mark in CLOSING
            or (mark == "“" and opened_char == "„")
            or (
                mark == STRAIGHT and (opened_char == STRAIGHT or not _is_opening_straight(text, at))
            )
        )
        if closes and len(stack) == 2 and _family(mark) != _family(opened_char):
            stack.pop()  # the inner opening mark was stray: this mark closes the outer quote
            opened, opened_char = stack[-1]
        if closes:
            if at + 1 - opened <= MAX_QUOTE:
                found.append(_Raw(start=opened, end=at + 1, opened_paragraph=False))
            stack.pop()
        elif opening and len(stack) == 1 and _family(mark) != _family(opened_char):
            stack.append((at, mark))  # a quote inside the quote
        elif opening:
            stack[-1] = (at, mark)  # the earlier opening mark was stray
    return found, stack[0] if stack else None


# Single quotation marks, the outer quotes of British style: ‘...’ and '...'
SINGLE_MARKS = regex.compile(r"[‘’']")
# Elisions that open with an apostrophe, not a quotation: '90s, 'em, 'til, 'cause
_ELISION = regex.compile(r"(?:\p{N}\p{N}s?|em|til|cause|n|tis|twas)\b", regex.IGNORECASE)
_CLOSING_PUNCTUATION = ",.!?;:—–-…"
_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
# Words that follow a closing quotation mark rather than a plural possessive's noun
_AFTER_QUOTATION = frozenset(
    """and or but nor said says say told tells added asked he she they it we i who which that
    when while as in on at to for from by with of is are was were has have had""".split()
)


def _single_opening(text: str, at: int) -> bool:
    """Whether the single mark at ``at`` opens a quotation: at a word's start ("‘We will",
    "'No,") and no elision ("'90s", "'em")."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if text[at] == "’" or not (after.isalnum() or after in '“"…'):
        return False
    if before.isalnum() or before in "’'‘":
        return False
    return _ELISION.match(text, at + 1) is None


def _single_closing(text: str, at: int) -> bool:
    """Whether the single mark at ``at`` closes a quotation: at a word's end, after
    punctuation ("win,’ he said") or after a letter other than a plural's *s* ("a
    ‘disgrace’ and", but "the voters’ anger" is a possessive)."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if text[at] == "‘" or before.isspace() or after.isalnum():
        return False
    if before in _CLOSING_PUNCTUATION or not after.isspace():
        return True
    if not before.isalnum():
        return False
    if before.lower() != "s":
        return True
    following = _NEXT_WORD.match(text, at + 1)  # "families' and", not "the voters' anger"
    return following is not None and following.group(1).lower() in _AFTER_QUOTATION


def _pair_single(
    text: str, start: int, end: int, carried: int | None = None
) -> tuple[list[_Raw], int | None]:
    """Pair the single quotation marks of one paragraph (British style, one level);
    ``carried`` is where a quote left open by the previous paragraph opened, and the second
    value where a quote this one leaves open opened."""
    found: list[_Raw] = []
    opened = carried
    first = True
    for match in SINGLE_MARKS.finditer(text, start, end):
        at = match.start()
        leading, first = first and not text[start:at].strip(), False
        if carried is not None and leading and _single_opening(text, at):
            continue  # the repeated opening mark of a quote that runs on
        if opened is not None and _single_closing(text, at):
            if at + 1 - opened <= MAX_QUOTE:
                found.append(_Raw(start=opened, end=at + 1, opened_paragraph=False))
            opened = None
        elif _single_opening(text, at):
            opened = at  # a second opening mark: the earlier one was stray
    return found, opened


def _single_spans(document: Document, units: list[Span]) -> list[tuple[int, int]]:
    """Single-mark quotations of ``units``; a quote left open at a unit's end runs on into
    the next when that one opens with a single mark (the newspaper convention)."""
    text = document.text
    spans: list[tuple[int, int]] = []
    carried: int | None = None
    for unit in units:
        if carried is not None and not _single_opening(text, unit.start):
            carried = None  # the next paragraph does not go on with the quote
        raw, carried = _pair_single(text, unit.start, unit.end, carried)
        spans.extend((r.start, r.end) for r in raw)
    return spans


def _inside_any(spans: list[tuple[int, int]], outer: list[tuple[int, int]]) -> bool:
    """Whether every span of ``spans`` lies inside one of ``outer`` (both sorted)."""
    starts = [start for start, _ in outer]
    for start, end in spans:
        at = bisect_right(starts, start) - 1
        if at < 0 or outer[at][1] < end:
            return False
    return True


def single_quote_style(document: Document) -> bool:
    """Whether ``document`` quotes with single marks (British style): single marks pair into
    quotations in its body (a title alone says nothing, since American headlines quote with
    single marks too), and every double-mark quotation lies inside one of them (‘He said
    “no”,’ she said); two apostrophes in a row, as some archives write a double mark, rule
    it out."""
    return _styled(document)[0]


_Spans = list[tuple[int, int]]


def _styled(document: Document) -> tuple[bool, _Spans | None, _Spans]:
    """Whether ``document`` is in British style, its double-mark quotations when they were
    paired to decide it, and its body's single-mark quotations (each paired once)."""
    text = document.text
    if "''" in text or _SINGLE_OPENING_CANDIDATE.search(text) is None:
        return False, None, []  # (most texts: no single mark opens a word anywhere)
    body = _single_spans(document, list(document.paragraphs))
    if not body:
        return False, None, body
    if MARKS.search(text) is None:
        return True, None, body
    double = _pair_double(document)
    return _inside_any(double, _dedupe(body)), double, body


# A single mark at a word's start: what an opening quotation mark needs, found in one scan
_SINGLE_OPENING_CANDIDATE = regex.compile(r"(?<![\p{L}\p{N}’'‘])[‘'](?=[\p{L}\p{N}“\"…])")


def pair_quotes(document: Document) -> list[tuple[int, int]]:
    """Spans of paired quotation marks, multi-paragraph quotes joined; stray marks skipped.

    A text that quotes with single marks (:func:`single_quote_style`) is read in British
    style: its single marks (‘...’, '...') are the quotations, and double marks inside them
    are quotes within quotes.
    """
    british, double, body = _styled(document)
    if british:
        if document.title is None:
            return _dedupe(body)  # the body's quotations, already paired
        return _dedupe(_single_spans(document, [document.title, *document.paragraphs]))
    return double if double is not None else _pair_double(document)


def _pair_double(document: Document) -> list[tuple[int, int]]:
    """Spans of paired double quotation marks, multi-paragraph quotes joined."""
    text = document.text
    paragraphs = document.paragraphs
    spans: list[tuple[int, int]] = []
    if document.title is not None:
        raw, _ = _pair_paragraph(text, document.title.start, document.title.end, None)
        spans.extend((r.start, r.end) for r in raw)
    for index, paragraph in enumerate(paragraphs):
        raw, left_open = _pair_paragraph(text, paragraph.start, paragraph.end, None)
        spans.extend((r.start, r.end) for r in raw)
        if left_open is None:
            continue
        # A quote left open runs on if the next paragraphs start with an opening mark.
        opened = left_open
        start = opened[0]
        following = index + 1
        while following < len(paragraphs):
            nxt = paragraphs[following]
            lead = text[nxt.start : nxt.start + 1]
            if lead not in OPENING and lead != STRAIGHT:
                break
            if _TURN_LABEL.match(text, nxt.start + 1, nxt.end):
                break  # '"PENCE: ...': a transcript's next turn, another speaker's words
            raw, left_open = _pair_paragraph(text, nxt.start, nxt.end, opened)
            if raw and raw[0].start == start:
                spans.append((start, raw[0].end))
                break
            if left_open != opened:
                break
            following += 1
    return _dedupe(spans)


def _dedupe(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans without ones nested in an earlier one (a continued quote's inner pairs)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            continue
        out.append((start, end))
    return out


__all__ = ["CLOSING", "MARKS", "OPENING", "STRAIGHT", "pair_quotes", "single_quote_style"]
