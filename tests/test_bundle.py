"""The <<<FILE>>> bundle format: variants, exact round trips, escaping, metadata and errors."""

from __future__ import annotations

import contextlib
import io
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse.bundle as bundle_module
from newsparse import BundleError, BundleWarning, Member, read_bundle, write_bundle
from newsparse.bundle import escape_content, iter_problems, name_problem


def read(data: str | bytes, **options: object) -> list[Member]:
    """Members of a bundle given as text or bytes."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return list(read_bundle(io.BytesIO(raw), name="b.txt", **options))  # type: ignore[arg-type]


def written(members: list[Member]) -> bytes:
    """The canonical bytes of ``members``."""
    out = io.BytesIO()
    write_bundle(members, out)
    return out.getvalue()


def problems(data: str | bytes) -> list[str]:
    """Every problem of a bundle, as `file:line:col: message` strings."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return [str(p) for p in iter_problems(io.BytesIO(raw), name="b.txt")]


@pytest.mark.parametrize(
    "header",
    ["<<<FILE a.txt>>>", "<<<FILE: a.txt>>>", "<<<File: a.txt>>>", "<<<file a.txt>>>"],
)
@pytest.mark.parametrize(
    "closing",
    ["", "<<<END FILE>>>\n", "<<<END FILE: a.txt>>>\n", "<<<END_FILE>>>\n", "<<<END>>>\n"],
)
def test_header_and_closing_variants_parse_alike(header: str, closing: str) -> None:
    """Every header spelling, with or without any closing line, gives the same member."""
    assert read(f"{header}\nHello.\n{closing}") == [Member(name="a.txt", text="Hello.")]


def test_members_run_to_the_next_header() -> None:
    """Without closing lines each member runs to the next header or the end of the file."""
    assert read("<<<FILE a>>>\nOne.\n<<<FILE b>>>\nTwo.\n") == [
        Member(name="a", text="One."),
        Member(name="b", text="Two."),
    ]


def test_the_newline_before_a_marker_belongs_to_the_marker() -> None:
    """Content keeps its own final newlines; the one before the next marker is the marker's."""
    assert read("<<<FILE a>>>\nOne.\n\n<<<FILE b>>>\nTwo.") == [
        Member(name="a", text="One.\n"),
        Member(name="b", text="Two."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "no final newline",
        "ends with newline\n",
        "two\n\n",
        "crlf\r\nlines\r\n",
        "\ufeffbom",
    ],
)
def test_canonical_form_round_trips(text: str) -> None:
    """Empty content, final newlines, CRLF and a leading BOM survive write then read."""
    member = Member(name="x", text=text)
    assert read(written([member])) == [member]


def test_crlf_bundle_uses_crlf_separators() -> None:
    """A bundle whose marker lines end in CRLF reads without stray carriage returns."""
    data = "<<<FILE a>>>\r\nLine one.\r\nLine two.\r\n<<<FILE b>>>\r\nB.\r\n"
    assert read(data) == [
        Member(name="a", text="Line one.\r\nLine two."),
        Member(name="b", text="B."),
    ]


def test_file_bom_is_not_content() -> None:
    """A UTF-8 byte order mark at the start of the file is not part of any member."""
    assert read(b"\xef\xbb\xbf<<<FILE a>>>\nText.\n") == [Member(name="a", text="Text.")]


def test_marker_like_lines_are_escaped() -> None:
    """Content lines that look like markers get one more `<` when written, and lose it when read."""
    text = "<<<FILE not-a-member>>>\n<<<<END>>>\n<<<META url: x>>>\n<<< plain"
    member = Member(name="a", text=text)
    data = written([member]).decode("utf-8")
    assert "\n<<<<FILE not-a-member>>>\n<<<<<END>>>\n<<<<META" in data
    assert "\n<<< plain" in data
    assert read(data) == [member]


def test_escape_content_touches_only_marker_like_lines() -> None:
    """escape_content adds a `<` only before lines that start like a marker."""
    assert escape_content("a\n<<<FILE x>>>\n<<<x\n") == "a\n<<<<FILE x>>>\n<<<x\n"


def test_metadata_lines_round_trip() -> None:
    """Metadata is written as <<<META key: value>>> lines after the header and read back."""
    member = Member(
        name="a",
        text="Body.",
        metadata={"url": "https://example.org/a?x=1", "date": "2026-11-25", "author": "A >>> B"},
    )
    data = written([member]).decode("utf-8")
    assert data.startswith("<<<FILE a>>>\n<<<META url: https://example.org/a?x=1>>>\n")
    assert read(data) == [member]


def test_metadata_value_with_line_break_is_refused() -> None:
    """The writer refuses a metadata value that holds a line break."""
    with pytest.raises(ValueError, match="line break"):
        written([Member(name="a", text="", metadata={"author": "A\nB"})])


def test_file_without_header_is_one_member_verbatim(tmp_path: Path) -> None:
    """A plain article file is one member named after the file, its text exactly as stored."""
    path = tmp_path / "story.txt"
    path.write_bytes(b"Headline\n\nBody with <<<<FILE x>>> text.\n")
    assert list(read_bundle(path)) == [
        Member(name="story.txt", text="Headline\n\nBody with <<<<FILE x>>> text.\n")
    ]


def test_empty_file_has_no_members() -> None:
    """An empty file holds no member, so writing nothing reads back as nothing."""
    assert read(written([])) == []


def test_reading_is_lazy() -> None:
    """Members are yielded one at a time: the first is available before the rest is read."""
    data = "".join(f"<<<FILE m{i}>>>\nText {i}.\n" for i in range(50_000)).encode("utf-8")
    stream = io.BytesIO(data)
    members = read_bundle(stream)
    assert next(members).name == "m0"
    assert stream.tell() < len(data)


def test_small_chunks_give_the_same_members(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading in tiny chunks, splitting lines and characters, changes nothing."""
    data = written(
        [Member(name="é/a", text="Ünïcödé\r\n<<<FILE x>>>\n"), Member(name="b", text="x" * 50)]
    )
    expected = read(data)
    monkeypatch.setattr(bundle_module, "CHUNK_SIZE", 7)
    assert read(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<<<END>>>\n", "b.txt:1:1: closing line with no open member"),
        ("<<<FILE a>>>\nx\n<<<END FILE: b>>>\n", "b.txt:3:1: closing line names 'b'"),
        ("Preface.\n<<<FILE a>>>\nx\n", "b.txt:1:1: text before the first header"),
        ("<<<FILE a\nx\n", "b.txt:1:10: malformed marker line: expected <<<FILE name>>>"),
        ("<<<FILE >>>\nx\n", "b.txt:1:1: expected a member name, found none"),
        ("<<<FILE ../etc/passwd>>>\nx\n", "b.txt:1:1: member name '../etc/passwd' has an empty"),
        ("<<<FILE /abs>>>\nx\n", "b.txt:1:1: member name '/abs' is an absolute path"),
        ("<<<FILE a>>>\n<<<FILE a>>>\n", "b.txt:2:1: duplicate member name 'a'"),
        ("<<<FILE a>>>\nx\n<<<END>>>\nstray\n", "b.txt:4:1: text outside a member"),
        ("<<<FILE a>>>\nx\n<<<META url: u>>>\n", "b.txt:3:1: metadata line outside"),
    ],
)
def test_errors_name_file_line_and_column(data: str, expected: str) -> None:
    """Each kind of bad input raises a BundleError at its line and column, saying what was expected."""
    with pytest.raises(BundleError) as error:
        read(data)
    assert str(error.value).startswith(expected)
    assert isinstance(error.value, ValueError)


def test_invalid_utf8_names_byte_offset() -> None:
    """Invalid UTF-8 is reported with its byte offset, line and column."""
    with pytest.raises(BundleError, match=r"b\.txt:3:3: invalid UTF-8 at byte offset 20"):
        read(b"<<<FILE a>>>\nfine\nab\xff\n")


def test_errors_from_a_path_count_lines_on_demand(tmp_path: Path) -> None:
    """Reading a file on disk reports the same line and column as reading a stream."""
    data = b"<<<FILE a>>>\none\ntwo\n<<<END FILE: z>>>\n"
    path = tmp_path / "b.txt"
    path.write_bytes(data)
    from_disk = [str(p).replace(str(path), "b.txt") for p in iter_problems(path)]
    assert (
        from_disk
        == problems(data)
        == ["b.txt:4:1: closing line names 'z': expected the open member 'a'"]
    )


def test_lenient_mode_recovers_and_warns() -> None:
    """strict=False reports each problem as a BundleWarning and keeps every member it can."""
    data = "Preface.\n<<<FILE a>>>\nA.\n<<<END FILE: q>>>\n<<<FILE a>>>\nB.\n<<<FILE ../c>>>\nC.\n"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        members = read(data, strict=False)
    assert [m.text for m in members] == ["A.", "B.", "C."]
    assert [m.name for m in members] == ["a", "a", "c"]
    assert len([w for w in caught if issubclass(w.category, BundleWarning)]) == 4


def test_validate_collects_every_problem() -> None:
    """iter_problems lists all problems in order without raising."""
    assert problems("<<<END>>>\n<<<FILE a>>>\nx\n<<<FILE a>>>\n") == [
        "b.txt:1:1: closing line with no open member: expected a <<<FILE name>>> header before it",
        "b.txt:4:1: duplicate member name 'a': expected each name once",
    ]


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("a.txt", True),
        ("folder/a b.txt", True),
        ("..", False),
        ("a/../b", False),
        ("a\\b", False),
        ("C:x", False),
        ("", False),
        (" a", False),
        ("a//b", False),
        ("a\x00b", False),
    ],
)
def test_name_rules(name: str, safe: bool) -> None:
    """Names are relative POSIX paths without empty, '.' or '..' segments or unsafe characters."""
    assert (name_problem(name) is None) is safe


def test_writer_refuses_duplicates_and_unsafe_names() -> None:
    """write_bundle raises on a duplicate or unsafe name instead of writing a broken bundle."""
    with pytest.raises(BundleError, match="duplicate"):
        written([Member(name="a", text=""), Member(name="a", text="")])
    with pytest.raises(BundleError, match="absolute"):
        written([Member(name="/a", text="")])


def test_write_to_path_and_text_file(tmp_path: Path) -> None:
    """write_bundle writes the same bytes to a path, a text file and a binary file."""
    members = [Member(name="a", text="é\r\n")]
    path = tmp_path / "out.txt"
    write_bundle(members, path)
    text_out = io.StringIO()
    write_bundle(members, text_out)
    assert path.read_bytes() == written(members) == text_out.getvalue().encode("utf-8")


SAFE_NAMES = st.from_regex(r"[a-z0-9_-]{1,10}(/[a-z0-9_.-]{1,10})?", fullmatch=True).filter(
    lambda n: name_problem(n) is None
)
TRICKY_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "é",
            " ",
            "\n",
            "\r\n",
            "\r",
            "\ufeff",
            "<<<FILE x>>>",
            "<<<<END>>>",
            "<<<META k: v>>>",
            "<<<",
            "<<<END",
            ">>>",
            "\x00",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(SAFE_NAMES, st.one_of(TRICKY_TEXT, st.text())),
        max_size=6,
        unique_by=lambda m: m[0],
    )
)
def test_round_trip_property(items: list[tuple[str, str]]) -> None:
    """read(write(x)) == x for any members with safe, unique names and any text."""
    members = [Member(name=name, text=text) for name, text in items]
    assert read(written(members)) == members


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | TRICKY_TEXT.map(lambda t: t.encode("utf-8")))
def test_any_bytes_raise_only_bundle_errors(data: bytes) -> None:
    """No input makes strict reading raise anything but BundleError, or lenient reading raise at all."""
    with contextlib.suppress(BundleError):
        read(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for member in read(data, strict=False):
            assert isinstance(member.text, str)


def test_unique_names_can_be_skipped() -> None:
    """unique_names=False reads duplicates without a problem (for enormous bundles)."""
    data = io.BytesIO(b"<<<FILE a>>>\nA.\n<<<FILE a>>>\nB.\n")
    assert [m.text for m in read_bundle(data, unique_names=False)] == ["A.", "B."]
