"""Consent signals read from the scan: Google Consent Mode from the tags' requests, per scenario step."""

from __future__ import annotations

import pytest

from pipeline.model.messages import Scan, ScanOptions
from pipeline.storage.tables import to_arrow
from stages import consent_mode
from stages.consent_signals import by_step, checks

GA4 = "https://region1.google-analytics.com/g/collect?v=2&tid=G-X1&cid=1.2"
ADS = "https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123/?random=1"
FLOODLIGHT = "https://ad.doubleclick.net/activity;src=123;type=sales;cat=buy;ord=1?"


def scan() -> Scan:
    return Scan.new("https://www.shop.example/", property_id="p1", organization_id="o1", options=ScanOptions())


def req(url, scenario="no_user_choice", step=None):
    return {"scenario": scenario, "step": step or scenario, "url": url}


@pytest.mark.parametrize("gcd, expected", [
    ("13l3l3l3l1", {"ad_storage": (None, None), "analytics_storage": (None, None)}),
    ("11p1p1p1p5", {"ad_storage": ("denied", None), "ad_personalization": ("denied", None)}),
    ("13q3q3q2q5", {"ad_storage": ("denied", "denied")}),
    ("13r3r3r3r5", {"ad_storage": ("denied", "granted"), "ad_user_data": ("denied", "granted")}),
    ("11t1t1t1t5", {"ad_storage": ("granted", None)}),
    ("13v3v3v3v5", {"analytics_storage": ("granted", "granted")}),
    ("13p3r3p3p5", {"ad_storage": ("denied", None), "analytics_storage": ("denied", "granted")}),
])
def test_gcd_gives_default_and_update_per_consent_type(gcd, expected):
    decoded = consent_mode.decode_gcd(gcd)
    for consent_type, states in expected.items():
        assert decoded[consent_type] == states


def test_gcs_and_floodlight_path_parameters():
    assert consent_mode.decode_gcs("G100") == {"ad_storage": "denied", "analytics_storage": "denied"}
    assert consent_mode.decode_gcs("G1-1") == {"ad_storage": None, "analytics_storage": "granted"}
    assert consent_mode.decode_gcs("nonsense") is None
    hit = consent_mode.read_hit(FLOODLIGHT.replace("ord=1", "gcs=G111;npa=0;ord=1"))
    assert hit.kind == "floodlight" and hit.granted_storage == ["ad_storage", "analytics_storage"]
    assert hit.parameters == {"npa": "0"}
    assert consent_mode.read_hit("https://www.google-analytics.com/analytics.js") is None
    assert consent_mode.read_hit("https://www.shop.example/g/collect?gcs=G111") is None


def test_tags_granted_before_a_choice_or_after_refusal_are_findings():
    requests = [req(GA4 + "&gcs=G111"), req(ADS + "&gcd=13t3t3t3t5", "refuse_to_all"),
                req(FLOODLIGHT, "refuse_to_all", "no_user_choice"),  # no signal at all, before the choice
                req(GA4 + "&gcs=G111", "consent_to_all"),  # granted after "accept all": as it should be
                req(GA4 + "&gcs=G101", "gpc")]
    respects, findings = consent_mode.respects_consent_mode(requests)
    assert respects is False
    assert sorted((f["scenario"], f["step"], f["problem"]) for f in findings) == [
        ("gpc", "gpc", "granted"), ("no_user_choice", "no_user_choice", "granted"),
        ("refuse_to_all", "no_user_choice", "no_signal"), ("refuse_to_all", "refuse_to_all", "granted")]
    result, rows = checks(scan(), requests)
    assert result["respects_consent_mode"] is False
    assert result["respects_tcf_choice"] is None  # no TCF CMP: does not apply
    assert {r["check"] for r in rows} == {"respects_consent_mode"} and len(rows) == 4
    assert any("ga4 tag sent ad_storage and analytics_storage granted before any choice" in r["detail"]
               for r in rows)


def test_a_compliant_consent_mode_site_passes_and_a_site_without_google_tags_is_not_judged():
    compliant = [req(GA4 + "&gcs=G100&gcd=13p3p3p3p5"), req(ADS + "&gcd=13q3q3q3q5&npa=1", "refuse_to_all"),
                 req(GA4 + "&gcs=G111&gcd=13r3r3r3r5", "consent_to_all"),
                 req(GA4, "consent_to_all")]  # no signal after "accept all": consent was given
    result, rows = checks(scan(), compliant)
    assert result["respects_consent_mode"] is True and rows == []
    result, rows = checks(scan(), [req("https://cdn.example/x.js")])
    assert result["respects_consent_mode"] is None and rows == []


def test_consent_signals_say_the_consent_mode_state_of_each_step():
    requests = [req(GA4 + "&gcs=G100&gcd=13p3p3p3p5&dma=1"), req(ADS + "&npa=1", "refuse_to_all"),
                req(GA4 + "&gcs=G111&gcd=13r3r3r3r5", "consent_to_all")]
    signals = by_step(scan(), [], requests)
    by_key = {(s["scenario"], s["step"]): s["consent_mode"] for s in signals}
    assert list(by_key) == [("no_user_choice", "no_user_choice"), ("consent_to_all", "consent_to_all"),
                            ("refuse_to_all", "refuse_to_all")]
    before = by_key["no_user_choice", "no_user_choice"]
    assert before["present"] and before["default"]["ad_storage"] == "denied"
    assert before["state"]["analytics_storage"] == "denied" and before["parameters"] == {"dma": ["1"]}
    assert by_key["consent_to_all", "consent_to_all"]["state"]["ad_user_data"] == "granted"
    assert by_key["refuse_to_all", "refuse_to_all"] == {
        "tags": ["ads"], "hits": 1, "hits_with_signal": 0, "present": False, "parameters": {"npa": ["1"]},
        "default": dict.fromkeys(("ad_storage", "analytics_storage", "ad_user_data", "ad_personalization")),
        "state": dict.fromkeys(("ad_storage", "analytics_storage", "ad_user_data", "ad_personalization"))}
    table = to_arrow("consent_signals", signals)
    assert table.num_rows == 3 and table.column("consent_mode").to_pylist()[0]["present"] is True
