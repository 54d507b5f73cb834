# SPDX-License-Identifier: GPL-3.0-or-later
"""A token server for docker-registry's `auth.token` mode (Docker's token protocol).

Issues RS256 JWTs whose `access` claim is the intersection of the requested scopes and
the user's entry in a scope table, so the registry itself enforces who may pull or push.
Standard library only (Debian's python3); the RSA signature comes from `openssl dgst`,
since the standard library has no RSA.

The users file (JSON) is re-read whenever it changes, so a test can rotate a password or
shorten the token lifetime while the server runs:

    {"ttl": 300,
     "users": {"alice": {"password": "...", "access": {"*": ["pull", "push", "delete"]},
                         "catalog": true}, ...}}

`access` maps a repository pattern (fnmatch: "*", "team/*", "exact/name") to actions.
Anonymous requests get a token with no access (as Docker Hub gives anonymous users a
token that reaches public repositories only); wrong credentials or an unknown user get
401, so a client can tell "refused" from "not allowed".

    GET  /token?service=S&scope=repository:name:pull,push[&scope=...][&offline_token=true]
         with optional Basic credentials  -> {"token", "access_token", "expires_in", "issued_at"[, "refresh_token"]}
    POST /token  (OAuth2 form: grant_type=password|refresh_token, service, client_id, scope)
    GET  /stats  -> {"requests": n, "issued": n, "refused": n}
"""

import argparse
import base64
import fnmatch
import json
import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Config:
    """The users file, read on every request and parsed again when its bytes change: a
    test's change takes effect at its next request, however soon (a modification time
    can stay the same across two quick writes)."""

    def __init__(self, path):
        self.path = path
        self.raw = None
        self.data = {"ttl": 300, "users": {}}
        self.lock = threading.Lock()

    def get(self):
        with self.lock:
            with open(self.path, "rb") as f:
                raw = f.read()
            if raw != self.raw:
                self.data = json.loads(raw.decode("utf-8"))
                self.raw = raw
            return self.data


class TokenServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, addr, args):
        super().__init__(addr, Handler)
        self.args = args
        self.config = Config(args.users)
        with open(args.cert, "rb") as f:
            pem = f.read().decode()
        der_b64 = "".join(l for l in pem.splitlines() if l and not l.startswith("-----"))
        # The registry finds the signing key through the x5c chain and checks it against
        # its rootcertbundle; a self-signed certificate is its own chain.
        self.header = {"typ": "JWT", "alg": "RS256", "x5c": [der_b64]}
        self.refresh_tokens = {}  # token -> user, for the OAuth2 refresh grant
        self.stats = {"requests": 0, "issued": 0, "refused": 0, "posts_not_served": 0}
        self.lock = threading.Lock()

    def sign(self, claims):
        signing_input = (b64url(json.dumps(self.header, separators=(",", ":")).encode()) + "." +
                         b64url(json.dumps(claims, separators=(",", ":")).encode()))
        sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", self.args.key],
                             input=signing_input.encode(), capture_output=True, check=True).stdout
        return signing_input + "." + b64url(sig)


def parse_scopes(values):
    """'repository:a/b:pull,push' (several per value, space-separated) -> [(type, name, [actions])]."""
    scopes = []
    for value in values:
        for item in value.split():
            # The name may contain a port-less host but never a colon; split from both ends.
            parts = item.split(":")
            if len(parts) < 3:
                continue
            scopes.append((parts[0], ":".join(parts[1:-1]), parts[-1].split(",")))
    return scopes


def granted(user_entry, scopes):
    access = []
    for typ, name, actions in scopes:
        allowed = set()
        if user_entry is not None:
            if typ == "repository":
                for pattern, acts in user_entry.get("access", {}).items():
                    if fnmatch.fnmatchcase(name, pattern):
                        allowed.update(acts)
                if "*" in allowed:
                    allowed.update(["pull", "push", "delete"])
            elif typ == "registry" and name == "catalog" and user_entry.get("catalog"):
                allowed.add("*")
        give = [a for a in actions if a in allowed or ("*" in allowed and a == "*")]
        if give:
            access.append({"type": typ, "name": name, "actions": give})
    return access


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "berth-test-token-server"

    def log_message(self, fmt, *args):
        # Never log the query string verbatim (it may carry a refresh token in POST form
        # bodies, not here, but keep the habit) and never the Authorization header.
        sys.stderr.write("%s %s\n" % (self.command, self.path.split("?")[0]))

    def reply(self, code, obj, extra=None):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def refuse(self, why):
        with self.server.lock:
            self.server.stats["refused"] += 1
        self.reply(401, {"errors": [{"code": "UNAUTHORIZED", "message": why}]},
                   {"WWW-Authenticate": 'Basic realm="berth-test-token-server"'})

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/stats":
            with self.server.lock:
                return self.reply(200, dict(self.server.stats))
        if url.path != "/token":
            return self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": url.path}]})
        q = urllib.parse.parse_qs(url.query)
        user = None
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            try:
                name, _, password = base64.b64decode(auth[6:]).decode().partition(":")
            except Exception:
                return self.refuse("malformed Basic credentials")
            user = self.check_password(name, password)
            if user is None:
                return self.refuse("unknown user or wrong password")
        elif auth:
            return self.refuse("unsupported Authorization scheme")
        offline = q.get("offline_token", ["false"])[0] == "true"
        self.issue(user, q.get("service", [""])[0], q.get("scope", []), offline)

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length", "0"))
        if length > 1 << 20:
            self.close_connection = True
            return self.reply(413, {"errors": [{"code": "TOO_LARGE", "message": "form too large"}]})
        # Read the form even when refusing it: on a kept-alive connection the next request
        # would otherwise start inside it.
        body = self.rfile.read(length)
        # "oauth2": false in the users file plays a token server that serves only GET, as
        # some do: clients must fall back to it on a 404.
        if url.path != "/token" or self.server.config.get().get("oauth2", True) is False:
            if url.path == "/token":
                with self.server.lock:
                    self.server.stats["posts_not_served"] += 1
            return self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": url.path}]})
        form = urllib.parse.parse_qs(body.decode())
        grant = form.get("grant_type", [""])[0]
        if not form.get("client_id"):
            return self.reply(400, {"error": "invalid_request", "error_description": "client_id is required"})
        if grant == "password":
            user = self.check_password(form.get("username", [""])[0], form.get("password", [""])[0])
        elif grant == "refresh_token":
            with self.server.lock:
                name = self.server.refresh_tokens.get(form.get("refresh_token", [""])[0])
            user = (name, self.server.config.get()["users"].get(name)) if name else None
            if user and user[1] is None:
                user = None
        else:
            return self.reply(400, {"error": "unsupported_grant_type"})
        if user is None:
            return self.refuse("unknown user, wrong password or unknown refresh token")
        offline = form.get("access_type", [""])[0] == "offline" or grant == "refresh_token"
        self.issue(user, form.get("service", [""])[0], form.get("scope", []), offline, oauth=True)

    def check_password(self, name, password):
        entry = self.server.config.get()["users"].get(name)
        if entry is None or not secrets.compare_digest(entry.get("password", ""), password):
            return None
        return (name, entry)

    def issue(self, user, service, scope_values, offline, oauth=False):
        args = self.server.args
        if service and service != args.service:
            return self.reply(400, {"errors": [{"code": "INVALID_SERVICE", "message": service}]})
        config = self.server.config.get()
        ttl = int(config.get("ttl", 300))
        now = int(time.time())
        name, entry = user if user else ("", None)
        claims = {
            "iss": args.issuer,
            "sub": name,
            "aud": args.service,
            "exp": now + ttl,
            "nbf": now - 10,
            "iat": now,
            "jti": secrets.token_hex(16),
            "access": granted(entry, parse_scopes(scope_values)),
        }
        token = self.server.sign(claims)
        body = {"token": token, "access_token": token, "expires_in": ttl,
                "issued_at": datetime.fromtimestamp(now, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
        if offline and user:
            refresh = secrets.token_hex(24)
            with self.server.lock:
                self.server.refresh_tokens[refresh] = name
            body["refresh_token"] = refresh
        with self.server.lock:
            self.server.stats["requests"] += 1
            self.server.stats["issued"] += 1
        self.reply(200, body)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--users", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--issuer", required=True)
    p.add_argument("--service", required=True)
    args = p.parse_args()
    server = TokenServer(("127.0.0.1", args.port), args)
    server.serve_forever()


if __name__ == "__main__":
    main()
