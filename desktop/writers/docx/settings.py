"""The settings part: Word 2013+ layout (not 互換モード), a valid zoom, Word's 禁則 sets.

python-docx's template says compatibility mode 14 (Word opens the file in
互換モード) and ``<w:zoom w:val="bestFit"/>`` without the required ``w:percent``.
The line-breaking rules are written out (``w:noLineBreaksBefore/After`` for
ja-JP) as Japanese Word's standard level (標準), which the reference report
follows: small kana and ー may start a line. LibreOffice reads them too, so
both lay out with the same rules as the Qt renderer (desktop.render.linebreak).
"""

from __future__ import annotations

from desktop.document.kinsoku import NO_LINE_END, NO_LINE_START
from desktop.writers.docx.xml import w

_COMPAT_URI = "http://schemas.microsoft.com/office/word"


def _make(tag: str, **attrs):
    from lxml import etree

    el = etree.Element(w(tag))
    for key, value in attrs.items():
        el.set(w(key), str(value))
    return el


def set_settings(doc) -> None:
    settings = doc.settings.element
    zoom = settings.find(w("zoom"))
    if zoom is not None:
        for key in list(zoom.attrib):
            del zoom.attrib[key]
        zoom.set(w("percent"), "100")
    for setting in settings.iter(w("compatSetting")):
        if setting.get(w("name")) == "compatibilityMode":
            setting.set(w("val"), "15")
    anchor = settings.find(w("characterSpacingControl"))
    for tag, chars in (("noLineBreaksBefore", NO_LINE_START), ("noLineBreaksAfter", NO_LINE_END)):
        for old in settings.findall(w(tag)):
            settings.remove(old)
    if anchor is not None:
        # schema order: characterSpacingControl, ..., noLineBreaksAfter, noLineBreaksBefore
        anchor.addnext(_make("noLineBreaksBefore", lang="ja-JP", val="".join(sorted(NO_LINE_START))))
        anchor.addnext(_make("noLineBreaksAfter", lang="ja-JP", val="".join(sorted(NO_LINE_END))))
