"""The CMP's record of the visitor's choice is strictly necessary, never a tracker; first-party session
cookies count less in the score."""

from __future__ import annotations

from pipeline.model.evidence import Observation
from pipeline.model.messages import Scan, ScanOptions
from pipeline.storage.tables import to_arrow
from stages.catalog import load_vendors
from stages.score import score
from stages.trackers import aggregate
from stages.vendors import Catalog, match_trackers

CLICKS = {"no_user_choice": None, "consent_to_all": 10_000.0, "refuse_to_all": 10_000.0}
SITE = "www.shop.example"


def scan() -> Scan:
    return Scan.new(f"https://{SITE}/", property_id="p1", organization_id="o1", options=ScanOptions())


def obs(name, step, time, value=None, host=SITE, **kw) -> Observation:
    from stages.crawl.capture import value_digest

    return Observation(type=kw.pop("type", "cookie"), source=kw.pop("source", "js_browser"), name=name, host=host,
                       page_url=f"https://{host}/", time=time, step=step, value_digest=value_digest(value), **kw)


def written_at_click(name, accept="accepted", refuse="refused", host=SITE, after=500.0, **kw):
    return [("consent_to_all", obs(name, "consent_to_all", 10_000 + after, accept, host, **kw)),
            ("refuse_to_all", obs(name, "refuse_to_all", 10_000 + after, refuse, host, **kw))]


def classified(observed, known=None):
    records = aggregate(scan(), observed, CLICKS, (known or {}).get)
    return {r["name"]: r for r in match_trackers(records, Catalog(load_vendors()))}


def test_an_entry_written_at_the_click_with_the_choice_as_value_is_the_consent_record():
    trackers = classified(written_at_click("demo_consent") +
                          written_at_click("prefs", type="web_storage", storage_area="localStorage"))
    for name in ("demo_consent", "prefs"):
        assert trackers[name]["category"] == "strictly_necessary"
        assert trackers[name]["category_source"] == "consent_record"
        assert "written at the click" in trackers[name]["consent_record"]


def test_an_entry_whose_value_changes_at_the_click_is_the_consent_record():
    before = [(s, obs("cc", "no_user_choice", 2_000, "pending")) for s in CLICKS]
    trackers = classified(before + written_at_click("cc"))
    assert trackers["cc"]["category_source"] == "consent_record"
    assert "changed at the click" in trackers["cc"]["consent_record"]


def test_entries_that_do_not_follow_the_choice_keep_counting():
    same_value = written_at_click("seen", accept="1", refuse="1")
    only_accept = written_at_click("uid")[:1]
    third_party = written_at_click("tp", host="cdn.other.example")
    late = written_at_click("late", after=60_000)
    unknown_value = [(s, obs("srv", s, 10_500, None)) for s in ("consent_to_all", "refuse_to_all")]
    unchanged = [(s, obs("keep", "no_user_choice", 2_000, "v")) for s in CLICKS] + written_at_click(
        "keep", accept="v", refuse="w")
    before_any_choice = written_at_click("pre") + [("no_user_choice", obs("pre", "no_user_choice", 2_000, "x"))]
    trackers = classified(same_value + only_accept + third_party + late + unknown_value + unchanged +
                          before_any_choice)
    for name in ("seen", "uid", "tp", "late", "srv", "keep", "pre"):
        assert trackers[name]["consent_record"] is None, name
        assert trackers[name]["category_source"] != "consent_record", name


def test_a_known_consent_record_name_is_recognized_on_any_host():
    observed = [("no_user_choice", obs("euconsent-v2", "no_user_choice", 2_000, "x", host="cmp.example.net")),
                ("refuse_to_all", obs("OptanonConsent", "refuse_to_all", 12_000, "y"))]
    trackers = classified(observed, known={"euconsent-v2": "IAB TCF", "OptanonConsent": "OneTrust"})
    assert trackers["euconsent-v2"]["consent_record"] == "known consent record of IAB TCF"
    assert trackers["OptanonConsent"]["consent_record"] == "known consent record of OneTrust"
    assert {t["category"] for t in trackers.values()} == {"strictly_necessary"}


def test_the_cmp_catalog_names_the_records_of_real_cmps():
    from stages.cmp_catalog import consent_record_owner

    observed = [("refuse_to_all", obs(name, "refuse_to_all", 12_000, "v"))
                for name in ("OptanonConsent", "CookieConsent", "didomi_token", "cc_cookie", "klaro", "_iub_cs-123")]
    records = aggregate(scan(), observed, CLICKS, consent_record_owner)
    assert all(r["consent_record"] for r in records), [r["name"] for r in records if not r["consent_record"]]


def test_a_consent_record_costs_no_points_after_refusal():
    trackers = list(classified(written_at_click("demo_consent")).values())
    good = dict.fromkeys(["has_user_consent_information", "has_user_consent_choice", "has_short_cookies_lifetime",
                          "has_privacy_policy", "has_privacy_policy_all_pages", "has_privacy_policy_opt_out"], True)
    assert score(trackers, good, [])[0] == 100


def test_the_consent_record_column_reads_back_from_parquet():
    records = list(classified(written_at_click("demo_consent") + written_at_click("uid")[:1]).values())
    table = to_arrow("trackers", [{**r, "organization_id": "o1", "date": "2026-01-01"} for r in records])
    assert sorted(table.column("consent_record").to_pylist(), key=str) == [
        None, "written at the click in both click scenarios, with a value that differs between accept and refuse"]


# -- first-party session cookies in the score ----------------------------------------------------------------
GOOD = dict.fromkeys(["has_user_consent_information", "has_user_consent_choice", "has_short_cookies_lifetime",
                      "has_privacy_policy", "has_privacy_policy_all_pages", "has_privacy_policy_opt_out"], True)


def cookie(name, *, third_party=False, http_only=True, persistent=False, lifetime=-1, steps=("no_user_choice",)):
    return {"name": name, "type": "cookie", "category": "unclassified", "is_third_party": third_party,
            "is_http_only": http_only, "is_persistent": persistent, "max_lifetime_seconds": lifetime,
            "cmp": {"scenario_step": {"id": list(steps)}}}


def test_a_server_set_first_party_session_cookie_costs_one_point_not_five():
    value, breakdown = score([cookie("sid")], GOOD, [])
    assert value == 99
    assert breakdown[0] == {"component": "trackers_before_consent", "penalty": 1,
                            "detail": "sid (first-party session)"}
    assert score([cookie("sid", steps=("refuse_to_all",))], GOOD, [])[0] == 99


def test_a_cookie_that_could_carry_an_identifier_costs_the_full_penalty():
    for worse in (cookie("sid", third_party=True), cookie("sid", http_only=False),
                  cookie("sid", persistent=True, lifetime=3600)):
        assert score([worse], GOOD, [])[0] == 95


def test_making_a_session_cookie_worse_never_raises_the_score_even_at_the_cap():
    others = [cookie(f"t{i}", third_party=True) for i in range(8)]  # 40: the cap already
    base = score([*others, cookie("sid")], GOOD, [])[0]
    for worse in (cookie("sid", third_party=True), cookie("sid", persistent=True, lifetime=60)):
        assert score([*others, worse], GOOD, [])[0] <= base
