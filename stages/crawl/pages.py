"""Which internal pages a scenario visits after the home page: deterministic, same site, useful.

The privacy policy first (the privacy checks need it), then the main navigation in document order;
never logout links, downloads, mailto or tel.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urlsplit

from stages.domains import host_of, same_site
from stages.wording import PRIVACY_LINK

_SKIP = re.compile(r"log.?out|sign.?out|deconnexion|déconnexion|abmelden|disconnect|/cart/clear|unsubscribe", re.I)
_FILES = re.compile(r"\.(pdf|zip|gz|rar|7z|jpe?g|png|gif|webp|svg|docx?|xlsx?|pptx?|exe|dmg|apk|mp[34]|avi|mov|"
                    r"csv|json|xml|ics)$", re.I)


def choose_pages(home_url: str, links: list[dict[str, str]], count: int) -> list[str]:
    if count <= 0:
        return []
    home_host = host_of(home_url)
    home = urldefrag(home_url)[0].rstrip("/")
    seen = {home}
    privacy: list[str] = []
    others: list[str] = []
    for link in links:
        href = urldefrag(link.get("href", ""))[0]
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https") or not same_site(parts.hostname or "", home_host):
            continue
        if _SKIP.search(href) or _SKIP.search(link.get("text", "")) or _FILES.search(parts.path):
            continue
        if href.rstrip("/") in seen:
            continue
        seen.add(href.rstrip("/"))
        is_privacy = PRIVACY_LINK.search(link.get("text", "")) or PRIVACY_LINK.search(parts.path)
        (privacy if is_privacy else others).append(href)
    return (privacy[:1] + others + privacy[1:])[:count]
