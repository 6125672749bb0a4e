"""Japanese text rules for 出張報告書: 和暦 dates, full-width characters,
XML-safe text and 均等割り付け.  Pure Python (stdlib only, no Qt).

Reading typed dates is ``desktop.jtext.dateparse`` (imported when first needed:
the editor's start-up does not need it)."""

from .era import (
    ERAS,
    Era,
    EraError,
    era_year_text,
    format_era_date,
    format_period,
    format_submission_date,
    to_era,
)
from .spread import spread_width
from .width import HALFWIDTH_CONVERTED, find_halfwidth, fullwidth_number, to_fullwidth
from .xmlsafe import clean_text

__all__ = [
    "ERAS",
    "Era",
    "EraError",
    "to_era",
    "era_year_text",
    "format_era_date",
    "format_submission_date",
    "format_period",
    "HALFWIDTH_CONVERTED",
    "to_fullwidth",
    "fullwidth_number",
    "find_halfwidth",
    "clean_text",
    "spread_width",
]
