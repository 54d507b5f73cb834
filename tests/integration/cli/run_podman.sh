#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl run against the Podman fixture. Podman prepares a container when it is attached
# to and answers 409 when that fails, which on this project's test machine it does for
# every container (the OCI runtime may not set resource limits; podman run fails the same
# way). berthctl must then say so in words a person can act on and exit 125, leaving no
# container behind with --rm; where Podman can run containers, the run must simply work.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

podman_dir=$(need podman)
host=$(cat "$podman_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
isolate
image=localhost/berth-test/busybox:1.0 # Podman's name for the seeded image
containers() { curl -sf --unix-socket "${host#unix://}" "http://podman/containers/json?all=1" | jq length; }

before=$(containers)
code=0
"$bin" --host "$host" run --rm "$image" /bin/busybox sh -c 'echo from-podman; exit 6' \
    >"$work/out" 2>"$work/err" || code=$?
if [ "$code" = 6 ]; then
    expect_eq "Podman runs the container: its output" from-podman "$(cat "$work/out")"
else
    expect_eq "a Podman that cannot prepare the container: docker run's 125" 125 "$code"
    grep -q "answered 409" "$work/err" || fail "Podman's 409 is not named: $(cat "$work/err")"
    grep -q "Podman prepares a container when it is attached to" "$work/err" ||
        fail "the 409 is not explained: $(cat "$work/err")"
    [ ! -s "$work/out" ] || fail "stdout got something: $(cat "$work/out")"
    ok "Podman's 409 at attach is said clearly: $(head -c 200 "$work/err")"
fi
expect_eq "--rm leaves no container on Podman" "$before" "$(containers)"
