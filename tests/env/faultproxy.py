# SPDX-License-Identifier: GPL-3.0-or-later
"""A fault-injecting HTTP/1.1 proxy for registry tests (the faults of docs/reliability.md).

It sits in front of one upstream (a registry, or the token server) as a reverse proxy:
clients talk plain http to it as if it were the registry, and it forwards every request
unchanged (Host included, so the registry's Location headers point back at the proxy)
until a test asks, through the control port, for one fault:

    POST /control {"mode": "reset", "bytes": 1048576, "count": 1}

Modes (all but pass apply to requests whose "METHOD /path" matches `match`, a regular
expression; `count` limits the fault to the first N matching requests, default all):

    pass          forward unchanged
    reset         send `bytes` bytes of the response body (direction "request": pass
                  `bytes` of the upload to the upstream and close it), then a TCP RST
    stall         send `bytes` bytes of the response body (or, with "direction":
                  "request", read `bytes` bytes of the request body), then forward nothing
                  more while keeping the socket open, until the client gives up or the
                  fault is changed
    status        answer `status` (429, 502, 503, ...) without forwarding; optional
                  `retry_after` (sent verbatim: "3") or `retry_after_date` (seconds from
                  now, sent as an HTTP date), optional `body`
    flip          XOR 0xff into the response body byte at `offset` (default 0)
    header        set response header `name` to `value` (null removes it); a rewritten
                  Content-Length governs how much body is sent, and the connection is
                  closed afterwards when it differs from the real length (short read)
    range_200     drop the request's Range header, so the upstream answers 200, full body
    range_shift   move the start of the request's Range by `shift` bytes (default 1), so
                  the 206 carries a Content-Range that starts elsewhere than asked
    redirect      answer `status` (default 307) with a Location on another host and port
                  (the recorder, 127.0.0.2), with a signed-looking query; the recorder
                  keeps every header it receives and serves the blob from the upstream
    huge          answer `status` (default 200) with `bytes` filler bytes (-1: endless,
                  chunked), Content-Type `content_type`
    throttle      forward at most `rate` bytes per second, both directions

`delay` (seconds, any mode) holds a matching request before it is handled, so parallel
requests overlap and the concurrency counters show the client's real parallelism.
`upstream` (and `upstream_ca` for https) in the same POST re-targets the proxy.

    GET  /control   the current fault
    POST /reset     back to pass and the starting upstream; counters and records cleared;
                    stalled connections are released (closed), and the requests still
                    being handled finish first (up to 10 s), so their log entries are
                    not left over for the next test
    GET  /stats     {"connections_open", "max_connections", "connections_total",
                     "requests_open", "max_requests", "requests_total", "faults_applied",
                     "stalls_open" (connections held at a stall's point now: the stall
                     has happened once this is 1, so a test waits for it, not for time),
                     "log": [{"method", "path", "status", "range", "sent", "fault",
                              "start", "end"}, ...],   (start, end: monotonic seconds)
                     "recorded": [...]}
    GET  /recorded  what the redirect target received: [{"method", "path", "headers"}]

Standard library only, run with Debian's /usr/bin/python3.
"""

import argparse
import email.utils
import fcntl
import json
import os
import re
import secrets
import select
import socket
import socketserver
import ssl
import struct
import sys
import termios
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BLOB_GET = r"^GET /v2/.+/blobs/sha256:[0-9a-f]{64}$"
DEFAULT_MATCH = {"reset": BLOB_GET, "stall": BLOB_GET, "flip": BLOB_GET, "range_200": BLOB_GET,
                 "range_shift": BLOB_GET, "redirect": BLOB_GET}
MODES = {"pass", "reset", "stall", "status", "flip", "header", "range_200", "range_shift",
         "redirect", "huge", "throttle"}
LOG_LIMIT = 1000
IO = 65536


class Shared:
    """Everything the proxy threads and the control port share, under one lock."""

    def __init__(self, upstream, upstream_ca):
        self.lock = threading.Lock()
        self.start_upstream = (upstream, upstream_ca)
        self.redirect_base = ""
        self.reset()

    def reset(self):
        with self.lock:
            self.upstream, self.upstream_ca = self.start_upstream
            self.fault = {"mode": "pass"}
            self.matched = 0
            self.generation = getattr(self, "generation", 0) + 1
            self.stats = {"connections_open": getattr(self, "stats", {}).get("connections_open", 0),
                          "max_connections": 0, "connections_total": 0,
                          "requests_open": getattr(self, "stats", {}).get("requests_open", 0),
                          "max_requests": 0, "requests_total": 0, "faults_applied": 0,
                          "stalls_open": getattr(self, "stats", {}).get("stalls_open", 0),
                          "max_stalls": 0, "stalls_total": 0}
            self.stats["max_connections"] = self.stats["connections_open"]
            self.stats["max_requests"] = self.stats["requests_open"]
            self.log = []
            self.recorded = []
            self.stash = {}

    def set_fault(self, fault):
        mode = fault.get("mode", "pass")
        if mode not in MODES:
            raise ValueError("unknown mode %r (one of %s)" % (mode, ", ".join(sorted(MODES))))
        fault = dict(fault)
        fault.setdefault("match", DEFAULT_MATCH.get(mode, "."))
        re.compile(fault["match"])
        with self.lock:
            if "upstream" in fault:
                self.upstream = fault.pop("upstream")
                self.upstream_ca = fault.pop("upstream_ca", None)
            self.fault = fault
            self.matched = 0
            self.generation += 1  # releases stalled connections of the previous fault
        return fault

    def take(self, method, path):
        """The fault for this request, or None; counts it against `count`."""
        with self.lock:
            f = self.fault
            if f["mode"] == "pass" or not re.search(f["match"], "%s %s" % (method, path)):
                return None, self.generation
            count = f.get("count")
            if count is not None and self.matched >= int(count):
                return None, self.generation
            self.matched += 1
            self.stats["faults_applied"] += 1
            return dict(f), self.generation

    def bump(self, key, delta):
        with self.lock:
            self.stats[key + "_open"] += delta
            if delta > 0:
                self.stats[key + "_total"] += 1
                peak = "max_" + key
                self.stats[peak] = max(self.stats[peak], self.stats[key + "_open"])

    def settle(self, seconds=10.0):
        """Releases stalled connections, then waits (bounded) for the requests still being
        handled: a request's log entry is written when the proxy is done with it, which can
        be after its client has its answer and moved on, so a reset must not clear the log
        before it lands."""
        with self.lock:
            self.generation += 1
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if self.stats["requests_open"] <= 0:
                    return
            time.sleep(0.01)

    def record(self, entry):
        with self.lock:
            self.log.append(entry)
            del self.log[:-LOG_LIMIT]


class Reader:
    """Buffered reads from a socket: lines for heads, pieces for bodies."""

    def __init__(self, sock):
        self.f = sock.makefile("rb", buffering=IO)

    def line(self, limit=65536):
        return self.f.readline(limit)

    def some(self, n):
        return self.f.read1(n)

    def exact(self, n):
        data = self.f.read(n)
        if len(data) != n:
            raise ConnectionError("short read")
        return data


def read_head(reader):
    """Start line and headers as (line, [(name, value)]), or None at a clean EOF."""
    first = reader.line()
    while first in (b"\r\n", b"\n"):  # tolerate stray CRLF between requests
        first = reader.line()
    if not first:
        return None
    headers = []
    while True:
        line = reader.line()
        if not line:
            raise ConnectionError("EOF in headers")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    return first.decode("latin-1").rstrip("\r\n"), headers


def get(headers, name):
    for k, v in headers:
        if k.lower() == name.lower():
            return v
    return None


def without(headers, *names):
    low = {n.lower() for n in names}
    return [(k, v) for k, v in headers if k.lower() not in low]


def head_bytes(start, headers):
    return (start + "\r\n" + "".join("%s: %s\r\n" % kv for kv in headers) + "\r\n").encode("latin-1")


def iter_body(reader, headers, *, response_to=None, status=None):
    """Yield the body's bytes (decoded from chunked). For responses, `response_to` is the
    request method: HEAD, 1xx, 204 and 304 have no body; no framing means until close."""
    if response_to is not None and (response_to == "HEAD" or status in (204, 304) or 100 <= status < 200):
        return
    te = (get(headers, "Transfer-Encoding") or "").lower()
    if "chunked" in te:
        while True:
            size = int(reader.line().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while reader.line() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return
            left = size
            while left:
                piece = reader.some(min(left, IO))
                if not piece:
                    raise ConnectionError("EOF in chunk")
                left -= len(piece)
                yield piece
            reader.line()
        return
    cl = get(headers, "Content-Length")
    if cl is not None:
        left = int(cl)
        while left:
            piece = reader.some(min(left, IO))
            if not piece:
                raise ConnectionError("EOF in body")
            left -= len(piece)
            yield piece
        return
    if response_to is None:
        return  # a request without framing has no body
    while True:
        piece = reader.some(IO)
        if not piece:
            return
        yield piece


class Stalled(Exception):
    pass


class Reset(Exception):
    pass


class Shaper:
    """Applies the byte-level faults to one body as it passes."""

    def __init__(self, fault, generation, shared, conn):
        self.f = fault or {}
        self.mode = self.f.get("mode")
        self.sent = 0
        self.generation = generation
        self.shared = shared
        self.conn = conn
        self.rate = float(self.f.get("rate", 0)) if self.mode == "throttle" else 0
        self.t0 = time.monotonic()

    def shape(self, piece, direction="response"):
        """Returns the bytes to pass on; raises Reset or Stalled at the fault's point."""
        mode = self.mode
        limit = None
        if mode == "reset" and direction == self.f.get("direction", "response"):
            limit = int(self.f.get("bytes", 0))
        elif mode == "stall" and direction == self.f.get("direction", "response"):
            limit = int(self.f.get("bytes", 0))
        if limit is not None and self.sent + len(piece) >= limit:
            piece = piece[:max(0, limit - self.sent)]
            self.sent += len(piece)
            raise (Reset if mode == "reset" else Stalled)(piece)
        if mode == "flip" and direction == "response":
            off = int(self.f.get("offset", 0)) - self.sent
            if 0 <= off < len(piece):
                piece = piece[:off] + bytes([piece[off] ^ 0xFF]) + piece[off + 1:]
        self.sent += len(piece)
        if self.rate > 0:
            ahead = self.sent / self.rate - (time.monotonic() - self.t0)
            if ahead > 0:
                time.sleep(ahead)
        return piece

    def hold(self, client):
        """Stall: keep the socket open, forward nothing, until the client leaves or the
        control port changes the fault."""
        self.shared.bump("stalls", 1)
        try:
            self.holding(client)
        finally:
            self.shared.bump("stalls", -1)

    def holding(self, client):
        while True:
            with self.shared.lock:
                if self.shared.generation != self.generation:
                    return
            r, _, _ = select.select([client], [], [], 0.2)
            if r:
                try:
                    if not client.recv(IO, socket.MSG_PEEK):
                        return
                    client.recv(IO)  # discard what a stalled client still sends
                except OSError:
                    return


def send_rst(sock):
    """Close with a TCP RST once the bytes already written have left the send queue, so
    the client sees exactly the promised number of bytes before the reset."""
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        queued = struct.unpack("i", fcntl.ioctl(sock, termios.TIOCOUTQ, b"\0\0\0\0"))[0]
        if queued == 0:
            break
        time.sleep(0.01)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def error_body(status, message):
    code = {429: "TOOMANYREQUESTS", 401: "UNAUTHORIZED", 403: "DENIED", 404: "NOT_FOUND"}.get(
        status, "UNAVAILABLE" if status >= 500 else "UNKNOWN")
    return json.dumps({"errors": [{"code": code, "message": message}]}).encode()


REASONS = {200: "OK", 206: "Partial Content", 301: "Moved Permanently", 302: "Found",
           307: "Temporary Redirect", 308: "Permanent Redirect", 401: "Unauthorized",
           403: "Forbidden", 404: "Not Found", 416: "Range Not Satisfiable",
           429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


class ProxyHandler(socketserver.BaseRequestHandler):
    def handle(self):
        shared = self.server.shared
        client = self.request
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        shared.bump("connections", +1)
        try:
            # A TLS ClientHello (clients try https before http on an "insecure" registry):
            # answer as Go's servers do, at once, so the client falls back to http instead
            # of waiting for a handshake timeout.
            if client.recv(1, socket.MSG_PEEK) == b"\x16":
                client.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n")
                return
            reader = Reader(client)
            while self.one_request(shared, client, reader):
                pass
        except (ConnectionError, OSError, ValueError):
            pass
        finally:
            shared.bump("connections", -1)

    def one_request(self, shared, client, reader):
        head = read_head(reader)
        if head is None:
            return False
        start, headers = head
        method, target, version = start.split(" ", 2)
        path = target.split("?", 1)[0]
        fault, generation = shared.take(method, path)
        shared.bump("requests", +1)
        entry = {"method": method, "path": path, "range": get(headers, "Range"),
                 "status": None, "sent": 0, "fault": fault["mode"] if fault else None,
                 "start": time.monotonic()}
        try:
            if fault and fault.get("delay"):
                time.sleep(float(fault["delay"]))
            keep = version == "HTTP/1.1" and (get(headers, "Connection") or "").lower() != "close"
            if (get(headers, "Expect") or "").lower() == "100-continue":
                # Answer for the upstream: relaying interim responses is not worth it here.
                client.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
                headers = without(headers, "Expect")
            mode = fault["mode"] if fault else "pass"
            if mode in ("status", "huge") or (mode == "redirect" and method == "GET"):
                for _ in iter_body(reader, headers):
                    pass
                return self.answer_locally(shared, client, fault, method, target, headers, entry) and keep
            return self.forward(shared, client, reader, fault, generation, method, target,
                                headers, entry) and keep
        finally:
            shared.bump("requests", -1)
            entry["end"] = time.monotonic()
            shared.record(entry)

    def answer_locally(self, shared, client, fault, method, target, headers, entry):
        mode = fault["mode"]
        status = int(fault.get("status", 307 if mode == "redirect" else 200 if mode == "huge" else 503))
        entry["status"] = status
        out = [("Docker-Distribution-Api-Version", "registry/2.0")]
        if mode == "redirect":
            ticket = secrets.token_hex(8)
            with shared.lock:
                shared.stash[ticket] = (target, [(k, v) for k, v in headers
                                                 if k.lower() in ("authorization", "accept")])
            location = "%s/blob/%s%s?X-Amz-Signature=%s&X-Amz-Expires=300" % (
                shared.redirect_base, ticket, target.split("?", 1)[0], secrets.token_hex(16))
            out += [("Location", location), ("Content-Length", "0")]
            client.sendall(head_bytes("HTTP/1.1 %d %s" % (status, REASONS.get(status, "")), out))
            return True
        if mode == "huge":
            size = int(fault.get("bytes", 50 << 20))
            out.append(("Content-Type", fault.get("content_type",
                                                  "application/vnd.docker.distribution.manifest.v2+json")))
            out.append(("Transfer-Encoding", "chunked") if size < 0 else ("Content-Length", str(size)))
            client.sendall(head_bytes("HTTP/1.1 %d %s" % (status, REASONS.get(status, "")), out))
            if method == "HEAD":
                return True
            filler = b'{"filler":"' + b"x" * (IO - 16) + b'"}\n'
            sent = 0
            while size < 0 or sent < size:
                piece = filler if size < 0 else filler[:min(len(filler), size - sent)]
                client.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if size < 0 else piece)
                sent += len(piece)
                entry["sent"] = sent
            return True
        body = fault.get("body")
        body = body.encode() if isinstance(body, str) else error_body(status, "injected by the test proxy")
        out += [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        if fault.get("retry_after") is not None:
            out.append(("Retry-After", str(fault["retry_after"])))
        elif fault.get("retry_after_date") is not None:
            out.append(("Retry-After", email.utils.formatdate(time.time() + float(fault["retry_after_date"]),
                                                              usegmt=True)))
        for k, v in (fault.get("headers") or {}).items():
            out.append((k, v))
        client.sendall(head_bytes("HTTP/1.1 %d %s" % (status, REASONS.get(status, "")), out)
                       + (b"" if method == "HEAD" else body))
        entry["sent"] = len(body)
        return True

    def connect_upstream(self, shared):
        with shared.lock:
            upstream, ca = shared.upstream, shared.upstream_ca
        u = urllib.parse.urlsplit(upstream)
        sock = socket.create_connection((u.hostname, u.port or (443 if u.scheme == "https" else 80)), timeout=60)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if u.scheme == "https":
            ctx = ssl.create_default_context(cafile=ca) if ca else ssl._create_unverified_context()
            sock = ctx.wrap_socket(sock, server_hostname=u.hostname)
        sock.settimeout(None)
        return sock

    def forward(self, shared, client, reader, fault, generation, method, target, headers, entry):
        mode = fault["mode"] if fault else None
        shaper = Shaper(fault, generation, shared, client)
        fwd = without(headers, "Connection", "Keep-Alive", "Proxy-Connection")
        rng = get(headers, "Range")
        if mode == "range_200" and rng:
            fwd = without(fwd, "Range")
        elif mode == "range_shift" and rng:
            m = re.match(r"bytes=(\d+)-(\d*)$", rng)
            if m:
                fwd = without(fwd, "Range") + [("Range", "bytes=%d-%s" % (int(m.group(1)) + int(fault.get("shift", 1)), m.group(2)))]
        # One upstream connection per request: the proxy's own keep-alive would only add
        # state that a fault could leave half-used.
        fwd.append(("Connection", "close"))
        up = self.connect_upstream(shared)
        try:
            up.sendall(head_bytes("%s %s HTTP/1.1" % (method, target), fwd))
            # The request body goes through as framed by the client (chunked stays chunked).
            try:
                for piece in self.raw_request_body(reader, headers):
                    try:
                        piece = shaper.shape(piece, "request")
                    except Stalled:
                        shaper.hold(client)
                        entry["status"] = "stalled"
                        return False
                    except Reset as r:
                        # An upload cut mid-body: the registry gets the bytes so far, then
                        # its connection ends; the client gets an RST.
                        up.sendall(r.args[0])
                        entry["status"] = "reset"
                        send_rst(client)
                        return False
                    up.sendall(piece)
            except BrokenPipeError:
                pass  # the upstream answered early (a 401 before the body); read it below
            up_reader = Reader(up)
            resp = read_head(up_reader)
            if resp is None:
                raise ConnectionError("upstream closed without answering")
            start, rheaders = resp
            status = int(start.split(" ", 2)[1])
            entry["status"] = status
            body = iter_body(up_reader, rheaders, response_to=method, status=status)
            out = without(rheaders, "Connection", "Keep-Alive", "Transfer-Encoding")
            real_cl = get(rheaders, "Content-Length")
            chunked = real_cl is None and method != "HEAD" and status not in (204, 304)
            send_limit = None
            close_after = False
            if mode == "header":
                name, value = fault["name"], fault.get("value")
                out = without(out, name)
                if value is not None:
                    out.append((name, str(value)))
                if name.lower() == "content-length":
                    chunked = False
                    close_after = True  # the framing is now a lie; never reuse the connection
                    if value is not None and real_cl is not None and int(value) < int(real_cl):
                        send_limit = int(value)
            if chunked:
                # Until-close bodies are re-framed as chunked, so the client connection
                # can stay open.
                out.append(("Transfer-Encoding", "chunked"))
            if close_after:
                out.append(("Connection", "close"))
            client.sendall(head_bytes(start, out))
            try:
                for piece in body:
                    if send_limit is not None:
                        piece = piece[:max(0, send_limit - shaper.sent)]
                        if not piece:
                            break
                    piece = shaper.shape(piece)
                    client.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked and piece else piece)
                    entry["sent"] = shaper.sent
            except Reset as r:
                client.sendall(r.args[0])
                entry["sent"] = shaper.sent
                entry["status"] = "reset"
                send_rst(client)
                return False
            except Stalled as s:
                client.sendall(s.args[0])
                entry["sent"] = shaper.sent
                entry["status"] = "stalled"
                shaper.hold(client)
                return False
            if chunked:
                client.sendall(b"0\r\n\r\n")
            return not close_after
        finally:
            up.close()

    @staticmethod
    def raw_request_body(reader, headers):
        te = (get(headers, "Transfer-Encoding") or "").lower()
        if "chunked" in te:
            while True:
                line = reader.line()
                if not line:
                    raise ConnectionError("EOF in chunked request")
                yield line
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while True:
                        t = reader.line()
                        yield t
                        if t in (b"\r\n", b"\n", b""):
                            return
                left = size + 2
                while left:
                    piece = reader.some(min(left, IO))
                    if not piece:
                        raise ConnectionError("EOF in chunk")
                    left -= len(piece)
                    yield piece
        else:
            yield from iter_body(reader, headers)


class ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class ControlHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("control: %s\n" % (fmt % args))

    def reply(self, code, obj):
        body = json.dumps(obj, indent=1).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        shared = self.server.shared
        with shared.lock:
            if self.path == "/stats":
                return self.reply(200, dict(shared.stats, log=list(shared.log),
                                            recorded=list(shared.recorded), upstream=shared.upstream))
            if self.path == "/recorded":
                return self.reply(200, list(shared.recorded))
            if self.path == "/control":
                return self.reply(200, dict(shared.fault, upstream=shared.upstream))
        self.reply(404, {"error": "unknown path " + self.path})

    def do_POST(self):
        shared = self.server.shared
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length) if length else b""
        if self.path == "/reset":
            shared.settle()
            shared.reset()
            return self.reply(200, {"mode": "pass"})
        if self.path == "/control":
            try:
                fault = shared.set_fault(json.loads(raw or b"{}"))
            except (ValueError, re.error) as e:
                return self.reply(400, {"error": str(e)})
            return self.reply(200, fault)
        self.reply(404, {"error": "unknown path " + self.path})


class RecorderHandler(BaseHTTPRequestHandler):
    """The "other host" of a redirect: records what it receives, then serves the blob
    the redirect was for (fetched from the upstream with the original credentials, the
    way a CDN URL carries its own authorization)."""
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("recorder: %s %s\n" % (self.command, self.path.split("?")[0]))

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        shared = self.server.shared
        with shared.lock:
            shared.recorded.append({"method": self.command, "path": self.path,
                                    "headers": [[k, v] for k, v in self.headers.items()]})
            m = re.match(r"/blob/([0-9a-f]+)(/[^?]*)", self.path)
            stashed = shared.stash.get(m.group(1)) if m else None
            upstream, ca = shared.upstream, shared.upstream_ca
        if not stashed:
            body = error_body(404, "unknown redirect ticket")
            self.send_response(404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        import http.client
        u = urllib.parse.urlsplit(upstream)
        if u.scheme == "https":
            ctx = ssl.create_default_context(cafile=ca) if ca else ssl._create_unverified_context()
            conn = http.client.HTTPSConnection(u.hostname, u.port, context=ctx, timeout=60)
        else:
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        hdrs = dict(stashed[1])
        if self.headers.get("Range"):
            hdrs["Range"] = self.headers["Range"]
        conn.request(self.command, stashed[0], headers=hdrs)
        resp = conn.getresponse()
        self.send_response(resp.status)
        for k in ("Content-Type", "Content-Length", "Content-Range", "Docker-Content-Digest", "Accept-Ranges"):
            if resp.getheader(k):
                self.send_header(k, resp.getheader(k))
        self.end_headers()
        if self.command != "HEAD":
            while True:
                piece = resp.read(IO)
                if not piece:
                    break
                self.wfile.write(piece)
        conn.close()


class QuietThreadingHTTPServer(ThreadingHTTPServer):
    daemon_threads = True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--upstream", required=True, help="http(s)://host:port of the service behind the proxy")
    p.add_argument("--upstream-ca", default=None)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--control-port", type=int, default=0)
    p.add_argument("--redirect-port", type=int, default=0)
    p.add_argument("--state", required=True, help="folder for the port files")
    args = p.parse_args()

    shared = Shared(args.upstream, args.upstream_ca)
    proxy = ProxyServer(("127.0.0.1", args.port), ProxyHandler)
    proxy.shared = shared
    control = QuietThreadingHTTPServer(("127.0.0.1", args.control_port), ControlHandler)
    control.shared = shared
    # 127.0.0.2 is loopback too but another host by address, so "Authorization must not
    # follow a redirect to another host" is tested without any network setup.
    recorder = QuietThreadingHTTPServer(("127.0.0.2", args.redirect_port), RecorderHandler)
    recorder.shared = shared
    ports = {"port": proxy.server_address[1], "control_port": control.server_address[1],
             "redirect_port": recorder.server_address[1]}
    shared.redirect_base = "http://127.0.0.2:%d" % ports["redirect_port"]
    for server in (control, recorder):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    # The port files appear only once every socket listens: the start script waits on them.
    tmp = os.path.join(args.state, "ports.json.tmp")
    with open(tmp, "w") as f:
        json.dump(ports, f)
    os.replace(tmp, os.path.join(args.state, "ports.json"))
    proxy.serve_forever()


if __name__ == "__main__":
    main()
