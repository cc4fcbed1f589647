#!/usr/bin/env bash
# Build StretchGuide as a PyInstaller one-folder bundle in dist/stretchguide/, then smoke-test it.
#
#     packaging/pyinstaller/build.sh [--venv DIR] [--skip-build] [--no-gui] [--require-gui]
#
#   --venv DIR      the venv to build in (default: $STRETCHGUIDE_BUILD_VENV, else
#                   build/pyinstaller/venv, created on first use). PyInstaller is installed into
#                   it; so is the project (`pip install .`), unless the venv already has this
#                   checkout installed in editable mode (the dev venv: `--venv .venv`).
#   --skip-build    only smoke-test the bundle that is already in dist/stretchguide/.
#   --no-gui        skip the checks that open a window under Xvfb.
#   --require-gui   fail (rather than skip) if Xvfb or xdotool is missing.
#
# Environment: PYTHON, the interpreter that creates the venv (default python3.11, else python3).
#
# Smoke tests, all on the built binary and none on the source tree:
#   1. `stretchguide --version` prints the package's version;
#   2. `stretchguide routines` lists every built-in routine of assets/routines/;
#   3. `stretchguide plan desk-break --json` prints valid JSON with segments;
#   4. under Xvfb, `stretchguide play desk-break --no-speech` shows a window (WM_CLASS
#      "stretchguide", as the desktop file's StartupWMClass says), answers media keys over MPRIS
#      on a private D-Bus session bus (if dbus-daemon and playerctl are installed), and Ctrl+Q
#      closes it with exit status 0 within 5 s;
#   5. under Xvfb with speech on: the frozen app starts its speech worker (a 'spawn' child that
#      must not open a second window: that is what multiprocessing.freeze_support() in launch.py
#      is for), the workers render cues to WAV files with the natural voice (hibari) and with
#      pyttsx3 + espeak-ng (if libespeak-ng is installed), and after Ctrl+Q no process of the
#      bundle is left.
# Ends with the bundle's size and the build time. Exit status 0 only if every check passed.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"

VENV=${STRETCHGUIDE_BUILD_VENV:-build/pyinstaller/venv}
BUILD=1 GUI=1 REQUIRE_GUI=0
while [ $# -gt 0 ]; do
    case $1 in
        --venv) VENV=$2; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --no-gui) GUI=0; shift ;;
        --require-gui) REQUIRE_GUI=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

DIST=$REPO/dist/stretchguide
BIN=$DIST/stretchguide
FAILED=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; FAILED=1; }
skip() { echo "  skip  $*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- Clean-up of everything this script starts -------------------------------------------------
TMP=$(mktemp -d)
XVFB_PID="" APP_PID="" DBUS_PID=""
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -KILL "$APP_PID" || true; fi
    if [ -n "$XVFB_PID" ] && kill -0 "$XVFB_PID" 2>/dev/null; then kill -TERM "$XVFB_PID" || true; fi
    if [ -n "$DBUS_PID" ] && kill -0 "$DBUS_PID" 2>/dev/null; then kill -TERM "$DBUS_PID" || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT

# --- Build -------------------------------------------------------------------------------------
SETUP_S=0 BUILD_S=0
if [ "$BUILD" = 1 ]; then
    t0=$(now)
    if [ ! -x "$VENV/bin/python" ]; then
        PY=${PYTHON:-$(command -v python3.11 || command -v python3)}
        echo "== creating the venv $VENV with $PY"
        "$PY" -m venv "$VENV"
        "$VENV/bin/pip" install -q --upgrade pip
    fi
    echo "== installing PyInstaller and StretchGuide into $VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check "pyinstaller>=6.10,<7"
    # (run from elsewhere, or the checkout in the current directory would be found instead)
    installed=$(cd / && "$VENV/bin/python" -c \
        'import pathlib, stretchguide; print(pathlib.Path(stretchguide.__file__).resolve().parent)' \
        2>/dev/null || true)
    if [ "$installed" = "$REPO/stretchguide" ]; then
        echo "   (the venv runs this checkout in editable mode: not reinstalling)"
    else
        "$VENV/bin/pip" install -q --disable-pip-version-check "$REPO"
    fi
    SETUP_S=$(since "$t0")

    echo "== building dist/stretchguide/ with PyInstaller"
    t0=$(now)
    "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
        --distpath "$REPO/dist" --workpath "$REPO/build/pyinstaller/work" \
        packaging/pyinstaller/stretchguide.spec
    BUILD_S=$(since "$t0")
fi
if [ ! -x "$BIN" ]; then
    echo "build.sh: $BIN does not exist (build it first)" >&2
    exit 1
fi

# --- Smoke tests: the command line, no display needed ------------------------------------------
echo "== smoke tests of $BIN"
export STRETCHGUIDE_HOME=$TMP/home  # never the real user's settings, history or speech cache
mkdir -p "$STRETCHGUIDE_HOME"

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' stretchguide/__init__.py)
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$BIN" --version 2>&1) || true
if [ "$out" = "stretchguide $version" ]; then pass "--version: $out"
else fail "--version printed '$out', expected 'stretchguide $version'"; fi

if out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$BIN" routines 2>&1); then
    missing=""
    count=0
    for f in assets/routines/*.toml; do
        id=$(basename "$f" .toml)
        count=$((count + 1))
        grep -q "^$id " <<<"$out" || missing="$missing $id"
    done
    if [ -z "$missing" ]; then pass "routines: lists all $count built-ins"
    else fail "routines: missing$missing in:"; echo "$out" | sed 's/^/        /'; fi
else
    fail "routines exited non-zero:"; echo "$out" | sed 's/^/        /'
fi

if env -u DISPLAY -u WAYLAND_DISPLAY "$BIN" plan desk-break --json >"$TMP/plan.json" 2>&1 &&
    n=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["segments"]))' \
        "$TMP/plan.json" 2>/dev/null); then
    pass "plan desk-break --json: valid JSON, $n segments"
else
    fail "plan desk-break --json is not valid JSON:"; head -5 "$TMP/plan.json" | sed 's/^/        /'
fi

# --- Smoke tests: a real window under Xvfb -----------------------------------------------------
# Every process whose parent is $1 (read from /proc: no procps needed).
children() {
    local stat
    for stat in /proc/[0-9]*/stat; do
        [ -r "$stat" ] || continue
        # field 4 is the parent pid; the command name in field 2 may hold spaces, so cut after ')'
        if [ "$(sed -e 's/^.*) //' "$stat" 2>/dev/null | cut -d' ' -f2)" = "$1" ]; then
            basename "$(dirname "$stat")"
        fi
    done
}
cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }
bundle_processes() {  # pids of every process running this bundle's executable
    local exe
    for exe in /proc/[0-9]*/exe; do
        [ "$(readlink "$exe" 2>/dev/null)" = "$BIN" ] && basename "$(dirname "$exe")"
    done
    return 0
}

# Start "$BIN play desk-break $*" in the background, wait for its window; sets APP_PID, WINDOW.
start_app() {
    QT_QPA_PLATFORM=xcb "$BIN" play desk-break "$@" >"$TMP/app.log" 2>&1 &
    APP_PID=$!
    WINDOW=$(timeout 30 xdotool search --sync --onlyvisible --pid "$APP_PID" 2>/dev/null |
        head -1) || true
    [ -n "$WINDOW" ]
}

# Ctrl+Q in the window; 0 if the app then exits with status 0 within 5 s.
quit_app() {
    local t0 code
    # Xvfb has no window manager: focus the window directly so that Ctrl+Q reaches it.
    xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
    xdotool key --clearmodifiers ctrl+q
    t0=$(now)
    for _ in $(seq 50); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
        fail "$1: still running 5 s after Ctrl+Q; sending SIGTERM"
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
        return 1
    fi
    code=0
    wait "$APP_PID" || code=$?
    APP_PID=""
    if [ "$code" = 0 ]; then pass "$1: Ctrl+Q closed it, exit status 0 after $(since "$t0") s"
    else fail "$1: exit status $code after Ctrl+Q"; sed 's/^/        /' "$TMP/app.log"; return 1; fi
}

gui_tools=1
for tool in Xvfb xdotool; do
    command -v "$tool" >/dev/null || gui_tools=0
done
if [ "$GUI" = 0 ]; then
    skip "window checks (--no-gui)"
elif [ "$gui_tools" = 0 ]; then
    if [ "$REQUIRE_GUI" = 1 ]; then fail "window checks need Xvfb and xdotool (apt-get install xvfb xdotool)"
    else skip "window checks: Xvfb or xdotool is not installed (apt-get install xvfb xdotool)"; fi
else
    # -displayfd: Xvfb picks a free display number itself and writes it once it is ready.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$TMP/display" >/dev/null 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do
        [ -s "$TMP/display" ] && break
        sleep 0.1
    done
    DISPLAY=":$(head -1 "$TMP/display")"
    export DISPLAY
    unset WAYLAND_DISPLAY
    # A private session bus for the MPRIS check (never the desktop's own).
    mpris=0
    if command -v dbus-daemon >/dev/null && command -v playerctl >/dev/null; then
        bus=$(dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1 2>/dev/null) || true
        if [ -n "$bus" ]; then
            DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$bus")
            DBUS_PID=$(sed -n 2p <<<"$bus")
            export DBUS_SESSION_BUS_ADDRESS
            mpris=1
        fi
    else
        unset DBUS_SESSION_BUS_ADDRESS
    fi

    # 4. A silent session.
    t0=$(now)
    if start_app --no-speech; then
        pass "play desk-break --no-speech: window $WINDOW visible after $(since "$t0") s"
        wm_class=$(xprop -id "$WINDOW" WM_CLASS 2>/dev/null | sed -n 's/.*= //p') || true
        if [ -z "$wm_class" ]; then skip "WM_CLASS (xprop is not installed: apt-get install x11-utils)"
        elif [ "$wm_class" = '"stretchguide", "stretchguide"' ]; then pass "WM_CLASS is $wm_class"
        else fail "WM_CLASS is $wm_class; the desktop file says StartupWMClass=stretchguide"; fi
        if [ "$mpris" = 1 ]; then
            status=""
            for _ in $(seq 50); do
                status=$(playerctl -p stretchguide status 2>/dev/null) && [ "$status" = Playing ] && break
                sleep 0.1
            done
            playerctl -p stretchguide pause 2>/dev/null || true
            sleep 0.5
            paused=$(playerctl -p stretchguide status 2>/dev/null) || true
            if [ "$status" = Playing ] && [ "$paused" = Paused ]; then
                pass "MPRIS: playerctl sees it Playing, and its pause makes it Paused"
            else
                fail "MPRIS: status '$status', then '$paused' after playerctl pause (expected Playing, Paused)"
            fi
            playerctl -p stretchguide play 2>/dev/null || true
        else
            skip "MPRIS (dbus-daemon or playerctl is not installed: apt-get install dbus playerctl)"
        fi
        sleep 3  # let the session run a little
        if kill -0 "$APP_PID" 2>/dev/null; then pass "play desk-break --no-speech: still running after 3 s"
        else fail "play desk-break --no-speech: exited on its own"; sed 's/^/        /' "$TMP/app.log"; fi
        quit_app "play desk-break --no-speech" || true
    else
        fail "play desk-break --no-speech: no visible window within 30 s"
        sed 's/^/        /' "$TMP/app.log"
    fi

    # 5. With speech: the spawned worker in a frozen app.
    t0=$(now)
    if start_app; then
        worker="" wavs=0 windows=0
        espeak=0
        if ldconfig -p 2>/dev/null | grep -q 'libespeak-ng\.so\.1'; then espeak=1; fi
        for _ in $(seq 200); do  # up to 20 s
            if [ -z "$worker" ]; then
                for pid in $(children "$APP_PID"); do
                    if [[ $(cmdline "$pid") == *--multiprocessing-fork* ]]; then worker=$pid; fi
                done
            fi
            wavs=$(find "$STRETCHGUIDE_HOME" -name '*.wav' ! -name 'probe-*' 2>/dev/null | wc -l)
            if [ -n "$worker" ] && { [ "$espeak" = 0 ] || [ "$wavs" -gt 0 ]; }; then break; fi
            sleep 0.1
        done
        if [ -n "$worker" ]; then pass "play desk-break: speech worker running (pid $worker)"
        else fail "play desk-break: no speech worker (--multiprocessing-fork child) within 20 s"; fi
        if [ "$espeak" = 0 ]; then skip "speech rendering: libespeak-ng1 is not installed"
        elif [ "$wavs" -gt 0 ]; then pass "play desk-break: pyttsx3 rendered $wavs cue(s) to WAV"
        else fail "play desk-break: no cue rendered to WAV within 20 s"; sed 's/^/        /' "$TMP/app.log"; fi
        # The natural voice (hibari, onnxruntime) in the frozen worker: its files are 24 kHz
        # (eSpeak NG's are 22.05 kHz). Bytes 24-27 of a WAV header are the sample rate.
        natural=0
        for _ in $(seq 600); do  # up to 60 s: the model loads in a few seconds on a busy machine
            natural=$(find "$STRETCHGUIDE_HOME" -name '*.wav' ! -name 'probe-*' 2>/dev/null |
                while read -r f; do od -An -tu4 -j24 -N4 "$f"; done | grep -cw 24000 || true)
            [ "$natural" -gt 0 ] && break
            sleep 0.1
        done
        if [ "$natural" -gt 0 ]; then pass "play desk-break: the natural voice rendered $natural cue(s)"
        else fail "play desk-break: the natural voice rendered nothing within 60 s"; sed 's/^/        /' "$TMP/app.log"; fi
        windows=$(for pid in $(bundle_processes); do
            xdotool search --onlyvisible --pid "$pid" 2>/dev/null || true
        done | sort -u | wc -l)
        if [ "$windows" = 1 ]; then pass "play desk-break: exactly one window (the worker opened none)"
        else fail "play desk-break: $windows visible windows (expected 1)"; fi
        quit_app "play desk-break" || true
        for _ in $(seq 50); do
            [ -z "$(bundle_processes)" ] && break
            sleep 0.1
        done
        left=$(bundle_processes)
        if [ -z "$left" ]; then pass "play desk-break: no process of the bundle left after quitting"
        else
            fail "play desk-break: processes left after quitting:"
            for pid in $left; do echo "        $pid $(cmdline "$pid")"; kill -KILL "$pid" 2>/dev/null || true; done
        fi
    else
        fail "play desk-break: no visible window within 30 s"
        sed 's/^/        /' "$TMP/app.log"
    fi
fi

# --- Summary -----------------------------------------------------------------------------------
size_mib=$(du -sm "$DIST" | cut -f1)
files=$(find "$DIST" -type f | wc -l)
echo "== bundle: $DIST ($size_mib MiB, $files files)"
if [ "$BUILD" = 1 ]; then
    echo "== build time: ${BUILD_S} s PyInstaller, ${SETUP_S} s venv and pip ($(nproc) cores)"
fi
if [ "$FAILED" = 0 ]; then echo "== all smoke tests passed"; else echo "== SMOKE TESTS FAILED"; fi
exit "$FAILED"
