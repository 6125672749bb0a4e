"""出張報告書エディタ (shutcho): a form-driven editor for council inspection-trip reports."""

__version__ = "0.1.0"
