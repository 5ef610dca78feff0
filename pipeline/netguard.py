"""Which addresses a scan may reach, and Chromium-style host-resolver rules.

A scan is refused when its target is, or resolves to, an address in a special-purpose block (loopback,
RFC 1918, link-local such as 169.254.169.254, carrier-grade NAT, multicast, reserved; IPv6 forms that carry
such an IPv4 address: see ``pipeline.addresses``) unless private networks are explicitly allowed. The
crawler's egress proxy applies the same check to every request a page makes, at connect time, so redirects
and DNS changes cannot get around it.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import ipaddress
import re
import socket
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pipeline.addresses import Network, judge, parse_networks
from pipeline.errors import InvalidInput, TargetRefused

if TYPE_CHECKING:
    from pipeline.settings import Settings


@dataclasses.dataclass(frozen=True)
class HostRule:
    pattern: str            # "*", "*.example.com", "shop.example", optionally with ":port"
    replacement: str | None  # "127.0.0.1:8080" or "127.0.0.1"; None for EXCLUDE

    def matches(self, host: str, port: int) -> bool:
        pattern_host, _, pattern_port = self.pattern.rpartition(":") if _has_port(self.pattern) else (
            self.pattern, "", "")
        if pattern_port and str(port) != pattern_port:
            return False
        return fnmatch.fnmatchcase(host.lower(), pattern_host.lower())


@dataclasses.dataclass(frozen=True)
class HostRules:
    """Chromium's ``--host-resolver-rules``: ``MAP <pattern> <host[:port]>`` and ``EXCLUDE <pattern>``,
    comma-separated, first match wins."""

    rules: tuple[HostRule, ...] = ()

    @classmethod
    def parse(cls, text: str) -> HostRules:
        """Parse and check the rules (the CLI and the API, which stores them, both come here); raises
        ``InvalidInput`` naming the rule and what is wrong in it."""
        rules = []
        for chunk in filter(None, (c.strip() for c in (text or "").split(","))):
            words = chunk.split()
            if len(words) == 3 and words[0].upper() == "MAP":
                rules.append(HostRule(_checked(chunk, words[1], pattern=True), _checked(chunk, words[2])))
            elif len(words) == 2 and words[0].upper() == "EXCLUDE":
                rules.append(HostRule(_checked(chunk, words[1], pattern=True), None))
            else:
                raise InvalidInput(f"bad host-resolver rule {chunk!r}: use 'MAP pattern host[:port]' or "
                                   "'EXCLUDE pattern'")
        return cls(tuple(rules))

    def map(self, host: str, port: int) -> tuple[str, int]:
        for rule in self.rules:
            if rule.matches(host, port):
                if rule.replacement is None:
                    return host, port
                if _has_port(rule.replacement):
                    new_host, _, new_port = rule.replacement.rpartition(":")
                    return new_host.strip("[]"), int(new_port)
                return rule.replacement.strip("[]"), port
        return host, port


def _has_port(text: str) -> bool:
    head, sep, tail = text.rpartition(":")
    return bool(sep) and tail.isdigit() and not head.endswith(":")


#: A rule's host: a name, a pattern with ``*``/``?`` (patterns only), or an IP address (IPv6 in brackets).
_RULE_HOST = re.compile(r"[A-Za-z0-9_.*?-]+|\[[0-9A-Fa-f:.]+\]")


def _checked(rule: str, text: str, pattern: bool = False) -> str:
    """One side of a rule: ``host`` or ``host:port``, the port from 1 to 65535, the host well formed."""
    try:
        ipaddress.IPv6Address(text)  # a bare IPv6 address, without a port
        return text
    except ValueError:
        pass
    host, port = text, ""
    if not text.endswith("]") and text.count(":") == 1 or text.startswith("[") and "]:" in text:
        host, _, port = text.rpartition(":")
        if not port.isdigit() or not 1 <= int(port) <= 65535:
            raise InvalidInput(f"bad host-resolver rule {rule!r}: port {port!r} of {text!r} is not 1 to 65535")
    if not _RULE_HOST.fullmatch(host) or (not pattern and any(c in host for c in "*?")):
        what = "a host name, pattern or IP address" if pattern else "a host name or IP address"
        raise InvalidInput(f"bad host-resolver rule {rule!r}: {host!r} is not {what}")
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise InvalidInput(f"bad host-resolver rule {rule!r}: {host!r} is not an IPv6 address") from None
    return text


def is_public(address: str) -> bool:
    return judge(address).allowed


def literal_address(host: str) -> str | None:
    """The IP address a URL's host names by itself, or None for a name. Browsers read ``2130706433``,
    ``0x7f.1`` and ``127.1`` as IPv4 (WHATWG URL: a host ending in a number), as ``inet_aton`` does."""
    host = host.strip("[]")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    last = host.rstrip(".").rsplit(".", 1)[-1]
    if re.fullmatch(r"[0-9]+|0[xX][0-9A-Fa-f]*", last):
        try:
            return socket.inet_ntoa(socket.inet_aton(host.rstrip(".")))
        except OSError:
            raise InvalidInput(f"{host!r} is neither a host name nor an IPv4 address") from None
    return None


@dataclasses.dataclass(frozen=True)
class Guard:
    """Which addresses a scan may connect to."""

    allow_private: bool = False
    allowed_networks: tuple[Network, ...] = ()

    def allows_host(self, host: str) -> bool:
        """A host named by its address must be allowed as such, whatever a host rule maps it to."""
        address = literal_address(host)
        return address is None or self.allows(address)

    def allows(self, address: str) -> bool:
        return self.allow_private or judge(address, self.allowed_networks).allowed

    def why_not(self, host: str) -> str:
        """Why ``host`` (an address or a literal one) is refused, for the error message."""
        return judge(literal_address(host) or host, self.allowed_networks).reason


def resolve(host: str, port: int, rules: HostRules) -> tuple[str, int, list[str]]:
    """Apply the rules, then DNS: ``(connect_host, connect_port, addresses)``. Raises ``OSError`` (DNS)."""
    target_host, target_port = rules.map(host, port)
    infos = socket.getaddrinfo(target_host, target_port, type=socket.SOCK_STREAM)
    return target_host, target_port, sorted({info[4][0] for info in infos})


def check_url(url: str) -> tuple[str, int]:
    """Validate a URL a user asked to scan; return its host and port. Raises ``InvalidInput``."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidInput("the URL is empty")
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:  # "http://[zz]/", "http://[::1/"
        raise InvalidInput(f"malformed URL {url[:200]!r}: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise InvalidInput(f"only http and https URLs can be scanned, not {url[:200]!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise InvalidInput(f"malformed URL {url[:200]!r}: bad port") from None
    if not parts.hostname or any(c in parts.hostname for c in " /\\@%") or not parts.hostname.isprintable():
        raise InvalidInput(f"malformed URL {url[:200]!r}: no host")
    literal_address(parts.hostname)  # "http://1.2.3.4.5/" is malformed, not a name to look up
    return parts.hostname, port


def check_target_static(url: str, rules: HostRules, guard: Guard) -> None:
    """The guard without DNS, for stored properties: the URL, a literal address, and where host rules send
    it. DNS answers change before a scheduled scan runs; the crawl's egress proxy checks again at connect
    time, whatever the name resolves to then."""
    host, port = check_url(url)
    if guard.allow_private:
        return
    mapped, _ = rules.map(host, port)
    for name in (host, mapped):
        if not guard.allows_host(name):
            raise TargetRefused(f"{host} is a non-public address ({guard.why_not(name)}); scanning private "
                                "networks needs --allow-private-networks")


def check_target(url: str, rules: HostRules, guard: Guard) -> None:
    """Refuse a target that is, or resolves to, an address the guard does not allow.

    A host that does not resolve is not refused here: the scan reports it as ``website_not_reachable``.
    """
    host, port = check_url(url)
    if guard.allow_private:
        return
    if not guard.allows_host(host):
        raise TargetRefused(f"{host} is a non-public address ({guard.why_not(host)}); scanning private "
                            "networks needs --allow-private-networks")
    try:
        _, _, addresses = resolve(host, port, rules)
    except OSError:
        return
    private = [a for a in addresses if not guard.allows(a)]
    if private:
        raise TargetRefused(f"{host} resolves to the non-public address {private[0]} ({guard.why_not(private[0])}); "
                            "scanning private networks needs --allow-private-networks")


def guard_for(settings: Settings, *, allow_private_networks: bool = False) -> Guard:
    """The network guard, built one way for every caller: the process's settings (``allow_private_networks``,
    ``allowed_networks``), lifted for one scan by that scan's own option."""
    return Guard(allow_private_networks or settings.allow_private_networks, parse_networks(settings.allowed_networks))


def scan_guard(options: Any, settings: Settings) -> Guard:
    """The guard of one scan (``options``: its ``ScanOptions``): its own option or the process setting lifts it."""
    return guard_for(settings, allow_private_networks=options.allow_private_networks)
