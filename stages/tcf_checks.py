"""The TCF checks: does the TC string follow the visitor's choice, and do TCF vendors follow the string?

- ``respects_tcf_choice``: false when the string grants purpose or vendor consent before any choice or after
  "refuse all", or when a vendor with a TCF id is active (requests or trackers) before a choice or after
  refusal while the string of that step grants it neither consent nor legitimate interest;
- ``has_no_legitimate_interest_claims``: false when a string sets legitimate interest for purposes 2 to 11
  (the EDPB does not accept it for cookies and tracking; TCF 2.2 forbids it for purposes 3 to 6).
Both are None without a decoded TC string (no TCF CMP, or the decoder could not run), or when the CMP says
GDPR does not apply.
"""

from __future__ import annotations

from typing import Any

from stages import tcf

LEGITIMATE_INTEREST_PURPOSES = range(2, 12)
#: The scenario whose string is in force at each step where nothing may be granted yet.
NO_CONSENT_STEPS = {"no_user_choice": "no_user_choice", "refuse_to_all": "refuse_to_all"}
WHEN = {"no_user_choice": "before any choice", "refuse_to_all": "after refusal"}
Finding = dict[str, Any]


def tcf_vendors(vendors: list[dict[str, Any]]) -> list[tuple[int, str, list[str], tuple[list[int], list[int]] | None]]:
    """``(TCF id, name, steps seen, declared purposes)`` of each vendor seen that has a TCF id."""
    found = []
    for vendor in vendors:
        partner = vendor.get("partner") or {}
        iab = (partner.get("namespaces") or {}).get("iab2")
        if not iab:
            continue
        declared = partner.get("tcf") or {}
        purposes = ([int(p) for p in declared.get("default_purposes_id") or []],
                    [int(p) for p in declared.get("legitimate_interest_purposes_id") or []])
        found.append((int(iab), partner.get("name") or vendor["id"], vendor["cmp"]["scenario_step"]["id"],
                      purposes if any(purposes) else None))
    return found


def check(summaries: dict[str, dict[str, Any] | None], vendors: list[dict[str, Any]]) -> tuple[
        dict[str, bool | None], list[Finding]]:
    """The two checks and their findings (``{check, scenario, detail}``) from each scenario's summary."""
    usable = {s: v for s, v in summaries.items() if v is not None and not v.get("error")
              and v.get("gdpr_applies") is not False}
    if not usable:
        return {"respects_tcf_choice": None, "has_no_legitimate_interest_claims": None}, []
    findings: list[Finding] = []

    def finding(check: str, scenario: str, detail: str) -> None:
        findings.append({"check": check, "scenario": scenario, "detail": detail})

    for step, scenario in NO_CONSENT_STEPS.items():
        summary = usable.get(scenario)
        if summary is None:
            continue
        if summary["purpose_consents"]:
            finding("respects_tcf_choice", scenario, f"the TC string {WHEN[step]} grants consent for purposes "
                    f"{_list(summary['purpose_consents'])}")
        if summary["vendor_consents"]:
            finding("respects_tcf_choice", scenario, f"the TC string {WHEN[step]} grants consent to "
                    f"{len(summary['vendor_consents'])} vendors")
        for vendor_id, name, steps, declared in tcf_vendors(vendors):
            if step not in steps:
                continue
            granted = tcf.grants(summary, vendor_id, declared)
            if not granted["consent_purposes"] and not granted["legitimate_interest_purposes"]:
                finding("respects_tcf_choice", scenario, f"{name} (TCF vendor {vendor_id}) is active {WHEN[step]} "
                        "while the TC string grants it neither consent nor legitimate interest")
    for scenario, summary in usable.items():
        claimed = [p for p in summary["purpose_legitimate_interests"] if p in LEGITIMATE_INTEREST_PURPOSES]
        if claimed:
            finding("has_no_legitimate_interest_claims", scenario,
                    f"the TC string claims legitimate interest for purposes {_list(claimed)}")
    failed = {f["check"] for f in findings}
    return {"respects_tcf_choice": "respects_tcf_choice" not in failed,
            "has_no_legitimate_interest_claims": "has_no_legitimate_interest_claims" not in failed}, findings


def vendor_grants(summary: dict[str, Any] | None, vendors: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """What a scenario's string grants each TCF vendor seen in the scan (``consent_signals``' ``tcf.vendors``)."""
    if summary is None or summary.get("error"):
        return None
    grants = []
    for vendor_id, name, _, declared in tcf_vendors(vendors):
        granted = tcf.grants(summary, vendor_id, declared)
        grants.append({**granted, "name": granted["name"] or name})
    return grants


def _list(purposes: list[int]) -> str:
    return ", ".join(str(p) for p in sorted(purposes))
