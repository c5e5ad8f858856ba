"""The example plugin in examples/, installed in the test environment, seen through its entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "seeds.txt"

pytest.importorskip(
    "newsparse_example_plugin",
    reason="install it: pip install -e examples/newsparse-example-plugin",
)


def run(*args: str, load: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the newsparse command with NEWSPARSE_LOAD_PLUGINS set to ``load`` (None: unset)."""
    env = dict(os.environ)
    env.pop("NEWSPARSE_LOAD_PLUGINS", None)
    if load is not None:
        env["NEWSPARSE_LOAD_PLUGINS"] = load
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args], capture_output=True, text=True, env=env
    )


def test_listed_by_newsparse_plugins() -> None:
    """`newsparse plugins` lists the plugin by its entry-point name, version and hook."""
    result = run("plugins")
    assert result.returncode == 0, result.stderr
    plugins = {p["name"]: p for p in json.loads(result.stdout)}
    assert plugins["local-places"]["version"] == "0.1.0"
    assert plugins["local-places"]["hooks"] == ["newsparse_extract_locations"]
    assert plugins["local-places"]["error"] is None


def test_contributes_results_under_its_own_name() -> None:
    """On the seed, the plugin's places appear with extractor local-places."""
    result = run("extract", str(SEEDS), "--only", "locations")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout.splitlines()[0])
    mine = [loc for loc in document["locations"] if loc["extractor"] == "local-places"]
    assert "Dnipropetrovsk" in {loc["text"] for loc in mine}


def test_left_out_when_load_plugins_is_empty() -> None:
    """NEWSPARSE_LOAD_PLUGINS= (empty) loads no third-party plugin."""
    listing = json.loads(run("plugins", load="").stdout)
    assert "local-places" not in {p["name"] for p in listing}
    result = run("extract", str(SEEDS), "--only", "locations", load="")
    document = json.loads(result.stdout.splitlines()[0])
    assert all(loc["extractor"] != "local-places" for loc in document["locations"])


def test_loaded_when_named_in_load_plugins() -> None:
    """NEWSPARSE_LOAD_PLUGINS naming the distribution loads it."""
    listing = json.loads(run("plugins", load="newsparse-example-plugin").stdout)
    assert "local-places" in {p["name"] for p in listing}
