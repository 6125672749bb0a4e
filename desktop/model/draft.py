"""Draft files (.shutcho): one self-contained UTF-8 JSON file per report.

    {"format": "shutcho-draft", "version": 2, "report": {...}}

Photos travel inside the report as base64. The format is documented in
docs/draft-format.md. Loading parses JSON only (no pickle, no eval), checks the
size before reading, validates every field and raises ``DraftError`` naming the
file and the problem. Saving is atomic (see ``desktop.model.atomic``).

``load_report_file`` also accepts a bare report document (the ``report`` object
on its own), which other tools can write.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.model.atomic import atomic_write_bytes, describe_os_error
from desktop.model.budget import over_budget
from desktop.model.codec import ReportDataError, report_from_data, report_to_data
from desktop.model.errors import FileProblem
from desktop.model.fileread import read_limited
from desktop.model.report import Report

FORMAT = "shutcho-draft"
VERSION = 2
"""The current format version. Versions 1..VERSION load; newer ones are refused.

2 added a visit's date (``visit.visited``); a version 1 draft is a version 2 one without it.
"""
SUFFIX = ".shutcho"
MAX_FILE_BYTES = 256 * 1024 * 1024


class DraftError(FileProblem):
    """A draft that cannot be read or written; ``problems`` lists every invalid field."""

    def __init__(self, path: str | Path, ja: str, en: str, problems: list | None = None):
        super().__init__(path, ja, en)
        self.problems = problems or []


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object whose keys are all different (the last of two would win silently)."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


def parse_json(path: Path, raw: bytes) -> Any:
    """Decode and parse JSON bytes, turning every failure into a DraftError."""
    if not raw.strip():
        raise DraftError(path, "ファイルが空です", "the file is empty")
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")  # as "utf-8-sig", without its codec lookup
    except UnicodeDecodeError:
        raise DraftError(path, "下書きファイルではありません (UTF-8 の JSON ではありません)",
                         "not a draft: the file is not UTF-8 JSON") from None
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_refuse_duplicates)
    except _DuplicateKey as exc:
        raise DraftError(path, f"同じ項目名「{exc.key[:40]}」が一つのオブジェクトに二度あります。"
                               "どちらが正しいか分からないため読み込みません",
                         f"the key {exc.key[:40]!r} appears twice in one object; the draft is "
                         "ambiguous and is not loaded") from None
    except RecursionError:
        raise DraftError(path, "入れ子が深すぎて読めません", "the JSON is nested too deeply") from None
    except ValueError as exc:
        where = f" ({exc.lineno}行目)" if isinstance(exc, json.JSONDecodeError) else ""
        raise DraftError(path, f"JSON として読めません。途中で切れているか壊れています{where}",
                         f"not valid JSON, truncated or damaged: {exc}") from None


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, refusing folders, devices and files over MAX_FILE_BYTES."""
    return read_limited(path, MAX_FILE_BYTES, DraftError)


def _report_part(path: Path, data: Any) -> Any:
    """The report object of a draft wrapper, or the data itself if it is a bare report."""
    if not isinstance(data, dict):
        raise DraftError(path, "下書きの形式ではありません (最上位がオブジェクトではありません)",
                         "not a draft: the top level is not a JSON object")
    if "format" not in data and "version" not in data:
        return data  # a bare report document
    if data.get("format") != FORMAT:
        raise DraftError(path, "出張報告書の下書きではありません", f"not a draft: format is not {FORMAT!r}")
    version = data.get("version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # 1.0 is an integer to JSON Schema too
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(path, "下書きの版数が不正です", "the draft's format version is invalid")
    if version > VERSION:
        raise DraftError(
            path,
            f"この下書きは新しい版 (第{version}版) で保存されています。"
            f"このアプリが読めるのは第{VERSION}版までです。アプリを更新してください",
            f"the draft was saved in format version {version}; this app reads up to "
            f"version {VERSION}. Please update the app")
    extra = set(data) - {"format", "version", "report"}
    if extra:
        raise DraftError(path, f"下書きに不明な項目があります: {', '.join(sorted(extra))[:80]}",
                         "unknown fields in the draft wrapper")
    if "report" not in data:
        raise DraftError(path, "下書きに報告書の内容がありません", "the draft has no report")
    return _upgrade(data["report"], version)


def _upgrade(report_data: Any, version: int) -> Any:
    """Bring an older version's report data to the current version (none yet)."""
    return report_data


def report_from_bytes(path: str | Path, raw: bytes) -> Report:
    path = Path(path)
    data = parse_json(path, raw)
    try:
        report = report_from_data(_report_part(path, data))
    except RecursionError:
        raise DraftError(path, "入れ子が深すぎて読めません", "the JSON is nested too deeply") from None
    except ReportDataError as exc:
        first = exc.problems[0]
        more = f" ほか{len(exc.problems) - 1}件" if len(exc.problems) > 1 else ""
        raise DraftError(path, f"内容に誤りがあります: {first.path}: {first.ja}{more}",
                         f"invalid content at {first.path}: {first.en}", exc.problems) from None
    problem = over_budget(report)
    if problem:  # every report that loads exports in bounded time and memory
        raise DraftError(path, problem[0], problem[1])
    return report


def load_report_file(path: str | Path) -> Report:
    """Load a .shutcho draft, a bare report JSON document, or a DOCX this app wrote."""
    raw = read_bytes(path)
    if raw[:4] == b"PK\x03\x04":  # a DOCX: the draft embedded at export
        from desktop.model.docxdraft import read_docx_draft
        return read_docx_draft(path, raw).report
    return report_from_bytes(path, raw)


load_draft = load_report_file


def draft_bytes(report: Report) -> bytes:
    return encode_draft_data(report_to_data(report))


def encode_draft_data(report_data: dict) -> bytes:
    """The draft file's bytes from report data already converted by report_to_data.

    (Split out so autosave can convert on the UI thread and encode on a worker.)
    """
    document = {"format": FORMAT, "version": VERSION, "report": report_data}
    try:
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (pasted or read from a \ud800 escape) has no UTF-8 form;
        # as ASCII JSON it travels as an escape and loads back unchanged.
        return json.dumps(document, ensure_ascii=True, indent=1).encode("ascii")


def save_draft(report: Report, path: str | Path) -> None:
    """Save atomically; on failure the previous file is intact and DraftError is raised."""
    path = Path(path)
    try:
        atomic_write_bytes(path, draft_bytes(report))
    except OSError as exc:
        ja, en = describe_os_error(exc)
        raise DraftError(path, f"保存できませんでした: {ja}", f"could not save: {en}") from None
