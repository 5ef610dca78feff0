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
    """The host of a URL, lower-cased; "" when there is none. A hot path (every request of every HAR):
    plain string splitting, with ``urlsplit`` only for the rare odd URL."""
    if not url:
        return ""
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme.isalpha():
        return ""
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rpartition("@")[2]
    if authority.startswith("[") or authority.count(":") > 1:
        try:
            return (urlsplit(url).hostname or "").lower()
        except ValueError:
            return ""
    return authority.partition(":")[0].lower()


def same_site(host_a: str, host_b: str) -> bool:
    return bool(host_a) and registrable_domain(host_a) == registrable_domain(host_b)


def is_third_party(host: str, site_host: str, first_party_domains: tuple[str, ...] = ()) -> bool:
    sld = registrable_domain(host)
    return sld != registrable_domain(site_host) and sld not in first_party_domains
