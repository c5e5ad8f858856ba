"""The plugin manager: built-ins, entry points, NEWSPARSE_LOAD_PLUGINS and broken plugins."""

from __future__ import annotations

import pytest

from newsparse.plugins import DEFAULT_PLUGINS, PluginHost, load_plugins_setting

from .conftest import MakeDistribution

GOOD_PLUGIN = """
    import newsparse
    from newsparse import Location

    @newsparse.hookimpl
    def newsparse_extract_locations(document):
        start = document.text.find("Kyiv")
        if start < 0:
            return []
        return [Location(start=start, end=start + 4, text="Kyiv", name="Kyiv",
                         latitude=50.45, longitude=30.52)]
"""

FAILS_TO_IMPORT = """
    raise ImportError("this plugin needs a library that is not installed")
"""

RAISES_IN_HOOK = """
    import newsparse

    @newsparse.hookimpl
    def newsparse_extract_quotes(document):
        raise RuntimeError("boom")
"""

BAD_SPANS = """
    import newsparse
    from newsparse import Location

    @newsparse.hookimpl
    def newsparse_extract_locations(document):
        n = len(document.text)
        return [
            Location(start=n + 5, end=n + 9, text="Mars"),      # outside the text
            Location(start=0, end=3, text="???"),                # text differs
            "not a location",                                    # wrong type
        ]
"""


def third_party(host: PluginHost) -> list[str]:
    """The names of the host's plugins that are not built in."""
    return [name for name in host.plugin_names() if name not in DEFAULT_PLUGINS]


def test_setting_unset_empty_and_list() -> None:
    """NEWSPARSE_LOAD_PLUGINS: unset allows all, empty allows none, a,b allows those."""
    assert load_plugins_setting({}) is None
    assert load_plugins_setting({"NEWSPARSE_LOAD_PLUGINS": ""}) == frozenset()
    assert load_plugins_setting({"NEWSPARSE_LOAD_PLUGINS": "a, b"}) == {"a", "b"}


def test_builtins_are_registered_as_plugins() -> None:
    """Every default plugin is registered by its name and implements at least one hook."""
    host = PluginHost.create(autoload=False)
    assert not host.load_errors, host.load_errors
    for name in DEFAULT_PLUGINS:
        assert host.hook_names(name), name


def test_entry_point_is_discovered(make_distribution: MakeDistribution) -> None:
    """A distribution's entry point in group newsparse is loaded and named after the entry."""
    make_distribution("good-plugin", "good", GOOD_PLUGIN)
    host = PluginHost.create(builtins=False, environ=None)
    assert "good" in host.plugin_names()
    info = {i.name: i for i in host.describe()}["good"]
    assert info.version == "0.1"
    assert info.hooks == ("newsparse_extract_locations",)


def test_load_plugins_env_filters_by_distribution(make_distribution: MakeDistribution) -> None:
    """An empty NEWSPARSE_LOAD_PLUGINS loads no entry point; a list loads only those."""
    make_distribution("good-plugin", "good", GOOD_PLUGIN)
    make_distribution("other-plugin", "other", GOOD_PLUGIN)
    none = PluginHost.create(builtins=False, environ={"NEWSPARSE_LOAD_PLUGINS": ""})
    assert third_party(none) == []
    only = PluginHost.create(builtins=False, environ={"NEWSPARSE_LOAD_PLUGINS": "other-plugin"})
    assert third_party(only) == ["other"]


def test_import_error_is_recorded_not_raised(make_distribution: MakeDistribution) -> None:
    """A plugin that fails to import is listed with its error; the others still load."""
    make_distribution("broken-import", "broken", FAILS_TO_IMPORT)
    make_distribution("good-plugin", "good", GOOD_PLUGIN)
    host = PluginHost.create(builtins=False, environ=None)
    assert third_party(host) == ["good"]
    errors = {e.plugin: e.message for e in host.load_errors}
    assert "ImportError" in errors["broken"]
    described = {i.name: i for i in host.describe()}
    assert described["broken"].error is not None


def test_registering_a_module_by_name_records_failures() -> None:
    """A module name that cannot be imported becomes a load error."""
    host = PluginHost.create(["no_such_module_for_newsparse"], builtins=False, autoload=False)
    assert [e.plugin for e in host.load_errors] == ["no_such_module_for_newsparse"]


@pytest.mark.parametrize("source", [RAISES_IN_HOOK, BAD_SPANS])
def test_broken_plugins_appear_in_listing(make_distribution: MakeDistribution, source: str) -> None:
    """Plugins that misbehave only at call time still load and are listed."""
    make_distribution("misbehaving", "misbehaving", source)
    host = PluginHost.create(builtins=False, environ=None)
    assert third_party(host) == ["misbehaving"]
