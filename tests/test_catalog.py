"""The vendor catalog, its imports and overrides, and the Open Cookie Database."""

from __future__ import annotations

import collections
import json

import pytest

from pipeline.errors import InvalidInput
from pipeline.model.evidence import Observation
from pipeline.model.messages import Scan, ScanOptions
from pipeline.settings import Settings
from pipeline.storage.objects import LocalStorage, put_json
from stages.catalog import (
    CATALOG_PATH,
    CATEGORIES,
    IMPORTS_PREFIX,
    import_gvl,
    load_vendors,
    overrides_key,
    parse_overrides,
    vendor_from_dict,
)
from stages.cookiedb import CookieDatabase
from stages.trackers import aggregate
from stages.vendors import Catalog, aggregate_vendors, load_catalog, match_trackers

GVL = {"gvlSpecificationVersion": 3, "vendorListVersion": 99, "vendors": {
    "755": {"id": 755, "name": "Google Advertising Products", "purposes": [1, 3, 4], "legIntPurposes": [2, 7],
            "specialPurposes": [1, 2], "urls": [{"langId": "en", "privacy": "https://policies.google.com/privacy"}]},
    "9999": {"id": 9999, "name": "Example Ad Tech", "purposes": [1, 2, 3], "legIntPurposes": [],
             "specialPurposes": [], "urls": [{"langId": "en", "privacy": "https://adtech.example/privacy"}]}}}


def test_shipped_catalog_is_valid_and_covers_200_vendors():
    data = json.loads(CATALOG_PATH.read_text())
    vendors = load_vendors()
    assert len(vendors) >= 200
    ids = [v["id"] for v in data["vendors"]]
    assert len(ids) == len(set(ids))
    hosts = collections.Counter(h for v in vendors for h in v.hosts)
    assert [h for h, n in hosts.items() if n > 1] == []  # a host belongs to one vendor
    assert {v.category for v in vendors} <= set(CATEGORIES)
    assert all(v.hosts or v.cookies for v in vendors)
    categories = collections.Counter(v.category for v in vendors)
    assert categories["marketing"] > 50 and categories["analytics"] > 30 and categories["strictly_necessary"] > 20


def test_gvl_import_fills_tcf_purposes_of_known_vendors_and_adds_new_ones(tmp_path):
    storage = LocalStorage(tmp_path)
    put_json(storage, IMPORTS_PREFIX + "gvl.json", {"vendors": import_gvl(GVL)})
    vendors = {v.id: v for v in load_vendors(storage)}
    google = vendors["google-ads"]
    assert google.tcf["default_purposes_id"] == ["1", "3", "4"]
    assert google.tcf["legitimate_interest_purposes_id"] == ["2", "7"]
    assert google.tcf["spi_purposes_id"] == ["1", "2"]
    assert google.hosts and google.category == "marketing"  # the catalog's own facts stay
    analytics = vendors["google-analytics"]  # a product sharing the TCF id: the policy, not the purposes
    assert analytics.tcf["default_purposes_id"] == [] and analytics.policy_url.startswith("https://")
    assert vendors["iab-9999"].namespaces["iab2"] == 9999 and vendors["iab-9999"].policy_url.endswith("/privacy")
    with pytest.raises(InvalidInput):
        import_gvl({"vendors": []})


def _scan() -> Scan:
    return Scan.new("https://www.shop.example/", property_id="p", organization_id="acme", options=ScanOptions())


def _observation(name: str, host: str = "www.shop.example") -> tuple[str, Observation]:
    return "no_user_choice", Observation(type="cookie", source="js_browser", name=name, host=host,
                                         page_url="https://www.shop.example/", time=1.0, step="no_user_choice")


def test_open_cookie_database_classifies_first_party_cookies(tmp_path):
    path = tmp_path / "ocd.json"
    path.write_text(json.dumps({
        "Hotjar": [{"cookie": "_hjFirstSeen", "category": "Analytics", "wildcardMatch": "0"}],
        "Example Platform": [{"cookie": "expl_", "category": "Marketing", "wildcardMatch": "1"},
                             {"cookie": "expl_csrf", "category": "Security", "wildcardMatch": "0"}]}))
    catalog = Catalog(load_vendors(), CookieDatabase.load(path))
    records = {r["name"]: r for r in match_trackers(aggregate(_scan(), [
        _observation("_hjFirstSeen"), _observation("expl_42"), _observation("expl_csrf"),
        _observation("mystery")]), catalog)}
    assert records["_hjFirstSeen"]["vendor"] == {"id": "hotjar", "name": "Hotjar"}
    assert records["expl_42"]["vendor"] == {"id": "ocd-example-platform", "name": "Example Platform"}
    assert records["expl_42"]["category"] == "marketing"
    assert records["expl_csrf"]["category"] == "strictly_necessary"
    assert records["mystery"]["category"] == "unclassified" and records["mystery"]["vendor"] is None


def test_the_real_open_cookie_database_loads_when_setup_fetched_it():
    settings = Settings.from_env()
    catalog = load_catalog(settings)
    assert len(catalog.cookies) > 2000  # make setup fetches it; CI runs make setup first
    assert catalog.cookies.lookup("_ga_ABC123").platform == "Google Analytics"


def test_shipped_policy_urls_and_tcf_purposes_are_exactly_what_their_sources_say():
    """Every policy URL and TCF purpose list in the shipped catalog names its source, and refilling the catalog
    from the pinned sources (fetched by make setup; CI runs it first) changes nothing."""
    from pipeline.setup.assets import GVL_FILES
    from stages.catalog_sources import fill, load_gvls, load_ocd_links

    settings = Settings.from_env()
    shipped = json.loads(CATALOG_PATH.read_text())["vendors"]
    gvls = load_gvls(settings)
    assert set(gvls) == set(GVL_FILES)
    assert fill(shipped, gvls, load_ocd_links(settings)) == shipped
    for vendor in shipped:
        assert (vendor["policy_url"] is None) == ("policy_url_source" not in vendor), vendor["id"]
        assert any(vendor["tcf"].values()) == ("tcf_source" in vendor), vendor["id"]
    with_url = sum(1 for v in shipped if v["policy_url"])
    assert with_url >= 130 and sum(1 for v in shipped if v.get("tcf_source")) >= 40


def test_a_wrong_tcf_id_or_a_home_page_never_becomes_a_policy_url():
    from stages.catalog_sources import fill

    gvls = {"gvl-v1": {e["namespaces"]["iab2"]: e for e in import_gvl(GVL)}}
    entry = {"id": "shop-ads", "name": "Shop Ads", "namespaces": {"iab2": 9999}, "tcf": {}, "policy_url": None}
    with pytest.raises(ValueError, match="9999 is 'Example Ad Tech'"):
        fill([entry], gvls, {})
    products = [{"id": "google-ads", "name": "Google Advertising Products", "namespaces": {"iab2": 755}},
                {"id": "google-analytics", "name": "Google Analytics", "namespaces": {"iab2": 755}},
                {"id": "homepage", "name": "Home", "namespaces": {}, "ocd_platform": "Home"},
                {"id": "cdn", "name": "CDN", "namespaces": {}, "ocd_platform": "CDN"}]
    filled = {v["id"]: v for v in fill(products, gvls, {"Home": "https://home.example/",
                                                          "CDN": "https://cdn.example/legal/privacy"})}
    assert filled["google-ads"]["tcf"]["default_purposes_id"] == ["1", "3", "4"]  # the GVL vendor itself
    assert filled["google-analytics"]["tcf"]["default_purposes_id"] == []  # a product sharing its id
    assert filled["google-analytics"]["policy_url"] == "https://policies.google.com/privacy"
    assert filled["homepage"]["policy_url"] is None and "policy_url_source" not in filled["homepage"]
    assert filled["cdn"]["policy_url_source"] == "ocd"


def test_organization_overrides_name_and_classify_their_own_hosts(tmp_path):
    storage = LocalStorage(tmp_path)
    put_json(storage, overrides_key("acme"), {"version": 1,
        "vendors": [{"id": "acme-cdn", "name": "ACME CDN", "hosts": ["static.shop.example", "img.acme-cdn.net"],
                     "category": "strictly_necessary"}],
        "trackers": [{"name": "_ga*", "category": "ignored"},
                     {"name": "cart", "category": "strictly_necessary", "vendor_id": "acme-cdn"}]})
    catalog = load_catalog(None, storage, "acme")
    records = {r["name"]: r for r in match_trackers(aggregate(_scan(), [
        _observation("_ga"), _observation("cart"), _observation("_fbp"),
        _observation("edge", host="img.acme-cdn.net")]), catalog)}
    assert (records["_ga"]["category"], records["_ga"]["category_source"]) == ("ignored", "project")
    assert records["cart"]["vendor"] == {"id": "acme-cdn", "name": "ACME CDN"}
    assert records["edge"]["vendor"]["id"] == "acme-cdn" and records["edge"]["category_source"] == "project"
    assert (records["_fbp"]["category"], records["_fbp"]["category_source"]) == ("marketing", "global")
    rows = [{"is_third_party": False, "host": "static.shop.example", "step": "no_user_choice",
             "scenario": "no_user_choice"}]
    assert aggregate_vendors(_scan(), rows, catalog)[0]["partner"]["name"] == "ACME CDN"
    # Another organization does not see acme's overrides.
    other = {r["name"]: r for r in match_trackers(aggregate(_scan(), [_observation("_ga")]),
                                                  load_catalog(None, storage, "globex"))}
    assert other["_ga"]["category"] == "analytics"


@pytest.mark.parametrize("bad", [{"vendors": []}, {"version": 1, "trackers": [{"name": "x", "category": "bad"}]},
                                 {"version": 1, "vendors": [{"id": "v", "name": "V", "hosts": ["a b"]}]}])
def test_bad_override_files_are_rejected_with_a_reason(bad):
    with pytest.raises(InvalidInput):
        parse_overrides(bad)


def test_catalog_commands_validate_and_store(tmp_path):
    from tests.conftest import run_cli

    env = {"CONSENTSCAN_DATA_DIR": str(tmp_path)}
    (tmp_path / "gvl.json").write_text(json.dumps(GVL))
    result = run_cli("catalog", "import-gvl", str(tmp_path / "gvl.json"), env=env, timeout=60)
    assert result.returncode == 0 and "imported 2 vendors" in result.stdout
    assert (tmp_path / "catalog" / "imports" / "gvl.json").exists()
    (tmp_path / "bad.json").write_text(json.dumps({"version": 1, "trackers": [{"name": "x", "category": "nope"}]}))
    result = run_cli("catalog", "override", str(tmp_path / "bad.json"), "--organization", "acme", env=env, timeout=60)
    assert result.returncode == 2 and "category" in result.stderr


def test_wildcard_cookie_names_go_to_the_first_vendor_that_declares_a_fitting_pattern():
    first = vendor_from_dict({"id": "first", "name": "First", "cookies": ["_ab_*", "x*y*z"]})
    second = vendor_from_dict({"id": "second", "name": "Second", "cookies": ["_ab_c*", "_ab_exact"]})
    catalog = Catalog([first, second])
    assert catalog.by_cookie("_ab_c1").id == "first"  # both fit: the first declared wins
    assert catalog.by_cookie("_ab_exact").id == "second"  # an exact name before any pattern
    assert catalog.by_cookie("x-y-z").id == "first" and catalog.by_cookie("x\ny\nz").id == "first"
    assert catalog.by_cookie("_ab") is None and catalog.by_cookie("xyz_") is None
    assert Catalog([]).by_cookie("_ab_c1") is None
