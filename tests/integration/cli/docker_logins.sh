#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Docker's config as a peer: berthctl finds logins in `auths` (base64 user:password), in
# `credsStore: secretservice` and `credHelpers` served by Debian's real
# docker-credential-secretservice on the keyring's private bus, treats "credentials not
# found" as anonymous, kills a helper that hangs, and imports each login into its own store
# without changing Docker's config.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

auth_dir=$(need registry_htpasswd)
keyring_dir=$(need keyring)
for tool in secret-tool docker-credential-secretservice; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install libsecret-tools golang-docker-credential-helpers)"
done
isolate
host=$(cat "$auth_dir/host")
url=$(cat "$auth_dir/url")
bin=$BERTH_BINARY_DIR/app/berthctl
join_keyring "$keyring_dir"
berthctl() { timeout 120 "$bin" "$@"; }
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
$seed image "$url" dockercfg/img 1 1024 -u alice:alice-secret-1 >/dev/null
config=$DOCKER_CONFIG/config.json
# Helpers of our own for the faults no real helper makes on demand, first on PATH.
mkdir -p "$work/bin"
cat > "$work/bin/docker-credential-hang" <<HELPER
#!/bin/sh
echo \$\$ > "$work/hang.pid"
exec sleep 600
HELPER
cat > "$work/bin/docker-credential-none" <<'HELPER'
#!/bin/sh
echo "credentials not found in native keychain"
exit 1
HELPER
chmod +x "$work/bin/"docker-credential-*
export PATH=$work/bin:$PATH

# auths with a base64 auth.
printf '{"auths":{"%s":{"auth":"%s"}}}\n' "$host" "$(printf 'alice:alice-secret-1' | base64)" > "$config"
expect_eq "tags with Docker's auths" "1" "$(berthctl tags "$host/dockercfg/img")"
expect_eq "accounts shows Docker's login" "{\"registry\":\"$host\",\"source\":\"docker-config\",\"user\":\"alice\"}" \
    "$(berthctl accounts --json)"

# credsStore and credHelpers through the real docker-credential-secretservice.
printf '{"ServerURL":"%s","Username":"bob","Secret":"bob-secret-2"}' "$host" | docker-credential-secretservice store ||
    fail "docker-credential-secretservice store"
printf '{"credsStore":"secretservice"}\n' > "$config"
expect_eq "tags with credsStore secretservice" "1" "$(berthctl tags "$host/dockercfg/img")"
printf '{"credHelpers":{"%s":"secretservice"}}\n' "$host" > "$config"
expect_eq "tags with credHelpers secretservice" "1" "$(berthctl tags "$host/dockercfg/img")"

# "credentials not found": anonymous, so the registry asks for a login (exit 5).
printf '{"credHelpers":{"%s":"none"}}\n' "$host" > "$config"
code=0
berthctl tags "$host/dockercfg/img" >/dev/null 2>"$work/err" || code=$?
expect_eq "a helper without the login means anonymous (refused, exit 5)" 5 "$code"

# A helper that hangs is killed; the error says which helper did not answer.
printf '{"credHelpers":{"%s":"hang"}}\n' "$host" > "$config"
code=0
berthctl tags "$host/dockercfg/img" >/dev/null 2>"$work/err" || code=$?
[ "$code" -ne 0 ] || fail "tags succeeded with a hanging helper"
grep -q "docker-credential-hang did not answer" "$work/err" || fail "not the helper's timeout: $(cat "$work/err")"
pid=$(cat "$work/hang.pid")
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then fail "the hanging helper $pid still runs"; fi
ok "a hanging helper is killed"

# Import: each of Docker's logins into the keychain; Docker's config unchanged.
printf '{"auths":{"%s":{"auth":"%s"}},"credHelpers":{"other.example:5000":"secretservice"}}\n' \
    "$host" "$(printf 'alice:alice-secret-1' | base64)" > "$config"
printf '{"ServerURL":"other.example:5000","Username":"carol","Secret":"carol-other-secret"}' |
    docker-credential-secretservice store || fail "store for other.example"
before=$(sha256sum < "$config")
berthctl login --import-docker >"$work/out" 2>"$work/err" || fail "import failed: $(cat "$work/err")"
grep -q "Imported alice for $host" "$work/out" || fail "alice not imported: $(cat "$work/out")"
grep -q "Imported carol for other.example:5000" "$work/out" || fail "carol not imported: $(cat "$work/out")"
expect_eq "Docker's config is unchanged" "$before" "$(sha256sum < "$config")"
expect_eq "alice's password in Berth's keychain items" "alice-secret-1" \
    "$(timeout 20 secret-tool lookup server Berth user "alice@$host")"
expect_eq "carol's password in Berth's keychain items" "carol-other-secret" \
    "$(timeout 20 secret-tool lookup server Berth user "carol@other.example:5000")"
rm "$config"
expect_eq "tags with the imported login, Docker's config gone" "1" "$(berthctl tags "$host/dockercfg/img")"
berthctl logout "$host" >/dev/null && berthctl logout other.example:5000 >/dev/null || fail "logout after import"
printf '%s' "$host" | docker-credential-secretservice erase || true
printf 'other.example:5000' | docker-credential-secretservice erase || true
echo "all passed"
