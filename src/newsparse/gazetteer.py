"""The offline gazetteer: GeoNames-derived places by surface form, loaded lazily once per process.

The resource ``data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py``; each row is
one place with its ``|``-separated surface forms (names, short forms, initialisms, demonyms).
"""

from __future__ import annotations

import gzip
import threading
from importlib import resources
from typing import NamedTuple

RESOURCE = "gazetteer.tsv.gz"


class Place(NamedTuple):
    """One gazetteer entry: a country, region, continent or city with its point."""

    geonameid: int | None
    feature: str
    name: str
    country_code: str | None
    admin1: str
    latitude: float
    longitude: float
    importance: int


class Gazetteer:
    """Places indexed by exact surface form, with the longest form (in words) per first word."""

    def __init__(self, places: dict[str, tuple[Place, ...]]) -> None:
        self.places = places
        self.max_words: dict[str, int] = {}
        for form in places:
            words = form.split()
            first = words[0]
            if len(words) > self.max_words.get(first, 0):
                self.max_words[first] = len(words)

    def lookup(self, form: str) -> tuple[Place, ...]:
        """Every place written ``form`` (exact case), most important first."""
        return self.places.get(form, ())

    def __len__(self) -> int:
        return len(self.places)


def parse(lines: list[str]) -> Gazetteer:
    """A gazetteer from resource rows (``id feature name cc admin1 lat lon importance aliases``)."""
    index: dict[str, list[Place]] = {}
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 9:
            continue
        place = Place(
            int(cols[0]) if cols[0] else None,
            cols[1],
            cols[2],
            cols[3] or None,
            cols[4],
            float(cols[5]),
            float(cols[6]),
            int(cols[7]),
        )
        for form in cols[8].split("|"):
            if form:
                index.setdefault(form, []).append(place)
    return Gazetteer({f: tuple(sorted(ps, key=lambda p: -p.importance)) for f, ps in index.items()})


_LOCK = threading.Lock()
_CACHE: list[Gazetteer] = []


def load() -> Gazetteer:
    """The packaged gazetteer, read on first use and shared by the whole process."""
    if _CACHE:
        return _CACHE[0]
    with _LOCK:
        if not _CACHE:
            data = resources.files("newsparse.data").joinpath(RESOURCE).read_bytes()
            _CACHE.append(parse(gzip.decompress(data).decode("utf-8").splitlines()))
    return _CACHE[0]
