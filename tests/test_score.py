"""The score: one case per component (table-driven), caps, exemptions, monotonicity."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.model.report import ScenarioOutcome
from stages.score import FIRST_PARTY_SESSION_WEIGHT, WEIGHTS, score

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


# -- docs/score.md is kept true ---------------------------------------------------------------------------
DOC = (Path(__file__).resolve().parents[1] / "docs" / "score.md").read_text()


def test_the_documented_weights_are_the_code_s():
    table = {m[1]: (int(m[2]), int(m[3])) for m in re.finditer(r"^\| `(\w+)` \|[^|]+\| (\d+) \| (\d+) \|$", DOC, re.M)}
    assert table == WEIGHTS
    assert f"at **{FIRST_PARTY_SESSION_WEIGHT}** point instead of" in DOC


def demo_trackers():
    """The demo shop's trackers as a scan reports them (``tests/test_scan_demo.py`` checks the real scan)."""
    def t(name, steps, category="unclassified", lifetime=3600, kind="cookie", third=False, http_only=False,
          source="global"):
        return {"name": name, "type": kind, "category": category, "category_source": source,
                "max_lifetime_seconds": lifetime, "is_third_party": third, "is_http_only": http_only,
                "is_persistent": lifetime > 0, "cmp": {"scenario_step": {"id": list(steps)}}}
    every, two_years = ["no_user_choice", "consent_to_all", "refuse_to_all"], 2 * 365 * 86400
    return [
        t("fr", every, "marketing", third=True, http_only=True), t("_fbp", ["no_user_choice"], "marketing"),
        t("https://www.facebook.com/tr", every, "marketing", -1, "pixel", third=True),
        t("_ga", ["consent_to_all"], "analytics", two_years),
        t("_ga_ABC123XYZ", ["consent_to_all"], "analytics", two_years),
        t("demo_consent", ["consent_to_all", "refuse_to_all"], "strictly_necessary", source="consent_record"),
        t("shop_lang", ["no_user_choice"]), t("shop_session", ["no_user_choice"], lifetime=-1, http_only=True),
        t("shop_visitor", ["no_user_choice"], lifetime=two_years),
        t("shop-cache", every, lifetime=-1, kind="indexed_db"),
        t("cart", every, lifetime=-1, kind="web_storage"), t("last_page", every, lifetime=-1, kind="web_storage"),
    ]


def test_the_worked_example_of_docs_score_md_is_what_the_code_computes():
    example = DOC[DOC.index("## Worked example"):]
    bullets = re.findall(r"^- (.+?)(?=^- |^\n)", example, re.M | re.S)
    documented = [int(n) for bullet in bullets for n in re.findall(r"\*\*(\d+)\*\*", bullet)]
    privacy = {**GOOD, "has_short_cookies_lifetime": False, "has_privacy_policy_all_pages": False,
               "respects_consent_mode": True, "has_consent_withdrawal": False, "has_accurate_essential_labels": True}
    value, breakdown = score(demo_trackers(), privacy, [])
    assert documented == [b["penalty"] for b in breakdown]
    assert f"= **{value}**" in example
    details = {b["component"]: b["detail"] for b in breakdown}
    assert "shop_session (first-party session)" in details["trackers_before_consent"]
    assert "demo_consent" not in details["trackers_after_refusal"]
