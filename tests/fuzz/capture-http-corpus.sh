#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Captures raw HTTP responses (status line, headers, chunked framing and all) from a
# running dockerd into the HTTP codec's seed corpus. Needs the private dockerd of tests/env:
#   tests/fuzz/capture-http-corpus.sh unix:///path/to/docker.sock tests/fuzz/corpus/http
set -euo pipefail
host=${1:?usage: capture-http-corpus.sh unix:///path/docker.sock OUT_DIR}
out=${2:?usage: capture-http-corpus.sh unix:///path/docker.sock OUT_DIR}
sock=${host#unix://}
mkdir -p "$out"

capture() { # NAME METHOD TARGET
    /usr/bin/python3 - "$sock" "$2" "$3" > "$out/$1" <<'PY'
import socket, sys
path, method, target = sys.argv[1:4]
s = socket.socket(socket.AF_UNIX)
s.settimeout(20)
s.connect(path)
body = b""
s.sendall(f"{method} {target} HTTP/1.1\r\nHost: api.moby.localhost\r\nConnection: close\r\n"
          f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
data = b""
try:
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
except socket.timeout:
    pass
sys.stdout.buffer.write(data)
PY
}

since=$(date +%s)
# Something for the events stream to report.
capture tag-created POST '/v1.41/images/berth-test/busybox:1.0/tag?repo=berth-test/corpus&tag=capture'
capture untag DELETE /v1.41/images/berth-test/corpus:capture
sleep 1
now=$(( $(date +%s) + 1 ))
capture ping GET /_ping
capture ping-head HEAD /_ping
capture version GET /v1.41/version
capture info GET /v1.41/info
capture images GET /v1.41/images/json
capture images-all GET '/v1.41/images/json?all=1&digests=1'
capture images-dangling GET '/v1.41/images/json?filters=%7B%22dangling%22%3A%5B%22true%22%5D%7D'
capture inspect GET /v1.41/images/berth-test/web:1.0/json
capture history GET /v1.41/images/berth-test/busybox:1.0/history
capture inspect-missing GET /v1.41/images/no-such-image:1/json
capture too-new GET /v9.99/images/json
capture bad-filter GET '/v1.41/images/json?filters=notjson'
capture containers GET /v1.41/containers/json
capture networks GET /v1.41/networks
capture volumes GET /v1.41/volumes
capture system-df GET /v1.41/system/df
capture events GET "/v1.41/events?since=$since&until=$now"
capture pull-refused POST '/v1.41/images/create?fromImage=127.0.0.1%3A1%2Fnothing&tag=1'
capture pull-bad-ref POST '/v1.41/images/create?fromImage=UPPER&tag=1'
capture tag-missing POST '/v1.41/images/no-such-image/tag?repo=x&tag=1'
capture delete-missing DELETE /v1.41/images/no-such-image:1
capture prune POST /v1.41/images/prune
capture search-offline GET '/v1.41/images/search?term=busybox&limit=1'
capture unknown-path GET /v1.41/no/such/path
echo "captured $(ls "$out" | wc -l) responses into $out"
