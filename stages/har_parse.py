"""HAR parse stage: each scenario's HAR, streamed, into the ``requests`` table.

One row per request with its scenario step (from the click time in the crawl's evidence), hosts,
registrable domains, third-party flag, and every ``Set-Cookie`` as a cookie observation. A HAR that is
truncated, malformed or not a HAR gives that scenario a ``general_error``; the others still produce data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

import ijson

from pipeline.control.runtime import Runtime
from pipeline.errors import GeneralError, ObjectNotFound
from pipeline.model.evidence import ScenarioEvidence
from pipeline.model.messages import ReportTask, Scan
from pipeline.model.report import ScenarioOutcome, scenario_key
from pipeline.storage.datasets import write_rows
from pipeline.storage.evidence import load_evidence
from stages.cookies import parse_cookie
from stages.domains import host_of, is_third_party, registrable_domain
from stages.reporting_endpoints import keep_headers


def parse_har(stream: BinaryIO, scan: Scan, evidence: ScenarioEvidence) -> Iterator[dict[str, Any]]:
    """Yield ``requests`` rows from a HAR file object without loading it whole. Raises ``GeneralError``."""
    site_host = host_of(scan.url)
    page_urls: dict[str, str] = {}
    try:
        for index, entry in enumerate(ijson.items(stream, "log.entries.item", use_float=True)):
            yield _row(index, entry, scan, evidence, site_host, page_urls)
    except (ijson.JSONError, ijson.IncompleteJSONError) as exc:
        raise GeneralError(f"the HAR of {evidence.scenario} is malformed or truncated: {exc}") from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GeneralError(f"the HAR of {evidence.scenario} is not a valid HAR: {exc!r}") from exc


def _row(index: int, entry: dict[str, Any], scan: Scan, evidence: ScenarioEvidence, site_host: str,
         page_urls: dict[str, str]) -> dict[str, Any]:
    request, response = entry["request"], entry.get("response") or {}
    url = request["url"]
    host = host_of(url)
    resource_type = entry.get("_resourceType")
    pageref = entry.get("pageref") or ""
    if resource_type == "document" and pageref not in page_urls:
        page_urls[pageref] = url
    started = datetime.fromisoformat(entry["startedDateTime"].replace("Z", "+00:00")).astimezone(UTC)
    started_ms = started.timestamp() * 1000
    headers = request.get("headers") or []
    referer = next((h["value"] for h in headers if h.get("name", "").lower() == "referer"), None)
    set_cookies = []
    for header in response.get("headers") or []:
        if header.get("name", "").lower() != "set-cookie":
            continue
        for line in str(header.get("value", "")).split("\n"):
            attrs = parse_cookie(line, now=started.timestamp())
            if attrs:
                set_cookies.append({
                    "name": attrs["name"], "domain": attrs.get("domain") or host, "path": attrs.get("path"),
                    "expires": attrs.get("expires_raw"), "max_age": attrs.get("max_age"),
                    "http_only": attrs["http_only"], "secure": attrs["secure"], "same_site": attrs.get("same_site"),
                    "partitioned": attrs.get("partitioned", False)})
    content = response.get("content") or {}
    return {
        "report_id": scan.report_id, "property_id": scan.property_id, "scenario": evidence.scenario,
        "step": evidence.step_at(started_ms), "request_index": index,
        "page_url": page_urls.get(pageref), "url": url, "host": host, "sld": registrable_domain(host),
        "method": request.get("method", "GET"), "status": response.get("status") or None,
        "resource_type": resource_type, "mime_type": content.get("mimeType") or None, "initiator": referer,
        "request_size": _size(request.get("bodySize")), "response_size": _size(
            response.get("_transferSize") if response.get("_transferSize", -1) >= 0 else content.get("size")),
        "started_at": started, "time_ms": float(entry.get("time") or 0.0),
        "is_third_party": is_third_party(host, site_host, scan.options.first_party_domains),
        "has_query": "?" in url, "set_cookies": set_cookies,
        "reporting_headers": keep_headers(response.get("headers") or []) or None,
    }


def _size(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and value >= 0 else None


def parse_scenario(storage: Any, scan: Scan, scenario: str) -> tuple[list[dict[str, Any]], str | None]:
    """Rows of one scenario and the error that stopped them, if any."""
    evidence = load_evidence(storage, scan.report_id, scenario)
    if evidence is None:
        return [], None  # the crawl's own error already describes this scenario
    try:
        stream = storage.open(scenario_key(scan.report_id, scenario, "proof_of_scan.har"))
    except ObjectNotFound:
        return [], None
    with contextlib.closing(stream):
        try:
            return list(parse_har(stream, scan, evidence)), None
        except GeneralError as exc:
            return [], exc.description


def record_har_error(rt: Runtime, report_id: str, scenario: str, error: str) -> None:
    """A bad HAR is the scenario's ``general_error``, unless the crawl already recorded why it failed."""
    previous = next((o for o in rt.controlplane.scenario_outcomes(report_id) if o.scenario == scenario), None)
    if previous is None or not previous.error_type:
        rt.controlplane.record_scenario(report_id, ScenarioOutcome(
            scenario, "general_error", error, previous.site_loaded if previous else False))


def har_parse(task: ReportTask, rt: Runtime) -> None:
    scan = task.scan
    rows: list[dict[str, Any]] = []
    for scenario in scan.options.scenarios:
        scenario_rows, error = parse_scenario(rt.storage, scan, scenario)
        rows += scenario_rows
        if error:
            record_har_error(rt, scan.report_id, scenario, error)
    write_rows(rt.storage, "requests", scan, rows, keep=True)  # the trackers and vendors stages read them
