"""Score stage: the 0-100 compliance score with its breakdown, the changes since the previous report, and
the final report.

Every component is a penalty, capped, subtracted from 100 (``docs/score.md``). Penalties only grow with
worse facts, so a worse site never scores higher. Trackers classified ``strictly_necessary`` or ``ignored``
(a CMP's consent record among them) never count against a site; first-party session cookies count less.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.control.runtime import Runtime
from pipeline.errors import ObjectNotFound
from pipeline.model.messages import ReportTask
from pipeline.model.report import ScenarioOutcome, build_report, report_key, work_key
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
    "consent_signals_ignored": (10, 20),
    "consent_design_issues": (5, 15),
    "reporting_transfers": (2, 6),
}
#: The privacy checks that ``consent_signals_ignored`` counts when they fail (None: does not apply).
SIGNAL_CHECKS = ("respects_consent_mode", "respects_tcf_choice", "honors_gpc")
#: The EDPB cookie banner taskforce's checks that ``consent_design_issues`` counts when they fail.
DESIGN_CHECKS = ("has_refuse_on_first_layer", "has_balanced_choice_design", "has_no_preticked_purposes",
                 "has_consent_withdrawal", "has_no_legitimate_interest_claims", "has_accurate_essential_labels")
#: Penalty, in the two tracker components, of a first-party session cookie (see ``is_first_party_session``)
#: instead of the component's full one. Below both full weights and under the same cap, so that a cookie
#: that turns persistent, readable by script or third-party never lowers the penalty.
FIRST_PARTY_SESSION_WEIGHT = 1
FIRST_PARTY_SESSION_MARK = " (first-party session)"


def is_first_party_session(tracker: dict[str, Any]) -> bool:
    """A cookie that cannot carry an identifier across sites: on the site's own domain (never sent to a
    third party), HttpOnly (set by the server; no script can read it to pass it on) and for the session only.
    The scanner cannot see what it holds, so it still counts, at a lower weight."""
    return (tracker["type"] == "cookie" and tracker.get("is_third_party") is False
            and tracker.get("is_http_only") is True and tracker.get("is_persistent") is False
            and tracker["max_lifetime_seconds"] < 0)


def score(trackers: list[dict[str, Any]], privacy: dict[str, bool], outcomes: list[ScenarioOutcome],
          reporting_hosts: Sequence[str] = ()) -> tuple[int, list[dict[str, Any]]]:
    """The score and its breakdown. ``reporting_hosts``: third-party hosts the site's reporting headers
    send the browser's reports to (``stages.reporting_endpoints``)."""
    counted = [t for t in trackers if t["category"] not in EXEMPT]

    def at_step(step: str) -> list[tuple[str, int | None]]:
        """``(finding, weight)``: None is the component's full weight."""
        return [(t["name"] + FIRST_PARTY_SESSION_MARK, FIRST_PARTY_SESSION_WEIGHT) if is_first_party_session(t)
                else (t["name"], None) for t in counted if step in t["cmp"]["scenario_step"]["id"]]

    def plain(items: list[str]) -> list[tuple[str, int | None]]:
        return [(item, None) for item in items]

    findings = {
        "trackers_before_consent": at_step("no_user_choice"),
        "trackers_after_refusal": at_step("refuse_to_all"),
        "no_consent_choice": plain([] if privacy["has_user_consent_choice"] else ["no accept-and-refuse choice"]),
        "long_cookie_lifetimes": plain([t["name"] for t in trackers if t["type"] == "cookie" and
                                        t["max_lifetime_seconds"] > MAX_COOKIE_LIFETIME]),
        "no_privacy_policy": plain([] if privacy["has_privacy_policy"] else ["no privacy policy link"]),
        "privacy_policy_not_on_all_pages": plain([] if privacy["has_privacy_policy_all_pages"]
                                                 else ["some pages lack a privacy policy link"]),
        "no_privacy_policy_opt_out": plain([] if privacy["has_privacy_policy_opt_out"] else ["no opt-out"]),
        "scan_errors": plain([f"{o.scenario}: {o.error_type}" for o in outcomes if o.error_type]),
        "consent_signals_ignored": plain([c for c in SIGNAL_CHECKS if privacy.get(c) is False]),
        "consent_design_issues": plain([c for c in DESIGN_CHECKS if privacy.get(c) is False]),
        "reporting_transfers": plain(sorted(set(reporting_hosts))),
    }
    breakdown = []
    for component, (per_finding, cap) in WEIGHTS.items():
        items = findings[component]
        penalty = min(cap, sum(per_finding if weight is None else weight for _, weight in items))
        names = sorted({name for name, _ in items})
        breakdown.append({"component": component, "penalty": penalty,
                          "detail": ", ".join(names)[:500] if names else None})
    return max(0, 100 - sum(b["penalty"] for b in breakdown)), breakdown


def score_report(task: ReportTask, rt: Runtime) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report document and its summary (the engine publishes them: ``pipeline.engine.finalize``)."""
    scan = task.scan
    trackers = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_trackers.json"))
    vendors = get_json(rt.storage, report_key(scan.report_id, "report_aggregated_vendors.json"))
    privacy = get_json(rt.storage, report_key(scan.report_id, "report_privacy.json"))["privacy"]
    outcomes = rt.controlplane.scenario_outcomes(scan.report_id)
    signals, transfers = None, None
    try:
        signals = get_json(rt.storage, work_key(scan.report_id, "consent_signals.json"))
        transfers = get_json(rt.storage, work_key(scan.report_id, "reporting_endpoints.json"))
    except ObjectNotFound:  # written by a privacy stage older than this one
        pass
    value, breakdown = score(trackers, privacy, outcomes, [t["host"] for t in transfers or []])
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
                                 "changes": changes, "consent_signals": _public(signals),
                                 "reporting_endpoints": transfers})
    return report, summary(trackers, vendors, changes)


def _public(signals: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    """``consent_signals`` as ``reports.json`` shows it: per scenario step, without the table's keys."""
    if signals is None:
        return None
    return [{k: v for k, v in s.items() if k in ("scenario", "step", "tcf", "consent_mode")} for s in signals]


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
