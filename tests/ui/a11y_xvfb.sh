#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Berth's window as a screen reader sees it: the real `berth` on a private Xvfb display, with
# a private D-Bus session and the accessibility bus (at-spi-bus-launcher), against the private
# dockerd so that the images table has rows. a11ywalk.py walks the AT-SPI tree and fails on
# any focusable control on screen without an accessible name, printing its role and path;
# then the Settings dialog (Ctrl+,) is walked the same way.
# Every wait is for an event (the display's number, the bus address, the application and its
# rows appearing on the bus), under a ceiling that only guards against a hang.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/ui/xvfb.sh"

for tool in Xvfb xdotool dbus-daemon; do
    command -v "$tool" >/dev/null || missing "$tool"
done
launcher=/usr/libexec/at-spi-bus-launcher
[ -x "$launcher" ] || missing "at-spi2-core ($launcher)"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing "python3-pyatspi"
walker=$BERTH_SOURCE_DIR/tests/ui/a11ywalk.py
engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")

start_xvfb

# A session bus of our own (dbus-daemon prints its address and pid once it listens), then
# the accessibility bus on it.
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus" 4>"$work/bus.pid" ||
    fail "dbus-daemon did not start"
on_exit "kill $(cat "$work/bus.pid")"
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/bus")
export DBUS_SESSION_BUS_ADDRESS
"$launcher" --launch-immediately >"$work/atspi.log" 2>&1 &
launcher_pid=$!
on_exit "kill $launcher_pid"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1

QT_QPA_PLATFORM=xcb "$BERTH_BINARY_DIR/app/berth" --host "$host" >"$work/berth.log" 2>&1 &
berth_pid=$!
on_exit "kill $berth_pid"

/usr/bin/python3 "$walker" wait-rows Berth || fail "no rows; berth's log: $(cat "$work/berth.log")"
ok "the images table exposes rows through AT-SPI"
/usr/bin/python3 "$walker" check Berth || fail "the main window has focusable controls without a name (above)"
ok "every focusable control of the main window has a name"

window=$(timeout 60 xdotool search --sync --onlyvisible --name '^Berth' | head -n1) || fail "no Berth window"

# walk_dialog TITLE KEY...: the keys, typed into the main window, open the dialog whose title
# matches TITLE (a regular expression); its controls are checked (with the window's), then
# Escape closes it.
walk_dialog() {
    local title=$1 dialog
    shift
    xdotool windowfocus --sync "$window"
    xdotool key --clearmodifiers "$@"
    /usr/bin/python3 "$walker" wait-window Berth "$title" || fail "$* opened no dialog \"$title\""
    /usr/bin/python3 "$walker" check Berth || fail "the dialog \"$title\" has focusable controls without a name (above)"
    ok "every focusable control of the dialog \"$title\" has a name"
    dialog=$(timeout 60 xdotool search --sync --onlyvisible --name "^$title\$" | head -n1) || fail "no X window \"$title\""
    xdotool windowfocus --sync "$dialog"
    xdotool key --clearmodifiers Escape
    /usr/bin/python3 "$walker" wait-gone Berth "$title" || fail "Escape did not close \"$title\""
}

walk_dialog Settings ctrl+comma
walk_dialog "Pull Image" ctrl+shift+p
walk_dialog "Build Image" ctrl+shift+b
walk_dialog "Registry Accounts" alt+f a

# A row selected (the filter, Tab to the table, Down): Run… and Retag… (F2) ask about it.
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+f Tab Down
walk_dialog "Run .*" ctrl+shift+n
walk_dialog "Tag Image" F2
