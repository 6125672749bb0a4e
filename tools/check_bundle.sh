#!/usr/bin/env bash
# Build the one-folder app (dist/shutcho/) and check that it runs without the source tree:
# --version, check, export of the sample to DOCX and PDF (offscreen) from a folder outside
# the repository, the PDF's text, and the editor starting under Xvfb.
#
#   tools/check_bundle.sh                 # uses python3 (PyInstaller must be installed in it)
#   PYTHON=.venv/bin/python tools/check_bundle.sh
#   SKIP_BUILD=1 tools/check_bundle.sh    # check an existing dist/shutcho
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-python3}
app="$root/dist/shutcho"

fail() { echo "check_bundle: FAILED: $*" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && "$python" -m PyInstaller --noconfirm --log-level WARN build.spec)
fi
[ -x "$app/shutcho" ] && [ -x "$app/shutcho-cli" ] || fail "no executables in $app"
echo "bundle: $(du -sh "$app" | cut -f1)  ($app)"

work=$(mktemp -d /tmp/shutcho-bundle.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$root/resources/samples/shimonoseki-2023-soumu.shutcho" "$work/sample.shutcho"
cd "$work"
# Nothing from the source tree or a Python installation may help the bundle.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export PATH=/usr/local/bin:/usr/bin:/bin

version=$("$app/shutcho" --version) || fail "--version exited $?"
[[ $version =~ ^shutcho\ [0-9] ]] || fail "--version printed '$version'"
echo "ok: $version"

"$app/shutcho-cli" check sample.shutcho 2>check.err || { cat check.err >&2; fail "check exited non-zero"; }
echo "ok: check"

"$app/shutcho" export sample.shutcho --pdf "$work/x.pdf" --docx "$work/x.docx" 2>export.err \
  || { cat export.err >&2; fail "export exited non-zero"; }
grep -q Traceback export.err && { cat export.err >&2; fail "export printed a traceback"; }
[ -s x.pdf ] && [ -s x.docx ] || fail "export wrote no files"
text=$(pdftotext -enc UTF-8 x.pdf - | tr -d ' \n\f')
for want in 出張報告書 地域コミュニティ活性化推進計画; do
  [[ $text == *"$want"* ]] || fail "the PDF's text lacks $want"
done
pdffonts x.pdf | grep -qi mincho || fail "the bundled Mincho is not embedded in the PDF"
python3 - x.docx <<'PY' || fail "the DOCX is not a Word document with the report's text"
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
sys.exit(0 if "出張報告書" in text and "地域コミュニティ活性化推進計画" in text else 1)
PY
echo "ok: export (PDF $(stat -c %s x.pdf) bytes, DOCX $(stat -c %s x.docx) bytes)"

# Past reports in: the exported DOCX reopens as its draft; the PDF imports (pypdf in the bundle).
"$app/shutcho-cli" check x.docx 2>reopen.err || { cat reopen.err >&2; fail "the DOCX did not reopen"; }
"$app/shutcho-cli" import x.pdf -o imported.shutcho 2>import.err \
  || { cat import.err >&2; fail "import of the PDF exited non-zero"; }
grep -q Traceback import.err && { cat import.err >&2; fail "import printed a traceback"; }
grep -q 地域コミュニティ活性化推進計画 imported.shutcho || fail "the imported draft lacks its topics"
echo "ok: DOCX reopened, PDF imported"

# Many drafts through worker processes: the frozen executable must start its workers.
mkdir batch && cp sample.shutcho batch/a.shutcho && cp sample.shutcho batch/b.shutcho
"$app/shutcho-cli" export batch --out-dir batch-out --jobs 2 2>batch.err \
  || { cat batch.err >&2; fail "batch export with --jobs 2 exited non-zero"; }
[ -s batch-out/a.docx ] && [ -s batch-out/b.docx ] || { cat batch.err >&2; fail "batch export wrote no files"; }
echo "ok: batch export with two worker processes"

# The editor: it must start and keep running (killed after a few seconds) without errors.
editor_check='"$1" sample.shutcho 2>editor.err & pid=$!
sleep 5
if kill -0 $pid 2>/dev/null; then kill $pid; wait $pid || true; exit 0; fi
wait $pid; echo "the editor exited with status $?" >&2; exit 1'
if command -v xvfb-run >/dev/null; then
  env -u QT_QPA_PLATFORM xvfb-run -a bash -c "$editor_check" _ "$app/shutcho" \
    || { cat editor.err >&2; fail "the editor did not start under Xvfb"; }
else
  QT_QPA_PLATFORM=offscreen bash -c "$editor_check" _ "$app/shutcho" \
    || { cat editor.err >&2; fail "the editor did not start offscreen"; }
fi
if grep -Eq 'Traceback|Could not load|could not find or load|Error' editor.err; then
  cat editor.err >&2; fail "the editor printed errors"
fi
echo "ok: the editor starts"

# Qt's own dialog buttons in Japanese (「詳細を表示...」, 「キャンセル」): qtbase_ja.qm is in the folder.
[ -f "$app/_internal/PySide6/Qt/translations/qtbase_ja.qm" ] \
  || fail "Qt's Japanese translation qtbase_ja.qm is missing (Qt's buttons would be English)"
echo "ok: Qt's Japanese translation"

# Japanese input on Linux: the input-method plug-ins are in the folder and Qt loads the IBus
# one (it needs the bundled QtDBus library). No IME daemon runs here, so nothing is typed:
# Qt's own plug-in log shows the library loaded.
plugins="$app/_internal/PySide6/Qt/plugins/platforminputcontexts"
for plugin in libibusplatforminputcontextplugin.so libcomposeplatforminputcontextplugin.so; do
  [ -f "$plugins/$plugin" ] || fail "the input-method plug-in $plugin is missing (Japanese input)"
done
if command -v xvfb-run >/dev/null; then
  env -u QT_QPA_PLATFORM QT_IM_MODULE=ibus QT_DEBUG_PLUGINS=1 xvfb-run -a bash -c "$editor_check" _ "$app/shutcho" \
    || { tail -20 editor.err >&2; fail "the editor did not start with QT_IM_MODULE=ibus"; }
  grep -q 'libibusplatforminputcontextplugin.so" loaded library' editor.err \
    || { grep -i inputcontext editor.err >&2; fail "Qt did not load the IBus input-method plug-in"; }
  echo "ok: input methods (IBus plug-in loads, compose present)"
fi
echo "check_bundle: all checks passed"
