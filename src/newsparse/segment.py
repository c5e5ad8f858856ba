"""Layout of an article: title, dateline, paragraphs and sentences as exact spans."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs
import regex

from newsparse.document import Paragraph, Sentence, Span

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TITLE_LINK = regex.compile(r"TITLE:[ \t]*(?P<title>.*?)[ \t]*LINK:[ \t]*(?P<link>\S*)[ \t]*$")
_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,[ \t]+\p{Lu}[\p{L}.]{1,15}(?:[ \t]\p{Lu}[\p{L}.]{1,15})?)?)"
    r"[ \t]*(?:\((?P<agency>[\p{L}. ]{1,20})\))?[ \t]*(?:—|–|--|-)[ \t]*"
)

_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr gov sen rep rev fr sr jr st mt ft
    pres supt insp det hon atty messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols p pp ed eds est approx dept univ corp inc ltd co bros assn ave blvd rd
    vs v etc al cf ca fig figs e.g i.e a.m p.m u.s u.k u.n e.u d.c
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
_SENTENCE_END = regex.compile(
    r"(?:[.!?…]+|\.\.\.)(?:[\"”’'»)\]]+)?(?=\s+|$)", regex.V1
)
_NEXT_START = regex.compile(r"\s+(?P<next>[\"“‘'«(\[]*(?:\p{Lu}|\p{N}|\p{Lt}))")
_WORD_BEFORE = regex.compile(r"(?:^|[^\p{L}.])(?P<word>[\p{L}.]+)\.$")


@attrs.frozen(kw_only=True)
class Layout:
    """What :func:`segment` finds in an article's text."""

    title: Span | None
    dateline: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    metadata: Mapping[str, str]


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end without terminator, end with terminator) of every line."""
    pos = 0
    n = len(text)
    while pos < n:
        match = _LINE.match(text, pos)
        assert match is not None
        content_end = match.end()
        while content_end > pos and text[content_end - 1] in "\r\n":
            content_end -= 1
        yield pos, content_end, match.end()
        pos = match.end()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str) -> Layout:
    """Find the title, dateline, paragraphs and sentences of ``text``."""
    lines = list(_lines(text))
    metadata: dict[str, str] = {}
    title: Span | None = None
    body_from = 0
    if lines:
        first_start, first_end, first_next = lines[0]
        first = text[first_start:first_end]
        link = _TITLE_LINK.match(first)
        if link:
            title_start, title_end = link.span("title")
            title = Span.of(text, title_start, title_end) if title_end > title_start else None
            if link.group("link"):
                metadata["link"] = link.group("link")
            body_from = 1
        elif len(lines) > 1 and not text[lines[1][0] : lines[1][1]].strip() and first.strip():
            start, end = _strip(text, first_start, first_end)
            title = Span.of(text, start, end)
            body_from = 1
    paragraphs = _paragraphs(text, lines[body_from:])
    dateline = _dateline(text, paragraphs)
    if dateline is not None:
        metadata["dateline"] = dateline.text
    sentences: list[Sentence] = []
    if title is not None:
        sentences.extend(_sentences(text, title.start, title.end, -1))
    for index, paragraph in enumerate(paragraphs):
        sentences.extend(_sentences(text, paragraph.start, paragraph.end, index))
    return Layout(
        title=title,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        metadata=metadata,
    )


def _paragraphs(text: str, lines: list[tuple[int, int, int]]) -> list[Paragraph]:
    blank = [not text[s:e].strip() for s, e, _ in lines]
    # Blocks separated by blank lines when the body has any; otherwise one paragraph per line.
    by_blocks = any(blank[i] and i > 0 and not blank[i - 1] for i in range(len(lines)))
    paragraphs: list[Paragraph] = []
    block_start: int | None = None
    block_end = 0
    for (start, end, _), is_blank in zip(lines, blank):
        if is_blank:
            if block_start is not None:
                paragraphs.append(_paragraph(text, block_start, block_end))
                block_start = None
            continue
        if block_start is None:
            block_start = start
        block_end = end
        if not by_blocks:
            paragraphs.append(_paragraph(text, block_start, block_end))
            block_start = None
    if block_start is not None:
        paragraphs.append(_paragraph(text, block_start, block_end))
    return paragraphs


def _paragraph(text: str, start: int, end: int) -> Paragraph:
    start, end = _strip(text, start, end)
    return Paragraph(start=start, end=end, text=text[start:end])


def _dateline(text: str, paragraphs: list[Paragraph]) -> Span | None:
    if not paragraphs:
        return None
    first = paragraphs[0]
    match = _DATELINE.match(text, first.start, first.end)
    if not match:
        return None
    place = match.group("place").strip()
    if len(place) < 3 or not any(c.isalpha() for c in place) or place.upper() != place:
        return None
    start, end = _strip(text, match.start(), match.end())
    return Span.of(text, start, end)


def _sentences(text: str, start: int, end: int, paragraph: int) -> Iterator[Sentence]:
    """Split ``text[start:end]`` into sentences with rules for abbreviations and quotes."""
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if not _is_boundary(text, match.start(), stop, end):
            continue
        s, e = _strip(text, sentence_start, stop)
        if e > s:
            yield Sentence(start=s, end=e, text=text[s:e], paragraph=paragraph)
        sentence_start = stop
    s, e = _strip(text, sentence_start, end)
    if e > s:
        yield Sentence(start=s, end=e, text=text[s:e], paragraph=paragraph)


def _is_boundary(text: str, mark_start: int, mark_end: int, limit: int) -> bool:
    if mark_end >= limit:
        return False
    following = _NEXT_START.match(text, mark_end, limit)
    if following is None:
        return False
    marks = text[mark_start:mark_end]
    if marks.startswith(".") and not marks.startswith("..."):
        word_match = _WORD_BEFORE.search(text, max(0, mark_start - 30), mark_start + 1)
        if word_match:
            word = word_match.group("word").lower().rstrip(".")
            if word in _ABBREVIATIONS or len(word) == 1 and word.isalpha():
                return False
            if "." in word and len(word) <= 6:  # U.S., a.m., Ph.D.
                return False
        before = text[mark_start - 1] if mark_start > 0 else ""
        after = text[mark_end] if mark_end < len(text) else ""
        if before.isdigit() and after.isdigit():
            return False
    return True
