# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by the scripts that run berthctl through the fault proxy of tests/env (the test
# images_faults.sh and the benchmark tests/bench/cli_latency.sh). Sourced after common.sh:
# $host (the private dockerd), $proxy (the proxy in front of the open registry), $ctl (its
# control API), and the functions below. The proxy is reset now and when the script ends.
engine_dir=$(need dockerd)
proxy_dir=$(need faultproxy)
need registry_open >/dev/null
host=$(cat "$engine_dir/host")
proxy=$(cat "$proxy_dir/host")
ctl=$(cat "$proxy_dir/control_url")
run_id=$$
docker() { "$docker_cli" -H "$host" "$@"; }
keep_engine_tags "$host"
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
fault() { curl -sf -X POST -d "$1" "$ctl/control" >/dev/null || fail "proxy refused $1"; }
proxy_reset() { curl -sf -X POST "$ctl/reset" >/dev/null || fail "the proxy cannot be reset"; }
on_exit 'curl -s -X POST "$ctl/reset" >/dev/null'
proxy_reset

# random_image REFERENCE: an image of one 8 MB layer of random bytes, new to every registry.
random_image() {
    local dir
    dir=$(mktemp -d "$work/image.XXXXXX")
    head -c 8000000 /dev/urandom > "$dir/data"
    tar -C "$dir" -cf "$dir.tar" data
    docker import "$dir.tar" "$1" >/dev/null
    rm -rf "$dir" "$dir.tar"
}
