#!/usr/bin/env python3
"""A loopback CircleCI v1.1 stand-in for the benchmark: serves build lists with limit/offset, and
builds with step logs.

usage: server.py PORT BUILDS.json [CERT.pem KEY.pem]

  /api/v1.1/project/<vcs>/<org>/<repo>?limit=&offset=   a page of BUILDS.json
  /api/v1.1/project/<vcs>/<org>/<repo>/<n>              build n: 8 steps on 4 containers (32 actions)
                                                        whose output_url is /output/<n>/<i> here; for
                                                        BIG_LOG_BUILD, one step whose log is /output/big
  /output/<n>/<i>                                       a step log: LOG_LINES lines, some coloured
  /output/big                                           BIG_LOG_BYTES of step log, generated while sent

HTTP/1.1 keep-alive with TCP_NODELAY (without it TLS answers stall on Nagle and delayed ACKs). Answers
under /api/ come gzip-compressed to a client that asks for it (Accept-Encoding: gzip), as CircleCI's do.
"""
import gzip
import http.server
import json
import re
import socketserver
import ssl
import sys
import urllib.parse

port = int(sys.argv[1])
with open(sys.argv[2]) as f:
    builds = json.load(f)
pages = {}

BIG_LOG_BUILD = 100
BIG_LOG_BYTES = 100 * 1024 * 1024
LOG_LINES = 200
STEPS = ["Spin up environment", "Preparing environment variables", "Checkout code", "Restore cache",
         "Install dependencies", "Run tests", "Store test results", "Save cache"]
CONTAINERS = 4


def step_log(n, i):
    lines = []
    for k in range(LOG_LINES):
        if k % 10 == 0:
            lines.append("\u001b[32m✓\u001b[0m test %d.%d passes (%d ms)\n" % (i, k, k % 97))
        else:
            lines.append("[build %d action %d] line %04d: compiling module-%03d ... done\n" % (n, i, k, k))
    chunks = ["".join(lines[j:j + 20]) for j in range(0, len(lines), 20)]
    return json.dumps([{"type": "out", "time": "2026-11-27T10:00:%02d.000Z" % (j % 60), "message": m}
                       for j, m in enumerate(chunks)], separators=(",", ":")).encode()


def action(origin, n, step, index, url_path, status="success"):
    return {"name": STEPS[step] if step < len(STEPS) else "step", "index": index, "step": step if step == 0 else 100 + step,
            "parallel": True, "status": status, "exit_code": 0 if status == "success" else 1, "type": "test",
            "start_time": "2026-11-27T10:00:00.000Z", "end_time": "2026-11-27T10:00:05.000Z", "run_time_millis": 5000,
            "has_output": True, "output_url": origin + url_path + "?X-Amz-Signature=bench&X-Amz-Expires=300",
            "truncated": False, "background": False, "insignificant": False, "failed": None}


def build_detail(origin, n):
    b = {"build_num": n, "status": "success", "lifecycle": "finished", "outcome": "success", "subject": "Bench build",
         "branch": "main", "vcs_revision": "%040x" % n, "build_url": "https://circleci.com/gh/acme/svc/%d" % n,
         "username": "acme", "reponame": "svc", "vcs_type": "github", "why": "github", "platform": "2.0",
         "start_time": "2026-11-27T10:00:00.000Z", "stop_time": "2026-11-27T10:05:00.000Z", "build_time_millis": 300000}
    if n == BIG_LOG_BUILD:
        b["parallel"] = 1
        b["steps"] = [{"name": "Run tests", "actions": [action(origin, n, 5, 0, "/output/big")]}]
    else:
        b["parallel"] = CONTAINERS
        b["steps"] = [{"name": name, "actions": [action(origin, n, s, c, "/output/%d/%d" % (n, s * CONTAINERS + c))
                                                 for c in range(CONTAINERS)]}
                      for s, name in enumerate(STEPS)]
    return json.dumps(b, separators=(",", ":")).encode()


# the big log: one chunk object repeated, so its length is known before a byte of it is made
BIG_CHUNK = json.dumps({"type": "out", "time": "2026-11-27T10:00:00.000Z", "message": "".join(
    ("\u001b[33mWARN\u001b[0m " if k % 25 == 0 else "") + "big log line %05d: the quick brown fox jumps over the lazy dog\n" % k
    for k in range(900))}, separators=(",", ":")).encode()
BIG_COUNT = max(1, BIG_LOG_BYTES // (len(BIG_CHUNK) + 1))
BIG_LENGTH = 2 + BIG_COUNT * len(BIG_CHUNK) + (BIG_COUNT - 1)
DETAIL = re.compile(r"^/api/v1\.1/project/[^/]+/[^/]+/[^/]+/(\d+)$")
LOG = re.compile(r"^/output/(\d+)/(\d+)$")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        origin = ("https://" if len(sys.argv) > 4 else "http://") + self.headers.get("Host", "127.0.0.1:%d" % port)
        detail, log = DETAIL.match(url.path), LOG.match(url.path)
        if url.path == "/output/big":
            return self.send_big_log()
        if detail:
            body, status = build_detail(origin, int(detail.group(1))), 200
        elif log:
            key = ("log", log.group(1), log.group(2))
            if key not in pages:
                pages[key] = step_log(int(log.group(1)), int(log.group(2)))
            body, status = pages[key], 200
        elif not url.path.startswith("/api/v1.1/project/"):
            body = b'{"message":"Not found"}'
            status = 404
        else:
            limit = min(100, int(q.get("limit", ["30"])[0]))
            offset = int(q.get("offset", ["0"])[0])
            key = (limit, offset)
            if key not in pages:
                pages[key] = json.dumps(builds[offset:offset + limit], separators=(",", ":")).encode()
            body = pages[key]
            status = 200
        gzipped = url.path.startswith("/api/") and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            # as a real server's front end does when asked (CircleCI's does); compressed once per page
            key = ("gzip", url.path, url.query)
            if key not in pages:
                pages[key] = gzip.compress(body, 6)
            body = pages[key]
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_big_log(self):
        """The big log, written chunk by chunk: never more than a chunk of it in memory."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(BIG_LENGTH))
        self.end_headers()
        batch = 64
        self.wfile.write(b"[")
        for start in range(0, BIG_COUNT, batch):
            n = min(batch, BIG_COUNT - start)
            self.wfile.write(b",".join([BIG_CHUNK] * n) + (b"," if start + n < BIG_COUNT else b""))
        self.wfile.write(b"]")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 64


srv = Server(("127.0.0.1", port), Handler)
if len(sys.argv) > 4:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[3], sys.argv[4])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
srv.serve_forever()
