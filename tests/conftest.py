"""Shared fixtures: the seed article, and installable fake plugin distributions."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b5f36dc68f4741b2.txt"

MakeDistribution = Callable[[str, str, str], None]


@pytest.fixture
def seed_text() -> str:
    """The seed article's text, exactly as stored."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def make_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MakeDistribution:
    """Install a fake distribution with one ``newsparse`` entry point onto sys.path.

    ``make_distribution(dist_name, entry_name, module_source)`` writes the module
    ``<dist_name with _>.py`` and a ``.dist-info`` folder that importlib.metadata finds.
    NEWSPARSE_LOAD_PLUGINS is set to the fake distributions, so that other installed
    plugins stay out of the test.
    """
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    made: list[str] = []

    def make(dist_name: str, entry_name: str, module_source: str) -> None:
        made.append(dist_name)
        monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", ",".join(made))
        module = dist_name.replace("-", "_")
        (site / f"{module}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
        info = site / f"{module}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: 0.1\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[newsparse]\n{entry_name} = {module}\n", encoding="utf-8"
        )

    return make
