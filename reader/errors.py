"""The project's one exception tree: every failure a user can meet, with a message they can read.

Messages are built from outside text (hosts, server reasons, file names), so they are
sanitized when constructed; the UI and the command line show ``str(error)`` as it is.
"""

from __future__ import annotations

from reader.text import clean_line


class ReaderError(Exception):
    """A failure with one line of text that can be shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(clean_line(message))

    @property
    def message(self) -> str:
        return str(self)


class FetchError(ReaderError):
    """The page could not be fetched (network, HTTP status, size or time limits)."""


class ContentTypeError(FetchError):
    """The source is not an HTML (or plain-text) page."""


class SourceError(ReaderError):
    """A file or stdin source could not be read."""


class ExtractError(ReaderError):
    """No article could be isolated from the page."""


class NoArticleError(ExtractError):
    """The page has no readable article; its plain text may still be shown."""


class StoreError(ReaderError):
    """The bookmark store could not be read or written."""
