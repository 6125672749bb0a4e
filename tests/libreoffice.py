"""LibreOffice as the tests use it: to render our DOCX as a second, independent reader.

LibreOffice 7.4 cannot take two things from our DOCX that Word takes, so the tests
hand them to it the way a clerk using LibreOffice would set them once:

- fonts: the Windows font names the DOCX asks for (ＭＳ 明朝 …) are aliased to an
  installed Mincho (tests/fontconfig/fonts.conf), or LibreOffice prints a Gothic;
- 禁則 (line-breaking rules): the DOCX declares Japanese Word's standard lists in
  ``w:noLineBreaksBefore/After`` (desktop.document.kinsoku), which LibreOffice's DOCX
  reader ignores; without them it applies its own stricter list, in which a small
  kana or ー may not start a line (「目標／だった」 where Word prints 「目標だ／った」).
  The profile gets the same lists, as Tools > Options > Language Settings > Asian
  Layout > First and last characters > Japanese would store them.

Nothing printed is changed for LibreOffice's sake: the DOCX is what Word reads.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.document.kinsoku import NO_LINE_END, NO_LINE_START

ROOT = Path(__file__).resolve().parent.parent
FONTS_CONF = ROOT / "tests" / "fontconfig" / "fonts.conf"


def registry() -> str:
    """The profile's registrymodifications.xcu: the Japanese first and last characters."""
    start = escape("".join(sorted(NO_LINE_START)))
    end = escape("".join(sorted(NO_LINE_END)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '<item oor:path="/org.openoffice.Office.Common/AsianLayout/StartEndCharacters">'
            '<node oor:name="ja-JP" oor:op="replace">'
            f'<prop oor:name="StartCharacters" oor:op="fuse"><value>{start}</value></prop>'
            f'<prop oor:name="EndCharacters" oor:op="fuse"><value>{end}</value></prop>'
            '</node></item>\n</oor:items>\n')


def profile(folder: Path) -> Path:
    """A fresh LibreOffice user profile in ``folder`` with the Japanese lists set."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(registry(), encoding="utf-8")
    return folder


def convert(files, outdir: Path, folder: Path, to: str = "pdf", timeout: int = 600) -> None:
    """``soffice --convert-to`` the files into ``outdir``, with the fonts and the profile."""
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))
    subprocess.run(["soffice", f"-env:UserInstallation={profile(folder).as_uri()}", "--headless",
                    "--convert-to", to, "--outdir", str(outdir), *map(str, files)],
                   check=True, capture_output=True, env=env, timeout=timeout)
