#!/usr/bin/env bash
# Build the wheel (from the sdist, as pip would from PyPI), install it into a fresh venv OUTSIDE
# the checkout, and prove the installed app works from there: shipped files, fonts and the
# Chinese catalogue come from the wheel (packaging/wheel_check.py), `zerodx demo`, `zerodx
# verify`, `zerodx-desktop --demo --smoke` offscreen, and a Chinese-language desktop smoke with
# a non-ASCII home. CI runs it after the tests; exits non-zero on the first failure.
#
#   packaging/wheel_smoke.sh                  build with .venv's Python, then check
#   WHEEL=dist/x.whl packaging/wheel_smoke.sh check an existing wheel
#   PYTHON=python3.12 packaging/wheel_smoke.sh  the venv (and build) use another interpreter
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
SMOKE_NAME="wheel smoke"
# fail, step, said, run, desktop_smoke, demo_and_verify, chinese_report
source "$ROOT/packaging/smoke_lib.sh"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [[ -z "${WHEEL:-}" ]]; then
  start=$SECONDS
  "$PY" -m build --version >/dev/null 2>&1 || "$PY" -m pip install --quiet 'build>=1.0'
  "$PY" -m build --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log" >&2; fail "python -m build"; }
  WHEEL=$(ls "$WORK"/dist/*.whl)
  step "built $(basename "$WHEEL") and $(basename "$WORK"/dist/*.tar.gz) in $((SECONDS - start)) s"
fi
[[ -f $WHEEL ]] || fail "no wheel at $WHEEL"
WHEEL=$(cd "$(dirname "$WHEEL")" && pwd)/$(basename "$WHEEL")
# the wheel carries data/ and resources/ inside the package (translations as .qm and .ts)
listing=$("$PY" -m zipfile -l "$WHEEL")
for f in zerodx_desktop/data/frameworks/rendanheyi-sample.json zerodx_desktop/resources/fonts/wqy-microhei.ttc \
         zerodx_desktop/resources/translations/zerodx_zh_CN.qm zerodx_desktop/resources/icons/zerodx.svg \
         zerodx_desktop/resources/translations/zerodx_zh_CN.ts; do
  grep -q "^$f " <<<"$listing" || fail "$f is not in the wheel"
done
step "wheel holds data/ and resources/ ($(du -h "$WHEEL" | cut -f1))"

# A fresh venv in an empty folder outside the checkout; everything below runs from there.
start=$SECONDS
"$PY" -m venv "$WORK/venv"
VENV=$WORK/venv
BIN=$VENV/bin
WINDOWS=""
[[ -d $VENV/Scripts ]] && BIN=$VENV/Scripts WINDOWS=1  # Windows (Git Bash)
"$BIN/python" -m pip install --quiet "$WHEEL" || fail "pip install of the wheel"
step "installed into a fresh venv in $((SECONDS - start)) s"
mkdir "$WORK/run"
cd "$WORK/run"
unset PYTHONPATH
export ZERODX_HOME=$WORK/home QT_QPA_PLATFORM=offscreen

"$BIN/python" "$ROOT/packaging/wheel_check.py" || fail "installed files, fonts or catalogue"

version=$("$BIN/python" -c 'import zerodx_desktop; print(zerodx_desktop.__version__)' | tr -d '\r')
out=$(run "$BIN/zerodx" --version) || fail "zerodx --version"
[[ $out == "zerodx $version" ]] || fail "zerodx --version said '$out'"

demo_and_verify "$BIN/zerodx"
embedded=""
if command -v pdffonts >/dev/null; then  # the report embeds the fonts shipped in the wheel
  fonts=$(pdffonts "$WORK/demo/report.pdf")
  grep -qi "DejaVuSans" <<<"$fonts" && grep -qi "microhei" <<<"$fonts" \
    || fail "report.pdf does not embed DejaVu Sans and WenQuanYi Micro Hei"
  embedded="; report.pdf embeds DejaVu Sans and WenQuanYi Micro Hei"
fi
step "zerodx demo (${#sheets[@]} sheets, result, report) and verify$embedded"
chinese_report "$BIN/zerodx"
step "zerodx report --lang zh_CN (words from the shipped catalogue)"

out=$(desktop_smoke "desktop smoke run on the demo panel" "$BIN/zerodx-desktop" --demo --smoke) \
  || exit 1
step "zerodx-desktop --demo --smoke: $out"

# Chinese: the app's language preference is Chinese (the file Preferences writes), the home
# folder has a Chinese name, and the app opens the demo's panel package from there.
home_zh="$WORK/评委 数据"
mkdir -p "$home_zh"
printf '[ui]\nlanguage=zh_CN\n' >"$home_zh/desktop.ini"
out=$(desktop_smoke "Chinese desktop smoke run" "$BIN/zerodx-desktop" --home "$home_zh" \
  --smoke "$WORK/demo/panel.zdxpanel") || exit 1
[[ -f $home_zh/logs/zerodx.log ]] || fail "the Chinese-named home has no log"
step "Chinese desktop smoke with home '评委 数据': $out"
step "all good"
