"""Vendor match stage: requests and trackers to the vendors (partners) that operate them, and categories.

A vendor owns host patterns (``google-analytics.com`` covers every subdomain) and cookie names; the Open
Cookie Database names the rest (``_ga`` on the site's own domain is still Google Analytics). An
organization's overrides come first. Third-party hosts no vendor owns appear with ``partner: null``.
Writes ``report_aggregated_trackers.json`` and ``report_aggregated_vendors.json`` and both datasets.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.control.runtime import Runtime
from pipeline.model.messages import ReportTask, Scan
from pipeline.model.report import report_key, work_key
from pipeline.settings import Settings
from pipeline.setup import assets
from pipeline.storage.datasets import read_rows, write_rows
from pipeline.storage.objects import Storage, get_json, put_json
from stages.catalog import Overrides, Vendor, load_overrides, load_vendors
from stages.cookiedb import CookieDatabase


class Catalog:
    """Vendors indexed by host and cookie name; an organization's own vendors take precedence."""

    def __init__(self, vendors: Iterable[Vendor], cookies: CookieDatabase | None = None,
                 overrides: Overrides | None = None) -> None:
        self.overrides = overrides or Overrides()
        everything = [*self.overrides.vendors, *vendors]
        self.vendors = {v.id: v for v in reversed(everything)}
        self.cookies = cookies or CookieDatabase.empty()
        # Host pattern -> vendor; an organization's own vendors win a pattern both claim.
        self._hosts: dict[str, Vendor] = {}
        for vendor in everything:
            for pattern in vendor.hosts:
                self._hosts.setdefault(pattern, vendor)
        self._exact_cookies = {c: v for v in reversed(everything) for c in v.cookies if "*" not in c}
        # Wildcard cookie names, first declared first, compiled once; one regex of them all first tells
        # whether any fits (most names fit none; ``fnmatchcase`` on each was a third of the stage's time).
        wildcards = [(fnmatch.translate(c), v) for v in everything for c in v.cookies if "*" in c]
        self._cookie_patterns = [(re.compile(regex).match, v) for regex, v in wildcards]
        self._any_cookie_pattern = re.compile("|".join(r for r, _ in wildcards)).match if wildcards else None
        self._by_name = {v.name.lower(): v for v in everything}

    def by_host(self, host: str) -> tuple[Vendor, str] | None:
        """The vendor owning ``host`` and the pattern that matched: the host itself, then each parent
        domain (the longest pattern wins)."""
        labels = host.lower().split(".")
        for start in range(len(labels)):
            pattern = ".".join(labels[start:])
            vendor = self._hosts.get(pattern)
            if vendor is not None:
                return vendor, pattern
        return None

    def by_cookie(self, name: str) -> Vendor | None:
        if name in self._exact_cookies:
            return self._exact_cookies[name]
        if self._any_cookie_pattern is None or not self._any_cookie_pattern(name):
            return None
        return next((v for match, v in self._cookie_patterns if match(name)), None)

    def classify(self, record: dict[str, Any]) -> tuple[dict[str, str] | None, str, str]:
        """``(vendor ref, category, category_source)`` of a tracker record."""
        name, host = record["name"], record["host"]
        rule = self.overrides.rule_for(name, host)
        found = self.by_host(host) if record["is_third_party"] or self._own_host(host) else None
        vendor = found[0] if found else None
        if vendor is None and record["type"] == "cookie":
            vendor = self.by_cookie(name)
        info = self.cookies.lookup(name) if vendor is None and record["type"] == "cookie" else None
        if info is not None:
            vendor = self._by_name.get(info.platform.lower())
        initiator_host = record["initiator"]["url_host"]
        if vendor is None and record["type"] != "pixel" and initiator_host and record["is_third_party"]:
            initiator = self.by_host(initiator_host)
            vendor = initiator[0] if initiator else None
        ref = ({"id": vendor.id, "name": vendor.name} if vendor else
               {"id": info.vendor_id, "name": info.platform} if info else None)
        if rule is not None:
            if rule.vendor_id and rule.vendor_id in self.vendors:
                ref = {"id": rule.vendor_id, "name": self.vendors[rule.vendor_id].name}
            return ref, rule.category, "project"
        if vendor is not None:
            return ref, vendor.category, vendor.source
        if info is not None:
            return ref, info.category, "global"
        return None, "unclassified", "global"

    def _own_host(self, host: str) -> bool:
        """An organization's own vendor may claim first-party hosts (its CDN, its analytics domain)."""
        found = self.by_host(host)
        return found is not None and found[0].source == "project"


def load_catalog(settings: Settings | None = None, storage: Storage | None = None,
                 organization_id: str | None = None) -> Catalog:
    cookies = CookieDatabase.empty()
    if settings is not None:
        path = assets.asset_path(settings, assets.COOKIE_DATABASE, assets.COOKIE_DATABASE_FILE)
        if path.exists():
            cookies = _cookie_database(path)
    overrides = load_overrides(storage, organization_id) if storage is not None and organization_id else None
    vendors = load_vendors(storage)
    if overrides and (overrides.vendors or overrides.rules):
        return Catalog(vendors, cookies, overrides)
    # The common case (no override file): the vendors and the cookie database are objects cached for the
    # process, so the catalog built on them is too. It holds them, so ``is`` cannot match a recycled object.
    global _plain_catalog
    built = _plain_catalog
    if built is None or built[0] is not vendors or built[1] is not cookies:
        built = _plain_catalog = (vendors, cookies, Catalog(vendors, cookies))
    return built[2]


_plain_catalog: tuple[Sequence[Vendor], CookieDatabase, Catalog] | None = None


@functools.lru_cache(maxsize=4)
def _cookie_database(path: Any) -> CookieDatabase:
    return CookieDatabase.load(path)


def match_trackers(records: list[dict[str, Any]], catalog: Catalog) -> list[dict[str, Any]]:
    """Fill ``vendor``, ``initiator.vendor``, ``category`` and ``category_source`` (returns new records)."""
    out = []
    for record in records:
        record = {**record, "initiator": dict(record["initiator"])}  # the only nested part changed
        record["vendor"], record["category"], record["category_source"] = catalog.classify(record)
        if record.get("consent_record") and record["category_source"] != "project":
            # The CMP's record of the choice is necessary to honour it; an organization's own rule still wins.
            record["category"], record["category_source"] = "strictly_necessary", "consent_record"
        if record["initiator"]["url_host"]:
            initiator = catalog.by_host(record["initiator"]["url_host"])
            record["initiator"]["vendor"] = {"id": initiator[0].id, "name": initiator[0].name} if initiator else None
        out.append(record)
    return out


#: The columns of ``requests`` that ``aggregate_vendors`` reads.
REQUEST_COLUMNS = ("host", "is_third_party", "step", "scenario")


def aggregate_vendors(scan: Scan, requests: list[dict[str, Any]], catalog: Catalog) -> list[dict[str, Any]]:
    """One ``report_aggregated_vendors`` record per vendor (or per unmatched third-party host)."""
    groups: dict[str, dict[str, Any]] = {}
    for row in requests:
        found = catalog.by_host(row["host"])
        if not row["is_third_party"] and not (found and found[0].source == "project"):
            continue
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


def vendors(task: ReportTask, rt: Runtime) -> None:
    scan = task.scan
    catalog = load_catalog(rt.settings, rt.storage, scan.organization_id)
    trackers = match_trackers(get_json(rt.storage, work_key(scan.report_id, "trackers.json")), catalog)
    vendor_records = aggregate_vendors(scan, read_rows(rt.storage, "requests", scan, columns=REQUEST_COLUMNS), catalog)
    put_json(rt.storage, report_key(scan.report_id, "report_aggregated_trackers.json"), trackers)
    put_json(rt.storage, report_key(scan.report_id, "report_aggregated_vendors.json"), vendor_records)
    write_rows(rt.storage, "trackers", scan, trackers)
    write_rows(rt.storage, "vendors", scan, vendor_records)
