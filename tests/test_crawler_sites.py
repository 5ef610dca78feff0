"""The crawler against local sites that behave like the real world (``tests/sites``), in real Chromium.

Each test scans one site through ``consentscan scan`` and asserts the scenario and step of specific trackers
and the typed errors of the report.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.integration


def scan(sites, host: str, tmp_path, *extra: str, env: dict[str, str] | None = None, pages: int = 1) -> dict:
    result = run_cli("scan", f"http://{host}/", "--out", str(tmp_path), "--json", "--pages", str(pages),
                     "--host-resolver-rules", sites.host_rules, "--ignore-https-errors", *extra,
                     env={"CONSENTSCAN_ALLOWED_NETWORKS": "127.0.0.1/32", **(env or {})})
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    folder = tmp_path / "reports" / report["id"]
    report["_trackers"] = {t["name"]: t for t in json.loads((folder / "report_aggregated_trackers.json").read_text())}
    report["_privacy"] = json.loads((folder / "report_privacy.json").read_text())["privacy"]
    report["_evidence"] = {s: json.loads((folder / s / "crawl.json").read_text())
                           for s in ("no_user_choice", "consent_to_all", "refuse_to_all")
                           if (folder / s / "crawl.json").exists()}
    return report


def errors(report: dict) -> dict[str, str]:
    return {e["scenario_id"]: e["error_type"] for e in report["errors"]}


def steps(report: dict, name: str) -> list[str]:
    return report["_trackers"][name]["cmp"]["scenario_step"]["id"]


def test_banner_hidden_from_automation_is_seen(test_sites, tmp_path):
    report = scan(test_sites, "hidden.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert steps(report, "px_uid") == ["consent_to_all"]  # the pixel fires only after the accept click
    assert report["_trackers"]["px_uid"]["is_third_party"]
    assert report["_trackers"]["consent"]["cmp"]["scenario"]["id"] == ["consent_to_all", "refuse_to_all"]


def test_two_layer_refusal_switches_purposes_off(test_sites, tmp_path):
    report = scan(test_sites, "twolayer.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert report["_evidence"]["refuse_to_all"]["cmp"]["layers"] == 2
    assert report["_trackers"]["px_uid"]["cmp"]["scenario"]["id"] == ["consent_to_all"]
    assert report["_privacy"]["has_user_consent_choice"]


def test_banner_in_a_third_party_iframe(test_sites, tmp_path):
    report = scan(test_sites, "iframe.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert report["_trackers"]["ad_profile"]["type"] == "web_storage"
    assert steps(report, "ad_profile") == ["consent_to_all"]


def test_banner_in_shadow_dom(test_sites, tmp_path):
    report = scan(test_sites, "shadow.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert steps(report, "px_uid") == ["consent_to_all"]


@pytest.mark.parametrize("host", ["french.test", "german.test"])
def test_non_english_banners(test_sites, tmp_path, host):
    report = scan(test_sites, host, tmp_path)
    assert report["status"] == "success", report["errors"]
    assert steps(report, "px_uid") == ["consent_to_all"]
    assert report["_trackers"]["choix"]["cmp"]["scenario"]["id"] == ["consent_to_all", "refuse_to_all"]


def test_information_only_notice_has_no_way_to_refuse(test_sites, tmp_path):
    """"OK" is the notice's accept (as on many sites); there is nothing to refuse with."""
    report = scan(test_sites, "info.test", tmp_path)
    assert report["status"] == "partial"
    assert errors(report) == {"refuse_to_all": "no_button_found"}
    assert report["_evidence"]["consent_to_all"]["cmp"]["clicked_control"]["label"] == "OK"
    assert report["_privacy"]["has_user_consent_information"] and not report["_privacy"]["has_user_consent_choice"]
    assert steps(report, "forum_tracking") == ["no_user_choice"]


def test_site_without_banner(test_sites, tmp_path):
    report = scan(test_sites, "nobanner.test", tmp_path)
    assert report["status"] == "partial"
    assert errors(report) == {"consent_to_all": "no_existing_or_clear_cmp",
                              "refuse_to_all": "no_existing_or_clear_cmp"}
    assert not report["_privacy"]["has_user_consent_information"]
    assert report["_trackers"]["visitor"]["cmp"]["scenario"]["id"] == [
        "consent_to_all", "no_user_choice", "refuse_to_all"]


def test_bot_challenge_is_anti_bot_system(test_sites, tmp_path):
    report = scan(test_sites, "challenge.test", tmp_path)
    assert report["status"] == "failed"
    assert set(errors(report).values()) == {"anti_bot_system"}


def test_a_page_that_never_loads_is_not_reachable_and_the_scan_ends(test_sites, tmp_path):
    report = scan(test_sites, "hang.test", tmp_path, "--scenarios", "no_user_choice",
                  env={"CONSENTSCAN_PAGE_TIMEOUT": "3"})
    assert report["status"] == "failed"
    assert errors(report) == {"no_user_choice": "website_not_reachable"}


def test_redirect_to_cloud_metadata_is_blocked(test_sites, tmp_path):
    report = scan(test_sites, "redirect.test", tmp_path, "--scenarios", "no_user_choice")
    assert report["status"] == "failed"
    assert errors(report) == {"no_user_choice": "general_error"}
    assert "private network" in report["errors"][0]["error_description"]


def test_known_cmp_is_operated_by_autoconsent_rules(test_sites, tmp_path):
    report = scan(test_sites, "complianz.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    for scenario in ("consent_to_all", "refuse_to_all"):
        cmp = report["_evidence"][scenario]["cmp"]
        assert cmp["source"] == "autoconsent" and cmp["name"] == "Complianz banner" and cmp["verified"]
    assert report["_evidence"]["consent_to_all"]["cmp"]["tcf"]["cmpId"] == 10
    assert report["_evidence"]["consent_to_all"]["cmp"]["tcf"]["tcString"]
    assert steps(report, "px_uid") == ["consent_to_all"]


def test_gpc_scenario_signals_opt_out_and_reporting_api_reports_are_kept(test_sites, tmp_path):
    report = scan(test_sites, "gpc.test", tmp_path, "--scenarios", "no_user_choice,gpc")
    assert report["_trackers"]["ads_id"]["cmp"]["scenario"]["id"] == ["no_user_choice"]  # not under GPC
    assert report["_trackers"]["basket"]["cmp"]["scenario"]["id"] == ["gpc", "no_user_choice"]
    assert report["_trackers"]["basket"]["cmp"]["scenario_step"]["id"] == ["gpc", "no_user_choice"]
    har = json.loads((tmp_path / "reports" / report["id"] / "gpc" / "proof_of_scan.har").read_text())
    first = har["log"]["entries"][0]["request"]["headers"]
    assert {"name": "Sec-GPC", "value": "1"} in [{"name": h["name"], "value": h["value"]} for h in first]
    # The page's CSP blocks the third-party image: the browser raises a csp-violation report.
    assert report["reporting_api_count"] >= 2
    import pyarrow.dataset as ds

    rows = ds.dataset(tmp_path / "datasets" / "reporting_api", partitioning="hive").to_table().to_pylist()
    assert {r["type"] for r in rows} == {"csp-violation"} and {r["scenario"] for r in rows} == {"no_user_choice", "gpc"}


def test_a_banner_whose_buttons_do_nothing_is_not_able_to_click(test_sites, tmp_path):
    report = scan(test_sites, "stuck.test", tmp_path)
    assert report["status"] == "partial"
    assert errors(report) == {"consent_to_all": "not_able_to_click", "refuse_to_all": "not_able_to_click"}


def test_consent_signals_that_ignore_the_choice_are_findings_and_a_compliant_twin_passes(test_sites, tmp_path):
    every = ("--scenarios", "no_user_choice,consent_to_all,refuse_to_all,gpc")
    bad = scan(test_sites, "signals.test", tmp_path / "bad", *every)
    assert bad["status"] == "success", bad["errors"]
    privacy = bad["_privacy"]
    assert privacy["respects_tcf_choice"] is False and privacy["respects_consent_mode"] is False
    assert privacy["has_no_legitimate_interest_claims"] is True
    # Google Analytics stops once the visitor refused (no page after the click) but fires under GPC.
    assert privacy["honors_gpc"] is False
    signals = {(s["scenario"], s["step"]): s for s in bad["consent_signals"]}
    refused = signals["refuse_to_all", "refuse_to_all"]["tcf"]
    assert refused["purpose_consents"] == [1, 3, 4] and refused["vendor_consents"] == [755]
    assert signals["no_user_choice", "no_user_choice"]["consent_mode"]["state"]["analytics_storage"] == "granted"
    assert [(t["host"], (t["vendor"] or {}).get("id")) for t in bad["reporting_endpoints"]] == [
        ("nel.cdn-reports.test", None), ("o1.ingest.sentry.io", "sentry")]
    penalties = {b["component"]: b["penalty"] for b in bad["score_breakdown"]}
    assert penalties["consent_signals_ignored"] == 20 and penalties["reporting_transfers"] == 4  # 3 checks, cap
    assert bad["_trackers"]["euconsent-v2"]["category_source"] == "consent_record"

    good = scan(test_sites, "signals-ok.test", tmp_path / "good", *every)
    assert good["status"] == "success", good["errors"]
    privacy = good["_privacy"]
    assert privacy["respects_tcf_choice"] is True and privacy["respects_consent_mode"] is True
    assert privacy["has_consent_withdrawal"] is True and privacy["honors_gpc"] is True
    assert good["reporting_endpoints"] == []
    penalties = {b["component"]: b["penalty"] for b in good["score_breakdown"]}
    assert penalties["consent_signals_ignored"] == 0 and penalties["reporting_transfers"] == 0
