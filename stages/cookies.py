"""Cookie strings (``document.cookie = ...`` and ``Set-Cookie``) as attributes."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from typing import Any


def parse_cookie(raw: str, now: float | None = None) -> dict[str, Any] | None:
    """Attributes of a cookie string; None for a deletion (expired, Max-Age <= 0) or garbage."""
    parts = [p.strip() for p in raw.split(";")]
    name, sep, _value = parts[0].partition("=")
    if not sep or not name.strip():
        return None
    attrs: dict[str, Any] = {"name": name.strip(), "http_only": False, "secure": False}
    for part in parts[1:]:
        key, _, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if key == "domain":
            attrs["domain"] = value.lstrip(".").lower()
        elif key == "path":
            attrs["path"] = value
        elif key == "max-age":
            try:
                attrs["max_age"] = int(value)
            except ValueError:
                pass
        elif key == "expires":
            attrs["expires_raw"] = value
            try:
                attrs["expires"] = parsedate_to_datetime(value).timestamp()
            except (TypeError, ValueError, IndexError):
                pass
        elif key == "secure":
            attrs["secure"] = True
        elif key == "httponly":
            attrs["http_only"] = True
        elif key == "samesite":
            attrs["same_site"] = value.capitalize()
        elif key == "partitioned":
            attrs["partitioned"] = True
    now = time.time() if now is None else now
    if attrs.get("max_age") is not None and attrs["max_age"] <= 0:
        return None
    if attrs.get("max_age") is None and attrs.get("expires") is not None and attrs["expires"] < now:
        return None
    return attrs
