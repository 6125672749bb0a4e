"""The one document builder: Report -> semantic Document that every writer draws."""

from desktop.document.builder import build_document  # noqa: F401
from desktop.document.elements import Document  # noqa: F401
