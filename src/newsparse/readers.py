"""Input readers by name: bundles and plain article files built in, JSONL too, more through plugins."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from newsparse.bundle import BundleError, Member, read_bundle

ReadFunction = Callable[[Path | BinaryIO, str, bool], Iterator[Member]]


@attrs.frozen(kw_only=True)
class Reader:
    """A named input format: ``read(source, name, strict)`` yields members.

    ``source`` is a path or a binary file; ``name`` names a headerless source's member and
    the source in error messages. ``suffixes`` (".jsonl") pick the reader for a file.
    """

    name: str
    read: ReadFunction
    suffixes: tuple[str, ...] = ()
    description: str = ""


def read_bundle_source(source: Path | BinaryIO, name: str, strict: bool) -> Iterator[Member]:
    """A ``<<<FILE>>>`` bundle, or a plain article file as one member named ``name``."""
    return read_bundle(source, strict=strict, name=name)


def read_jsonl_source(source: Path | BinaryIO, name: str, strict: bool) -> Iterator[Member]:
    """One JSON object per line with ``text`` and ``name`` (or ``id``), optional ``metadata``."""
    stream: BinaryIO = source.open("rb") if isinstance(source, Path) else source
    try:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw)
                text = data["text"]
                member_name = str(data["name"] if "name" in data else data["id"])
                metadata = {str(k): str(v) for k, v in (data.get("metadata") or {}).items()}
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                problem = BundleError(
                    f"expected a JSON object with 'text' and 'name' or 'id' ({error})",
                    path=name,
                    line=number,
                    column=1,
                )
                if strict:
                    raise problem from error
                import warnings

                from newsparse.bundle import BundleWarning

                warnings.warn(BundleWarning(problem), stacklevel=2)
                continue
            yield Member(name=member_name, text=text, metadata=metadata)
    finally:
        if isinstance(source, Path):
            stream.close()


BUILTIN_READERS = (
    Reader(
        name="bundle",
        read=read_bundle_source,
        description="<<<FILE name>>> bundles and plain article files (the default)",
    ),
    Reader(
        name="jsonl",
        read=read_jsonl_source,
        suffixes=(".jsonl", ".ndjson"),
        description='JSON lines {"name" or "id", "text", "metadata"?}',
    ),
)


def pick_reader(path: str, readers: Iterable[Reader], default: str = "bundle") -> Reader:
    """The reader whose suffix matches ``path``, else the one named ``default``."""
    by_name = {}
    for reader in readers:
        by_name[reader.name] = reader
        if any(path.lower().endswith(suffix) for suffix in reader.suffixes):
            return reader
    return by_name[default]


def walk_files(folder: Path) -> Iterator[Path]:
    """Regular files under ``folder``, recursively, sorted by relative path, hidden ones left out."""
    found = (
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    yield from sorted(found)


def iter_members(
    inputs: Iterable[str],
    readers: Iterable[Reader] = BUILTIN_READERS,
    *,
    reader: str | None = None,
    strict: bool = False,
) -> Iterator[Member]:
    """Members of every input in order: files, folders (walked, sorted) and ``-`` for stdin.

    ``reader`` forces a reader by name; otherwise the file's suffix picks one.
    """
    readers = tuple(readers)
    names = {r.name: r for r in readers}
    if reader is not None and reader not in names:
        raise ValueError(f"unknown reader {reader!r}; known: {', '.join(sorted(names))}")
    for item in inputs:
        if item == "-":
            chosen = names[reader] if reader else names["bundle"]
            yield from chosen.read(sys.stdin.buffer, "<stdin>", strict)
            continue
        path = Path(item)
        if path.is_dir():
            for file in walk_files(path):
                chosen = names[reader] if reader else pick_reader(file.name, readers)
                yield from chosen.read(file, file.relative_to(path).as_posix(), strict)
        else:
            chosen = names[reader] if reader else pick_reader(path.name, readers)
            yield from chosen.read(path, path.name, strict)
