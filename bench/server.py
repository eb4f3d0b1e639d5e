#!/usr/bin/env python3
"""A loopback CircleCI v1.1 stand-in for the benchmark: serves build lists with limit/offset.

usage: server.py PORT BUILDS.json [CERT.pem KEY.pem]

HTTP/1.1 keep-alive with TCP_NODELAY (without it TLS answers stall on Nagle and delayed ACKs).
"""
import http.server
import json
import socketserver
import ssl
import sys
import urllib.parse

port = int(sys.argv[1])
with open(sys.argv[2]) as f:
    builds = json.load(f)
pages = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        if not url.path.startswith("/api/v1.1/project/"):
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
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 64


srv = Server(("127.0.0.1", port), Handler)
if len(sys.argv) > 4:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[3], sys.argv[4])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
srv.serve_forever()
