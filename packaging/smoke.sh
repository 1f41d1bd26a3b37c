#!/usr/bin/env bash
# Build the one-folder bundle and prove it works on its own, headless (CI runs this after the
# tests). Exits non-zero on the first failure.
#
#   packaging/smoke.sh              build (make bundle), then check
#   SMOKE_NO_BUILD=1 packaging/smoke.sh   check an existing dist/zerodx-desktop
#   PYTHON=python SMOKE_NO_BUILD=1 packaging/smoke.sh   the same on Windows (Git Bash) or macOS
#                                   (the CI workflow builds with PyInstaller first)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$ROOT/dist/zerodx-desktop
PY=${PYTHON:-$ROOT/.venv/bin/python}
EXE="" WINDOWS=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) EXE=.exe WINDOWS=1 ;; esac
SMOKE_NAME=smoke SMOKE_TIMEOUT=180
# fail, step, said, run, desktop_smoke, demo_and_verify, chinese_report
source "$ROOT/packaging/smoke_lib.sh"

if [[ -z "${SMOKE_NO_BUILD:-}" ]]; then
  start=$SECONDS
  make bundle
  step "bundle built in $((SECONDS - start)) s"
fi
[[ -x $BUNDLE/zerodx-desktop$EXE && -x $BUNDLE/zerodx$EXE ]] || fail "no executables in $BUNDLE"
# the GPL-3.0 krippendorff package is a test-only cross-check: the bundle's modules must not
# include it (PyInstaller lists every bundled module in its PYZ table of contents)
if [[ -z "${SMOKE_NO_BUILD:-}" ]]; then
  tocs=(build/*/PYZ-*.toc)
  [[ -f ${tocs[0]} ]] || fail "no PyInstaller PYZ table of contents to check the licences in"
  ! grep -q "'krippendorff" "${tocs[@]}" || fail "krippendorff (GPL-3.0) is in the bundle"
fi
step "bundle size $(du -sh "$BUNDLE" | cut -f1)"

# Run from an empty folder with an empty home, so nothing can come from the source tree.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export ZERODX_HOME=$WORK/home QT_QPA_PLATFORM=offscreen

version=$("$PY" -c 'import zerodx_desktop; print(zerodx_desktop.__version__)' | tr -d '\r')
out=$(run "$BUNDLE/zerodx-desktop" --version) || fail "zerodx-desktop --version"
said "$out" "zerodx-desktop $version" || fail "zerodx-desktop --version said '$out'"
out=$(run "$BUNDLE/zerodx" --version) || fail "zerodx --version"
[[ $out == "zerodx $version" ]] || fail "zerodx --version said '$out'"
step "version $version"

# Shipped files sit where zerodx_desktop/paths.py looks for them first.
for f in data/frameworks/rendanheyi-sample.json data/schemas/framework.schema.json \
         resources/fonts/DejaVuSans.ttf resources/fonts/wqy-microhei.ttc resources/icons/zerodx.svg; do
  [[ -f $BUNDLE/_internal/zerodx_desktop/$f ]] || fail "$f is not bundled"
done

out=$(desktop_smoke "desktop smoke run on the demo panel" "$BUNDLE/zerodx-desktop" --smoke \
  --demo) || exit 1
step "desktop --smoke --demo: $out"

# The CLI writes a whole demo: data/ (framework, dossiers) and resources/fonts (the PDF) in use.
demo_and_verify "$BUNDLE/zerodx"
# Ten sheets (each twice): the merge verifies them in a spawn process pool, which in a frozen
# app only works when the entry script calls multiprocessing.freeze_support().
run "$BUNDLE/zerodx" merge --panel "$WORK/demo/panel.zdxpanel" --out "$WORK/merged.xlsx" \
  "${sheets[@]}" "${sheets[@]}" >/dev/null || fail "zerodx merge (process pool)"
[[ -s $WORK/merged.xlsx ]] || fail "zerodx merge wrote no workbook"
step "zerodx demo, verify and merge"
chinese_report "$BUNDLE/zerodx"
step "zerodx report --lang zh_CN (words from the bundled catalogue)"

# The desktop app opens a real panel package (not only the built-in demo).
out=$(desktop_smoke "desktop smoke run on a panel package" "$BUNDLE/zerodx-desktop" \
  --home "$WORK/judge" --smoke "$WORK/demo/panel.zdxpanel") || exit 1
step "desktop opens panel.zdxpanel: $out"

# The Linux installer shipped in the bundle: install, run through the link, uninstall.
if [[ $(uname -s) != Linux ]]; then step "all good"; exit 0; fi
PREFIX=$WORK/prefix "$BUNDLE/install.sh" >/dev/null || fail "install.sh"
out=$(run "$WORK/prefix/bin/zerodx" --version) || fail "installed zerodx --version"
[[ $out == "zerodx $version" ]] || fail "installed zerodx --version said '$out'"
grep -q "^Exec=\"$WORK/prefix/lib/zerodx-desktop/zerodx-desktop\" %f$" \
  "$WORK/prefix/share/applications/zerodx-desktop.desktop" || fail "installed menu entry"
PREFIX=$WORK/prefix "$BUNDLE/install.sh" --uninstall >/dev/null || fail "install.sh --uninstall"
[[ ! -e $WORK/prefix/bin/zerodx && ! -e $WORK/prefix/lib/zerodx-desktop ]] || fail "uninstall left files"
step "install.sh and --uninstall"
step "all good"
