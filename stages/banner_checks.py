"""The EDPB cookie banner taskforce's checks (report of 17 January 2023) on what the crawl saw of the banner.

Reads the banner's controls as the crawl measured them on the rendered page (``CmpEvidence.controls``:
label, role, layer, tag, is_link, in_text, box, contrast...), its second-layer purpose toggles
(``CmpEvidence.toggles``) and what was left after the choice (``ScenarioEvidence.after_choice``). Each check
is None when the crawl has nothing to judge it on (no banner, no second layer, no click).
Thresholds: ``stages/data/banner_design.json``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from pipeline.model.evidence import ScenarioEvidence

DATA = Path(__file__).with_name("data") / "banner_design.json"
ACCEPT, REFUSE = ("accept_all",), ("reject_all", "necessary_only")
#: Catalog categories that are never essential.
NOT_ESSENTIAL = ("marketing", "analytics")
Finding = dict[str, Any]


@functools.cache
def thresholds() -> dict[str, float]:
    return json.loads(DATA.read_text())["thresholds"]


def _controls(e: ScenarioEvidence, layer: int, roles: tuple[str, ...]) -> list[dict[str, Any]]:
    return [c for c in e.cmp.controls if c.get("layer") == layer and c.get("role") in roles]


def _area(control: dict[str, Any]) -> float:
    box = control.get("box") or {}
    return float(box.get("width") or 0) * float(box.get("height") or 0)


def refuse_on_first_layer(evidence: list[ScenarioEvidence]) -> tuple[bool | None, list[Finding]]:
    """False when the first layer offers "accept all" and nothing that refuses."""
    judged = [e for e in evidence if _controls(e, 1, ACCEPT)]
    if not judged:
        return None, []
    findings = [{"scenario": e.scenario, "detail": "the first layer offers "
                 f"'{_controls(e, 1, ACCEPT)[0].get('label')}' and no way to refuse"}
                for e in judged if not _controls(e, 1, REFUSE)]
    return not findings, findings[:1]


def balanced_choice_design(evidence: list[ScenarioEvidence]) -> tuple[bool | None, list[Finding]]:
    """False when refusing is made harder to see than accepting: a link or words in running text against a
    button, much less contrast, or a much smaller control."""
    limits = thresholds()
    findings: list[Finding] = []
    judged = False
    for e in evidence:
        accepts, refuses = _controls(e, 1, ACCEPT), _controls(e, 1, REFUSE)
        if not accepts or not refuses:
            continue
        judged = True
        accept, refuse = accepts[0], refuses[0]
        problems = []
        if (refuse.get("is_link") or refuse.get("in_text")) and not (accept.get("is_link") or accept.get("in_text")):
            problems.append("refusing is a link or words in running text while accepting is a button")
        a_contrast, r_contrast = accept.get("contrast"), refuse.get("contrast")
        if a_contrast and r_contrast and r_contrast < limits["low_contrast"] <= a_contrast:
            problems.append(f"the refuse control's contrast is {r_contrast:.1f}:1 against {a_contrast:.1f}:1")
        a_area, r_area = _area(accept), _area(refuse)
        if a_area and r_area and a_area / r_area >= limits["area_ratio"]:
            problems.append(f"the accept control is {a_area / r_area:.1f} times the area of the refuse control")
        if problems:
            findings.append({"scenario": e.scenario, "detail": f"'{accept.get('label')}' against "
                             f"'{refuse.get('label')}': " + "; ".join(problems)})
    return (not findings if judged else None), findings[:1]


def no_preticked_purposes(evidence: list[ScenarioEvidence]) -> tuple[bool | None, list[Finding]]:
    """False when a second-layer purpose the visitor may change is already ticked."""
    seen = [e for e in evidence if e.cmp.toggles]
    if not seen:
        return None, []
    findings = [{"scenario": e.scenario, "detail": "ticked before any change: " +
                 ", ".join(str(t.get("label"))[:60] for t in ticked)}
                for e in seen if (ticked := [t for t in e.cmp.toggles if t.get("checked") and not t.get("disabled")])]
    return not findings, findings[:1]


def consent_withdrawal(evidence: list[ScenarioEvidence]) -> tuple[bool | None, list[Finding]]:
    """False when, after a choice, nothing lets the visitor change it: no CMP function that reopens the banner
    (``__tcfapi`` included), no link or button saying so, no small fixed icon."""
    chosen = [e for e in evidence if e.cmp.clicked and e.after_choice is not None]
    if not chosen:
        return None, []
    for e in chosen:
        found = e.after_choice or {}
        ways = found.get("reopen_functions") or found.get("links") or found.get("floating")
        if ways:
            return True, [{"scenario": e.scenario, "passed": True, "detail": f"after the choice: {ways[0]}"}]
    return False, [{"scenario": chosen[0].scenario, "detail": "after the choice, no CMP function, link, button or "
                    "floating icon lets the visitor change it"}]


def accurate_essential_labels(evidence: list[ScenarioEvidence], trackers: list[dict[str, Any]]) -> tuple[
        bool | None, list[Finding]]:
    """False when what the site starts only once the visitor refused (what its CMP runs as "necessary":
    absent before the choice, present after "refuse all") includes trackers that the catalog classifies as
    marketing or analytics. A tracker present before the choice too ignores the choice altogether: the
    tracker components of the score count it, not this check. None without a successful refusal.
    (The CMP's own cookie declarations would say what it labels essential; the crawl does not read them.)"""
    if not any(e.scenario == "refuse_to_all" and e.cmp.clicked == "refuse" for e in evidence):
        return None, []
    steps = [(t, t["cmp"]["scenario_step"]["id"]) for t in trackers]
    kept = [t for t, s in steps if "refuse_to_all" in s and "no_user_choice" not in s
            and t["category"] in NOT_ESSENTIAL and t.get("category_source") != "project"]
    findings = [{"scenario": "refuse_to_all", "detail": f"{t['name']} on {t['host']} starts after refusal, as "
                 f"necessary, but is classified {t['category']} ({t.get('category_source')})"} for t in kept]
    return not findings, findings


def check(evidence: list[ScenarioEvidence], trackers: list[dict[str, Any]]) -> tuple[
        dict[str, bool | None], list[Finding]]:
    """The banner checks of ``report_privacy.json`` and their findings (``{check, scenario, passed, detail}``)."""
    results: dict[str, bool | None] = {}
    findings: list[Finding] = []
    for name, (value, found) in {
        "has_refuse_on_first_layer": refuse_on_first_layer(evidence),
        "has_balanced_choice_design": balanced_choice_design(evidence),
        "has_no_preticked_purposes": no_preticked_purposes(evidence),
        "has_consent_withdrawal": consent_withdrawal(evidence),
        "has_accurate_essential_labels": accurate_essential_labels(evidence, trackers),
    }.items():
        results[name] = value
        findings += [{"check": name, "passed": False, **f} for f in found]  # a finding may say passed: True
    return results, findings
