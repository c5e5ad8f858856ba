"""The documentation: every hook documented under its exact signature, and every example runs."""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pytest

from newsparse import hookspecs

DOCS = Path(__file__).resolve().parent.parent / "docs"
RUNNABLE = ["plugins.md", "output.md", "quotes.md", "python.md", "format.md"]


def hook_signatures() -> list[str]:
    """``name(arg, ...)`` of every hook specification."""
    return [
        f"{name}({', '.join(inspect.signature(function).parameters)})"
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("newsparse_")
    ]


@pytest.mark.parametrize("signature", hook_signatures())
def test_every_hook_is_documented(signature: str) -> None:
    """docs/plugins.md has a heading with each hook's exact signature."""
    headings = re.findall(r"^### `(.+)`$", (DOCS / "plugins.md").read_text(encoding="utf-8"), re.M)
    assert signature in headings


def python_blocks(path: Path) -> list[str]:
    """The ```python code blocks of a Markdown file, in order."""
    return re.findall(r"^```python\n(.*?)^```$", path.read_text(encoding="utf-8"), re.M | re.S)


@pytest.mark.parametrize("name", RUNNABLE)
def test_examples_run(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python example in the document runs, in order, from the repository root."""
    monkeypatch.chdir(DOCS.parent)
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", os.environ.get("NEWSPARSE_LOAD_PLUGINS", ""))
    namespace: dict[str, object] = {"__name__": f"docs_{name}"}
    blocks = python_blocks(DOCS / name)
    assert blocks
    for block in blocks:
        exec(compile(block, str(DOCS / name), "exec"), namespace)
