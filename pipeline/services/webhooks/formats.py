"""Webhook bodies (consentscan's JSON, Slack and Microsoft Teams incoming webhooks) and their signature.

Signature: ``X-Consentscan-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`` with the webhook's
secret, ``X-Consentscan-Timestamp`` in seconds since the epoch (receivers refuse old ones against replays),
as Stripe signs its events.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does (used by the tests and documented for users)."""
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


def render(event: dict[str, Any], form: str) -> bytes:
    """The body for ``form``: the event itself, or a chat message made from it."""
    if form == "json":
        body: dict[str, Any] = event
    elif form == "slack":
        link = event["links"].get("report") or event["links"].get("property") or ""
        body = {"text": f"[consentscan] {event['summary']}" + (f" <{link}|report>" if link else ""),
                "consentscan_event_id": event["id"]}
    elif form == "teams":
        body = {"@type": "MessageCard", "@context": "https://schema.org/extensions",
                "summary": event["summary"], "title": f"consentscan: {event['type']}", "text": event["summary"],
                "themeColor": "D13438" if event["type"] != "report.finished" else "0078D7",
                "potentialAction": [{"@type": "OpenUri", "name": name.replace("_", " "),
                                     "targets": [{"os": "default", "uri": uri}]}
                                    for name, uri in event["links"].items() if uri.startswith("http")]}
    else:
        raise ValueError(form)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def headers(event: dict[str, Any], secret: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {"content-type": "application/json", "user-agent": "consentscan-webhooks/1",
            "x-consentscan-event": event["type"], "x-consentscan-event-id": event["id"],
            "x-consentscan-timestamp": str(timestamp), "x-consentscan-signature": sign(secret, timestamp, body)}
