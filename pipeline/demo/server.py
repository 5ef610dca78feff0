"""Serves a folder of websites on loopback, one sub-folder per host name, over HTTP and HTTPS.

``site/<host>/<path>`` is the body; an optional ``<path>.headers`` beside it adds response headers, one
``Name: value`` per line, plus two pseudo-headers: ``Status: 302`` and ``Delay: 30`` (seconds to wait
before answering: a hanging site). Public host names reach it through host-resolver rules (``host_rules``),
and HTTPS uses a self-signed certificate made at start for every host folder.
"""

from __future__ import annotations

import functools
import http.server
import mimetypes
import random
import shutil
import ssl
import subprocess
import tempfile
import threading
import time
from pathlib import Path

SITE = Path(__file__).with_name("site")
DEMO_URL = "http://www.demo-shop.test/"


class _Handler(http.server.BaseHTTPRequestHandler):
    root: Path
    delay: tuple[float, float] | None = None
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(min(length, 1 << 20))
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def _answer(self, body: bool) -> None:
        if self.delay:  # a far server: every response waits (the benchmarks)
            time.sleep(random.uniform(*self.delay))
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        target = (self.root / host / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        if self.root not in target.parents or not target.is_file():
            self._send(404, [("Content-Type", "text/plain")], b"not found", body)
            return
        status, headers = 200, []
        sidecar = target.with_name(target.name + ".headers")
        if sidecar.exists():
            for line in sidecar.read_text().splitlines():
                name, _, value = line.partition(":")
                name, value = name.strip(), value.strip()
                if name.lower() == "status":
                    status = int(value)
                elif name.lower() == "delay":
                    time.sleep(float(value))
                elif name:
                    headers.append((name, value))
        if not any(n.lower() == "content-type" for n, _ in headers):
            kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            headers.append(("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else "")))
        self._send(status, headers, b"" if status in (204, 304) else target.read_bytes(), body)

    def _send(self, status: int, headers: list[tuple[str, str]], data: bytes, body: bool) -> None:
        try:
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            if status not in (204, 304):
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body and data:
                self.wfile.write(data)
        except OSError:
            pass


class SiteServer:
    """``with SiteServer(folder) as server: scan(..., host_resolver_rules=server.host_rules)``."""

    def __init__(self, root: Path = SITE, delay: tuple[float, float] | None = None) -> None:
        """``delay``: every response waits a random time between these seconds, as from a far server."""
        self.root = Path(root).resolve()
        handler = type("Handler", (_Handler,), {"root": self.root, "delay": delay})
        self._http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._https = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._https.socket = _tls_context(tuple(sorted(p.name for p in self.root.iterdir() if p.is_dir()))) \
            .wrap_socket(self._https.socket, server_side=True)
        for server in (self._http, self._https):
            server.daemon_threads = True
        self._threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (self._http, self._https)]

    @property
    def http_port(self) -> int:
        return self._http.server_address[1]

    @property
    def https_port(self) -> int:
        return self._https.server_address[1]

    @property
    def host_rules(self) -> str:
        return f"MAP *:80 127.0.0.1:{self.http_port}, MAP *:443 127.0.0.1:{self.https_port}"

    def __enter__(self) -> SiteServer:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for server in (self._http, self._https):
            server.shutdown()
            server.server_close()


@functools.cache
def _tls_context(hosts: tuple[str, ...]) -> ssl.SSLContext:
    folder = Path(tempfile.mkdtemp(prefix="consentscan-demo-tls-"))
    san = ",".join(f"DNS:{h}" for h in hosts) or "DNS:localhost"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-batch",
                    "-subj", "/CN=consentscan demo", "-addext", f"subjectAltName={san}",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    shutil.rmtree(folder, ignore_errors=True)
    return context
