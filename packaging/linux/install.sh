#!/bin/sh
# Install this ZeroDX Desktop bundle for the current user: no root, nothing outside $PREFIX.
#
#   ./install.sh               copy the bundle to ~/.local/lib/zerodx-desktop, put zerodx-desktop
#                              and zerodx in ~/.local/bin, add the menu entry, icons and file types
#   ./install.sh --uninstall   remove all of that again (your judging data stays where it is)
#   PREFIX=/opt/zerodx ./install.sh   install somewhere else
#
# This script ships inside the bundle (dist/zerodx-desktop/install.sh) next to the executables.
set -eu

NAME=zerodx-desktop
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DEST=$PREFIX/lib/$NAME
SHARE=$PREFIX/share
SIZES="16 24 32 48 64 128 256 512"

refresh() {
  # Desktops pick up new entries without these too, only later; missing tools are fine.
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$DEST"
  rm -f "$PREFIX/bin/$NAME" "$PREFIX/bin/zerodx" \
        "$SHARE/applications/$NAME.desktop" "$SHARE/mime/packages/$NAME.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$NAME.svg"
  for s in $SIZES; do rm -f "$SHARE/icons/hicolor/${s}x${s}/apps/$NAME.png"; done
  refresh
  echo "ZeroDX Desktop removed from $PREFIX"
  exit 0
fi

[ -x "$HERE/$NAME" ] && [ -d "$HERE/_internal/share" ] \
  || { echo "install.sh: run me from inside the unpacked bundle" >&2; exit 1; }

if [ "$HERE" != "$DEST" ]; then
  mkdir -p "$PREFIX/lib"
  rm -rf "$DEST.new"
  cp -a "$HERE" "$DEST.new"
  rm -rf "$DEST"
  mv "$DEST.new" "$DEST"
fi

mkdir -p "$PREFIX/bin" "$SHARE/applications" "$SHARE/mime/packages"
ln -sf "$DEST/$NAME" "$PREFIX/bin/$NAME"
ln -sf "$DEST/zerodx" "$PREFIX/bin/zerodx"

# The menu entry names the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed -e "s|^Exec=$NAME |Exec=\"$DEST/$NAME\" |" -e "s|^TryExec=$NAME\$|TryExec=$DEST/$NAME|" \
  "$DEST/_internal/share/applications/$NAME.desktop" > "$SHARE/applications/$NAME.desktop"
cp "$DEST/_internal/share/mime/packages/$NAME.xml" "$SHARE/mime/packages/"
(cd "$DEST/_internal/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$SHARE/$(dirname "$icon")"
  cp "$DEST/_internal/share/$icon" "$SHARE/$icon"
done
refresh

echo "ZeroDX Desktop installed in $DEST"
echo "  start it from the applications menu, or run: $PREFIX/bin/$NAME"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "  (add $PREFIX/bin to PATH for the zerodx command)";; esac
