#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Secret Service fixture: secret-tool stores, reads and clears a secret in the
# unlocked gnome-keyring on the fixture's private bus, and the secret never reaches a
# file in clear text. Every call runs under a timeout: a keyring that wants a prompt
# hangs instead of failing, and a hang must fail the test, not stall the suite.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need keyring)
keyring=$BERTH_SOURCE_DIR/tests/env/keyring.sh
command -v secret-tool >/dev/null || fail "secret-tool is not installed (apt-get install libsecret-tools)"
in_keyring() { timeout 20 bash "$keyring" exec "$svc" -- "$@"; }

# The session is private: not the caller's bus, HOME under the fixture.
(
    source "$svc/env"
    [ "$HOME" = "$svc/home" ] || fail "HOME is not the fixture's: $HOME"
    [ -z "${DISPLAY:-}" ] || fail "DISPLAY is set inside the keyring session"
) || exit 1
ok "private HOME and bus, no display"

secret="berth-test-secret-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s' "$secret" | in_keyring secret-tool store --label="Berth test" service berth-test account alice \
    || fail "secret-tool store (exit $?)"
ok "secret-tool stores a secret"
expect_eq "secret-tool reads it back" "$secret" "$(in_keyring secret-tool lookup service berth-test account alice)"
in_keyring secret-tool search service berth-test account alice > "$work/search" 2>&1 || fail "secret-tool search"
grep -q '^label = Berth test' "$work/search" || { cat "$work/search"; fail "search does not show the item"; }
ok "secret-tool search finds the item"
if grep -rqF "$secret" "$svc/home" 2>/dev/null; then fail "the secret is in a file in clear text"; fi
ok "no clear-text copy under the keyring's HOME"
in_keyring secret-tool clear service berth-test account alice || fail "secret-tool clear"
if out=$(in_keyring secret-tool lookup service berth-test account alice); then
    fail "secret still found after clear: $out"
fi
ok "secret-tool clears it"
