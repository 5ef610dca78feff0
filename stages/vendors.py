"""Vendor match stage: requests and trackers to the vendors (partners) that operate them.

A vendor owns host patterns (``google-analytics.com`` covers every subdomain) and cookie names
(``_ga`` on the site's own domain is still Google Analytics). Third-party hosts no vendor owns appear with
``partner: null``. Writes ``report_aggregated_trackers.json`` (with vendors and categories) and
``report_aggregated_vendors.json``, and both datasets.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline import flow
from pipeline.broker import stage_actor
from pipeline.datasets import read_rows, write_rows
from pipeline.messages import ReportTask, Scan
from pipeline.reports import report_key, work_key
from pipeline.runtime import Runtime
from pipeline.storage import get_json, put_json

CATALOG_PATH = Path(__file__).with_name("data") / "vendors.json"
CATEGORIES = ("strictly_necessary", "functional", "analytics", "marketing", "do_not_sell", "limit_pii_use",
              "global_privacy_control", "ignored", "unclassified")


@dataclasses.dataclass(frozen=True)
class Vendor:
    id: str
    name: str
    hosts: tuple[str, ...]
    country: str | None
    category: str
    functional_namespace: str | None
    namespaces: dict[str, int | None]
    tcf: dict[str, list[str]]
    cookies: tuple[str, ...]
    policy_url: str | None

    def partner(self, matched_hosts: list[dict[str, str]]) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "matched_hosts": matched_hosts,
                "functional_namespace": self.functional_namespace, "country": self.country,
                "namespaces": self.namespaces, "tcf": self.tcf}


class Catalog:
    def __init__(self, vendors: Iterable[Vendor]) -> None:
        self.vendors = {v.id: v for v in vendors}
        self._hosts = sorted(((h.lower(), v) for v in self.vendors.values() for h in v.hosts),
                             key=lambda item: -len(item[0]))
        self._exact_cookies = {c: v for v in self.vendors.values() for c in v.cookies if "*" not in c}
        self._cookie_patterns = [(c, v) for v in self.vendors.values() for c in v.cookies if "*" in c]

    @functools.lru_cache(maxsize=32768)
    def by_host(self, host: str) -> tuple[Vendor, str] | None:
        """The vendor owning ``host`` and the pattern that matched (the longest pattern wins)."""
        host = host.lower()
        for pattern, vendor in self._hosts:
            if host == pattern or host.endswith("." + pattern):
                return vendor, pattern
        return None

    def by_cookie(self, name: str) -> Vendor | None:
        if name in self._exact_cookies:
            return self._exact_cookies[name]
        return next((v for pattern, v in self._cookie_patterns if fnmatch.fnmatchcase(name, pattern)), None)


def load_catalog(path: Path = CATALOG_PATH) -> Catalog:
    data = json.loads(path.read_text())
    return Catalog(Vendor(
        id=v["id"], name=v["name"], hosts=tuple(v["hosts"]), country=v.get("country"), category=v["category"],
        functional_namespace=v.get("functional_namespace"), namespaces=v.get("namespaces") or {},
        tcf=v.get("tcf") or {}, cookies=tuple(v.get("cookies", ())), policy_url=v.get("policy_url"),
    ) for v in data["vendors"])


def match_trackers(records: list[dict[str, Any]], catalog: Catalog) -> list[dict[str, Any]]:
    """Fill ``vendor``, ``initiator.vendor`` and ``category`` of tracker records (returns new records)."""
    out = []
    for record in records:
        record = json.loads(json.dumps(record))
        found = catalog.by_host(record["host"]) if record["is_third_party"] else None
        vendor = found[0] if found else (catalog.by_cookie(record["name"]) if record["type"] == "cookie" else None)
        if vendor is None and record["initiator"]["url_host"]:
            initiator = catalog.by_host(record["initiator"]["url_host"])
            vendor = initiator[0] if initiator and record["type"] != "pixel" else vendor
        if record["initiator"]["url_host"]:
            initiator = catalog.by_host(record["initiator"]["url_host"])
            record["initiator"]["vendor"] = {"id": initiator[0].id, "name": initiator[0].name} if initiator else None
        record["vendor"] = {"id": vendor.id, "name": vendor.name} if vendor else None
        record["category"] = vendor.category if vendor else "unclassified"
        record["category_source"] = "global"
        out.append(record)
    return out


def aggregate_vendors(scan: Scan, requests: list[dict[str, Any]], catalog: Catalog) -> list[dict[str, Any]]:
    """One ``report_aggregated_vendors`` record per vendor (or per unmatched third-party host)."""
    groups: dict[str, dict[str, Any]] = {}
    for row in requests:
        if not row["is_third_party"]:
            continue
        found = catalog.by_host(row["host"])
        key = found[0].id if found else row["host"]
        group = groups.setdefault(key, {"vendor": found[0] if found else None, "hosts": {}, "count": 0,
                                        "steps": set(), "scenarios": set()})
        group["count"] += 1
        group["hosts"].setdefault(row["host"], found[1] if found else None)
        group["steps"].add(row["step"])
        group["scenarios"].add(row["scenario"])
    records = []
    for key in sorted(groups):
        group = groups[key]
        vendor: Vendor | None = group["vendor"]
        matched = [{"host": h, "raw_pattern": p} for h, p in sorted(group["hosts"].items())]
        records.append({
            "property_id": scan.property_id, "report_id": scan.report_id, "organization_id": scan.organization_id,
            "id": key, "request_count": group["count"], "partner": vendor.partner(matched) if vendor else None,
            "cmp": {"scenario_step": {"id": sorted(group["steps"])}, "scenario": {"id": sorted(group["scenarios"])}},
            "created_at": scan.created_at,
        })
    return records


@stage_actor("vendors", ReportTask)
def vendors(task: ReportTask, rt: Runtime) -> None:
    scan = task.scan
    catalog = load_catalog()
    trackers = match_trackers(get_json(rt.storage, work_key(scan.report_id, "trackers.json")), catalog)
    vendor_records = aggregate_vendors(scan, read_rows(rt.storage, "requests", scan), catalog)
    put_json(rt.storage, report_key(scan.report_id, "report_aggregated_trackers.json"), trackers)
    put_json(rt.storage, report_key(scan.report_id, "report_aggregated_vendors.json"), vendor_records)
    write_rows(rt.storage, "trackers", scan, trackers)
    write_rows(rt.storage, "vendors", scan, vendor_records)
    flow.advance("vendors", scan)
