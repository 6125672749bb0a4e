"""The PDF's page count is within one page of LibreOffice's rendering of our DOCX."""

from __future__ import annotations

import os
import subprocess

from conftest import ROOT, SAMPLE
from desktop.document.builder import build_document
from desktop.model.draft import load_draft
from desktop.render import ensure_app
from desktop.writers.docx import write_docx
from desktop.writers.pdf import write_pdf
from pdfcheck import page_count


def libreoffice_pdf(docx, out_dir, profile) -> "os.PathLike":
    env = dict(os.environ, FONTCONFIG_FILE=str(ROOT / "tests" / "fontconfig" / "fonts.conf"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, env=env, timeout=180)
    return out_dir / (docx.stem + ".pdf")


def test_page_count_matches_libreoffice(tmp_path):
    ensure_app()
    document = build_document(load_draft(SAMPLE))
    docx = tmp_path / "sample.docx"
    write_docx(document, docx)
    ours = tmp_path / "ours.pdf"
    write_pdf(document, ours)
    theirs = libreoffice_pdf(docx, tmp_path / "lo", tmp_path / "profile")
    assert abs(page_count(ours) - page_count(theirs)) <= 1, (page_count(ours), page_count(theirs))
