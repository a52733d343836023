#!/usr/bin/env bash
# Takes the README's screenshots from the running window under Xvfb (docs/screenshots/).
# Needs xvfb, xdotool and imagemagick (scripts/install-deps.sh installs them). The clicks are
# positions in the 1200x800 window the program opens on a fresh configuration. The window speaks the
# language of LANG (e.g. LANG=de_DE.UTF-8); SCREENSHOTS_DARK=1 gives it a dark desktop palette.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILSCOPE_BUILD_DIR:-$top/build}
out=${1:-$top/docs/screenshots}
if [ -z "${SCREENSHOTS_IN_XVFB:-}" ]; then
    SCREENSHOTS_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1200x800x24" "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data QTWEBENGINE_DISABLE_SANDBOX=1
if [ -n "${SCREENSHOTS_DARK:-}" ]; then
    # A dark desktop the way KDE tells Qt about it: its colour scheme in kdeglobals (Breeze Dark).
    mkdir -p "$XDG_CONFIG_HOME"
    printf '%s\n' '[Colors:Button]' 'BackgroundNormal=49,54,59' 'ForegroundNormal=239,240,241' \
        '[Colors:Selection]' 'BackgroundNormal=61,174,233' 'ForegroundNormal=239,240,241' \
        '[Colors:Tooltip]' 'BackgroundNormal=49,54,59' 'ForegroundNormal=239,240,241' \
        '[Colors:View]' 'BackgroundNormal=35,38,41' 'BackgroundAlternate=35,38,41' 'ForegroundNormal=239,240,241' \
        'ForegroundInactive=189,195,199' 'ForegroundLink=41,128,185' 'ForegroundVisited=127,140,141' \
        '[Colors:Window]' 'BackgroundNormal=49,54,59' 'ForegroundNormal=239,240,241' 'ForegroundInactive=189,195,199' \
        > "$XDG_CONFIG_HOME/kdeglobals"
    export XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=5 KDE_FULL_SESSION=true
fi
"$build_dir/app/mailscope/mailscope" >"$scratch/mailscope.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$scratch"' EXIT
sleep 5
port=1025
python3 "$top/tests/ui/smtp_client.py" send $port
swaks --server 127.0.0.1:$port --from noreply@example.org --to bob@example.com --h-Subject "Password reset" >/dev/null
swaks --server 127.0.0.1:$port --from ci@build.example --to team@example.com --h-Subject "Nightly build #311 passed" >/dev/null
python3 "$top/tests/ui/smtp_client.py" send $port
sleep 1
xdotool mousemove 700 97 click 1      # the newest message
sleep 3
mkdir -p "$out"
import -window root "$out/messages.png"
xdotool key ctrl+2
sleep 1
xdotool mousemove 700 75 click 1      # the newest session
sleep 1
import -window root "$out/sessions.png"
xdotool key ctrl+1
sleep 1
xdotool key ctrl+shift+n              # "Send test message", to Mailscope itself
sleep 2
xdotool type --delay 20 "ann@example.com, Bob <bob@example.org>"
xdotool key ctrl+Return
sleep 3
import -window root "$out/send.png"
xdotool key Escape                    # the send dialog closes; the console comes last (its AUTH dialog takes the focus)
sleep 1
xdotool mousemove 600 18 click 1      # the main window has the keyboard again (no window manager here)
sleep 1
xdotool key ctrl+3                    # the console, filled in with the own listener
sleep 1
xdotool key space                     # Connect has the focus; the input line gets it once connected
sleep 1
console() {
    for line in "$@"; do
        xdotool type --delay 20 "$line"
        xdotool key Return
        sleep 0.5
    done
}
console "EHLO client.example"
xdotool mousemove 927 760 click 1     # AUTH…: the mechanism the server offers first, then user and password
sleep 1
xdotool key Tab; xdotool type ann; xdotool key Tab; xdotool type s3cret; xdotool key Return
sleep 1
console "MAIL FROM:<ann@example.com>" "RCPT TO:<bob@example.com>" DATA \
        "Subject: Typed by hand" "" "Hello from the console." "."
xdotool type --delay 20 "QUIT"        # left in the input line, not sent
sleep 1
import -window root "$out/console.png"
echo "screenshots in $out"
