"""Reporting transfers: ``Reporting-Endpoints``, ``Report-To`` and ``NEL`` response headers that send the
browser's reports to a third party.

A report (a CSP violation, a deprecation, a network error under NEL) carries the visitor's IP address, user
agent and the page's URL to the endpoint, without any script and whatever the visitor chose. One finding per
third-party endpoint host, with the vendor that operates it, the headers that named it and where.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from stages.domains import host_of

#: The response headers the HAR stage keeps (lower case), in the ``requests`` table's ``reporting_headers``.
HEADERS = ("reporting-endpoints", "report-to", "nel")
MAX_VALUE = 2000
_ENDPOINT = re.compile(r'([A-Za-z0-9_*.-]+)\s*=\s*"([^"]*)"')


def keep_headers(headers: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """The reporting headers of a HAR response, as ``{name, value}`` (values cut at ``MAX_VALUE``)."""
    return [{"name": str(h["name"]).lower(), "value": str(h.get("value", ""))[:MAX_VALUE]}
            for h in headers if str(h.get("name", "")).lower() in HEADERS]


def endpoints(headers: list[dict[str, str]]) -> list[dict[str, Any]]:
    """``{group, url, header, nel}`` for each endpoint the headers of one response name. ``nel``: the NEL
    header of the same response sends network error reports to that group."""
    found: list[dict[str, Any]] = []
    nel_groups = set()
    for header in headers:
        for line in header["value"].split("\n"):
            if header["name"] == "reporting-endpoints":
                found += [{"group": g, "url": u, "header": "Reporting-Endpoints"} for g, u in _ENDPOINT.findall(line)]
            elif header["name"] == "report-to":
                for group in _json_objects(line):
                    found += [{"group": str(group.get("group") or "default"), "url": str(e.get("url") or ""),
                               "header": "Report-To"} for e in group.get("endpoints") or [] if isinstance(e, dict)]
            elif header["name"] == "nel":
                nel_groups.update(str(p.get("report_to") or "default") for p in _json_objects(line))
    return [{**e, "nel": e["group"] in nel_groups} for e in found if e["url"].startswith(("https://", "http://"))]


def _json_objects(value: str) -> list[dict[str, Any]]:
    """``Report-To`` and ``NEL`` values: one JSON object or several separated by commas; garbage gives none."""
    try:
        parsed = json.loads(f"[{value}]")
    except ValueError:
        return []
    return [p for p in parsed if isinstance(p, dict)]


def third_party_endpoints(rows: Iterable[dict[str, Any]], is_third_party: Callable[[str], bool],
                          vendor_of: Callable[[str], dict[str, str] | None]) -> list[dict[str, Any]]:
    """One finding per third-party endpoint host: ``{host, vendor, headers, nel, urls, scenarios, first_seen_on}``.
    ``rows`` are ``requests`` rows with ``reporting_headers``."""
    findings: dict[str, dict[str, Any]] = {}
    for row in rows:
        for endpoint in endpoints(row.get("reporting_headers") or []):
            host = host_of(endpoint["url"])
            if not host or not is_third_party(host):
                continue
            finding = findings.setdefault(host, {"host": host, "vendor": vendor_of(host), "headers": set(),
                                                 "nel": False, "urls": set(), "scenarios": set(),
                                                 "first_seen_on": row["url"]})
            finding["headers"].add(endpoint["header"] + (" + NEL" if endpoint["nel"] else ""))
            finding["nel"] = finding["nel"] or endpoint["nel"]
            finding["urls"].add(endpoint["url"][:500])
            finding["scenarios"].add(row["scenario"])
    return [{**f, "headers": sorted(f["headers"]), "urls": sorted(f["urls"]), "scenarios": sorted(f["scenarios"])}
            for _, f in sorted(findings.items())]


def detail(finding: dict[str, Any]) -> str:
    vendor = (finding["vendor"] or {}).get("name") or "an unknown vendor"
    return (f"{', '.join(finding['headers'])} send the browser's reports (IP address, user agent, page URL) to "
            f"{finding['host']} ({vendor}), named by {finding['first_seen_on'][:300]}")
