#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl catalog and tags: what they accept as a registry or a repository, and how they
# fail when nothing answers.
#  - catalog takes host[:port] or a URL with its scheme (http or https, no path);
#  - tags refuses a tag or a digest after the name, as skopeo does;
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

open_dir=$(need registry_open)
url=$(cat "$open_dir/url")
host=$(cat "$open_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
export HOME=$work/home XDG_DATA_HOME=$work/data DOCKER_CONFIG=$work/docker-config
mkdir -p "$HOME" "$DOCKER_CONFIG"
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
$seed image "$url" args/img 1 1024 >/dev/null

# --- catalog: host:port and http://host:port give the same list; a path is refused.
"$bin" catalog "$host" >"$work/plain" || fail "catalog $host"
grep -qx args/img "$work/plain" || fail "catalog $host lacks args/img"
expect_eq "catalog $url" "$(cat "$work/plain")" "$("$bin" catalog "$url")"
expect_eq "catalog $url/" "$(cat "$work/plain")" "$("$bin" catalog "$url/")"
for bad in "$host/some/path" "$url/v2/" "ftp://$host"; do
    code=0
    "$bin" catalog "$bad" >/dev/null 2>"$work/err" || code=$?
    expect_eq "catalog $bad is a usage error" 2 "$code"
done

# --- tags: a tag or a digest after the name is refused, as skopeo refuses it.
skopeo list-tags --tls-verify=false "docker://$host/args/img:1" >/dev/null 2>"$work/skopeo.err" &&
    fail "skopeo accepted a tag"
grep -qi "no tag or digest allowed" "$work/skopeo.err" || fail "skopeo's refusal changed: $(cat "$work/skopeo.err")"
digest=sha256:$(printf x | sha256sum | cut -d' ' -f1)
for bad in "$host/args/img:1" "$host/args/img@$digest"; do
    code=0
    "$bin" tags "$bad" >/dev/null 2>"$work/err" || code=$?
    expect_eq "tags $bad is a usage error" 2 "$code"
    grep -qi "no tag or digest allowed" "$work/err" || fail "tags $bad: $(cat "$work/err")"
done
expect_eq "tags without a tag" 1 "$("$bin" tags "$host/args/img")"

echo "all passed"
