#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl layers, files and diff on a registry behind TLS with its own CA, and on an index
# of two platforms: without the CA the read fails on the certificate; --ca-file, --certs-dir
# (Docker's certs.d) and --insecure each let it through; --platform picks the index's image
# (the host's by default), whose layer is the one the index's manifest for that platform
# names (its diff ID, from the config, read here with curl).
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

tls_dir=$(need registry_tls)
host=$(cat "$tls_dir/host")
url=$(cat "$tls_dir/url")
certs=$tls_dir/config/certs.d
ca=$certs/$host/ca.crt
berthctl() { timeout 120 "$BERTH_BINARY_DIR/app/berthctl" "$@"; }
isolate
repo=layers-tls/multi-$$
bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" index "$url" "$repo" 1 --cacert "$ca" \
    > /dev/null || fail "seeding the index"
remote="docker://$host/$repo:1"

# The diff ID of the index's image for ARCH, as the registry serves it.
diff_id_of() {
    local manifest config
    manifest=$(curl -sf --cacert "$ca" -H 'Accept: application/vnd.oci.image.index.v1+json' \
        "$url/v2/$repo/manifests/1" | jq -r --arg a "$1" '.manifests[] | select(.platform.architecture == $a) | .digest')
    config=$(curl -sf --cacert "$ca" -H 'Accept: application/vnd.oci.image.manifest.v1+json' \
        "$url/v2/$repo/manifests/$manifest" | jq -r .config.digest)
    curl -sf --cacert "$ca" "$url/v2/$repo/blobs/$config" | jq -r '.rootfs.diff_ids[0]'
}
amd64=$(diff_id_of amd64)
arm64=$(diff_id_of arm64)
[ -n "$amd64" ] && [ -n "$arm64" ] && [ "$amd64" != "$arm64" ] || fail "the index's two diff IDs: '$amd64' '$arm64'"

# Without the CA: refused on the certificate, nothing listed.
code=0
berthctl layers "$remote" > "$work/out" 2> "$work/err" || code=$?
[ "$code" -ne 0 ] || fail "layers trusted the registry without its CA"
grep -qi 'certificate' "$work/err" || { cat "$work/err"; fail "the failure does not name the certificate"; }
[ ! -s "$work/out" ] || fail "layers printed something without the CA"
ok "without the CA: refused ($(head -c 100 "$work/err"))"

first_digest() { jq -r 'select(.index == 1) | .digest' "$work/layers"; }
# --ca-file: the host's platform (amd64 here) by default.
berthctl layers --json --ca-file "$ca" "$remote" > "$work/layers" 2> "$work/err" ||
    fail "layers --ca-file: $(cat "$work/err")"
case $(uname -m) in
x86_64) expect_eq "the host's platform by default (amd64)" "$amd64" "$(first_digest)" ;;
aarch64) expect_eq "the host's platform by default (arm64)" "$arm64" "$(first_digest)" ;;
esac
# --platform picks the other one; --certs-dir and --insecure get through as well.
berthctl layers --json --certs-dir "$certs" --platform linux/arm64/v8 "$remote" > "$work/layers" 2> "$work/err" ||
    fail "layers --certs-dir --platform: $(cat "$work/err")"
expect_eq "--platform linux/arm64/v8 with --certs-dir" "$arm64" "$(first_digest)"
berthctl layers --json --insecure --platform linux/amd64 "$remote" > "$work/layers" 2> "$work/err" ||
    fail "layers --insecure: $(cat "$work/err")"
expect_eq "--platform linux/amd64 with --insecure" "$amd64" "$(first_digest)"

# files and diff take the same options.
berthctl files --ca-file "$ca" --platform linux/arm64/v8 "$remote" > "$work/files" 2> "$work/err" ||
    fail "files: $(cat "$work/err")"
expect_eq "files of the arm64 image" "data" "$(cat "$work/files")"
berthctl diff --json --ca-file "$ca" --platform linux/arm64/v8 "$remote" "$remote" > "$work/diff" 2> "$work/err" ||
    fail "diff: $(cat "$work/err")"
expect_eq "diff of the arm64 image with itself: no file differs" 0 "$(jq '.files | length' "$work/diff")"
# A platform the index lacks, and one that is not os/arch.
code=0
berthctl layers --ca-file "$ca" --platform linux/s390x "$remote" > /dev/null 2> "$work/err" || code=$?
[ "$code" -ne 0 ] && grep -q 'linux/s390x' "$work/err" || { cat "$work/err"; fail "a platform the index lacks was not refused by name"; }
code=0
berthctl layers --ca-file "$ca" --platform arm64 "$remote" > /dev/null 2> "$work/err" || code=$?
expect_eq "--platform without os/arch is a usage error" 2 "$code"
ok "files, diff and the platforms' errors"
