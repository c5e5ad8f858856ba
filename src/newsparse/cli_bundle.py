"""``newsparse validate``, ``pack`` and ``unpack``: check bundles, and turn folders into bundles and back."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from newsparse.bundle import (
    BundleError,
    Member,
    iter_problems,
    name_problem,
    read_bundle,
    write_bundle,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the validate, pack and unpack commands to the ``newsparse`` parser."""
    validate = subparsers.add_parser(
        "validate", help="check bundles; print file:line:col: message for each problem"
    )
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(func=run_validate)

    pack = subparsers.add_parser("pack", help="pack a folder of article files into one bundle")
    pack.add_argument("folder", metavar="DIR")
    pack.add_argument("-o", "--output", required=True, metavar="BUNDLE")
    pack.add_argument("--force", action="store_true", help="overwrite BUNDLE if it exists")
    pack.set_defaults(func=run_pack)

    unpack = subparsers.add_parser("unpack", help="unpack a bundle into a folder of article files")
    unpack.add_argument("bundle", metavar="BUNDLE")
    unpack.add_argument("-o", "--output", required=True, metavar="DIR")
    unpack.add_argument("--force", action="store_true", help="overwrite files that exist")
    unpack.set_defaults(func=run_unpack)


def run_validate(args: argparse.Namespace) -> int:
    """Print every problem of every file; exit 1 if there is any."""
    count = 0
    for file in args.files:
        try:
            problems = iter_problems(file)
        except OSError as error:
            print(f"{file}:1:1: cannot read: {error.strerror or error}")
            count += 1
            continue
        for problem in problems:
            print(problem)
        count += len(problems)
    return 1 if count else 0


def folder_members(folder: Path) -> Iterator[Member]:
    """Every regular, non-hidden file under ``folder`` as a member named by its relative path."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            path = Path(root) / file
            if file.startswith(".") or path.is_symlink() or not path.is_file():
                continue
            name = path.relative_to(folder).as_posix()
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as error:
                raise BundleError(
                    f"invalid UTF-8 at byte offset {error.start}: expected UTF-8 text",
                    path=str(path),
                    line=1,
                ) from error
            yield Member(name=name, text=text)


def run_pack(args: argparse.Namespace) -> int:
    """Write every file of the folder into one bundle."""
    folder = Path(args.folder)
    output = Path(args.output)
    if not folder.is_dir():
        print(f"newsparse pack: {folder}: expected a folder", file=sys.stderr)
        return 1
    if output.exists() and not args.force:
        print(f"newsparse pack: {output} exists; pass --force to overwrite it", file=sys.stderr)
        return 1
    try:
        members = list(folder_members(folder))
        for member in members:
            problem = name_problem(member.name)
            if problem:
                raise BundleError(problem, path=str(folder / member.name), line=1)
    except BundleError as error:
        print(f"newsparse pack: {error}", file=sys.stderr)
        return 1
    write_bundle(members, output)
    print(f"packed {len(members)} files into {output}", file=sys.stderr)
    return 0


def safe_target(root: Path, name: str) -> Path:
    """Where member ``name`` goes under ``root``; raises ValueError if it would leave ``root``."""
    problem = name_problem(name)
    if problem:
        raise ValueError(problem)
    target = root / name
    real_root = root.resolve()
    current = root
    for part in Path(name).parts[:-1]:
        current = current / part
        if current.is_symlink():
            raise ValueError(f"{name!r} passes through the symbolic link {current}")
    if target.is_symlink():
        raise ValueError(f"{name!r} is a symbolic link")
    if not target.resolve().is_relative_to(real_root):
        raise ValueError(f"{name!r} would be written outside {root}")
    return target


def run_unpack(args: argparse.Namespace) -> int:
    """Write each member of the bundle to a file under the folder, never outside it."""
    root = Path(args.output)
    root.mkdir(parents=True, exist_ok=True)
    status = written = 0
    try:
        for member in read_bundle(args.bundle):
            try:
                target = safe_target(root, member.name)
            except ValueError as error:
                print(f"newsparse unpack: skipped: {error}", file=sys.stderr)
                status = 1
                continue
            if target.exists() and not args.force:
                print(
                    f"newsparse unpack: {target} exists; pass --force to overwrite it",
                    file=sys.stderr,
                )
                status = 1
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="") as out:
                out.write(member.text)
            written += 1
    except (BundleError, OSError) as error:
        print(f"newsparse unpack: {error}", file=sys.stderr)
        return 1
    print(f"unpacked {written} files into {root}", file=sys.stderr)
    return status
