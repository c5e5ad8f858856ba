"""analyze(): isolation of plugins, validation of results, ordering and merging."""

from __future__ import annotations

import attrs
import pytest

import newsparse
from newsparse import Analysis, Document, Location, Quote, hookimpl
from newsparse.pipeline import Analyzer, PluginFailure

from .conftest import MakeDistribution
from .test_plugins import BAD_SPANS, GOOD_PLUGIN, RAISES_IN_HOOK

TEXT = "Kyiv said it would hold. “We will,” he said."


class Finder:
    """A plugin object that reports a fixed word as a location."""

    def __init__(self, name: str, word: str, confidence: float = 1.0) -> None:
        self.name = name
        self.word = word
        self.confidence = confidence

    @hookimpl
    def newsparse_extract_locations(self, document: Document) -> list[Location]:
        start = document.text.find(self.word)
        return [
            Location(
                start=start,
                end=start + len(self.word),
                text=self.word,
                name=self.name,
                confidence=self.confidence,
            )
        ]


def test_extractor_is_set_by_the_host() -> None:
    """Results carry the plugin's registered name as extractor, whatever the plugin set."""
    analysis = newsparse.analyze(
        TEXT, plugins=[Finder("finder", "Kyiv")], autoload=False, builtins=False
    )
    assert [loc.extractor for loc in analysis.locations] == ["finder"]


def test_raising_plugin_is_isolated(make_distribution: MakeDistribution) -> None:
    """A plugin that raises is recorded in errors; the other plugins' results stay."""
    make_distribution("raises", "raises", RAISES_IN_HOOK)
    make_distribution("good-plugin", "good", GOOD_PLUGIN)
    analysis = Analyzer.create(builtins=False).analyze(TEXT)
    assert [loc.text for loc in analysis.locations] == ["Kyiv"]
    assert [(e.plugin, e.hook) for e in analysis.errors] == [("raises", "newsparse_extract_quotes")]
    assert "RuntimeError: boom" in analysis.errors[0].message


def test_bad_spans_are_rejected(make_distribution: MakeDistribution) -> None:
    """Spans outside the text, wrong stated text and wrong types become errors, not results."""
    make_distribution("bad-spans", "bad", BAD_SPANS)
    make_distribution("good-plugin", "good", GOOD_PLUGIN)
    analysis = Analyzer.create(builtins=False).analyze(TEXT)
    assert [loc.extractor for loc in analysis.locations] == ["good"]
    messages = [e.message for e in analysis.errors if e.plugin == "bad"]
    assert len(messages) == 3
    assert any("outside the text" in m for m in messages)
    assert any("differs from text" in m for m in messages)
    assert any("expected Location" in m for m in messages)


def test_strict_mode_raises_at_first_error(make_distribution: MakeDistribution) -> None:
    """With strict=True the first plugin error raises PluginFailure."""
    make_distribution("raises", "raises", RAISES_IN_HOOK)
    with pytest.raises(PluginFailure, match="boom"):
        Analyzer.create(builtins=False, strict=True).analyze(TEXT)


def test_load_order_never_changes_output() -> None:
    """Registering the same plugins in another order gives the same analysis."""
    plugins = [Finder("a", "Kyiv"), Finder("b", "said"), Finder("c", "hold")]
    first = newsparse.analyze(TEXT, plugins=plugins, autoload=False, builtins=False)
    second = newsparse.analyze(TEXT, plugins=plugins[::-1], autoload=False, builtins=False)
    assert first == second
    assert [loc.start for loc in first.locations] == sorted(loc.start for loc in first.locations)


def test_same_span_duplicates_merge_to_the_most_confident() -> None:
    """Two extractors on the same span leave one result: the higher confidence wins."""
    plugins = [Finder("weak", "Kyiv", 0.4), Finder("strong", "Kyiv", 0.9)]
    analysis = newsparse.analyze(TEXT, plugins=plugins, autoload=False, builtins=False)
    assert [(loc.extractor, loc.confidence) for loc in analysis.locations] == [("strong", 0.9)]


def test_without_merge_plugin_duplicates_stay() -> None:
    """Unregistering newsparse.merge keeps every extractor's result."""
    analyzer = Analyzer.create(
        [Finder("weak", "Kyiv", 0.4), Finder("strong", "Kyiv", 0.9)], autoload=False
    )
    analyzer.host.manager.unregister(name="newsparse.merge")
    for name in ("newsparse.quotes", "newsparse.claims", "newsparse.locations"):
        analyzer.host.manager.unregister(name=name)
    analysis = analyzer.analyze(TEXT)
    assert sorted(loc.extractor for loc in analysis.locations) == ["strong", "weak"]


def test_postprocess_hook_rewrites_the_analysis() -> None:
    """A postprocess hook's returned analysis replaces the one it received."""

    class DropLocations:
        name = "drop"

        @hookimpl
        def newsparse_postprocess(self, analysis: Analysis) -> Analysis:
            return attrs.evolve(analysis, locations=())

    analysis = newsparse.analyze(
        TEXT, plugins=[Finder("f", "Kyiv"), DropLocations()], autoload=False, builtins=False
    )
    assert analysis.locations == ()


def test_postprocess_with_bad_span_is_rejected() -> None:
    """A postprocess result with an invalid span is an error, and the analysis is kept."""

    class Corrupt:
        name = "corrupt"

        @hookimpl
        def newsparse_postprocess(self, analysis: Analysis) -> Analysis:
            return attrs.evolve(analysis, quotes=(Quote(start=0, end=2, text="no"),))

    analysis = newsparse.analyze(TEXT, plugins=[Corrupt()], autoload=False, builtins=False)
    assert analysis.quotes == ()
    assert [e.plugin for e in analysis.errors] == ["corrupt"]


def test_only_skips_unwanted_results() -> None:
    """only=("locations",) returns no quotes and no claims."""
    analysis = newsparse.analyze(TEXT, only=("locations",), autoload=False)
    assert analysis.quotes == () and analysis.claims == ()


def test_analyze_many_keeps_input_order_on_processes() -> None:
    """analyze_many with jobs=2 returns one analysis per document, in input order."""
    texts = [f"Report {i} from Kyiv." for i in range(40)]
    serial = list(newsparse.analyze_many(texts, autoload=False))
    parallel = list(newsparse.analyze_many(texts, jobs=2, autoload=False))
    assert [a.document.text for a in parallel] == texts
    assert parallel == serial


def test_member_like_objects_are_documents() -> None:
    """Anything with name and text (a bundle member) is segmented into a Document."""

    @attrs.frozen
    class Item:
        name: str
        text: str

    analysis = newsparse.analyze(Item(name="x", text=TEXT), autoload=False, builtins=False)
    assert analysis.document.name == "x"
