#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl reaches the private dockerd over tcp with --tlsverify, through contexts the docker
# CLI itself created and through DOCKER_TLS_VERIFY / DOCKER_CERT_PATH, and sees what it sees
# over the unix socket; a wrong CA, a missing client certificate and plain tcp to the TLS
# port each fail with a message that says so (docs/engines.md).
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
# shellcheck source=clicommon.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
isolate
svc=$(need dockerd)
unix_host=$(cat "$svc/host")
tls_host=$(cat "$svc/tls_host")
certs=$svc/tls
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" "$@"; }
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH

# Contexts as the docker CLI writes them.
docker context create tls --description "tcp with TLS" \
    --docker "host=$tls_host,ca=$certs/ca.pem,cert=$certs/cert.pem,key=$certs/key.pem" > /dev/null
docker context create socket --docker "host=$unix_host" > /dev/null
docker context create no-client-cert --docker "host=$tls_host,ca=$certs/ca.pem" > /dev/null
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=Another CA" \
    -keyout "$work/other.key" -out "$work/other-ca.pem" 2>/dev/null
docker context create wrong-ca --docker "host=$tls_host,ca=$work/other-ca.pem,cert=$certs/cert.pem,key=$certs/key.pem" > /dev/null
docker context create plain --docker "host=$tls_host" > /dev/null

berthctl --host "$unix_host" images ls --json > "$work/unix.json" || fail "images ls over the socket"
[ -s "$work/unix.json" ] || fail "no images over the socket"
berthctl --context tls images ls --json > "$work/tls.json" || fail "images ls over tcp+TLS"
same_lines "$work/unix.json" "$work/tls.json" || { diff "$work/unix.json" "$work/tls.json"; fail "tcp+TLS lists other images"; }
ok "--context tls: the same images as over the socket"
expect_eq "and the docker CLI, through the same context, sees those IDs" \
    "$(docker --context tls images -q --no-trunc | sort -u)" "$(jq -r .id "$work/tls.json" | sort -u)"

DOCKER_CONTEXT=tls berthctl images ls --json > "$work/env.json" || fail "DOCKER_CONTEXT=tls"
same_lines "$work/unix.json" "$work/env.json" || fail "DOCKER_CONTEXT=tls lists other images"
ok "DOCKER_CONTEXT picks the context"
docker context use tls > /dev/null
berthctl images ls --json > "$work/current.json" || fail "the current context"
same_lines "$work/unix.json" "$work/current.json" || fail "the current context lists other images"
ok "the current context of config.json is used"
# The order, as the docker CLI's code has it: with a current context that cannot work,
# DOCKER_CONTEXT and DOCKER_HOST each win over it.
docker context use plain > /dev/null
berthctl images ls > /dev/null 2>&1 && fail "the current context 'plain' was not used"
DOCKER_CONTEXT=tls berthctl images ls > /dev/null || fail "DOCKER_CONTEXT did not beat the current context"
ok "DOCKER_CONTEXT beats the current context"
DOCKER_HOST=$unix_host DOCKER_CONTEXT=plain berthctl images ls > /dev/null || fail "DOCKER_HOST did not beat DOCKER_CONTEXT"
ok "DOCKER_HOST beats DOCKER_CONTEXT and the current context, as in the docker CLI's code"
docker context use default > /dev/null

DOCKER_HOST=$tls_host DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=$certs berthctl images ls --json > "$work/envtls.json" \
    || fail "DOCKER_TLS_VERIFY with DOCKER_CERT_PATH"
same_lines "$work/unix.json" "$work/envtls.json" || fail "DOCKER_TLS_VERIFY lists other images"
ok "DOCKER_HOST=tcp:// with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH"

refused() { # CONTEXT WORDS WHAT
    local code=0
    berthctl --context "$1" images ls > /dev/null 2> "$work/err" || code=$?
    [ "$code" -ne 0 ] || fail "$3 succeeded"
    grep -q "$2" "$work/err" || fail "$3: $(cat "$work/err")"
    ok "$3 fails (exit $code): $(head -c 160 "$work/err")"
}
refused wrong-ca "certificate is not trusted" "a CA that did not sign the engine's certificate"
refused no-client-cert "client certificate" "no client certificate for a --tlsverify engine"
refused plain "HTTPS" "plain tcp to the TLS port"
refused nope 'context "nope" does not exist' "an unknown context"
code=0
berthctl --context tls --host "$unix_host" images ls > /dev/null 2> "$work/err" || code=$?
expect_eq "--context with --host is a usage error" 2 "$code"
