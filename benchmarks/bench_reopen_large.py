"""The draft by reference at the size budget: a report of about 2 million characters.

1,000 paragraphs of 1,900 characters and 300 that cannot be found in the document
(a control character the DOCX leaves out): the export without and with the draft,
and the reopen. One run each (seconds, not milliseconds).

    python benchmarks/bench_reopen_large.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from desktop.document import build_document  # noqa: E402
from desktop.model.docxdraft import read_docx_draft  # noqa: E402
from desktop.model.report import Paragraph  # noqa: E402
from desktop.writers.docx import docx_bytes  # noqa: E402
from test_draft_factory import make_report  # noqa: E402


def main() -> None:
    rng = random.Random(1)
    report = make_report()
    kanji = "地域住民協働推進計画事業補助金交付市町村議会委員会調査研究"
    blocks = report.destinations[0].visit.sections[0].blocks
    blocks += [Paragraph("".join(rng.choice(kanji) for _ in range(1900)) + "。") for _ in range(1000)]
    blocks += [Paragraph("見つからない文です\x01" + "".join(rng.choice(kanji) for _ in range(30)))
               for _ in range(300)]
    document = build_document(report)
    start = time.perf_counter()
    plain = docx_bytes(document)
    t_plain = time.perf_counter() - start
    start = time.perf_counter()
    ours = docx_bytes(document, draft=report)
    t_ours = time.perf_counter() - start
    start = time.perf_counter()
    back = read_docx_draft("x.docx", ours)
    t_open = time.perf_counter() - start
    print(f"export {t_plain:.2f} s, with the draft {t_ours:.2f} s, reopen {t_open:.2f} s; "
          f"DOCX {len(plain) / 1e6:.2f} MB, with the draft {len(ours) / 1e6:.2f} MB; "
          f"reopened equal: {back.report == report}")


if __name__ == "__main__":
    main()
