#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Signs requests with botocore, the AWS CLI's own signer, so that Berth's SigV4 signer can
# be compared with it. Reads one JSON request a line on stdin, writes one JSON answer a line:
# {"authorization": ..., "canonicalRequest": ...}. Debian's awscli carries botocore inside
# its own package; importing the CLI's driver first makes `botocore` resolve to it.
import json
import sys

try:
    import awscli.clidriver  # noqa: F401  (sets up the botocore the CLI bundles)
except ImportError:
    pass
import botocore.auth
import botocore.awsrequest
import botocore.credentials

for line in sys.stdin:
    r = json.loads(line)
    credentials = botocore.credentials.Credentials(r["accessKeyId"], r["secretAccessKey"],
                                                   r.get("sessionToken") or None)
    request = botocore.awsrequest.AWSRequest(method=r["method"], url=r["url"],
                                             headers=r["headers"], data=r["body"].encode())
    auth = botocore.auth.SigV4Auth(credentials, r["service"], r["region"])
    # The signing time is the test's, not the clock's.
    request.context["timestamp"] = r["amzDate"]
    auth._modify_request_before_signing(request)
    canonical = auth.canonical_request(request)
    signature = auth.signature(auth.string_to_sign(request, canonical), request)
    headers = "SignedHeaders=" + auth.signed_headers(auth.headers_to_sign(request))
    print(json.dumps({"signature": signature, "signedHeaders": headers,
                      "canonicalRequest": canonical}), flush=True)
