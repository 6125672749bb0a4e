"""The command line: ``shutcho [FILE]``, ``shutcho export``, ``shutcho check``, ``--version``.

Exit codes: 0 ok, 1 invalid input (or a target that cannot be written),
2 usage error or a feature that is not available. Messages go to stderr in
Japanese with English alongside; bad input never ends in a traceback.

Imports are lazy: ``--version``, ``check`` and a DOCX-only ``export`` never load Qt,
and ``shutcho`` or ``shutcho FILE`` (a double-clicked draft) starts the editor
without building the argument parsers (3 ms of its start-up).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import __version__

OK, INVALID, USAGE = 0, 1, 2
VERBS = ("export", "check", "new", "import")


class UsageError(Exception):
    """A command line that does not make sense; the message is Japanese and English."""


def say(message: str) -> None:
    """One message line on stderr (which a windowed Windows build does not have)."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(message + "\n")
        stream.flush()
    except UnicodeEncodeError:  # a console that cannot show Japanese
        stream.write(message.encode("ascii", "backslashreplace").decode("ascii") + "\n")
    except OSError:
        pass


def _parsers() -> dict:
    import argparse

    class _Parser(argparse.ArgumentParser):
        """argparse that raises UsageError instead of printing English and exiting."""

        def error(self, message: str):
            raise UsageError(f"コマンドの指定に誤りがあります (usage error): {message}")

    editor = _Parser(
        prog="shutcho",
        description="出張報告書エディタ (inspection-trip report editor). "
                    "Verbs: 'shutcho export DRAFT ...', 'shutcho check DRAFT'.",
    )
    editor.add_argument("file", nargs="?", help="開く下書き (.shutcho) / draft to open")
    editor.add_argument("--version", action="store_true", help="版を表示 / show the version")

    export = _Parser(prog="shutcho export",
                     description="下書きを DOCX・PDF に書き出します (画面は不要) / "
                                 "export a draft to DOCX and/or PDF without a display")
    export.add_argument("draft", nargs="+",
                        help="下書き (.shutcho)・報告書 JSON・フォルダー (複数可) / "
                             "drafts, report JSON or folders (one or more)")
    export.add_argument("--docx", metavar="OUT", help="DOCX の出力先 / DOCX output file")
    export.add_argument("--pdf", metavar="OUT", help="PDF の出力先 / PDF output file")
    export.add_argument("--plain-pdf", action="store_true",
                        help="PDF/A ではない普通の PDF にする / write plain PDF instead of PDF/A")
    export.add_argument("--force", action="store_true",
                        help="点検でエラーがあっても書き出す / export even when the checks find errors")

    check = _Parser(prog="shutcho check",
                    description="下書きを検査し、問題を一つずつ表示します / "
                                "validate a draft and print each problem")
    check.add_argument("draft", nargs="+",
                       help="下書き (.shutcho)・報告書 JSON・フォルダー (複数可) / "
                            "drafts, report JSON or folders (one or more)")
    _add_batch_options(export, check)
    new = _Parser(prog="shutcho new",
                  description="新しい下書きを作ります。--from で前回の報告書から宛先・委員会・委員・"
                              "職員を引き継ぎます / make a new draft, from last time's with --from")
    new.add_argument("-o", "--output", required=True, metavar="NEW",
                     help="作る下書き (.shutcho) / the new draft")
    new.add_argument("--from", dest="source", metavar="OLD",
                     help="前回の報告書 (.shutcho) / last time's draft")
    new.add_argument("--presets", metavar="FILE",
                     help="プリセット (shutcho-presets.json) / presets file (see docs/presets.md)")
    parsers = {"editor": editor, "export": export, "check": check, "new": new}
    _add_import_parser(parsers, _Parser)
    return parsers


_OWN_PROCESS = False
"""True when ``main`` runs as the process's command (``shutcho ...``), not called in-process."""


def main(argv: list[str] | None = None) -> int:
    global _OWN_PROCESS
    _OWN_PROCESS = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) <= 1 and not any(a in VERBS or a.startswith("-") for a in argv):
        return run_editor(argv[0] if argv else None)  # no options: nothing to parse
    parsers = _parsers()
    verb = argv[0] if argv and argv[0] in VERBS else "editor"
    try:
        if verb == "editor" and len(argv) > 1 and not argv[0].startswith("-"):
            raise UsageError(f"不明なコマンドです: {argv[0]} (unknown command; use export or check)")
        args = parsers[verb].parse_args(argv[1:] if verb in VERBS else argv)
        if verb == "export":
            return run_export(args)
        if verb == "check":
            return run_check(args)
        if verb == "new":
            return run_new(args)
        if verb == "import":
            return run_import(args)
        if args.version:
            if args.file:
                raise UsageError("--version はファイルと一緒に指定できません "
                                 "(--version takes no file)")
            print(f"shutcho {__version__}")
            return OK
        return run_editor(args.file)
    except UsageError as exc:
        say(str(exc))
        say(parsers[verb].format_usage().rstrip())
        return USAGE
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else OK


# -- verbs --------------------------------------------------------------------


def _load(path: str):
    """The report in ``path``, or None after printing why it cannot be read."""
    from desktop.model.draft import DraftError, load_report_file

    try:
        if Path(path).suffix.lower() in (".docx", ".docm"):
            return _load_docx(path)
        return load_report_file(path)
    except DraftError as exc:
        say(f"{exc.path}: {exc.ja}")
        say(f"  ({exc.en})")
        for problem in exc.problems:
            say(f"  - {problem.path}: {problem.ja} ({problem.en})")
        return None


def run_export(args) -> int:
    from desktop.export import EXPORTERS, FORMAT_NAMES, FormatUnavailable, writer_module
    from desktop.writers.errors import ExportError

    if _batch(args):
        return run_export_batch(args)
    args.draft = args.draft[0]

    targets = {fmt: Path(out) for fmt, out in (("docx", args.docx), ("pdf", args.pdf)) if out}
    if not targets:
        raise UsageError("出力先を --docx または --pdf で指定してください "
                         "(give at least one of --docx OUT, --pdf OUT)")
    if args.plain_pdf and "pdf" not in targets:
        raise UsageError("--plain-pdf には --pdf が必要です (--plain-pdf needs --pdf OUT)")
    source = Path(args.draft)
    resolved = {fmt: out.resolve() for fmt, out in targets.items()}
    if len(set(resolved.values())) < len(resolved):
        raise UsageError("DOCX と PDF に同じ出力先は指定できません "
                         "(--docx and --pdf must be different files)")
    if source.resolve() in resolved.values():
        raise UsageError("出力先が下書きそのものです。下書きを上書きしません "
                         "(the output would overwrite the draft itself)")

    if "pdf" in targets:
        # Exporting never shows a window: Qt renders offscreen, with or without a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    unavailable = []
    for fmt in targets:
        try:
            writer_module(fmt)
        except FormatUnavailable as exc:
            unavailable.append(exc)
    if unavailable:
        for exc in unavailable:
            say(f"{exc.ja} ({exc.en})")
        return USAGE
    if "pdf" in targets and _OWN_PROCESS:  # no widget will follow in this process
        from desktop.render.fonts import ensure_app

        ensure_app(widgets=False)

    report = _load(args.draft)
    if report is None:
        return INVALID
    if not _export_allowed(args.draft, report, args.force):
        return INVALID
    status = OK
    for fmt, out in targets.items():
        options = {"pdf_a": not args.plain_pdf} if fmt == "pdf" else {}
        try:
            warnings = EXPORTERS[fmt](report, out, **options) or []
        except ExportError as exc:
            say(f"{exc.path}: {exc.ja}")
            say(f"  ({exc.en})")
            status = INVALID
        else:
            say(f"{FORMAT_NAMES[fmt]} を書き出しました: {out} (exported)")
            for warning in warnings:  # photos left out: never a silent omission
                say(f"  注意 (warning): {warning}")
    return status


LEVELS = {"error": "エラー (error)", "warning": "注意 (warning)"}


def _export_allowed(draft: str, report, force: bool) -> bool:
    """Exports run the checks first: errors stop them unless ``--force``."""
    from desktop.model.checks import check_report

    errors = [f for f in check_report(report) if f.level == "error"]
    if not errors:
        return True
    for finding in errors:
        say(f"  - {LEVELS['error']} {key_text(finding.key)}: {finding.ja} ({finding.en})")
    if force:
        say(f"{draft}: エラー {len(errors)} 件がありますが、--force により書き出します "
            f"({len(errors)} error(s); exporting anyway because of --force)")
        return True
    say(f"{draft}: エラーが {len(errors)} 件あるため書き出しません。直すか、--force を付けてください "
        f"(not exported: {len(errors)} error(s); fix them or add --force)")
    return False


def run_new(args) -> int:
    """``shutcho new -o NEW [--from OLD] [--presets FILE]``: a new draft, never over a file."""
    from desktop.model.draft import DraftError, save_draft
    from desktop.model.presets import PresetsError, blank_report, carry_over, load_presets

    out = Path(args.output)
    if out.suffix == "":
        out = out.with_suffix(".shutcho")
    if args.source and Path(args.source).resolve() == out.resolve():
        raise UsageError("新しい下書きが前回の報告書と同じファイルです "
                         "(the new draft would overwrite last time's)")
    if out.exists():
        say(f"{out}: すでにあります。別の名前を指定してください (already exists; choose another name)")
        return INVALID
    presets = None
    if args.presets:
        try:
            presets = load_presets(args.presets)
        except PresetsError as exc:
            say(f"{exc.path}: {exc.ja}")
            say(f"  ({exc.en})")
            return INVALID
    if args.source:
        previous = _load(args.source)
        if previous is None:
            return INVALID
        report = carry_over(previous)
    else:
        report = blank_report(presets)
    try:
        save_draft(report, out)
    except DraftError as exc:
        say(f"{exc.path}: {exc.ja}")
        say(f"  ({exc.en})")
        return INVALID
    say(f"新しい下書きを作りました: {out} (created)")
    return OK


def key_text(key) -> str:
    """A finding's key (a tuple of names and 0-based indices) as members[0].family."""
    if not isinstance(key, tuple):
        return str(key)
    text = ""
    for part in key:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".")


def run_check(args) -> int:
    from desktop.model.checks import check_report, error_count

    if _batch(args):
        return run_check_batch(args)
    args.draft = args.draft[0]
    report = _load(args.draft)
    if report is None:
        return INVALID
    findings = check_report(report)
    errors = error_count(findings)
    for finding in findings:
        say(f"  - {LEVELS.get(finding.level, finding.level)} {key_text(finding.key)}: "
            f"{finding.ja} ({finding.en})")
    warnings = len(findings) - errors
    if errors:
        say(f"{args.draft}: エラー {errors} 件、注意 {warnings} 件 "
            f"({errors} error(s), {warnings} warning(s))")
        return INVALID
    say(f"{args.draft}: 問題ありません。注意 {warnings} 件 (sound; {warnings} warning(s))")
    return OK


def run_editor(path: str | None) -> int:
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        say("画面 (ディスプレイ) がないためエディタを開けません。書き出しは shutcho export で行えます "
            "(no display for the editor; use 'shutcho export' to export without one)")
        return USAGE
    try:
        from desktop.ui.app import run_editor as run
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("desktop.ui", "PySide6", "shiboken6")):
            raise
        say(f"エディタはこの環境では使えません ({exc.name} がありません) "
            f"(the editor is not available here: {exc.name} is missing)")
        return USAGE
    return run(path=path)


# -- DOCX drafts and importing past reports (shutcho import) ------------------------


def _add_import_parser(parsers: dict, parser_class) -> None:
    verb = parser_class(prog="shutcho import",
                        description="過去の報告書 (DOCX・PDF・テキスト) を下書きに取り込みます / "
                                    "import a past report (DOCX, PDF or text) as a draft")
    verb.add_argument("file", help="取り込むファイル / the report to import")
    verb.add_argument("-o", "--output", metavar="DRAFT", required=True,
                      help="保存する下書き (.shutcho) / the draft to write")
    parsers["import"] = verb


def _load_docx(path: str):
    """The draft inside a DOCX this app wrote; if it was edited in Word since, say what changed."""
    from desktop.model.docxdraft import read_docx_draft
    from desktop.model.draft import read_bytes

    found = read_docx_draft(path, read_bytes(path))
    if found.edited:
        from desktop.importer.reopen import describe

        if found.edits is None:  # format version 1 keeps the exported text
            say(f"{path}: 書き出し後に Word で編集されています。書き出した時の下書きを使います "
                "(edited after export; using the draft as exported)")
        else:
            say(f"{path}: 書き出し後に Word で編集されています。書き出した時の下書きを使い、"
                "変更された段落は今の文にします (変更前の文は DOCX にありません) "
                "(edited after export; using the draft as exported, with the changed paragraphs' "
                "text as it is now: the text before the change is not in the DOCX)")
        for line in describe(found):
            say(f"  - {line}")
        say(f"  編集後の文書を使うには: shutcho import {path} -o 下書き.shutcho "
            "(to use the edited document, import it)")
    return found.report


def run_import(args) -> int:
    from desktop.importer import ImportFailure, import_report
    from desktop.model.draft import DraftError, save_draft

    source, target = Path(args.file), Path(args.output)
    if source.resolve() == target.resolve():
        raise UsageError("出力先が取り込むファイルそのものです (the output would overwrite the input)")
    if target.exists():  # as 'shutcho new': an import never replaces a draft
        say(f"{target}: すでにあります。別の名前を指定してください (already exists; choose another name)")
        return INVALID
    try:
        imported = import_report(source)
    except ImportFailure as exc:
        say(f"{exc.path}: {exc.ja}")
        say(f"  ({exc.en})")
        return INVALID
    for problem in imported.problems:
        say(f"  - 問題 (problem) {problem.where}: {problem.ja} ({problem.en})"
            + (f": {problem.text}" if problem.text else ""))
    try:
        save_draft(imported.report, target)
    except DraftError as exc:
        say(f"{exc.path}: {exc.ja}")
        say(f"  ({exc.en})")
        return INVALID
    report = imported.report
    if imported.kind == "docx" and _has_draft(source):
        say(f"  この DOCX にはこのアプリの下書きが入っています。shutcho {source} で開くと、書き出した時の"
            "下書きそのものになります (this DOCX carries the draft it was exported from: open it "
            "to get that draft exactly)")
    say(f"取り込みました: {target} (imported from {imported.kind}: {len(report.members)} members, "
        f"{len(report.topics)} topics, {len(report.destinations)} destinations; "
        f"問題 {len(imported.problems)} 件 / {len(imported.problems)} problem(s))")
    return OK


# -- many drafts at once (desktop/batch.py) ---------------------------------------------


def _add_batch_options(export, check) -> None:
    export.add_argument("--out-dir", metavar="DIR",
                        help="複数の下書きの出力先フォルダー / output folder for many drafts")
    export.add_argument("--format", default="docx", metavar="docx,pdf",
                        help="--out-dir に書き出す形式 (既定 docx) / formats written to --out-dir")
    for verb in (export, check):
        verb.add_argument("--jobs", type=int, default=None, metavar="N",
                          help="同時に処理するプロセス数 (既定: 多数の書き出しは全コア、ほかは 1。"
                               "0 で全コア) / worker processes (default: one per core for many "
                               "exports, else 1; 0: one per core)")
        verb.add_argument("--json", action="store_true",
                          help="結果を JSON で標準出力に / print the results as JSON on stdout")


def _batch(args) -> bool:
    return (len(args.draft) > 1 or any(Path(d).is_dir() for d in args.draft) or args.json
            or getattr(args, "out_dir", None) is not None)


def _batch_jobs(args, verb: str, count: int) -> int:
    from desktop.batch import cores_jobs, default_jobs

    if args.jobs is None:
        return default_jobs(verb, count)
    if args.jobs < 0:
        raise UsageError("--jobs は 0 以上にしてください (--jobs must be 0 or more)")
    return args.jobs if args.jobs else cores_jobs(count)


def run_export_batch(args) -> int:
    from desktop import batch
    from desktop.export import FormatUnavailable, writer_module

    if args.docx or args.pdf:
        raise UsageError("複数の下書きには --docx/--pdf ではなく --out-dir と --format を指定してください "
                         "(for many drafts give --out-dir and --format, not --docx/--pdf)")
    if not args.out_dir:
        raise UsageError("複数の下書きには出力先フォルダー --out-dir が必要です "
                         "(many drafts need --out-dir DIR)")
    formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
    if not formats or any(f not in ("docx", "pdf") for f in formats) or len(set(formats)) < len(formats):
        raise UsageError(f"--format は docx, pdf, docx,pdf のいずれかです (--format is docx, pdf or "
                         f"docx,pdf, not {args.format!r})")
    if args.plain_pdf and "pdf" not in formats:
        raise UsageError("--plain-pdf には --format pdf が必要です (--plain-pdf needs --format pdf)")
    if "pdf" in formats:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # inherited by the workers
    for fmt in formats:
        try:
            writer_module(fmt)
        except FormatUnavailable as exc:
            say(f"{exc.ja} ({exc.en})")
            return USAGE
    drafts = batch.expand(args.draft)
    if not drafts:
        say("書き出す下書きがありません (no drafts found)")
        return INVALID
    out_dir = Path(args.out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        say(f"{out_dir}: 出力先フォルダーを作れません: {exc.strerror} (cannot create the output folder)")
        return INVALID
    plan = batch.targets(drafts, out_dir, formats)
    tasks = [(str(d), {fmt: str(p) for fmt, p in outs.items()}, not args.plain_pdf, args.force)
             for d, outs in zip(drafts, plan)]
    jobs = _batch_jobs(args, "export", len(tasks))
    outcomes, seconds = batch.timed_run(tasks, batch.export_one, jobs)
    return batch.report(outcomes, "export", seconds, args.json, say)


def run_check_batch(args) -> int:
    from desktop import batch

    drafts = batch.expand(args.draft)
    if not drafts:
        say("検査する下書きがありません (no drafts found)")
        return INVALID
    tasks = [(str(d),) for d in drafts]
    outcomes, seconds = batch.timed_run(tasks, batch.check_one, _batch_jobs(args, "check", len(tasks)))
    return batch.report(outcomes, "check", seconds, args.json, say)


def _has_draft(path: Path) -> bool:
    from desktop.model.docxdraft import read_docx_draft
    from desktop.model.draft import DraftError, read_bytes

    try:
        read_docx_draft(path, read_bytes(path))
    except DraftError:
        return False
    return True
