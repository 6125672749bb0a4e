"""The official 出張報告書 layout, read back: lines of a past report -> a Report.

What is recognised (docs: report layout): the title; 宛先 and 敬称 with the
submission date; the 職氏名 block (committee, roles and names, 議会事務局 and its
staff); 用務 with its numbered topics; 期間; 出張先; the introduction; and for
each visit its topic list, the 【県　市】 heading with 人口 and 面積, its 視察日,
the description, 【出席者等】 (hosts and their people, 同局/同部 expanded),
【調査概要】, topic sections (１．) with sub-headings (１）), items (①, with a tag
such as 【国内初】) and paragraphs, and 【主な質疑応答】 Ｑ/Ａ pairs.

Whatever cannot be placed is kept as a paragraph where it stood (the
introduction, or the description or the current block of the nearest visit) and
listed in ``problems``: nothing is dropped. Pure Python; era dates are read by
``desktop.jtext.dateparse.parse_era_date``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.importer.names import split_name
from desktop.importer.paragraphs import SHORT, Line, join_lines
from desktop.jtext.dateparse import parse_era_date
from desktop.model.report import (
    QA,
    Attendee,
    Destination,
    Host,
    Item,
    Member,
    Paragraph,
    PersonName,
    Profile,
    Report,
    Staff,
    Subheading,
    Topic,
    TopicSection,
    Visit,
)

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
TOPIC = re.compile(r"^([０-９0-9]{1,2})[．.]\s*(.*)$")
SUBHEADING = re.compile(r"^([０-９0-9]{1,2})[）)]\s*(.*)$")
ITEM = re.compile(r"^([①-⑳㉑-㉟㊱-㊿])\s*(.*)$")
QUESTION = re.compile(r"^[ＱQ](?:[\s\u3000．.：:]+|$)(.*)$")
ANSWER = re.compile(r"^[ＡA](?:[\s\u3000．.：:]+|$)(.*)$")
TAG = re.compile(r"^(.*?)\s*(【[^】]{1,20}】)$")
PLACE = re.compile(r"^(\S+?[都道府県])[\s\u3000]*(\S.*)?$")
VISIT = re.compile(r"^【([^】]+)】\s*(?:[（(](.*)[）)])?$")
PROFILE = re.compile(r"人口[\s\u3000]*(\S+)|面積[\s\u3000]*(\S+)")
SUBMITTED = re.compile(r"^(?:明治|大正|昭和|平成|令和)[^（(]*年[（(][0-9０-９]{4}年?[）)].*日$")
HONORIFIC = re.compile(r"^(.*?)(殿|様|宛)(.*)$")
GROUPS = re.compile(r"\s{2,}|[\u3000\t]")
NOTE = re.compile(r"^(.*?)([（(][^）)]*[）)])$")
LABELS = {
    "出席者等": "hosts", "出席者": "hosts", "対応者": "hosts",
    "調査概要": "overview", "視察概要": "overview", "概要": "overview",
    "主な質疑応答": "qa", "質疑応答": "qa", "主な質疑": "qa",
}
ROLE = re.compile(r"(?:[^\s]*?)(?:委員長|委員|議長|主査|主任|主事|書記|次長|局長|課長|係長|補佐|参事|主幹|専門員|職員|部長|室長)$")
COMMITTEE = ("委員会", "協議会", "審議会", "会議", "議員団", "会派")
HEADER_LABELS = ("職氏名", "用務", "期間", "出張先")
CLOSING_WORDS = ("以上",)


def squeeze(text: str) -> str:
    return "".join(text.split())


def _number(text: str) -> int:
    return int(text.translate(_DIGITS))


@dataclass
class ImportProblem:
    """Something the importer could not place; it is kept where ``where`` says."""

    where: str
    ja: str
    en: str
    text: str = ""
    key: tuple = ()
    """Where in the report it was kept (a field key, as the editor's checks use)."""

    def __str__(self) -> str:
        return f"{self.where}: {self.ja} ({self.en})"


@dataclass
class Parsed:
    report: Report
    problems: list[ImportProblem] = field(default_factory=list)


COLUMN_GAP = re.compile(r"(?<=\S)\s{8,}(?=\S)")


def unfold_columns(lines: list[Line]) -> list[Line]:
    """A header printed side by side (``pdftotext -layout``) as the reference reads it.

    From the 職氏名 line on, the right column (用務 / 期間 / 出張先) starts at the
    character position where most lines have a gap of eight or more spaces end;
    lines split there, a line indented to it belongs to the right column alone. The
    left column's lines come first, then the right column's. Nothing changes unless
    at least three lines are split so.
    """
    start = next((n for n, line in enumerate(lines[:200])
                  if line.text.strip().startswith("職氏名")), None)
    if start is None:
        return lines
    region: list[str] = []
    for line in lines[start:start + 200]:
        text = line.text.rstrip()
        if not text.strip():
            if region:
                break
            continue
        if len(text.strip()) >= SHORT and not COLUMN_GAP.search(text):
            break  # the introduction begins
        region.append(text)
    ends: dict[int, int] = {}
    for text in region:
        for gap in COLUMN_GAP.finditer(text):
            ends[gap.end()] = ends.get(gap.end(), 0) + 1
    if not ends:
        return lines
    column = max(ends, key=lambda x: sum(n for e, n in ends.items() if abs(e - x) <= 2))
    left: list[Line] = []
    right: list[Line] = []
    split = 0
    for text in region:
        gaps = [g for g in COLUMN_GAP.finditer(text) if g.end() >= column - 3]
        indent = len(text) - len(text.lstrip())
        if gaps:
            split += 1
            left.append(Line(text[:gaps[0].start()], True))
            right.append(Line(text[gaps[0].end():], True))
        elif indent >= column - 3:
            right.append(Line(text.strip(), True))
        else:
            left.append(Line(text, True))
    if split < 3:
        return lines
    consumed = start
    seen = 0
    while seen < len(region):
        if lines[consumed].text.strip():
            seen += 1
        consumed += 1
    return lines[:start] + left + right + lines[consumed:]


class _Parser:
    def __init__(self, lines: list[Line]):
        lines = unfold_columns(lines)
        self.all = [Line(line.text.replace("\r", "").rstrip(), line.hard, line.blank, line.indent)
                    for line in lines]
        self.all = [line for line in self.all if line.text.strip() or line.blank]
        self.positions = [n for n, line in enumerate(self.all) if line.text.strip()]
        self.lines = [self.all[n] for n in self.positions]  # the header reads these
        self.report = Report(secretariat="", purpose="")
        self.roster_unplaced: list[str] = []
        self.visited: set[int] = set()  # ids of the destinations a visit was read for
        self.problems: list[ImportProblem] = []
        self.i = 0

    def problem(self, where: str, ja: str, en: str, text: str = "", key: tuple = ()) -> None:
        self.problems.append(ImportProblem(where, ja, en, text[:120], key))

    # -- header ----------------------------------------------------------------

    def _line(self, index: int) -> str:
        return self.lines[index].text.strip() if index < len(self.lines) else ""

    def _take_submission_date(self) -> None:
        """The submission date (the one with its Western year) wherever text extraction put
        it in the header: pdftotext may print it among the roster lines."""
        for index, line in enumerate(self.lines[:200]):
            q = squeeze(line.text)
            if SUBMITTED.match(q) and parse_era_date(q):
                if index > 0 and not HONORIFIC.match(q):
                    self.report.submitted = parse_era_date(q)
                    del self.lines[index]
                    del self.positions[index]
                return

    def header(self) -> None:
        r = self.report
        self._take_submission_date()
        label_at = {}
        for index, line in enumerate(self.lines[:400]):
            q = squeeze(line.text)
            if q in HEADER_LABELS and q not in label_at:
                label_at[q] = index
        first_label = min(label_at.values(), default=0)
        unplaced: list[str] = []
        lines = [self._line(index) for index in range(first_label)]
        for index in range(1, len(lines)):
            if squeeze(lines[index]) in ("殿", "様") and lines[index - 1]:
                lines[index - 1], lines[index] = lines[index - 1] + lines[index], ""
        for index, text in enumerate(lines):
            q = squeeze(text)
            if not q:
                continue
            if not r.submitted and parse_era_date(q) and (HONORIFIC.match(q) or index > 0):
                match = HONORIFIC.match(q)
                if match and not r.addressee:
                    r.addressee, r.honorific = match.group(1), match.group(2)
                r.submitted = parse_era_date(q)
            elif not r.addressee and HONORIFIC.match(q) and index > 0:
                match = HONORIFIC.match(q)
                r.addressee, r.honorific = match.group(1), match.group(2)
                rest = match.group(3)
                if parse_era_date(rest):
                    r.submitted = parse_era_date(rest)
            elif index == 0 and len(q) <= 12 and ("報告" in q or "報告書" in q):
                r.title = q
            else:
                unplaced.append(text)
        if not label_at:
            self.problem("表題部 / header", "職氏名・用務・期間・出張先の欄が見つかりません",
                         "no 職氏名/用務/期間/出張先 block found")
        if not r.submitted:
            self.problem("提出日 / date", "提出日 (和暦の日付) が見つかりません",
                         "no submission date in era form found")
        blocks = sorted(label_at.items(), key=lambda kv: kv[1])
        end = first_label
        for n, (label, start) in enumerate(blocks):
            stop = blocks[n + 1][1] if n + 1 < len(blocks) else len(self.lines)
            body = [self._line(k) for k in range(start + 1, stop)]
            raw = [self.lines[k].text for k in range(start + 1, stop)]
            if label == "職氏名":
                used = self.roster(raw)
                for text in self.roster_unplaced:
                    unplaced.append(text)
            elif label == "用務":
                used = self.purpose(body)
            elif label == "期間":
                used = self.period(body)
            else:
                used = self.places(body)
            end = start + 1 + used
            if n + 1 < len(blocks) and end < stop:
                unplaced.extend(self._line(k) for k in range(end, stop))  # listed below
                end = stop
        self.i = end
        self.header_leftovers = [u for u in unplaced if u]
        for text in self.header_leftovers:
            self.problem("表題部 / header", "表題部の行を読み取れませんでした（前文に残しました）",
                         "a header line could not be read (kept in the introduction)", text,
                         ("introduction",))

    def roster(self, raw: list[str]) -> int:
        r = self.report
        in_staff = False
        pending_role = None  # a role printed on a line of its own (text taken from a PDF)
        fragment = ""  # a spread role broken over two lines (委 / 員　片山房一)
        for n, text in enumerate(raw):
            line = fragment + text.strip()
            fragment = ""
            groups = [g for g in GROUPS.split(line) if g.strip()]
            q = squeeze(line)
            if len(q) == 1 and r.committee:
                fragment = q
                continue
            if len(groups) > 1 and r.committee and len(squeeze(groups[0])) == 1:
                groups = _role_and_name(line) or groups  # a spread role: 委   員 片山房一
            if len(groups) == 1 and r.committee:
                if pending_role is not None and not ROLE.search(q):
                    groups = [pending_role, line]
                    pending_role = None
                elif ROLE.fullmatch(q) or (ROLE.search(q) and len(q) <= 6 and " " not in line):
                    pending_role = q  # the role alone; its name follows on the next line
                    continue
                else:
                    groups = _role_and_name(line) or groups
            if len(groups) == 1:
                if not in_staff and not r.members and (
                        not r.committee or (q.endswith(COMMITTEE) and not r.committee.endswith(COMMITTEE))):
                    if r.committee:  # what came first was not the committee's name
                        self.roster_unplaced.append(r.committee)
                    r.committee = q
                elif not in_staff and (q.endswith(("局", "室", "課", "部")) or "事務" in q):
                    r.secretariat = q
                    in_staff = True
                else:
                    self.roster_unplaced.append(line)
                continue
            role = squeeze(groups[0])
            family, given = split_name(" ".join(groups[1:]) if len(groups) > 2 else groups[1])
            if in_staff:
                r.staff.append(Staff(role, _name(family, given)))
            else:
                r.members.append(Member(role, _name(family, given)))
        return len(raw)

    def purpose(self, body: list[str]) -> int:
        r = self.report
        for n, text in enumerate(body):
            q = squeeze(text)
            match = TOPIC.match(q)
            if match:
                r.topics.append(Topic(match.group(2)))
            elif r.topics:
                r.topics[-1].title += q  # a topic wrapped in the narrow column
            elif not r.purpose:
                r.purpose = q
            else:
                return n
        return len(body)

    def period(self, body: list[str]) -> int:
        r = self.report
        used = 0
        for n, text in enumerate(body):
            q = squeeze(text)
            parts = [p for p in re.split(r"(?<=から)|(?<=～)|(?<=〜)", q) if p]
            dates = [parse_era_date(p) for p in parts]
            if not any(dates):
                break
            for d in dates:
                if d and r.start is None:
                    r.start = d
                elif d:
                    r.end = d
            used = n + 1
        if r.start is None:
            self.problem("期間 / period", "期間の日付が読み取れません", "the period's dates could not be read")
        return used

    def places(self, body: list[str]) -> int:
        r = self.report
        for n, text in enumerate(body):
            match = PLACE.match(text.strip())
            q = squeeze(text)
            if not match or len(q) > 16 or q.startswith("【"):
                return n
            r.destinations.append(Destination(match.group(1), squeeze(match.group(2) or "")))
        return len(body)

    # -- body ------------------------------------------------------------------

    def body(self) -> None:
        start = self.positions[self.i] if self.i < len(self.positions) else len(self.all)
        rest = self.all[start:]
        # Host lines are a roster, not prose: keep them line by line.
        marked: list[Line] = []
        in_hosts = False
        for line in rest:
            q = squeeze(line.text)
            if q.startswith("【"):
                in_hosts = LABELS.get(q.strip("【】")) == "hosts"
                marked.append(Line(line.text, True))
                continue
            marked.append(Line(line.text, line.hard or in_hosts, line.blank, line.indent))
        paragraphs = join_lines(marked)
        intro: list[str] = list(self.header_leftovers)
        index = 0
        while index < len(paragraphs) and not self._visit_starts(paragraphs, index):
            if paragraphs[index]:
                intro.append(paragraphs[index])
            index += 1
        self.report.introduction = "\n".join(intro)
        while index < len(paragraphs):
            index = self.visit(paragraphs, index)

    def _visit_starts(self, paras: list[str], index: int) -> bool:
        """A visit starts with its topic list (１．…) right before its 【県　市】 heading."""
        k = index
        while k < len(paras) and TOPIC.match(paras[k]) and k - index < 30:
            k += 1
        return k < len(paras) and self._is_visit_heading(paras[k])

    def _is_visit_heading(self, text: str) -> bool:
        match = VISIT.match(text.strip())
        if not match:
            return False
        inner = squeeze(match.group(1))
        if inner in LABELS:
            return False
        return bool(re.search(r"[都道府県].*[市町村区]|[市町村区]$", inner)) or bool(match.group(2))

    def _topic_for(self, title: str, number: int | None) -> Topic:
        q = squeeze(title)
        for topic in self.report.topics:
            if squeeze(topic.title) == q:
                return topic
        for topic in self.report.topics:
            if q and (q in squeeze(topic.title) or squeeze(topic.title) in q):
                return topic
        topic = Topic(q)
        self.report.topics.append(topic)
        self.problem("用務 / topics", "用務にない項目が視察先にありました（用務に加えました）",
                     "a topic of a visit was not in 用務 (added to it)", q)
        return topic

    def _destination(self, place: str) -> Destination:
        """The destination of 出張先 this visit is at (a second visit to a place is another one)."""
        q = squeeze(place)
        for dest in self.report.destinations:
            if squeeze(dest.prefecture + dest.city) == q and id(dest) not in self.visited:
                self.visited.add(id(dest))
                return dest
        match = PLACE.match(place.strip())
        prefecture, city = (match.group(1), squeeze(match.group(2) or "")) if match else ("", q)
        dest = Destination(prefecture, city)
        self.report.destinations.append(dest)
        self.visited.add(id(dest))
        self.problem(f"出張先 / destination {q}", "出張先の欄にない視察先がありました（出張先に加えました）",
                     "a visit's place was not among the destinations (added)", q)
        return dest

    def visit(self, paras: list[str], index: int) -> int:
        listed: list[Topic] = []
        while TOPIC.match(paras[index]):
            match = TOPIC.match(paras[index])
            listed.append(self._topic_for(match.group(2), _number(match.group(1))))
            index += 1
        heading = VISIT.match(paras[index].strip())
        place = heading.group(1)
        dest = self._destination(place)
        visit = dest.visit
        facts = heading.group(2) or ""
        for population, area in PROFILE.findall(facts):
            if population:
                visit.profile.population = population
            if area:
                visit.profile.area = area
        if facts and not PROFILE.search(facts):
            visit.description = f"（{facts}）"
            self.problem(f"{dest.place}", "見出しの（）内が人口・面積として読めません（説明に残しました）",
                         "the heading's parentheses are not 人口/面積 (kept in the description)", facts)
        index += 1
        state = VisitState(self, dest, listed)
        while index < len(paras) and not self._visit_starts(paras, index):
            state.add(paras[index])
            index += 1
        state.finish()
        return index

    def parse(self) -> Parsed:
        self.header()
        self.body()
        if not self.report.secretariat and self.report.staff:
            self.report.secretariat = "議会事務局"
        return Parsed(self.report, self.problems)


def _role_and_name(line: str) -> list[str] | None:
    """[role, name] from a roster line ("委 員 長 林真一郎", "委   員 片山房一"): the
    longest run of leading words that reads as a role, the rest (its spacing kept,
    which may show where the family name ends) as the name."""
    spans = [m.span() for m in re.finditer(r"\S+", line)]
    best = None
    for k in range(1, len(spans)):
        role = "".join(line[a:b] for a, b in spans[:k])
        if ROLE.fullmatch(role):
            best = [role, line[spans[k][0]:].strip()]
    return best


def _name(family: str, given: str) -> PersonName:
    return PersonName(family, given)


class VisitState:
    """Reads one visit's paragraphs in order, by the part each label opens."""

    def __init__(self, parser: _Parser, dest: Destination, listed: list[Topic]):
        self.parser = parser
        self.dest = dest
        self.visit: Visit = dest.visit
        self.listed = listed
        self.part = "description"
        self.section: TopicSection | None = None
        self.sub: Subheading | None = None
        self.item: Item | None = None
        self.item_indent: float | None = None  # the indent of the item's first paragraph
        self.qa: QA | None = None
        self.in_answer = False
        self.host: Host | None = None
        self.description: list[str] = [self.visit.description] if self.visit.description else []
        self.overview: list[str] = []

    def where(self) -> str:
        return self.dest.place

    def key(self, field: str) -> tuple:
        """The field key of this visit's ``field`` (for the editor's problems panel)."""
        index = self.parser.report.destinations.index(self.dest)
        return ("destinations", index, "visit", field)

    def add(self, text: str) -> None:
        if not text:  # a printed blank line: after the overview, the topic's text begins
            if self.part == "overview" and self.overview:
                self.part = "sections"
            return
        q = squeeze(text)
        label = q[1:-1] if q.startswith("【") and q.endswith("】") else None
        if label is not None and label in LABELS:
            self.part = LABELS[label]
            return
        if label is not None:  # a heading of the visit the layout does not have
            field = {"description": "description", "hosts": "overview", "overview": "overview",
                     "qa": "qa", "sections": "sections"}[self.part]
            self.parser.problem(f"{self.where()}", "様式にない見出しです（本文の段落として残しました）",
                                "a heading the layout does not have (kept as a paragraph)", q,
                                self.key(field))
            if self.part == "hosts":
                self.part = "overview"  # what follows it is prose, not people
        if self.part == "description" and not self.description and q.startswith("視察日") \
                and self.visit.visited is None and parse_era_date(q):
            self.visit.visited = parse_era_date(q)  # 視察日　令和５年７月５日（水）
            return
        if self.part == "hosts":
            self.host_line(text)
            return
        if self.part == "qa":
            self.qa_line(text)
            return
        if self.part in ("description", "overview") and not self.structural(text):
            (self.description if self.part == "description" else self.overview).append(text.strip())
            return
        self.part = "sections"
        self.block(text)

    def structural(self, text: str) -> bool:
        q = text.strip()
        return bool(TOPIC.match(q) or SUBHEADING.match(q) or (ITEM.match(q) and self._is_item(q)))

    @staticmethod
    def _is_item(text: str) -> bool:
        match = ITEM.match(text)
        if not match:
            return False
        rest = match.group(2)
        return not re.search(r"[①-⑳㉑-㉟㊱-㊿]", rest) and len(rest) <= 60

    # -- hosts -----------------------------------------------------------------

    def host_line(self, text: str) -> None:
        line = text.strip()
        words = line.replace("\u3000", " ").split()
        if "、" not in line and len(words) == 1:
            self.host = Host(squeeze(line))
            self.visit.hosts.append(self.host)
            return
        if self.host is None:
            self.host = Host("")
            self.visit.hosts.append(self.host)
        previous_department = ""
        for n, part in enumerate(p for p in line.split("、") if p.strip()):
            tokens = part.replace("\u3000", " ").split()
            department = name = title = ""
            if len(tokens) >= 3:
                department, name, title = " ".join(tokens[:-2]), tokens[-2], tokens[-1]
            elif len(tokens) == 2:
                name, title = tokens
            elif tokens:
                name = tokens[0]
            if re.fullmatch(r"同[局部課室係所]", department) and previous_department:
                department = previous_department
            note = ""
            match = NOTE.match(title)
            if match and match.group(1):
                title, note = match.group(1), match.group(2)
            self.host.people.append(Attendee(department, name, title, note, joined=n > 0))
            previous_department = department or previous_department

    # -- Q&A -------------------------------------------------------------------

    def qa_line(self, text: str) -> None:
        line = text.strip()
        question = QUESTION.match(line)
        answer = ANSWER.match(line)
        if question:
            self.qa = QA(question.group(1).strip(), "")
            self.visit.qa.append(self.qa)
            self.in_answer = False
        elif answer and self.qa is not None and not self.in_answer:
            self.qa.answer = answer.group(1).strip()
            self.in_answer = True
        elif self.qa is None:
            self.parser.problem(f"{self.where()} 質疑応答", "Ｑ の前の文を質疑応答として読めません（説明に残しました）",
                                "text before the first Ｑ (kept in the description)", line,
                                self.key("description"))
            self.description.append(line)
        elif self.in_answer:
            self.qa.answer += "\n" + line
        else:
            self.qa.question += "\n" + line

    # -- topic sections ----------------------------------------------------------

    def _new_section(self, topic: Topic) -> TopicSection:
        for section in self.visit.sections:
            if section.topic_id == topic.id:
                return section
        section = TopicSection(topic.id)
        self.visit.sections.append(section)
        self.sub = self.item = None
        return section

    def _current_section(self) -> TopicSection:
        if self.section is None:
            covered = {s.topic_id for s in self.visit.sections}
            candidates = [t for t in self.listed if t.id not in covered]
            if candidates:
                topic = candidates[0]
            else:
                topic = self.parser._topic_for("（視察の内容）", None)
            self.section = self._new_section(topic)
        return self.section

    def block(self, text: str) -> None:
        line = text.strip()
        topic = TOPIC.match(line)
        if topic and not SUBHEADING.match(line):
            found = self.parser._topic_for(topic.group(2), _number(topic.group(1)))
            if found not in self.listed:
                self.listed.append(found)
            self.section = self._new_section(found)
            self.sub = self.item = None
            return
        section = self._current_section()
        sub = SUBHEADING.match(line)
        if sub:
            self.sub = Subheading(sub.group(2).strip())
            section.blocks.append(self.sub)
            self.item = None
            return
        item = ITEM.match(line)
        if item and self._is_item(line):
            title, tag = item.group(2).strip(), ""
            tagged = TAG.match(title)
            if tagged and tagged.group(1):
                title, tag = tagged.group(1), tagged.group(2)
            self.item = Item(title, tag)
            self.item_indent = None
            (self.sub.children if self.sub else section.blocks).append(self.item)
            return
        paragraph = Paragraph(line)
        indent = getattr(text, "indent", None)
        if self.item is not None and indent is not None:
            # A Word file shows the level: a paragraph indented less than the item's
            # first one belongs to the sub-heading again.
            if self.item_indent is None:
                self.item_indent = indent
            elif indent < self.item_indent:
                self.item = None
        if self.item is not None:
            self.item.children.append(paragraph)
        elif self.sub is not None:
            self.sub.children.append(paragraph)
        else:
            section.blocks.append(paragraph)

    def finish(self) -> None:
        for topic in self.listed:
            self._new_section(topic)
        order = {t.id: n for n, t in enumerate(self.parser.report.topics)}
        self.visit.sections.sort(key=lambda s: order.get(s.topic_id, 0))
        self.visit.description = "\n".join(self.description)
        self.visit.overview = "\n".join(self.overview)


def parse_lines(lines: list[Line]) -> Parsed:
    """A Report from the lines of a past report, and the problems met on the way."""
    return _Parser(lines).parse()
