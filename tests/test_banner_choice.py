"""Which control a scenario clicks, and how its effect is verified: plain functions, no browser."""

from __future__ import annotations

import pytest

from pipeline.errors import NotAbleToClick
from stages.crawl.banner import Banner, Control
from stages.crawl.choice import _pick
from stages.crawl.roles import classify_control
from stages.crawl.verify import changed_cookie_names, raise_if_wrong_click, verify_choice


def banner(*labels: str, lang: str = "en") -> Banner:
    controls = []
    for i, label in enumerate(labels):
        meaning = classify_control(label, lang)
        controls.append(Control(i, label, meaning.role, meaning.explicit, meaning.cues, {}))
    return Banner(frame=None, region={"id": 0, "text": "We use cookies"}, controls=controls, toggles=[], lang=lang,
                  score=0.0)


@pytest.mark.parametrize(("labels", "role", "expected"), [
    (("Accept all cookies", "Accept only essential cookies"), "accept_all", "Accept all cookies"),
    (("Accept all cookies", "Accept only essential cookies"), "necessary_only", "Accept only essential cookies"),
    (("Allow selection", "Allow all"), "accept_all", "Allow all"),
    (("Allow selection", "Allow all"), "save_selection", "Allow selection"),
    (("Aceptar solo las necesarias", "Aceptar todas"), "accept_all", "Aceptar todas"),
    (("Accept", "Accept all"), "accept_all", "Accept all"),  # the explicit one wins
    (("OK", "Accept all"), "accept_all", "Accept all"),
    (("Accept all", "Accept all"), "accept_all", "Accept all"),  # the same control twice (mobile and desktop)
    (("Accept selected", "Accept all"), "accept_all", "Accept all"),
    (("Continue without accepting", "Accept"), "reject_all", "Continue without accepting"),
    (("Accept all", "Settings"), "reject_all", None),
])
def test_the_control_of_a_role_is_the_most_explicit(labels, role, expected):
    picked = _pick(banner(*labels), role)
    assert (picked.label if picked else None) == expected


def test_two_different_controls_of_one_role_are_never_guessed_between():
    with pytest.raises(NotAbleToClick) as caught:
        _pick(banner("Accept cookies", "I agree"), "accept_all")
    assert "'Accept cookies'" in caught.value.description and "'I agree'" in caught.value.description
    assert "nothing was clicked" in caught.value.description


GRANTED = {"ad_storage": "granted", "analytics_storage": "granted"}
DENIED = {"ad_storage": "denied", "analytics_storage": "denied"}


def tcf(status: str, purposes: list[int] | None, string: str = "CP") -> dict:
    return {"tcString": string, "eventStatus": status, "purposeConsents": purposes}


@pytest.mark.parametrize(("choice", "before", "after", "gone", "cookies", "verdict"), [
    ("accept", {}, {"consent_mode": GRANTED}, True, [], "confirmed"),
    ("accept", {"consent_mode": DENIED}, {"consent_mode": DENIED}, True, [], "banner_gone"),  # no change: no reading
    ("accept", {"consent_mode": DENIED}, {"consent_mode": {**DENIED, "ad_user_data": "denied"}}, True, [],
     "contradicted"),
    ("refuse", {"consent_mode": DENIED}, {"consent_mode": GRANTED}, True, [], "contradicted"),
    ("refuse", {}, {"tcf": tcf("useractioncomplete", [])}, True, [], "confirmed"),
    ("accept", {}, {"tcf": tcf("useractioncomplete", [])}, True, [], "contradicted"),
    ("accept", {}, {"tcf": tcf("useractioncomplete", [1, 2, 3])}, True, [], "confirmed"),
    ("accept", {}, {"tcf": tcf("useractioncomplete", None)}, True, ["cc"], "confirmed"),  # purposes not reported
    ("accept", {}, {"tcf": tcf("cmpuishown", [])}, True, [], "banner_gone"),  # no choice recorded yet
    ("refuse", {}, {}, True, ["consent"], "confirmed"),
    ("refuse", {}, {}, False, [], "unverified"),
])
def test_a_choice_is_verified_by_the_signals_the_page_gives(choice, before, after, gone, cookies, verdict):
    assert verify_choice(choice, before, after, gone, cookies)["verdict"] == verdict


def test_an_accept_the_page_records_as_a_refusal_is_a_wrong_click():
    record = verify_choice("accept", {}, {"tcf": tcf("useractioncomplete", [])}, True, [])
    with pytest.raises(NotAbleToClick, match="'Accept' to accept, but the page recorded no consent"):
        raise_if_wrong_click("accept", record, "Accept")


def test_a_refusal_the_page_records_as_a_consent_is_kept_as_a_finding_not_an_error():
    record = verify_choice("refuse", {}, {"tcf": tcf("useractioncomplete", [1, 3])}, True, [])
    assert record["verdict"] == "contradicted" and record["tcf"] == "contradicts"
    raise_if_wrong_click("refuse", record, "Reject all")  # does not raise


def test_changed_cookies_are_the_new_and_the_rewritten():
    before = [{"name": "a", "domain": "x.test", "value": "1"}, {"name": "b", "domain": "x.test", "value": "1"}]
    after = [{"name": "a", "domain": "x.test", "value": "1"}, {"name": "b", "domain": "x.test", "value": "2"},
             {"name": "c", "domain": "x.test", "value": "1"}]
    assert changed_cookie_names(before, after) == ["b", "c"]
