"""The built-in writers: JSONL, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

from newsparse import Analysis, Document, Location
from newsparse.writers import CSV_COLUMNS, write_csv, write_json, write_jsonl

KINDS = ("quotes", "claims", "locations")


def analyses() -> list[Analysis]:
    """Two small analyses, one with a location."""
    text = "Rain in Kyiv."
    kyiv = Location(
        start=8, end=12, text="Kyiv", name="Kyiv", latitude=50.45, longitude=30.52, extractor="x"
    )
    return [
        Analysis(document=Document.from_text(text, name="a"), locations=(kyiv,)),
        Analysis(document=Document.from_text("Nothing here.", name="b")),
    ]


def test_jsonl_is_one_object_per_document() -> None:
    """JSONL has one line per document with the schema's keys, in input order."""
    out = io.StringIO()
    write_jsonl(analyses(), out, KINDS)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["name"] for line in lines] == ["a", "b"]
    assert set(lines[0]) >= {"name", "title", "quotes", "claims", "locations", "errors"}
    assert lines[0]["locations"][0]["text"] == "Kyiv"


def test_only_drops_lists() -> None:
    """Writing with only=locations leaves out the quotes and claims lists."""
    out = io.StringIO()
    write_jsonl(analyses(), out, ("locations",))
    first = json.loads(out.getvalue().splitlines()[0])
    assert "quotes" not in first and "claims" not in first and "locations" in first


def test_json_is_an_array() -> None:
    """JSON is an array of the JSONL objects."""
    out = io.StringIO()
    write_json(analyses(), out, KINDS)
    assert [d["name"] for d in json.loads(out.getvalue())] == ["a", "b"]


def test_json_of_nothing_is_an_empty_array() -> None:
    """No documents make a valid empty JSON array."""
    out = io.StringIO()
    write_json([], out, KINDS)
    assert json.loads(out.getvalue()) == []


def test_csv_has_one_row_per_result() -> None:
    """CSV has a header and one row per result with its document's name."""
    out = io.StringIO()
    write_csv(analyses(), out, KINDS)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["document"], r["type"], r["text"], r["latitude"]) for r in rows] == [
        ("a", "location", "Kyiv", "50.45")
    ]
