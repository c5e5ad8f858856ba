"""The offline gazetteer: GeoNames-derived places by surface form, loaded lazily once per process.

The resource ``data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py``; each row is
one place with its ``|``-separated surface forms (names, short forms, initialisms, demonyms).
"""

from __future__ import annotations

import gzip
import sys
import threading
from array import array
from collections.abc import Iterable
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
    """Places indexed by exact surface form, with the longest form (in words) per first word.

    Places are kept column-wise (arrays and interned strings) and built as :class:`Place`
    tuples only when looked up, so the whole index stays small in memory.
    """

    def __init__(self) -> None:
        self.forms: dict[str, int | tuple[int, ...]] = {}
        self.max_words: dict[str, int] = {}
        self._ids = array("q")
        self._lat = array("d")
        self._lon = array("d")
        self._importance = array("q")
        self._text: list[tuple[str, str, str, str]] = []  # feature, name, country, admin1

    def add(self, place: Place, forms: Iterable[str]) -> None:
        """Index one place under each of its surface forms."""
        row = len(self._text)
        self._ids.append(place.geonameid or 0)
        self._lat.append(place.latitude)
        self._lon.append(place.longitude)
        self._importance.append(place.importance)
        self._text.append(
            (
                sys.intern(place.feature),
                place.name,
                sys.intern(place.country_code or ""),
                sys.intern(place.admin1),
            )
        )
        for form in forms:
            if not form:
                continue
            old = self.forms.get(form)
            if old is None:
                self.forms[form] = row
            else:
                self.forms[form] = (old, row) if isinstance(old, int) else (*old, row)
            parts = form.replace("-", " ").split(" ")
            words, first = len(parts), parts[0]
            if words > self.max_words.get(first, 0):
                self.max_words[first] = words

    def _place(self, row: int) -> Place:
        feature, name, country, admin1 = self._text[row]
        return Place(
            self._ids[row] or None,
            feature,
            name,
            country or None,
            admin1,
            self._lat[row],
            self._lon[row],
            self._importance[row],
        )

    def lookup(self, form: str) -> tuple[Place, ...]:
        """Every place written ``form`` (exact case), most important first."""
        rows = self.forms.get(form)
        if rows is None:
            return ()
        if isinstance(rows, int):
            return (self._place(rows),)
        return tuple(sorted((self._place(r) for r in rows), key=lambda p: -p.importance))

    def __len__(self) -> int:
        return len(self.forms)


def parse(lines: Iterable[str]) -> Gazetteer:
    """A gazetteer from resource rows (``id feature name cc admin1 lat lon importance aliases``)."""
    gaz = Gazetteer()
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
        gaz.add(place, cols[8].split("|"))
    return gaz


_LOCK = threading.Lock()
_CACHE: list[Gazetteer] = []


def load() -> Gazetteer:
    """The packaged gazetteer, read on first use and shared by the whole process."""
    if _CACHE:
        return _CACHE[0]
    with _LOCK:
        if not _CACHE:
            source = resources.files("newsparse.data").joinpath(RESOURCE)
            with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as rows:
                _CACHE.append(parse(rows))
    return _CACHE[0]
