#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The TLS registries: a CA made by the fixture, Docker's certs.d layout under a test
# config folder, and a second instance that demands a client certificate. Only the direct
# client path is covered (curl, skopeo): dockerd treats 127.0.0.0/8 as insecure and
# would talk plain http to it (see registry.sh).
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need registry_tls)
open=$(need registry_open)
url=$(cat "$svc/url")
host=$(cat "$svc/host")
murl=$(cat "$svc/mtls_url")
mhost=$(cat "$svc/mtls_host")
certs=$svc/config/certs.d
[ -f "$certs/$host/ca.crt" ] || fail "no $certs/$host/ca.crt"
[ -f "$certs/$mhost/client.cert" ] && [ -f "$certs/$mhost/client.key" ] || fail "no client .cert/.key in $certs/$mhost"

# curl: fails closed without the CA, passes with it.
curl -s -o /dev/null "$url/v2/" && fail "curl trusted the registry without its CA"
code=0; curl -s -o /dev/null "$url/v2/" || code=$?
expect_eq "curl without the CA: certificate problem (60)" 60 "$code"
expect_eq "curl with the CA" 200 "$(http_code --cacert "$certs/$host/ca.crt" "$url/v2/")"
curl -s -o /dev/null --cacert "$certs/$mhost/ca.crt" "$murl/v2/" && fail "mutual TLS let a client in without a certificate"
ok "mutual TLS refuses a client without a certificate"
# curl reads "file:password" in --cert: the colon of host:port must be escaped.
cert=$certs/$mhost/client.cert
expect_eq "mutual TLS with the client certificate" 200 "$(http_code --cacert "$certs/$mhost/ca.crt" \
    --cert "${cert//:/\\:}" --key "$certs/$mhost/client.key" "$murl/v2/")"

# skopeo: copy an image from the open registry (plain http) into the TLS registry.
src=docker://$(cat "$open/host")/tls/src:1.0
push_image "$(cat "$open/url")" tls/src 1.0 65536 >/dev/null || fail "seed push"
if skopeo copy --src-tls-verify=false "$src" "docker://$host/tls/copy:1.0" > "$work/log" 2>&1; then
    fail "skopeo copied to the TLS registry without the CA"
fi
grep -q 'certificate signed by unknown authority' "$work/log" || { cat "$work/log"; fail "skopeo failed for another reason"; }
ok "skopeo without the CA: unknown authority"
skopeo copy --src-tls-verify=false --dest-cert-dir "$certs/$host" "$src" "docker://$host/tls/copy:1.0" \
    > "$work/log" 2>&1 || { cat "$work/log"; fail "skopeo copy with the CA"; }
ok "skopeo copies with certs.d/$host/ca.crt"
a=$(skopeo inspect --raw --tls-verify=false "$src" | sha256sum)
b=$(skopeo inspect --raw --cert-dir "$certs/$host" "docker://$host/tls/copy:1.0" | sha256sum)
expect_eq "the copy's manifest is the source's" "$a" "$b"

# Mutual TLS: the CA alone is not enough, the .cert + .key pair is.
mkdir -p "$work/ca-only"
cp "$certs/$mhost/ca.crt" "$work/ca-only/"
if skopeo copy --src-tls-verify=false --dest-cert-dir "$work/ca-only" "$src" "docker://$mhost/tls/copy:1.0" > "$work/log" 2>&1; then
    fail "skopeo copied to the mutual-TLS registry without a client certificate"
fi
ok "skopeo without a client certificate is refused: $(grep -o 'remote error: [^"]*' "$work/log" | head -1)"
skopeo copy --src-tls-verify=false --dest-cert-dir "$certs/$mhost" "$src" "docker://$mhost/tls/mcopy:1.0" \
    > "$work/log" 2>&1 || { cat "$work/log"; fail "skopeo copy with the client certificate"; }
ok "skopeo copies with the client .cert + .key"

# A .cert without its .key is an error, not a silent anonymous TLS connection.
mkdir -p "$work/cert-only"
cp "$certs/$mhost/ca.crt" "$certs/$mhost/client.cert" "$work/cert-only/"
if skopeo inspect --raw --cert-dir "$work/cert-only" "docker://$mhost/tls/mcopy:1.0" > "$work/log" 2>&1; then
    fail "skopeo accepted a .cert without its .key"
fi
grep -q 'missing key client.key' "$work/log" || { cat "$work/log"; fail "skopeo failed for another reason"; }
ok "a .cert without its .key is an error"
