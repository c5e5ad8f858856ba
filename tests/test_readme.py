"""The README: its two set-up commands are what CI runs, and its Python tour runs."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    """The shell commands of the README's set-up section."""
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```sh\n(.*?)\n```$", section, re.M | re.S)


def test_exactly_two_setup_commands() -> None:
    """The README gives exactly two set-up commands: the main job and the tests."""
    commands = setup_commands()
    assert len(commands) == 2
    assert "newsparse extract seeds/" in commands[0]
    assert "pytest" in commands[1]


@pytest.mark.parametrize("command", setup_commands())
def test_ci_runs_the_readme_commands_verbatim(command: str) -> None:
    """.ci/run contains each README set-up command as one verbatim line."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci.splitlines()


def test_python_tour_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's Python example runs on the seed and prints its title."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "")
    (block,) = re.findall(r"^```python\n(.*?)^```$", README, re.M | re.S)
    exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    assert "Russian Forces Deliver Brutal Attack" in capsys.readouterr().out
