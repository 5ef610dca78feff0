"""The consent signals a site sends, per scenario and step, and the privacy checks they answer.

``consent_signals`` (in ``reports.json`` and the ``consent_signals`` table) says, for each scenario step,
what the IAB TCF string decoded to and in which Google Consent Mode state Google's tags fired. The checks
(``respects_consent_mode``...) are new keys of ``report_privacy.json``'s ``privacy`` object: ``None`` where
they do not apply (no Google tag fired, no TCF CMP), with one evidence row per finding.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.model.evidence import ScenarioEvidence
from pipeline.model.messages import Scan
from stages import banner_checks, consent_mode, gpc, tcf, tcf_checks

#: The columns of ``requests`` these checks read.
REQUEST_COLUMNS = ("scenario", "step", "url", "reporting_headers")
Row = dict[str, Any]


def tcf_step(evidence: ScenarioEvidence) -> str:
    """The step at which the crawl read the TCF signal: after the click when there was one."""
    if evidence.cmp.clicked:
        return evidence.scenario
    return evidence.step_at(evidence.started_at)


def by_step(scan: Scan, evidence: list[ScenarioEvidence], requests: Iterable[Row],
            tcf_summaries: dict[str, dict[str, Any] | None] | None = None,
            vendors: list[Row] | None = None) -> list[Row]:
    """One record per scenario step with a TCF CMP or a Google tag: ``{scenario, step, tcf, consent_mode}``.
    ``tcf_summaries`` maps a scenario to its decoded TCF summary (``stages.tcf``); ``vendors`` are the
    report's vendors, for what the string grants each TCF vendor seen."""
    records: dict[tuple[str, str], Row] = {}

    def record(scenario: str, step: str) -> Row:
        return records.setdefault((scenario, step), {
            "report_id": scan.report_id, "property_id": scan.property_id, "scenario": scenario, "step": step,
            "tcf": None, "consent_mode": None, "created_at": scan.created_at})

    for e in evidence:
        summary = (tcf_summaries or {}).get(e.scenario)
        if summary is not None:
            record(e.scenario, tcf_step(e))["tcf"] = {**tcf.public(summary),
                                                      "vendors": tcf_checks.vendor_grants(summary, vendors or [])}
    for (scenario, step), state in consent_mode.consent_mode_by_step(requests).items():
        record(scenario, step)["consent_mode"] = state
    order = {s: i for i, s in enumerate(scan.options.scenarios)}
    return sorted(records.values(), key=lambda r: (order.get(r["scenario"], 99), r["step"] != "no_user_choice",
                                                   r["step"]))


#: The keys these checks add to ``report_privacy.json``'s ``privacy``, in this order.
CHECKS = ("has_refuse_on_first_layer", "has_balanced_choice_design", "has_no_preticked_purposes",
          "has_consent_withdrawal", "has_no_legitimate_interest_claims", "has_accurate_essential_labels",
          "respects_tcf_choice", "respects_consent_mode", "honors_gpc")


def checks(scan: Scan, requests: list[Row], tcf_summaries: dict[str, dict[str, Any] | None] | None = None,
           vendors: list[Row] | None = None, evidence: list[ScenarioEvidence] | None = None,
           trackers: list[Row] | None = None) -> tuple[dict[str, bool | None], list[Row]]:
    """The consent signal and banner design checks of ``report_privacy.json`` (``CHECKS``, None where one
    does not apply) and their evidence rows."""
    rows: list[Row] = []

    def row(check: str, passed: bool, scenario: str | None, page_url: str | None, detail: str) -> None:
        rows.append({"report_id": scan.report_id, "property_id": scan.property_id, "check": check,
                     "passed": passed, "scenario": scenario, "page_url": page_url, "detail": detail[:1000]})

    respects, findings = consent_mode.respects_consent_mode(requests)
    for finding in findings:
        row("respects_consent_mode", False, finding["scenario"], None, f"{finding['detail']}: {finding['url']}")
    results: dict[str, bool | None] = {"respects_consent_mode": respects}
    tcf_results, tcf_findings = tcf_checks.check(tcf_summaries or {}, vendors or [])
    for finding in tcf_findings:
        row(finding["check"], False, finding["scenario"], None, finding["detail"])
    for summary in (tcf_summaries or {}).values():
        if summary and summary.get("error"):
            row("respects_tcf_choice", False, None, None, f"the TC string could not be read: {summary['error']}")
    results.update(tcf_results)
    banner_results, banner_findings = banner_checks.check(evidence or [], trackers or [])
    results.update(banner_results)
    results["honors_gpc"], gpc_findings = gpc.check(evidence or [], trackers or [], vendors or [])
    for finding in banner_findings + gpc_findings:
        row(finding["check"], finding["passed"], finding["scenario"], None, finding["detail"])
    return {name: results[name] for name in CHECKS}, rows
