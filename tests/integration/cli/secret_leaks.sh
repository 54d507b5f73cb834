#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The leak search: a random secret (32 characters) goes through every path berthctl has for
# one — Docker's config, import into the keychain, the stored login used by tags, push and
# pull through the engine (X-Registry-Auth), a registry copy (a job), --password-stdin —
# with debug logging on
# (berth.*=true). Then every file under HOME, the settings, the temp folder, the job
# history and the test's own output is searched for it: as itself, in base64 and base64url
# (each alignment), as base64(user:secret) and inside the X-Registry-Auth value. The
# registry refuses the login each time, so the refusals' texts are searched too.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/leakforms.sh"

engine_dir=$(need dockerd)
auth_dir=$(need registry_htpasswd)
keyring_dir=$(need keyring)
isolate
join_keyring "$keyring_dir"
export XDG_CONFIG_HOME=$work/config TMPDIR=$work/tmp QT_LOGGING_RULES="berth.*=true" QT_MESSAGE_PATTERN="%{category}: %{message}"
mkdir -p "$XDG_CONFIG_HOME" "$TMPDIR" "$work/out"
engine=$(cat "$engine_dir/host")
host=$(cat "$auth_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
user=leaky
secret=$(head -c 24 /dev/urandom | base64 | tr -d '\n')
[ "${#secret}" -ge 24 ] || fail "the secret is too short"
n=0
# Every run's stdout and stderr stay in $work/out: they are searched too.
run() { n=$((n + 1)); timeout 120 "$bin" --host "$engine" "$@" >"$work/out/$n.out" 2>"$work/out/$n.err" || true; }
keep_engine_tags "$engine"

# Docker's config holds it (base64 user:secret); imported into the keychain, then gone.
printf '{"auths":{"%s":{"auth":"%s"}}}\n' "$host" "$(printf '%s:%s' "$user" "$secret" | base64 -w0)" \
    > "$DOCKER_CONFIG/config.json"
run login --import-docker
grep -q "Imported $user for $host" "$work/out/$n.out" || fail "import: $(cat "$work/out/$n.out" "$work/out/$n.err")"
rm "$DOCKER_CONFIG/config.json"
run accounts --json
run tags "$host/leaks/img"
run manifest "$host/leaks/img:1"
ref="$host/leaks/web:$$"
"$bin" --host "$engine" images tag berth-test/busybox:1.0 "$ref" || fail "tag"
run images push "$ref"
grep -qi "unauthorized\|authentication required\|no basic auth" "$work/out/$n.err" ||
    fail "push was not refused by the registry: $(cat "$work/out/$n.err")"
run images pull "$ref"
# A copy (a job of the pool) with the stored login on both sides, then given on stdin.
run copy "$host/leaks/img:1" "$host/leaks/copied:1"
grep -qi "refused the user name or password" "$work/out/$n.err" ||
    fail "copy was not refused by the registry: $(cat "$work/out/$n.err")"
printf '%s' "$secret" | run copy --src-username "$user" --src-password-stdin "$host/leaks/img:1" "$host/leaks/copied:2"
run jobs
printf '%s' "$secret" | run tags -u "$user" --password-stdin "$host/leaks/img"
run logout "$host"
"$bin" --host "$engine" images rm "$ref" >/dev/null 2>&1 || true

# The forms the secret could take.
secret_forms "$user" "$secret" "$host" "https://index.docker.io/v1/" > "$work/forms"
search_leaks "$work/forms"
ok "no form of the secret in HOME, the settings, the temp folder, the history or the output ($(wc -l < "$work/forms") forms)"
echo "all passed"
