"""``consentscan scan`` of the demo shop, in-process, with real Chromium: the files and fields users read."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from PIL import Image

from pipeline.demo.server import DEMO_URL
from tests.conftest import run_cli

pytestmark = pytest.mark.integration
SCENARIOS = ("no_user_choice", "consent_to_all", "refuse_to_all")


@pytest.fixture(scope="module")
def demo_report(demo_site, tmp_path_factory):
    out = tmp_path_factory.mktemp("scan")
    result = run_cli("scan", DEMO_URL, "--out", str(out), "--json", "--property-id", "shop",
                     "--organization-id", "acme", "--host-resolver-rules", demo_site.host_rules,
                     "--ignore-https-errors", "--allow-private-networks")
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)  # exactly one JSON document on stdout
    return out, report


def _load(out: Path, report: dict, name: str):
    return json.loads((out / "reports" / report["id"] / name).read_text())


def test_report_has_the_contract_fields(demo_report):
    out, report = demo_report
    assert report["status"] == "success" and report["errors"] == []
    assert report["property_id"] == "shop" and report["organization_id"] == "acme"
    assert isinstance(report["score"], int) and 0 <= report["score"] <= 100
    assert report["created_at"].endswith("Z")
    assert _load(out, report, "reports.json") == report
    trackers = _load(out, report, "report_aggregated_trackers.json")
    vendors = _load(out, report, "report_aggregated_vendors.json")
    assert report["trackers_count"] == len(trackers) and report["vendors_count"] == len(vendors)


def test_trackers_carry_scenario_and_step(demo_report):
    out, report = demo_report
    trackers = {t["name"]: t for t in _load(out, report, "report_aggregated_trackers.json")}
    # Google Analytics loads only after "Accept all": step consent_to_all, never in the refusal.
    assert trackers["_ga"]["cmp"]["scenario"]["id"] == ["consent_to_all"]
    assert trackers["_ga"]["cmp"]["scenario_step"]["id"] == ["consent_to_all"]
    assert trackers["_ga"]["source"] == "js_browser" and trackers["_ga"]["vendor"]["id"] == "google-analytics"
    assert trackers["_ga"]["initiator"]["url"] == "https://www.google-analytics.com/analytics.js"
    assert trackers["_ga_ABC123XYZ"]["name_pattern"] == "_ga_*"
    assert trackers["_ga"]["max_lifetime_seconds"] == 2 * 365 * 86400
    # The Meta pixel fires before any choice, in every scenario.
    assert trackers["_fbp"]["cmp"]["scenario_step"]["id"] == ["no_user_choice"]
    assert set(trackers["fr"]["cmp"]["scenario"]["id"]) == set(SCENARIOS)
    assert trackers["fr"]["source"] == "http_request" and trackers["fr"]["is_third_party"]
    assert trackers["fr"]["is_http_only"] and trackers["fr"]["is_secure_only"]
    assert trackers["https://www.facebook.com/tr"]["type"] == "pixel"
    assert trackers["shop_session"]["source"] == "http_request"
    assert trackers["shop_session"]["max_lifetime_seconds"] == -1
    assert trackers["cart"]["type"] == "web_storage" and trackers["shop-cache"]["type"] == "indexed_db"
    # The banner's record of the choice is written at the click, "accepted" or "refused": not a tracker.
    assert trackers["demo_consent"]["category"] == "strictly_necessary"
    assert trackers["demo_consent"]["category_source"] == "consent_record"
    assert trackers["fr"]["consent_record"] is None
    record = trackers["_ga"]
    assert set(record) >= {"property_id", "report_id", "organization_id", "id", "type", "source", "name", "host",
                           "is_http_only", "is_secure_only", "is_persistent", "is_third_party", "initiator", "cmp",
                           "page_url", "page_url_host", "page_url_sld", "name_pattern", "initial_name", "sld",
                           "vendor", "max_lifetime_seconds", "created_at"}
    assert set(record["initiator"]) == {"type", "url", "url_host", "url_sld", "vendor"}


def test_the_demo_scores_as_docs_score_md_works_it_out(demo_report):
    _, report = demo_report
    penalties = {b["component"]: b["penalty"] for b in report["score_breakdown"]}
    assert penalties == {"trackers_before_consent": 40, "trackers_after_refusal": 30, "no_consent_choice": 0,
                         "long_cookie_lifetimes": 6, "no_privacy_policy": 0, "privacy_policy_not_on_all_pages": 3,
                         "no_privacy_policy_opt_out": 0, "scan_errors": 0, "consent_signals_ignored": 0,
                         "consent_design_issues": 5, "reporting_transfers": 0}
    assert report["score"] == 16


def test_vendors_and_privacy(demo_report):
    out, report = demo_report
    vendors = {v["id"]: v for v in _load(out, report, "report_aggregated_vendors.json")}
    assert vendors["facebook"]["partner"]["name"] == "Meta (Facebook)"
    assert vendors["facebook"]["partner"]["policy_url"] == "https://www.facebook.com/about/privacy/"  # from the OCD
    assert vendors["google-analytics"]["cmp"]["scenario"]["id"] == ["consent_to_all"]
    privacy = _load(out, report, "report_privacy.json")["privacy"]
    assert privacy == {"has_user_consent_information": True, "has_user_consent_choice": True,
                       "has_short_cookies_lifetime": False, "has_privacy_policy": True,
                       "has_privacy_policy_all_pages": False, "has_privacy_policy_opt_out": True,
                       # Google Analytics fires only after "accept all": nothing to object to
                       "respects_consent_mode": True,
                       # no TCF CMP: the TCF checks do not apply
                       "respects_tcf_choice": None, "has_no_legitimate_interest_claims": None,
                       # the banner offers its refusal beside the accept, as a button alike; no second layer
                       "has_refuse_on_first_layer": True, "has_balanced_choice_design": True,
                       "has_no_preticked_purposes": None,
                       # once chosen, nothing reopens the banner; nothing starts only after refusal
                       "has_consent_withdrawal": False, "has_accurate_essential_labels": True,
                       "honors_gpc": None}
    signals = {(s["scenario"], s["step"]): s for s in report["consent_signals"]}
    assert list(signals) == [("consent_to_all", "consent_to_all")]
    assert signals["consent_to_all", "consent_to_all"]["consent_mode"]["tags"] == ["ga4"]
    assert signals["consent_to_all", "consent_to_all"]["consent_mode"]["present"] is False


def test_each_scenario_has_a_har_and_an_animated_gif(demo_report):
    out, report = demo_report
    for scenario in SCENARIOS:
        folder = out / "reports" / report["id"] / scenario
        har = json.loads((folder / "proof_of_scan.har").read_text())
        assert any("Set-Cookie" == h["name"] for e in har["log"]["entries"] for h in e["response"]["headers"])
        gif = Image.open(folder / "proof_of_scan.gif")
        assert gif.format == "GIF" and gif.n_frames >= 3


def test_parquet_datasets_are_hive_partitioned(demo_report):
    out, report = demo_report
    for table in ("reports", "trackers", "vendors", "privacy", "requests"):
        data = ds.dataset(out / "datasets" / table, partitioning="hive").to_table().to_pylist()
        assert data and {row["organization_id"] for row in data} == {"acme"}
        assert {row["date"] for row in data} == {report["created_at"][:10]}
    requests = ds.dataset(out / "datasets" / "requests", partitioning="hive").to_table().to_pylist()
    assert {r["scenario"] for r in requests} == set(SCENARIOS)
    assert any(r["host"] == "www.facebook.com" and r["is_third_party"] for r in requests)


@pytest.mark.parametrize("args, message", [
    (["ftp://example.com/"], "only http and https"),
    (["http://"], "malformed URL"),
    (["https://example.com/", "--scenarios", "no_user_choice,click_all"], "unknown scenario"),
    (["http://169.254.169.254/latest/meta-data/"], "non-public address"),
])
def test_invalid_input_exits_2_with_one_line(args, message, tmp_path):
    result = run_cli("scan", *args, "--out", str(tmp_path), timeout=60)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreachable_site_gives_a_failed_report(tmp_path):
    result = run_cli("scan", "http://nowhere.invalid/", "--out", str(tmp_path), "--json", "--pages", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["status"] == "failed"
    assert {e["error_type"] for e in report["errors"]} == {"website_not_reachable"}
    assert {e["scenario_id"] for e in report["errors"]} == set(SCENARIOS)


def test_report_page_renders_in_a_real_browser_without_errors(demo_report, tmp_path):
    from playwright.sync_api import sync_playwright

    from pipeline.settings import Settings
    from stages.crawl.browser import find_chromium

    out, report = demo_report
    page_html = run_cli("report", "html", report["id"], env={"CONSENTSCAN_DATA_DIR": str(out)}, timeout=60)
    assert page_html.returncode == 0, page_html.stderr
    path = tmp_path / "report.html"
    path.write_text(page_html.stdout)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(Settings()))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        problems = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: problems.append("external request " + r.url)
                if not r.url.startswith(("file:", "data:")) else None)
        page.goto(path.as_uri())
        assert page.locator(".score").inner_text().startswith(str(report["score"]))
        assert page.locator(".scenario img").count() == 3
        assert all(page.evaluate("[...document.images].map(i => i.naturalWidth > 0)"))
        text = page.inner_text("body")
        for expected in ("trackers_before_consent", "_ga", "Google Analytics", "Meta (Facebook)", "session",
                         "has_privacy_policy_all_pages", "consent_to_all"):
            assert expected in text
        # Each finding with its evidence, linked to the GIF of its scenario; checks that do not apply say so.
        finding = page.locator("tr", has_text="has_consent_withdrawal").filter(has_text="no CMP function")
        assert finding.count() == 1 and finding.locator("a").get_attribute("href") == "#scenario-consent_to_all"
        assert page.locator("#scenario-consent_to_all img").count() == 1
        assert "does not apply" in page.locator("tr", has_text="respects_tcf_choice").first.inner_text()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    assert problems == []
    assert (tmp_path / "report.png").stat().st_size > 10_000
