"""Unit tests of the plumbing and of the stage functions, on small fixtures (no browser, no broker)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from pipeline.errors import InvalidInput, InvalidMessage, TargetRefused
from pipeline.model.evidence import Observation, ScenarioEvidence
from pipeline.model.messages import CrawlTask, ReportTask, Scan, ScanOptions, decode, encode
from pipeline.model.report import ScenarioOutcome, check_report_id, report_status
from pipeline.netguard import Guard, HostRules, check_target, check_url, is_public, parse_networks
from pipeline.settings import Settings
from pipeline.storage.tables import TABLES, file_schema, to_arrow


def make_scan(**options) -> Scan:
    return Scan.new("https://www.shop.co.uk/", property_id="p1", organization_id="o1",
                    options=ScanOptions(**options))


# -- settings, messages, keys ------------------------------------------------------------------------
def test_settings_read_prefixed_environment_and_reject_bad_values():
    settings = Settings.from_env({"CONSENTSCAN_PAGE_TIMEOUT": "7.5", "CONSENTSCAN_ALLOW_PRIVATE_NETWORKS": "true"})
    assert settings.page_timeout == 7.5 and settings.allow_private_networks is True
    with pytest.raises(InvalidInput, match="CONSENTSCAN_MAX_RETRIES"):
        Settings.from_env({"CONSENTSCAN_MAX_RETRIES": "many"})
    with pytest.raises(InvalidInput, match="S3_ACCESS_KEY"):
        Settings.from_env({"CONSENTSCAN_S3_ENDPOINT": "127.0.0.1:9000"})


def test_crawl_concurrency_is_set_or_follows_cores_and_memory():
    from pipeline.settings import default_crawl_concurrency

    assert Settings.from_env({"CONSENTSCAN_CRAWL_CONCURRENCY": "6"}).crawl_slots == 6
    assert 1 <= Settings.from_env({}).crawl_slots <= 8
    assert default_crawl_concurrency(2, 16_000) == 4  # two per core
    assert default_crawl_concurrency(16, 16_000) == 8  # at most 8
    assert default_crawl_concurrency(8, 1_000) == 2  # one per 400 MiB
    assert default_crawl_concurrency(1, 100) == 1
    for bad in ("-1", "33", "four"):
        with pytest.raises(InvalidInput, match="CONSENTSCAN_CRAWL_CONCURRENCY"):
            Settings.from_env({"CONSENTSCAN_CRAWL_CONCURRENCY": bad})


def test_messages_round_trip_and_poison_messages_are_rejected():
    task = CrawlTask(scan=make_scan(pages=3), scenario="refuse_to_all")
    assert decode(json.loads(json.dumps(encode(task))), CrawlTask) == task
    with pytest.raises(InvalidMessage, match="version"):
        decode({**encode(task), "version": 99}, CrawlTask)
    with pytest.raises(InvalidMessage):
        decode({"version": 1, "kind": "crawl", "scan": {"url": "x"}}, CrawlTask)
    with pytest.raises(InvalidMessage):
        decode("not an object", ReportTask)
    with pytest.raises(InvalidMessage, match="not part"):
        decode({**encode(task), "scenario": "gpc"}, CrawlTask)


def test_scan_options_reject_unknown_scenarios():
    with pytest.raises(InvalidInput, match="unknown scenario"):
        ScanOptions(scenarios=("no_user_choice", "click_everything"))


def test_report_ids_cannot_escape_their_folder():
    assert check_report_id("abc123")
    for bad in ("../etc", "a/b", "", "x" * 100):
        with pytest.raises(InvalidInput):
            check_report_id(bad)


@pytest.mark.parametrize("outcomes, status", [
    ([ScenarioOutcome("no_user_choice"), ScenarioOutcome("consent_to_all")], "success"),
    ([ScenarioOutcome("no_user_choice", "website_not_reachable", "x", False),
      ScenarioOutcome("consent_to_all", "anti_bot_system", "x", False)], "failed"),
    ([ScenarioOutcome("no_user_choice"),
      ScenarioOutcome("consent_to_all", "no_existing_or_clear_cmp", "x", True)], "partial"),
    ([ScenarioOutcome("no_user_choice", "general_error", "x", True)], "partial"),
    ([ScenarioOutcome("no_user_choice", "general_error", "x", False)], "failed"),
])
def test_report_status_rules(outcomes, status):
    assert report_status(outcomes) == status


# -- the URL guard -------------------------------------------------------------------------------------
@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.5", "169.254.169.254",
                                     "100.64.0.1", "224.0.0.1", "0.0.0.0", "::1", "fd00::1", "::ffff:10.0.0.1"])
def test_non_public_addresses_are_refused(address):
    assert not is_public(address)


def test_public_addresses_are_allowed():
    assert is_public("93.184.216.34") and is_public("2606:4700::6810:85e5")


def test_host_rules_map_like_chromium():
    rules = HostRules.parse("MAP *:80 127.0.0.1:8080, MAP *:443 127.0.0.1:8443, EXCLUDE localhost")
    assert rules.map("www.shop.test", 80) == ("127.0.0.1", 8080)
    assert rules.map("www.google-analytics.com", 443) == ("127.0.0.1", 8443)
    assert HostRules.parse("MAP *.example 10.0.0.5").map("a.example", 443) == ("10.0.0.5", 443)
    with pytest.raises(InvalidInput):
        HostRules.parse("SEND everything somewhere")


def test_targets_on_private_networks_are_refused_unless_allowed():
    with pytest.raises(TargetRefused, match="169.254.169.254"):
        check_target("http://169.254.169.254/latest/meta-data/", HostRules(), Guard())
    with pytest.raises(TargetRefused):
        check_target("http://shop.test/", HostRules.parse("MAP * 127.0.0.1"), Guard())
    check_target("http://shop.test/", HostRules.parse("MAP * 127.0.0.1"), Guard(allow_private=True))
    # An address named literally is judged as itself, even when a rule maps it to an allowed one.
    allowed_loopback = Guard(allowed_networks=parse_networks("127.0.0.1/32"))
    with pytest.raises(TargetRefused):
        check_target("http://169.254.169.254/", HostRules.parse("MAP * 127.0.0.1"), allowed_loopback)


def test_allowed_networks_open_only_those_networks():
    guard = Guard(allowed_networks=parse_networks("10.20.0.0/16, 127.0.0.1/32"))
    assert guard.allows("10.20.3.4") and guard.allows("127.0.0.1") and guard.allows("8.8.8.8")
    assert not guard.allows("10.21.0.1") and not guard.allows("169.254.169.254")
    with pytest.raises(InvalidInput):
        parse_networks("10.0.0.0/33")


@pytest.mark.parametrize("url", ["ftp://x.com/", "javascript:alert(1)", "", "http://", "https://exa mple.com/",
                                 "http://x.com:99999/"])
def test_malformed_urls_are_invalid_input(url):
    with pytest.raises(InvalidInput):
        check_url(url)


# -- tables ---------------------------------------------------------------------------------------------
def test_partition_columns_live_in_the_path_not_in_the_files():
    for name in TABLES:
        names = file_schema(name).names
        assert "organization_id" not in names and "date" not in names


@pytest.mark.parametrize("name", TABLES)
def test_a_report_file_reads_back_with_its_declared_schema(name):
    # Per-report files carry no copy of the Arrow schema: the Parquet schema alone must give the same types,
    # nullability and nesting.
    import pyarrow.parquet as pq

    from pipeline.storage.tables import to_parquet_bytes

    table = to_arrow(name, [])
    assert table.schema.equals(file_schema(name))
    data = to_parquet_bytes(table)
    assert pq.ParquetFile(io.BytesIO(data)).schema_arrow.equals(file_schema(name))


def test_kept_rows_are_read_back_until_another_writer_replaces_the_file(tmp_path):
    from pipeline.storage.datasets import dataset_key, read_rows, write_rows
    from pipeline.storage.objects import LocalStorage
    from pipeline.storage.tables import to_parquet_bytes

    storage = LocalStorage(tmp_path)
    scan = Scan.new("https://www.shop.example/", property_id="shop", options=ScanOptions())
    row = {"report_id": scan.report_id, "property_id": "shop", "scenario": "no_user_choice",
           "step": "no_user_choice", "request_index": 0, "url": "https://a.example/", "host": "a.example",
           "sld": "a.example", "method": "GET", "started_at": "2026-11-22T10:00:00.000Z",
           "is_third_party": True, "has_query": False}
    write_rows(storage, "requests", scan, [row], keep=True)
    first = read_rows(storage, "requests", scan, columns=["host", "started_at"])
    assert first == [{"host": "a.example", "started_at": datetime(2026, 11, 22, 10, tzinfo=UTC)}]
    assert row["started_at"] == "2026-11-22T10:00:00.000Z"  # the caller's row is not converted in place
    # Another worker (a redelivered HAR parse) rewrites the file: its rows are read, not the kept ones.
    other = LocalStorage(tmp_path)
    replaced = to_parquet_bytes(to_arrow("requests", [{**row, "host": "b.example"}]))
    other.put_bytes(dataset_key("requests", scan), replaced)
    assert read_rows(storage, "requests", scan, columns=["host"]) == [{"host": "b.example"}]


# -- HAR parse -----------------------------------------------------------------------------------------
def _har(entries) -> bytes:
    return json.dumps({"log": {"version": "1.2", "pages": [], "entries": entries}}).encode()


def _entry(url, started, status=200, set_cookie=None, resource="document", mime="text/html", size=100):
    headers = [{"name": "Set-Cookie", "value": set_cookie}] if set_cookie else []
    return {"pageref": "page@1", "startedDateTime": started, "time": 12.5, "_resourceType": resource,
            "request": {"method": "GET", "url": url, "headers": [], "bodySize": 0},
            "response": {"status": status, "headers": headers, "content": {"size": size, "mimeType": mime},
                         "_transferSize": size}}


def test_har_rows_carry_step_third_party_and_set_cookies():
    from stages.har_parse import parse_har

    scan = make_scan()
    click = datetime(2026, 11, 22, 10, 0, 5, tzinfo=UTC).timestamp() * 1000
    evidence = ScenarioEvidence(report_id=scan.report_id, scenario="consent_to_all", started_at=0, click_at=click)
    har = _har([
        _entry("https://www.shop.co.uk/", "2026-11-22T10:00:00.000Z",
               set_cookie="sid=1; Path=/; HttpOnly; Max-Age=3600"),
        _entry("https://shop.co.uk/img.png", "2026-11-22T10:00:01.000Z", resource="image"),
        _entry("https://www.facebook.com/tr?id=1", "2026-11-22T10:00:06.000Z", resource="image", mime="image/gif",
               size=43, set_cookie="fr=x; Domain=.facebook.com; Secure; SameSite=None"),
    ])
    rows = list(parse_har(io.BytesIO(har), scan, evidence))
    assert [r["step"] for r in rows] == ["no_user_choice", "no_user_choice", "consent_to_all"]
    assert [r["is_third_party"] for r in rows] == [False, False, True]
    assert rows[0]["sld"] == "shop.co.uk" and rows[0]["page_url"] == "https://www.shop.co.uk/"
    assert rows[0]["set_cookies"][0]["http_only"] is True and rows[0]["set_cookies"][0]["max_age"] == 3600
    assert rows[2]["set_cookies"][0]["domain"] == "facebook.com"
    assert to_arrow("requests", rows).num_rows == 3


@pytest.mark.parametrize("data", [b'{"log": {"entries": [{"request": {"url": "https://a.b/"', b"<html>oops</html>",
                                  b'{"log": {"entries": [{"no": "request"}]}}'])
def test_corrupt_hars_raise_a_typed_general_error(data):
    from pipeline.errors import GeneralError
    from stages.har_parse import parse_har

    scan = make_scan()
    with pytest.raises(GeneralError):
        list(parse_har(io.BytesIO(data), scan, ScenarioEvidence(scan.report_id, "no_user_choice", 0)))


# -- trackers --------------------------------------------------------------------------------------------
def _obs(name, host="www.shop.co.uk", step="no_user_choice", time=1000.0, **kw) -> Observation:
    return Observation(type=kw.pop("type", "cookie"), source=kw.pop("source", "js_browser"), name=name, host=host,
                       page_url="https://www.shop.co.uk/", time=time, step=step, **kw)


def test_random_names_are_grouped_under_one_pattern():
    from stages.trackers import aggregate

    scan = make_scan()
    records = aggregate(scan, [("no_user_choice", _obs("_ga_ABC123XYZ")),
                               ("consent_to_all", _obs("_ga_Q9W8E7R6T5", step="consent_to_all", time=2000)),
                               ("no_user_choice", _obs("_hjSessionUser_1234567"))])
    by_pattern = {r["name_pattern"]: r for r in records}
    assert set(by_pattern) == {"_ga_*", "_hjSessionUser_*"}
    ga = by_pattern["_ga_*"]
    assert ga["initial_name"] == "_ga_ABC123XYZ"
    assert ga["cmp"]["scenario"]["id"] == ["consent_to_all", "no_user_choice"]
    assert ga["cmp"]["scenario_step"]["id"] == ["consent_to_all", "no_user_choice"]


def test_tracker_keeps_longest_lifetime_and_uses_the_public_suffix_list():
    from stages.trackers import aggregate

    scan = make_scan()
    records = aggregate(scan, [
        ("no_user_choice", _obs("uid", host="shop.co.uk", max_age=3600, time=1000)),
        ("consent_to_all", _obs("uid", host="shop.co.uk", max_age=400 * 86400, time=5000)),
        ("no_user_choice", _obs("sess", host="user.github.io")),
    ])
    uid = next(r for r in records if r["name"] == "uid")
    assert uid["max_lifetime_seconds"] == 400 * 86400 and uid["is_persistent"]
    assert uid["sld"] == "shop.co.uk" and not uid["is_third_party"]
    sess = next(r for r in records if r["name"] == "sess")
    assert sess["max_lifetime_seconds"] == -1 and not sess["is_persistent"]
    assert sess["sld"] == "user.github.io" and sess["is_third_party"]


def test_a_snapshot_never_adds_a_later_step_to_a_tracker_seen_when_it_was_set():
    from stages.trackers import aggregate

    records = aggregate(make_scan(), [
        ("consent_to_all", _obs("sid", time=1000, step="no_user_choice")),
        ("consent_to_all", _obs("sid", time=9000, step="consent_to_all", source="other", snapshot=True)),
    ])
    assert records[0]["cmp"]["scenario_step"]["id"] == ["no_user_choice"]
    assert records[0]["source"] == "js_browser"


def test_pixels_are_third_party_requests_with_data_and_a_tiny_answer():
    from stages.trackers import is_pixel

    base = {"is_third_party": True, "resource_type": "image", "has_query": True, "method": "GET",
            "status": 200, "mime_type": "image/gif", "response_size": 43}
    assert is_pixel(base)
    assert is_pixel({**base, "status": 204, "mime_type": None, "resource_type": "ping"})
    assert not is_pixel({**base, "is_third_party": False})
    assert not is_pixel({**base, "has_query": False})
    assert not is_pixel({**base, "response_size": 80_000})


# -- vendors ---------------------------------------------------------------------------------------------
def test_vendor_catalog_loads_and_matches_hosts_and_first_party_cookies():
    from stages.catalog import CATEGORIES
    from stages.vendors import load_catalog, match_trackers

    catalog = load_catalog()
    assert all(v.category in CATEGORIES for v in catalog.vendors.values())
    assert catalog.by_host("region1.google-analytics.com")[0].id == "google-analytics"
    assert catalog.by_host("evil-google-analytics.com") is None
    from stages.trackers import aggregate

    records = match_trackers(aggregate(make_scan(), [("no_user_choice", _obs("_ga"))]), catalog)
    assert records[0]["vendor"] == {"id": "google-analytics", "name": "Google Analytics"}
    assert records[0]["category"] == "analytics"


def test_unmatched_third_party_hosts_are_vendors_without_partner():
    from stages.vendors import aggregate_vendors, load_catalog

    rows = [{"is_third_party": True, "host": h, "step": "no_user_choice", "scenario": "no_user_choice"}
            for h in ("www.facebook.com", "connect.facebook.net", "cdn.unknown-tracker.io")]
    records = {r["id"]: r for r in aggregate_vendors(make_scan(), rows, load_catalog())}
    assert records["facebook"]["request_count"] == 2
    assert {h["host"] for h in records["facebook"]["partner"]["matched_hosts"]} == {
        "www.facebook.com", "connect.facebook.net"}
    assert records["cdn.unknown-tracker.io"]["partner"] is None


# -- score ----------------------------------------------------------------------------------------------
def test_score_is_monotonic_in_trackers_dropped_before_consent():
    from stages.score import score

    privacy = dict.fromkeys(["has_user_consent_information", "has_user_consent_choice",
                             "has_short_cookies_lifetime", "has_privacy_policy",
                             "has_privacy_policy_all_pages", "has_privacy_policy_opt_out"], True)

    def tracker(i, step):
        return {"name": f"t{i}", "type": "cookie", "category": "marketing", "max_lifetime_seconds": 3600,
                "cmp": {"scenario_step": {"id": [step]}}}

    previous = 101
    for n in range(0, 12):
        value, _ = score([tracker(i, "no_user_choice") for i in range(n)], privacy, [])
        assert value <= previous
        previous = value
    assert score([], privacy, [])[0] == 100
    necessary = [{**tracker(1, "no_user_choice"), "category": "strictly_necessary"}]
    assert score(necessary, privacy, [])[0] == 100


# -- page selection ---------------------------------------------------------------------------------
def test_internal_pages_are_chosen_deterministically_privacy_policy_first():
    from stages.crawl.pages import choose_pages

    links = [{"href": u, "text": t} for u, t in [
        ("https://www.shop.co.uk/products", "Products"), ("https://www.shop.co.uk/logout", "Log out"),
        ("mailto:hi@shop.co.uk", "Mail"), ("tel:+331234", "Call"), ("https://www.shop.co.uk/cat.pdf", "Catalog"),
        ("https://other.com/x", "Partner"), ("https://shop.co.uk/about#team", "About"),
        ("https://www.shop.co.uk/products#top", "Products again"), ("https://www.shop.co.uk/legal/privacy", "Privacy"),
        ("https://blog.shop.co.uk/", "Blog"), ("https://www.shop.co.uk/", "Home")]]
    chosen = choose_pages("https://www.shop.co.uk/", links, 3)
    assert chosen == ["https://www.shop.co.uk/legal/privacy", "https://www.shop.co.uk/products",
                      "https://shop.co.uk/about"]
    assert choose_pages("https://www.shop.co.uk/", links, 10)[-1] == "https://blog.shop.co.uk/"
    assert choose_pages("https://www.shop.co.uk/", links, 0) == []


# -- privacy checks -------------------------------------------------------------------------------------
def _evidence(scenario, links_by_page, forms=(), popup=True, accept=True, refuse=True):
    from pipeline.model.evidence import CmpEvidence, PageVisit

    pages = [PageVisit(url=u, final_url=u, status=200, title="", step=scenario, loaded_at=0,
                       links=[{"href": h, "text": t} for h, t in links], forms=list(forms))
             for u, links in links_by_page.items()]
    return ScenarioEvidence("r", scenario, 0, pages=pages,
                            cmp=CmpEvidence(popup_found=popup, has_accept=accept, has_refuse=refuse))


def test_privacy_policy_must_be_linked_on_every_visit_of_every_page():
    from stages.privacy import check

    home, contact, policy = "https://s.fr/", "https://s.fr/contact", "https://s.fr/confidentialite"
    nuc = _evidence("no_user_choice", {home: [(policy, "Politique de confidentialité")],
                                       contact: [(policy, "Confidentialité")],  # only inside the banner
                                       policy: [("https://s.fr/optout", "Désactiver les cookies publicitaires")]})
    cta = _evidence("consent_to_all", {home: [(policy, "Politique de confidentialité")], contact: []})
    checks, rows = check(make_scan(), [nuc, cta], [])
    assert checks["has_privacy_policy"] and not checks["has_privacy_policy_all_pages"]
    assert checks["has_privacy_policy_opt_out"]
    assert [r["page_url"] for r in rows if r["check"] == "has_privacy_policy_all_pages"] == [contact]


def test_consent_checks_and_cookie_lifetimes():
    from stages.privacy import MAX_COOKIE_LIFETIME, check

    info_only = _evidence("no_user_choice", {"https://s.com/": []}, accept=False, refuse=False)
    trackers = [{"type": "cookie", "name": "_ga", "host": "s.com", "page_url": "https://s.com/",
                 "max_lifetime_seconds": MAX_COOKIE_LIFETIME + 1},
                {"type": "cookie", "name": "sid", "host": "s.com", "page_url": "https://s.com/",
                 "max_lifetime_seconds": -1}]
    checks, rows = check(make_scan(), [info_only], trackers)
    assert checks["has_user_consent_information"] and not checks["has_user_consent_choice"]
    assert not checks["has_short_cookies_lifetime"]
    assert [r["detail"].split()[0] for r in rows if r["check"] == "has_short_cookies_lifetime"] == ["_ga"]
    assert not checks["has_privacy_policy"] and not checks["has_privacy_policy_opt_out"]


def test_control_planes_created_concurrently_do_not_race(tmp_path):
    import threading

    from pipeline.control.reports import ControlPlane

    url = f"sqlite:///{tmp_path / 'new' / 'cp.db'}"
    errors = []

    def open_one():
        try:
            ControlPlane(url).close()
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_local_storage_keys_cannot_escape_the_root(tmp_path):
    from pipeline.errors import StorageError
    from pipeline.storage.objects import LocalStorage

    storage = LocalStorage(tmp_path / "root")
    storage.put_bytes("reports/a/b.json", b"{}")
    assert storage.get_bytes("reports/a/b.json") == b"{}" and storage.list("reports/") == ["reports/a/b.json"]
    for key in ("../x", "reports/../../x", "/etc/passwd", "a//b", "./a", "a\\..\\b"):
        with pytest.raises(StorageError):
            storage.put_bytes(key, b"x")


def test_evidence_is_parsed_once_and_read_anew_when_a_redelivered_crawl_rewrites_it(tmp_path):
    import shutil

    from pipeline.model.evidence import evidence_key
    from pipeline.storage.evidence import load_evidence
    from pipeline.storage.objects import LocalStorage

    storage = LocalStorage(tmp_path)
    first = ScenarioEvidence(report_id="r1", scenario="consent_to_all", started_at=1.0, site_loaded=True)
    storage.put_bytes(evidence_key("r1", "consent_to_all"), json.dumps(first.to_dict()).encode())
    loaded = load_evidence(storage, "r1", "consent_to_all")
    assert loaded == first and load_evidence(storage, "r1", "consent_to_all") is loaded  # parsed once
    second = ScenarioEvidence(report_id="r1", scenario="consent_to_all", started_at=2.0, site_loaded=False)
    storage.put_bytes(evidence_key("r1", "consent_to_all"), json.dumps(second.to_dict()).encode())
    assert load_evidence(storage, "r1", "consent_to_all") == second
    shutil.rmtree(tmp_path / "reports")  # a deleted report: no evidence, and writing it again works
    assert load_evidence(storage, "r1", "consent_to_all") is None
    storage.put_bytes(evidence_key("r1", "consent_to_all"), json.dumps(first.to_dict()).encode())
    assert load_evidence(storage, "r1", "consent_to_all") == first


def test_worker_threads_default_to_the_browser_slots_and_to_one_thread_on_local_storage_with_fusion(tmp_path):
    from pipeline.cli.main import default_threads

    local, s3 = Settings(data_dir=tmp_path), Settings(data_dir=tmp_path, s3_endpoint="minio:9000")
    three = Settings(data_dir=tmp_path, crawl_concurrency=3)
    assert default_threads(["crawl"], three) == 3  # a thread per scenario the process's one browser runs at once
    assert default_threads(["crawl"], s3) == s3.crawl_slots == default_threads(["crawl", "score"], local)
    assert default_threads(["har_parse", "score"], local) == 1 and default_threads(["har_parse", "score"], s3) == 4
    assert default_threads(["har_parse", "score"], Settings(data_dir=tmp_path, fuse_stages=False)) == 2


def test_stored_properties_are_guarded_without_dns():
    from pipeline.netguard import check_target_static

    refused = [("http://10.1.2.3/", ""), ("http://[::1]/", ""), ("http://shop.example/", "MAP * 169.254.169.254")]
    for url, rules in refused:
        with pytest.raises(TargetRefused):
            check_target_static(url, HostRules.parse(rules), Guard())
    check_target_static("https://shop.example/", HostRules(), Guard())
    check_target_static("http://10.1.2.3/", HostRules(), Guard(allow_private=True))


def test_scan_to_dict_is_asdict():
    import dataclasses

    scan = make_scan(pages=3, scenarios=("gpc", "no_user_choice"), first_party_domains=("cdn.example",))
    assert scan.to_dict() == json.loads(json.dumps(dataclasses.asdict(scan)))


def test_only_a_rule_of_clicks_and_hides_is_judged_by_whether_it_only_hid_the_banner():
    """autoconsent's own rules (16.23): osano's opt-out clicks or hides; cookie-law-info's hides its bar, then
    refuses through the CMP's API in an eval step; a rule written as code has no steps to read."""
    from stages.crawl.autoconsent import _clicks_or_hides

    osano = {"name": "osano", "optIn": [{"waitForThenClick": ".osano-cm-accept-all", "optional": True}],
             "optOut": [{"if": {"exists": ".osano-cm-denyAll"}, "then": [{"click": ".osano-cm-denyAll"}],
                         "else": [{"hide": ".osano-cm-window,.osano-cm-dialog"}]}]}
    cookie_law_info = {"name": "cookie-law-info", "optIn": [{"click": "[data-cli_action=\"accept\"]"}],
                       "optOut": [{"hide": "#cookie-law-info-bar"}, {"eval": "EVAL_COOKIE_LAW_INFO_0"}]}
    assert _clicks_or_hides(osano, "refuse") and _clicks_or_hides(osano, "accept")
    assert not _clicks_or_hides(cookie_law_info, "refuse") and _clicks_or_hides(cookie_law_info, "accept")
    assert not _clicks_or_hides(None, "refuse") and not _clicks_or_hides({"name": "code"}, "accept")
