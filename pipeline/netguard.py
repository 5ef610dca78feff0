"""Which addresses a scan may reach, and Chromium-style host-resolver rules.

A scan is refused when its target is, or resolves to, an address that is not globally routable (loopback,
RFC 1918, link-local such as 169.254.169.254, carrier-grade NAT, multicast, reserved) unless private
networks are explicitly allowed. The crawler's egress proxy applies the same check to every request a
page makes, at connect time, so redirects and DNS changes cannot get around it.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import ipaddress
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pipeline.errors import InvalidInput, TargetRefused

if TYPE_CHECKING:
    from pipeline.messages import ScanOptions
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
        rules = []
        for chunk in filter(None, (c.strip() for c in (text or "").split(","))):
            words = chunk.split()
            if len(words) == 3 and words[0].upper() == "MAP":
                rules.append(HostRule(words[1], words[2]))
            elif len(words) == 2 and words[0].upper() == "EXCLUDE":
                rules.append(HostRule(words[1], None))
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


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(text: str) -> tuple[Network, ...]:
    try:
        return tuple(ipaddress.ip_network(n.strip(), strict=False) for n in (text or "").split(",") if n.strip())
    except ValueError as exc:
        raise InvalidInput(f"bad network in allowed networks: {exc}") from None


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclasses.dataclass(frozen=True)
class Guard:
    """Which addresses a scan may connect to."""

    allow_private: bool = False
    allowed_networks: tuple[Network, ...] = ()

    def allows_host(self, host: str) -> bool:
        """A host named by its address must be allowed as such, whatever a host rule maps it to."""
        try:
            ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            return True
        return self.allows(host.strip("[]"))

    def allows(self, address: str) -> bool:
        if self.allow_private or is_public(address):
            return True
        ip = ipaddress.ip_address(address)
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        return any(ip in network for network in self.allowed_networks)


def resolve(host: str, port: int, rules: HostRules) -> tuple[str, int, list[str]]:
    """Apply the rules, then DNS: ``(connect_host, connect_port, addresses)``. Raises ``OSError`` (DNS)."""
    target_host, target_port = rules.map(host, port)
    infos = socket.getaddrinfo(target_host, target_port, type=socket.SOCK_STREAM)
    return target_host, target_port, sorted({info[4][0] for info in infos})


def check_url(url: str) -> tuple[str, int]:
    """Validate a URL a user asked to scan; return its host and port. Raises ``InvalidInput``."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidInput("the URL is empty")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise InvalidInput(f"only http and https URLs can be scanned, not {url!r}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise InvalidInput(f"malformed URL {url!r}: bad port") from None
    if not parts.hostname or any(c in parts.hostname for c in " /\\@"):
        raise InvalidInput(f"malformed URL {url!r}: no host")
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
            raise TargetRefused(f"{host} is a non-public address; scanning private networks needs "
                                "--allow-private-networks")


def check_target(url: str, rules: HostRules, guard: Guard) -> None:
    """Refuse a target that is, or resolves to, an address the guard does not allow.

    A host that does not resolve is not refused here: the scan reports it as ``website_not_reachable``.
    """
    host, port = check_url(url)
    if guard.allow_private:
        return
    if not guard.allows_host(host):
        raise TargetRefused(f"{host} is a non-public address; scanning private networks needs "
                            "--allow-private-networks")
    try:
        _, _, addresses = resolve(host, port, rules)
    except OSError:
        return
    private = [a for a in addresses if not guard.allows(a)]
    if private:
        raise TargetRefused(f"{host} resolves to the non-public address {private[0]}; "
                            "scanning private networks needs --allow-private-networks")


def scan_guard(options: ScanOptions, settings: Settings) -> Guard:
    """The guard of one scan: its own option or the process setting lifts it."""
    return Guard(options.allow_private_networks or settings.allow_private_networks,
                 parse_networks(settings.allowed_networks))
