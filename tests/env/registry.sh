#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's docker-registry (Distribution 2.8) on a free loopback port, its data under
# STATE_DIR, in one of four modes. Every mode sets http.secret (so several instances or
# a restart keep upload sessions valid) and enables delete.
#
#   registry.sh start STATE_DIR MODE   MODE: open | htpasswd | token | tls
#   registry.sh stop STATE_DIR         stops every process of the service, removes data
#
#   open      anonymous; catalog.maxentries=2, so /v2/_catalog pages for real
#   htpasswd  Basic auth, bcrypt entries, users in STATE/users.tsv
#   token     Bearer auth from tokenserver.py (RS256 JWT, per-user scope table)
#   tls       HTTPS with a CA made here, plus a second instance that demands a client
#             certificate (mutual TLS); Docker-style certs.d folders in STATE/config
#   hub       anonymous, behind hubstandin.py (Docker Hub's REST API in Hub's shapes, from
#             this registry's content, and the registry with Hub's rate-limit headers):
#             STATE/hub_url, STATE/hub_host, the users' tokens in STATE/hub/users.json
#   ecr       htpasswd with the one user AWS, behind ecrstandin.py (the ECR API and STS,
#             signatures checked by botocore): STATE/ecr_url, the test keys in
#             STATE/credentials (an AWS credentials file) and STATE/accounts.json
#
# A restart (kill the registry, run start again without stop) keeps the port and the
# data, so a test can kill it mid-upload and bring it back behind the same URL.
# See tests/env/README.md for every state file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage="usage: registry.sh start|stop STATE_DIR [open|htpasswd|token|tls|ecr|hub]"
cmd=${1:?$usage}
state=${2:?$usage}
mkdir -p "$state"
state=$(cd "$state" && pwd)
mode=${3:-}
if [ -z "$mode" ] && [ -f "$state/mode" ]; then mode=$(cat "$state/mode"); fi

registry_bin=/usr/bin/docker-registry
service_name=berth-test-registry
issuer=berth-test-token-server

# Test-only users; the passwords are published in tests/env/README.md.
# name, password, role. In htpasswd mode every user may do everything (Distribution's
# htpasswd has no authorization); in token mode the role selects the scope table entry.
users_tsv() {
    printf 'alice\talice-secret-1\tpush\n'
    printf 'bob\tbob-secret-2\tpull\n'
    printf 'carol\tcarol-secret-3\tpush-own\n'
}

write_config() {
    local port=$1 extra_http=${2:-} auth=${3:-} catalog=${4:-}
    cat > "$state/config.yml" <<YAML
version: 0.1
log:
  level: info
  fields:
    service: registry
storage:
  filesystem:
    rootdirectory: $state/data
  delete:
    enabled: true
  # Upload purging would delete sessions a restart test wants to resume.
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: $(cat "$state/http_secret")
  headers:
    X-Content-Type-Options: [nosniff]
$extra_http
$auth
$catalog
YAML
}

registry_answers() {
    http_answers "$1" "${@:2}"
}

start_registry() {
    # start_registry NAME CONFIG URL [CURL ARGS]: NAME.pid, NAME.log
    local name=$1 config=$2 url=$3
    shift 3
    if alive "$state/$name.pid" && registry_answers "$url/v2/" "$@"; then
        return 0
    fi
    stop_pid "$state/$name.pid"
    spawn "$state/$name.pid" "$state/$name.log" "$registry_bin" serve "$config"
    if ! wait_until 10 registry_answers "$url/v2/" "$@"; then
        tail -n 20 "$state/$name.log" >&2 || true
        stop_all
        service_unavailable "docker-registry ($mode) did not answer on $url within 10 s (see $state/$name.log)"
    fi
}

make_htpasswd() {
    : > "$state/htpasswd"
    while IFS=$'\t' read -r user password _; do
        # Distribution accepts only bcrypt entries.
        htpasswd -Bbn "$user" "$password" | sed '/^$/d' >> "$state/htpasswd"
    done < "$state/users.tsv"
}

make_token_users() {
    # The scope table: who may do what, by repository pattern.
    cat > "$state/token-users.json" <<JSON
{
  "ttl": 300,
  "users": {
    "alice": {"password": "alice-secret-1", "access": {"*": ["pull", "push", "delete"]}, "catalog": true},
    "bob":   {"password": "bob-secret-2",   "access": {"*": ["pull"]}},
    "carol": {"password": "carol-secret-3", "access": {"carol/*": ["pull", "push"], "*": ["pull"]}}
  }
}
JSON
}

# Docker's layout for per-registry TLS material, under a test config folder:
# certs.d/<host:port>/ca.crt, and for client authentication <name>.cert + <name>.key.
make_certs_d() {
    local tls_host=$1 mtls_host=$2 d=$state/config/certs.d
    rm -rf "$d"
    mkdir -p "$d/$tls_host" "$d/$mtls_host"
    cp "$state/pki/ca.crt" "$d/$tls_host/ca.crt"
    cp "$state/pki/ca.crt" "$d/$mtls_host/ca.crt"
    cp "$state/pki/client.cert" "$d/$mtls_host/client.cert"
    cp "$state/pki/client.key" "$d/$mtls_host/client.key"
}

start() {
    case "$mode" in open | htpasswd | token | tls | ecr | hub) ;; *) echo "$usage" >&2; exit 2 ;; esac
    rm -f "$state/skip"
    [ -x "$registry_bin" ] || service_unavailable "docker-registry is not installed (apt-get install docker-registry)"
    printf '%s\n' "$mode" > "$state/mode"
    [ -f "$state/http_secret" ] || random_secret > "$state/http_secret"
    mkdir -p "$state/data"
    local port url
    port=$(pick_port "$state/port")
    printf '127.0.0.1:%s\n' "$port" > "$state/host"

    case "$mode" in
    open)
        url="http://127.0.0.1:$port"
        # Two entries per page: a handful of pushed repositories already needs a Link.
        write_config "$port" "" "" "$(printf 'catalog:\n  maxentries: 2')"
        start_registry registry "$state/config.yml" "$url"
        ;;
    hub)
        url="http://127.0.0.1:$port"
        write_config "$port"
        start_registry registry "$state/config.yml" "$url"
        start_hub_standin "$url"
        ;;
    htpasswd | ecr)
        command -v htpasswd >/dev/null || service_unavailable "htpasswd is not installed (apt-get install apache2-utils)"
        url="http://127.0.0.1:$port"
        if [ "$mode" = ecr ]; then
            # ECR's registry user is always AWS; its password is the token the API hands out.
            [ -f "$state/aws_password" ] || random_secret > "$state/aws_password"
            printf 'AWS\t%s\tpush\n' "$(cat "$state/aws_password")" > "$state/users.tsv"
        else
            users_tsv > "$state/users.tsv"
        fi
        make_htpasswd
        write_config "$port" "" "$(printf 'auth:\n  htpasswd:\n    realm: berth-test\n    path: %s' "$state/htpasswd")"
        start_registry registry "$state/config.yml" "$url"
        [ "$mode" = ecr ] && start_ecr_standin "$url"
        ;;
    token)
        url="http://127.0.0.1:$port"
        users_tsv > "$state/users.tsv"
        make_token_users
        mkdir -p "$state/token"
        if [ ! -f "$state/token/cert.pem" ]; then
            # RS256 needs an RSA key; the registry trusts exactly this certificate.
            openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$issuer" \
                -keyout "$state/token/key.pem" -out "$state/token/cert.pem" 2>/dev/null
        fi
        local tport turl
        tport=$(pick_port "$state/token_port")
        turl="http://127.0.0.1:$tport"
        printf '%s/token\n' "$turl" > "$state/realm"
        printf '%s\n' "$service_name" > "$state/service"
        if ! { alive "$state/token.pid" && http_answers "$turl/stats"; }; then
            stop_pid "$state/token.pid"
            spawn "$state/token.pid" "$state/token.log" "$PYTHON" "$here/tokenserver.py" \
                --port "$tport" --users "$state/token-users.json" \
                --key "$state/token/key.pem" --cert "$state/token/cert.pem" \
                --issuer "$issuer" --service "$service_name"
            if ! wait_until 10 http_answers "$turl/stats"; then
                tail -n 20 "$state/token.log" >&2 || true
                stop_all
                service_unavailable "the token server did not answer on $turl within 10 s (see $state/token.log)"
            fi
        fi
        # The realm is plain http: the registry is plain http on loopback too. A test of
        # "refuse an http realm for an https registry" (docs/reliability.md #17) points the
        # TLS registry's clients at this realm instead.
        write_config "$port" "" "$(printf 'auth:\n  token:\n    realm: %s/token\n    service: %s\n    issuer: %s\n    rootcertbundle: %s' \
            "$turl" "$service_name" "$issuer" "$state/token/cert.pem")"
        start_registry registry "$state/config.yml" "$url"
        ;;
    tls)
        # dockerd treats every registry on 127.0.0.0/8 as insecure and talks plain http
        # to it, so the daemon never verifies this one's certificate: only the direct
        # client path (curl, skopeo, Berth's own registry client) is covered. A daemon
        # path would need an address outside 127/8 (a dummy interface is not available
        # in every CI container) and the CA under the daemon's fixed /etc/docker/certs.d.
        make_test_pki "$state/pki"
        local mport
        mport=$(pick_port "$state/mtls_port")
        printf '127.0.0.1:%s\n' "$mport" > "$state/mtls_host"
        make_certs_d "127.0.0.1:$port" "127.0.0.1:$mport"
        url="https://127.0.0.1:$port"
        local tls_block
        tls_block=$(printf '  tls:\n    certificate: %s\n    key: %s' "$state/pki/server.crt" "$state/pki/server.key")
        write_config "$port" "$tls_block"
        start_registry registry "$state/config.yml" "$url" --cacert "$state/pki/ca.crt"
        # The mutual-TLS instance shares the storage: the same images, a stricter door.
        cp "$state/config.yml" "$state/config-mtls.yml"
        sed -i "s/127.0.0.1:$port/127.0.0.1:$mport/" "$state/config-mtls.yml"
        printf '    clientcas:\n      - %s\n' "$state/pki/ca.crt" > "$state/clientcas.yml"
        sed -i "/^    key: /r $state/clientcas.yml" "$state/config-mtls.yml"
        printf 'https://127.0.0.1:%s\n' "$mport" > "$state/mtls_url"
        start_registry registry-mtls "$state/config-mtls.yml" "https://127.0.0.1:$mport" \
            --cacert "$state/pki/ca.crt" --cert "$state/pki/client.cert" --key "$state/pki/client.key"
        ;;
    esac
    printf '%s\n' "$url" > "$state/url"
    echo "registry ($mode) running at $url"
}

# The account, its keys and a credentials file for the AWS CLI and Berth: a long-term key,
# a session key with its token, and a session that has expired. Random secrets, made anew.
make_ecr_accounts() {
    [ -f "$state/accounts.json" ] && return 0
    local long session session_token expired expired_token
    long=$(random_secret); session=$(random_secret); session_token=$(random_secret)$(random_secret)
    expired=$(random_secret); expired_token=$(random_secret)$(random_secret)
    cat > "$state/accounts.json" <<JSON
{"account": "123456789012",
 "keys": {
  "AKIABERTHTEST0000001": {"secret": "$long", "arn": "arn:aws:iam::123456789012:user/berth-test"},
  "ASIABERTHSESSION0001": {"secret": "$session", "token": "$session_token",
                           "arn": "arn:aws:sts::123456789012:assumed-role/tester/berth"},
  "ASIABERTHEXPIRED0001": {"secret": "$expired", "token": "$expired_token", "expires": 1,
                           "arn": "arn:aws:sts::123456789012:assumed-role/tester/old"}}}
JSON
    cat > "$state/credentials" <<INI
[default]
aws_access_key_id = AKIABERTHTEST0000001
aws_secret_access_key = $long

[session]
aws_access_key_id = ASIABERTHSESSION0001
aws_secret_access_key = $session
aws_session_token = $session_token

[expired]
aws_access_key_id = ASIABERTHEXPIRED0001
aws_secret_access_key = $expired
aws_session_token = $expired_token
INI
    chmod 600 "$state/accounts.json" "$state/credentials"
}

# standin_answers NAME: the stand-in NAME (ecr, hub) answers on its port.
standin_answers() {
    [ -f "$state/$1_ports.json" ] && http_answers "http://127.0.0.1:$(jq -r .port "$state/$1_ports.json")/_stats"
}

# spawn_standin NAME WHAT SCRIPT ARGS...: runs SCRIPT with --state STATE/NAME (which the caller
# filled) and ARGS, unless it runs and answers already: NAME.pid, NAME.log, NAME_ports.json
# (its port, kept so a restart comes back on it) and NAME_url.
spawn_standin() {
    local name=$1 what=$2 script=$3 prev=()
    shift 3
    if alive "$state/$name.pid" && standin_answers "$name"; then return 0; fi
    stop_pid "$state/$name.pid"
    [ -f "$state/${name}_ports.json" ] && prev=(--port "$(jq -r .port "$state/${name}_ports.json")")
    rm -f "$state/$name/ports.json"
    spawn "$state/$name.pid" "$state/$name.log" "$PYTHON" "$here/$script" --state "$state/$name" "$@" "${prev[@]}"
    wait_until 10 test -f "$state/$name/ports.json" || true
    cp "$state/$name/ports.json" "$state/${name}_ports.json" 2>/dev/null || true
    if ! wait_until 10 standin_answers "$name"; then
        tail -n 20 "$state/$name.log" >&2 || true
        stop_all
        service_unavailable "the $what did not start within 10 s (see $state/$name.log)"
    fi
    printf 'http://127.0.0.1:%s\n' "$(jq -r .port "$state/${name}_ports.json")" > "$state/${name}_url"
}

start_ecr_standin() {
    "$PYTHON" -c 'import awscli.clidriver, botocore.auth' 2>/dev/null \
        || service_unavailable "the ECR stand-in checks signatures with botocore: apt-get install awscli"
    make_ecr_accounts
    mkdir -p "$state/ecr"
    cp "$state/accounts.json" "$state/ecr/accounts.json"
    spawn_standin ecr "ECR stand-in" ecrstandin.py --registry "$1" --registry-data "$state/data" \
        --password-file "$state/aws_password"
}

# The stand-in's users (test-only): alice (organization team) and dave, whose account has
# two-factor authentication on; each also has a personal access token, made anew. The
# organization team is a verified publisher (publishers.json): its repositories' source is
# "store" in the search, as Hub's catalog says of a verified publisher's.
make_hub_users() {
    mkdir -p "$state/hub"
    [ -f "$state/hub/publishers.json" ] || echo '{"verified": ["team"]}' > "$state/hub/publishers.json"
    [ -f "$state/hub/users.json" ] && return 0
    cat > "$state/hub/users.json" <<JSON
{"alice": {"password": "alice-secret-1", "tokens": ["dckr_pat_$(random_secret | tr -dc 'A-Za-z0-9' | head -c 27)"], "orgs": ["team"]},
 "dave": {"password": "dave-secret-4", "two_factor": true, "code": "123456",
          "tokens": ["dckr_pat_$(random_secret | tr -dc 'A-Za-z0-9' | head -c 27)"]}}
JSON
    chmod 600 "$state/hub/users.json"
}

start_hub_standin() {
    make_hub_users
    spawn_standin hub "Docker Hub stand-in" hubstandin.py --registry "$1" --registry-data "$state/data"
    printf '127.0.0.1:%s\n' "$(jq -r .port "$state/hub_ports.json")" > "$state/hub_host"
}

stop_all() {
    stop_pid "$state/hub.pid"
    stop_pid "$state/ecr.pid"
    stop_pid "$state/registry.pid"
    stop_pid "$state/registry-mtls.pid"
    stop_pid "$state/token.pid"
}

case "$cmd" in
start) start ;;
stop)
    stop_all
    # The data goes with the fixture: the next run starts from an empty registry, so
    # tests that count catalog entries see only their own pushes.
    rm -rf "$state/data" "$state/url" "$state/ecr" "$state/ecr_url" "$state/hub" "$state/hub_url"
    echo "registry stopped"
    ;;
*) echo "$usage" >&2; exit 2 ;;
esac
