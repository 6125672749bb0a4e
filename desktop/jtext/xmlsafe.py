"""Make any ``str`` safe to store in XML 1.0 (DOCX) and to draw in a PDF.

This is the documented rule the DOCX and PDF writers rely on: every text
that goes into a document passes through :func:`clean_text` first.

Removed characters
------------------

* C0 controls U+0000–U+001F except TAB (U+0009), LF (U+000A) and CR (U+000D):
  XML 1.0 cannot hold them at all, not even as ``&#...;`` references, and
  lxml / python-docx refuse them.
* DEL U+007F and the C1 controls U+0080–U+009F: XML 1.0 allows them, but they
  are invisible control codes that Word and LibreOffice display as garbage
  boxes (XML 1.0 §2.2 also discourages them), so they are removed too.
* Surrogate code points U+D800–U+DFFF: XML 1.0 excludes them and they cannot
  be encoded in UTF-8.  A Python ``str`` keeps a real supplementary character
  such as 𠮷 or 😀 as one code point, so any surrogate in a ``str`` is a
  leftover of bad decoding; all of them are removed.
* U+FFFE and U+FFFF: excluded by XML 1.0.

Everything else is kept, including other noncharacters (U+FDD0–U+FDEF,
U+1FFFE, ...) which XML 1.0 allows, private-use characters, and all
supplementary-plane characters.

Decomposed kana
---------------

A kana followed by a combining (semi-)voiced sound mark U+3099/U+309A, as text
pasted from a Mac or a PDF often is (ハ + ゚), is written as its one composed
character (パ) where Unicode has one: the renderer draws one glyph a cell and
would print the mark in a cell of its own, and a text search in the PDF would not
find パ. Nothing else is normalised: NFC would also replace CJK compatibility
ideographs that some family names are written with.

Line breaks
-----------

After removal, CR LF and lone CR are normalised to LF, so a CR and LF that
were separated only by removed characters also become one LF.
"""

from __future__ import annotations

import re

__all__ = ["clean_text"]

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]+")
_CR = re.compile("\r\n?")


def clean_text(text: str) -> str:
    """Return *text* without the characters XML 1.0 cannot hold, newlines as LF.

    Never raises for a ``str``; idempotent.
    """
    text = _FORBIDDEN.sub("", text)
    if "\r" in text:
        text = _CR.sub("\n", text)
    if "\u3099" in text or "\u309a" in text:
        text = _KANA_MARK.sub(_compose, text)
    return text


_KANA_MARK = re.compile("[\u3041-\u30ff][\u3099\u309a]")


def _compose(match: re.Match) -> str:
    import unicodedata  # only for text with a sound mark: the editor's start-up needs none

    pair = match.group()
    composed = unicodedata.normalize("NFC", pair)
    return composed if len(composed) == 1 else pair
