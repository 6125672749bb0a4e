"""Many drafts at once: ``shutcho export`` and ``shutcho check`` over files and folders.

Each draft is done on its own: one that fails is reported and the others are
still done; the exit status is 1 if any failed. ``--jobs N`` spreads the drafts
over N worker processes (``concurrent.futures``, started with *spawn*, the same
on Linux and Windows; Qt is only ever started inside a worker). On a terminal a
progress bar shows on stderr; ``--json`` prints one JSON document on stdout for
scripts. No Qt here.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

DRAFT_SUFFIXES = (".shutcho",)
"""What a folder contributes: its drafts (a file named on the command line is taken as it is)."""


@dataclass
class Outcome:
    """What became of one draft."""

    draft: str
    ok: bool
    outputs: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # {"ja", "en"} or a finding
    warnings: list[dict] = field(default_factory=list)


def expand(paths: list[str]) -> list[Path]:
    """The files named, and the drafts in the folders named (sorted, not recursive into hidden)."""
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*")
                              if p.suffix.lower() in DRAFT_SUFFIXES and p.is_file()
                              and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            out.append(path)
    seen, unique = set(), []
    for path in out:
        key = os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def targets(drafts: list[Path], out_dir: Path, formats: list[str]) -> list[dict[str, Path]]:
    """One output file per draft and format in ``out_dir``; equal names get -2, -3 ..."""
    used: set[str] = set()
    plan = []
    for draft in drafts:
        stem, n = draft.stem, 1
        while any(f"{stem}.{fmt}".lower() in used for fmt in formats):
            n += 1
            stem = f"{draft.stem}-{n}"
        used.update(f"{stem}.{fmt}".lower() for fmt in formats)
        plan.append({fmt: out_dir / f"{stem}.{fmt}" for fmt in formats})
    return plan


# -- the work on one draft (runs in a worker) --------------------------------------


def _load(draft: str):
    from desktop.model.docxdraft import read_docx_draft
    from desktop.model.draft import load_report_file, read_bytes

    if Path(draft).suffix.lower() in (".docx", ".docm"):
        found = read_docx_draft(draft, read_bytes(draft))
        warnings = []
        if found.edited:
            warnings.append({"ja": "書き出し後に Word で編集されています。書き出した時の下書きを使いました"
                                   + ("" if found.edits is None else "(変更された段落は今の文)"),
                             "en": "edited in Word after export; the draft as exported was used"
                                   + ("" if found.edits is None
                                      else " (with the changed paragraphs' text as it is now)")})
        return found.report, warnings
    return load_report_file(draft), []


def export_one(draft: str, outputs: dict[str, str], pdf_a: bool, force: bool = False) -> Outcome:
    """Export one draft; as a single export, errors found by the checks stop it unless ``force``."""
    from desktop.cli import key_text
    from desktop.export import EXPORTERS
    from desktop.model.checks import check_report
    from desktop.model.errors import FileProblem

    outcome = Outcome(draft, True)
    try:
        report, outcome.warnings = _load(draft)
    except FileProblem as exc:
        return Outcome(draft, False, errors=[{"ja": exc.ja, "en": exc.en}])
    errors = [{"key": key_text(f.key), "ja": f.ja, "en": f.en}
              for f in check_report(report) if f.level == "error"]
    if errors and not force:
        errors.append({"ja": "エラーがあるため書き出しません。直すか、--force を付けてください",
                       "en": "not exported because of the errors; fix them or add --force"})
        return Outcome(draft, False, errors=errors, warnings=outcome.warnings)
    outcome.warnings += errors
    for fmt, out in outputs.items():
        if fmt == "pdf":
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            EXPORTERS[fmt](report, out, **({"pdf_a": pdf_a} if fmt == "pdf" else {}))
        except FileProblem as exc:
            outcome.ok = False
            outcome.errors.append({"ja": f"{exc.path}: {exc.ja}", "en": f"{exc.path}: {exc.en}"})
        except Exception as exc:  # noqa: BLE001 - one draft's bug must not stop the others
            outcome.ok = False
            outcome.errors.append({"ja": f"{out}: 予期しないエラー: {exc}",
                                   "en": f"{out}: unexpected error: {type(exc).__name__}: {exc}"})
        else:
            outcome.outputs.append(str(out))
    return outcome


def check_one(draft: str) -> Outcome:
    from desktop.model.checks import check_report
    from desktop.model.errors import FileProblem

    try:
        report, warnings = _load(draft)
    except FileProblem as exc:
        return Outcome(draft, False, errors=[{"ja": exc.ja, "en": exc.en}])
    from desktop.cli import key_text

    outcome = Outcome(draft, True, warnings=warnings)
    for finding in check_report(report):
        entry = {"key": key_text(finding.key), "ja": finding.ja, "en": finding.en}
        (outcome.errors if finding.level == "error" else outcome.warnings).append(entry)
    outcome.ok = not outcome.errors
    return outcome


# -- running them ------------------------------------------------------------------


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    WIDTH = 30

    def __init__(self, total: int, stream=None):
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.shown = bool(self.stream is not None and getattr(self.stream, "isatty", lambda: False)())
        self.done = 0

    def step(self, name: str) -> None:
        self.done += 1
        if not self.shown:
            return
        filled = self.WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {Path(name).name[:40]:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run(tasks: list[tuple], work, jobs: int, progress: Progress) -> list[Outcome]:
    """``work(*task)`` for every task, in ``jobs`` processes (1: in this one); results in task order."""
    results: list[Outcome | None] = [None] * len(tasks)
    if jobs <= 1 or len(tasks) <= 1:
        for i, task in enumerate(tasks):
            results[i] = work(*task)
            progress.step(task[0])
        return results  # type: ignore[return-value]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(work, *task): i for i, task in enumerate(tasks)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                results[i] = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died: that draft failed
                results[i] = Outcome(tasks[i][0], False, errors=[
                    {"ja": f"処理が異常終了しました: {exc}", "en": f"the worker failed: {exc!r}"}])
            progress.step(tasks[i][0])
    return results  # type: ignore[return-value]


POOL_FROM = 40
"""Exports of this many drafts or more use a worker per core by default."""


def default_jobs(verb: str, count: int) -> int:
    """Worker processes when --jobs is not given.

    A worker costs ~0.3-0.5 s of CPU to start (spawn, imports, Qt for PDF); a DOCX
    export ~25 ms, a PDF ~55 ms, a check ~1-3 ms. Measured on this 2-core machine
    (docs/benchmarks.md, issue 13): 200 DOCX exports take 5.15 s one at a time and
    3.05 s with two workers (1.69x); 200 checks gain nothing (1.07x). So exports of
    POOL_FROM drafts or more use the cores, fewer go one at a time, and checks always
    run in this process.
    """
    if verb == "check" or count < POOL_FROM:
        return 1
    return cores_jobs(count)


def cores_jobs(count: int) -> int:
    """One worker per core (at most 8, at most one per draft): ``--jobs 0``."""
    return max(1, min(os.cpu_count() or 1, 8, count))


def summary(outcomes: list[Outcome], verb: str, seconds: float) -> dict:
    failed = [o for o in outcomes if not o.ok]
    return {"verb": verb, "total": len(outcomes), "ok": len(outcomes) - len(failed),
            "failed": len(failed), "seconds": round(seconds, 3),
            "files": [asdict(o) for o in outcomes]}


def report(outcomes: list[Outcome], verb: str, seconds: float, as_json: bool, say) -> int:
    """Print each failure and the summary (or the JSON document); the exit status."""
    result = summary(outcomes, verb, seconds)
    for outcome in outcomes:
        if not outcome.ok:
            say(f"{outcome.draft}: 失敗 (failed)")
            for error in outcome.errors:
                where = f"{error['key']}: " if error.get("key") else ""
                say(f"  - {where}{error['ja']} ({error['en']})")
    done = "書き出" if verb == "export" else "検査"
    say(f"{result['total']} 件中 {result['ok']} 件を{done}しました。失敗 {result['failed']} 件 "
        f"({verb}: {result['ok']} of {result['total']} ok, {result['failed']} failed, "
        f"{seconds:.1f} s)")
    if as_json:
        try:
            try:
                print(json.dumps(result, ensure_ascii=False, indent=1))
            except UnicodeEncodeError:  # a console that cannot show Japanese
                print(json.dumps(result, ensure_ascii=True, indent=1))
            sys.stdout.flush()
        except (BrokenPipeError, OSError):
            pass
    return 1 if result["failed"] else 0


def timed_run(tasks, work, jobs: int) -> tuple[list[Outcome], float]:
    progress = Progress(len(tasks))
    start = time.perf_counter()
    try:
        outcomes = run(tasks, work, jobs, progress)
    finally:
        progress.close()
    return outcomes, time.perf_counter() - start
