"""The crawl's egress proxy: every request of a scanned page goes through it.

One proxy per scenario (a browser context), listening on loopback. It applies the scan's host-resolver
rules, resolves DNS itself, refuses non-public addresses unless allowed, and connects to the very address it
checked, so neither a redirect nor a DNS change can reach a private network. It also records why a host
could not be reached, which the crawl uses to type its errors.
"""

from __future__ import annotations

import dataclasses
import selectors
import socket
import socketserver
import threading

from pipeline.netguard import Guard, HostRules, resolve

CONNECT_TIMEOUT = 10.0
IDLE_TIMEOUT = 60.0


@dataclasses.dataclass
class EgressEvent:
    host: str
    port: int
    outcome: str  # ok | blocked | dns_error | refused | timeout
    address: str | None = None


class EgressProxy:
    def __init__(self, rules: HostRules, guard: Guard) -> None:
        self.rules = rules
        self.guard = guard
        self.events: list[EgressEvent] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        self._server.daemon_threads = True
        self._server.allow_reuse_address = True
        self._server.server_bind()
        self._server.server_activate()
        # A short poll interval: shutdown() waits up to one interval, once per scenario.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="egress-proxy",
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> EgressProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        # Stopped beside the crawl, not in it: shutdown() waits for the server's next poll, and the crawl's
        # thread runs other scenarios meanwhile (``stages.crawl.host``).
        threading.Thread(target=self._stop, name="egress-proxy-stop", daemon=True).start()

    def _stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def outcome_for(self, host: str) -> EgressEvent | None:
        """The first failed connection to ``host``, if any."""
        with self._lock:
            return next((e for e in self.events if e.host == host and e.outcome != "ok"), None)

    def _record(self, event: EgressEvent) -> None:
        with self._lock:
            self.events.append(event)

    # -- one client connection ------------------------------------------------------------------
    def _handle(self, client: socket.socket) -> None:
        client.settimeout(IDLE_TIMEOUT)
        head, body = _read_head(client)
        if not head:
            return
        request_line, _, rest = head.partition(b"\r\n")
        try:
            method, target, version = request_line.decode("latin-1").split(" ", 2)
        except ValueError:
            return
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = self._connect(host.strip("[]"), int(port or 443), client)
            if upstream is None:
                return
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            _splice(client, upstream)
            return
        # Plain HTTP: absolute URI. One request per connection (we ask both sides to close) so that a
        # kept-alive proxy connection is never reused for another host.
        if not target.startswith("http://"):
            _reply(client, 400, "absolute URI required")
            return
        authority, _, path = target[len("http://"):].partition("/")
        host, _, port = authority.rpartition(":") if ":" in authority.split("]")[-1] else (authority, "", "")
        upstream = self._connect(host.strip("[]"), int(port or 80), client)
        if upstream is None:
            return
        headers = [h for h in rest.split(b"\r\n") if h and not h.lower().startswith(
            (b"proxy-connection:", b"connection:", b"keep-alive:", b"proxy-authorization:"))]
        new_head = f"{method} /{path} {version}\r\n".encode("latin-1") + b"\r\n".join(
            headers + [b"Connection: close"]) + b"\r\n\r\n"
        upstream.sendall(new_head + body)
        _splice(client, upstream)

    def _connect(self, host: str, port: int, client: socket.socket) -> socket.socket | None:
        if not self.guard.allows_host(host):
            self._record(EgressEvent(host, port, "blocked"))
            _reply(client, 403, f"consentscan: {host} is on a private network", blocked=True)
            return None
        try:
            connect_host, connect_port, addresses = resolve(host, port, self.rules)
        except OSError:
            self._record(EgressEvent(host, port, "dns_error"))
            _reply(client, 502, f"consentscan: cannot resolve {host}")
            return None
        if not self.guard.allow_private:
            addresses = [a for a in addresses if self.guard.allows(a)]
            if not addresses:
                self._record(EgressEvent(host, port, "blocked"))
                _reply(client, 403, f"consentscan: {host} is on a private network", blocked=True)
                return None
        outcome = "refused"
        for address in addresses:
            try:
                upstream = socket.create_connection((address, connect_port), timeout=CONNECT_TIMEOUT)
            except TimeoutError:
                outcome = "timeout"
                continue
            except OSError:
                continue
            upstream.settimeout(IDLE_TIMEOUT)
            self._record(EgressEvent(host, port, "ok", address))
            return upstream
        self._record(EgressEvent(host, port, outcome))
        _reply(client, 504 if outcome == "timeout" else 502, f"consentscan: cannot connect to {host}")
        return None


def _read_head(sock: socket.socket, limit: int = 65536) -> tuple[bytes, bytes]:
    """The request head, and whatever of the body arrived with it."""
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = sock.recv(4096)
        except OSError:
            return b"", b""
        if not chunk or len(data) > limit:
            return b"", b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body


def _reply(client: socket.socket, status: int, text: str, blocked: bool = False) -> None:
    body = text.encode()
    extra = b"X-Consentscan-Blocked: private-network\r\n" if blocked else b""
    try:
        client.sendall(f"HTTP/1.1 {status} Proxy Error\r\n".encode() + extra +
                       f"Content-Type: text/plain\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                       .encode() + body)
    except OSError:
        pass


def _splice(a: socket.socket, b: socket.socket) -> None:
    selector = selectors.DefaultSelector()
    selector.register(a, selectors.EVENT_READ, b)
    selector.register(b, selectors.EVENT_READ, a)
    try:
        while True:
            ready = selector.select(timeout=IDLE_TIMEOUT)
            if not ready:
                return
            for key, _ in ready:
                try:
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                except OSError:
                    return
                if not data:
                    return
                key.data.sendall(data)
    except OSError:
        return
    finally:
        selector.close()
        for sock in (a, b):
            try:
                sock.close()
            except OSError:
                pass
