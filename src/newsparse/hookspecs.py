"""The hook specifications of newsparse, and nothing else.

Hooks evolve only by gaining arguments: pluggy passes an implementation just the
arguments it names, so an older plugin keeps working.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newsparse.document import Document
    from newsparse.readers import Reader
    from newsparse.results import Analysis, Claim, Location, Quote
    from newsparse.writers import Writer

PROJECT = "newsparse"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def newsparse_extract_quotes(document: Document) -> Iterable[Quote] | None:
    """Find the quotes in one document.

    :param document: the document; every returned span indexes ``document.text``.
    :return: the quotes found (their ``extractor`` is set by the host), or ``None``.
    """


@hookspec
def newsparse_extract_locations(document: Document) -> Iterable[Location] | None:
    """Find the places, demonyms and regions in one document.

    :param document: the document; every returned span indexes ``document.text``.
    :return: the locations found (their ``extractor`` is set by the host), or ``None``.
    """


@hookspec
def newsparse_extract_claims(
    document: Document, quotes: tuple[Quote, ...]
) -> Iterable[Claim] | None:
    """Find the claims in one document; runs after every quote hook.

    :param document: the document; every returned span indexes ``document.text``.
    :param quotes: every plugin's quotes for this document, validated and sorted.
    :return: the claims found (their ``extractor`` is set by the host), or ``None``.
    """


@hookspec
def newsparse_postprocess(analysis: Analysis) -> Analysis | None:
    """Rewrite a document's analysis after all extractors ran (merge, filter, enrich).

    Implementations run one after another, each receiving the previous one's output.

    :param analysis: the analysis so far, with results validated and sorted.
    :return: a new analysis (build it with ``attrs.evolve``), or ``None`` to keep it.
    """


@hookspec
def newsparse_register_readers(register: Callable[[Reader], None]) -> None:
    """Register input readers: ``register(Reader(name, suffixes, read))``.

    :param register: call it once for each reader the plugin provides.
    """


@hookspec
def newsparse_register_writers(register: Callable[[Writer], None]) -> None:
    """Register output writers: ``register(Writer(name, write))``.

    :param register: call it once for each writer the plugin provides.
    """
