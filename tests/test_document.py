"""Documents: built from text by the segmenter, consistent, converting to dicts and JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.document import narrow
from newsparse.segment import segment
from newsparse.serialize import document_from_dict, document_to_dict

DOCS = Path(__file__).resolve().parent.parent / "docs" / "documents.md"

STORY = (
    "Storm Closes Coastal Highway\n"
    "\n"
    "MIAMI (AP) — Officials closed the road on Monday. Gov. Ron Ellis said crews would work.\n"
    "\n"
    "“Is it safe?” one driver asked. Nobody knew.\n"
)


@attrs.frozen
class FakeMember:
    """A stand-in for a bundle member: name, text, metadata."""

    name: str
    text: str
    metadata: dict[str, str]


def test_seed_document(seed_text: str) -> None:
    """The seed's document has its title, 8 paragraphs and sentences that point into its text."""
    document = Document.from_text(seed_text, name="seed")
    assert document.name == "seed"
    assert document.text == seed_text
    assert document.title is not None
    assert (
        document.title.text == "Russian Forces Deliver Brutal Attack On Ukraine—Is It Almost Over?"
    )
    assert len(document.paragraphs) == 8
    assert len(document.sentences) > 8
    assert all(s.is_valid_in(seed_text) for s in document.sentences)


def test_document_matches_the_layout(seed_text: str) -> None:
    """Document.from_text carries exactly what segment() finds."""
    document = Document.from_text(seed_text)
    layout = segment(seed_text)
    assert document.title == layout.title
    assert document.dateline == layout.dateline
    assert document.paragraphs == layout.paragraphs
    assert document.sentences == layout.sentences
    assert dict(document.metadata) == dict(layout.metadata)


def test_dateline_and_metadata() -> None:
    """A dateline is the document's dateline span and its metadata["dateline"]."""
    document = Document.from_text(STORY, name="storm")
    assert document.dateline is not None and document.dateline.text == "MIAMI (AP) —"
    assert document.metadata == {"dateline": "MIAMI (AP) —"}


def test_caller_metadata_wins() -> None:
    """Metadata passed by the caller is merged over what the segmenter found."""
    text = "TITLE: Bridge reopens LINK: https://example.org/a\nThe bridge reopened."
    document = Document.from_text(
        text, metadata={"link": "https://example.org/b", "date": "2024-01-02"}
    )
    assert document.metadata == {"link": "https://example.org/b", "date": "2024-01-02"}


def test_from_member() -> None:
    """A bundle member's name, text and metadata make the document."""
    member = FakeMember(name="a/story.txt", text=STORY, metadata={"publisher": "AP"})
    document = Document.from_member(member)
    assert document.name == "a/story.txt"
    assert document.text == STORY
    assert document.metadata["publisher"] == "AP"
    assert document.metadata["dateline"] == "MIAMI (AP) —"


def test_sentence_at() -> None:
    """sentence_at finds the sentence holding an offset, and None between or outside sentences."""
    document = Document.from_text(STORY)
    offset = STORY.index("crews")
    found = document.sentence_at(offset)
    assert found is not None and found.text == "Gov. Ron Ellis said crews would work."
    assert document.sentence_at(STORY.index("\n\n")) is None
    assert document.sentence_at(len(STORY) + 5) is None


def test_span_helper() -> None:
    """document.span(start, end) is the span of text[start:end]."""
    document = Document.from_text(STORY)
    span = document.span(0, 5)
    assert span.text == "Storm" and span.is_valid_in(STORY)


def test_documents_are_frozen() -> None:
    """A document cannot be changed in place; attrs.evolve makes a changed copy."""
    document = Document.from_text(STORY)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        document.name = "other"  # type: ignore[misc]
    assert attrs.evolve(document, name="other").name == "other"


def test_dict_and_json_round_trip() -> None:
    """A document converts to a dict, to JSON and back unchanged."""
    document = Document.from_text(STORY, name="storm", metadata={"date": "2024-01-02"})
    data = json.loads(json.dumps(document_to_dict(document), ensure_ascii=False))
    assert data["title"]["text"] == "Storm Closes Coastal Highway"
    assert data["dateline"]["text"] == "MIAMI (AP) —"
    assert [s["paragraph"] for s in data["sentences"]] == [-1, 0, 0, 1, 1]
    assert document_from_dict(data) == document


def test_segmentation_is_deterministic(seed_text: str) -> None:
    """Segmenting the same text twice gives equal documents."""
    assert Document.from_text(seed_text, name="x") == Document.from_text(seed_text, name="x")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_from_text_never_raises_and_spans_are_exact(text: str) -> None:
    """Any text makes a document whose every span points at its own text."""
    document = Document.from_text(text)
    assert document.text == text
    spans = [document.title, document.dateline, *document.paragraphs, *document.sentences]
    assert all(span.is_valid_in(text) for span in spans if span is not None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"ab AB.?!\n“”—", "\n\n", "U.S. "])).map("".join))
def test_any_document_converts_consistently(text: str) -> None:
    """Every document survives dict and JSON conversion, and sentence_at agrees with its spans."""
    document = Document.from_text(text, name="x")
    assert document_from_dict(json.loads(json.dumps(document_to_dict(document)))) == document
    for sentence in document.sentences:
        assert document.sentence_at(sentence.start) == sentence
        assert document.sentence_at(sentence.end - 1) == sentence


def python_blocks() -> list[str]:
    """The ```python blocks of docs/documents.md."""
    source = DOCS.read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", source, re.M | re.S)


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_documentation_examples_run(index: int) -> None:
    """Each Python example in docs/documents.md runs and its assertions hold."""
    exec(compile(python_blocks()[index], f"documents.md block {index}", "exec"), {})


@given(st.text(alphabet=" .,ab", max_size=20))
def test_narrow_keeps_an_exact_subrange(text: str) -> None:
    """narrow() returns a range inside the given one whose ends are not in the stripped set,
    or an empty range when every character is stripped."""
    start, end = narrow(text, 0, len(text), " .,")
    assert 0 <= start <= end <= len(text)
    assert text[start:end].strip(" .,") == text[start:end]
    assert text[:start].strip(" .,") == "" and text[end:].strip(" .,") == ""


def test_past_dateline_moves_only_offsets_inside_the_dateline() -> None:
    """An offset inside the dateline moves to the first word after it; any other offset
    stays where it is, and a document without a dateline moves nothing."""
    text = "Headline\n\nMIAMI (AP) —  Officials closed the road."
    document = Document.from_text(text)
    assert document.dateline is not None
    assert document.past_dateline(document.dateline.start) == text.index("Officials")
    assert document.past_dateline(text.index("closed")) == text.index("closed")
    assert Document.from_text("Officials closed the road.").past_dateline(0) == 0


def test_dateline_with_a_horizontal_bar() -> None:
    """'WASHINGTON ― After X, Trump ...': a horizontal bar (U+2015, as HuffPost writes it)
    ends a dateline like an em dash, so the place names no speaker."""
    text = "Headline\n\nWASHINGTON ― After bragging for a year, Donald Trump is spending more."
    document = Document.from_text(text)
    assert document.dateline is not None and document.dateline.text == "WASHINGTON ―"
