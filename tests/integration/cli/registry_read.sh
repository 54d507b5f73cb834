#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl catalog, tags, manifest and blob against the registries of tests/env, each
# answer checked against what curl gets. The registries are filled with curl.
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
berthctl=${BERTH_BINARY_DIR:?}/app/berthctl
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
accept='application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'

svc=$(need registry_open)
url=$(cat "$svc/url")
host=$(cat "$svc/host")

# Catalog: every page of two, in order, as curl walks it.
$seed repos "$url" cli 5
next="/v2/_catalog"
: > "$work/curl-catalog"
while [ -n "$next" ]; do
    curl -sf -D "$work/h" "$url$next" -o "$work/page"
    jq -r '.repositories[]' "$work/page" >> "$work/curl-catalog"
    next=$(tr -d '\r' < "$work/h" | sed -n 's/^[Ll]ink: *<\([^>]*\)>.*rel="next".*/\1/p')
done
"$berthctl" catalog "$host" > "$work/catalog" || fail "berthctl catalog"
cmp -s "$work/catalog" "$work/curl-catalog" || { diff "$work/catalog" "$work/curl-catalog"; fail "catalog differs from curl's"; }
ok "catalog: $(wc -l < "$work/catalog") repositories, as curl lists them"
expect_eq "catalog --json" "$(jq -c . <<<"{\"repositories\":$(jq -Rn '[inputs]' < "$work/curl-catalog" | jq -c .)}")" \
    "$("$berthctl" catalog --json "$host")"

# 300 tags, complete and in the registry's order.
$seed tags "$url" cli/many 300
curl -sf "$url/v2/cli/many/tags/list" | jq -r '.tags[]' > "$work/curl-tags"
"$berthctl" tags "$host/cli/many" > "$work/tags" || fail "berthctl tags"
cmp -s "$work/tags" "$work/curl-tags" || fail "tags differ from curl's"
expect_eq "300 tags" 300 "$(wc -l < "$work/tags")"

# manifest --raw is byte-identical to curl's, for an image and for an index.
read -r mdigest layer lsize < <($seed image "$url" cli/img 1.0 200000)
curl -sf -H "Accept: $accept" "$url/v2/cli/img/manifests/1.0" -o "$work/curl-manifest"
"$berthctl" manifest --raw "$host/cli/img:1.0" > "$work/manifest" || fail "berthctl manifest --raw"
cmp "$work/manifest" "$work/curl-manifest" || fail "manifest --raw differs from curl"
ok "manifest --raw is byte-identical to curl's"
expect_eq "manifest --json digest" "$mdigest" "$("$berthctl" manifest --json "$host/cli/img:1.0" | jq -r .digest)"
expect_eq "manifest by digest" "$mdigest" "$("$berthctl" manifest --json "$host/cli/img@$mdigest" | jq -r .digest)"

idigest=$($seed index "$url" cli/multi 1.0)
curl -sf -H "Accept: $accept" "$url/v2/cli/multi/manifests/1.0" -o "$work/curl-index"
"$berthctl" manifest --raw "$host/cli/multi:1.0" > "$work/index"
cmp "$work/index" "$work/curl-index" || fail "index --raw differs from curl"
expect_eq "index digest" "$idigest" "sha256:$(sha256_of "$work/index")"
expect_eq "index platforms" '["linux/amd64","linux/arm64/v8"]' "$("$berthctl" manifest --json "$host/cli/multi:1.0" | jq -c .platforms)"
expect_eq "--platform picks the arm64 manifest" "$(jq -r '.manifests[1].digest' "$work/curl-index")" \
    "$("$berthctl" manifest --json --platform linux/arm64 "$host/cli/multi:1.0" | jq -r .digest)"
"$berthctl" manifest "$host/cli/multi:1.0" | grep -q 'linux/arm64/v8' || fail "manifest lists the platforms"

# blob: the file is the blob; a blob that is not there leaves no file.
"$berthctl" blob "$host/cli/img@$layer" -o "$work/layer" 2>"$work/blob.err" || fail "berthctl blob: $(cat "$work/blob.err")"
expect_eq "blob digest" "$layer" "sha256:$(sha256_of "$work/layer")"
expect_eq "blob size" "$lsize" "$(stat -c %s "$work/layer")"
missing=sha256:$(printf x | sha256sum | cut -d' ' -f1)
if "$berthctl" blob "$host/cli/img@$missing" -o "$work/missing" 2>"$work/err"; then fail "a missing blob was written"; fi
[ ! -e "$work/missing" ] || fail "a failed blob left a file"
ok "a missing blob fails and leaves no file: $(cat "$work/err")"

# Token auth: alice, bob (pull only), a wrong password naming registry and user.
svc=$(need registry_token)
turl=$(cat "$svc/url")
thost=$(cat "$svc/host")
realm=$(cat "$svc/realm")
service=$(cat "$svc/service")
token=$(curl -sf -u alice:alice-secret-1 "$realm?service=$service&scope=repository:cli/tok:pull,push" | jq -r .token)
$seed image "$turl" cli/tok 1.0 1024 -H "Authorization: Bearer $token" >/dev/null
expect_eq "alice lists tags" "1.0" "$(echo alice-secret-1 | "$berthctl" tags -u alice --password-stdin "$thost/cli/tok")"
expect_eq "bob (pull only) lists tags" "1.0" "$(echo bob-secret-2 | "$berthctl" tags -u bob --password-stdin "$thost/cli/tok")"
code=0
echo bob-secret-2 | "$berthctl" catalog -u bob --password-stdin "$thost" 2>"$work/err" >/dev/null || code=$?
expect_eq "bob may not list the catalog (exit 5, the login refused)" 5 "$code"
code=0
echo not-the-password | "$berthctl" tags -u alice --password-stdin "$thost/cli/tok" 2>"$work/err" >/dev/null || code=$?
expect_eq "a wrong password exits 5" 5 "$code"
grep -q "registry $thost, user alice" "$work/err" || { cat "$work/err"; fail "the error names registry and user"; }
! grep -q not-the-password "$work/err" || fail "the password reached the error"
ok "wrong password: $(cat "$work/err")"

# Basic auth (htpasswd).
svc=$(need registry_htpasswd)
hurl=$(cat "$svc/url")
hhost=$(cat "$svc/host")
$seed image "$hurl" cli/basic 1.0 1024 -u carol:carol-secret-3 >/dev/null
expect_eq "carol lists tags with Basic auth" "1.0" "$(echo carol-secret-3 | "$berthctl" tags -u carol --password-stdin "$hhost/cli/basic")"
code=0
"$berthctl" tags "$hhost/cli/basic" 2>/dev/null >/dev/null || code=$?
expect_eq "anonymous is refused (exit 5)" 5 "$code"

# TLS: fail closed without the CA; --ca-file, --certs-dir (also for mutual TLS), --insecure.
svc=$(need registry_tls)
surl=$(cat "$svc/url")
shost=$(cat "$svc/host")
$seed image "$surl" cli/tls 1.0 1024 --cacert "$svc/pki/ca.crt" >/dev/null
if "$berthctl" tags "$shost/cli/tls" 2>"$work/err" >/dev/null; then fail "an untrusted certificate was accepted"; fi
grep -qi certificate "$work/err" || { cat "$work/err"; fail "the error is about the certificate"; }
ok "no CA: refused ($(cat "$work/err"))"
expect_eq "--ca-file" "1.0" "$("$berthctl" tags --ca-file "$svc/pki/ca.crt" "$shost/cli/tls")"
expect_eq "--certs-dir" "1.0" "$("$berthctl" tags --certs-dir "$svc/config/certs.d" "$shost/cli/tls")"
expect_eq "--insecure" "1.0" "$("$berthctl" tags --insecure "$shost/cli/tls")"
expect_eq "mutual TLS with --certs-dir" "1.0" "$("$berthctl" tags --certs-dir "$svc/config/certs.d" "$(cat "$svc/mtls_host")/cli/tls")"
