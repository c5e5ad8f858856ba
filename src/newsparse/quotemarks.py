"""Quotation marks paired into quotes: curly, straight, « », „ “; several paragraphs; stray marks."""

from __future__ import annotations

import attrs
import regex

from newsparse.document import Document

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


def pair_quotes(document: Document) -> list[tuple[int, int]]:
    """Spans of paired quotation marks, multi-paragraph quotes joined; stray marks skipped."""
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


__all__ = ["CLOSING", "MARKS", "OPENING", "STRAIGHT", "pair_quotes"]
