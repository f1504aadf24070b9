"""A terminal news reader: fetch a page, isolate the article, read it with the keyboard."""

__version__ = "0.1.0"
