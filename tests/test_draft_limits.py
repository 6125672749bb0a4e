"""Issue 11, finding 11: duplicate JSON keys are refused; far-future dates are not 和暦."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.document.builder import build_document
from desktop.document.plaintext import document_text
from desktop.jtext import EraError, format_era_date, to_era
from desktop.model.checks import check_report
from desktop.model.draft import DraftError, report_from_bytes
from desktop.model.report import Report


@pytest.mark.parametrize("raw", [
    b'{"addressee": "A", "addressee": "B"}',
    b'{"format": "shutcho-draft", "version": 1, "report": {}, "report": {"addressee": "x"}}',
    b'{"members": [{"family": "A", "family": "B"}]}',
])
def test_duplicate_keys_are_refused(raw):
    with pytest.raises(DraftError) as info:
        report_from_bytes("dup.shutcho", raw)
    assert "twice" in info.value.en and "二度" in info.value.ja


def test_distinct_keys_still_load():
    assert report_from_bytes("ok.json", b'{"addressee": "A", "committee": "B"}').committee == "B"


def test_9999_is_not_reiwa_7981():
    with pytest.raises(EraError):
        to_era(date(9999, 12, 31))
    assert format_era_date(date(2099, 12, 31)) == "令和８１年１２月３１日"
    report = Report(submitted=date(9999, 12, 31), start=date(2023, 7, 5), end=date(2023, 7, 7))
    text = document_text(build_document(report))
    assert "７９８１" not in text and "7981" not in text
    errors = [f for f in check_report(report) if f.key == ("submitted",) and f.level == "error"]
    assert errors and "2099" in errors[0].en
