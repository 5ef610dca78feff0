"""``cmp_probe.js`` in real Chromium: what it reports of a page's CMP footprints, and its bounds."""

from __future__ import annotations

import pytest

from pipeline.settings import Settings
from stages.crawl.browser import BrowserPool
from stages.crawl.cmp_identity import CMP_PROBE_JS, page_facts

pytestmark = pytest.mark.integration

PAGE = """<!doctype html><html><body>
<div id="klaro">a DOM id is reachable as window.klaro but is no script global</div>
<cmp-banner></cmp-banner>
<script>
  window.OneTrust = {};
  window.tC = {privacy: {}};
  customElements.define('cmp-banner', class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({mode: 'open'}).innerHTML = '<div class="cky-consent-container">x</div>';
    }
  });
  for (let i = 0; i < 350; i++) {  // type text/plain: the browser keeps the src without fetching it
    const s = document.createElement('script'); s.type = 'text/plain'; s.src = 'https://cdn' + i + '.example/x.js';
    document.head.appendChild(s);
  }
  localStorage.setItem('uc_settings', '{}');
  document.cookie = 'OptanonConsent=groups%3DC0001%3A1; path=/';
  window.__tcfapi = (command, version, callback) => setTimeout(() => callback({cmpId: 28, cmpLoaded: true}, true), 10);
</script></body></html>"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    pool = BrowserPool(Settings(data_dir=tmp_path_factory.mktemp("probe")))
    try:
        yield pool.get()
    finally:
        pool.discard()


@pytest.fixture()
def page(browser):
    context = browser.new_context()
    # Every request is answered here: nothing leaves the machine.
    context.route("**/*", lambda route: route.fulfill(status=200, content_type="text/html", body=PAGE))
    page = context.new_page()
    page.goto("http://probe.test/")
    yield page
    context.close()


def test_the_probe_reports_globals_selectors_in_shadow_roots_scripts_storage_and_the_tcf_id(page):
    spec = {"globals": ["OneTrust", "tC.privacy", "klaro", "Didomi", "tC.nothing"],
            "selectors": [".cky-consent-container", "#klaro", "#didomi-host", "::not a selector("]}
    found = page.evaluate(CMP_PROBE_JS, spec)
    assert found["globals"] == ["OneTrust", "tC.privacy"]
    assert found["selectors"] == [".cky-consent-container", "#klaro"]
    assert len(found["scripts"]) == 300 and found["scripts"][0] == "https://cdn0.example/x.js"
    assert "uc_settings" in found["storage"]
    assert found["tcfapi"] is True and found["tcf_cmp_id"] == 28


def test_page_facts_add_the_contexts_cookie_names(page):
    facts = page_facts(page, page.context)
    assert "OptanonConsent" in facts["cookies"] and "OneTrust" in facts["globals"]
