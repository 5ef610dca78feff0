"""The Open Cookie Database (Apache-2.0): what a cookie name means, whoever's domain sets it.

It is what attributes a first-party ``_ga`` to Google Analytics. Entries with ``wildcardMatch`` are name
prefixes (``_ga_`` covers ``_ga_ABC123``). Fetched at setup (``pipeline.setup.assets``); without it, names are
classified by the vendor catalog alone.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

#: Open Cookie Database categories onto consentscan's.
CATEGORY = {
    "functional": "functional", "marketing": "marketing", "analytics": "analytics",
    "security": "strictly_necessary", "necessary": "strictly_necessary", "personalization": "functional",
}


@dataclasses.dataclass(frozen=True)
class CookieInfo:
    platform: str
    category: str
    data_controller: str | None
    retention: str | None

    @property
    def vendor_id(self) -> str:
        return "ocd-" + re.sub(r"[^a-z0-9]+", "-", self.platform.lower()).strip("-")


class CookieDatabase:
    def __init__(self, exact: dict[str, CookieInfo], prefixes: list[tuple[str, CookieInfo]]) -> None:
        self.exact = exact
        self.prefixes: dict[str, CookieInfo] = {}
        for prefix, info in prefixes:
            self.prefixes.setdefault(prefix, info)
        # Longest first, so that ``_gac_`` wins over ``_ga``; one dict probe per distinct length.
        self._lengths = sorted({len(p) for p in self.prefixes}, reverse=True)

    def __len__(self) -> int:
        return len(self.exact) + len(self.prefixes)

    def lookup(self, name: str) -> CookieInfo | None:
        if name in self.exact:
            return self.exact[name]
        for length in self._lengths:
            if length <= len(name) and (info := self.prefixes.get(name[:length])) is not None:
                return info
        return None

    @classmethod
    def load(cls, path: Path) -> CookieDatabase:
        data = json.loads(path.read_text())
        exact: dict[str, CookieInfo] = {}
        prefixes: list[tuple[str, CookieInfo]] = []
        for platform, entries in data.items():
            for entry in entries:
                name = (entry.get("cookie") or "").strip()
                if not name or not platform:
                    continue
                info = CookieInfo(platform=platform,
                                  category=CATEGORY.get(entry.get("category", "").lower(), "unclassified"),
                                  data_controller=entry.get("dataController") or None,
                                  retention=entry.get("retentionPeriod") or None)
                if entry.get("wildcardMatch") == "1":
                    prefixes.append((name, info))
                else:
                    exact.setdefault(name, info)
        return cls(exact, prefixes)

    @classmethod
    def empty(cls) -> CookieDatabase:
        return cls({}, [])
