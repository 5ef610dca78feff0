"""The EDPB cookie banner taskforce's checks and Global Privacy Control, on evidence as the crawl records it."""

from __future__ import annotations

from pipeline.model.evidence import CmpEvidence, ScenarioEvidence
from stages import banner_checks, gpc


def control(label, role, layer=1, *, tag="button", is_link=False, in_text=False, width=120, height=40, contrast=7.0):
    return {"label": label, "role": role, "layer": layer, "tag": tag, "is_link": is_link, "in_text": in_text,
            "box": {"x": 0, "y": 0, "width": width, "height": height}, "color": "#fff", "background": "#000",
            "font_size": 14, "contrast": contrast}


def scenario(name="no_user_choice", controls=(), toggles=(), clicked=None, after=None, loaded=True):
    cmp = CmpEvidence(popup_found=True, clicked=clicked)
    cmp.controls, cmp.toggles = list(controls), list(toggles)  # the crawl's new fields (set by the lead's branch)
    return ScenarioEvidence("r", name, 0, site_loaded=loaded, cmp=cmp, after_choice=after)


ACCEPT = control("Accept all", "accept_all")
REJECT = control("Reject all", "reject_all")


def test_a_first_layer_without_refusal_fails_and_its_compliant_twin_passes():
    assert banner_checks.refuse_on_first_layer([scenario(controls=[ACCEPT, control("Settings", "settings")])]) == (
        False, [{"scenario": "no_user_choice", "detail": "the first layer offers 'Accept all' and no way to refuse"}])
    assert banner_checks.refuse_on_first_layer([scenario(controls=[ACCEPT, REJECT])]) == (True, [])
    second_layer_only = control("Reject all", "reject_all", layer=2)
    assert banner_checks.refuse_on_first_layer([scenario(controls=[ACCEPT, second_layer_only])])[0] is False
    assert banner_checks.refuse_on_first_layer([scenario()]) == (None, [])  # no controls measured: cannot tell


def test_refusal_as_a_link_in_running_text_low_contrast_or_tiny_is_unbalanced():
    link = control("continue without accepting", "reject_all", tag="a", is_link=True, in_text=True)
    faint = control("Reject all", "reject_all", contrast=1.6)
    tiny = control("Reject all", "reject_all", width=40, height=20)
    for refuse, words in ((link, "running text"), (faint, "contrast is 1.6:1 against 7.0:1"),
                          (tiny, "6.0 times the area")):
        value, findings = banner_checks.balanced_choice_design([scenario(controls=[ACCEPT, refuse])])
        assert value is False and words in findings[0]["detail"]
    assert banner_checks.balanced_choice_design([scenario(controls=[ACCEPT, REJECT])]) == (True, [])
    assert banner_checks.balanced_choice_design([scenario(controls=[ACCEPT])]) == (None, [])


def test_pre_ticked_purposes_on_the_second_layer():
    toggles = [{"label": "Strictly necessary", "checked": True, "disabled": True},
               {"label": "Advertising", "checked": True, "disabled": False},
               {"label": "Analytics", "checked": False, "disabled": False}]
    assert banner_checks.no_preticked_purposes([scenario(toggles=toggles)]) == (
        False, [{"scenario": "no_user_choice", "detail": "ticked before any change: Advertising"}])
    assert banner_checks.no_preticked_purposes([scenario(toggles=toggles[::2])]) == (True, [])
    assert banner_checks.no_preticked_purposes([scenario()]) == (None, [])


def test_a_way_to_withdraw_consent_after_the_choice():
    nothing = {"reopen_functions": [], "links": [], "floating": [], "gpc_json": None}
    value, findings = banner_checks.consent_withdrawal([scenario("refuse_to_all", clicked="refuse", after=nothing)])
    assert value is False and "no CMP function, link, button or floating icon" in findings[0]["detail"]
    for found in ({"reopen_functions": ["__tcfapi"]}, {"links": ["Cookie settings"]}, {"floating": ["cc-revoke"]}):
        after = {**nothing, **found}
        assert banner_checks.consent_withdrawal([scenario("refuse_to_all", clicked="refuse", after=after)])[0]
    assert banner_checks.consent_withdrawal([scenario(after=nothing)]) == (None, [])  # nobody chose


def tracker(name, steps, category="marketing", source="global"):
    return {"name": name, "host": "h.example", "type": "cookie", "category": category, "category_source": source,
            "cmp": {"scenario_step": {"id": list(steps)}, "scenario": {"id": sorted({
                "refuse_to_all" if s == "refuse_to_all" else "gpc" if s == "gpc" else "no_user_choice"
                for s in steps})}}}


def test_marketing_started_by_the_refusal_is_mislabelled_essential():
    refused = [scenario("refuse_to_all", clicked="refuse")]
    started = tracker("_fbp", ["refuse_to_all"])
    always = tracker("fr", ["no_user_choice", "refuse_to_all"])  # ignores the choice: the score counts it
    value, findings = banner_checks.accurate_essential_labels(refused, [started, always])
    assert value is False and [f["detail"].split()[0] for f in findings] == ["_fbp"]
    overridden = tracker("_fbp", ["refuse_to_all"], source="project")
    assert banner_checks.accurate_essential_labels(refused, [always, overridden]) == (True, [])
    assert banner_checks.accurate_essential_labels([scenario("no_user_choice")], [started]) == (None, [])


def test_gpc_is_honoured_when_nothing_appears_under_gpc_that_refusal_avoids():
    refusal = scenario("refuse_to_all", clicked="refuse")
    support = {"reopen_functions": [], "links": [], "floating": [],
               "gpc_json": {"status": 200, "gpc": True, "last_update": "2026-01-01"}}
    under_gpc = scenario("gpc", after=support)
    ads = tracker("ads_id", ["no_user_choice", "gpc"], "unclassified")  # stops once refused, not under GPC
    vendor = {"id": "px.tracker-cdn.test", "partner": None,
              "cmp": {"scenario_step": {"id": ["gpc", "no_user_choice"]}}}
    value, findings = gpc.check([under_gpc, refusal], [ads], [vendor])
    assert value is False
    assert [(f["check"], f["passed"]) for f in findings] == [
        ("gpc_support_file", True), ("honors_gpc", False), ("honors_gpc", False)]
    assert "ads_id" in findings[1]["detail"] and "px.tracker-cdn.test" in findings[2]["detail"]
    basket = tracker("basket", ["no_user_choice", "gpc", "refuse_to_all"], "unclassified")  # kept after refusal
    assert gpc.check([under_gpc, refusal], [basket], [])[0] is True
    assert gpc.check([refusal], [ads], [])[0] is None  # no gpc scenario
    assert gpc.check([under_gpc], [ads], [])[0] is None  # nothing to compare with
