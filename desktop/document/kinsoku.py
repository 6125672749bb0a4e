"""Line-breaking rules (禁則処理) of the layout: Japanese Word's standard level (標準).

When the character after a full line may not start a line, the reference report
squeezes it in (追い込み): the punctuation of the line gives up to half its width
(約物の詰め) so the line takes one more character, as its five lines of 40
characters show (each holds 、「」・ to squeeze). A line with nothing to squeeze
pushes its last character down instead (追い出し): 「…盛り込むほ／か、」. No mark
hangs past the margin there, so the renderer does not hang them either.

One home for both outputs: the DOCX writes these sets into its settings
(``w:noLineBreaksBefore`` / ``w:noLineBreaksAfter``), so Word and LibreOffice
break as the Qt renderer (desktop.render.linebreak) does. The reference report
follows the standard level: small kana and ー do start lines there
(「ったが」「ーソナル」), which the high level (高レベル) would forbid.
"""

from __future__ import annotations

NO_LINE_START = frozenset(
    "!%),.:;?]}¢°’”‰′″℃、。々〉》」』】〕゛゜ゝゞ・ヽヾ！％），．：；？］｝｡｣､･ﾞﾟ￠"
    "〙〗〟｠»"
)
"""Characters a line may not start with (the character before moves down with them)."""
NO_LINE_END = frozenset("$([\\{£¥‘“〈《「『【〔＄（［｛｢￡￥〘〖〝｟«")
"""Characters a line may not end with."""
COMPRESSIBLE = frozenset("、。，．「」『』（）【】〔〕［］｛｝〈〉《》・：；")
"""Full-width punctuation that may give up half its width to squeeze a line (追い込み)."""
