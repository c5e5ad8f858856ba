"""The ``<<<FILE name>>>`` bundle format: read lazily, write canonically, report exact problems.

The grammar is in ``docs/format.md``. In short: a member starts with a header line
``<<<FILE name>>>`` (also ``<<<FILE: name>>>``, any case), may carry ``<<<META key: value>>>``
lines, and runs to an optional closing line (``<<<END FILE>>>``, ``<<<END FILE: name>>>``,
``<<<END_FILE>>>``, ``<<<END>>>``), the next header or the end of the file. The line
terminator just before a marker line (and the last one of the file) belongs to the marker;
content lines that look like markers are escaped with one extra ``<``.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

CHUNK_SIZE = 1 << 17  # 128 KB: small enough to stay in the CPU cache, measured fastest
BOM = b"\xef\xbb\xbf"

_MARKER_START = re.compile(rb"^<<<", re.M)
_HEADER = re.compile(r"<<<FILE(?::[ \t]*|[ \t]+)(?P<name>.*)>>>[ \t]*", re.I | re.S)
_END = re.compile(
    r"<<<END(?:[ _]FILE)?(?:(?::[ \t]*|[ \t]+)(?P<name>.*?))?[ \t]*>>>[ \t]*", re.I | re.S
)
_META = re.compile(r"<<<META[ \t]+(?P<key>[^:]*):[ \t]?(?P<value>.*)>>>", re.I | re.S)
_KEYWORD_LINE = re.compile(rb"<<<(?:FILE|END|META)(?:[ \t:_>]|$)", re.I)
_ESCAPED_LINE = re.compile(rb"<<<<+(?:FILE|END|META)", re.I)
_ESCAPE_CONTENT = re.compile(r"^(?=<*<<<(?:FILE|END|META))", re.I | re.M)
_META_KEY = re.compile(r"[a-z][a-z0-9_-]{0,63}")
# Names made of these characters, with segments that do not start with "." or a space and
# do not end with a space, are safe; anything else goes through the full check.
_SIMPLE_NAME = re.compile(
    r"[\w(\[][\w.,()\[\]+=@&'~ -]*(?<! )(?:/[\w(\[][\w.,()\[\]+=@&'~ -]*(?<! ))*"
)
_UNSAFE_NAME_CHAR = re.compile(r'[\x00-\x1f\x7f\\<>:"|?*]')


def _metadata(value: Mapping[str, str]) -> dict[str, str]:
    return dict(value)


@attrs.frozen(kw_only=True)
class Member:
    """One article of a bundle: its name, its exact text, and its metadata."""

    name: str
    text: str
    metadata: Mapping[str, str] = attrs.field(factory=dict, converter=_metadata)


class BundleError(ValueError):
    """A problem in a bundle, at ``path:line:column`` (1-based), saying what was expected."""

    def __init__(self, message: str, *, path: str, line: int, column: int = 1) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.message = message
        self.path = path
        self.line = line
        self.column = column


class BundleWarning(UserWarning):
    """A bundle problem that lenient reading recovered from; ``error`` is the full problem."""

    def __init__(self, error: BundleError) -> None:
        super().__init__(str(error))
        self.error = error


def name_problem(name: str) -> str | None:
    """Why ``name`` is not a safe member name, or None when it is."""
    if len(name) <= 63 and _SIMPLE_NAME.fullmatch(name):
        return None  # the common case, decided by one match
    if not name:
        return "expected a member name, found none"
    if name != name.strip():
        return f"member name {name!r} starts or ends with white space"
    bad = _UNSAFE_NAME_CHAR.search(name)
    if bad:
        return f"member name {name!r} holds the unsafe character {bad.group()!r}"
    if name.startswith("/"):
        return f"member name {name!r} is an absolute path; expected a relative one"
    for segment in name.split("/"):
        if segment in ("", ".", ".."):
            return f"member name {name!r} has an empty, '.' or '..' path segment"
        if len(segment.encode("utf-8")) > 255:
            return f"member name {name!r} has a path segment longer than 255 bytes"
    return None


def _sanitise(name: str, line: int) -> str:
    """A safe stand-in for an unsafe name, for lenient reading."""
    cleaned = _UNSAFE_NAME_CHAR.sub("_", name.strip())
    segments = [s[:200] for s in cleaned.split("/") if s not in ("", ".", "..")]
    return "/".join(segments) or f"unnamed-line-{line}"


@attrs.define
class _Reader:
    """The state of one pass over a bundle."""

    path: str
    strict: bool
    default_name: str
    on_problem: Callable[[BundleError], None] | None
    line: int = 1  # line number at the start of the current buffer
    offset: int = 0  # byte offset of the start of the current buffer
    crlf: bool = False
    seen_header: bool = False
    name: str | None = None  # open member
    metadata: dict[str, str] = attrs.field(factory=dict)
    pieces: list[memoryview] = attrs.field(factory=list)
    content_offset: int = 0
    content_line: int = 1
    in_metadata: bool = False
    after_end: bool = False
    names: set[int] | None = attrs.field(factory=set)  # hashes of the names seen, or None
    preamble: list[memoryview] = attrs.field(factory=list)
    preamble_line: int = 1
    preamble_at: int = 0
    # Reading the prefix of the source again, when it can be: line numbers are then counted
    # only for a problem, not for every byte read (which costs a quarter of the speed).
    reread: Callable[[int], Iterator[bytes]] | None = None

    @property
    def counting(self) -> bool:
        """Whether line numbers are counted while reading (a source that cannot be re-read)."""
        return self.reread is None

    def locate(self, at: int) -> tuple[int, int]:
        """Line and column (1-based, in characters) of byte offset ``at``, re-reading the source."""
        assert self.reread is not None
        line, line_start, read = 1, 0, 0
        tail = b""
        for chunk in self.reread(at):
            newlines = chunk.count(b"\n")
            if newlines:
                line += newlines
                line_start = read + chunk.rfind(b"\n") + 1
                tail = chunk[chunk.rfind(b"\n") + 1 :]
            else:
                tail += chunk
            read += len(chunk)
        del line_start
        if line == 1 and tail.startswith(BOM):
            tail = tail[len(BOM) :]
        return line, len(tail.decode("utf-8", errors="replace")) + 1

    def problem(self, message: str, line: int, column: int = 1, *, at: int | None = None) -> None:
        if at is not None and not self.counting:
            line, column = self.locate(at)
        error = BundleError(message, path=self.path, line=line, column=column)
        if self.strict:
            raise error
        if self.on_problem is not None:
            self.on_problem(error)
        else:
            warnings.warn(BundleWarning(error), stacklevel=4)

    def close(self) -> Member | None:
        """Finish the open member; its text, without the separator that belongs to the marker."""
        if self.name is None:
            return None
        # Pieces are views of the read buffer: the text is decoded without copying the bytes.
        view = self.pieces[0] if len(self.pieces) == 1 else memoryview(b"".join(self.pieces))
        size = len(view)
        if self.crlf and size >= 2 and view[size - 2] == 13 and view[size - 1] == 10:  # "\r\n"
            size -= 2
        elif size and view[size - 1] == 10:  # "\n"
            size -= 1
        try:
            text = str(view[:size], "utf-8")
        except UnicodeDecodeError as error:
            data = bytes(view[:size])
            bad = self.content_offset + error.start
            line = self.content_line + data.count(b"\n", 0, error.start)
            column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
            self.problem(
                f"invalid UTF-8 at byte offset {bad}: expected UTF-8 text", line, column, at=bad
            )
            text = data.decode("utf-8", errors="replace")
        member = Member(name=self.name, text=text, metadata=self.metadata)
        self.name, self.metadata, self.pieces = None, {}, []
        return member

    def open(self, raw_name: str, line: int, next_offset: int, header_at: int) -> None:
        if not self.seen_header and b"".join(self.preamble).strip():
            self.problem(
                "text before the first header: expected <<<FILE name>>> first",
                self.preamble_line,
                at=self.preamble_at,
            )
        self.preamble = []
        problem = name_problem(raw_name)
        name = raw_name
        if problem:
            self.problem(problem, line, 1, at=header_at)
            name = _sanitise(raw_name, line)
        key = hash(name)
        if self.names is not None and key in self.names:
            message = f"duplicate member name {name!r}: expected each name once"
            self.problem(message, line, 1, at=header_at)
        if self.names is not None:
            self.names.add(key)
        self.name = name
        self.seen_header = True
        self.in_metadata = True
        self.after_end = False
        self.content_offset = next_offset
        self.content_line = line + 1

    def content(self, piece: memoryview, line: int, at: int) -> None:
        """Bytes that are not a marker line: member content, or text outside any member."""
        if not piece:
            return
        if self.name is not None:
            self.pieces.append(piece)
            self.in_metadata = False
        elif not self.seen_header:
            if not self.preamble:
                self.preamble_line, self.preamble_at = line, at
            self.preamble.append(piece)
        elif bytes(piece).strip():
            # after a closing line only blank lines may come before the next header
            message = "text outside a member: expected a <<<FILE name>>> header first"
            self.problem(message, line, 1, at=at)


def _decode_marker(raw: bytes, reader: _Reader, line: int, at: int) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        reader.problem(
            f"invalid UTF-8 at byte offset {at + error.start}: expected UTF-8 text",
            line,
            error.start + 1,
            at=at + error.start,
        )
        return None


def _marker(reader: _Reader, raw: bytes, line: int, at: int, next_offset: int) -> Member | None:
    """Handle one marker line (without its terminator) at ``line``; the member it closes."""
    if raw.startswith(b"<<<FILE ") and raw.endswith(b">>>") and reader.seen_header:
        try:  # the canonical header, by far the most common marker
            name = raw[8:-3].decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if ">>>" not in name:
                member = reader.close()
                reader.open(name.strip(), line, next_offset, at)
                return member
    text = _decode_marker(raw, reader, line, at)
    if text is None:
        return None
    if text.endswith("\r"):
        text = text[:-1]
        if not reader.seen_header:
            reader.crlf = True
    header = _HEADER.fullmatch(text)
    if header:
        member = reader.close()
        reader.open(header.group("name").strip(), line, next_offset, at)
        return member
    end = _END.fullmatch(text)
    if end:
        if reader.name is None:
            reader.problem(
                "closing line with no open member: expected a <<<FILE name>>> header before it",
                line,
                at=at,
            )
            return None
        named = end.group("name")
        if named and named.strip() != reader.name:
            reader.problem(
                f"closing line names {named.strip()!r}: expected the open member {reader.name!r}",
                line,
                at=at,
            )
        member = reader.close()
        reader.after_end = True
        return member
    meta = _META.fullmatch(text)
    if meta:
        key, value = meta.group("key"), meta.group("value")
        if reader.name is None or not reader.in_metadata:
            reader.problem(
                "metadata line outside a member's header: expected it right after <<<FILE name>>>",
                line,
                at=at,
            )
            return None
        if not _META_KEY.fullmatch(key):
            reader.problem(
                f"metadata key {key!r}: expected lowercase letters, digits, '-' or '_'",
                line,
                9,
                at=at + 8,
            )
            return None
        reader.metadata[key] = value
        reader.content_offset = next_offset
        reader.content_line = line + 1
        return None
    keyword = text[3:8].upper()
    expected = (
        "<<<FILE name>>>"
        if keyword.startswith("FILE")
        else "<<<END FILE>>>"
        if keyword.startswith("END")
        else "<<<META key: value>>>"
    )
    column = len(text) + 1 if ">>>" not in text else 1
    reader.problem(
        f"malformed marker line: expected {expected} (escape a content line with one more '<')",
        line,
        column,
        at=at + len(raw.rstrip(b"\r")) if column > 1 else at,
    )
    if keyword.startswith("FILE") and reader.strict is False:
        rest = text[7:].lstrip(": \t").rstrip("> \t")
        member = reader.close()
        reader.open(rest, line, next_offset, at)
        return member
    return None


def _marker_starts(buffer: bytes, limit: int) -> Iterator[int]:
    """Offsets of the lines of ``buffer[:limit]`` that start with ``<<<`` (a fast byte search)."""
    if buffer.startswith(b"<<<"):
        yield 0
    at = buffer.find(b"\n<<<", 0, limit)
    while at >= 0:
        yield at + 1
        at = buffer.find(b"\n<<<", at + 1, limit)


def _scan(reader: _Reader, buffer: bytes, limit: int) -> list[Member]:
    """Process ``buffer[:limit]``, which ends at a line end (or at the end of the file)."""
    members: list[Member] = []
    view = memoryview(buffer)
    last, last_line = 0, reader.line  # start of the pending content, and its line
    counted, line = 0, reader.line  # newlines are counted up to ``counted``, at ``line``
    counting = reader.counting
    for start in _marker_starts(buffer, limit):
        if counting:
            line += buffer.count(b"\n", counted, start)
            counted = start
        end = buffer.find(b"\n", start, limit)
        line_end = limit if end < 0 else end
        after = line_end + 1 if end >= 0 else limit
        raw = buffer[start:line_end]
        if raw.startswith(b"<<<FILE "):
            pass  # a header, the most common marker line: no need for the two matches below
        elif _ESCAPED_LINE.match(raw):
            if reader.seen_header:  # a file without headers is taken verbatim
                reader.content(view[last:start], last_line, reader.offset + last)
                reader.content(view[start + 1 : after], line, reader.offset + start)
                last, last_line = after, line + 1
            continue
        elif not _KEYWORD_LINE.match(raw):
            continue  # a content line that merely starts with <<<
        reader.content(view[last:start], last_line, reader.offset + last)
        member = _marker(reader, raw, line, reader.offset + start, reader.offset + after)
        if member is not None:
            members.append(member)
        last, last_line = after, line + 1
    reader.content(view[last:limit], last_line, reader.offset + last)
    reader.line = line + buffer.count(b"\n", counted, limit) if counting else line
    reader.offset += limit
    return members


def _chunks(stream: IO[Any]) -> Iterator[bytes]:
    """Bytes of a binary or text stream, about ``CHUNK_SIZE`` at a time."""
    while True:
        data = stream.read(CHUNK_SIZE)
        if not data:
            return
        yield data.encode("utf-8") if isinstance(data, str) else data


def _read(stream: IO[Any], reader: _Reader) -> Iterator[Member]:
    buffer = b""
    first = True
    for chunk in _chunks(stream):
        buffer += chunk
        if first:
            if len(buffer) < len(BOM) and BOM.startswith(buffer):
                continue
            if buffer.startswith(BOM):
                buffer = buffer[len(BOM) :]
                reader.offset = len(BOM)
            first = False
        cut = buffer.rfind(b"\n") + 1
        if cut:
            yield from _scan(reader, buffer, cut)
            buffer = buffer[cut:]
    if first and buffer.startswith(BOM):
        buffer = buffer[len(BOM) :]
        reader.offset = len(BOM)
    if buffer:
        yield from _scan(reader, buffer, len(buffer))
    if not reader.seen_header:
        yield from _headerless(reader)
        return
    member = reader.close()
    if member is not None:
        yield member


def _headerless(reader: _Reader) -> Iterator[Member]:
    """A file without any header is one member holding the whole file, verbatim.

    An empty file holds no member, so that ``write_bundle([])`` reads back as ``[]``.
    """
    data = b"".join(reader.preamble)
    if not data:
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = 1 + data.count(b"\n", 0, error.start)
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        bad = error.start + reader.preamble_at
        reader.problem(
            f"invalid UTF-8 at byte offset {bad}: expected UTF-8 text", line, column, at=bad
        )
        text = data.decode("utf-8", errors="replace")
    yield Member(name=reader.default_name, text=text)


def read_bundle(
    source: str | os.PathLike[str] | IO[Any],
    *,
    strict: bool = True,
    name: str | None = None,
    on_problem: Callable[[BundleError], None] | None = None,
    unique_names: bool = True,
) -> Iterator[Member]:
    """Yield the members of a bundle (or of a plain article file) lazily, in constant memory.

    ``source`` is a path or a binary or text file. ``name`` names the source in messages and
    the member of a file without headers (default: the file's name). In strict mode (the
    default) the first problem raises :class:`BundleError`; with ``strict=False`` each
    problem goes to ``on_problem`` (default: a :class:`BundleWarning`) and reading goes on.

    Memory stays constant but for duplicate detection, which keeps a hash of each name
    (about 60 bytes a member); ``unique_names=False`` skips it for enormous bundles.
    """
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        label = str(path)
        default_name = name or path.name
        with path.open("rb") as stream:
            reader = _Reader(
                path=label, strict=strict, default_name=default_name, on_problem=on_problem
            )
            if not unique_names:
                reader.names = None
            reader.reread = lambda size: _prefix(path, size)
            yield from _read(stream, reader)
        return
    label = name or str(getattr(source, "name", "<stream>"))
    default_name = name or Path(label).name or "<stream>"
    reader = _Reader(path=label, strict=strict, default_name=default_name, on_problem=on_problem)
    if not unique_names:
        reader.names = None
    yield from _read(source, reader)


def _prefix(path: Path, size: int) -> Iterator[bytes]:
    """The first ``size`` bytes of a file, in chunks."""
    with path.open("rb") as stream:
        while size > 0:
            chunk = stream.read(min(size, CHUNK_SIZE))
            if not chunk:
                return
            size -= len(chunk)
            yield chunk


def iter_problems(
    source: str | os.PathLike[str] | IO[Any], *, name: str | None = None
) -> list[BundleError]:
    """Every problem of a bundle, in order, without raising."""
    problems: list[BundleError] = []
    for _ in read_bundle(source, strict=False, name=name, on_problem=problems.append):
        pass
    return problems


def escape_content(text: str) -> str:
    """``text`` with one more ``<`` before every line that could read as a marker."""
    return _ESCAPE_CONTENT.sub("<", text)


def _member_lines(member: Member) -> Iterator[str]:
    problem = name_problem(member.name)
    if problem:
        raise BundleError(problem, path="<write>", line=1)
    yield f"<<<FILE {member.name}>>>\n"
    for key, value in member.metadata.items():
        if not _META_KEY.fullmatch(key):
            raise ValueError(f"metadata key {key!r} of {member.name!r}: expected [a-z][a-z0-9_-]*")
        if "\n" in value or "\r" in value:
            raise ValueError(f"metadata value of {key!r} in {member.name!r} holds a line break")
        yield f"<<<META {key}: {value}>>>\n"
    yield escape_content(member.text)
    yield "\n"


def write_bundle(members: Iterable[Member], file: str | os.PathLike[str] | IO[Any]) -> None:
    """Write ``members`` in the canonical form, to a path or an open text or binary file.

    Names must be safe (see :func:`name_problem`) and unique; metadata keys match
    ``[a-z][a-z0-9_-]*`` and values hold no line break.
    """
    if isinstance(file, (str, os.PathLike)):
        with open(file, "w", encoding="utf-8", newline="") as out:
            write_bundle(members, out)
        return
    binary = not hasattr(file, "encoding")
    seen: set[str] = set()
    for member in members:
        if member.name in seen:
            raise BundleError(f"duplicate member name {member.name!r}", path="<write>", line=1)
        seen.add(member.name)
        for piece in _member_lines(member):
            if binary:
                file.write(piece.encode("utf-8"))
            else:
                file.write(piece)
