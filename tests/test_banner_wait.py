"""The banner wait ends early only when nothing the page has scheduled could still show a banner: every way a
page can set the timer that shows its banner late must keep the wait going, and the crawl's own timers
(init scripts, Playwright's evaluations) must not. Real Chromium, the crawl's init scripts, a local site."""

from __future__ import annotations

import time

import pytest

from pipeline.settings import Settings
from stages.crawl.browser import BrowserPool
from stages.crawl.settle import SETTLE_JS, BannerWait

pytestmark = pytest.mark.integration

SHOW = "document.body.insertAdjacentHTML('beforeend', '<div id=banner>We use cookies</div>')"
#: One page per way a page's script can schedule the banner 4 s after load: the name, and the page's body.
LATE_BANNERS = {
    "inline script": f"<script>setTimeout(() => {{ {SHOW} }}, 4000)</script>",
    "external script": '<script src="/late.js"></script>',
    "cross-origin script": '<script src="http://localhost:{port}/late.js"></script>',
    "eval in a cross-origin script": '<script src="http://localhost:{port}/eval.js"></script>',
    "data: script": f'<script src="data:text/javascript,setTimeout(function(){{{SHOW}}},4000)"></script>',
    "blob: script": "<script>const s = document.createElement('script'); s.src = URL.createObjectURL(new Blob("
                    f"[\"setTimeout(() => {{ {SHOW} }}, 4000)\"], {{type: 'text/javascript'}})); "
                    "document.head.appendChild(s)</script>",
    "srcdoc frame script": '<iframe srcdoc="<script>setTimeout(() => parent.document.body.insertAdjacentHTML('
                           "&apos;beforeend&apos;, &apos;<div id=banner>We use cookies</div>&apos;), 4000)"
                           '</script>"></iframe>',
    "new Function": f"<script>new Function(\"setTimeout(() => {{ {SHOW} }}, 4000)\")()</script>",
    "string handler": f"<script>setTimeout(\"setTimeout(function () {{ {SHOW} }}, 4000)\", 0)</script>",
    "promise job": f"<script>Promise.resolve().then(() => setTimeout(() => {{ {SHOW} }}, 4000))</script>",
    "interval": f"<script>const i = setInterval(() => {{ {SHOW}; clearInterval(i) }}, 4000)</script>",
    "stack traces off": f"<script>Error.stackTraceLimit = 0; Error.prepareStackTrace = () => ''; "
                        f"setTimeout(() => {{ {SHOW} }}, 4000)</script>",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from pipeline.demo.server import SiteServer

    root = tmp_path_factory.mktemp("banner-wait")
    folder = root / "127.0.0.1"  # the folder SiteServer serves to requests for this host
    folder.mkdir()
    (folder / "late.js").write_text(f"setTimeout(() => {{ {SHOW} }}, 4000)")
    other = root / "localhost"  # another origin: its scripts are opaque to the page (no CORS)
    other.mkdir()
    (other / "late.js").write_text(f"setTimeout(() => {{ {SHOW} }}, 4000)")
    (other / "eval.js").write_text(f'eval("setTimeout(() => {{ {SHOW} }}, 4000)")')
    (folder / "quiet.html").write_text("<!doctype html><html><body><p>Shop</p></body></html>")
    with SiteServer(root) as server:
        for index, body in enumerate(LATE_BANNERS.values()):
            body = body.replace("{port}", str(server.http_port))
            (folder / f"{index}.html").write_text(f"<!doctype html><html><body><p>Shop</p>{body}</body></html>")
        yield server


@pytest.fixture(scope="module")
def context(site, tmp_path_factory):
    pool = BrowserPool(Settings(data_dir=tmp_path_factory.mktemp("browser")))
    context = pool.get().new_context()
    context.add_init_script(SETTLE_JS)
    # The crawl's own init script and evaluations schedule timers too: they must not hold the wait.
    context.add_init_script("setTimeout(() => {}, 9000); setInterval(() => {}, 9000)")
    yield context
    context.close()
    pool.discard()


def settled_after_load(context, site, path: str) -> tuple[bool, object]:
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{site.http_port}/{path}")
    page.evaluate("() => setTimeout(() => {}, 9000)")  # a Playwright evaluation's timer
    time.sleep(1.2)  # the page still for longer than SETTLED_FOR
    wait = BannerWait(page, lambda seconds: True, "report", timeout=10)
    settled = wait.settled()
    banner = page.locator("#banner").count()
    page.close()
    return settled, banner


@pytest.mark.parametrize("index", range(len(LATE_BANNERS)), ids=list(LATE_BANNERS))
def test_a_banner_still_scheduled_keeps_the_wait_going(context, site, index):
    settled, banner = settled_after_load(context, site, f"{index}.html")
    assert banner == 0  # not shown yet: the wait must not end
    assert settled is False


def test_a_page_with_nothing_scheduled_is_settled_despite_the_crawls_own_timers(context, site):
    settled, _ = settled_after_load(context, site, "quiet.html")
    assert settled is True
