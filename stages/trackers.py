"""Tracker aggregation stage: every observation of every scenario and page into one record per tracker.

A tracker is (type, host, name or name pattern). Its record keeps the union of scenarios and steps, the
first page it was seen on, and the strictest facts (longest lifetime, persistent if ever persistent).
Pixels come from the ``requests`` table: third-party image, beacon or ping requests that carry data and
answer with a tiny image or no content.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from pipeline.control.runtime import Runtime
from pipeline.model.evidence import Observation
from pipeline.model.messages import ReportTask, Scan
from pipeline.model.report import work_key
from pipeline.storage.datasets import read_rows
from pipeline.storage.evidence import load_scan_evidence
from pipeline.storage.objects import put_json
from stages import consent_record
from stages.cmp_catalog import consent_record_owner
from stages.domains import host_of, is_third_party, registrable_domain
from stages.patterns import name_pattern

PIXEL_TYPES = ("image", "ping", "beacon", "other")
PIXEL_MAX_BYTES = 2048
#: Which source describes a tracker best when several saw it (lower wins).
_SOURCE_RANK = {"http_request": 0, "js_browser": 1, "other": 2}
#: The columns of ``requests`` that ``observations_from_requests`` reads.
REQUEST_COLUMNS = ("scenario", "step", "url", "host", "page_url", "started_at", "set_cookies", "is_third_party",
                   "resource_type", "has_query", "method", "status", "mime_type", "response_size", "initiator")


def observations_from_requests(rows: Iterable[dict[str, Any]]) -> Iterable[tuple[str, Observation]]:
    """``(scenario, observation)`` for each Set-Cookie and each pixel in the ``requests`` rows."""
    for row in rows:
        when = row["started_at"].timestamp() * 1000
        for cookie in row.get("set_cookies") or []:
            expires = _epoch(cookie.get("expires"))
            yield row["scenario"], Observation(
                type="cookie", source="http_request", name=cookie["name"], host=(cookie.get("domain") or row["host"]),
                page_url=row.get("page_url") or row["url"], time=when, step=row["step"], path=cookie.get("path"),
                expires=expires, max_age=cookie.get("max_age"), http_only=cookie.get("http_only"),
                secure=cookie.get("secure"), same_site=cookie.get("same_site"), initiator_url=row["url"])
        if is_pixel(row):
            yield row["scenario"], Observation(
                type="pixel", source="http_request", name=row["url"].split("?", 1)[0], host=row["host"],
                page_url=row.get("page_url") or "", time=when, step=row["step"], initiator_url=row.get("initiator"))


def is_pixel(row: dict[str, Any]) -> bool:
    if not row["is_third_party"] or row.get("resource_type") not in PIXEL_TYPES:
        return False
    carries_data = row["has_query"] or row["method"] == "POST"
    status = row.get("status") or 0
    tiny = status == 204 or (200 <= status < 300 and (row.get("mime_type") or "").startswith("image/")
                             and (row.get("response_size") or 0) <= PIXEL_MAX_BYTES)
    return carries_data and tiny


def _epoch(expires: str | None) -> float | None:
    if not expires:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(expires).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def tracker_key(kind: str, host: str, name: str) -> tuple[str, str, str, str | None]:
    pattern = name_pattern(name)
    return kind, host.lower().lstrip("."), pattern or name, pattern


def tracker_id(key: tuple[str, str, str, str | None]) -> str:
    """Stable across reports, so that scans can be compared."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"consentscan-tracker:{key[0]}:{key[1]}:{key[2]}"))


def aggregate(scan: Scan, observed: Iterable[tuple[str, Observation]],
              click_at: Mapping[str, float | None] | None = None,
              record_owner: Callable[[str], str | None] | None = None) -> list[dict[str, Any]]:
    """One ``report_aggregated_trackers`` record per tracker (vendor fields are left for the vendor stage).
    ``click_at`` (each scenario's click time) and ``record_owner`` (the CMP known to keep its consent record
    under a name) let ``stages.consent_record`` recognize the CMP's record of the choice (``consent_record``)."""
    site_host = host_of(scan.url)
    groups: dict[tuple[str, str, str, str | None], list[tuple[str, Observation]]] = {}
    for scenario, obs in observed:
        groups.setdefault(tracker_key(obs.type, obs.host, obs.name), []).append((scenario, obs))
    records = []
    for key, items in groups.items():
        precise = [(s, o) for s, o in items if not o.snapshot] or items
        first = min(precise, key=lambda item: item[1].time)[1]
        best = min(items, key=lambda item: (_SOURCE_RANK.get(item[1].source, 3), item[1].time))[1]
        lifetimes = [_lifetime(o) for _, o in items if o.type == "cookie"]
        cookie_obs = [o for _, o in items if o.type == "cookie"]
        initiator_url = best.initiator_url
        third_party = is_third_party(key[1], site_host, scan.options.first_party_domains)
        records.append({
            "property_id": scan.property_id, "report_id": scan.report_id, "organization_id": scan.organization_id,
            "id": tracker_id(key), "type": key[0], "source": best.source, "name": first.name, "host": key[1],
            "is_http_only": bool(cookie_obs) and all(o.http_only for o in cookie_obs),
            "is_secure_only": bool(cookie_obs) and all(o.secure for o in cookie_obs),
            "is_persistent": any(lt > 0 for lt in lifetimes),
            "is_third_party": third_party,
            "initiator": {
                "type": "script" if best.source == "js_browser" else ("request" if initiator_url else None),
                "url": initiator_url, "url_host": host_of(initiator_url) or None,
                "url_sld": registrable_domain(host_of(initiator_url)) or None, "vendor": None},
            "cmp": {"scenario_step": {"id": sorted({o.step for _, o in precise})},
                    "scenario": {"id": sorted({s for s, _ in items})}},
            "page_url": first.page_url, "page_url_host": host_of(first.page_url),
            "page_url_sld": registrable_domain(host_of(first.page_url)),
            "name_pattern": key[3], "initial_name": first.name, "sld": registrable_domain(key[1]),
            "vendor": None, "max_lifetime_seconds": max(lifetimes, default=-1),
            "category": "unclassified", "category_source": "global", "created_at": scan.created_at,
            "consent_record": consent_record.recognize(items, click_at or {}, not third_party,
                                                       record_owner or _nobody),
        })
    records.sort(key=lambda r: (r["type"], r["host"], r["name"]))
    return records


def _nobody(name: str) -> str | None:
    return None


def _lifetime(obs: Observation) -> int:
    """Seconds the cookie was set to live, from when it was set; -1 for a session cookie."""
    if obs.max_age is not None:
        return int(obs.max_age)
    if obs.expires is not None:
        return max(0, int(obs.expires - obs.time / 1000))
    return -1


def collect(rt: Runtime, scan: Scan) -> tuple[list[tuple[str, Observation]], dict[str, float | None]]:
    """Every observation with its scenario, and each scenario's click time."""
    evidence = load_scan_evidence(rt.storage, scan.report_id, scan.options.scenarios)
    observed = [(e.scenario, o) for e in evidence for o in e.observations]
    observed += observations_from_requests(read_rows(rt.storage, "requests", scan, columns=REQUEST_COLUMNS))
    return observed, {e.scenario: e.click_at for e in evidence}


def trackers(task: ReportTask, rt: Runtime) -> None:
    observed, click_at = collect(rt, task.scan)
    records = aggregate(task.scan, observed, click_at, consent_record_owner)
    put_json(rt.storage, work_key(task.scan.report_id, "trackers.json"), records)
