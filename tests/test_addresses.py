"""The network guard's answer for 100+ addresses: IANA's special-purpose blocks, IPv6 forms that carry an IPv4
address, and public ones. Checked by the guard's answer only: no test connects to any of them."""

from __future__ import annotations

import pytest

from pipeline.addresses import blocks, judge
from pipeline.errors import TargetRefused
from pipeline.netguard import Guard, HostRules, check_target_static, parse_networks

# (address, allowed, words the reason must contain)
TABLE = [
    # Public IPv4 and IPv6 (reason: global unicast)
    ("8.8.8.8", True, "global unicast"),
    ("1.1.1.1", True, "global unicast"),
    ("93.184.216.34", True, "global unicast"),
    ("151.101.1.69", True, "global unicast"),
    ("100.63.255.255", True, "global unicast"),     # just below 100.64.0.0/10
    ("100.128.0.0", True, "global unicast"),        # just above it
    ("172.15.255.255", True, "global unicast"),     # just below 172.16.0.0/12
    ("172.32.0.0", True, "global unicast"),         # just above it
    ("192.0.1.255", True, "global unicast"),        # between 192.0.0.0/24 and 192.0.2.0/24
    ("192.167.255.255", True, "global unicast"),
    ("198.17.255.255", True, "global unicast"),     # just below 198.18.0.0/15
    ("198.20.0.0", True, "global unicast"),         # just above it
    ("223.255.255.255", True, "global unicast"),    # last address before multicast
    ("2606:4700::6810:85e5", True, "global unicast"),
    ("2a00:1450:4007:80e::200e", True, "global unicast"),
    ("2001:4860:4860::8888", True, "global unicast"),  # in 2001::/16 but outside 2001::/23
    ("2001:200::1", True, "global unicast"),           # just past 2001::/23
    ("2620:4f:7fff::1", True, "global unicast"),       # beside the AS112 delegation
    ("3ffe::1", True, "global unicast"),               # below 3fff::/20
    # IPv4 special-purpose registry
    ("0.0.0.0", False, "This host on this network"),
    ("0.1.2.3", False, "This network"),
    ("10.0.0.1", False, "Private-Use, 10.0.0.0/8"),
    ("10.255.255.255", False, "Private-Use"),
    ("100.64.0.1", False, "Shared Address Space"),
    ("100.127.255.254", False, "Shared Address Space"),
    ("127.0.0.1", False, "Loopback, 127.0.0.0/8"),
    ("127.255.255.254", False, "Loopback"),
    ("169.254.169.254", False, "Link Local"),
    ("169.254.0.1", False, "Link Local"),
    ("172.16.0.1", False, "Private-Use, 172.16.0.0/12"),
    ("172.31.255.255", False, "Private-Use"),
    ("192.0.0.1", False, "IPv4 Service Continuity Prefix"),
    ("192.0.0.8", False, "IPv4 dummy address"),
    ("192.0.0.9", False, "Port Control Protocol Anycast"),
    ("192.0.0.10", False, "Traversal Using Relays around NAT Anycast"),
    ("192.0.0.100", False, "IETF Protocol Assignments"),
    ("192.0.0.170", False, "NAT64/DNS64 Discovery"),
    ("192.0.0.171", False, "NAT64/DNS64 Discovery"),
    ("192.0.2.1", False, "TEST-NET-1"),
    ("192.31.196.1", False, "AS112-v4"),
    ("192.52.193.1", False, "AMT"),
    ("192.88.99.1", False, "6to4 Relay Anycast"),
    ("192.88.99.2", False, "6a44-relay anycast address"),
    ("192.168.1.1", False, "Private-Use, 192.168.0.0/16"),
    ("192.175.48.1", False, "Direct Delegation AS112 Service"),
    ("198.18.0.1", False, "Benchmarking"),
    ("198.19.255.255", False, "Benchmarking"),
    ("198.51.100.7", False, "TEST-NET-2"),
    ("203.0.113.9", False, "TEST-NET-3"),
    ("224.0.0.1", False, "Multicast"),
    ("239.255.255.250", False, "Multicast"),
    ("240.0.0.1", False, "Reserved"),
    ("255.255.255.254", False, "Reserved"),
    ("255.255.255.255", False, "Limited Broadcast"),
    # IPv6 special-purpose registry
    ("::1", False, "Loopback Address"),
    ("::", False, "Unspecified Address"),
    ("100::1", False, "Discard-Only Address Block"),
    ("100:0:0:1::1", False, "Dummy IPv6 Prefix"),
    ("2001:1::1", False, "Port Control Protocol Anycast"),
    ("2001:1::2", False, "Traversal Using Relays around NAT Anycast"),
    ("2001:1::3", False, "DNS-SD Service Registration Protocol Anycast"),
    ("2001:1::4", False, "IETF Protocol Assignments"),
    ("2001:2::1", False, "Benchmarking"),
    ("2001:3::1", False, "AMT"),
    ("2001:4:112::1", False, "AS112-v6"),
    ("2001:10::1", False, "previously ORCHID"),
    ("2001:20::1", False, "ORCHIDv2"),
    ("2001:30::1", False, "Drone Remote ID"),
    ("2001:db8::1", False, "Documentation, 2001:db8::/32"),
    ("2620:4f:8000::1", False, "Direct Delegation AS112 Service"),
    ("3fff::1", False, "Documentation, 3fff::/20"),
    ("5f00::1", False, "Segment Routing (SRv6) SIDs"),
    ("fc00::1", False, "Unique-Local"),
    ("fd12:3456:789a::1", False, "Unique-Local"),
    ("fe80::1", False, "Link-Local Unicast"),
    ("fe80::1%eth0", False, "Link-Local Unicast"),
    ("febf:ffff::1", False, "Link-Local Unicast"),
    ("fec0::1", False, "Site-Local Unicast"),
    ("ff02::1", False, "Multicast, ff00::/8"),
    ("ff0e::1", False, "Multicast"),
    ("4000::1", False, "outside IPv6 global unicast 2000::/3"),
    ("1000::1", False, "outside IPv6 global unicast"),
    ("e000::1", False, "outside IPv6 global unicast"),
    # IPv4 carried in IPv6: judged by the IPv4 address
    ("::ffff:127.0.0.1", False, "IPv4-mapped Address, ::ffff:0:0/96 (RFC 4291) carrying 127.0.0.1: Loopback"),
    ("::ffff:169.254.169.254", False, "carrying 169.254.169.254: Link Local"),
    ("::ffff:10.1.2.3", False, "carrying 10.1.2.3: Private-Use"),
    ("::ffff:8.8.8.8", True, "IPv4-mapped Address, ::ffff:0:0/96 (RFC 4291) carrying 8.8.8.8"),
    ("::127.0.0.1", False, "IPv4-compatible Address (deprecated), ::/96 (RFC 4291) carrying 127.0.0.1"),
    ("::a9fe:a9fe", False, "IPv4-compatible Address (deprecated), ::/96 (RFC 4291) carrying 169.254.169.254"),
    ("::0.0.0.2", False, "carrying 0.0.0.2: This network"),
    ("::8.8.8.8", True, "IPv4-compatible Address (deprecated), ::/96 (RFC 4291) carrying 8.8.8.8"),
    ("64:ff9b::a9fe:a9fe", False, "NAT64 well-known prefix), 64:ff9b::/96 (RFC 6052) carrying 169.254.169.254"),
    ("64:ff9b::127.0.0.1", False, "carrying 127.0.0.1: Loopback"),
    ("64:ff9b::10.0.0.1", False, "carrying 10.0.0.1: Private-Use"),
    ("64:ff9b::808:808", True, "NAT64 well-known prefix), 64:ff9b::/96 (RFC 6052) carrying 8.8.8.8"),
    ("64:ff9b::1.1.1.1", True, "carrying 1.1.1.1"),
    ("64:ff9b:1::a9fe:a9fe", False, "(local use), 64:ff9b:1::/48 (RFC 8215), carrying 169.254.169.254"),
    ("64:ff9b:1:a9fe:a9:fe00::", False, "64:ff9b:1::/48 (RFC 8215)"),
    ("64:ff9b:1::808:808", False, "(local use), 64:ff9b:1::/48 (RFC 8215), carrying 8.8.8.8"),
    ("2002:a9fe:a9fe::", False, "6to4, 2002::/16 (RFC 3056) carrying 169.254.169.254: Link Local"),
    ("2002:7f00:1::1", False, "6to4, 2002::/16 (RFC 3056) carrying 127.0.0.1: Loopback"),
    ("2002:c0a8:101::1", False, "carrying 192.168.1.1: Private-Use"),
    ("2002:808:808::1", True, "6to4, 2002::/16 (RFC 3056) carrying 8.8.8.8"),
    # Teredo: server 65.54.227.120 in bits 32-63; the client is the last 32 bits XOR 0xffffffff
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False, "carrying 192.0.2.45: Documentation (TEST-NET-1)"),
    ("2001:0:4136:e378::5601:5601", False, "carrying 169.254.169.254: Link Local"),  # ~0x5601 = 0xa9fe
    ("2001:0:7f00:1::f7f7:f7f7", False, "TEREDO, 2001::/32 (RFC 4380) carrying 127.0.0.1: Loopback"),  # server
    ("2001:0:4136:e378::f7f7:f7f7", True, "TEREDO, 2001::/32 (RFC 4380) carrying 65.54.227.120, 8.8.8.8"),
]


def test_the_table_is_large_and_covers_both_answers():
    assert len(TABLE) >= 80
    assert {allowed for _, allowed, _ in TABLE} == {True, False}
    assert len({address for address, _, _ in TABLE}) == len(TABLE)


@pytest.mark.parametrize(("address", "allowed", "reason"), TABLE, ids=[row[0] for row in TABLE])
def test_the_guard_answers_with_its_reason(address, allowed, reason):
    verdict = judge(address)
    assert (verdict.allowed, reason in verdict.reason) == (allowed, True), verdict
    assert Guard().allows(address) is allowed
    assert Guard(allow_private=True).allows(address)


def test_every_block_of_the_registries_is_refused_at_its_first_and_last_address():
    for block in blocks():
        for address in (block.network[0], block.network[-1]):
            verdict = judge(address)
            if block.verdict == "refuse":
                assert not verdict.allowed, (block, address)


def test_an_allowed_network_lets_through_what_it_names_and_what_carries_it():
    staging = parse_networks("10.20.0.0/16")
    assert judge("10.20.1.2", staging).allowed
    assert judge("64:ff9b::a14:102", staging).allowed           # NAT64 of 10.20.1.2
    assert not judge("64:ff9b::a15:102", staging).allowed       # 10.21.1.2
    assert not judge("169.254.169.254", staging).allowed


@pytest.mark.parametrize("url", [
    "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::]/", "http://[::127.0.0.1]/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/", "http://[2001:0:4136:e378::5601:5601]/",
    "http://2130706433/", "http://0x7f.1/", "http://127.1/", "http://0251.0376.0251.0376/"])
def test_a_url_naming_a_non_public_address_in_any_form_is_refused_before_any_lookup(url):
    with pytest.raises(TargetRefused, match="non-public address"):
        check_target_static(url, HostRules(), Guard())
