#!/usr/bin/env bash
# Install StretchGuide's desktop entry, AppStream metainfo and icon, so that it shows in the
# application menu and software centres with its icon.
#
#     packaging/linux/install-desktop-files.sh [--prefix DIR] [--exec COMMAND] [--uninstall]
#
#   --prefix DIR     install under DIR/share (default: ~/.local, i.e. ~/.local/share, for the
#                    current user only; use /usr/local or /usr, as root, for everyone).
#   --exec COMMAND   the command the menu entry runs (default: stretchguide, found on PATH).
#                    Give the full path when it is not on the session's PATH, e.g. for the
#                    PyInstaller bundle: --exec "$PWD/dist/stretchguide/stretchguide".
#   --uninstall      remove the files instead.
#
# DESTDIR is honoured, for distribution packaging (DESTDIR=pkgroot ... --prefix /usr).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_ID=io.github.stretchguide.StretchGuide
PREFIX=$HOME/.local
EXEC=stretchguide
UNINSTALL=0
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) PREFIX=$2; shift 2 ;;
        --exec) EXEC=$2; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-desktop-files.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

SHARE=${DESTDIR:-}$PREFIX/share
DESKTOP=$SHARE/applications/$APP_ID.desktop
METAINFO=$SHARE/metainfo/$APP_ID.metainfo.xml
ICON=$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg

refresh_caches() {
    # Only for a live install: a packager's DESTDIR tree gets its caches from the package manager.
    [ -z "${DESTDIR:-}" ] || return 0
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$UNINSTALL" = 1 ]; then
    rm -f "$DESKTOP" "$METAINFO" "$ICON"
    refresh_caches
    echo "removed StretchGuide's desktop files from $SHARE"
    exit 0
fi

# The desktop entry spec wants an argument with spaces (or other reserved characters) quoted.
case $EXEC in
    *[[:space:]\"\'\\\`\$]*) exec_value="\"$(printf '%s' "$EXEC" | sed -e 's/[\\"`$]/\\\\&/g')\"" ;;
    *) exec_value=$EXEC ;;
esac

install -d "$(dirname "$DESKTOP")" "$(dirname "$METAINFO")" "$(dirname "$ICON")"
# Rewrite the command of every Exec= line (the main entry and the actions), keeping its arguments.
awk -v cmd="$exec_value" '
    /^Exec=stretchguide( |$)/ { sub(/^Exec=stretchguide/, "Exec=" cmd) }
    { print }
' "$HERE/$APP_ID.desktop" >"$DESKTOP.tmp"
chmod 644 "$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$METAINFO"
install -m 644 "$HERE/$APP_ID.svg" "$ICON"
refresh_caches

echo "installed StretchGuide's desktop files under $SHARE:"
echo "  $DESKTOP"
echo "  $METAINFO"
echo "  $ICON"
if [ "$EXEC" = stretchguide ] && ! command -v stretchguide >/dev/null; then
    echo "note: 'stretchguide' is not on PATH here; the menu entry needs it (pipx puts it in" \
        "$HOME/.local/bin), or reinstall with --exec /full/path/to/stretchguide" >&2
fi
