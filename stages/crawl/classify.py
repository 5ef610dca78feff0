"""Typing what went wrong on the home page: unreachable site, bot challenge, private network."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.errors import AntiBotSystem, GeneralError, ScanError, WebsiteNotReachable
from stages.crawl.egress import EgressEvent

_MARKERS = [
    ("Cloudflare", re.compile(r"<title>\s*(just a moment|attention required|checking your browser)", re.I)),
    ("Cloudflare", re.compile(r"cf-browser-verification|challenges\.cloudflare\.com|cf_chl_opt", re.I)),
    ("DataDome", re.compile(r"captcha-delivery\.com|geo\.captcha-delivery|datadome", re.I)),
    ("PerimeterX", re.compile(r"px-captcha|perimeterx|_pxCaptcha|human challenge", re.I)),
    ("Imperva", re.compile(r"_Incapsula_Resource|incapsula incident|imperva", re.I)),
    ("Akamai", re.compile(r"akamai.{0,80}reference #|errors\.edgesuite\.net|bm-verify", re.I | re.S)),
    ("captcha wall", re.compile(r"(verify (that )?you are (a )?human|are you a robot|complete the security check)"
                                r".{0,2000}(g-recaptcha|h-captcha|hcaptcha|turnstile|captcha)", re.I | re.S)),
]


def bot_challenge(status: int | None, headers: Mapping[str, str], html: str) -> str | None:
    """The name of the bot protection that answered instead of the site, or None."""
    h = {k.lower(): v for k, v in headers.items()}
    if h.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare"
    if status in (403, 429, 503):
        if "cloudflare" in h.get("server", "").lower() and "cf-ray" in h:
            return "Cloudflare"
        if "x-datadome" in h or "datadome" in h.get("set-cookie", "").lower():
            return "DataDome"
        if "_px" in h.get("set-cookie", "") or "x-px" in " ".join(h):
            return "PerimeterX"
        if "x-iinfo" in h or "incap_ses" in h.get("set-cookie", ""):
            return "Imperva"
        if "akamaighost" in h.get("server", "").lower():
            return "Akamai"
    head = html[:20000]
    for name, pattern in _MARKERS:
        if pattern.search(head):
            return name
    return None


def home_response_error(status: int | None, headers: Mapping[str, str], html: str) -> ScanError | None:
    protection = bot_challenge(status, headers, html)
    if protection:
        return AntiBotSystem(f"{protection} answered with a bot challenge (HTTP {status})")
    if status is not None and status >= 400:
        return WebsiteNotReachable(f"the home page answered HTTP {status}")
    return None


_NOT_REACHABLE = ("ERR_NAME_NOT_RESOLVED", "ERR_CONNECTION_REFUSED", "ERR_CONNECTION_RESET",
                  "ERR_CONNECTION_CLOSED", "ERR_CONNECTION_TIMED_OUT", "ERR_TIMED_OUT", "ERR_ADDRESS_UNREACHABLE",
                  "ERR_TUNNEL_CONNECTION_FAILED", "ERR_EMPTY_RESPONSE", "ERR_CERT_", "ERR_SSL_",
                  "ERR_BAD_SSL_CLIENT_AUTH_CERT", "ERR_PROXY_CONNECTION_FAILED", "Timeout", "timeout")


def navigation_error(message: str, egress: EgressEvent | None) -> ScanError:
    """Type a failed navigation to the home page, using what the egress proxy saw of its host."""
    if egress is not None:
        if egress.outcome == "blocked":
            return GeneralError(f"refused to reach {egress.host}: it is on a private network "
                                "(allow with --allow-private-networks)")
        reason = {"dns_error": "its name does not resolve", "refused": "the connection was refused",
                  "timeout": "the connection timed out"}[egress.outcome]
        return WebsiteNotReachable(f"{egress.host} is not reachable: {reason}")
    first = message.splitlines()[0] if message else "navigation failed"
    if any(code in message for code in _NOT_REACHABLE):
        return WebsiteNotReachable(first[:300])
    return GeneralError(first[:300])
