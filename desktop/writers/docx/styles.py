"""Named styles: one Word paragraph style per ``Style`` of the document.

A clerk can restyle the whole report in Word in one place. Each style carries
the indent most of its paragraphs use; paragraphs only say what differs.
The ``Normal`` style carries the 10.5 pt body size (LibreOffice takes the grid's
character width from it).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.document.elements import Style
from desktop.geometry import BODY_PT, CAPTION_PT, CELL_PAD_TW, TITLE_PT
from desktop.writers.docx.fonts import add_rfonts
from desktop.writers.docx.page import LINE_PITCH, TEXT_WIDTH, chars_twips
from desktop.writers.docx.xml import sub


@dataclass(frozen=True)
class StyleDef:
    style_id: str
    name: str
    indent: tuple[float, float, float] = (0.0, 0.0, 0.0)
    """(indent, hanging, first_line) in characters, as on ``Para``."""
    size_pt: float = BODY_PT
    jc: str = ""
    keep_next: bool = False
    outline: int | None = None
    right_tab: bool = False
    line_twips: int = 0
    """Off the character grid with this exact line height (spread lines, whose
    runs have their own widths); 0: on the grid."""


STYLES: dict[Style, StyleDef] = {
    Style.TITLE: StyleDef("ReportTitle", "報告書 表題", size_pt=TITLE_PT, jc="center", keep_next=True,
                            line_twips=2 * LINE_PITCH),
    Style.ADDRESSEE: StyleDef("ReportAddressee", "報告書 宛先・日付", right_tab=True,
                                line_twips=LINE_PITCH),
    Style.ROSTER: StyleDef("ReportRoster", "報告書 職氏名・用務", jc="left", line_twips=LINE_PITCH),
    Style.BODY: StyleDef("ReportBody", "報告書 本文", indent=(0.0, 0.0, 1.0)),
    Style.TOPIC_LIST: StyleDef("ReportTopicList", "報告書 用務一覧", indent=(0.0, 2.0, 0.0),
                               keep_next=True),
    Style.VISIT_HEADING: StyleDef("ReportVisitHeading", "報告書 出張先見出し", keep_next=True,
                                  outline=0),
    Style.LABEL: StyleDef("ReportLabel", "報告書 項目見出し", keep_next=True),
    Style.HOST: StyleDef("ReportHost", "報告書 出席団体"),
    Style.ATTENDEE: StyleDef("ReportAttendee", "報告書 出席者", indent=(1.0, 0.0, 0.0)),
    Style.HEADING1: StyleDef("ReportHeading1", "報告書 見出し１（１．）", indent=(0.0, 2.0, 0.0),
                             keep_next=True, outline=1),
    Style.HEADING2: StyleDef("ReportHeading2", "報告書 見出し２（１））", indent=(0.0, 2.0, 0.0),
                             keep_next=True, outline=2),
    Style.HEADING3: StyleDef("ReportHeading3", "報告書 見出し３（①）", indent=(1.0, 1.0, 0.0),
                             keep_next=True, outline=3),
    Style.QA: StyleDef("ReportQA", "報告書 質疑応答", indent=(0.0, 1.0, 0.0)),
    Style.CAPTION: StyleDef("ReportCaption", "報告書 写真説明", size_pt=CAPTION_PT, jc="center"),
}
PAGE_NUMBER_STYLE = StyleDef("ReportPageNumber", "報告書 ページ番号", jc="center")
TABLE_STYLE_ID = "ReportTable"
CELL_MARGIN = CELL_PAD_TW


def add_ind(ppr, indent: float, hanging: float, first_line: float) -> None:
    """<w:ind> in twips and in characters (Word reads *Chars, LibreOffice twips)."""
    left = indent + hanging
    first = first_line - hanging
    attrs = {"left": chars_twips(left), "leftChars": round(left * 100)}
    if first < 0:
        attrs.update(hanging=chars_twips(-first), hangingChars=round(-first * 100))
    else:
        attrs.update(firstLine=chars_twips(first), firstLineChars=round(first * 100))
    sub(ppr, "ind", **attrs)


def _run_props(parent, font: str | None, size_pt: float | None):
    rpr = sub(parent, "rPr")
    if font:
        add_rfonts(rpr, font)
        sub(rpr, "kern", val=2)
    if size_pt:
        half = round(size_pt * 2)
        sub(rpr, "sz", val=half)
        sub(rpr, "szCs", val=half)
    if font:
        sub(rpr, "lang", val="en-US", eastAsia="ja-JP", bidi="ar-SA")
    return rpr


def _paragraph_style(styles, d: StyleDef, based_on: str = "Normal") -> None:
    st = sub(styles, "style", type="paragraph", styleId=d.style_id, customStyle=1)
    sub(st, "name", val=d.name)
    sub(st, "basedOn", val=based_on)
    sub(st, "next", val=d.style_id)
    sub(st, "qFormat")
    ppr = sub(st, "pPr")
    if d.keep_next:
        sub(ppr, "keepNext")
    if d.right_tab:
        tabs = sub(ppr, "tabs")
        sub(tabs, "tab", val="right", pos=TEXT_WIDTH)
    if d.line_twips:
        sub(ppr, "snapToGrid", val=0)
        sub(ppr, "spacing", line=d.line_twips, lineRule="exact")
    if d.indent != (0.0, 0.0, 0.0):
        add_ind(ppr, *d.indent)
    if d.jc:
        sub(ppr, "jc", val=d.jc)
    if d.outline is not None:
        sub(ppr, "outlineLvl", val=d.outline)
    if d.size_pt != BODY_PT:
        _run_props(st, None, d.size_pt)


def build_styles(styles_el, font: str) -> None:
    """Replace the content of the styles part with the report's styles."""
    for child in list(styles_el):
        styles_el.remove(child)
    defaults = sub(styles_el, "docDefaults")
    _run_props(sub(defaults, "rPrDefault"), font, BODY_PT)
    sub(sub(defaults, "pPrDefault"), "pPr")

    normal = sub(styles_el, "style", type="paragraph", default=1, styleId="Normal")
    sub(normal, "name", val="Normal")
    sub(normal, "qFormat")
    ppr = sub(normal, "pPr")
    sub(ppr, "widowControl")  # no line left alone at a page's top or bottom
    # No hanging 、。 (Word then squeezes a line's punctuation or pushes a character down,
    # as the reference shows). LibreOffice 7 reads this value inverted and hangs them:
    # the closest it comes to Word's squeezing.
    sub(ppr, "overflowPunct", val=0)
    sub(ppr, "autoSpaceDE", val=0)  # no gap between Japanese and Latin letters or digits,
    sub(ppr, "autoSpaceDN", val=0)  # as in the reference's 「（2023年）」
    sub(ppr, "jc", val="both")
    _run_props(normal, font, BODY_PT)

    dpf = sub(styles_el, "style", type="character", default=1, styleId="DefaultParagraphFont")
    sub(dpf, "name", val="Default Paragraph Font")
    sub(dpf, "uiPriority", val=1)
    sub(dpf, "semiHidden")
    sub(dpf, "unhideWhenUsed")

    table_normal = sub(styles_el, "style", type="table", default=1, styleId="TableNormal")
    sub(table_normal, "name", val="Normal Table")
    sub(table_normal, "uiPriority", val=99)
    sub(table_normal, "semiHidden")
    sub(table_normal, "unhideWhenUsed")
    tpr = sub(table_normal, "tblPr")
    sub(tpr, "tblInd", w=0, type="dxa")
    mar = sub(tpr, "tblCellMar")
    sub(mar, "top", w=0, type="dxa")
    sub(mar, "left", w=108, type="dxa")
    sub(mar, "bottom", w=0, type="dxa")
    sub(mar, "right", w=108, type="dxa")

    no_list = sub(styles_el, "style", type="numbering", default=1, styleId="NoList")
    sub(no_list, "name", val="No List")
    sub(no_list, "uiPriority", val=99)
    sub(no_list, "semiHidden")
    sub(no_list, "unhideWhenUsed")

    table = sub(styles_el, "style", type="table", styleId=TABLE_STYLE_ID, customStyle=1)
    sub(table, "name", val="報告書 職氏名表")
    sub(table, "basedOn", val="TableNormal")
    tpr = sub(table, "tblPr")
    borders = sub(tpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, side, val="single", sz=4, space=0, color="auto")
    mar = sub(tpr, "tblCellMar")
    sub(mar, "left", w=CELL_MARGIN, type="dxa")
    sub(mar, "right", w=CELL_MARGIN, type="dxa")

    for d in STYLES.values():
        _paragraph_style(styles_el, d)
    _paragraph_style(styles_el, PAGE_NUMBER_STYLE)


def style_id(style: Style) -> str:
    return STYLES[style].style_id


