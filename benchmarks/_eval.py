"""Shared helpers for the benchmark scripts: where the eval sets are, and running score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from newsparse import Analysis, Analyzer, Document, read_bundle
from newsparse.serialize import analysis_to_dict

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SCORER = EVAL / "score.py"


def eval_path(name: str) -> Path:
    """A file of ../shared/eval, with a clear message when the folder is missing."""
    path = EVAL / name
    if not path.exists():
        sys.exit(f"{path} not found: the benchmarks need ../shared/eval beside the repository")
    return path


def documents(dataset: str) -> Iterable[Document]:
    """The documents of ``<dataset>.bundle.txt``, read as newsparse reads any bundle."""
    for member in read_bundle(eval_path(f"{dataset}.bundle.txt")):
        yield Document.from_member(member)


def write_predictions(analyses: Iterable[Analysis], out: Path) -> None:
    """Analyses as JSONL in newsparse's output schema, which score.py reads as it is."""
    with out.open("w", encoding="utf-8") as f:
        for analysis in analyses:
            f.write(json.dumps(analysis_to_dict(analysis), ensure_ascii=False) + "\n")


def score(task: str, dataset: str, predictions: Path) -> dict[str, Any]:
    """Run ../shared/eval/score.py and return its figures."""
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            task,
            str(eval_path(f"{dataset}.jsonl")),
            str(predictions),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


def run_and_score(
    task: str,
    dataset: str,
    out: Path,
    only: tuple[str, ...],
    show: Callable[[dict[str, Any]], None],
) -> dict[str, Any]:
    """Analyse a dev set with the built-in plugins only, score it and print the figures."""
    analyzer = Analyzer.create(autoload=False, only=only)
    write_predictions(analyzer.analyze_many(documents(dataset)), out)
    figures = score(task, dataset, out)
    show(figures)
    return figures
