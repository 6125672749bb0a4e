"""Issue 11, finding 7: every draft the loader accepts exports in bounded time and
memory (docs/draft-format.md, "Limits"); one over the budget is refused with a message."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image as PILImage

from desktop import export
from desktop.model import budget
from desktop.model.checks import check_report
from desktop.model.codec import MAX_TEXT
from desktop.model.draft import DraftError, report_from_bytes
from desktop.model.report import Image, Paragraph, Photo
from desktop.writers.errors import ExportError
from pdfcheck import small_report


def _every_field_at_the_limit() -> bytes:
    """The issue's draft: the text fields of a report all MAX_TEXT characters long."""
    text = ("あいうえお漢字かなカナ" * (MAX_TEXT // 11 + 1))[:MAX_TEXT]
    report = {"addressee": text, "committee": text, "purpose": text, "introduction": text,
              "topics": [{"id": f"t{i}", "title": text} for i in range(10)],
              "members": [{"role": "委員", "family": text, "given": text} for _ in range(10)]}
    return json.dumps({"format": "shutcho-draft", "version": 1, "report": report},
                      ensure_ascii=False).encode()


def test_a_draft_of_fields_at_the_limit_is_refused_by_the_loader():
    raw = _every_field_at_the_limit()
    with pytest.raises(DraftError) as info:
        report_from_bytes("limits.shutcho", raw)
    assert "2,000,000" in info.value.en and "文字数が多すぎます" in info.value.ja


def test_a_report_grown_past_the_budget_in_the_editor_is_refused(tmp_path):
    report = small_report(paragraphs=1, photo=False)
    report.introduction = "あ" * (budget.MAX_PRINTED_CHARS + 1)
    (finding,) = check_report(report)
    assert finding.level == "error" and finding.kind == "limit"
    for fmt in ("docx", "pdf"):
        with pytest.raises(ExportError) as info:
            export.EXPORTERS[fmt](report, tmp_path / f"a.{fmt}")
        assert "too much text" in info.value.en
    assert list(tmp_path.iterdir()) == []


def test_photo_pixels_are_counted_from_the_real_headers():
    out = io.BytesIO()
    PILImage.new("1", (10_000, 6_000)).save(out, "PNG")  # 60 MP, declared 64x48
    report = small_report(paragraphs=1, photo=False)
    blocks = report.destinations[0].visit.sections[0].blocks
    count = budget.MAX_PHOTO_PIXELS // 60_000_000 + 1
    blocks.extend(Photo(Image(out.getvalue(), "image/png", 64, 48), "", 60.0) for _ in range(count))
    problem = budget.over_budget(report)
    assert problem and "megapixels" in problem[1]
    del blocks[-1]
    assert budget.over_budget(report) is None


def test_a_report_at_the_budget_still_loads():
    report = small_report(paragraphs=1, photo=False)
    blocks = report.destinations[0].visit.sections[0].blocks
    blocks.extend(Paragraph("字" * 100_000) for _ in range(19))
    assert budget.over_budget(report) is None
