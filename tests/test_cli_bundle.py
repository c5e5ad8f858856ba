"""`newsparse validate`, `pack` and `unpack` on the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsparse import Member, read_bundle, write_bundle
from newsparse.cli import main


def test_validate_prints_problems_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """validate prints file:line:col: message for each problem and exits 1."""
    bad = tmp_path / "bad.txt"
    bad.write_text("<<<FILE a>>>\nx\n<<<END FILE: b>>>\n<<<END>>>\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{bad}:3:1: closing line names 'b': expected the open member 'a'",
        f"{bad}:4:1: closing line with no open member: expected a <<<FILE name>>> header before it",
    ]


def test_validate_passes_good_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """validate prints nothing and exits 0 for a good bundle."""
    good = tmp_path / "good.txt"
    write_bundle([Member(name="a", text="Fine.")], good)
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == ""


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read is a problem too."""
    assert main(["validate", str(tmp_path / "nope.txt")]) == 1
    assert "cannot read" in capsys.readouterr().out


def test_pack_and_unpack_round_trip(tmp_path: Path) -> None:
    """pack then unpack gives back every file byte for byte; hidden files are left out."""
    source = tmp_path / "articles"
    (source / "world").mkdir(parents=True)
    (source / "world" / "kyiv.txt").write_bytes("Kyiv\r\n\r\n“Quote.”".encode())
    (source / "b.txt").write_bytes(b"<<<FILE looks like a marker>>>\n")
    (source / ".DS_Store").write_bytes(b"junk")
    bundle = tmp_path / "bundle.txt"
    assert main(["pack", str(source), "-o", str(bundle)]) == 0
    assert [m.name for m in read_bundle(bundle)] == ["b.txt", "world/kyiv.txt"]
    target = tmp_path / "copy"
    assert main(["unpack", str(bundle), "-o", str(target)]) == 0
    assert (target / "world" / "kyiv.txt").read_bytes() == (
        source / "world" / "kyiv.txt"
    ).read_bytes()
    assert (target / "b.txt").read_bytes() == (source / "b.txt").read_bytes()
    assert not (target / ".DS_Store").exists()


def test_pack_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pack does not overwrite an existing bundle without --force."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A", encoding="utf-8")
    out = tmp_path / "out.txt"
    out.write_text("keep", encoding="utf-8")
    assert main(["pack", str(tmp_path / "in"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "keep"
    assert main(["pack", str(tmp_path / "in"), "-o", str(out), "--force"]) == 0


def test_unpack_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing file is kept unless --force is given."""
    bundle = tmp_path / "b.txt"
    write_bundle([Member(name="a.txt", text="new")], bundle)
    target = tmp_path / "out"
    target.mkdir()
    (target / "a.txt").write_text("old", encoding="utf-8")
    assert main(["unpack", str(bundle), "-o", str(target)]) == 1
    assert (target / "a.txt").read_text(encoding="utf-8") == "old"
    assert main(["unpack", str(bundle), "-o", str(target), "--force"]) == 0
    assert (target / "a.txt").read_text(encoding="utf-8") == "new"


def test_unpack_never_writes_outside_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names with '..' or absolute paths are refused even when the bundle holds them."""
    bundle = tmp_path / "evil.txt"
    bundle.write_text(
        "<<<FILE ../escape.txt>>>\nx\n<<<FILE /etc/evil>>>\ny\n<<<FILE ok.txt>>>\nz\n",
        encoding="utf-8",
    )
    target = tmp_path / "out"
    assert main(["unpack", str(bundle), "-o", str(target)]) == 1
    assert not (tmp_path / "escape.txt").exists()
    assert sorted(p.name for p in target.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_unpack_refuses_symlinked_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A member whose path goes through a symbolic link is not written."""
    outside = tmp_path / "outside"
    outside.mkdir()
    target = tmp_path / "out"
    target.mkdir()
    (target / "link").symlink_to(outside, target_is_directory=True)
    bundle = tmp_path / "b.txt"
    write_bundle([Member(name="link/a.txt", text="x")], bundle)
    assert main(["unpack", str(bundle), "-o", str(target)]) == 1
    assert not (outside / "a.txt").exists()
    assert "symbolic link" in capsys.readouterr().err
