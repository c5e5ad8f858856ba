"""Output writers by name: JSONL, JSON and CSV built in, more through plugins."""

from __future__ import annotations

import csv
from collections.abc import Callable, Collection, Iterable
from typing import Any, TextIO

import attrs

from newsparse.results import Analysis
from newsparse.serialize import RESULT_KINDS, analysis_to_dict, dumps

WriteFunction = Callable[[Iterable[Analysis], TextIO, Collection[str]], None]


@attrs.frozen(kw_only=True)
class Writer:
    """A named output format: ``write(analyses, out, only)`` streams analyses to ``out``.

    ``only`` names the result lists to write (a subset of quotes, claims, locations).
    """

    name: str
    write: WriteFunction
    description: str = ""


def write_jsonl(analyses: Iterable[Analysis], out: TextIO, only: Collection[str]) -> None:
    """One JSON object per line and per document, in input order."""
    for analysis in analyses:
        out.write(dumps(analysis_to_dict(analysis, only=only)))
        out.write("\n")


def write_json(analyses: Iterable[Analysis], out: TextIO, only: Collection[str]) -> None:
    """A JSON array of the JSONL objects, written as the documents arrive."""
    out.write("[")
    for index, analysis in enumerate(analyses):
        out.write(",\n" if index else "\n")
        out.write(dumps(analysis_to_dict(analysis, only=only)))
    out.write("\n]\n")


CSV_COLUMNS = (
    "document",
    "type",
    "start",
    "end",
    "text",
    "kind",
    "who_start",
    "who_end",
    "who_text",
    "who_name",
    "cue_start",
    "cue_end",
    "cue_text",
    "confidence",
    "score",
    "name",
    "feature",
    "geonameid",
    "country_code",
    "latitude",
    "longitude",
    "extractor",
)


def _csv_rows(analysis: Analysis, only: Collection[str]) -> Iterable[dict[str, Any]]:
    data = analysis_to_dict(analysis, only=only)
    for kind in RESULT_KINDS:
        for item in data.get(kind, ()):
            who = item.get("speaker") or item.get("claimer") or {}
            cue = item.get("cue") or {}
            row = {key: item.get(key) for key in CSV_COLUMNS if key in item}
            row.update(
                document=analysis.document.name,
                type=kind[:-1],
                who_start=who.get("start"),
                who_end=who.get("end"),
                who_text=who.get("text"),
                who_name=who.get("name"),
                cue_start=cue.get("start"),
                cue_end=cue.get("end"),
                cue_text=cue.get("text"),
            )
            yield row


def write_csv(analyses: Iterable[Analysis], out: TextIO, only: Collection[str]) -> None:
    """One row per result (quote, claim or location), with the document's name."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for analysis in analyses:
        writer.writerows(_csv_rows(analysis, only))


BUILTIN_WRITERS = (
    Writer(name="jsonl", write=write_jsonl, description="one JSON object per document per line"),
    Writer(name="json", write=write_json, description="a JSON array of the JSONL objects"),
    Writer(name="csv", write=write_csv, description="one row per quote, claim or location"),
)

# RESULT_KINDS is re-exported for writers written by plugins.
__all__ = [
    "BUILTIN_WRITERS",
    "CSV_COLUMNS",
    "RESULT_KINDS",
    "Writer",
    "write_csv",
    "write_json",
    "write_jsonl",
]
