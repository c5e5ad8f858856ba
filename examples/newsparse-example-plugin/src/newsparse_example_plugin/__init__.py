"""newsparse-example-plugin: tag the places of your own gazetteer, a CSV file, in articles.

Set NEWSPARSE_LOCAL_PLACES to the path of a CSV file with the columns
``name,aliases,feature,country_code,latitude,longitude`` (aliases separated by ``|``);
without it the plugin uses its sample list of places in Dnipropetrovsk Oblast, Ukraine.
Names match case-sensitively, as whole words, longest first.
"""

from __future__ import annotations

import csv
import functools
import io
import os
from importlib import resources

import attrs
import regex

import newsparse
from newsparse import Document, Location

PLACES_ENV = "NEWSPARSE_LOCAL_PLACES"


@attrs.frozen
class Place:
    """One row of the gazetteer."""

    name: str
    feature: str
    country_code: str
    latitude: float
    longitude: float


def parse_places(text: str, source: str = "<csv>") -> dict[str, Place]:
    """Every name and alias of a gazetteer CSV, mapped to its place."""
    by_name: dict[str, Place] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            place = Place(
                name=row["name"].strip(),
                feature=(row.get("feature") or "").strip(),
                country_code=(row.get("country_code") or "").strip().upper(),
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(
                f"{source}:{line}: expected name, latitude and longitude ({error})"
            ) from error
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        for name in (place.name, *aliases):
            by_name[name] = place
    return by_name


@functools.lru_cache(maxsize=4)
def load_places(path: str | None) -> tuple[dict[str, Place], regex.Pattern[str] | None]:
    """The gazetteer at ``path`` (or the bundled sample) and one pattern for all its names."""
    if path:
        with open(path, encoding="utf-8") as f:
            places = parse_places(f.read(), path)
    else:
        sample = resources.files(__name__).joinpath("places.csv").read_text(encoding="utf-8")
        places = parse_places(sample, "places.csv")
    if not places:
        return places, None
    names = sorted(places, key=len, reverse=True)
    alternation = "|".join(regex.escape(name) for name in names)
    return places, regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def find_places(document: Document) -> list[Location]:
    """The gazetteer's places in the document, with their coordinates."""
    places, pattern = load_places(os.environ.get(PLACES_ENV) or None)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(document.text):
        place = places[match.group()]
        found.append(
            Location(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                name=place.name,
                feature=place.feature or None,
                country_code=place.country_code or None,
                latitude=place.latitude,
                longitude=place.longitude,
                confidence=1.0,
            )
        )
    return found


@newsparse.hookimpl
def newsparse_extract_locations(document: Document) -> list[Location]:
    """Tag the places of the user's gazetteer."""
    return find_places(document)
