"""Finds quotations and their speakers in a Document.

(First cut: a stub that finds nothing; detection is being built separately.)
"""

from __future__ import annotations

from dataclasses import replace

from reader.document import Document, Quote


def find_quotes(document: Document) -> tuple[Quote, ...]:
    """Every quotation in the Document, in reading order."""
    return ()


def with_quotes(document: Document) -> Document:
    """The Document with its quotations found and their spans marked (``Span.quote``,
    and ``qmark`` on the marks themselves)."""
    return replace(document, quotes=find_quotes(document))
