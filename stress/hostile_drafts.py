"""Hostile drafts through ``check``, both exports and the editor's open.

    .venv/bin/python stress/hostile_drafts.py [--only NAME]

Builds 90-odd hostile drafts (damaged bytes, odd structure, hostile text in every
field, over-the-limit sizes, photo bombs and broken photos, metadata), then runs
each in a fresh process: ``shutcho check``, DOCX export, PDF export, and the
editor opening it (offscreen, the preview and the problems panel included).
Counts tracebacks (any exception but the clerk's messages), hangs over 30 s and
the peak memory of each process. Prints the counts and the slowest and largest
cases; figures in docs/reliability.md.
"""

from __future__ import annotations

import base64
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import PYTHON, ROOT, say

TIMEOUT_S = 30
CHILD = r"""
import os, sys, traceback, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
path, out = sys.argv[1], sys.argv[2]
from desktop.cli import main as cli
from desktop.model.draft import DraftError, load_draft
from desktop.writers.errors import ExportError
from desktop import export
def step(name, fn):
    try:
        fn()
    except (DraftError, ExportError) as exc:
        print("refused", name, exc.en[:100])
    except SystemExit:
        pass
    except Exception:
        print("TRACEBACK", name)
        traceback.print_exc()
step("check", lambda: cli(["check", path]))
def exports():
    report = load_draft(path)
    export.export_docx(report, out + ".docx")
    export.export_pdf(report, out + ".pdf")
step("export", exports)
def editor():
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings
    app = QApplication.instance() or make_application()
    win = MainWindow(AppSettings(QSettings(out + ".ini", QSettings.Format.IniFormat)), out + "-rec")
    errors = []
    win.show_error = errors.append
    win.ask_locked_draft = lambda *a: "readonly"
    win.controller.load(path)
    win.show()
    import time
    end = time.time() + 1.5
    while time.time() < end:
        app.processEvents()
    if errors:
        print("editor said", errors[0].splitlines()[-1][:100])
    win.confirm_discard = lambda: "discard"
    win.close()
step("editor", editor)
"""


def png(size, mode="RGB", **kw) -> bytes:
    from PIL import Image as PILImage
    out = io.BytesIO()
    PILImage.new(mode, size).save(out, "PNG", **kw)
    return out.getvalue()


def jpeg(size=(320, 240), **kw) -> bytes:
    from PIL import Image as PILImage
    out = io.BytesIO()
    PILImage.effect_noise(size, 40).convert("RGB").save(out, "JPEG", **kw)
    return out.getvalue()


def sample() -> dict:
    from conftest import SAMPLE
    return json.loads(SAMPLE.read_text("utf-8"))


def wrap(report: dict) -> dict:
    return {"format": "shutcho-draft", "version": 1, "report": report}


def with_photo(data: bytes, mime="image/png", width=640, height=480, count=1) -> dict:
    d = sample()
    blocks = d["report"]["destinations"][0]["visit"]["sections"][0]["blocks"]
    photo = {"type": "photo", "caption": "写真", "width_mm": 60.0,
             "image": {"data": base64.b64encode(data).decode(), "mime": mime,
                       "width": width, "height": height}}
    blocks.extend(dict(photo) for _ in range(count))
    return d


def every_string(d: dict, value: str, skip=("id", "topic", "type", "mime", "data", "format",
                                            "submitted", "start", "end")) -> dict:
    def walk(node):
        if isinstance(node, dict):
            return {k: (v if k in skip else walk(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return value if isinstance(node, str) else node
    d["report"] = walk(d["report"])
    return d


def cases() -> dict[str, bytes]:
    raw_sample = json.dumps(sample(), ensure_ascii=False).encode()
    out: dict[str, bytes] = {}
    enc = lambda d: json.dumps(d, ensure_ascii=False).encode()  # noqa: E731
    asc = lambda d: json.dumps(d, ensure_ascii=True).encode()  # noqa: E731
    # bytes
    out["empty"] = b""
    out["whitespace"] = b" \n\t "
    out["bom only"] = b"\xef\xbb\xbf"
    for frac in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        out[f"truncated {frac:.0%}"] = raw_sample[:int(len(raw_sample) * frac)]
    out["random bytes"] = os.urandom(4096)
    out["utf-16"] = json.dumps(sample()).encode("utf-16")
    out["nul bytes"] = raw_sample[:100] + b"\0" * 100 + raw_sample[100:]
    out["deep arrays"] = b"[" * 100_000 + b"]" * 100_000
    out["deep objects"] = b'{"a":' * 50_000 + b"1" + b"}" * 50_000
    out["huge number"] = b'{"addressee": 1e999}'
    out["NaN"] = b'{"addressee": NaN}'
    out["Infinity"] = b'{"members": [{"family": Infinity}]}'
    out["top-level string"] = b'"report"'
    out["top-level list"] = b"[1, 2, 3]"
    out["big integer"] = b'{"version": ' + b"9" * 5000 + b"}"
    # structure
    out["duplicate top key"] = b'{"addressee": "A", "addressee": "B"}'
    out["duplicate in wrapper"] = b'{"format": "shutcho-draft", "version": 1, "report": {}, "report": {}}'
    out["duplicate in member"] = b'{"members": [{"family": "A", "family": "B"}]}'
    out["unknown key"] = enc(dict(sample(), extra=1))
    out["version 2"] = enc(dict(sample(), version=2))
    out["version string"] = enc(dict(sample(), version="1"))
    out["version bool"] = enc(dict(sample(), version=True))
    out["wrong format"] = enc(dict(sample(), format="other"))
    for field, value in (("members", "x"), ("topics", {}), ("submitted", 20230816),
                         ("destinations", [1]), ("settings", []), ("addressee", ["a"]),
                         ("start", "2023-02-30"), ("end", "not a date")):
        d = sample()
        d["report"][field] = value
        out[f"wrong type {field}"] = enc(d)
    d = sample()
    d["report"]["destinations"][0]["visit"]["sections"][0]["topic"] = "nope"
    out["section of a missing topic"] = enc(d)
    d = sample()
    d["report"]["topics"].append(dict(d["report"]["topics"][0]))
    out["duplicate topic id"] = enc(d)
    # hostile text
    for name, text in (("controls", "a\x00\x01\x08\x0b\x0c\x1f\x7fb"), ("C1", "a\x80\x85\x9fb"),
                       ("lone surrogates", "a\ud800b\udfffc"), ("nonchars", "a\ufffe\uffffb"),
                       ("bidi overrides", "\u202e逆\u202d順\u2066"),
                       ("zero width", "議\u200b会\u200d\ufeff"),
                       ("zalgo", "あ" + "\u0301" * 2000), ("emoji", "👨‍👩‍👧‍👦🇯🇵😀"),
                       ("variation sequences", "葛\U000E0100辻\U000E0100邉\U000E0102"),
                       ("outside the font", "𠮷𩸽\ue000\U000F0000"),
                       ("newlines", "\r\n\r\r\n" * 50), ("tabs", "\t" * 500)):
        out[f"every field: {name}"] = asc(every_string(sample(), text))
    for font in ("\u0001", "\ud800", "a\ufffeb", "x" * 100_000):
        d = sample()
        d["report"]["settings"] = {"font": font}
        out[f"settings.font {font[:6]!r}"] = asc(d)
    for date in ("9999-12-31", "0001-01-01", "1868-01-24", "2100-01-01"):
        d = sample()
        d["report"]["submitted"] = d["report"]["start"] = date
        out[f"date {date}"] = enc(d)
    d = sample()
    d["report"]["start"], d["report"]["end"] = "2023-07-07", "2023-07-05"
    out["end before start"] = enc(d)
    d = sample()
    d["report"]["introduction"] = "長" * 100_000
    out["one field at 100,000"] = enc(d)
    out["every field at 100,000 (79 MB)"] = enc(every_string(sample(), "字" * 100_000))
    out["every field at 7,000"] = enc(every_string(sample(), "字" * 7_000))
    d = sample()
    d["report"]["members"] = [{"role": "委員", "family": "山田", "given": "太郎"}] * 5000
    out["5,000 members"] = enc(d)
    d = sample()
    d["report"]["destinations"][0]["visit"]["sections"][0]["blocks"] = [
        {"type": "paragraph", "text": "あ" * 300}] * 5000
    out["5,000 paragraphs"] = enc(d)
    d = sample()
    d["report"]["destinations"][0]["visit"]["qa"] = [{"question": "問" * 300, "answer": "答" * 300}] * 3000
    out["3,000 Q&A"] = enc(d)
    d = sample()
    d["report"]["members"][0]["family"] = "山" * 100_000
    out["a 100,000-character name"] = enc(d)
    # photos
    from PIL import Image as PILImage
    out["bomb 15,400² declared 640x480"] = enc(with_photo(png((15_400, 15_400), "1")))
    out["honest 10,000²"] = enc(with_photo(png((10_000, 10_000), "1"), width=10_000, height=10_000))
    good = jpeg()
    out["truncated jpeg"] = enc(with_photo(good[:len(good) // 2], "image/jpeg", 320, 240))
    out["garbage jpeg"] = enc(with_photo(b"\xff\xd8\xff" + os.urandom(2000), "image/jpeg", 320, 240))
    broken = bytearray(png((64, 64)))
    broken[40:60] = os.urandom(20)
    out["png with bad crc"] = enc(with_photo(bytes(broken), width=64, height=64))
    exif = PILImage.Exif()
    exif[0x013B] = "Owner Name"
    exif[0x8825] = {1: "N", 2: (33.0, 57.0, 0.0), 3: "E", 4: (130.0, 56.0, 0.0)}
    out["jpeg with GPS exif"] = enc(with_photo(jpeg(exif=exif.tobytes()), "image/jpeg", 320, 240))
    cmyk = io.BytesIO()
    PILImage.new("CMYK", (100, 80)).save(cmyk, "JPEG")
    out["cmyk jpeg"] = enc(with_photo(cmyk.getvalue(), "image/jpeg", 100, 80))
    out["16-bit png"] = enc(with_photo(png((200, 100), "I;16"), width=200, height=100))
    pal = PILImage.new("P", (100, 100))
    pal.info["transparency"] = 0
    buf = io.BytesIO()
    pal.save(buf, "PNG", transparency=0)
    out["palette png with transparency"] = enc(with_photo(buf.getvalue(), width=100, height=100))
    out["1x100000 png"] = enc(with_photo(png((1, 100_000)), width=1, height=100_000))
    out["100000x1 png"] = enc(with_photo(png((100_000, 1)), width=100_000, height=1))
    out["png declared as jpeg"] = enc(with_photo(png((10, 10)), "image/jpeg", 10, 10))
    out["progressive jpeg"] = enc(with_photo(jpeg(progressive=True), "image/jpeg", 320, 240))
    out["200 photos (the sample's 2 and 198)"] = enc(with_photo(jpeg(), "image/jpeg", 320, 240,
                                                                count=198))
    out["201 photos"] = enc(with_photo(jpeg(), "image/jpeg", 320, 240, count=201))
    out["9 photos of 60 MP (540 MP)"] = enc(with_photo(png((10_000, 6_000), "1"), width=10_000,
                                                       height=6_000, count=9))
    out["huge text chunk png"] = enc(with_photo(png((10, 10), pnginfo=_text_chunk()), width=10, height=10))
    return out


def _text_chunk():
    from PIL import PngImagePlugin
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "x" * 1_000_000, zip=True)
    return info


def run_one(path: Path, out: Path) -> tuple[float, float, bool, str]:
    """(seconds, peak MB, hung, output) of one child."""
    env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'tests'}", QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    rss_file = Path(f"{out}.rss")
    timer = ["/usr/bin/time", "-f", "%M", "-o", str(rss_file)] if Path("/usr/bin/time").exists() else []
    child = subprocess.Popen([*timer, PYTHON, "-c", CHILD, str(path), str(out)],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
                             text=True)
    hung = False
    try:
        output, _ = child.communicate(timeout=TIMEOUT_S * 3)  # three steps, 30 s each
    except subprocess.TimeoutExpired:
        child.kill()
        output, _ = child.communicate()
        hung = True
    elapsed = time.perf_counter() - start
    try:  # this child's own peak (GNU time), else the largest child so far
        peak = int(rss_file.read_text().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak, hung, output


def main() -> int:
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    made = cases()
    folder = Path(tempfile.mkdtemp(prefix="shutcho-hostile-"))
    tracebacks = hangs = 0
    rows = []
    peak_before = 0.0
    for index, (name, raw) in enumerate(made.items()):
        if only and only not in name:
            continue
        path = folder / f"case{index:03d}.shutcho"
        path.write_bytes(raw)
        elapsed, peak, hung, output = run_one(path, folder / f"out{index:03d}")
        mine = peak
        peak_before = max(peak_before, peak)
        bad = "TRACEBACK" in output or "Traceback" in output
        tracebacks += bad
        hangs += hung or elapsed > TIMEOUT_S * 3
        rows.append((name, elapsed, mine, bad, hung, len(raw)))
        verdict = [line for line in output.splitlines() if line.startswith(("refused", "editor said"))]
        say(f"  {name:38} {len(raw) / 2**20:7.1f} MB {elapsed:5.1f} s"
            f" peak {mine:5.0f} MB{' TRACEBACK' if bad else ''}"
            f"{' HUNG' if hung else ''}  {verdict[0][:70] if verdict else ''}")
        if bad:
            say("\n".join("      " + line for line in output.splitlines()[-8:]))
        for extra in folder.glob(f"out{index:03d}*"):
            if extra.is_file():
                extra.unlink()
        path.unlink()
    say(f"hostile drafts: {len(rows)} (each: check, DOCX, PDF, the editor's open)")
    say(f"tracebacks: {tracebacks}")
    say(f"hangs (over 30 s a step): {hangs}")
    say(f"slowest: {max(rows, key=lambda r: r[1])[0]} {max(r[1] for r in rows):.1f} s (three steps)")
    say(f"peak memory of any process: {peak_before:.0f} MB "
        f"({max(rows, key=lambda r: r[2] or 0)[0]})")
    return 0 if tracebacks == hangs == 0 and peak_before <= 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
