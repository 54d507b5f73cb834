# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by the berthctl scripts of tests/integration/cli, after tests/env/tests/common.sh.
# Sourced, not run.

# isolate: the test's own HOME, DOCKER_CONFIG and job history, under $work.
isolate() {
    export HOME=$work/home XDG_DATA_HOME=$work/data DOCKER_CONFIG=$work/docker-config
    mkdir -p "$HOME" "$DOCKER_CONFIG"
    # As tests/env/testhome.sh does: an "auths" entry keeps `docker login` from picking a
    # desktop credential helper by itself.
    printf '{"auths": {"berth-test.invalid": {}}}\n' > "$DOCKER_CONFIG/config.json"
}

# join_keyring STATE_DIR: talk to the keyring fixture's private bus (tests/env/keyring.sh);
# HOME and the settings stay the test's own.
join_keyring() {
    DBUS_SESSION_BUS_ADDRESS=$(sed -n 's/^export DBUS_SESSION_BUS_ADDRESS=//p' "$1/env")
    export DBUS_SESSION_BUS_ADDRESS
    unset DISPLAY
}

# same_lines A B: the two files hold the same lines, in any order. The engine lists images
# created in the same second in no fixed order, and Berth keeps the engine's order.
same_lines() {
    cmp -s <(sort "$1") <(sort "$2")
}
