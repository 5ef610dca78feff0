"""Global Privacy Control: does the site treat a browser that sends it as a refusal?

A site that honours GPC treats the visitor as one who refused, from the first page. ``honors_gpc`` is false
when a tracker or a vendor appears in the ``gpc`` scenario (the browser signals GPC, nobody clicks) that is
not seen after the click on "refuse all" (step ``refuse_to_all``): what the site stops for a refusal, it
still does under GPC. What the site does even after refusal is the refusal's finding, not GPC's. It is None
without a ``gpc`` scenario, or without a refusal to compare with (no ``refuse_to_all`` scenario, or its
click failed). The site's GPC support file (``/.well-known/gpc.json``,
read by the crawl in the gpc scenario) is reported as evidence; it does not decide the check.
"""

from __future__ import annotations

from typing import Any

from pipeline.model.evidence import ScenarioEvidence

#: Trackers in these categories are allowed whatever the visitor says.
EXEMPT = ("strictly_necessary", "ignored")


def check(evidence: list[ScenarioEvidence], trackers: list[dict[str, Any]], vendors: list[dict[str, Any]]) -> tuple[
        bool | None, list[dict[str, Any]]]:
    """``honors_gpc`` and its findings (``{check, scenario, passed, detail}``)."""
    by_scenario = {e.scenario: e for e in evidence}
    gpc, refusal = by_scenario.get("gpc"), by_scenario.get("refuse_to_all")
    if gpc is None or not gpc.site_loaded:
        return None, []
    findings: list[dict[str, Any]] = []
    support = (gpc.after_choice or {}).get("gpc_json")
    if support is not None:
        exposed = support.get("status") == 200 and support.get("gpc") is True
        findings.append({"check": "gpc_support_file", "scenario": "gpc", "passed": exposed,
                         "detail": "/.well-known/gpc.json declares gpc: true" if exposed else
                         f"no GPC support file (/.well-known/gpc.json answered {support.get('status')})"})
    if refusal is None or refusal.cmp.clicked != "refuse":
        return None, findings
    for t in trackers:
        steps = t["cmp"]["scenario_step"]["id"]
        if "gpc" in steps and "refuse_to_all" not in steps and t["category"] not in EXEMPT:
            findings.append({"check": "honors_gpc", "scenario": "gpc", "passed": False,
                             "detail": f"{t['type']} {t['name']} on {t['host']} is set under GPC, not after refusal"})
    for v in vendors:
        steps = v["cmp"]["scenario_step"]["id"]
        if "gpc" in steps and "refuse_to_all" not in steps:
            name = (v.get("partner") or {}).get("name") or v["id"]
            findings.append({"check": "honors_gpc", "scenario": "gpc", "passed": False,
                             "detail": f"{name} receives requests under GPC, not after refusal"})
    return not any(f["check"] == "honors_gpc" for f in findings), findings
