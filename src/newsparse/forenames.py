"""Which words can be a person's first name: the US Census first-name lists, loaded once.

The resource ``data/given_names.txt`` (one name a line) is built by
``scripts/build_given_names.py`` from the ``names`` package's copy of the 1990 census lists.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

RESOURCE = "given_names.txt"


@cache
def given_names() -> frozenset[str]:
    """Every census first name, title-cased ("Paris", "Jordan", "Austin")."""
    path = resources.files("newsparse").joinpath("data").joinpath(RESOURCE)
    return frozenset(path.read_text(encoding="utf-8").split())


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case) is a first name in the census lists."""
    return word.title() in given_names()
