"""Turning what the page and the browser report into tracker observations with their scenario step.

Three sources: the hooks of ``js/capture.js`` (cookies written by script, storage, IndexedDB, Reporting API,
each with the script that did it), snapshots of the context's cookies and of each frame's storage (which
catch what no hook saw), and, later in the HAR stage, the ``Set-Cookie`` headers.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

from pipeline.model.evidence import Observation, ScenarioEvidence
from stages.cookies import parse_cookie
from stages.domains import host_of

_JS = Path(__file__).with_name("js")
CAPTURE_JS = (_JS / "capture.js").read_text()
GPC_JS = (_JS / "gpc.js").read_text()
STORAGE_SNAPSHOT_JS = (_JS / "storage_snapshot.js").read_text()
PAGE_FACTS_JS = (_JS / "page_facts.js").read_text()


def now_ms() -> float:
    return time.time() * 1000


def value_digest(value: Any) -> str | None:
    """A short digest of a stored value: enough to tell two values apart, useless to recover one."""
    if value is None:
        return None
    return hashlib.sha256(str(value).encode("utf-8", "replace")).hexdigest()[:16]


class Recorder:
    """Receives the page's hook events (the ``__consentscanRecord`` binding) into the evidence."""

    def __init__(self, evidence: ScenarioEvidence) -> None:
        self.evidence = evidence
        self._snapshot_keys: set[tuple[str, str, str]] = set()

    def on_event(self, source: Any, event: dict[str, Any]) -> None:
        try:
            self._on_event(event)
        except Exception:
            pass  # a malformed event from a hostile page is dropped, never fatal

    def _add(self, observation: Observation) -> None:
        self.evidence.observations.append(observation)

    def _on_event(self, event: dict[str, Any]) -> None:
        kind = event.get("kind")
        url = str(event.get("url") or "")
        when = float(event.get("time") or now_ms())
        step = self.evidence.step_at(when)
        initiator = event.get("initiator") or None
        if kind == "cookie":
            attrs = parse_cookie(str(event.get("raw", "")))
            if attrs:
                self._add(Observation(
                    type="cookie", source="js_browser", name=attrs["name"], host=attrs.get("domain") or host_of(url),
                    page_url=url, time=when, step=step, path=attrs.get("path"), expires=attrs.get("expires"),
                    max_age=attrs.get("max_age"), secure=attrs["secure"], http_only=False,
                    same_site=attrs.get("same_site"), initiator_url=initiator,
                    value_digest=value_digest(str(event.get("raw", "")).split(";", 1)[0].partition("=")[2])))
        elif kind == "cookie_store":
            expires = event.get("expires")
            self._add(Observation(
                type="cookie", source="js_browser", name=str(event["name"]),
                host=str(event.get("domain") or host_of(url)).lstrip("."), page_url=url, time=when, step=step,
                path=event.get("path"), expires=float(expires) / 1000 if expires else None, http_only=False,
                secure=True, same_site=event.get("same_site"), initiator_url=initiator,
                value_digest=value_digest(event.get("value"))))
        elif kind == "storage":
            self._add(Observation(
                type="web_storage", source="js_browser", name=str(event["key"]), host=host_of(url), page_url=url,
                time=when, step=step, storage_area=str(event.get("area")), initiator_url=initiator,
                value_digest=value_digest(event.get("value"))))
        elif kind == "indexed_db":
            self._add(Observation(
                type="indexed_db", source="js_browser", name=str(event["name"]), host=host_of(url), page_url=url,
                time=when, step=step, initiator_url=initiator))
        elif kind == "report":
            if len(self.evidence.reporting) < 500:
                self.evidence.reporting.append({
                    "page_url": url, "type": str(event.get("type")), "url": str(event.get("report_url") or ""),
                    "body": str(event.get("body") or "")[:4000], "time": when, "step": step})

    def snapshot(self, context: Any, page: Any) -> None:
        """Cookies and storage present now; each is recorded once per scenario (source ``other``)."""
        when = now_ms()
        step = self.evidence.step_at(when)
        try:
            cookies = context.cookies()
        except Exception:
            cookies = []
        for c in cookies:
            key = ("cookie", c.get("domain", "").lstrip("."), c.get("name", ""))
            if key in self._snapshot_keys:
                continue
            self._snapshot_keys.add(key)
            expires = c.get("expires")
            self._add(Observation(
                type="cookie", source="other", name=c["name"], host=key[1], page_url=page.url, time=when, step=step,
                path=c.get("path"), expires=expires if expires and expires > 0 else None,
                http_only=c.get("httpOnly"), secure=c.get("secure"), same_site=c.get("sameSite"),
                partition_key=str(c["partitionKey"]) if c.get("partitionKey") else None, snapshot=True,
                value_digest=value_digest(c.get("value"))))
        for frame in page.frames:
            try:
                found = frame.evaluate(STORAGE_SNAPSHOT_JS)
            except Exception:
                continue
            if not found or not found.get("host"):
                continue
            items = ([("web_storage", "localStorage", k) for k in found.get("local", [])] +
                     [("web_storage", "sessionStorage", k) for k in found.get("session", [])] +
                     [("indexed_db", None, k) for k in found.get("idb", [])])
            for kind, area, name in items:
                key = (kind, found["host"], f"{area}:{name}")
                if key in self._snapshot_keys:
                    continue
                self._snapshot_keys.add(key)
                self._add(Observation(type=kind, source="js_browser", name=str(name), host=found["host"],
                                      page_url=frame.url, time=when, step=step, storage_area=area,
                                      snapshot=True))
