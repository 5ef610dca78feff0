"""The dashboard in real Chromium (Playwright) against ``consentscan api`` over real HTTP: sign in with an API
key, the portfolio of an organization seeded with a real scan of the demo shop and earlier reports, sort and
filter, a property's score chart, "scan now" through RabbitMQ, and another organization's pages answering
404. Screenshots are kept under the test's tmp dir (``screenshots/``)."""

from __future__ import annotations

import dataclasses
import os
import subprocess

import pytest

from pipeline.demo.server import DEMO_URL
from pipeline.model.messages import Scan, ScanOptions
from tests.conftest import run_cli

pytestmark = pytest.mark.integration
CHROMIUM = "/usr/lib/chromium/chromium"
VHOST = "consentscan_dashboard_test"  # scans queued by the test stay away from every other test's queues

#: (property, name, [(day, status, score)]) of earlier reports: history the real scan adds to.
EARLIER = {
    "shop": ("Demo shop", [("2026-10-01", "success", 10), ("2026-10-15", "success", 12), ("2026-11-01", "partial", 15),
                           ("2026-11-15", "success", 18)]),
    "blog": ("Company blog", [("2026-11-01", "success", 90), ("2026-11-08", "success", 85),
                              ("2026-11-15", "success", 70)]),
    "down": ("Old microsite", [("2026-11-01", "success", 50), ("2026-11-08", "failed", 0)]),
}


def _rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", *args], check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def dashboard(demo_site, tmp_path_factory):
    from pipeline.control import runtime
    from pipeline.control.portfolio import rebuild
    from pipeline.control.properties import Properties, property_from_api
    from pipeline.settings import Settings
    from tests.test_api import _serve

    data = tmp_path_factory.mktemp("dashboard")
    rt = runtime.init(Settings(data_dir=data))
    props = Properties(rt.controlplane)
    props.add([property_from_api({"url": DEMO_URL, "id": "shop", "name": "Demo shop", "scheduledScanEnabled": True,
                                  "scanPeriod": "weekly", "scheduledHour": 6}, "acme"),
               property_from_api({"url": "https://blog.example.org/", "id": "blog", "name": "Company blog"}, "acme"),
               property_from_api({"url": "https://old.example.org/", "id": "down", "name": "Old microsite"}, "acme"),
               property_from_api({"url": "https://news.example.org/", "id": "news", "name": "Newsroom"}, "acme"),
               property_from_api({"url": "https://secret.example.net/", "id": "secret", "name": "Globex secret"},
                                 "globex")])
    for property_id, (_, earlier) in EARLIER.items():
        for day, status, score in earlier:
            scan = dataclasses.replace(Scan.new("https://x.example.org/", property_id=property_id,
                                                organization_id="acme", options=ScanOptions()),
                                       created_at=f"{day}T06:00:00.000Z")
            rt.controlplane.create_report(scan)
            rt.controlplane.finish_report(scan.report_id, status, score=score, trackers_count=3, vendors_count=1)
    rebuild(rt)
    # A real scan of the demo shop (Chromium, every stage), into the same data directory.
    scanned = run_cli("scan", DEMO_URL, "--out", str(data), "--property-id", "shop", "--organization-id", "acme",
                      "--host-resolver-rules", demo_site.host_rules, "--ignore-https-errors",
                      "--allow-private-networks", "--pages", "2")
    assert scanned.returncode == 0, scanned.stderr[-2000:]
    latest = rt.controlplane.list_reports("acme", property_id="shop", limit=1)[1][0]
    _rabbitmqctl("add_vhost", VHOST)
    _rabbitmqctl("set_permissions", "-p", VHOST, "guest", ".*", ".*", ".*")
    env = {**os.environ, "CONSENTSCAN_DATA_DIR": str(data),
           "CONSENTSCAN_BROKER_URL": f"amqp://guest:guest@127.0.0.1:5672/{VHOST}"}
    try:
        with _serve(data, env, ("acme", "globex")) as (base, keys):
            yield {"base": base, "keys": keys, "latest": latest, "rt": rt, "data": data}
    finally:
        _rabbitmqctl("delete_vhost", VHOST)


@pytest.fixture
def browser_page(tmp_path):
    from playwright.sync_api import sync_playwright

    shots = tmp_path / "screenshots"
    shots.mkdir()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        try:
            yield page, shots, errors
        finally:
            context.close()
            browser.close()


def sign_in(page, base: str, key: str, then: str = "/ui/") -> None:
    page.goto(base + then)
    assert "/ui/login" in page.url  # signed out: the dashboard asks for a key first
    page.fill("input[name=api_key]", key)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def rows(page) -> list[str]:
    return page.eval_on_selector_all("#portfolio tr[data-property]", "rs => rs.map(r => r.dataset.property)")


def test_portfolio_sign_in_sort_filter_and_sign_out(dashboard, browser_page):
    page, shots, errors = browser_page
    base, keys = dashboard["base"], dashboard["keys"]
    page.goto(base + "/ui/login")
    page.fill("input[name=api_key]", "cs_not_a_key")
    page.click("button[type=submit]")
    assert "not valid" in page.text_content(".error")
    errors.clear()  # the browser logs the 401 of that refused sign-in
    sign_in(page, base, keys["acme"])
    page.screenshot(path=str(shots / "portfolio.png"), full_page=True)
    cookie = next(c for c in page.context.cookies() if c["name"] == "consentscan_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"

    assert sorted(rows(page)) == ["blog", "down", "news", "shop"]  # not globex's property
    shop = page.locator("tr[data-property=shop]")
    assert shop.locator("td.score").text_content().strip().startswith(str(dashboard["latest"]["score"]))
    assert shop.locator("svg.spark").get_attribute("data-points") == "5"  # 4 earlier reports and the real scan
    assert "2026-" in shop.locator("td").nth(8).text_content()  # its next weekly scan
    assert page.locator("tr[data-property=down] .badge").text_content() == "failed"
    assert page.locator("tr[data-property=news] .badge").text_content() == "never"
    assert page.locator("tr[data-property=blog] .worse").count() == 1  # 85 then 70
    assert dashboard["latest"]["score"] > 18 and page.locator("tr[data-property=shop] .worse").count() == 0

    page.click("a[data-sort=score]")
    page.wait_for_load_state()
    scores = page.eval_on_selector_all("#portfolio tr[data-property] td.score", "ts => ts.map(t => t.textContent)")
    numbers = [int(s.split()[0]) for s in scores if s.split()[0] != "-"]
    assert numbers == sorted(numbers) and rows(page)[-1] == "news"  # never scanned: last
    page.click("a[data-sort=score]")
    page.wait_for_load_state()
    numbers = [int(s.split()[0]) for s in page.eval_on_selector_all(
        "#portfolio tr[data-property] td.score", "ts => ts.map(t => t.textContent)") if s.split()[0] != "-"]
    assert numbers == sorted(numbers, reverse=True)
    page.screenshot(path=str(shots / "portfolio-by-score.png"), full_page=True)

    page.check("input[name=worse]")
    page.click(".filters button[type=submit]")
    page.wait_for_load_state()
    assert rows(page) == ["blog"]
    page.goto(base + "/ui/?q=demo")
    assert rows(page) == ["shop"]
    page.goto(base + "/ui/?min=45&max=100")
    assert sorted(rows(page)) == ["blog", "down"]
    page.goto(base + "/ui/?status=failed")
    assert rows(page) == ["down"]
    page.goto(base + "/ui/?per_page=25&sort=name&page=2")
    assert rows(page) == []
    page.screenshot(path=str(shots / "portfolio-filtered.png"), full_page=True)

    page.goto(base + "/ui/")
    page.click("header button[type=submit]")  # sign out (a form with its CSRF token)
    page.wait_for_load_state()
    assert "/ui/login" in page.url
    page.goto(base + "/ui/")
    assert "/ui/login" in page.url
    assert errors == []


def test_property_page_chart_scan_now_and_report_links(dashboard, browser_page):
    page, shots, errors = browser_page
    base, keys, latest = dashboard["base"], dashboard["keys"], dashboard["latest"]
    sign_in(page, base, keys["acme"], then="/ui/properties/shop")
    assert page.url.endswith("/ui/properties/shop")
    page.wait_for_function("window.scoreChart !== undefined")
    chart = page.evaluate("""() => {
        const canvas = document.querySelector('#score-chart canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return {points: window.scoreChart.data[1].length, painted, scores: window.scoreChart.data[1]};
    }""")
    assert chart["points"] == 5 and chart["painted"] > 500  # one point per report with a score, drawn
    assert chart["scores"] == [10, 12, 15, 18, latest["score"]]
    assert page.text_content("#latest-score").strip() == str(latest["score"])
    gifs = page.eval_on_selector_all(".gifs img", "is => is.map(i => [i.naturalWidth, i.getAttribute('src')])")
    assert len(gifs) == 3 and all(width > 0 for width, _ in gifs)  # the latest scan's three scenarios
    assert page.locator(f"#reports tr[data-report='{latest['id']}']").count() == 1
    page.screenshot(path=str(shots / "property.png"), full_page=True)

    page.click("#scan-now")
    page.wait_for_load_state()
    assert "Scan queued" in page.text_content(".flash")
    assert page.locator("#reports .badge.queued").count() == 1

    page.select_option("select[name=scanPeriod]", "monthly")
    page.fill("input[name=scheduledDayOfMonth]", "15")
    page.click("#schedule button[type=submit]")
    page.wait_for_load_state()
    assert "Schedule saved" in page.text_content(".flash")
    assert page.eval_on_selector("select[name=scanPeriod]", "s => s.value") == "monthly"
    assert "-15 " in page.text_content("#schedule .muted")  # the next scan is on the 15th

    page.click(f"#reports tr[data-report='{latest['id']}'] a")
    page.wait_for_load_state()
    assert page.url.endswith(f"/ui/reports/{latest['id']}") and "Score breakdown" in page.content()
    page.screenshot(path=str(shots / "report.png"), full_page=True)
    page.click("nav a[href='/ui/properties/shop']")
    page.wait_for_load_state()
    assert page.url.endswith("/ui/properties/shop")
    csv = page.request.get(base + f"/ui/reports/{latest['id']}/trackers.csv")
    assert csv.status == 200 and csv.text().startswith("report_id,")
    assert errors == []


def test_other_organizations_pages_do_not_exist_and_forms_need_their_token(dashboard, browser_page):
    page, shots, _ = browser_page
    base, keys, latest = dashboard["base"], dashboard["keys"], dashboard["latest"]
    sign_in(page, base, keys["globex"])
    assert rows(page) == ["secret"]
    report = f"/ui/reports/{latest['id']}"
    for path in ("/ui/properties/shop", report, f"{report}/trackers.csv", f"{report}/no_user_choice/proof_of_scan.gif",
                 "/ui/properties/nosuch"):
        response = page.goto(base + path)
        assert response.status == 404, path
    page.screenshot(path=str(shots / "other-organization.png"), full_page=True)
    # A form posted without its CSRF token (as from another site) changes nothing.
    refused = page.request.post(base + "/ui/properties/secret/scan", form={"csrf": "forged"})
    assert refused.status == 403
    assert page.request.post(base + "/ui/properties/shop/scan", form={"csrf": "forged"}).status in (403, 404)
    reports = dashboard["rt"].controlplane.list_reports("globex")[0]
    assert reports == 0
