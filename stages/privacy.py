"""Privacy check stage: the checks of ``report_privacy.json``, each with its evidence rows.

Reads the crawl's evidence (banner, pages with their links and forms), the aggregated trackers and the
requests; the consent signal checks and ``consent_signals`` come from ``stages.consent_signals``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pipeline.control.runtime import Runtime
from pipeline.model.evidence import ScenarioEvidence
from pipeline.model.messages import ReportTask, Scan
from pipeline.model.report import report_key, work_key
from pipeline.storage.datasets import read_rows, write_rows
from pipeline.storage.evidence import load_scan_evidence
from pipeline.storage.objects import get_json, put_json
from stages import consent_signals, reporting_endpoints, tcf
from stages.domains import host_of, is_third_party
from stages.vendors import load_catalog
from stages.wording import OPT_OUT, PRIVACY_LINK

#: The CNIL's limit for consent cookies: 13 months.
MAX_COOKIE_LIFETIME = 13 * 31 * 24 * 3600

def check(scan: Scan, evidence: list[ScenarioEvidence], trackers: list[dict[str, Any]]) -> tuple[
        dict[str, bool], list[dict[str, Any]]]:
    """The six checks and their evidence rows."""
    rows: list[dict[str, Any]] = []

    def row(name: str, passed: bool, scenario: str | None = None, page_url: str | None = None,
            detail: str | None = None) -> None:
        rows.append({"report_id": scan.report_id, "property_id": scan.property_id, "check": name,
                     "passed": passed, "scenario": scenario, "page_url": page_url, "detail": detail})

    notice = [e for e in evidence if e.cmp.popup_found]
    has_information = bool(notice)
    for e in notice:
        row("has_user_consent_information", True, e.scenario, scan.url,
            f"{e.cmp.source}: {e.cmp.name or (e.cmp.text or '')[:200]}")
    choice = [e for e in evidence if (e.cmp.has_accept and e.cmp.has_refuse) or
              (e.scenario == "refuse_to_all" and e.cmp.clicked == "refuse")]
    has_choice = bool(choice)
    for e in choice:
        row("has_user_consent_choice", True, e.scenario, scan.url, f"accept and refuse offered ({e.cmp.source})")

    offenders = [t for t in trackers if t["type"] == "cookie" and t["max_lifetime_seconds"] > MAX_COOKIE_LIFETIME]
    for t in offenders:
        row("has_short_cookies_lifetime", False, None, t["page_url"],
            f"{t['name']} on {t['host']} lives {t['max_lifetime_seconds'] // 86400} days")

    # A page is visited once per scenario; it has a policy link only if every visit showed one (a link
    # inside a banner disappears once the visitor has chosen). The policy page itself counts as having one.
    def policy_links_of(links: list[dict[str, str]]) -> list[dict[str, str]]:
        return [link for link in links if PRIVACY_LINK.search(link.get("text", "")) or
                PRIVACY_LINK.search(link.get("href", "").split("?")[0])]

    visits = [page for e in evidence for page in e.pages]
    policy_targets = {link["href"].split("#")[0] for page in visits for link in policy_links_of(page.links)}
    pages: dict[str, list[dict[str, str]]] = {}
    forms: dict[str, list[str]] = {}
    policy_links: dict[str, list[dict[str, str]]] = {}
    for page in visits:
        pages.setdefault(page.final_url, []).extend(page.links)
        forms.setdefault(page.final_url, []).extend(page.forms)
        found = policy_links_of(page.links) or (
            [{"href": page.final_url, "text": "(the privacy policy page)"}]
            if page.final_url.split("#")[0] in policy_targets else [])
        if page.final_url not in policy_links or not found:
            policy_links[page.final_url] = found
    with_policy = [url for url, links in policy_links.items() if links]
    without_policy = [url for url, links in policy_links.items() if not links]
    for url in with_policy:
        row("has_privacy_policy", True, None, url, policy_links[url][0]["href"])
    for url in without_policy:
        row("has_privacy_policy_all_pages", False, None, url, "no privacy policy link on this page")

    opt_out = False
    for url in pages:
        if url.split("#")[0] not in policy_targets:
            continue
        hits = [link["text"] or link["href"] for link in pages[url] if OPT_OUT.search(link.get("text", "")) or
                OPT_OUT.search(link.get("href", ""))] + [text for text in forms[url] if OPT_OUT.search(text)]
        if hits:
            opt_out = True
            row("has_privacy_policy_opt_out", True, None, url, hits[0][:200])

    return {
        "has_user_consent_information": has_information,
        "has_user_consent_choice": has_choice,
        "has_short_cookies_lifetime": not offenders,
        "has_privacy_policy": bool(with_policy),
        "has_privacy_policy_all_pages": bool(pages) and not without_policy,
        "has_privacy_policy_opt_out": opt_out,
    }, rows


def reporting_transfers(rt: Runtime, scan: Scan, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Third-party reporting endpoints: into ``reporting_endpoints.json`` (for the report) and the
    ``reporting_api`` table (type ``endpoint``, source ``response_header``)."""
    catalog = load_catalog(rt.settings, rt.storage, scan.organization_id)
    site_host = host_of(scan.url)

    def vendor_of(host: str) -> dict[str, str] | None:
        found = catalog.by_host(host)
        return {"id": found[0].id, "name": found[0].name} if found else None

    transfers = reporting_endpoints.third_party_endpoints(
        requests, lambda host: is_third_party(host, site_host, scan.options.first_party_domains), vendor_of)
    put_json(rt.storage, work_key(scan.report_id, "reporting_endpoints.json"), transfers)
    created = datetime.fromisoformat(scan.created_at.replace("Z", "+00:00"))
    write_rows(rt.storage, "reporting_api", scan, [
        {"report_id": scan.report_id, "property_id": scan.property_id, "scenario": t["scenarios"][0],
         "page_url": t["first_seen_on"], "type": "endpoint", "url": url, "source": "response_header",
         "body": json.dumps({k: t[k] for k in ("host", "vendor", "headers", "nel", "scenarios")}),
         "received_at": created} for t in transfers for url in t["urls"]], part=f"{scan.report_id}-endpoints")
    return transfers


def privacy(task: ReportTask, rt: Runtime) -> None:
    scan = task.scan
    evidence = load_scan_evidence(rt.storage, scan.report_id, scan.options.scenarios)
    trackers = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_trackers.json"))
    checks, rows = check(scan, evidence, trackers)
    requests = read_rows(rt.storage, "requests", scan, columns=consent_signals.REQUEST_COLUMNS)
    vendors = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_vendors.json"))
    decoded = tcf.decode_for(rt.settings, [e.cmp.tcf["tcString"] for e in evidence
                                           if e.cmp.tcf and e.cmp.tcf.get("tcString")])
    summaries = {e.scenario: tcf.summary(e.cmp.tcf, decoded) for e in evidence}
    signal_checks, signal_rows = consent_signals.checks(scan, requests, summaries, vendors, evidence, trackers)
    checks, rows = {**checks, **signal_checks}, rows + signal_rows
    signals = consent_signals.by_step(scan, evidence, requests, summaries, vendors)
    put_json(rt.storage, work_key(scan.report_id, "consent_signals.json"), signals)  # into reports.json
    write_rows(rt.storage, "consent_signals", scan, signals)
    transfers = reporting_transfers(rt, scan, requests)
    rows += [{"report_id": scan.report_id, "property_id": scan.property_id, "check": "third_party_reporting_endpoints",
              "passed": False, "scenario": t["scenarios"][0], "page_url": t["first_seen_on"],
              "detail": reporting_endpoints.detail(t)} for t in transfers]
    document = {"organization_id": scan.organization_id, "report_id": scan.report_id,
                "property_id": scan.property_id, "privacy": checks, "created_at": scan.created_at}
    put_json(rt.storage, report_key(scan.report_id, "report_privacy.json"), document)
    write_rows(rt.storage, "privacy", scan, [document])
    write_rows(rt.storage, "privacy_evidence", scan, rows)
