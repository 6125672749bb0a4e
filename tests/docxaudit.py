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

import hashlib
import io
import re
import tempfile
import zipfile
from pathlib import Path

import pytest

_validator = None


_findings_by_content: dict[bytes, list[str]] = {}

# The only values that differ between two exports of one report: the export's time in
# docProps/core.xml and the custom XML part's random GUID. Any value of these exact shapes
# validates alike, so the cache below replaces them; any other shape is audited afresh.
_VOLATILE = re.compile(
    rb"(?<=>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(?=</dcterms:)"
    rb"|\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}")


def _content_key(data: bytes) -> bytes | None:
    """A digest of the package as the validator reads it: every part's name and
    contents (not the zip's timestamps), the volatile values above made constant."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            digest = hashlib.sha256()
            for name in sorted(z.namelist()):
                digest.update(name.encode("utf-8") + b"\0")
                digest.update(_VOLATILE.sub(b"~", z.read(name)) + b"\0")
            return digest.digest()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def audit_findings(data: bytes) -> list[str]:
    """openxml-audit's findings for a DOCX, as text (empty: valid).

    The verdict is kept per package content: most tests export the same few
    reports, and a mutation run (docs/testing.md) repeats the same tests many times
    over in forked copies of one process that has audited them all once."""
    key = _content_key(data)
    if key is not None and key in _findings_by_content:
        return list(_findings_by_content[key])
    found = fresh_findings(data)
    if key is not None:
        _findings_by_content[key] = found
    return list(found)


def fresh_findings(data: bytes) -> list[str]:
    """openxml-audit's findings, always validated afresh (no cache)."""
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
