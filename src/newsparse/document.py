"""Typed documents: a member's exact text plus title, paragraph and sentence spans."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


def _freeze_metadata(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return dict(value or {})


def narrow(text: str, start: int, end: int, chars: str | frozenset[str]) -> tuple[int, int]:
    """``[start, end)`` narrowed past any of ``chars`` at either end."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of a document's text: ``document.text[start:end] == text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return cls(start=start, end=end, text=source[start:end])

    def is_valid_in(self, source: str) -> bool:
        """Whether the offsets lie inside ``source`` and point at ``text``."""
        return (
            0 <= self.start <= self.end <= len(source)
            and source[self.start : self.end] == self.text
        )


@attrs.frozen(kw_only=True)
class Paragraph(Span):
    """One paragraph of the body (the title is not a paragraph)."""


@attrs.frozen(kw_only=True)
class Sentence(Span):
    """One sentence; ``paragraph`` is the index of the paragraph that holds it, -1 for the title."""

    paragraph: int = -1


@attrs.frozen(kw_only=True)
class Document:
    """One article: its exact text and the spans that structure it.

    ``text`` is the member content exactly as it stands in the bundle; every span of a
    document and of every extraction on it is an index into that string.
    """

    name: str
    text: str
    title: Span | None = None
    dateline: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    metadata: Mapping[str, str] = attrs.field(factory=dict, converter=_freeze_metadata)

    @classmethod
    def from_text(
        cls, text: str, *, name: str = "<text>", metadata: Mapping[str, str] | None = None
    ) -> Document:
        """Segment ``text`` into title, dateline, paragraphs and sentences."""
        from newsparse.segment import segment

        layout = segment(text)
        merged = dict(layout.metadata)
        merged.update(metadata or {})
        return cls(
            name=name,
            text=text,
            title=layout.title,
            dateline=layout.dateline,
            paragraphs=layout.paragraphs,
            sentences=layout.sentences,
            metadata=merged,
        )

    @classmethod
    def from_member(cls, member: Any) -> Document:
        """A document from a bundle member (anything with ``name``, ``text``, ``metadata``)."""
        return cls.from_text(
            member.text, name=member.name, metadata=getattr(member, "metadata", None)
        )

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return Span.of(self.text, start, end)

    def past_dateline(self, offset: int) -> int:
        """``offset``, or where the text resumes after the dateline when ``offset`` lies in it
        ("WASHINGTON (AP) —" names no speaker and asserts nothing)."""
        dateline = self.dateline
        if dateline is None or not dateline.start <= offset < dateline.end:
            return offset
        end = dateline.end
        while end < len(self.text) and self.text[end].isspace():
            end += 1
        return end

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.sentences) and self.sentences[lo].start <= offset:
            return self.sentences[lo]
        return None
