"""Ingestion of career documents into the knowledge store (`ingest`), with a parser for plain-text pages."""

from __future__ import annotations

from bot.ingest.extract import parse_document
from bot.ingest.loader import IngestError, ingest
from bot.ingest.reader import DocumentError, RawDocument, read_document

__all__ = ["DocumentError", "IngestError", "RawDocument", "ingest", "parse_document", "read_document"]
