"""Plain dicts (and so JSON) in and out, for documents, results and analyses: one converter."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from newsparse.document import Document, Paragraph, Sentence, Span
from newsparse.results import Analysis, Claim, Location, Mention, PluginError, Quote

RESULT_KINDS = ("quotes", "claims", "locations")


def span_to_dict(span: Span | None) -> dict[str, Any] | None:
    """``{"start", "end", "text"}`` (plus ``"name"`` for a mention), or None."""
    if span is None:
        return None
    out: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text}
    if isinstance(span, Mention):
        out["name"] = span.name
    return out


def _span(data: Mapping[str, Any]) -> Span:
    return Span(start=data["start"], end=data["end"], text=data["text"])


def _optional_span(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else _span(data)


def _mention(data: Mapping[str, Any] | None) -> Mention | None:
    if data is None:
        return None
    return Mention(start=data["start"], end=data["end"], text=data["text"], name=data["name"])


def document_to_dict(document: Document) -> dict[str, Any]:
    """A document as a plain dict: name, text, title, dateline, spans and metadata."""
    return {
        "name": document.name,
        "text": document.text,
        "title": span_to_dict(document.title),
        "dateline": span_to_dict(document.dateline),
        "paragraphs": [span_to_dict(p) for p in document.paragraphs],
        "sentences": [
            {**(span_to_dict(s) or {}), "paragraph": s.paragraph} for s in document.sentences
        ],
        "metadata": dict(document.metadata),
    }


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """The inverse of :func:`document_to_dict`."""
    return Document(
        name=data["name"],
        text=data["text"],
        title=_optional_span(data.get("title")),
        dateline=_optional_span(data.get("dateline")),
        paragraphs=tuple(
            Paragraph(start=p["start"], end=p["end"], text=p["text"])
            for p in data.get("paragraphs", ())
        ),
        sentences=tuple(
            Sentence(start=s["start"], end=s["end"], text=s["text"], paragraph=s["paragraph"])
            for s in data.get("sentences", ())
        ),
        metadata=data.get("metadata") or {},
    )


def layout_to_dict(document: Document) -> dict[str, Any]:
    """What ``newsparse parse`` prints: a document's spans and metadata, without its text."""
    out = document_to_dict(document)
    del out["text"]
    return out


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """One quote in the JSONL schema of ``docs/output.md``."""
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": span_to_dict(quote.speaker),
        "cue": span_to_dict(quote.cue),
        "confidence": quote.confidence,
        "extractor": quote.extractor,
    }


def quote_from_dict(data: Mapping[str, Any]) -> Quote:
    """The inverse of :func:`quote_to_dict`."""
    return Quote(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        kind=data.get("kind", "direct"),
        speaker=_mention(data.get("speaker")),
        cue=_optional_span(data.get("cue")),
        confidence=data.get("confidence", 1.0),
        extractor=data.get("extractor", ""),
    )


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """One claim in the JSONL schema; ``quote`` is the linked quote's span, if any."""
    return {
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "kind": claim.kind,
        "claimer": span_to_dict(claim.claimer),
        "cue": span_to_dict(claim.cue),
        "score": claim.score,
        "features": dict(claim.features),
        "quote": None if claim.quote is None else quote_to_dict(claim.quote),
        "extractor": claim.extractor,
    }


def claim_from_dict(data: Mapping[str, Any]) -> Claim:
    """The inverse of :func:`claim_to_dict`."""
    quote = data.get("quote")
    return Claim(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        kind=data.get("kind", "reported"),
        claimer=_mention(data.get("claimer")),
        cue=_optional_span(data.get("cue")),
        score=data.get("score", 0.0),
        features=data.get("features") or {},
        quote=None if quote is None else quote_from_dict(quote),
        extractor=data.get("extractor", ""),
    )


def location_to_dict(location: Location) -> dict[str, Any]:
    """One location in the JSONL schema."""
    return {
        "start": location.start,
        "end": location.end,
        "text": location.text,
        "name": location.name,
        "feature": location.feature,
        "geonameid": location.geonameid,
        "country_code": location.country_code,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "confidence": location.confidence,
        "extractor": location.extractor,
    }


def location_from_dict(data: Mapping[str, Any]) -> Location:
    """The inverse of :func:`location_to_dict`."""
    return Location(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        name=data.get("name"),
        feature=data.get("feature"),
        geonameid=data.get("geonameid"),
        country_code=data.get("country_code"),
        latitude=data.get("latitude"),
        longitude=data.get("longitude"),
        confidence=data.get("confidence", 1.0),
        extractor=data.get("extractor", ""),
    )


def error_to_dict(error: PluginError) -> dict[str, Any]:
    """One recorded plugin error."""
    return {
        "plugin": error.plugin,
        "hook": error.hook,
        "document": error.document,
        "message": error.message,
    }


def analysis_to_dict(
    analysis: Analysis, *, only: Collection[str] = RESULT_KINDS, text: bool = False
) -> dict[str, Any]:
    """One line of ``newsparse extract --format jsonl``; ``only`` picks the result lists."""
    document = analysis.document
    out: dict[str, Any] = {
        "name": document.name,
        "title": document.title.text if document.title else None,
        "metadata": dict(document.metadata),
    }
    if text:
        out["text"] = document.text
    if "quotes" in only:
        out["quotes"] = [quote_to_dict(q) for q in analysis.quotes]
    if "claims" in only:
        out["claims"] = [claim_to_dict(c) for c in analysis.claims]
    if "locations" in only:
        out["locations"] = [location_to_dict(loc) for loc in analysis.locations]
    out["errors"] = [error_to_dict(e) for e in analysis.errors]
    return out


def analysis_from_dict(data: Mapping[str, Any], document: Document) -> Analysis:
    """Rebuild an analysis from :func:`analysis_to_dict` output and its document."""
    return Analysis(
        document=document,
        quotes=tuple(quote_from_dict(q) for q in data.get("quotes") or ()),
        claims=tuple(claim_from_dict(c) for c in data.get("claims") or ()),
        locations=tuple(location_from_dict(loc) for loc in data.get("locations") or ()),
        errors=tuple(
            PluginError(
                plugin=e["plugin"], hook=e["hook"], document=e["document"], message=e["message"]
            )
            for e in data.get("errors") or ()
        ),
    )


def dumps(data: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
