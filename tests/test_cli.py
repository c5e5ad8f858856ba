"""The newsparse command: extract, parse, plugins, exit statuses."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsparse.cli import EXIT_INPUT, EXIT_OK, EXIT_PLUGIN, EXIT_USAGE, main

from .conftest import ROOT, MakeDistribution
from .test_plugins import RAISES_IN_HOOK

SEEDS = ROOT / "seeds" / "seeds.txt"
SEED_FILE = ROOT / "seeds" / "000_b5f36dc68f4741b2.txt"


@pytest.fixture(autouse=True)
def no_third_party_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI tests see the built-in plugins only, unless a test installs one."""
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")


def extract(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `newsparse extract ARGS`; its status, stdout and stderr."""
    status = main(["extract", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_extract_seed_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`newsparse extract seeds/seeds.txt` prints one JSONL line with the documented keys."""
    status, out, err = extract(capsys, str(SEEDS))
    assert status == EXIT_OK, err
    lines = out.splitlines()
    assert len(lines) == 1
    document = json.loads(lines[0])
    assert document["name"] == "000_b5f36dc68f4741b2.txt"
    assert document["title"].startswith("Russian Forces Deliver")
    assert set(document) >= {"name", "title", "quotes", "claims", "locations", "errors"}
    text = SEED_FILE.read_text(encoding="utf-8")
    for kind in ("quotes", "claims", "locations"):
        for item in document[kind]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_plain_file_folder_and_stdin_agree(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain article file, a folder holding it and the bundle give the same results."""
    _, from_file, _ = extract(capsys, str(SEED_FILE), "--only", "quotes")
    _, from_bundle, _ = extract(capsys, str(SEEDS), "--only", "quotes")
    folder = json.loads(
        extract(capsys, str(SEED_FILE.parent), "--only", "quotes")[1].splitlines()[0]
    )
    assert json.loads(from_file)["quotes"] == json.loads(from_bundle)["quotes"] == folder["quotes"]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SEEDS.read_bytes())))
    _, from_stdin, _ = extract(capsys, "-", "--only", "quotes")
    assert json.loads(from_stdin)["quotes"] == json.loads(from_bundle)["quotes"]


def test_csv_and_json_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--format csv writes rows with a header; --format json an array; -o writes a file."""
    status, out, _ = extract(capsys, str(SEEDS), "--format", "csv")
    assert status == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {row["document"] for row in rows} == {"000_b5f36dc68f4741b2.txt"}
    target = tmp_path / "out.json"
    assert extract(capsys, str(SEEDS), "--format", "json", "-o", str(target))[0] == EXIT_OK
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 1


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --format exits 2 and names the known formats."""
    status, _, err = extract(capsys, str(SEEDS), "--format", "xml")
    assert status == EXIT_USAGE
    assert "jsonl" in err


def test_bad_only_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    """--only with an unknown kind is an argparse error (exit 2)."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SEEDS), "--only", "people"])
    assert exit_info.value.code == EXIT_USAGE


def test_claim_kinds_keep_only_those_claims(capsys: pytest.CaptureFixture[str]) -> None:
    """--claim-kinds reported drops the factual claims and keeps every reported one."""
    status, out, err = extract(capsys, str(SEEDS))
    assert status == EXIT_OK, err
    every = json.loads(out)["claims"]
    assert {c["kind"] for c in every} == {"reported", "factual"}
    status, out, err = extract(capsys, str(SEEDS), "--claim-kinds", "reported")
    assert status == EXIT_OK, err
    kept = json.loads(out)["claims"]
    assert kept == [c for c in every if c["kind"] == "reported"]


def test_bad_claim_kind_is_rejected() -> None:
    """--claim-kinds with an unknown kind is an argparse error (exit 2)."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SEEDS), "--claim-kinds", "opinion"])
    assert exit_info.value.code == EXIT_USAGE


def test_missing_file_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A missing input is reported on stderr, the other inputs are still processed, exit 1."""
    status, out, err = extract(capsys, str(tmp_path / "nope.txt"), str(SEEDS))
    assert status == EXIT_INPUT
    assert "nope.txt" in err
    assert len(out.splitlines()) == 1


def test_bad_member_is_reported_and_others_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bundle problem is printed as file:line:col and the good members are still extracted."""
    bundle = tmp_path / "b.txt"
    bundle.write_text(
        "<<<FILE a>>>\nOne.\n<<<END FILE: b>>>\n<<<FILE c>>>\nTwo.\n", encoding="utf-8"
    )
    status, out, err = extract(capsys, str(bundle))
    assert status == EXIT_INPUT
    assert f"{bundle}:3:" in err
    assert "c" in [json.loads(line)["name"] for line in out.splitlines()]


def test_plugin_error_exits_3_and_keeps_results(
    capsys: pytest.CaptureFixture[str],
    make_distribution: MakeDistribution,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plugin that raises is reported on stderr, results are still written, exit 3."""
    make_distribution("raises", "raises", RAISES_IN_HOOK)
    monkeypatch.delenv("NEWSPARSE_LOAD_PLUGINS")
    status, out, err = extract(capsys, str(SEEDS))
    assert status == EXIT_PLUGIN
    assert "plugin raises failed" in err
    document = json.loads(out)
    assert document["errors"][0]["plugin"] == "raises"
    assert document["quotes"]


def test_strict_stops_at_plugin_error(
    capsys: pytest.CaptureFixture[str],
    make_distribution: MakeDistribution,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--strict stops at the first plugin error with exit 3."""
    make_distribution("raises", "raises", RAISES_IN_HOOK)
    monkeypatch.delenv("NEWSPARSE_LOAD_PLUGINS")
    status, out, _ = extract(capsys, str(SEEDS), "--strict")
    assert status == EXIT_PLUGIN
    assert out == ""


def test_jobs_give_the_same_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--jobs 2 writes the same lines in the same order as one process."""
    bundle = tmp_path / "many.txt"
    bundle.write_text(
        "".join(f"<<<FILE d{i}>>>\n“We hold Kyiv,” said Anna Lee {i}.\n" for i in range(40)),
        encoding="utf-8",
    )
    one = extract(capsys, str(bundle))[1]
    two = extract(capsys, str(bundle), "--jobs", "2")[1]
    assert one == two
    assert len(one.splitlines()) == 40


def test_parse_prints_spans(capsys: pytest.CaptureFixture[str]) -> None:
    """`newsparse parse` prints one JSON line per document with its spans and no text."""
    assert main(["parse", str(SEEDS)]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert document["title"]["text"].startswith("Russian Forces")
    assert len(document["paragraphs"]) == 8
    assert "text" not in document


def test_plugins_lists_builtins_with_all(capsys: pytest.CaptureFixture[str]) -> None:
    """`newsparse plugins --all` includes the built-in plugins with their hooks."""
    assert main(["plugins", "--all"]) == EXIT_OK
    plugins = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert "newsparse_extract_quotes" in plugins["newsparse.quotes"]["hooks"]
    assert plugins["newsparse.quotes"]["builtin"] is True


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With stderr a terminal and the output in a file, a progress line is shown on stderr."""
    err = _Terminal()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr("newsparse.cli.time.monotonic", iter(range(0, 10_000, 1)).__next__)
    assert main(["extract", str(SEEDS), "-o", str(tmp_path / "out.jsonl")]) == EXIT_OK
    assert "documents" in err.getvalue() and "MB/s" in err.getvalue()


def test_no_progress_when_not_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """When stderr is not a terminal, nothing but problems goes to stderr."""
    assert main(["extract", str(SEEDS), "-o", str(tmp_path / "out.jsonl")]) == EXIT_OK
    assert capsys.readouterr().err == ""
