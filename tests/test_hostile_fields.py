"""Issue 11, finding 2: a field that ``check`` accepts never crashes an export.

Every string of the sample draft (the settings' font and author included) is
replaced by text with control characters, lone surrogates and U+FFFE; whatever
the loader accepts must export as DOCX and PDF.
"""

from __future__ import annotations

import json

import pytest

from conftest import SAMPLE
from desktop import export
from desktop.model.checks import check_report
from desktop.model.draft import report_from_bytes

HOSTILE = "x\u0001\ud800\ufffe\x85\x7fy"
_KEEP = {"id", "topic", "type", "mime", "data", "format", "submitted", "start", "end", "date",
         "page_numbers", "role", "kind"}


def _poison(node):
    if isinstance(node, dict):
        return {k: (v if k in _KEEP else _poison(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_poison(v) for v in node]
    return HOSTILE if isinstance(node, str) else node


@pytest.mark.parametrize("font", ["\u0001", "\ud800", "a\ufffeb", "\t\n", HOSTILE])
def test_settings_font_never_crashes_the_docx_writer(tmp_path, font):
    raw = json.dumps({"settings": {"font": font}}).encode()
    report = report_from_bytes("font.json", raw)
    check_report(report)
    export.export_docx(report, tmp_path / "out.docx")
    assert (tmp_path / "out.docx").stat().st_size > 0


def test_every_field_hostile_exports(tmp_path):
    data = json.loads(SAMPLE.read_text("utf-8"))
    data["report"] = _poison(data["report"])
    raw = json.dumps(data, ensure_ascii=True).encode()
    report = report_from_bytes("hostile.shutcho", raw)
    assert report.settings.font == HOSTILE and report.addressee == HOSTILE
    check_report(report)
    export.export_docx(report, tmp_path / "out.docx")
    export.export_pdf(report, tmp_path / "out.pdf")
