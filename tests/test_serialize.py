"""Documents and analyses to plain dicts and JSON and back."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Analysis, Claim, Document, Location, Mention, PluginError, Quote, Span
from newsparse.serialize import (
    analysis_from_dict,
    analysis_to_dict,
    document_from_dict,
    document_to_dict,
    layout_to_dict,
)


def test_seed_document_round_trips_through_json(seed_text: str) -> None:
    """document_from_dict(json(document_to_dict(d))) == d for the seed."""
    document = Document.from_text(seed_text, name="seed", metadata={"url": "https://example.org/a"})
    data = json.loads(json.dumps(document_to_dict(document)))
    assert document_from_dict(data) == document


@given(st.text())
def test_any_document_round_trips(text: str) -> None:
    """Any text's document survives the dict round trip unchanged."""
    document = Document.from_text(text, name="x")
    assert document_from_dict(json.loads(json.dumps(document_to_dict(document)))) == document


def test_layout_leaves_out_the_text(seed_text: str) -> None:
    """layout_to_dict has the spans and metadata but not the full text."""
    data = layout_to_dict(Document.from_text(seed_text, name="seed"))
    assert "text" not in data
    assert data["title"]["text"].startswith("Russian Forces")
    assert len(data["paragraphs"]) == 8


def test_analysis_round_trips() -> None:
    """An analysis with every result type survives analysis_to_dict / analysis_from_dict."""
    text = "“We will win,” Jane Doe told reporters in Kyiv."
    document = Document.from_text(text, name="d")
    speaker = Mention(start=15, end=23, text="Jane Doe", name="Jane Doe")
    quote = Quote(
        start=0,
        end=14,
        text=text[0:14],
        kind="direct",
        speaker=speaker,
        cue=Span.of(text, 24, 28),
        confidence=0.9,
        extractor="q",
    )
    claim = Claim(
        start=0,
        end=14,
        text=text[0:14],
        claimer=speaker,
        score=0.3,
        features={"bias": -1.0},
        quote=quote,
        extractor="c",
    )
    location = Location(
        start=42,
        end=46,
        text="Kyiv",
        name="Kyiv",
        feature="city",
        geonameid=703448,
        country_code="UA",
        latitude=50.45,
        longitude=30.52,
        extractor="l",
    )
    error = PluginError(plugin="p", hook="h", document="d", message="m")
    analysis = Analysis(
        document=document, quotes=(quote,), claims=(claim,), locations=(location,), errors=(error,)
    )
    data = json.loads(json.dumps(analysis_to_dict(analysis)))
    assert data["quotes"][0]["speaker"]["name"] == "Jane Doe"
    assert analysis_from_dict(data, document) == analysis
