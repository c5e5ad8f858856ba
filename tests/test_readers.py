"""Input readers: bundles, plain files, folders, JSON lines, and picking a reader by suffix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.bundle import BundleError, BundleWarning
from newsparse.readers import BUILTIN_READERS, iter_members, pick_reader


def test_folder_is_walked_in_sorted_order_without_hidden_files(tmp_path: Path) -> None:
    """A folder's files are read recursively, sorted, hidden ones left out, named by relative path."""
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.txt").write_text("First.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Never.", encoding="utf-8")
    members = list(iter_members([str(tmp_path)]))
    assert [(m.name, m.text) for m in members] == [("a/z.txt", "First."), ("b.txt", "Second.")]


def test_jsonl_reader_takes_name_or_id(tmp_path: Path) -> None:
    """A .jsonl file yields one member per line, named by "name" or "id", with metadata."""
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "x", "text": "One."},
        {"name": "y", "text": "Two.", "metadata": {"url": "https://example.org"}},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    members = list(iter_members([str(path)]))
    assert [(m.name, m.text, dict(m.metadata)) for m in members] == [
        ("x", "One.", {}),
        ("y", "Two.", {"url": "https://example.org"}),
    ]


def test_jsonl_bad_line_names_file_and_line(tmp_path: Path) -> None:
    """A JSONL line without text is a BundleError at its line in strict mode, a warning otherwise."""
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "Fine."}\n{"id": "broken"}\n', encoding="utf-8")
    with pytest.raises(BundleError, match=r"bad\.jsonl:2:1"):
        list(iter_members([str(path)], strict=True))
    with pytest.warns(BundleWarning):
        members = list(iter_members([str(path)], strict=False))
    assert [m.name for m in members] == ["ok"]


def test_reader_is_picked_by_suffix() -> None:
    """.jsonl and .ndjson pick the jsonl reader; anything else the bundle reader."""
    assert pick_reader("a.JSONL", BUILTIN_READERS).name == "jsonl"
    assert pick_reader("a.ndjson", BUILTIN_READERS).name == "jsonl"
    assert pick_reader("a.txt", BUILTIN_READERS).name == "bundle"


def test_forced_reader_and_unknown_reader(tmp_path: Path) -> None:
    """reader= forces a reader by name; an unknown name is a ValueError naming the known ones."""
    path = tmp_path / "docs.txt"
    path.write_text('{"id": "x", "text": "One."}\n', encoding="utf-8")
    assert [m.name for m in iter_members([str(path)], reader="jsonl")] == ["x"]
    with pytest.raises(ValueError, match="bundle"):
        list(iter_members([str(path)], reader="xml"))
