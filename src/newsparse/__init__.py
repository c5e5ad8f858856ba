"""newsparse: news articles into typed documents, with quotes, claims and locations as exact spans."""

from newsparse._version import __version__
from newsparse.document import Document, Paragraph, Sentence, Span
from newsparse.hookspecs import hookimpl
from newsparse.results import Analysis, Claim, Location, Mention, PluginError, Quote

__all__ = [
    "Analysis",
    "Claim",
    "Document",
    "Location",
    "Mention",
    "Paragraph",
    "PluginError",
    "Quote",
    "Sentence",
    "Span",
    "__version__",
    "hookimpl",
]
