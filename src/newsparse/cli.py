"""The ``newsparse`` command: extract, parse, plugins, validate, pack, unpack."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

import attrs

from newsparse import cli_bundle
from newsparse._version import __version__
from newsparse.bundle import BundleError, BundleWarning, Member
from newsparse.pipeline import Analyzer, PluginFailure
from newsparse.plugins import LoadError, PluginHost, collect_registrations
from newsparse.readers import Reader, iter_members
from newsparse.results import Analysis
from newsparse.serialize import RESULT_KINDS, dumps, layout_to_dict
from newsparse.writers import Writer

EXIT_OK = 0
EXIT_INPUT = 1  # an input could not be read, or a bundle had problems
EXIT_USAGE = 2  # argparse's own status for bad arguments
EXIT_PLUGIN = 3  # a plugin failed to load or failed on a document


def _only(value: str) -> frozenset[str]:
    kinds = frozenset(part.strip() for part in value.split(",") if part.strip())
    unknown = kinds - set(RESULT_KINDS)
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated subset of {','.join(RESULT_KINDS)}, got {value!r}"
        )
    return kinds


CLAIM_KINDS = ("reported", "factual")


def _claim_kinds(value: str) -> frozenset[str]:
    kinds = frozenset(part.strip() for part in value.split(",") if part.strip())
    if not kinds or kinds - set(CLAIM_KINDS):
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated subset of {','.join(CLAIM_KINDS)}, got {value!r}"
        )
    return kinds


def _keep_claims(analyses: Iterable[Analysis], kinds: frozenset[str]) -> Iterator[Analysis]:
    """Each analysis with only the claims of ``kinds``."""
    for analysis in analyses:
        yield attrs.evolve(
            analysis, claims=tuple(claim for claim in analysis.claims if claim.kind in kinds)
        )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of processes >= 1, got {value!r}"
        )
    return jobs


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news articles and extract quotes, claims and locations as exact spans.",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    extract = sub.add_parser(
        "extract",
        help="extract quotes, claims and locations from bundles, article files or folders",
        description="Extract quotes, claims and locations; one result per document, in input order.",
    )
    extract.add_argument(
        "inputs", nargs="+", metavar="FILE", help="bundle, article file, folder, or - for stdin"
    )
    extract.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    extract.add_argument(
        "--format", default="jsonl", help="output format: jsonl (default), json, csv, or a plugin's"
    )
    extract.add_argument(
        "--only",
        type=_only,
        default=frozenset(RESULT_KINDS),
        help="comma-separated: quotes,claims,locations",
    )
    extract.add_argument(
        "--claim-kinds",
        type=_claim_kinds,
        default=frozenset(CLAIM_KINDS),
        metavar="KINDS",
        help="comma-separated claim kinds to keep: reported,factual (default both)",
    )
    extract.add_argument(
        "--jobs", type=_jobs, default=1, metavar="N", help="run documents on N processes"
    )
    extract.add_argument(
        "--reader", help="force an input reader by name (bundle, jsonl, or a plugin's)"
    )
    extract.add_argument(
        "--strict", action="store_true", help="stop at the first input problem or plugin error"
    )
    extract.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    extract.set_defaults(func=run_extract)

    parse = sub.add_parser(
        "parse",
        help="print each document's title, paragraph and sentence spans and metadata as JSON lines",
    )
    parse.add_argument(
        "inputs", nargs="+", metavar="FILE", help="bundle, article file, folder, or - for stdin"
    )
    parse.add_argument("--text", action="store_true", help="include each document's full text")
    parse.add_argument("--reader", help="force an input reader by name")
    parse.add_argument("--strict", action="store_true", help="stop at the first input problem")
    parse.set_defaults(func=run_parse)

    plugins = sub.add_parser("plugins", help="list the installed plugins as JSON")
    plugins.add_argument("--all", action="store_true", help="include the built-in default plugins")
    plugins.set_defaults(func=run_plugins)

    cli_bundle.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    args = build_parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except BrokenPipeError:  # `newsparse extract ... | head`
        with contextlib.suppress(Exception):
            sys.stdout.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return status


@attrs.define
class _InputReport:
    """Input problems seen while reading, printed to stderr as they happen."""

    problems: int = 0

    def problem(self, message: str) -> None:
        self.problems += 1
        print(message, file=sys.stderr)


def _members(
    inputs: Iterable[str],
    readers: Sequence[Reader],
    reader: str | None,
    strict: bool,
    report: _InputReport,
) -> Iterator[Member]:
    for item in inputs:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", BundleWarning)
                warnings.showwarning = lambda message, *rest: report.problem(str(message))
                yield from iter_members([item], readers, reader=reader, strict=strict)
        except BundleError as error:
            report.problem(str(error))
            if strict:
                return
        except (OSError, ValueError) as error:
            report.problem(f"{item}: cannot read: {error}")
            if strict:
                return


def _registered(host: PluginHost, hook: str, kind: type[Any]) -> tuple[list[Any], list[LoadError]]:
    found, failures = collect_registrations(host, hook)
    good = [item for item in found if isinstance(item, kind)]
    failures += [
        LoadError(
            plugin="?",
            source=hook,
            message=f"registered {type(item).__name__}, expected {kind.__name__}",
        )
        for item in found
        if not isinstance(item, kind)
    ]
    return good, failures


def _progress(analyses: Iterable[Analysis], enabled: bool) -> Iterator[Analysis]:
    if not enabled:
        yield from analyses
        return
    started = shown = time.monotonic()
    count = size = 0
    for analysis in analyses:
        count += 1
        size += len(analysis.document.text)
        now = time.monotonic()
        if now - shown >= 0.2:
            shown = now
            rate = size / 1e6 / max(now - started, 1e-9)
            print(
                f"\r{count} documents, {size / 1e6:.1f} MB, {rate:.2f} MB/s",
                end="",
                file=sys.stderr,
            )
        yield analysis
    if count:
        print(f"\r{count} documents, {size / 1e6:.1f} MB, done" + " " * 10, file=sys.stderr)


def _report_plugin_errors(analyses: Iterable[Analysis], seen: list[int]) -> Iterator[Analysis]:
    for analysis in analyses:
        for error in analysis.errors:
            seen[0] += 1
            print(
                f"newsparse: plugin {error.plugin} failed in {error.hook} on {error.document}: {error.message}",
                file=sys.stderr,
            )
        yield analysis


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        yield out


def run_extract(args: argparse.Namespace) -> int:
    """``newsparse extract``."""
    try:
        analyzer = Analyzer.create(only=args.only, strict=args.strict)
    except ValueError as error:
        print(f"newsparse: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    host = analyzer.host
    writers, writer_failures = _registered(host, "newsparse_register_writers", Writer)
    readers, reader_failures = _registered(host, "newsparse_register_readers", Reader)
    load_errors = host.load_errors + writer_failures + reader_failures
    for failure in load_errors:
        print(
            f"newsparse: plugin {failure.plugin} could not be loaded: {failure.message}",
            file=sys.stderr,
        )
    if load_errors and args.strict:
        return EXIT_PLUGIN
    by_name = {writer.name: writer for writer in writers}
    if args.format not in by_name:
        print(
            f"newsparse: error: unknown format {args.format!r}; known: {', '.join(sorted(by_name))}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.reader is not None and args.reader not in {reader.name for reader in readers}:
        known = ", ".join(sorted(reader.name for reader in readers))
        print(f"newsparse: error: unknown reader {args.reader!r}; known: {known}", file=sys.stderr)
        return EXIT_USAGE
    report = _InputReport()
    plugin_errors = [0]
    members = _members(args.inputs, readers, args.reader, args.strict, report)
    try:
        with _output(args.output) as out:
            analyses = analyzer.analyze_many(members, jobs=args.jobs)
            analyses = _report_plugin_errors(analyses, plugin_errors)
            if args.claim_kinds != frozenset(CLAIM_KINDS):
                analyses = _keep_claims(analyses, args.claim_kinds)
            to_terminal = args.output in (None, "-") and sys.stdout.isatty()
            show = not args.no_progress and sys.stderr.isatty() and not to_terminal
            by_name[args.format].write(_progress(analyses, show), out, args.only)
    except PluginFailure as failure:
        print(f"newsparse: plugin failed: {failure}", file=sys.stderr)
        return EXIT_PLUGIN
    if report.problems:
        return EXIT_INPUT
    if plugin_errors[0] or load_errors:
        return EXIT_PLUGIN
    return EXIT_OK


def run_parse(args: argparse.Namespace) -> int:
    """``newsparse parse``."""
    from newsparse.document import Document
    from newsparse.readers import BUILTIN_READERS

    report = _InputReport()
    for member in _members(args.inputs, BUILTIN_READERS, args.reader, args.strict, report):
        document = Document.from_member(member)
        data = layout_to_dict(document)
        if args.text:
            data["text"] = document.text
        print(dumps(data))
    return EXIT_INPUT if report.problems else EXIT_OK


def run_plugins(args: argparse.Namespace) -> int:
    """``newsparse plugins``: name, version, hooks and load error of each plugin, as JSON."""
    host = PluginHost.create()
    infos = [attrs.asdict(info) for info in host.describe(include_builtins=args.all)]
    for info in infos:
        info["hooks"] = list(info["hooks"])
    print(json.dumps(infos, indent=2, ensure_ascii=False))
    return EXIT_OK
