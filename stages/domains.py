"""Hosts and registrable domains (``sld``) from the Public Suffix List, offline.

Never the last two labels: ``bbc.co.uk`` and ``user.github.io`` are registrable domains.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList


@functools.cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()


@functools.lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    host = (host or "").lower().strip(".").strip("[]")
    if not host:
        return ""
    if host.replace(".", "").isdigit() or ":" in host:
        return host  # an IP address is its own site
    return _psl().privatesuffix(host) or host


def host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def same_site(host_a: str, host_b: str) -> bool:
    return bool(host_a) and registrable_domain(host_a) == registrable_domain(host_b)


def is_third_party(host: str, site_host: str, first_party_domains: tuple[str, ...] = ()) -> bool:
    sld = registrable_domain(host)
    return sld != registrable_domain(site_host) and sld not in first_party_domains
