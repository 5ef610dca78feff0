"""The IAB TCF signal: TC strings decoded by the IAB Tech Lab's library (Node.js and ``make setup`` needed:
these tests fail, never skip, without them), and the checks of what the strings grant."""

from __future__ import annotations

from pipeline.model.messages import Scan, ScanOptions
from pipeline.settings import Settings
from pipeline.storage.tables import to_arrow
from stages import tcf
from stages.consent_signals import by_step, checks
from stages.tcf_checks import check

# Encoded with @iabtechlabtcf/core 1.5.21 against GVL 172 (CMP 10, publisher FR).
ACCEPTED = "CQdWToAQdWToAAKACAENCsFgAP_AAAAAAAqIF5wAQF5gAAAA.IAAA.YAAAAAAAAAAA"       # purposes 1-10, vendor 755
REFUSED_KEPT = "CQdWToAQdWToAAKACAENCsFgALAAAAAAAAqIF5wAQF5gAAAA.IAAA.YAAAAAAAAAAA"   # purposes 1, 3, 4, vendor 755
REFUSED = "CQdWToAQdWToAAKACAENCsFgAAAAAAAAAAqIAAAAAAAA.IAAA.YAAAAAAAAAAA"           # nothing
LI_CLAIMED = "CQdWToAQdWToAAKACAENCsFgAAAAAEIAAAqIAAALzgAgLzAA.IAAA.YAAAAAAAAAAA"    # LI for 2 and 7, vendor 755


def decoded(*strings):
    return tcf.decode_for(Settings.from_env({}), list(strings))


def summaries(**strings):
    found = decoded(*strings.values())
    signal = {"cmpId": 10, "gdprApplies": True, "eventStatus": "useractioncomplete"}
    return {scenario: tcf.summary({**signal, "tcString": s}, found) for scenario, s in strings.items()}


def google(steps):
    return {"id": "google-ads", "partner": {"name": "Google Ads", "namespaces": {"iab2": 755},
                                            "tcf": {"default_purposes_id": [], "legitimate_interest_purposes_id": []}},
            "cmp": {"scenario_step": {"id": list(steps)}}}


def test_tc_strings_decode_with_the_vendor_list_they_name():
    found = decoded(ACCEPTED, "not a tc string")
    accepted = found[ACCEPTED]
    assert accepted["cmp_id"] == 10 and accepted["vendor_list_version"] == 172 and accepted["tcf_policy_version"] >= 4
    assert accepted["purpose_consents"] == list(range(1, 11)) and accepted["vendor_consents"] == [755]
    assert accepted["gvl_vendors"]["755"]["name"] == "Google Advertising Products"
    assert found["not a tc string"]["error"]


def test_a_refusal_that_keeps_consent_and_a_vendor_active_without_a_grant_are_findings():
    result, findings = check(summaries(no_user_choice=REFUSED, consent_to_all=ACCEPTED, refuse_to_all=REFUSED_KEPT),
                             [google(["no_user_choice", "consent_to_all"])])
    assert result == {"respects_tcf_choice": False, "has_no_legitimate_interest_claims": True}
    details = sorted(f["detail"] for f in findings)
    assert details == [
        "Google Ads (TCF vendor 755) is active before any choice while the TC string grants it "
        "neither consent nor legitimate interest",
        "the TC string after refusal grants consent for purposes 1, 3, 4",
        "the TC string after refusal grants consent to 1 vendors"]


def test_a_compliant_tcf_site_passes():
    result, findings = check(summaries(no_user_choice=REFUSED, consent_to_all=ACCEPTED, refuse_to_all=REFUSED),
                             [google(["consent_to_all"])])
    assert result == {"respects_tcf_choice": True, "has_no_legitimate_interest_claims": True} and findings == []


def test_legitimate_interest_for_purposes_2_to_11_is_a_finding():
    result, findings = check(summaries(refuse_to_all=LI_CLAIMED), [google(["refuse_to_all"])])
    assert result["has_no_legitimate_interest_claims"] is False
    assert [f["detail"] for f in findings if f["check"] == "has_no_legitimate_interest_claims"] == [
        "the TC string claims legitimate interest for purposes 2, 7"]
    # The vendor rests on legitimate interest: the string grants it something, so no vendor finding.
    assert result["respects_tcf_choice"] is True


def test_without_a_tcf_cmp_or_a_decoder_the_checks_do_not_apply():
    assert check({"no_user_choice": None}, []) == (
        {"respects_tcf_choice": None, "has_no_legitimate_interest_claims": None}, [])
    broken = tcf.decode([ACCEPTED], None, {})
    assert broken[ACCEPTED]["error"] == "the TCF library is not installed (make setup)"
    summary = tcf.summary({"tcString": ACCEPTED, "gdprApplies": True}, broken)
    scan = Scan.new("https://www.shop.example/", property_id="p", organization_id="o", options=ScanOptions())
    result, rows = checks(scan, [], {"consent_to_all": summary}, [])
    assert result["respects_tcf_choice"] is None
    assert rows[0]["detail"].startswith("the TC string could not be read: the TCF library is not installed")


def test_consent_signals_carry_the_decoded_string_and_what_it_grants_each_vendor():
    from pipeline.model.evidence import CmpEvidence, ScenarioEvidence

    scan = Scan.new("https://www.shop.example/", property_id="p", organization_id="o", options=ScanOptions())
    found = summaries(refuse_to_all=REFUSED_KEPT)
    evidence = [ScenarioEvidence("r", "refuse_to_all", 0, click_at=5, cmp=CmpEvidence(clicked="refuse"))]
    signals = by_step(scan, evidence, [], found, [google(["refuse_to_all"])])
    assert [(s["scenario"], s["step"]) for s in signals] == [("refuse_to_all", "refuse_to_all")]
    summary = signals[0]["tcf"]
    assert summary["purpose_consents"] == [1, 3, 4] and summary["gvl_available"] is True
    assert summary["vendors"] == [{"id": 755, "name": "Google Advertising Products", "consent": True,
                                   "legitimate_interest": False, "consent_purposes": [1, 3, 4],
                                   "legitimate_interest_purposes": []}]
    assert "gvl_vendors" not in summary
    assert to_arrow("consent_signals", signals).column("tcf").to_pylist()[0]["vendors"][0]["id"] == 755
