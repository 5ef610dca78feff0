"""The CMP's product name in reports.json, on local sites that imitate real CMPs' footprints, in real Chromium.

Each site serves its CMP's loader from the CMP's own host (mapped to loopback by host rules) or from the site,
as real deployments do; the report must name the product, whatever autoconsent rule operated the banner.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import cookies
from tests.test_crawler_sites import scan

pytestmark = pytest.mark.integration


def products(report: dict) -> dict[str, tuple[str | None, str | None]]:
    return {s: (e["cmp"]["product"], e["cmp"]["product_signal"]) for s, e in report["_evidence"].items()}


def reports_json(tmp_path, report: dict) -> dict:
    return json.loads((tmp_path / "reports" / report["id"] / "reports.json").read_text())


def test_onetrust_is_named_by_its_cdn_loader(test_sites, tmp_path):
    report = scan(test_sites, "onetrust.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert reports_json(tmp_path, report)["cmp_name"] == "OneTrust"
    assert set(products(report).values()) == {("OneTrust", "script_host:cdn.cookielaw.org")}
    assert report["_evidence"]["refuse_to_all"]["cmp"]["name"] == "Onetrust"  # the rule that operated it, kept
    assert report["_trackers"]["px_uid"]["cmp"]["scenario"]["id"] == ["consent_to_all"]


def test_osano_cookieconsent_is_named_though_a_complianz_rule_operated_it(test_sites, tmp_path):
    report = scan(test_sites, "osano.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert reports_json(tmp_path, report)["cmp_name"] == "Cookie Consent by Osano"
    for scenario in ("consent_to_all", "refuse_to_all"):
        cmp = report["_evidence"][scenario]["cmp"]
        assert cmp["source"] == "autoconsent" and cmp["name"] == "Complianz optin"  # evidence keeps the rule
        assert cmp["product"] == "Cookie Consent by Osano"
        assert cmp["product_signal"] == "global:cookieconsent.initialise"


def test_a_rule_that_only_hides_the_banner_has_not_refused_and_the_banner_is_read_by_meaning(test_sites, tmp_path):
    """autoconsent's osano rule, finding no deny button, 'refuses' by hiding the dialog with CSS: 74 of its 797
    rules can end so. The hiding is undone and the refusal made through the banner's own controls."""
    report = scan(test_sites, "osano-cm.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    accept, refuse = (report["_evidence"][s]["cmp"] for s in ("consent_to_all", "refuse_to_all"))
    assert accept["source"] == "autoconsent" and accept["name"] == "osano"
    assert refuse["source"] == "heuristic" and refuse["name"] == "osano"
    assert refuse["clicked_control"]["label"] == "Save" and refuse["clicked_control"]["role"] == "save_selection"
    assert "only hid the popup" in refuse["clicked_control"]["after_rule"]
    assert [t["label"] for t in refuse["toggles"] if not t["disabled"]] == ["Analytics", "Marketing"]
    assert report["errors"] == [] and report["_evidence"]["refuse_to_all"]["error"] is None
    # Saved with both switched off: no marketing pixel, as after "Accept All" there is.
    assert "px_uid" not in cookies(report["_evidence"]["refuse_to_all"])
    assert {"osano_consentmanager", "px_uid"} <= cookies(report["_evidence"]["consent_to_all"])


def test_self_hosted_tarteaucitron_is_named(test_sites, tmp_path):
    report = scan(test_sites, "tarteaucitron.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert reports_json(tmp_path, report)["cmp_name"] == "tarteaucitron"
    assert {p for p, _ in products(report).values()} == {"tarteaucitron"}
    assert report["_evidence"]["consent_to_all"]["cmp"]["name"] == "tarteaucitron deny"


def test_a_tcf_cmp_is_named_by_the_cmp_id_it_answers(test_sites, tmp_path):
    report = scan(test_sites, "tcf-cmp.test", tmp_path)
    assert report["status"] == "success", report["errors"]
    assert reports_json(tmp_path, report)["cmp_name"] == "TRUENDO"
    assert set(products(report).values()) == {("TRUENDO", "tcf_cmp_id:304")}
    assert report["_evidence"]["consent_to_all"]["cmp"]["source"] == "heuristic"  # no autoconsent rule for it


def test_a_home_made_banner_names_no_cmp(test_sites, tmp_path):
    report = scan(test_sites, "hidden.test", tmp_path, "--scenarios", "no_user_choice")
    assert reports_json(tmp_path, report)["cmp_name"] is None
    assert products(report) == {"no_user_choice": (None, None)}
