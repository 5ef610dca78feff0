"""Whether a scan may connect to an IP address, and why not.

The blocks come from IANA's IPv4 and IPv6 Special-Purpose Address Registries, kept as data
(``stages/data/special_purpose_addresses.csv``, which names its sources). IPv6 formats that carry an IPv4
address (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are judged by the address they carry: the
network delivers the connection there, so ``64:ff9b::a9fe:a9fe`` is 169.254.169.254.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import ipaddress
from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import InvalidInput

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
DATA = Path(__file__).resolve().parents[1] / "stages" / "data" / "special_purpose_addresses.csv"
#: IANA IPv6 Address Space: the only block allocated as global unicast.
GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
_MASK32 = 0xFFFFFFFF


@dataclasses.dataclass(frozen=True)
class Block:
    network: Network
    name: str
    rfc: str
    registry: str
    verdict: str  # "refuse" or "embedded" (judged by the IPv4 address the IPv6 address carries)

    def __str__(self) -> str:
        return f"{self.name}, {self.network} ({self.rfc})"


@dataclasses.dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str


@functools.cache
def blocks() -> tuple[Block, ...]:
    """The blocks, most specific first (the first one containing an address decides)."""
    with DATA.open(newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        found = [Block(ipaddress.ip_network(r["network"]), r["name"], r["rfc"], r["registry"], r["verdict"])
                 for r in rows]
    for block in found:
        if block.verdict not in ("refuse", "embedded"):
            raise ValueError(f"{DATA}: unknown verdict {block.verdict!r} for {block.network}")
    return tuple(sorted(found, key=lambda b: -b.network.prefixlen))


@functools.cache
def _blocks_of_version(version: int) -> tuple[tuple[int, int, Block], ...]:
    """``(first, last, block)`` as integers: the egress proxy asks for every connection a page opens."""
    return tuple((int(b.network[0]), int(b.network[-1]), b) for b in blocks() if b.network.version == version)


def block_of(ip: Address) -> Block | None:
    value = int(ip)
    return next((b for first, last, b in _blocks_of_version(ip.version) if first <= value <= last), None)


def embedded_ipv4(ip: ipaddress.IPv6Address, network: Network) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 transition address carries, by the layout of its block."""
    value = int(ip)
    if network == ipaddress.IPv6Network("2002::/16"):  # 6to4 (RFC 3056): bits 16-47
        return (ipaddress.IPv4Address((value >> 80) & _MASK32),)
    if network == ipaddress.IPv6Network("2001::/32"):  # Teredo (RFC 4380): server in bits 32-63, client obfuscated
        return (ipaddress.IPv4Address((value >> 64) & _MASK32), ipaddress.IPv4Address((value & _MASK32) ^ _MASK32))
    if network == ipaddress.IPv6Network("64:ff9b:1::/48"):
        # Local-use NAT64 prefix (RFC 8215): the operator picks a prefix length from /48 to /96, so every layout
        # of RFC 6052 section 2.2 is a possible reading (bits 64-71 are the "u" octet, always skipped).
        return (ipaddress.IPv4Address(((value >> 64) & 0xFFFF) << 16 | (value >> 40) & 0xFFFF),
                ipaddress.IPv4Address(((value >> 64) & 0xFF) << 24 | (value >> 32) & 0xFFFFFF),
                ipaddress.IPv4Address((value >> 24) & _MASK32),
                ipaddress.IPv4Address(value & _MASK32))
    # IPv4-mapped, IPv4-compatible and NAT64's well-known prefix (RFC 6052, /96): the last 32 bits.
    return (ipaddress.IPv4Address(value & _MASK32),)


def judge(address: str | Address, allowed: Iterable[Network] = ()) -> Verdict:
    """May a scan connect to ``address``? ``allowed``: networks let through although not public."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        ip = ipaddress.IPv6Address(int(ip))  # the zone (fe80::1%eth0) does not change the block
    allowed = tuple(allowed)
    if any(ip.version == n.version and ip in n for n in allowed):
        return Verdict(True, "in the allowed networks")
    block = block_of(ip)
    if block is None:
        if isinstance(ip, ipaddress.IPv6Address) and ip not in GLOBAL_UNICAST:
            return Verdict(False, f"outside IPv6 global unicast {GLOBAL_UNICAST} (IANA IPv6 Address Space)")
        return Verdict(True, "global unicast")
    if block.verdict == "refuse" or not isinstance(ip, ipaddress.IPv6Address):
        carried = ""
        if block.network == ipaddress.IPv6Network("64:ff9b:1::/48"):
            carried = f", carrying {ipaddress.IPv4Address(int(ip) & _MASK32)} in its /96 reading"
        return Verdict(False, f"{block}{carried}")
    carried = embedded_ipv4(ip, block.network)
    for inner in carried:
        verdict = judge(inner, allowed)
        if not verdict.allowed:
            return Verdict(False, f"{block} carrying {inner}: {verdict.reason}")
    return Verdict(True, f"{block} carrying {', '.join(map(str, carried))}")


def parse_networks(text: str) -> tuple[Network, ...]:
    """Comma-separated CIDRs (``CONSENTSCAN_ALLOWED_NETWORKS``)."""
    try:
        return tuple(ipaddress.ip_network(n.strip(), strict=False) for n in (text or "").split(",") if n.strip())
    except ValueError as exc:
        raise InvalidInput(f"bad network: {exc}") from None
