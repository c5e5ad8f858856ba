"""Run the plugins on documents: ``analyze`` one, ``analyze_many`` on several processes."""

from __future__ import annotations

import collections
import multiprocessing
import multiprocessing.context
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import attrs
import pluggy

from newsparse.document import Document
from newsparse.plugins import PluginHost
from newsparse.results import Analysis, Claim, Location, PluginError, Quote, sort_key
from newsparse.serialize import RESULT_KINDS
from newsparse.validate import result_problem

R = TypeVar("R", Quote, Claim, Location)
DocumentLike = Document | str | Any  # a Document, a text, or a bundle member


class PluginFailure(RuntimeError):
    """Raised in strict mode at the first plugin error."""

    def __init__(self, error: PluginError) -> None:
        super().__init__(f"{error.plugin} ({error.hook}) on {error.document}: {error.message}")
        self.error = error


def to_document(item: DocumentLike) -> Document:
    """A Document from a Document, a plain text, or anything with ``name`` and ``text``."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document.from_text(item)
    return Document.from_member(item)


@attrs.define
class Analyzer:
    """A configured plugin host that analyses documents.

    ``only`` names the result lists wanted (quotes, claims, locations): hooks whose
    results are not wanted are not called, except quotes, which claims need.
    """

    host: PluginHost
    only: frozenset[str] = frozenset(RESULT_KINDS)
    strict: bool = False
    spec: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def create(
        cls,
        plugins: Iterable[Any] = (),
        *,
        builtins: bool = True,
        autoload: bool = True,
        only: Collection[str] = RESULT_KINDS,
        strict: bool = False,
    ) -> Analyzer:
        """An analyzer with the built-in plugins, ``plugins``, and entry points if ``autoload``."""
        unknown = set(only) - set(RESULT_KINDS)
        if unknown:
            raise ValueError(
                f"unknown result kinds {sorted(unknown)}; expected {list(RESULT_KINDS)}"
            )
        plugins = list(plugins)
        host = PluginHost.create(plugins, builtins=builtins, autoload=autoload)
        spec = {"plugins": plugins, "builtins": builtins, "autoload": autoload, "only": tuple(only)}
        return cls(host=host, only=frozenset(only), strict=strict, spec=spec)

    def analyze(self, item: DocumentLike) -> Analysis:
        """Run every extractor on one document; plugin failures land in ``errors``."""
        errors: list[PluginError] = []
        try:
            document = to_document(item)
        except Exception as error:  # a bad document never takes the others down
            name = getattr(item, "name", "<text>")
            text = getattr(item, "text", item if isinstance(item, str) else "")
            failure = PluginError(
                plugin="newsparse", hook="segment", document=name, message=repr(error)
            )
            if self.strict:
                raise PluginFailure(failure) from error
            return Analysis(document=Document(name=name, text=text), errors=(failure,))
        quotes: tuple[Quote, ...] = ()
        claims: tuple[Claim, ...] = ()
        locations: tuple[Location, ...] = ()
        if "quotes" in self.only or "claims" in self.only:
            quotes = self._collect("newsparse_extract_quotes", Quote, document, errors, {})
        if "locations" in self.only:
            locations = self._collect("newsparse_extract_locations", Location, document, errors, {})
        if "claims" in self.only:
            claims = self._collect(
                "newsparse_extract_claims", Claim, document, errors, {"quotes": quotes}
            )
        analysis = Analysis(document=document, quotes=quotes, claims=claims, locations=locations)
        analysis = self._postprocess(analysis, errors)
        if "quotes" not in self.only:
            analysis = attrs.evolve(analysis, quotes=())
        return attrs.evolve(analysis, errors=tuple(errors))

    def _fail(
        self, errors: list[PluginError], plugin: str, hook: str, document: Document, message: str
    ) -> None:
        """Record a plugin error, or raise it in strict mode."""
        error = PluginError(plugin=plugin, hook=hook, document=document.name, message=message)
        if self.strict:
            raise PluginFailure(error)
        errors.append(error)

    def _call(self, impl: pluggy.HookImpl, arguments: dict[str, Any]) -> Any:
        return impl.function(*(arguments[name] for name in impl.argnames))

    def _collect(
        self,
        hook: str,
        expected: type[R],
        document: Document,
        errors: list[PluginError],
        extra: dict[str, Any],
    ) -> tuple[R, ...]:
        arguments = {"document": document, **extra}
        found: list[R] = []
        for impl in self.host.implementations(hook):
            plugin: str = impl.plugin_name

            def fail(message: str, plugin: str = plugin) -> None:
                self._fail(errors, plugin, hook, document, message)

            try:
                returned = self._call(impl, arguments)
                if returned is None:
                    continue
                if isinstance(returned, (str, bytes)) or not isinstance(returned, Iterable):
                    fail(
                        f"returned {type(returned).__name__}, expected an iterable of {expected.__name__}"
                    )
                    continue
                for result in returned:
                    problem = result_problem(result, document.text, expected)
                    if problem:
                        fail(problem)
                        continue
                    found.append(attrs.evolve(result, extractor=plugin))
            except PluginFailure:
                raise
            except Exception as error:  # isolate the plugin: record and keep going
                fail(f"{type(error).__name__}: {error}")
        return tuple(sorted(found, key=sort_key))

    def _postprocess(self, analysis: Analysis, errors: list[PluginError]) -> Analysis:
        hook = "newsparse_postprocess"
        for impl in self.host.implementations(hook):
            try:
                returned = self._call(impl, {"analysis": analysis})
            except PluginFailure:
                raise
            except Exception as error:  # isolate the plugin: record and keep going
                message = f"{type(error).__name__}: {error}"
                self._fail(errors, impl.plugin_name, hook, analysis.document, message)
                continue
            if returned is None:
                continue
            problem = self._analysis_problem(returned, analysis.document)
            if problem:
                self._fail(errors, impl.plugin_name, hook, analysis.document, problem)
                continue
            analysis = attrs.evolve(
                returned,
                quotes=tuple(sorted(returned.quotes, key=sort_key)),
                claims=tuple(sorted(returned.claims, key=sort_key)),
                locations=tuple(sorted(returned.locations, key=sort_key)),
            )
        return analysis

    @staticmethod
    def _analysis_problem(returned: object, document: Document) -> str | None:
        if not isinstance(returned, Analysis):
            return f"returned {type(returned).__name__}, expected Analysis or None"
        if returned.document is not document and returned.document != document:
            return "returned an analysis of another document"
        for results, expected in (
            (returned.quotes, Quote),
            (returned.claims, Claim),
            (returned.locations, Location),
        ):
            for result in results:
                problem = result_problem(result, document.text, expected)
                if problem:
                    return problem
        return None

    def analyze_many(self, items: Iterable[DocumentLike], *, jobs: int = 1) -> Iterator[Analysis]:
        """Analyse documents in input order, on ``jobs`` processes when ``jobs > 1``."""
        if jobs <= 1:
            for item in items:
                yield self.analyze(item)
            return
        yield from _parallel(self, items, jobs)


# Worker processes: the analyzer is inherited on fork, or rebuilt from its spec on spawn.
_WORKER: Analyzer | None = None
_CHUNK = 16


def _init_worker(analyzer: Analyzer | None, spec: dict[str, Any] | None, strict: bool) -> None:
    global _WORKER
    if analyzer is not None:
        _WORKER = analyzer
    else:
        assert spec is not None
        _WORKER = Analyzer.create(
            spec["plugins"],
            builtins=spec["builtins"],
            autoload=spec["autoload"],
            only=spec["only"],
            strict=strict,
        )


def _work(chunk: Sequence[DocumentLike]) -> list[Analysis]:
    assert _WORKER is not None
    return [_WORKER.analyze(item) for item in chunk]


def _chunks(items: Iterable[DocumentLike]) -> Iterator[list[DocumentLike]]:
    chunk: list[DocumentLike] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parallel(analyzer: Analyzer, items: Iterable[DocumentLike], jobs: int) -> Iterator[Analysis]:
    methods = multiprocessing.get_all_start_methods()
    context: multiprocessing.context.BaseContext
    if "fork" in methods:
        context = multiprocessing.get_context("fork")
        initargs: tuple[Any, ...] = (analyzer, None, analyzer.strict)
    else:  # pragma: no cover - platforms without fork
        context = multiprocessing.get_context("spawn")
        initargs = (None, analyzer.spec, analyzer.strict)
    with context.Pool(jobs, initializer=_init_worker, initargs=initargs) as pool:
        pending: collections.deque[Any] = collections.deque()
        for chunk in _chunks(items):
            pending.append(pool.apply_async(_work, (chunk,)))
            while len(pending) > jobs * 4:  # bounded memory: never read far ahead
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


_DEFAULT: Analyzer | None = None


def default_analyzer() -> Analyzer:
    """The analyzer with built-ins and entry points, created once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer.create()
    return _DEFAULT


def analyze(
    document: DocumentLike,
    *,
    plugins: Iterable[Any] = (),
    autoload: bool = True,
    builtins: bool = True,
    only: Collection[str] = RESULT_KINDS,
) -> Analysis:
    """Analyse one document (a Document, a text or a bundle member) with the plugins.

    ``plugins`` adds plugin objects or module names; ``autoload=False`` skips entry points;
    ``builtins=False`` leaves out the built-in extractors.
    """
    plugins = list(plugins)
    if not plugins and autoload and builtins and set(only) == set(RESULT_KINDS):
        return default_analyzer().analyze(document)
    return Analyzer.create(plugins, autoload=autoload, builtins=builtins, only=only).analyze(
        document
    )


def analyze_many(
    documents: Iterable[DocumentLike],
    *,
    jobs: int = 1,
    plugins: Iterable[Any] = (),
    autoload: bool = True,
    builtins: bool = True,
    only: Collection[str] = RESULT_KINDS,
) -> Iterator[Analysis]:
    """Analyse many documents lazily, in input order, on ``jobs`` processes."""
    analyzer = Analyzer.create(plugins, autoload=autoload, builtins=builtins, only=only)
    return analyzer.analyze_many(documents, jobs=jobs)
