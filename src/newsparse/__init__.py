"""newsparse: news articles into typed documents, with quotes, claims and locations as exact spans.

Public names live here; code lives in the modules::

    import newsparse

    for member in newsparse.read_bundle("seeds/seeds.txt"):
        analysis = newsparse.analyze(newsparse.Document.from_member(member))
"""

from newsparse._version import __version__
from newsparse.bundle import BundleError, BundleWarning, Member, read_bundle, write_bundle
from newsparse.document import Document, Paragraph, Sentence, Span
from newsparse.hookspecs import hookimpl
from newsparse.pipeline import Analyzer, PluginFailure, analyze, analyze_many
from newsparse.readers import Reader
from newsparse.results import Analysis, Claim, Location, Mention, PluginError, Quote
from newsparse.writers import Writer

__all__ = [
    "Analysis",
    "Analyzer",
    "BundleError",
    "BundleWarning",
    "Claim",
    "Document",
    "Location",
    "Member",
    "Mention",
    "Paragraph",
    "PluginError",
    "PluginFailure",
    "Quote",
    "Reader",
    "Sentence",
    "Span",
    "Writer",
    "__version__",
    "analyze",
    "analyze_many",
    "hookimpl",
    "read_bundle",
    "write_bundle",
]
