#!/usr/bin/env bash
# A report written from the example presets with the keyboard only, on a real X server
# (Xvfb, xcb platform), typed by xdotool (kanji too: xdotool sends them as key symbols).
# Issue 12's closing walk; the same path is tests/test_ui_keyboard_walk.py offscreen.
#
#   xvfb-run -a -s "-screen 0 1366x768x24" tools/keyboard_walk_x11.sh [OUT.png]
#
# Xvfb has no window manager, so the script gives the window the X input focus as a desktop
# would (without it Qt sees no active window: shortcuts such as Ctrl+PgDn do not fire).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-keyboard-walk.png}
python=${PYTHON:-$root/.venv/bin/python}
home=$(mktemp -d /tmp/shutcho-walk.XXXXXX)
trap 'kill $pid 2>/dev/null || true; rm -rf "$home"' EXIT
mkdir -p "$home/.config/shutcho/shutcho"
cp "$root/docs/examples/shutcho-presets.json" "$home/.config/shutcho/shutcho/"
HOME=$home XDG_CONFIG_HOME=$home/.config "$python" -m desktop >"$home/editor.log" 2>&1 &
pid=$!
sleep 4
for w in $(xdotool search --onlyvisible --name "出張報告書エディタ"); do
  xdotool windowfocus --sync "$w" 2>/dev/null && break
done
sleep 0.3
k() { xdotool key --delay 120 "$@"; sleep 0.25; }
t() { xdotool type --delay 90 "$1"; sleep 0.3; }
k Tab Tab Tab; t "R6.11.20"; k Tab                                    # 基本情報: 提出日
k ctrl+Next; k Tab Down                                               # 職氏名: the preset committee
k ctrl+Next; k Tab; t "防災について"; k Tab space; t "地域コミュニティについて"; k Tab
k Tab; t "R6.11.18"; k Tab; t "2024/11/20"; k Tab                     # 期間
t "石川県"; k Tab; t "金沢市"; k Tab                                  # 出張先
k ctrl+Next; t "視察を実施したので報告する。"                          # はじめに
k ctrl+Next; k space Tab space Tab; t "R6.11.19"; k Tab; t "約４５万人"; k Tab
sleep 2
import -window root "$out"
echo "keyboard walk: $out"
