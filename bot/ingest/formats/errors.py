"""The error a format converter raises; the reader turns it into a DocumentError naming the file."""

from __future__ import annotations


class FormatError(ValueError):
    """A file whose content cannot be turned into text; the message is the reason."""
