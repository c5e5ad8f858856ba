"""The built-in readers (bundle, JSONL) and writers (JSONL, JSON, CSV), registered as a plugin."""

from __future__ import annotations

from collections.abc import Callable

from newsparse.hookspecs import hookimpl
from newsparse.readers import BUILTIN_READERS, Reader
from newsparse.writers import BUILTIN_WRITERS, Writer


@hookimpl
def newsparse_register_readers(register: Callable[[Reader], None]) -> None:
    """Register the bundle and JSONL readers."""
    for reader in BUILTIN_READERS:
        register(reader)


@hookimpl
def newsparse_register_writers(register: Callable[[Writer], None]) -> None:
    """Register the JSONL, JSON and CSV writers."""
    for writer in BUILTIN_WRITERS:
        register(writer)
