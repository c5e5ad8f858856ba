"""Helpers for plugin authors' tests: run one plugin on a text, check its spans.

Example::

    from newsparse.testing import run_plugin, assert_spans_valid

    def test_finds_my_place():
        analysis = run_plugin(my_plugin, "Rain fell on Springfield.")
        assert_spans_valid(analysis)
        assert [loc.text for loc in analysis.locations] == ["Springfield"]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsparse.document import Document, Span
from newsparse.pipeline import Analyzer, to_document
from newsparse.plugins import PluginHost
from newsparse.results import Analysis, Claim, Location, Quote
from newsparse.validate import result_problem


def make_document(text: str, *, name: str = "test") -> Document:
    """A document from a text, segmented as newsparse does for real input."""
    return Document.from_text(text, name=name)


def run_plugin(
    plugin: Any, document: Document | str, *, builtins: bool = False, strict: bool = True
) -> Analysis:
    """Analyse ``document`` with ``plugin`` alone (plus the built-ins if asked), no entry points.

    With ``strict`` (the default) the first plugin error raises ``PluginFailure``, so a
    test sees the traceback instead of an entry in ``analysis.errors``.
    """
    analyzer = Analyzer.create([plugin], builtins=builtins, autoload=False, strict=strict)
    return analyzer.analyze(to_document(document))


def assert_spans_valid(analysis: Analysis) -> None:
    """Fail unless every result's spans point at the text they claim to hold."""
    text = analysis.document.text
    results: Iterable[tuple[Any, type[Quote | Claim | Location]]] = [
        *((q, Quote) for q in analysis.quotes),
        *((c, Claim) for c in analysis.claims),
        *((loc, Location) for loc in analysis.locations),
    ]
    for result, expected in results:
        problem = result_problem(result, text, expected)
        assert problem is None, f"{result!r}: {problem}"


def span_texts(spans: Iterable[Span]) -> list[str]:
    """The texts of ``spans``, for short assertions."""
    return [span.text for span in spans]


def plugin_host(*plugins: Any, builtins: bool = False) -> PluginHost:
    """A plugin host with just these plugins, to inspect hooks and names in tests."""
    return PluginHost.create(plugins, builtins=builtins, autoload=False)


__all__ = ["assert_spans_valid", "make_document", "plugin_host", "run_plugin", "span_texts"]
