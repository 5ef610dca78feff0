"""Reporting-Endpoints, Report-To and NEL headers that send the browser's reports to a third party."""

from __future__ import annotations

from stages.reporting_endpoints import endpoints, keep_headers, third_party_endpoints
from stages.score import score


def row(headers, url="https://www.shop.example/", scenario="no_user_choice"):
    return {"scenario": scenario, "url": url, "reporting_headers": keep_headers(
        [{"name": n, "value": v} for n, v in headers] + [{"name": "Content-Type", "value": "text/html"}])}


def first_party(host):
    return host.endswith("shop.example")


def vendor_of(host):
    return {"id": "sentry", "name": "Sentry"} if host.endswith("sentry.io") else None


def test_each_header_names_its_endpoints():
    assert endpoints(keep_headers([{"name": "Reporting-Endpoints",
                                    "value": 'default="https://o1.ingest.sentry.io/api/1/security/", csp="/r"'}])) == [
        {"group": "default", "url": "https://o1.ingest.sentry.io/api/1/security/", "header": "Reporting-Endpoints",
         "nel": False}]  # a relative endpoint stays on the site
    found = endpoints(keep_headers([
        {"name": "report-to", "value": '{"group":"network-errors","max_age":2592000,'
                                       '"endpoints":[{"url":"https://nel.heroku.com/reports"}]}'},
        {"name": "NEL", "value": '{"report_to":"network-errors","max_age":2592000}'}]))
    assert found == [{"group": "network-errors", "url": "https://nel.heroku.com/reports", "header": "Report-To",
                      "nel": True}]
    assert endpoints(keep_headers([{"name": "Report-To", "value": "{not json"}])) == []


def test_one_finding_per_third_party_endpoint_host_with_its_vendor():
    rows = [row([("Reporting-Endpoints", 'default="https://o1.ingest.sentry.io/api/1/security/"')]),
            row([("Reporting-Endpoints", 'default="https://o1.ingest.sentry.io/api/1/security/"')],
                "https://www.shop.example/about", "refuse_to_all"),
            row([("Report-To", '{"group":"default","endpoints":[{"url":"https://nel.cdn.example/r"}]}'),
                 ("NEL", '{"report_to":"default","max_age":60}')]),
            row([("Reporting-Endpoints", 'default="https://reports.shop.example/csp"')])]  # first party
    found = third_party_endpoints(rows, lambda h: not first_party(h), vendor_of)
    assert [(f["host"], f["vendor"], f["headers"], f["scenarios"]) for f in found] == [
        ("nel.cdn.example", None, ["Report-To + NEL"], ["no_user_choice"]),
        ("o1.ingest.sentry.io", {"id": "sentry", "name": "Sentry"}, ["Reporting-Endpoints"],
         ["no_user_choice", "refuse_to_all"])]
    assert found[0]["nel"] is True


def test_each_third_party_reporting_host_costs_two_points_up_to_six():
    good = dict.fromkeys(["has_user_consent_information", "has_user_consent_choice", "has_short_cookies_lifetime",
                          "has_privacy_policy", "has_privacy_policy_all_pages", "has_privacy_policy_opt_out"], True)
    assert score([], good, [], ["a.example"])[0] == 98
    assert score([], good, [], ["a.example", "a.example", "b.example"])[0] == 96
    assert score([], good, [], [f"h{i}.example" for i in range(5)])[0] == 94
