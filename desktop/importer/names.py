"""Family and given names from a printed name.

A roster spreads each name over one width (林 真 一 郎), so the printed spacing
often hides where the family name ends. A wider gap (two spaces, an ideographic
space, a tab) between two groups of characters is taken as the boundary when
there is one; otherwise common one- and three-character family names decide,
and a name of four or more characters is split after two.
"""

from __future__ import annotations

import re

ONE_CHAR_FAMILY = set("林森原東西南北辻堀泉関谷岡畑浜島峰奥菅秦星堤沢滝杉柳桜梅松竹楠椎萩榊桂")
THREE_CHAR_GIVEN = re.compile(r"(?:[一二三四五六七八九十太次健真]郎|之[助介]|兵衛|左衛門|右衛門)$")
THREE_CHAR_FAMILY = {
    "佐々木", "長谷川", "五十嵐", "久保田", "小野寺", "宇都宮", "大久保", "小笠原", "長谷部",
    "小山田", "阿久津", "勅使河原", "武者小路", "東海林", "日比野", "加賀谷", "佐久間", "久米田",
    "二階堂", "大和田", "小松原", "小野田", "御手洗", "曽我部", "長曽我部", "三ツ矢", "由比ヶ浜",
    "宇佐美", "波多野", "寺 田中"}

_WIDE_GAP = re.compile(r"\s{2,}|[\u3000\t]")


def split_name(printed: str) -> tuple[str, str]:
    """(family, given) from a printed name such as "林 真 一 郎" or "山田　花子"."""
    text = printed.strip()
    groups = [g for g in _WIDE_GAP.split(text) if g.strip()]
    if len(groups) == 2 and not all(len(g.replace(" ", "")) == 1 for g in groups):
        return groups[0].replace(" ", ""), groups[1].replace(" ", "")
    single = text.split()
    if len(single) == 2 and not (len(single[0]) == 1 and len(single[1]) == 1 and
                                 " " in text and len(text) > 3):
        return single[0], single[1]
    name = "".join(text.split())
    if len(name) <= 1:
        return name, ""
    for family in sorted(THREE_CHAR_FAMILY, key=len, reverse=True):
        if name.startswith(family) and len(name) > len(family):
            return family, name[len(family):]
    if name[0] in ONE_CHAR_FAMILY and (len(name) == 3 or
                                       (len(name) == 4 and THREE_CHAR_GIVEN.search(name))):
        return name[0], name[1:]
    if len(name) == 2:
        return name[0], name[1]
    return name[:2], name[2:]
