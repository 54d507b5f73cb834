# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for the Amazon ECR API and STS, in front of a real docker-registry.

ECR's API cannot run here, so this serves its wire format: JSON 1.1 over POST with
`X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.<Operation>`, errors as
`{"__type": ..., "message": ...}` with AWS's own wording, and STS's query protocol (form
body, XML answer) for AssumeRole and GetCallerIdentity. The real AWS CLI is run against it
by the tests, which proves the format (docs/aws.md).

Every request's SigV4 signature is checked with botocore, the AWS CLI's own signer (Debian's
awscli carries it; this is the one server here that needs more than the standard library).
A wrong secret, a stale X-Amz-Date, a tampered body, an unknown key, a session key without
its token and an expired session are refused as AWS refuses them.

Images live in a real docker-registry with htpasswd auth (user AWS): GetAuthorizationToken
hands out its password with an expiry the test sets (POST /_control {"tokenTtl": s});
DescribeImages and ListImages read the registry (digests and sizes are real; the push time
is the manifest's file time); PutImage, BatchGetImage and BatchDeleteImage act on it
(untagging removes the tag's link in the registry's storage, which this service owns).

    --state DIR       accounts.json (access keys), repos.json (made here), ports.json (written)
    --registry URL    the docker-registry, e.g. http://127.0.0.1:5000
    --registry-data DIR  its storage root (for push times and untagging)
    --password-file F    the AWS user's password on that registry

Control (no signature): POST /_control {"tokenTtl": seconds} and/or {"rotatePassword": true}
(every token handed out so far stops working, as an expired one does) and/or
{"lapseNextToken": true} (the next token stops working as soon as it is handed out) and/or
{"registryHost": "HOST:PORT"} (repository URIs name that host, a proxy in front of the registry;
"" names the registry again) and/or {"expireSessions": true} (every role session AssumeRole
handed out so far has expired); GET /_stats -> counts per operation and refusals.
"""

import argparse
import base64
import datetime
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

try:
    import awscli.clidriver  # noqa: F401  (makes `botocore` the one the CLI bundles)
except ImportError:
    pass
import botocore.auth
import botocore.awsrequest
import botocore.credentials
from jsonfile import read_json, write_json

TARGET_PREFIX = "AmazonEC2ContainerRegistry_V20150921."
MANIFEST_TYPES = ", ".join([
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
])
SIGNATURE_MISMATCH = ("The request signature we calculated does not match the signature you provided. "
                      "Check your AWS Secret Access Key and signing method. "
                      "Consult the service documentation for details.")
BAD_TOKEN = "The security token included in the request is invalid."


class AwsError(Exception):
    def __init__(self, code, message, status=400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def amz_time(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


class State:
    def __init__(self, args):
        self.dir = args.state
        self.registry = args.registry.rstrip("/")
        self.registry_data = args.registry_data
        self.password_file = args.password_file  # beside the registry's htpasswd
        with open(args.password_file, encoding="utf-8") as f:
            self.password = f.read().strip()
        with open(os.path.join(self.dir, "accounts.json"), encoding="utf-8") as f:
            accounts = json.load(f)
        self.account = accounts["account"]
        # access key id -> {"secret", "token" (or None), "expires" (epoch or None), "arn"}
        self.keys = {k: dict(v, token=v.get("token"), expires=v.get("expires"))
                     for k, v in accounts["keys"].items()}
        self.token_ttl = 43200
        self.lapse_next_token = False
        self.registry_host = ""  # a front of the registry that repository URIs name instead
        self.stats = {"refused": 0}
        self.lock = threading.Lock()

    # Every token handed out so far lapses at once, as tokens do after twelve hours (or a
    # night the laptop slept): the registry's one user gets a new password, which the
    # registry reads from its htpasswd file when that changes.
    def rotate_password(self):
        with self.lock:
            self.password = base64.b64encode(os.urandom(24)).decode().rstrip("=")
            entry = subprocess.run(["htpasswd", "-Bbn", "AWS", self.password], check=True,
                                   capture_output=True, text=True).stdout.strip()
            with open(os.path.join(os.path.dirname(self.password_file), "htpasswd"), "w", encoding="utf-8") as f:
                f.write(entry + "\n")
            with open(self.password_file, "w", encoding="utf-8") as f:
                f.write(self.password + "\n")

    # Repositories ECR knows of (made with CreateRepository), kept in repos.json.
    def repos(self):
        return read_json(os.path.join(self.dir, "repos.json"), {})

    def save_repos(self, repos):
        write_json(os.path.join(self.dir, "repos.json"), repos)

    def count(self, name):
        with self.lock:
            self.stats[name] = self.stats.get(name, 0) + 1

    # The registry behind, as user AWS.
    def registry_request(self, method, path, data=None, headers=None):
        auth = base64.b64encode(b"AWS:" + self.password.encode()).decode()
        request = urllib.request.Request(self.registry + path, data=data, method=method,
                                         headers=dict(headers or {}, Authorization="Basic " + auth))
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()


def verify_signature(state, handler, body, service):
    """Checks SigV4 as AWS does; returns the key's entry."""
    authorization = handler.headers.get("Authorization", "")
    if not authorization.startswith("AWS4-HMAC-SHA256 "):
        raise AwsError("MissingAuthenticationTokenException", "Missing Authentication Token")
    fields = dict(part.strip().split("=", 1) for part in authorization[len("AWS4-HMAC-SHA256 "):].split(","))
    key_id, date, region, scope_service, _ = fields["Credential"].split("/")
    entry = state.keys.get(key_id)
    if entry is None:
        raise AwsError("UnrecognizedClientException", BAD_TOKEN)
    token = handler.headers.get("X-Amz-Security-Token")
    if entry["token"] is not None and token != entry["token"]:
        raise AwsError("UnrecognizedClientException", BAD_TOKEN)
    if entry["expires"] is not None and time.time() >= entry["expires"]:
        raise AwsError("ExpiredTokenException", "The security token included in the request is expired")
    amz_date = handler.headers.get("X-Amz-Date", "")
    now = time.time()
    try:
        stamp = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(
            tzinfo=datetime.timezone.utc).timestamp()
    except ValueError:
        raise AwsError("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'. "
                       "Got '%s'. See http://en.wikipedia.org/wiki/ISO_8601" % amz_date)
    if stamp < now - 900:
        raise AwsError("InvalidSignatureException", "Signature expired: %s is now earlier than %s (%s - 5 min.)"
                       % (amz_date, amz_time(now - 300), amz_time(now)))
    if stamp > now + 900:
        raise AwsError("InvalidSignatureException", "Signature not yet current: %s is still later than %s (%s + 5 min.)"
                       % (amz_date, amz_time(now + 300), amz_time(now)))
    if scope_service != service:
        raise AwsError("InvalidSignatureException", "Credential should be scoped to correct service: '%s'. " % service)
    signed = fields["SignedHeaders"].split(";")
    headers = {name: handler.headers.get(name, "") for name in signed if name != "host"}
    url = "http://%s%s" % (handler.headers.get("Host"), handler.path)
    request = botocore.awsrequest.AWSRequest(method="POST", url=url, headers=headers, data=body)
    request.context["timestamp"] = amz_date
    credentials = botocore.credentials.Credentials(key_id, entry["secret"], entry["token"])
    signer = botocore.auth.SigV4Auth(credentials, service, region)
    canonical = signer.canonical_request(request)
    expected = signer.signature(signer.string_to_sign(request, canonical), request)
    if not secrets.compare_digest(expected, fields["Signature"]):
        # What was signed, for whoever reads the log: a client's canonical request shows
        # in its own debug output, so the two can be compared.
        sys.stderr.write("signature mismatch for %s; canonical request here:\n%s\n" % (key_id, canonical))
        raise AwsError("InvalidSignatureException", SIGNATURE_MISMATCH)
    return key_id, entry, region


def paginate(items, request, key):
    start = int(request.get("nextToken") or 0)
    size = int(request.get("maxResults") or 100)
    if size < 1 or size > 1000:
        raise AwsError("InvalidParameterException",
                       "1 validation error detected: Value '%d' at 'maxResults' failed to satisfy constraint: "
                       "Member must have value less than or equal to 1000" % size)
    page = {key: items[start:start + size]}
    if start + size < len(items):
        page["nextToken"] = str(start + size)
    return page


class Ecr:
    def __init__(self, state, region):
        self.state, self.region = state, region

    def repo_not_found(self, name):
        return AwsError("RepositoryNotFoundException",
                        "The repository with name '%s' does not exist in the registry with id '%s'"
                        % (name, self.state.account))

    def registry_host(self):
        return self.state.registry_host or urllib.parse.urlsplit(self.state.registry).netloc

    def repository(self, name, meta):
        return {"repositoryArn": "arn:aws:ecr:%s:%s:repository/%s" % (self.region, self.state.account, name),
                "registryId": self.state.account, "repositoryName": name,
                "repositoryUri": "%s/%s" % (self.registry_host(), name),
                "createdAt": meta["createdAt"], "imageTagMutability": meta["imageTagMutability"],
                "imageScanningConfiguration": {"scanOnPush": meta["scanOnPush"]},
                "encryptionConfiguration": {"encryptionType": "AES256"}}

    def known(self, name):
        repos = self.state.repos()
        if name not in repos:
            raise self.repo_not_found(name)
        return repos[name]

    def GetAuthorizationToken(self, request):
        expires = time.time() + self.state.token_ttl
        token = base64.b64encode(b"AWS:" + self.state.password.encode()).decode()
        if self.state.lapse_next_token:
            # This token lapses as soon as it is handed out: the user's computer slept.
            self.state.lapse_next_token = False
            self.state.rotate_password()
        return {"authorizationData": [{"authorizationToken": token, "expiresAt": expires,
                                       "proxyEndpoint": self.state.registry}]}

    def DescribeRepositories(self, request):
        repos = self.state.repos()
        names = request.get("repositoryNames")
        if names:
            for name in names:
                if name not in repos:
                    raise self.repo_not_found(name)
        else:
            names = sorted(repos)
        return paginate([self.repository(n, repos[n]) for n in names], request, "repositories")

    def CreateRepository(self, request):
        name = request.get("repositoryName", "")
        if not name or name != name.lower():
            raise AwsError("InvalidParameterException",
                           "Invalid parameter at 'repositoryName' failed to satisfy constraint: "
                           "'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''")
        with self.state.lock:
            repos = self.state.repos()
            if name in repos:
                raise AwsError("RepositoryAlreadyExistsException",
                               "The repository with name '%s' already exists in the registry with id '%s'"
                               % (name, self.state.account))
            repos[name] = {"createdAt": time.time(),
                           "imageTagMutability": request.get("imageTagMutability", "MUTABLE"),
                           "scanOnPush": bool(request.get("imageScanningConfiguration", {}).get("scanOnPush", False))}
            self.state.save_repos(repos)
        return {"repository": self.repository(name, repos[name])}

    def manifest(self, name, reference):
        status, headers, body = self.state.registry_request(
            "GET", "/v2/%s/manifests/%s" % (name, reference), headers={"Accept": MANIFEST_TYPES})
        if status != 200:
            return None
        return headers.get("Docker-Content-Digest"), headers.get("Content-Type"), body

    def tags(self, name):
        status, _, body = self.state.registry_request("GET", "/v2/%s/tags/list" % name)
        if status != 200:
            return []
        return sorted(json.loads(body).get("tags") or [])

    def images(self, name):
        """digest -> {"tags", "size", "pushedAt", "mediaType"}"""
        found = {}
        for tag in self.tags(name):
            got = self.manifest(name, tag)
            if got is None:
                continue
            digest, media_type, body = got
            image = found.setdefault(digest, {"tags": [], "mediaType": media_type, "body": body})
            image["tags"].append(tag)
        for digest, image in found.items():
            document = json.loads(image["body"])
            image["size"] = sum(layer.get("size", 0) for layer in document.get("layers", []))
            blob = os.path.join(self.state.registry_data, "docker/registry/v2/blobs/sha256",
                                digest[7:9], digest[7:], "data")
            image["pushedAt"] = os.path.getmtime(blob) if os.path.exists(blob) else time.time()
        return found

    def select(self, name, image_ids):
        images = self.images(name)
        chosen, failures = [], []
        for image_id in image_ids:
            match = None
            for digest, image in images.items():
                if image_id.get("imageDigest") in (None, digest) and \
                        image_id.get("imageTag") in [None] + image["tags"]:
                    match = (digest, image)
            if match is None:
                failures.append({"imageId": image_id, "failureCode": "ImageNotFound",
                                 "failureReason": "Requested image not found"})
            else:
                chosen.append((image_id, match[0], match[1]))
        return chosen, failures

    def DescribeImages(self, request):
        name = request.get("repositoryName", "")
        meta = self.known(name)
        images = self.images(name)
        if request.get("imageIds"):
            chosen, failures = self.select(name, request["imageIds"])
            if failures:
                raise AwsError("ImageNotFoundException",
                               "The image with imageId %s does not exist within the repository with name '%s' "
                               "in the registry with id '%s'" % (json.dumps(failures[0]["imageId"]), name,
                                                                 self.state.account))
            digests = [digest for _, digest, _ in chosen]
        else:
            digests = sorted(images, key=lambda d: images[d]["pushedAt"])
        details = []
        for digest in digests:
            image = images[digest]
            detail = {"registryId": self.state.account, "repositoryName": name, "imageDigest": digest,
                      "imageTags": image["tags"], "imageSizeInBytes": image["size"],
                      "imagePushedAt": image["pushedAt"], "imageManifestMediaType": image["mediaType"]}
            if meta["scanOnPush"]:
                detail["imageScanStatus"] = {"status": "COMPLETE", "description": "The scan was completed successfully."}
                detail["imageScanFindingsSummary"] = {"imageScanCompletedAt": image["pushedAt"],
                                                      "findingSeverityCounts": {"MEDIUM": 1, "LOW": 2}}
            details.append(detail)
        return paginate(details, request, "imageDetails")

    def ListImages(self, request):
        name = request.get("repositoryName", "")
        self.known(name)
        ids = [{"imageDigest": digest, "imageTag": tag}
               for digest, image in sorted(self.images(name).items()) for tag in image["tags"]]
        return paginate(ids, request, "imageIds")

    def BatchGetImage(self, request):
        name = request.get("repositoryName", "")
        self.known(name)
        chosen, failures = self.select(name, request.get("imageIds", []))
        out = []
        for image_id, digest, image in chosen:
            out.append({"registryId": self.state.account, "repositoryName": name,
                        "imageId": {"imageDigest": digest, **({"imageTag": image_id["imageTag"]} if "imageTag" in image_id else {})},
                        "imageManifest": image["body"].decode(), "imageManifestMediaType": image["mediaType"]})
        return {"images": out, "failures": failures}

    def PutImage(self, request):
        name = request.get("repositoryName", "")
        meta = self.known(name)
        manifest = request.get("imageManifest", "").encode()
        tag = request.get("imageTag")
        digest = "sha256:" + hashlib.sha256(manifest).hexdigest()
        if request.get("imageDigest") not in (None, digest):
            raise AwsError("InvalidParameterException", "Invalid parameter at 'imageDigest' failed to satisfy constraint: 'digest does not match the manifest'")
        media_type = request.get("imageManifestMediaType") or json.loads(manifest).get("mediaType")
        if tag:
            current = self.manifest(name, tag)
            if current is not None and current[0] == digest:
                raise AwsError("ImageAlreadyExistsException",
                               "Image with digest '%s' and tag '%s' already exists in the repository with name '%s' "
                               "in registry with id '%s'" % (digest, tag, name, self.state.account))
            if current is not None and meta["imageTagMutability"] == "IMMUTABLE":
                raise AwsError("ImageTagAlreadyExistsException",
                               "The image tag '%s' already exists in the '%s' repository and cannot be overwritten "
                               "because the repository is immutable." % (tag, name))
        status, _, body = self.state.registry_request(
            "PUT", "/v2/%s/manifests/%s" % (name, tag or digest), data=manifest,
            headers={"Content-Type": media_type})
        if status not in (200, 201):
            raise AwsError("InvalidParameterException", "Invalid parameter at 'ImageManifest' failed to satisfy constraint: "
                           "'Invalid JSON syntax' (%d %s)" % (status, body[:200].decode(errors="replace")))
        image_id = {"imageDigest": digest}
        if tag:
            image_id["imageTag"] = tag
        return {"image": {"registryId": self.state.account, "repositoryName": name, "imageId": image_id,
                          "imageManifest": manifest.decode(), "imageManifestMediaType": media_type}}

    def BatchDeleteImage(self, request):
        name = request.get("repositoryName", "")
        self.known(name)
        chosen, failures = self.select(name, request.get("imageIds", []))
        deleted = []
        for image_id, digest, image in chosen:
            tag = image_id.get("imageTag")
            if tag and len(image["tags"]) > 1:
                # ECR untags; Distribution 2.8 cannot, so the tag's link goes from its storage.
                shutil.rmtree(os.path.join(self.state.registry_data, "docker/registry/v2/repositories",
                                           name, "_manifests/tags", tag), ignore_errors=True)
                image["tags"].remove(tag)
            else:
                self.state.registry_request("DELETE", "/v2/%s/manifests/%s" % (name, digest))
            deleted.append({"imageDigest": digest, **({"imageTag": tag} if tag else {})})
        return {"imageIds": deleted, "failures": failures}

    def DescribeImageScanFindings(self, request):
        name = request.get("repositoryName", "")
        meta = self.known(name)
        chosen, failures = self.select(name, [request.get("imageId", {})])
        if failures:
            raise AwsError("ImageNotFoundException", "The image with imageId %s does not exist within the repository "
                           "with name '%s' in the registry with id '%s'" % (json.dumps(request.get("imageId")), name,
                                                                              self.state.account))
        image_id, digest, image = chosen[0]
        if not meta["scanOnPush"]:
            raise AwsError("ScanNotFoundException", "Image scan does not exist for the image with '%s' in the repository "
                           "with name '%s' in the registry with id '%s'" % (json.dumps({"imageDigest": digest}), name,
                                                                             self.state.account))
        # No scanner runs here: a fixed set of findings in ECR's basic-scan shape.
        findings = [{"name": "CVE-2023-0001", "severity": "MEDIUM", "uri": "https://security-tracker.debian.org/tracker/CVE-2023-0001",
                     "description": "A stand-in finding.", "attributes": [{"key": "package_name", "value": "busybox"}]},
                    {"name": "CVE-2023-0002", "severity": "LOW", "attributes": [{"key": "package_name", "value": "zlib"}]},
                    {"name": "CVE-2023-0003", "severity": "LOW", "attributes": [{"key": "package_name", "value": "zlib"}]}]
        page = paginate(findings, request, "findings")
        return {"registryId": self.state.account, "repositoryName": name,
                "imageId": {"imageDigest": digest, **({"imageTag": image_id["imageTag"]} if "imageTag" in image_id else {})},
                "imageScanStatus": {"status": "COMPLETE", "description": "The scan was completed successfully."},
                "imageScanFindings": {"imageScanCompletedAt": image["pushedAt"], "vulnerabilitySourceUpdatedAt": image["pushedAt"],
                                      "findingSeverityCounts": {"MEDIUM": 1, "LOW": 2}, "findings": page["findings"]},
                **({"nextToken": page["nextToken"]} if "nextToken" in page else {})}


def sts_answer(action, result):
    return ('<%sResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><%sResult>%s</%sResult>'
            '<ResponseMetadata><RequestId>%s</RequestId></ResponseMetadata></%sResponse>'
            % (action, action, result, action, uuid.uuid4(), action)).encode()


def sts(state, key_id, entry, form):
    action = form.get("Action", [""])[0]
    if action == "GetCallerIdentity":
        return sts_answer(action, "<Arn>%s</Arn><UserId>%s</UserId><Account>%s</Account>"
                          % (escape(entry["arn"]), key_id, state.account))
    if action == "AssumeRole":
        role = form.get("RoleArn", [""])[0]
        session = form.get("RoleSessionName", [""])[0]
        if not role.startswith("arn:aws:iam::%s:role/" % state.account) or not session:
            raise AwsError("AccessDenied", "User: %s is not authorized to perform: sts:AssumeRole on resource: %s"
                           % (entry["arn"], role), 403)
        duration = int(form.get("DurationSeconds", ["3600"])[0])
        new_id = "ASIA" + secrets.token_hex(8).upper()
        new = {"secret": secrets.token_urlsafe(30), "token": secrets.token_urlsafe(90),
               "expires": time.time() + duration, "assumed": True,
               "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (state.account, role.rsplit("/", 1)[1], session)}
        state.keys[new_id] = new
        expiration = datetime.datetime.fromtimestamp(new["expires"], datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return sts_answer(action, "<AssumedRoleUser><AssumedRoleId>AROA0000:%s</AssumedRoleId><Arn>%s</Arn></AssumedRoleUser>"
                          "<Credentials><AccessKeyId>%s</AccessKeyId><SecretAccessKey>%s</SecretAccessKey>"
                          "<SessionToken>%s</SessionToken><Expiration>%s</Expiration></Credentials>"
                          % (escape(session), escape(new["arn"]), new_id, new["secret"], new["token"], expiration))
    raise AwsError("InvalidAction", "Could not find operation %s for version 2011-06-15" % action)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state = None

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), fmt % args))

    def send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/_stats":
            with self.state.lock:
                body = json.dumps(self.state.stats).encode()
            return self.send(200, body, "application/json")
        self.send(404, b"{}", "application/json")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/_control":
            control = json.loads(body or b"{}")
            if "tokenTtl" in control:
                self.state.token_ttl = float(control["tokenTtl"])
            if control.get("rotatePassword"):
                self.state.rotate_password()
            if "lapseNextToken" in control:
                self.state.lapse_next_token = bool(control["lapseNextToken"])
            if control.get("expireSessions"):
                # Every role session handed out so far lapses, as after a night's sleep.
                with self.state.lock:
                    for entry in self.state.keys.values():
                        if entry.get("assumed"):
                            entry["expires"] = time.time() - 1
            if "registryHost" in control:
                self.state.registry_host = str(control["registryHost"])
            return self.send(200, b"{}", "application/json")
        target = self.headers.get("X-Amz-Target", "")
        is_sts = not target
        try:
            key_id, entry, region = verify_signature(self.state, self, body, "sts" if is_sts else "ecr")
            if is_sts:
                form = urllib.parse.parse_qs(body.decode())
                self.state.count("sts:" + form.get("Action", [""])[0])
                return self.send(200, sts(self.state, key_id, entry, form), "text/xml")
            operation = target[len(TARGET_PREFIX):] if target.startswith(TARGET_PREFIX) else ""
            ecr = Ecr(self.state, region)
            method = getattr(ecr, operation, None) if operation[:1].isupper() else None
            if method is None:
                raise AwsError("UnknownOperationException", "")
            self.state.count(operation)
            request = json.loads(body or b"{}")
            self.send(200, json.dumps(method(request)).encode(), "application/x-amz-json-1.1")
        except AwsError as e:
            self.state.count("refused")
            if is_sts:
                xml = ('<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>'
                       '<Code>%s</Code><Message>%s</Message></Error><RequestId>%s</RequestId></ErrorResponse>'
                       % (e.code, escape(e.message), uuid.uuid4())).encode()
                return self.send(e.status, xml, "text/xml")
            self.send(e.status, json.dumps({"__type": e.code, "message": e.message}).encode(),
                      "application/x-amz-json-1.1")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--state", required=True)
    parser.add_argument("--registry", required=True)
    parser.add_argument("--registry-data", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    Handler.state = State(args)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    write_json(os.path.join(args.state, "ports.json"), {"port": server.server_address[1]})
    server.serve_forever()


if __name__ == "__main__":
    main()
