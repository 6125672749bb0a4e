"""Plain words for a file that is not a draft (issue 12, finding 9): what it is and
what to choose instead, rather than 「UTF-8 の JSON ではありません」."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileKinds", text)


KINDS = {
    "docx": QT_TRANSLATE_NOOP("FileKinds",
                              "これは Word 文書 (DOCX) で、出張報告書の下書き (.shutcho) ではありません。"
                              "書き出した報告書を直すときは、書き出す前に保存した下書きを開いてください。"),
    "pdf": QT_TRANSLATE_NOOP("FileKinds",
                             "これは PDF で、出張報告書の下書き (.shutcho) ではありません。"
                             "過去の報告書の PDF は「ファイル → 取り込み」で下書きにできます。"),
    "zip": QT_TRANSLATE_NOOP("FileKinds",
                             "これは Office 文書か ZIP ファイルで、出張報告書の下書き (.shutcho) ではありません。"),
    "text": QT_TRANSLATE_NOOP("FileKinds",
                              "これはテキストファイルで、出張報告書の下書き (.shutcho) ではありません。"
                              "報告書の本文なら「ファイル → 取り込み」で下書きにできます。"),
    "image": QT_TRANSLATE_NOOP("FileKinds",
                               "これは画像ファイルです。写真は出張先のページの「写真」で追加してください。"),
    "other": QT_TRANSLATE_NOOP("FileKinds",
                               "このファイルは出張報告書の下書き (.shutcho) ではありません。"
                               "「ファイル → 開く」では、このエディタで保存した .shutcho ファイルを選んでください。"),
}


def file_kind(path: Path) -> str | None:
    """"docx", "pdf", "zip", "text", "image", "other" for a file that is not JSON; None
    for what may be a draft (a JSON file, or one that cannot be read: the loader says why)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    suffix = path.suffix.lower()
    stripped = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if stripped[:1] in (b"{", b"["):
        return None
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if suffix in (".docx", ".docm", ".dotx") else "zip"
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG", b"GIF8")):
        return "image"
    if not head:
        return None
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        pass
    if suffix in (".txt", ".csv", ".md"):
        return "text"
    return "other"


def not_a_draft_message(path: str | Path) -> str | None:
    """The message for a file that is not a draft, or None when it may be one."""
    path = Path(path)
    kind = file_kind(path)
    if kind is None:
        return None
    return f"{path}\n\n{_tr(KINDS[kind])}"
