#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop's dark preference through the freedesktop portal, as GNOME publishes it: a
# private D-Bus session (its dconf settings in the test's own config folder), Debian's
# xdg-desktop-portal with its GTK backend (which wants a display: a private Xvfb), then
# tst_portalappearance, which flips org.gnome.desktop.interface color-scheme with gsettings
# and watches the window follow. Every wait is for an event (the display's number, the bus
# address, the portal's first answer) under a ceiling that only guards against a hang.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/ui/xvfb.sh"

for tool in Xvfb dbus-daemon gsettings gdbus; do
    command -v "$tool" >/dev/null || missing "$tool"
done
portal=/usr/libexec/xdg-desktop-portal
backend=/usr/libexec/xdg-desktop-portal-gtk
[ -x "$portal" ] || missing "xdg-desktop-portal ($portal)"
[ -x "$backend" ] || missing "xdg-desktop-portal-gtk ($backend)"
test_binary=$BERTH_BINARY_DIR/tests/ui/tst_portalappearance

start_xvfb

# The session's services (dconf, the portals) inherit this environment from the bus.
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GSETTINGS_BACKEND=dconf XDG_CURRENT_DESKTOP=GNOME
dbus-daemon --session --fork --print-address=3 --print-pid=4 3>"$work/bus" 4>"$work/bus.pid" ||
    fail "dbus-daemon did not start"
on_exit "kill $(cat "$work/bus.pid")"
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/bus")
export DBUS_SESSION_BUS_ADDRESS

# What the bus started for the portal (dconf, the document portal, gnome-keyring) goes
# with it; the document portal's FUSE mount in the runtime folder is taken down first.
on_exit "kill \$(pgrep -P $(cat "$work/bus.pid") | tr '\n' ' ') 2>/dev/null"
"$backend" >"$work/portal-gtk.log" 2>&1 &
on_exit "kill $!"
"$portal" --replace >"$work/portal.log" 2>&1 &
on_exit "kill $!"
on_exit "fusermount3 -u -z '$XDG_RUNTIME_DIR/doc' 2>/dev/null || fusermount -u -z '$XDG_RUNTIME_DIR/doc' 2>/dev/null"

read_scheme() {
    gdbus call --session --dest org.freedesktop.portal.Desktop \
        --object-path /org/freedesktop/portal/desktop \
        --method org.freedesktop.portal.Settings.Read org.freedesktop.appearance color-scheme
}
for _ in $(seq 600); do
    read_scheme >/dev/null 2>&1 && break
    sleep 0.1
done
read_scheme >/dev/null || fail "the portal does not answer: $(cat "$work/portal.log" "$work/portal-gtk.log")"
ok "the portal publishes color-scheme"

QT_QPA_PLATFORM=offscreen "$test_binary" || fail "tst_portalappearance failed (above)"
ok "System follows the portal's color-scheme"
