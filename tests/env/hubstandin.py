# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for Docker Hub's REST API, in front of a real docker-registry.

Hub cannot be reached here, so this serves the parts of its API Berth uses, in Hub's shapes
(tests/data/hub/ holds Hub's documented examples; env_hub checks every answer against them):

    POST /v2/auth/token                 {"identifier", "secret"} -> {"access_token"}
    POST /v2/users/login                {"username", "password"} -> {"token"} (the older sign-in)
    POST /v2/users/2fa-login            {"login_2fa_token", "code"} -> {"token"}
    GET  /v2/search/repositories/       ?query=&page=&page_size=
    GET  /v2/user/orgs/                 the signed-in user's organizations
    GET  /v2/namespaces/NS/repositories ?page=&page_size=&ordering=     POST: create one
    GET  /v2/namespaces/NS/repositories/REPO/tags[/TAG]
    DELETE /v2/repositories/NS/REPO/tags/TAG/
    GET  /v1/search?q=&n=               the registry search the docker daemon asks
    *    /v2/...                        the registry itself, forwarded, with Hub's pull
                                        rate-limit headers on manifest answers

Everything comes from the registry: repositories from its catalog, tags and digests from its
manifests, sizes from the layers, platforms from the index or the image's config, push times
from the tag's link in its storage. Stars and pulls are derived from the name, so they stay
the same from one call to the next. Users (users.json) sign in with their password or a
personal access token; a wrong one is refused as Hub refuses it, and a two-factor account's
password gets the second step's token instead of a sign-in. The namespaces publishers.json
lists under "verified" are verified publishers: their search results' source is "store"
(official images' "official", the others' "community"), as Hub's catalog says. Listings page with absolute
`next` URLs.

Control (no sign-in): POST /_control with any of
    {"authToken": false}          /v2/auth/token answers 404 (clients fall back to the older sign-in)
    {"rateLimit": {"limit": 100, "remaining": 76, "window": 21600}} or {"rateLimit": null}
    {"tooMany": {"count": 1, "headers": {"Retry-After": "1"}}}  the next API calls get 429
    {"holdPage": 2}               a listing's page 2 is answered only after a later page was
GET /_stats -> {"pages": [page numbers in the order answered], "calls": {path kind: count}}.
"""

import argparse
import base64
import datetime
import hashlib
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from jsonfile import read_json, write_json

MANIFEST_TYPES = ", ".join([
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
])
INDEX_TYPES = ("application/vnd.docker.distribution.manifest.list.v2+json",
               "application/vnd.oci.image.index.v1+json")
BAD_CREDENTIALS = "Incorrect authentication credentials"
TWO_FACTOR = "Require secondary authentication on MFA enabled account"


class HubError(Exception):
    def __init__(self, status, body):
        super().__init__(str(body))
        self.status, self.body = status, body


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def number_of(name, salt):
    return int(hashlib.sha256((salt + name).encode()).hexdigest()[:8], 16) % 100000


class State:
    def __init__(self, args):
        self.dir = args.state
        self.registry = urllib.parse.urlsplit(args.registry)
        self.data = args.registry_data
        with open(os.path.join(self.dir, "users.json"), encoding="utf-8") as f:
            self.users = json.load(f)
        self.verified = read_json(os.path.join(self.dir, "publishers.json"), {}).get("verified", [])
        self.tokens = {}  # access token -> user
        self.two_factor = {}  # login_2fa_token -> user
        self.auth_token = True
        self.rate_limit = {"limit": 100, "remaining": 100, "window": 21600}
        self.too_many = None
        self.hold_page = None
        self.later_page_done = threading.Event()
        self.pages = []
        self.calls = {}
        self.lock = threading.Lock()

    def count(self, kind):
        with self.lock:
            self.calls[kind] = self.calls.get(kind, 0) + 1

    # Repositories made through the API (descriptions, privacy), kept in repos.json.
    def meta(self):
        return read_json(os.path.join(self.dir, "repos.json"), {})

    def save_meta(self, meta):
        write_json(os.path.join(self.dir, "repos.json"), meta)

    def registry_request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(self.registry.hostname, self.registry.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            answer = connection.getresponse()
            return answer.status, answer.getheaders(), answer.read()
        finally:
            connection.close()

    def registry_json(self, path, headers=None):
        status, answer_headers, body = self.registry_request("GET", path, headers=headers)
        return status, dict((k.lower(), v) for k, v in answer_headers), body

    def catalog(self):
        names, path = [], "/v2/_catalog?n=100"
        while path:
            status, headers, body = self.registry_json(path)
            if status != 200:
                break
            names += json.loads(body).get("repositories") or []
            link = re.match(r'<([^>]*)>;\s*rel="next"', headers.get("link", ""))
            path = link.group(1) if link else None
        return names

    def repositories(self):
        """path -> {"namespace", "name", "private", "description"}, registry and created ones"""
        found = {}
        meta = self.meta()
        for path in set(self.catalog()) | set(meta):
            namespace, _, name = path.partition("/")
            if not name:
                namespace, name = "library", path
            entry = meta.get(path, {})
            found[path] = {"namespace": namespace, "name": name, "path": path,
                           "private": bool(entry.get("is_private", False)),
                           "description": entry.get("description", "")}
        return found

    def tag_time(self, path, tag):
        link = os.path.join(self.data, "docker/registry/v2/repositories", path, "_manifests/tags", tag,
                            "current/link")
        return os.path.getmtime(link) if os.path.exists(link) else time.time()

    def platform_image(self, path, digest, document, pushed):
        config = document.get("config", {})
        image = {"architecture": None, "features": "", "variant": None, "digest": digest, "os": None,
                 "os_features": "", "os_version": None,
                 "size": sum(layer.get("size", 0) for layer in document.get("layers", [])),
                 "status": "active", "last_pulled": None, "last_pushed": iso(pushed)}
        if config.get("digest"):
            status, _, body = self.registry_json("/v2/%s/blobs/%s" % (path, config["digest"]))
            if status == 200:
                blob = json.loads(body)
                image.update(architecture=blob.get("architecture"), os=blob.get("os"),
                             variant=blob.get("variant"))
        return image

    def tag(self, path, tag):
        status, headers, body = self.registry_json("/v2/%s/manifests/%s" % (path, tag),
                                                   {"Accept": MANIFEST_TYPES})
        if status != 200:
            return None
        document = json.loads(body)
        digest = headers.get("docker-content-digest")
        media_type = headers.get("content-type", "").split(";")[0]
        pushed = self.tag_time(path, tag)
        if media_type in INDEX_TYPES:
            images = []
            for entry in document.get("manifests", []):
                child_status, _, child = self.registry_json("/v2/%s/manifests/%s" % (path, entry["digest"]),
                                                            {"Accept": MANIFEST_TYPES})
                image = self.platform_image(path, entry["digest"], json.loads(child) if child_status == 200 else {},
                                            pushed)
                platform = entry.get("platform", {})
                image.update(architecture=platform.get("architecture"), os=platform.get("os"),
                             variant=platform.get("variant"), os_version=platform.get("os.version"))
                images.append(image)
        else:
            images = [self.platform_image(path, digest, document, pushed)]
        user_id = number_of(path, "user")
        return {"creator": user_id, "id": number_of(path + ":" + tag, "tag"), "images": images,
                "last_updated": iso(pushed), "last_updater": user_id,
                "last_updater_username": path.split("/")[0], "name": tag,
                "repository": number_of(path, "repo"), "full_size": images[0]["size"] if images else 0,
                "v2": True, "tag_status": "active", "tag_last_pulled": None, "tag_last_pushed": iso(pushed),
                "media_type": media_type, "content_type": "image", "digest": digest}

    def tags(self, path):
        status, _, body = self.registry_json("/v2/%s/tags/list" % path)
        if status != 200:
            return []
        return sorted(json.loads(body).get("tags") or [])


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state = None

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), fmt % args))

    def handle(self):
        # A TLS ClientHello (the docker daemon tries https before http on an "insecure"
        # registry): answer as Go's servers do, at once, so it falls back to http.
        try:
            if self.request.recv(1, socket.MSG_PEEK) == b"\x16":
                self.request.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n")
                return
        except OSError:
            return
        super().handle()

    def send(self, status, obj, headers=None):
        body = b"" if obj is None else json.dumps(obj).encode()
        self.send_response(status)
        if obj is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    # The request's body, read once: an answer given before its body was read would leave the
    # body on a kept-alive connection, where it would be taken for the next request.
    def body(self):
        if getattr(self, "_body", None) is None:
            self._body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        return self._body

    def base(self):
        return "http://%s" % self.headers.get("Host")

    def user(self, required=False):
        authorization = self.headers.get("Authorization", "")
        for scheme in ("Bearer ", "JWT "):
            if authorization.startswith(scheme):
                user = self.state.tokens.get(authorization[len(scheme):])
                if user is None:
                    raise HubError(401, {"detail": "Given token not valid for any token type"})
                return user
        if required:
            raise HubError(401, {"detail": "Authentication credentials were not provided."})
        return None

    def may_see(self, user, repository):
        return not repository["private"] or (user is not None and repository["namespace"] in self.owned(user))

    def owned(self, user):
        return [user] + self.state.users[user].get("orgs", [])

    # {"count", "next", "previous", "results"}; page numbers from 1, next/previous absolute.
    def page(self, items, query, path):
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("page_size", ["10"])[0])
        if page < 1 or size < 1 or size > 100:
            raise HubError(400, {"message": "page_size must be between 1 and 100", "errinfo": {}})
        start = (page - 1) * size
        if start >= len(items) and page > 1:
            raise HubError(404, {"detail": "Invalid page.", "message": "Invalid page."})

        def link(number):
            fields = dict((k, v[0]) for k, v in query.items())
            fields.update(page=str(number), page_size=str(size))
            return "%s%s?%s" % (self.base(), path, urllib.parse.urlencode(fields))
        self.hold(page)
        answer = {"count": len(items), "next": link(page + 1) if start + size < len(items) else None,
                  "previous": link(page - 1) if page > 1 else None, "results": items[start:start + size]}
        return answer

    def hold(self, page):
        state = self.state
        if state.hold_page is not None and page == state.hold_page:
            state.later_page_done.wait(30)
        with state.lock:
            state.pages.append(page)
        if state.hold_page is not None and page > state.hold_page:
            state.later_page_done.set()

    def rate_headers(self, get):
        limit = self.state.rate_limit
        if limit is None:
            return {}
        with self.state.lock:
            if get:
                limit["remaining"] = max(0, limit["remaining"] - 1)
            return {"ratelimit-limit": "%d;w=%d" % (limit["limit"], limit["window"]),
                    "ratelimit-remaining": "%d;w=%d" % (limit["remaining"], limit["window"]),
                    "docker-ratelimit-source": self.client_address[0]}

    def do_GET(self):
        self.dispatch("GET")

    def do_HEAD(self):
        self.dispatch("HEAD")

    def do_POST(self):
        self.dispatch("POST")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def dispatch(self, method):
        url = urllib.parse.urlsplit(self.path)
        path, query = url.path, urllib.parse.parse_qs(url.query)
        self._body = None
        if path.startswith("/v2/") and not self.is_api(path):
            return self.forward(method)
        self.body()
        try:
            if path == "/_control" and method == "POST":
                return self.control(json.loads(self.body() or b"{}"))
            if path == "/_stats":
                with self.state.lock:
                    return self.send(200, {"pages": self.state.pages, "calls": self.state.calls})
            if self.state.too_many and path != "/v1/_ping":
                with self.state.lock:
                    self.state.too_many["count"] -= 1
                    headers = self.state.too_many.get("headers", {})
                    if self.state.too_many["count"] <= 0:
                        self.state.too_many = None
                self.body()
                return self.send(429, {"detail": "Too Many Requests", "message": "Too Many Requests"}, headers)
            self.api(method, path, query)
        except HubError as e:
            self.send(e.status, e.body)

    def is_api(self, path):
        return re.match(r"^/v2/(auth|users|user|search|namespaces|repositories|orgs)/", path) is not None

    def control(self, control):
        state = self.state
        if "authToken" in control:
            state.auth_token = bool(control["authToken"])
        if "rateLimit" in control:
            state.rate_limit = control["rateLimit"]
        if "tooMany" in control:
            state.too_many = control["tooMany"]
        if "holdPage" in control:
            state.hold_page = control["holdPage"]
            state.later_page_done.clear()
            with state.lock:
                state.pages = []
        self.send(200, {})

    def sign_in(self, name, secret, legacy):
        entry = self.state.users.get(name)
        if entry is None or not secret:
            raise HubError(401, {"detail": BAD_CREDENTIALS})
        if secret in entry.get("tokens", []):
            pass  # a personal access token needs no second step
        elif secrets.compare_digest(secret, entry["password"]):
            if entry.get("two_factor"):
                login_token = secrets.token_urlsafe(24)
                self.state.two_factor[login_token] = name
                raise HubError(401, {"detail": TWO_FACTOR, "login_2fa_token": login_token})
        else:
            raise HubError(401, {"detail": BAD_CREDENTIALS})
        token = self.new_token(name)
        self.state.count("sign-in")
        return {"token": token} if legacy else {"access_token": token}

    def new_token(self, name):
        # Shaped like Hub's JWTs (three base64url parts); only this stand-in reads them.
        def part(obj):
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
        token = "%s.%s.%s" % (part({"alg": "RS256", "typ": "JWT"}),
                              part({"sub": name, "exp": int(time.time()) + 600}), secrets.token_urlsafe(32))
        self.state.tokens[token] = name
        return token

    def api(self, method, path, query):
        state = self.state
        if path == "/v1/_ping":
            return self.send(200, {"standalone": True}, {"X-Docker-Registry-Version": "0.6.0",
                                                         "X-Docker-Registry-Standalone": "true"})
        if path == "/v1/search":
            state.count("v1-search")
            term = query.get("q", [""])[0]
            limit = int(query.get("n", ["25"])[0])
            found = self.search_results(term)[:limit]
            return self.send(200, {"num_results": len(found), "query": term, "page": 1, "page_size": limit,
                                   "results": [{"name": r["repo_name"], "description": r["short_description"],
                                                "star_count": r["star_count"], "is_official": r["is_official"],
                                                "is_automated": r["is_automated"], "is_trusted": False}
                                               for r in found]})
        if path == "/v2/auth/token" and method == "POST":
            if not state.auth_token:
                raise HubError(404, {"detail": "Not found."})
            request = json.loads(self.body() or b"{}")
            return self.send(200, self.sign_in(request.get("identifier", ""), request.get("secret", ""), False))
        if path == "/v2/users/login" and method == "POST":
            request = json.loads(self.body() or b"{}")
            return self.send(200, self.sign_in(request.get("username", ""), request.get("password", ""), True))
        if path == "/v2/users/2fa-login" and method == "POST":
            request = json.loads(self.body() or b"{}")
            name = state.two_factor.pop(request.get("login_2fa_token", ""), None)
            if name is None or request.get("code") != state.users[name].get("code"):
                raise HubError(401, {"detail": BAD_CREDENTIALS})
            return self.send(200, {"token": self.new_token(name)})
        if path.startswith("/v2/search/repositories") and method == "GET":
            state.count("search")
            found = self.search_results(query.get("query", [""])[0])
            return self.send(200, self.page(found, query, path))
        if path.rstrip("/") == "/v2/user/orgs" and method == "GET":
            user = self.user(required=True)
            orgs = [{"id": number_of(o, "org"), "orgname": o, "full_name": o, "location": "", "company": "",
                     "profile_url": "", "date_joined": iso(0), "gravatar_url": "", "gravatar_email": "",
                     "type": "Organization", "badge": "", "is_active": True, "user_role": "owner",
                     "default_repo_visibility": "public"} for o in state.users[user].get("orgs", [])]
            return self.send(200, self.page(orgs, query, path))
        match = re.match(r"^/v2/namespaces/([^/]+)/repositories/?$", path)
        if match:
            return self.repositories(method, match.group(1), query, path)
        match = re.match(r"^/v2/namespaces/([^/]+)/repositories/([^/]+)/tags(?:/([^/]+))?/?$", path)
        if match and method == "GET":
            return self.tags(match.group(1), match.group(2), match.group(3), query, path)
        match = re.match(r"^/v2/repositories/([^/]+)/([^/]+)/tags/([^/]+)/?$", path)
        if match and method == "DELETE":
            return self.delete_tag(*match.groups())
        raise HubError(404, {"detail": "Not found."})

    def search_results(self, term):
        results = []
        for repository in sorted(self.state.repositories().values(), key=lambda r: r["path"]):
            if repository["private"] or term.lower() not in repository["path"].lower():
                continue
            official = repository["namespace"] == "library"
            verified = repository["namespace"] in self.state.verified
            results.append({"repo_name": repository["name"] if official else repository["path"],
                            "short_description": repository["description"],
                            "star_count": number_of(repository["path"], "stars") % 5000,
                            "pull_count": number_of(repository["path"], "pulls") * 1000,
                            "repo_owner": "", "is_automated": False, "is_official": official,
                            "source": "official" if official else "store" if verified else "community"})
        # Official images first, then by stars, as Hub orders its best matches.
        results.sort(key=lambda r: (not r["is_official"], -r["star_count"], r["repo_name"]))
        return results

    def repository_object(self, repository):
        path = repository["path"]
        times = [self.state.tag_time(path, t) for t in self.state.tags(path)] or [time.time()]
        return {"name": repository["name"], "namespace": repository["namespace"], "repository_type": "image",
                "status": 1, "status_description": "active", "description": repository["description"],
                "is_private": repository["private"], "star_count": number_of(path, "stars") % 5000,
                "pull_count": number_of(path, "pulls") * 1000, "last_updated": iso(max(times)),
                "last_modified": iso(max(times)), "date_registered": iso(min(times)), "affiliation": "",
                "media_types": ["application/vnd.docker.container.image.v1+json"], "content_types": ["image"],
                "categories": [], "storage_size": 0}

    def repositories(self, method, namespace, query, path):
        user = self.user(required=method != "GET")
        if method == "POST":
            request = json.loads(self.body() or b"{}")
            if namespace not in self.owned(user) or request.get("namespace", namespace) != namespace:
                raise HubError(403, {"detail": "You do not have permission to perform this action."})
            name = request.get("name", "")
            if not re.match(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*$", name):
                raise HubError(400, {"fields": {"name": ["Enter a valid value."]}, "message": "Invalid name"})
            meta = self.state.meta()
            full = namespace + "/" + name
            if full in self.state.repositories():
                raise HubError(409, {"message": "Repository with this Name and Namespace already exists.",
                                     "errinfo": {"namespace": namespace, "repository": name}})
            meta[full] = {"description": request.get("description", ""),
                          "is_private": bool(request.get("is_private", False))}
            self.state.save_meta(meta)
            return self.send(201, self.repository_object(self.state.repositories()[full]))
        if method != "GET":
            raise HubError(405, {"detail": 'Method "%s" not allowed.' % method})
        found = [r for r in self.state.repositories().values() if r["namespace"] == namespace and self.may_see(user, r)]
        ordering = query.get("ordering", ["name"])[0]
        found.sort(key=lambda r: r["name"], reverse=ordering.startswith("-"))
        self.state.count("repositories")
        return self.send(200, self.page([self.repository_object(r) for r in found], query, path))

    def known(self, namespace, name, user):
        repository = self.state.repositories().get(namespace + "/" + name) or \
            (self.state.repositories().get(name) if namespace == "library" else None)
        if repository is None or not self.may_see(user, repository):
            raise HubError(404, {"message": "object not found", "errinfo": {"namespace": namespace,
                                                                            "repository": name}})
        return repository

    def tags(self, namespace, name, one, query, path):
        repository = self.known(namespace, name, self.user())
        registry_path = repository["path"]
        names = self.state.tags(registry_path)
        self.state.count("tags")
        if one is not None:
            tag = self.state.tag(registry_path, one) if one in names else None
            if tag is None:
                raise HubError(404, {"message": "httperror 404: tag '%s' not found" % one, "errinfo": {}})
            return self.send(200, tag)
        answer = self.page(names, query, path)
        answer["results"] = [self.state.tag(registry_path, t) for t in answer["results"]]
        answer["results"] = [t for t in answer["results"] if t is not None]
        return self.send(200, answer)

    def delete_tag(self, namespace, name, tag):
        user = self.user(required=True)
        repository = self.known(namespace, name, user)
        if repository["namespace"] not in self.owned(user):
            raise HubError(403, {"detail": "You do not have permission to perform this action."})
        if tag not in self.state.tags(repository["path"]):
            raise HubError(404, {"message": "httperror 404: tag '%s' not found" % tag, "errinfo": {}})
        # Distribution 2.8 cannot untag over its API: the tag's link goes from its storage.
        shutil.rmtree(os.path.join(self.state.data, "docker/registry/v2/repositories", repository["path"],
                                   "_manifests/tags", tag), ignore_errors=True)
        self.state.count("delete-tag")
        return self.send(204, None)

    # The registry behind, with Hub's pull-limit headers on manifest answers; Host is kept,
    # so the registry's Location headers lead back here.
    def forward(self, method):
        body = self.body() if method in ("POST", "PUT", "PATCH") else None
        # A header sent several times (the daemon sends one Accept per media type) is joined,
        # as HTTP allows: a dict of the last ones would ask for schema 1 alone.
        headers = {}
        for name in dict.fromkeys(self.headers.keys()):
            if name.lower() not in ("connection", "content-length"):
                headers[name] = ", ".join(self.headers.get_all(name))
        status, answer_headers, answer = self.state.registry_request(method, self.path, body, headers)
        self.send_response(status)
        length = str(len(answer))
        for name, value in answer_headers:
            if name.lower() == "content-length" and method == "HEAD":
                length = value
            elif name.lower() not in ("connection", "transfer-encoding", "content-length", "date", "server"):
                self.send_header(name, value)
        if "/manifests/" in self.path:
            for name, value in self.rate_headers(method == "GET").items():
                self.send_header(name, value)
        self.send_header("Content-Length", length)
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(answer)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--state", required=True)
    parser.add_argument("--registry", required=True)
    parser.add_argument("--registry-data", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    Handler.state = State(args)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    write_json(os.path.join(args.state, "ports.json"), {"port": server.server_address[1]})
    server.serve_forever()


if __name__ == "__main__":
    main()
