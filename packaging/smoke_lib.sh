# shellcheck shell=bash
# Helpers shared by packaging/smoke.sh (the PyInstaller bundle) and packaging/wheel_smoke.sh
# (the wheel in a fresh venv); both source this file. The caller sets SMOKE_NAME (the prefix of
# its messages), WORK (its scratch folder) and, on Windows, WINDOWS=1; SMOKE_TIMEOUT (seconds,
# default 300) bounds each command.

fail() { echo "$SMOKE_NAME: FAILED: $*" >&2; exit 1; }
step() { echo "$SMOKE_NAME: $*"; }
# A windowed Windows program may have no stdout (like pythonw): there its exit code speaks.
said() { [[ $1 == "$2"* || ( -n ${WINDOWS:-} && -z $1 ) ]]; }
# (carriage returns dropped: Windows programs end lines with CR LF)
if command -v timeout >/dev/null; then run() { timeout "${SMOKE_TIMEOUT:-300}" "$@" | tr -d "\r"; }
else run() { "$@" | tr -d "\r"; }; fi

# desktop_smoke WHAT COMMAND...: run the desktop app's --smoke; prints what it said after
# "smoke ok: " (call as `summary=$(desktop_smoke ...) || exit 1`)
desktop_smoke() {
  local what=$1 out
  shift
  out=$(run "$@") || fail "$what"
  said "$out" "smoke ok: " || fail "$what said '$out'"
  echo "${out#smoke ok: }"
}

# demo_and_verify ZERODX: `zerodx demo` into $WORK/demo (panel, result, report), then verify
# one of its sheets against the panel; sets the array `sheets`
demo_and_verify() {
  local zerodx=$1 f
  run "$zerodx" demo --out "$WORK/demo" >/dev/null || fail "zerodx demo"
  for f in panel.zdxpanel result.xlsx report.pdf; do
    [[ -s $WORK/demo/$f ]] || fail "zerodx demo wrote no $f"
  done
  sheets=("$WORK"/demo/sheets/*.xlsx)
  run "$zerodx" verify --panel "$WORK/demo/panel.zdxpanel" "${sheets[0]}" >/dev/null \
    || fail "zerodx verify of a demo sheet"
}

# chinese_report ZERODX: the demo's report in Chinese, its words from the shipped catalogue
# (resources/translations/*.ts); checked with pdftotext where there is one
chinese_report() {
  local zerodx=$1
  run "$zerodx" --home "$WORK/demo/organizer" report "$WORK/demo/result.xlsx" --lang zh_CN \
    --out "$WORK/report-zh.pdf" >/dev/null || fail "zerodx report --lang zh_CN"
  [[ -s $WORK/report-zh.pdf ]] || fail "zerodx report --lang zh_CN wrote no PDF"
  if command -v pdftotext >/dev/null; then
    pdftotext "$WORK/report-zh.pdf" "$WORK/report-zh.txt" || fail "pdftotext of the Chinese report"
    grep -q "最终报告" "$WORK/report-zh.txt" || fail "the Chinese report is not in Chinese"
  fi
}
