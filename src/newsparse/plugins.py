"""The plugin manager: built-in default plugins, entry points, NEWSPARSE_LOAD_PLUGINS, load errors."""

from __future__ import annotations

import importlib
import importlib.metadata
import os
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

import attrs
import pluggy

from newsparse import hookspecs
from newsparse._version import __version__

ENTRY_POINT_GROUP = "newsparse"
LOAD_PLUGINS_ENV = "NEWSPARSE_LOAD_PLUGINS"

# Built-in features are plugins too, registered through the same hooks as third-party ones.
# The extractors can be left out (builtins=False); the merge policy and formats always load.
BUILTIN_EXTRACTORS: dict[str, str] = {
    "newsparse.quotes": "newsparse.extractors.quotes",
    "newsparse.locations": "newsparse.extractors.locations",
    "newsparse.claims": "newsparse.extractors.claims",
}
CORE_PLUGINS: dict[str, str] = {
    "newsparse.merge": "newsparse.default_plugins.merge",
    "newsparse.formats": "newsparse.default_plugins.formats",
}
DEFAULT_PLUGINS: dict[str, str] = {**BUILTIN_EXTRACTORS, **CORE_PLUGINS}


@attrs.frozen(kw_only=True)
class LoadError:
    """A plugin that could not be loaded: its name, where it came from, and why."""

    plugin: str
    source: str
    message: str


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``newsparse plugins`` shows of one plugin."""

    name: str
    version: str | None
    hooks: tuple[str, ...]
    builtin: bool
    error: str | None = None


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def load_plugins_setting(environ: dict[str, str] | None = None) -> frozenset[str] | None:
    """The distributions NEWSPARSE_LOAD_PLUGINS allows: None (unset) means all."""
    value = (environ if environ is not None else os.environ).get(LOAD_PLUGINS_ENV)
    if value is None:
        return None
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


@attrs.define
class PluginHost:
    """A pluggy manager plus what it could not load and where each plugin came from."""

    manager: pluggy.PluginManager
    load_errors: list[LoadError] = attrs.field(factory=list)
    versions: dict[str, str | None] = attrs.field(factory=dict)
    builtins: set[str] = attrs.field(factory=set)

    @classmethod
    def create(
        cls,
        plugins: Iterable[Any] = (),
        *,
        builtins: bool = True,
        autoload: bool = True,
        environ: dict[str, str] | None = None,
    ) -> PluginHost:
        """A host with the built-in plugins, ``plugins`` and (if ``autoload``) entry points.

        ``builtins=False`` leaves out the built-in extractors, not the merge policy and formats.
        """
        manager = pluggy.PluginManager(hookspecs.PROJECT)
        manager.add_hookspecs(hookspecs)
        host = cls(manager=manager)
        defaults = DEFAULT_PLUGINS if builtins else CORE_PLUGINS
        for name, module in defaults.items():
            host.register_module(module, name=name, builtin=True)
        for plugin in plugins:
            host.register(plugin)
        if autoload:
            host.load_entry_points(environ=environ)
        return host

    def register_module(self, module: str, *, name: str, builtin: bool = False) -> None:
        """Import ``module`` and register it; an import error is recorded, not raised."""
        try:
            imported = importlib.import_module(module)
            self.manager.register(imported, name=name)
        except Exception as error:  # a broken plugin must not take the host down
            self.load_errors.append(LoadError(plugin=name, source=module, message=_describe(error)))
            return
        self.versions[name] = __version__ if builtin else None
        if builtin:
            self.builtins.add(name)

    def register(self, plugin: Any, name: str | None = None) -> str:
        """Register a plugin object (module, class or instance) or an importable module name."""
        if isinstance(plugin, str):
            self.register_module(plugin, name=name or plugin)
            return name or plugin
        if name is None:
            name = plugin.__name__ if isinstance(plugin, (ModuleType, type)) else None
        if name is None:
            name = getattr(plugin, "name", None) or type(plugin).__name__
        assert name is not None
        self.manager.register(plugin, name=name)
        self.versions.setdefault(name, None)
        return name

    def load_entry_points(self, environ: dict[str, str] | None = None) -> None:
        """Load the ``newsparse`` entry points allowed by NEWSPARSE_LOAD_PLUGINS, each in its own try."""
        allowed = load_plugins_setting(environ)
        if allowed is not None:
            allowed = frozenset(_normalise(name) for name in allowed)
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            dist = entry_point.dist
            dist_name = dist.metadata["Name"] if dist is not None else entry_point.name
            if allowed is not None and _normalise(dist_name) not in allowed:
                continue
            if self.manager.has_plugin(entry_point.name):
                continue
            try:
                plugin = entry_point.load()
                self.manager.register(plugin, name=entry_point.name)
            except Exception as error:  # record it and keep going
                self.load_errors.append(
                    LoadError(
                        plugin=entry_point.name, source=entry_point.value, message=_describe(error)
                    )
                )
                continue
            self.versions[entry_point.name] = dist.version if dist is not None else None

    def plugin_names(self) -> list[str]:
        """Registered plugin names, sorted."""
        return sorted(
            name for name, plugin in self.manager.list_name_plugin() if plugin is not None
        )

    def hook_names(self, name: str) -> tuple[str, ...]:
        """The hooks the plugin called ``name`` implements, sorted."""
        plugin = self.manager.get_plugin(name)
        callers = self.manager.get_hookcallers(plugin) or []
        return tuple(sorted(caller.name for caller in callers))

    def describe(self, *, include_builtins: bool = False) -> list[PluginInfo]:
        """Each plugin's name, version, hooks and load error, sorted by name."""
        infos = [
            PluginInfo(
                name=name,
                version=self.versions.get(name),
                hooks=self.hook_names(name),
                builtin=name in self.builtins,
            )
            for name in self.plugin_names()
            if include_builtins or name not in self.builtins
        ]
        infos.extend(
            PluginInfo(
                name=error.plugin,
                version=None,
                hooks=(),
                builtin=error.plugin in DEFAULT_PLUGINS,
                error=error.message,
            )
            for error in self.load_errors
            if include_builtins or error.plugin not in DEFAULT_PLUGINS
        )
        return sorted(infos, key=lambda info: info.name)

    def implementations(self, hook: str) -> Sequence[pluggy.HookImpl]:
        """The implementations of ``hook``: ``tryfirst`` ones, the rest, ``trylast`` ones.

        Within each group plugins run in name order, so load order never changes the output.
        """
        caller = getattr(self.manager.hook, hook)
        impls = [
            impl for impl in caller.get_hookimpls() if not impl.hookwrapper and not impl.wrapper
        ]
        return sorted(impls, key=_call_order)


def _call_order(impl: pluggy.HookImpl) -> tuple[int, str]:
    return (0 if impl.tryfirst else 2 if impl.trylast else 1, impl.plugin_name)


def collect_registrations(host: PluginHost, hook: str) -> tuple[list[Any], list[LoadError]]:
    """Call a ``register`` hook on each plugin in its own try; what they registered, and failures."""
    registered: list[Any] = []
    failures: list[LoadError] = []
    arguments = {"register": registered.append}
    for impl in host.implementations(hook):
        try:
            impl.function(*(arguments[name] for name in impl.argnames))
        except Exception as error:  # a broken plugin must not take the host down
            failures.append(
                LoadError(plugin=impl.plugin_name, source=hook, message=_describe(error))
            )
    return registered, failures
