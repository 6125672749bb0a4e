"""A council's presets: committees with their rosters, the addressee and the
secretariat staff, so a new report starts filled in. Pure Python, no Qt.

The file is small UTF-8 JSON (``shutcho-presets.json``), documented in
docs/presets.md with its JSON Schema in resources/schema/presets.schema.json::

    {"format": "shutcho-presets", "version": 1,
     "addressee": "下関市議会議長", "honorific": "様", "secretariat": "議会事務局",
     "staff": [{"title": "議事課主査", "family": "花谷", "given": "禎久"}],
     "committees": [{"name": "総務委員会",
                     "members": [{"role": "委員長", "family": "林", "given": "真一郎"}],
                     "staff": []}]}

Every key but ``format`` and ``version`` may be left out. A committee's own
``staff``, when given, replaces the common staff for that committee. The file
may sit on a read-only shared drive: it is only read, except when the clerk
saves presets from the editor.

``carry_over`` makes the next report from last time's (新規作成 > 前回の報告書から,
``shutcho new --from``).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.model.atomic import atomic_write_bytes
from desktop.model.errors import FileProblem
from desktop.model.fileread import read_limited
from desktop.model.report import MEMBER_ROLES, Member, PersonName, Report, Settings, Staff

FORMAT = "shutcho-presets"
VERSION = 1
FILE_NAME = "shutcho-presets.json"
MAX_BYTES = 1024 * 1024


class PresetsError(FileProblem):
    """A presets file that cannot be read or written (Japanese and English)."""


@dataclass
class CommitteePreset:
    name: str = ""
    members: list[Member] = field(default_factory=list)
    staff: list[Staff] | None = None  # None: the common staff


@dataclass
class Presets:
    addressee: str = ""
    honorific: str = ""
    secretariat: str = ""
    staff: list[Staff] = field(default_factory=list)
    committees: list[CommitteePreset] = field(default_factory=list)

    def committee(self, name: str) -> CommitteePreset | None:
        return next((c for c in self.committees if c.name == name), None)

    def committee_names(self) -> list[str]:
        return [c.name for c in self.committees]


# -- reports from presets and from last time ---------------------------------------


def apply_committee(report: Report, presets: Presets, name: str) -> bool:
    """Put committee ``name``'s name, roster (and its own staff) into ``report``."""
    committee = presets.committee(name)
    if committee is None:
        return False
    report.committee = committee.name
    report.members = copy.deepcopy(committee.members)
    if committee.staff is not None:
        report.staff = copy.deepcopy(committee.staff)
    return True


def blank_report(presets: Presets | None = None) -> Report:
    """A new report: empty, with what the presets give (one committee: also its roster)."""
    report = Report()
    if presets is None:
        return report
    report.addressee = presets.addressee
    if presets.honorific:
        report.honorific = presets.honorific
    if presets.secretariat:
        report.secretariat = presets.secretariat
    report.staff = copy.deepcopy(presets.staff)
    if len(presets.committees) == 1:
        apply_committee(report, presets, presets.committees[0].name)
    return report


def carry_over(previous: Report) -> Report:
    """The next report from last time's: keeps the title, 宛先, 委員会, members,
    secretariat, staff, 用務の区分 and output settings; dates, topics, destinations
    with their visits and the introduction start empty."""
    kept = copy.deepcopy(previous)
    return Report(title=kept.title, addressee=kept.addressee, honorific=kept.honorific,
                  committee=kept.committee, members=kept.members, secretariat=kept.secretariat,
                  staff=kept.staff, purpose=kept.purpose,
                  settings=kept.settings if isinstance(kept.settings, Settings) else Settings())


def presets_from_report(report: Report, into: Presets | None = None) -> Presets:
    """Presets holding this report's addressee, secretariat, staff and committee roster
    (added to ``into``, replacing a committee of the same name)."""
    presets = copy.deepcopy(into) if into is not None else Presets()
    presets.addressee = report.addressee
    presets.honorific = report.honorific
    presets.secretariat = report.secretariat
    presets.staff = copy.deepcopy(report.staff)
    if report.committee.strip():
        entry = CommitteePreset(report.committee.strip(), copy.deepcopy(report.members))
        presets.committees = [c for c in presets.committees if c.name != entry.name] + [entry]
    return presets


# -- titles the clerk has chosen (completion in the role and title cells) ------------


def _distinct(words) -> list[str]:
    seen: dict[str, None] = {}
    for word in words:
        if isinstance(word, str) and word.strip():
            seen.setdefault(word.strip(), None)
    return list(seen)


def member_roles(presets: Presets | None, report: Report | None) -> list[str]:
    """Roles a member cell may complete to: the usual ones (委員長, 副委員長, 委員), the
    presets' committee roles and those already used in this report, each once."""
    committees = presets.committees if presets is not None else []
    return _distinct([*MEMBER_ROLES,
                      *(m.role for c in committees for m in c.members),
                      *(m.role for m in (report.members if report is not None else []))])


def staff_titles(presets: Presets | None, report: Report | None) -> list[str]:
    """Titles a staff cell may complete to: the presets' staff titles (common and per
    committee) and those already used in this report, each once."""
    lists = [presets.staff, *(c.staff or [] for c in presets.committees)] if presets else []
    return _distinct([*(s.title for staff in lists for s in staff),
                      *(s.title for s in (report.staff if report is not None else []))])


# -- the file ---------------------------------------------------------------------


def _people(path: Path, data: Any, where: str, first: str) -> list:
    if not isinstance(data, list):
        raise PresetsError(path, f"{where} は一覧（配列）にしてください", f"{where} must be a list")
    out = []
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k, ""), str) for k in (first, "family", "given")):
            raise PresetsError(path, f"{where}の{i + 1}人目は {first}・family・given の文字列で書いてください",
                               f"{where}[{i}] needs string fields {first}, family, given")
        name = PersonName(entry.get("family", ""), entry.get("given", ""))
        out.append(Member(entry.get("role", "委員"), name) if first == "role"
                   else Staff(entry.get("title", ""), name))
    return out


def presets_from_data(path: Path, data: Any) -> Presets:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PresetsError(path, "プリセットのファイルではありません（format が shutcho-presets ではありません）",
                           "not a presets file (format is not shutcho-presets)")
    version = data.get("version")
    if not isinstance(version, int) or not 1 <= version <= VERSION:
        raise PresetsError(path, f"この版では読めないプリセットの版です: {version!r}",
                           f"unsupported presets version: {version!r}")
    for key in ("addressee", "honorific", "secretariat"):
        if not isinstance(data.get(key, ""), str):
            raise PresetsError(path, f"{key} は文字列にしてください", f"{key} must be a string")
    presets = Presets(data.get("addressee", ""), data.get("honorific", ""), data.get("secretariat", ""),
                      _people(path, data.get("staff", []), "staff", "title"))
    committees = data.get("committees", [])
    if not isinstance(committees, list):
        raise PresetsError(path, "committees は一覧（配列）にしてください", "committees must be a list")
    for i, entry in enumerate(committees):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise PresetsError(path, f"委員会{i + 1}に名前 (name) がありません",
                               f"committees[{i}] has no name")
        staff = entry.get("staff")
        presets.committees.append(CommitteePreset(
            entry["name"].strip(), _people(path, entry.get("members", []), f"{entry['name']} members", "role"),
            None if staff is None else _people(path, staff, f"{entry['name']} staff", "title")))
    return presets


def _person(p, first: str) -> dict:
    return {first: getattr(p, first), "family": p.name.family, "given": p.name.given}


def presets_to_data(presets: Presets) -> dict:
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "addressee": presets.addressee,
                            "honorific": presets.honorific, "secretariat": presets.secretariat,
                            "staff": [_person(s, "title") for s in presets.staff], "committees": []}
    for c in presets.committees:
        entry: dict[str, Any] = {"name": c.name, "members": [_person(m, "role") for m in c.members]}
        if c.staff is not None:
            entry["staff"] = [_person(s, "title") for s in c.staff]
        data["committees"].append(entry)
    return data


def load_presets(path: str | Path) -> Presets:
    """Read a presets file; every problem is a PresetsError naming the file."""
    path = Path(path)
    raw = read_limited(path, MAX_BYTES, PresetsError)
    try:
        data = json.loads(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PresetsError(path, "JSON として読めません（壊れているか、別の種類のファイルです）",
                           "not readable as JSON (damaged, or another kind of file)") from None
    return presets_from_data(path, data)


def save_presets(presets: Presets, path: str | Path) -> None:
    """Write the presets atomically; a read-only folder is a PresetsError."""
    path = Path(path)
    raw = json.dumps(presets_to_data(presets), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, raw)
    except PermissionError:
        raise PresetsError(path, "書き込めません（読み取り専用の場所です）",
                           "cannot write: the place is read-only") from None
    except OSError as exc:
        raise PresetsError(path, f"書き込めません: {exc.strerror or exc}", f"cannot write: {exc}") from None
