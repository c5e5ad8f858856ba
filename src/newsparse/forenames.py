"""Which words can be a person's first name: the US Census first-name lists, loaded once.

The resource ``data/given_names.txt`` (one name a line) is built by
``scripts/build_given_names.py`` from the ``names`` package's copy of the 1990 census lists,
and ``data/given_name_genders.txt`` (name, tab, ``m`` or ``f``) from their frequencies: the
names one sex bears at least ten times as often as the other.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

RESOURCE = "given_names.txt"
GENDERS_RESOURCE = "given_name_genders.txt"


@cache
def given_names() -> frozenset[str]:
    """Every census first name, title-cased ("Paris", "Jordan", "Austin")."""
    path = resources.files("newsparse").joinpath("data").joinpath(RESOURCE)
    return frozenset(path.read_text(encoding="utf-8").split())


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case) is a first name in the census lists."""
    return word.title() in given_names()


@cache
def _genders() -> dict[str, str]:
    path = resources.files("newsparse").joinpath("data").joinpath(GENDERS_RESOURCE)
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


def gender_of(word: str) -> str | None:
    """``"m"`` or ``"f"`` when the census gives the first name ``word`` (any case) mostly to
    one sex ("Hillary" -> "f"), None when it is shared ("Robin") or no first name."""
    return _genders().get(word.title())
