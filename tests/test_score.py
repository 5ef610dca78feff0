"""The score: one case per component (table-driven), caps, exemptions, monotonicity."""

from __future__ import annotations

import pytest

from pipeline.model.report import ScenarioOutcome
from stages.score import WEIGHTS, score

GOOD = dict.fromkeys(["has_user_consent_information", "has_user_consent_choice", "has_short_cookies_lifetime",
                      "has_privacy_policy", "has_privacy_policy_all_pages", "has_privacy_policy_opt_out"], True)


def tracker(name, steps=("consent_to_all",), category="marketing", lifetime=3600, kind="cookie"):
    return {"name": name, "type": kind, "category": category, "max_lifetime_seconds": lifetime,
            "cmp": {"scenario_step": {"id": list(steps)}}}


CASES = [
    # (component, trackers, privacy changes, outcomes, expected penalty)
    ("trackers_before_consent", [tracker("a", ["no_user_choice"]), tracker("b", ["no_user_choice"])], {}, [], 10),
    ("trackers_before_consent", [tracker(f"t{i}", ["no_user_choice"]) for i in range(20)], {}, [], 40),
    ("trackers_after_refusal", [tracker("a", ["refuse_to_all"])], {}, [], 8),
    ("trackers_after_refusal", [tracker(f"t{i}", ["refuse_to_all"]) for i in range(9)], {}, [], 30),
    ("no_consent_choice", [], {"has_user_consent_choice": False}, [], 15),
    ("long_cookie_lifetimes", [tracker("a", lifetime=2 * 365 * 86400), tracker("b", lifetime=60)], {}, [], 2),
    ("long_cookie_lifetimes", [tracker(f"t{i}", lifetime=10**9) for i in range(8)], {}, [], 10),
    ("no_privacy_policy", [], {"has_privacy_policy": False}, [], 10),
    ("privacy_policy_not_on_all_pages", [], {"has_privacy_policy_all_pages": False}, [], 3),
    ("no_privacy_policy_opt_out", [], {"has_privacy_policy_opt_out": False}, [], 2),
    ("scan_errors", [], {}, [ScenarioOutcome("consent_to_all", "no_button_found", "x")], 5),
    ("scan_errors", [], {}, [ScenarioOutcome(s, "general_error", "x") for s in "abcd"], 15),
]


@pytest.mark.parametrize("component, trackers, privacy, outcomes, penalty", CASES)
def test_each_component_costs_its_documented_penalty(component, trackers, privacy, outcomes, penalty):
    value, breakdown = score(trackers, {**GOOD, **privacy}, outcomes)
    by_component = {b["component"]: b for b in breakdown}
    assert by_component[component]["penalty"] == penalty
    assert sum(b["penalty"] for b in breakdown) == penalty  # nothing else moved
    assert value == 100 - penalty
    assert [b["component"] for b in breakdown] == list(WEIGHTS)


def test_strictly_necessary_and_ignored_trackers_never_cost_points():
    trackers = [tracker("s", ["no_user_choice", "refuse_to_all"], "strictly_necessary"),
                tracker("i", ["no_user_choice"], "ignored")]
    assert score(trackers, GOOD, [])[0] == 100


def test_a_worse_site_never_scores_higher():
    base = [tracker("a", ["no_user_choice"])]
    worse_steps = [tracker("a", ["no_user_choice", "refuse_to_all"])]
    worse_privacy = {**GOOD, "has_privacy_policy": False}
    assert score(worse_steps, GOOD, [])[0] <= score(base, GOOD, [])[0]
    assert score(base, worse_privacy, [])[0] <= score(base, GOOD, [])[0]
    everything_wrong = [tracker(f"t{i}", ["no_user_choice", "refuse_to_all"], lifetime=10**9) for i in range(30)]
    bad_privacy = dict.fromkeys(GOOD, False)
    errors = [ScenarioOutcome(s, "general_error", "x") for s in "abc"]
    assert score(everything_wrong, bad_privacy, errors)[0] == 0
