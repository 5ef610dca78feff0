"""The Reporting API collector: reports browsers send to ``POST /reporting/{property_id}``.

Site owners point their ``Reporting-Endpoints`` header here; browsers send ``application/reports+json``
arrays without credentials, so the endpoint is public: it accepts only known report types, bounded sizes,
a bounded rate per property, and appends what it accepts to the ``reporting_api`` table (source
``collector``) next to the reports the crawler captures itself.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from pipeline.errors import InvalidInput
from pipeline.storage.objects import Storage
from pipeline.storage.tables import Partition, to_arrow, to_parquet_bytes

TYPES = ("csp-violation", "deprecation", "intervention", "crash", "coep", "coop", "integrity-violation",
         "permissions-policy-violation", "network-error")
MAX_REPORTS = 100
MAX_BODY_CHARS = 8192


def parse_reports(data: Any) -> list[dict[str, Any]]:
    """Validated reports; raises ``InvalidInput`` naming the first problem."""
    if not isinstance(data, list) or not 1 <= len(data) <= MAX_REPORTS:
        raise InvalidInput(f"expected a JSON array of 1 to {MAX_REPORTS} reports")
    reports = []
    for index, report in enumerate(data):
        if not isinstance(report, dict):
            raise InvalidInput(f"report {index} is not an object")
        kind, url, body = report.get("type"), report.get("url"), report.get("body", {})
        if kind not in TYPES:
            raise InvalidInput(f"report {index}: unknown type {str(kind)[:40]!r}; accepted: {', '.join(TYPES)}")
        if not isinstance(url, str) or len(url) > 2048 or not url.startswith(("http://", "https://")):
            raise InvalidInput(f"report {index}: url must be an http(s) URL of at most 2048 characters")
        encoded = json.dumps(body if isinstance(body, dict) else {})
        if len(encoded) > MAX_BODY_CHARS:
            raise InvalidInput(f"report {index}: body larger than {MAX_BODY_CHARS} characters")
        blocked = body.get("blockedURL") if isinstance(body, dict) else None
        reports.append({"type": kind, "page_url": url, "url": blocked if isinstance(blocked, str) else None,
                        "body": encoded})
    return reports


def append(storage: Storage, organization_id: str, property_id: str, reports: list[dict[str, Any]]) -> str:
    """Write one Parquet part of today's ``reporting_api`` partition (compaction merges the parts)."""
    now = datetime.now(UTC)
    rows = [{"report_id": "collector", "property_id": property_id, "scenario": None, "source": "collector",
             "received_at": now, **r} for r in reports]
    key = Partition(organization_id, now.strftime("%Y-%m-%d")).key("reporting_api", f"collector-{uuid.uuid4().hex}")
    storage.put_bytes(key, to_parquet_bytes(to_arrow("reporting_api", rows)), "application/vnd.apache.parquet")
    return key


class RateLimit:
    """At most ``per_minute`` accepted requests per property (a token bucket per property)."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        with self._lock:
            now = time.monotonic()
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                return False
            self._buckets[key] = (tokens - 1, now)
            return True
