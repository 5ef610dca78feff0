"""Score stage: the 0-100 compliance score with its breakdown, the changes since the previous report, and
the final report.

Every component is a penalty, capped, subtracted from 100 (``docs/score.md``). Penalties only grow with
worse facts, so a worse site never scores higher. Trackers classified ``strictly_necessary`` or ``ignored``
never count against a site.
"""

from __future__ import annotations

from typing import Any

from pipeline.control.runtime import Runtime
from pipeline.errors import ObjectNotFound
from pipeline.model.messages import ReportTask
from pipeline.model.report import ScenarioOutcome, build_report, report_key
from pipeline.storage.datasets import write_rows
from pipeline.storage.evidence import load_scan_evidence
from pipeline.storage.objects import get_json
from stages.catalog import CATEGORIES
from stages.changes import change_rows, diff
from stages.domains import registrable_domain
from stages.privacy import MAX_COOKIE_LIFETIME

EXEMPT = ("strictly_necessary", "ignored")
#: component: (penalty per finding, cap)
WEIGHTS = {
    "trackers_before_consent": (5, 40),
    "trackers_after_refusal": (8, 30),
    "no_consent_choice": (15, 15),
    "long_cookie_lifetimes": (2, 10),
    "no_privacy_policy": (10, 10),
    "privacy_policy_not_on_all_pages": (3, 3),
    "no_privacy_policy_opt_out": (2, 2),
    "scan_errors": (5, 15),
}


def score(trackers: list[dict[str, Any]], privacy: dict[str, bool], outcomes: list[ScenarioOutcome]) -> tuple[
        int, list[dict[str, Any]]]:
    counted = [t for t in trackers if t["category"] not in EXEMPT]
    findings = {
        "trackers_before_consent": [t["name"] for t in counted if "no_user_choice" in t["cmp"]["scenario_step"]["id"]],
        "trackers_after_refusal": [t["name"] for t in counted if "refuse_to_all" in t["cmp"]["scenario_step"]["id"]],
        "no_consent_choice": [] if privacy["has_user_consent_choice"] else ["no accept-and-refuse choice"],
        "long_cookie_lifetimes": [t["name"] for t in trackers if t["type"] == "cookie" and
                                  t["max_lifetime_seconds"] > MAX_COOKIE_LIFETIME],
        "no_privacy_policy": [] if privacy["has_privacy_policy"] else ["no privacy policy link"],
        "privacy_policy_not_on_all_pages": ([] if privacy["has_privacy_policy_all_pages"]
                                            else ["some pages lack a privacy policy link"]),
        "no_privacy_policy_opt_out": [] if privacy["has_privacy_policy_opt_out"] else ["no opt-out"],
        "scan_errors": [f"{o.scenario}: {o.error_type}" for o in outcomes if o.error_type],
    }
    breakdown = []
    for component, (per_finding, cap) in WEIGHTS.items():
        items = findings[component]
        penalty = min(cap, per_finding * len(items))
        breakdown.append({"component": component, "penalty": penalty,
                          "detail": ", ".join(sorted(set(items)))[:500] if items else None})
    return max(0, 100 - sum(b["penalty"] for b in breakdown)), breakdown


def score_report(task: ReportTask, rt: Runtime) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report document and its summary (the engine publishes them: ``pipeline.engine.finalize``)."""
    scan = task.scan
    trackers = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_trackers.json"))
    vendors = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_vendors.json"))
    privacy = get_json(rt.storage, report_key(scan.report_id, "report_privacy.json"))["privacy"]
    outcomes = rt.controlplane.scenario_outcomes(scan.report_id)
    value, breakdown = score(trackers, privacy, outcomes)
    evidence = load_scan_evidence(rt.storage, scan.report_id, scan.options.scenarios)
    # The product's name from the CMP catalog; an autoconsent rule's name ("Complianz optin") is not one.
    cmp_names = sorted({e.cmp.product for e in evidence if e.cmp.product})
    previous_id = rt.controlplane.previous_report(scan)
    previous = None
    if previous_id is not None:
        try:
            previous = (get_json(rt.storage, report_key(previous_id, "report_aggregated_trackers.json")),
                        get_json(rt.storage, report_key(previous_id, "report_aggregated_vendors.json")))
        except ObjectNotFound:  # its files are gone (deleted, another store): nothing to compare with
            previous_id = None
    changes = diff(previous_id, previous, trackers, vendors)
    write_rows(rt.storage, "changes", scan, change_rows(scan, changes))
    report = build_report(scan, outcomes, score=value, trackers_count=len(trackers), vendors_count=len(vendors),
                          extra={"score_breakdown": breakdown, "cmp_name": ", ".join(cmp_names) or None,
                                 "reporting_api_count": sum(len(e.reporting) for e in evidence),
                                 "changes": changes})
    return report, summary(trackers, vendors, changes)


def summary(trackers: list[dict[str, Any]], vendors: list[dict[str, Any]], changes: dict[str, Any]) -> dict[str, Any]:
    """The counts of the scan history (Concord's ``results`` and ``domainsCount``)."""
    domains = set()
    for vendor in vendors:
        hosts = [h["host"] for h in (vendor["partner"] or {}).get("matched_hosts") or []] or [vendor["id"]]
        domains.update(registrable_domain(h) for h in hosts)
    return {"total": len(trackers), "new": len(changes["trackers"]["new"]),
            "project": sum(1 for t in trackers if t["category_source"] == "project"),
            "global": sum(1 for t in trackers if t["category_source"] == "global"),
            "categories": {c: sum(1 for t in trackers if t["category"] == c) for c in CATEGORIES},
            "domains": len(domains),
            # for the dashboard's portfolio (pipeline.control.portfolio), counted as the score counts them
            "before_consent": sum(1 for t in trackers if t["category"] not in EXEMPT
                                  and "no_user_choice" in t["cmp"]["scenario_step"]["id"]),
            "after_refusal": sum(1 for t in trackers if t["category"] not in EXEMPT
                                 and "refuse_to_all" in t["cmp"]["scenario_step"]["id"])}
