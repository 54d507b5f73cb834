#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl login, logout and accounts against the real keychain (gnome-keyring on the
# fixture's private bus, secret-tool as the peer), the htpasswd and token registries and the
# private dockerd: a login is checked before it is stored, stored in the keyring only, and
# then used by push and tags without a password; after logout the registry refuses again.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
auth_dir=$(need registry_htpasswd)
token_dir=$(need registry_token)
keyring_dir=$(need keyring)
command -v secret-tool >/dev/null || fail "secret-tool is not installed (apt-get install libsecret-tools)"
isolate
engine=$(cat "$engine_dir/host")
host=$(cat "$auth_dir/host")
url=$(cat "$auth_dir/url")
thost=$(cat "$token_dir/host")
turl=$(cat "$token_dir/url")
bin=$BERTH_BINARY_DIR/app/berthctl
join_keyring "$keyring_dir"
berthctl() { timeout 120 "$bin" --host "$engine" "$@"; }
peer_lookup() { timeout 20 secret-tool lookup server Berth user "$1"; }
keep_engine_tags "$engine"
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
run_id=$$

# berthctl links no keychain, D-Bus or libsecret: the module is loaded on demand.
if ldd "$bin" | grep -Ei 'keychain|dbus|secret'; then fail "berthctl links the keychain"; fi
[ -f "$BERTH_BINARY_DIR/app/libberth_keychain.so" ] || fail "the keychain module is not beside berthctl"
ok "berthctl links no keychain code"

# A wrong password: refused by the registry, which is named with the user; nothing stored.
code=0
printf 'wrong-alice-secret' | berthctl login "$host" -u alice --password-stdin >"$work/out" 2>"$work/err" || code=$?
expect_eq "a refused login exits 5" 5 "$code"
grep -q "$host" "$work/err" && grep -q alice "$work/err" || fail "the error does not name registry and user: $(cat "$work/err")"
grep -q "wrong-alice-secret" "$work/err" "$work/out" && fail "the password reached the output"
peer_lookup "alice@$host" && fail "a refused login was stored"
expect_eq "no account after a refused login" "" "$(berthctl accounts --json)"
ok "a refused login stores nothing"

# Options after or before REGISTRY; the secret in the keyring, the list without it.
printf 'alice-secret-1' | berthctl login -u alice --password-stdin "$host" >"$work/out" 2>"$work/err" ||
    fail "login failed: $(cat "$work/err")"
grep -q "Login Succeeded" "$work/out" || fail "no 'Login Succeeded': $(cat "$work/out")"
expect_eq "secret-tool reads the stored password" "alice-secret-1" "$(peer_lookup "alice@$host")"
expect_eq "accounts --json" "{\"registry\":\"$host\",\"source\":\"keychain\",\"user\":\"alice\"}" "$(berthctl accounts --json)"
if grep -rq "alice-secret-1" "$HOME" "$DOCKER_CONFIG" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" 2>/dev/null; then fail "the password is in a file"; fi
ok "login stores the secret in the keyring only"

# Stored login used without being told: tags (Basic) and push through the engine.
$seed image "$url" logins/img 1 1024 -u alice:alice-secret-1 >/dev/null
expect_eq "tags with the stored login" "1" "$(berthctl tags "$host/logins/img")"
ref="$host/logins/web:$run_id"
berthctl images tag berth-test/busybox:1.0 "$ref"
berthctl images push "$ref" >"$work/push.out" 2>"$work/push.err" || fail "push with the stored login failed: $(cat "$work/push.err")"
ok "push uses the stored login"

# Logout: gone from the keyring and the list; the registry refuses again.
berthctl logout "$host" >"$work/out" 2>"$work/err" || fail "logout failed: $(cat "$work/err")"
peer_lookup "alice@$host" && fail "the secret is still in the keyring after logout"
expect_eq "no account after logout" "" "$(berthctl accounts --json)"
code=0
berthctl images push "$ref" >/dev/null 2>"$work/push.err" || code=$?
[ "$code" -ne 0 ] || fail "push succeeded after logout"
grep -qi "unauthorized\|authentication required\|no basic auth" "$work/push.err" || fail "not the registry's refusal: $(cat "$work/push.err")"
code=0
berthctl tags "$host/logins/img" >/dev/null 2>"$work/err" || code=$?
expect_eq "tags after logout is refused (exit 5)" 5 "$code"
berthctl logout "$host" >/dev/null 2>"$work/err" && fail "a second logout succeeded"
ok "logout removes the login; the registry refuses again"
berthctl images rm "$ref" >/dev/null

# Token registry: alice (push and pull), bob (pull only).
realm=$(cat "$token_dir/realm")
service=$(cat "$token_dir/service")
token=$(curl -sf -u alice:alice-secret-1 "$realm?service=$service&scope=repository:logins/tok:pull,push" | jq -r .token)
$seed image "$turl" logins/tok 1.0 1024 -H "Authorization: Bearer $token" >/dev/null
code=0
berthctl tags "$thost/logins/tok" >/dev/null 2>&1 || code=$?
expect_eq "anonymous tags on the token registry is refused" 5 "$code"
printf 'bob-wrong' | berthctl login "$thost" -u bob --password-stdin >/dev/null 2>"$work/err" && fail "a wrong token login succeeded"
grep -q bob "$work/err" || fail "the token registry's refusal does not name the user: $(cat "$work/err")"
for who in alice:alice-secret-1 bob:bob-secret-2; do
    user=${who%%:*}
    printf '%s' "${who#*:}" | berthctl login "$thost" -u "$user" --password-stdin >/dev/null 2>"$work/err" ||
        fail "token login of $user failed: $(cat "$work/err")"
    expect_eq "$user lists tags with the stored login" "1.0" "$(berthctl tags "$thost/logins/tok")"
    berthctl logout "$thost" >/dev/null || fail "logout of $user"
done
ok "token registry: alice and bob stored, used and removed"

# No Secret Service on the bus: login says so and stores nothing anywhere.
code=0
printf 'alice-secret-1' | DBUS_SESSION_BUS_ADDRESS=unix:path=$work/no-bus berthctl login "$host" -u alice --password-stdin \
    >"$work/out" 2>"$work/err" || code=$?
expect_eq "login without a keychain fails" 1 "$code"
grep -qi "keychain" "$work/err" || fail "no word about the keychain: $(cat "$work/err")"
expect_eq "no account without a keychain" "" "$(berthctl accounts --json)"
if grep -rq "alice-secret-1" "$HOME" "$DOCKER_CONFIG" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$BERTH_BINARY_DIR/app" 2>/dev/null; then
    fail "the password is in a file"
fi
ok "no keychain: a clear error, nothing stored"
echo "all passed"
