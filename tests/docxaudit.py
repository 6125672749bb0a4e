"""Every DOCX a test writes in-process is validated by openxml-audit (issue 10).

openxml-audit is a Python port of the Open XML SDK validator (schemas and
semantic constraints of Office 2019, its default profile). An autouse fixture
wraps python-docx's ``Document.save`` for the length of each test; when the
test ends, each file saved is validated and any finding fails the test. DOCX
files written by a child process (the CLI tests) are not seen here.

A test that saves a DOCX standing in for a clerk's own Word file (plain
python-docx, not our writer) marks itself ``@pytest.mark.foreign_docx``: what
python-docx's default template holds is not ours to validate.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

_validator = None


def audit_findings(data: bytes) -> list[str]:
    """openxml-audit's findings for a DOCX, as text (empty: valid)."""
    global _validator
    from openxml_audit import OpenXmlValidator

    if _validator is None:
        _validator = OpenXmlValidator()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.docx"
        path.write_bytes(data)
        result = _validator.validate(path)
        return [str(e) for e in result.errors]


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "foreign_docx: the test saves a DOCX not written by shutcho (not audited)")


@pytest.fixture(autouse=True)
def _audit_every_docx(monkeypatch, request):
    import docx.document

    if request.node.get_closest_marker("foreign_docx"):
        yield
        return

    original = docx.document.Document.save
    saved: list[bytes] = []

    def save(self, path_or_stream):
        original(self, path_or_stream)
        if isinstance(path_or_stream, io.BytesIO):
            saved.append(path_or_stream.getvalue())
        elif isinstance(path_or_stream, (str, Path)):
            saved.append(Path(path_or_stream).read_bytes())

    monkeypatch.setattr(docx.document.Document, "save", save)
    yield
    for data in saved:
        found = audit_findings(data)
        assert not found, f"openxml-audit: {len(found)} findings: {found[:5]}"
