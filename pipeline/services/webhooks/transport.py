"""One HTTP POST to a webhook receiver, through the network guard.

The receiver's name is resolved once, every address is checked against the guard (private targets refused
unless allowed, as for scans), and the connection goes to a checked address, so a DNS answer that changes
between the check and the connection cannot reach an internal service. Redirects are not followed (a 3xx
is a failed delivery): a redirect could lead anywhere.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from urllib.parse import urlsplit

from pipeline.errors import DeliveryFailed, TargetRefused
from pipeline.netguard import Guard, HostRules, check_url, resolve


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def checked_address(url: str, guard: Guard) -> tuple[str, int, str]:
    """``(host, port, address)``: the first resolved address, once all of them pass the guard."""
    host, port = check_url(url)
    if not guard.allows_host(host):
        raise TargetRefused(f"webhook host {host} is a non-public address")
    try:
        _, _, addresses = resolve(host, port, HostRules())
    except OSError as exc:
        raise DeliveryFailed(f"cannot resolve {host}: {exc}") from exc
    refused = [a for a in addresses if not guard.allows(a)]
    if refused or not addresses:
        raise TargetRefused(f"webhook host {host} resolves to the non-public address {refused[0] if refused else '?'}")
    return host, port, addresses[0]


def post(url: str, body: bytes, headers: dict[str, str], guard: Guard, timeout: float) -> tuple[int, int]:
    """POST ``body``; returns ``(http_status, duration_ms)`` for a 2xx, raises ``DeliveryFailed`` otherwise."""
    host, port, address = checked_address(url, guard)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    kind = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = kind(host, port, address, timeout)
    started = time.monotonic()
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(64 * 1024)
    except (OSError, http.client.HTTPException) as exc:
        raise DeliveryFailed(f"{type(exc).__name__}: {exc}") from exc
    finally:
        connection.close()
    duration = int((time.monotonic() - started) * 1000)
    if not 200 <= response.status < 300:
        raise DeliveryFailed(f"the receiver answered {response.status}", http_status=response.status)
    return response.status, duration
