"""One consent scenario in one fresh browser context: home page, banner, choice, internal pages.

Everything the scenario sees goes into a ``ScenarioEvidence``; expected failures become its typed
``error`` and never escape as exceptions. The HAR is written when the context closes.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from pathlib import Path
from typing import Any

from pipeline.errors import GeneralError, ScanError, WebsiteNotReachable
from pipeline.model.evidence import CmpEvidence, PageVisit, ScenarioEvidence
from pipeline.model.messages import CLICK_SCENARIOS, CrawlTask
from pipeline.netguard import HostRules, scan_guard
from pipeline.settings import Settings
from stages.crawl import banner as banners
from stages.crawl import probes
from stages.crawl.autoconsent import Autoconsent
from stages.crawl.browser import Browser
from stages.crawl.capture import CAPTURE_JS, GPC_JS, PAGE_FACTS_JS, Recorder, now_ms
from stages.crawl.classify import home_response_error, navigation_error
from stages.crawl.cmp_identity import record_product
from stages.crawl.consent_step import read_signals, take_choice
from stages.crawl.egress import EgressProxy
from stages.crawl.pages import choose_pages
from stages.crawl.proof import Proof
from stages.crawl.settle import SETTLE_JS, BannerWait
from stages.domains import host_of

QUIET_CAP = 4.0  # seconds: how long to wait for the network to go quiet after a load
QUIET_FOR = 0.5  # seconds without a request in flight that count as "the network is quiet"
AUTOCONSENT_GRACE = 1.5  # seconds a rule gets to claim a banner the heuristic already sees


@dataclasses.dataclass
class ScenarioRun:
    evidence: ScenarioEvidence
    har_path: Path
    proof: Proof
    #: A page of the scenario crashed (its renderer died: killed over the memory budget, or a renderer bug).
    page_crashed: bool = False
    #: The whole browser died under the scenario (``browse_scenario`` sets it).
    browser_died: bool = False

    @functools.cached_property
    def gif(self) -> bytes:
        """Encoded when first asked for: by the thread that stores it, off the browser's event loop."""
        return self.proof.gif()


class _Budget:
    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def left(self, cap: float) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise GeneralError("the scenario ran out of its time budget")
        return min(cap, left)


def run_scenario(browser: Browser, task: CrawlTask, settings: Settings, workdir: Path,
                 autoconsent_assets: tuple[str, dict[str, Any]] | None) -> ScenarioRun:
    scan, scenario = task.scan, task.scenario
    options = scan.options
    evidence = ScenarioEvidence(report_id=scan.report_id, scenario=scenario, started_at=now_ms())
    har_path = workdir / f"{scenario}.har"
    proof = Proof(browser.watchdog.captures)
    run = ScenarioRun(evidence=evidence, har_path=har_path, proof=proof)
    budget = _Budget(settings.scenario_timeout)
    context = None
    with EgressProxy(HostRules.parse(options.host_resolver_rules), scan_guard(options, settings)) as proxy:
        try:
            context = browser.new_context(
                proxy={"server": proxy.url, "bypass": "<-loopback>"}, record_har_path=str(har_path),
                record_har_content="omit", ignore_https_errors=options.ignore_https_errors,
                extra_http_headers={"Sec-GPC": "1"} if scenario == "gpc" else None)
            context.on("page", lambda page: page.on("crash", lambda _: setattr(run, "page_crashed", True)))
            recorder = Recorder(evidence)
            context.expose_binding("__consentscanRecord", recorder.on_event)
            context.add_init_script(banners.SHADOW_HOOK_JS)
            context.add_init_script(CAPTURE_JS)
            context.add_init_script(SETTLE_JS)
            if scenario == "gpc":
                context.add_init_script(GPC_JS)
            cmp_bridge = Autoconsent(context, *autoconsent_assets) if autoconsent_assets else None
            network = NetworkMonitor(context)
            page = context.new_page()
            page.set_default_timeout(settings.page_timeout * 1000)
            _crawl(page, context, task, settings, evidence, recorder, proof, proxy, budget, cmp_bridge, network)
        except ScanError as exc:
            evidence.error = exc.as_record()
        except Exception as exc:  # a browser that crashed or stopped answering
            evidence.error = GeneralError(f"browser failure: {str(exc).splitlines()[0][:300]}").as_record()
        finally:
            try:
                if context is not None:
                    context.close()
            except Exception:
                pass
    evidence.finished_at = now_ms()
    return run


def _crawl(page: Any, context: Any, task: CrawlTask, settings: Settings, evidence: ScenarioEvidence,
           recorder: Recorder, proof: Proof, proxy: EgressProxy, budget: _Budget,
           cmp_bridge: Autoconsent | None, network: NetworkMonitor) -> None:
    scan, scenario = task.scan, task.scenario
    home = _visit_home(page, scan.url, evidence, proxy, settings, budget, network)
    evidence.site_loaded = True
    proof.capture(page, f"{scenario}: home page loaded")

    found, banner = _find_consent_ui(page, cmp_bridge, BannerWait(
        page, network.quiet_for, scan.report_id, budget.left(settings.banner_timeout)))
    _record_cmp(evidence.cmp, found, banner, cmp_bridge)
    record_product(evidence.cmp, page, context)
    recorder.snapshot(context, page)
    if found or banner:
        proof.capture(page, f"{scenario}: consent banner found ({evidence.cmp.name or 'heuristic'})")

    if scenario in CLICK_SCENARIOS:
        take_choice(page, context, evidence, found, banner, cmp_bridge, proof,
                    lambda: _wait_quiet(page, budget, network), budget.left(15))
    else:
        read_signals(page, evidence)
    evidence.after_choice = probes.after_choice(page, scenario)
    recorder.snapshot(context, page)
    if cmp_bridge is not None:
        cmp_bridge.stop()

    for url in choose_pages(home.final_url, home.links, task.scan.options.pages - 1):
        visit = _visit(page, url, evidence, budget, settings, network)
        if visit is None:
            continue
        proof.capture(page, f"{scenario}: {url[:80]}")
        recorder.snapshot(context, page)


def _visit_home(page: Any, url: str, evidence: ScenarioEvidence, proxy: EgressProxy, settings: Settings,
                budget: _Budget, network: NetworkMonitor) -> PageVisit:
    try:
        response = page.goto(url, wait_until="commit", timeout=budget.left(settings.page_timeout) * 1000)
    except Exception as exc:
        host = host_of(url)
        raise navigation_error(str(exc), proxy.outcome_for(host) or _blocked_redirect(proxy)) from exc
    failed = proxy.outcome_for(host_of(response.url)) if response else None
    if failed is not None:  # the proxy answered for a host it refused or could not reach
        raise navigation_error("", failed)
    status = response.status if response else None
    headers = response.all_headers() if response else {}
    try:
        page.wait_for_load_state("domcontentloaded", timeout=budget.left(settings.page_timeout) * 1000)
    except Exception as exc:
        raise WebsiteNotReachable(f"the home page did not finish loading within {settings.page_timeout:.0f} s") \
            from exc
    _wait_quiet(page, budget, network)
    html = _content(page)
    error = home_response_error(status, headers, html)
    if error is not None:
        raise error
    return _page_visit(page, url, status, evidence)


def _visit(page: Any, url: str, evidence: ScenarioEvidence, budget: _Budget, settings: Settings,
           network: NetworkMonitor) -> PageVisit | None:
    try:
        response = page.goto(url, wait_until="domcontentloaded", timeout=budget.left(settings.page_timeout) * 1000)
    except GeneralError:
        raise
    except Exception:
        return None  # an internal page that fails is skipped; the home page decides reachability
    _wait_quiet(page, budget, network)
    return _page_visit(page, url, response.status if response else None, evidence)


def _page_visit(page: Any, url: str, status: int | None, evidence: ScenarioEvidence) -> PageVisit:
    try:
        facts = page.evaluate(PAGE_FACTS_JS)
    except Exception:
        facts = {"title": "", "links": [], "forms": []}
    when = now_ms()
    visit = PageVisit(url=url, final_url=page.url, status=status, title=facts["title"][:300],
                      step=evidence.step_at(when), loaded_at=when, links=facts["links"], forms=facts["forms"])
    evidence.pages.append(visit)
    return visit


class NetworkMonitor:
    """Requests in flight in a context. Playwright's ``networkidle`` resolves at once if the page was idle
    once before, so it cannot tell when the requests a click started have finished; this can."""

    def __init__(self, context: Any) -> None:
        self.in_flight = 0
        self.last_change = time.monotonic()
        context.on("request", lambda _request: self._change(+1))
        context.on("requestfinished", lambda _request: self._change(-1))
        context.on("requestfailed", lambda _request: self._change(-1))

    def _change(self, delta: int) -> None:
        self.in_flight = max(0, self.in_flight + delta)
        self.last_change = time.monotonic()

    def quiet(self) -> bool:
        return self.quiet_for(QUIET_FOR)

    def quiet_for(self, seconds: float) -> bool:
        return self.in_flight == 0 and time.monotonic() - self.last_change >= seconds


def _wait_quiet(page: Any, budget: _Budget, network: NetworkMonitor) -> None:
    """Wait for ``load``, then until no request has been in flight for ``QUIET_FOR``; each step capped."""
    try:
        page.wait_for_load_state("load", timeout=budget.left(QUIET_CAP) * 1000)
    except GeneralError:
        raise
    except Exception:
        pass
    deadline = time.monotonic() + budget.left(QUIET_CAP)
    while not network.quiet() and time.monotonic() < deadline:
        page.wait_for_timeout(50)


def _content(page: Any) -> str:
    try:
        return page.content()
    except Exception:
        return ""


def _blocked_redirect(proxy: EgressProxy) -> Any:
    return next((e for e in proxy.events if e.outcome == "blocked"), None)


def _find_consent_ui(page: Any, bridge: Autoconsent | None, wait: BannerWait) -> tuple[
        dict[str, Any] | None, banners.Banner | None]:
    """Wait for a consent banner: autoconsent's rules first (they know hundreds of CMPs), our heuristic
    for the rest. A banner the heuristic sees is given a short grace for a rule to claim it. The wait ends
    early once nothing the page still has scheduled could show a banner (``BannerWait``)."""
    banner, seen_at = None, None
    while True:
        if bridge is not None and bridge.popup is not None:
            return bridge.popup, None
        banner = banners.find_banner(page)
        now = time.monotonic()
        if banner is not None:
            seen_at = seen_at or now
            if bridge is None or bridge.nothing_found_yet() or now - seen_at >= AUTOCONSENT_GRACE or wait.expired():
                return None, banner
        elif wait.over(rules_done=bridge is None or bridge.nothing_found_yet()):
            return None, None
        wait.next_change()


def _record_cmp(cmp: CmpEvidence, found: dict[str, Any] | None, banner: banners.Banner | None,
                bridge: Autoconsent | None) -> None:
    if found is not None:
        cmp.detected, cmp.popup_found, cmp.source, cmp.name = True, True, "autoconsent", found["cmp"]
        cmp.has_accept = cmp.has_refuse = True  # a known CMP rule implements both choices
    elif banner is not None:
        cmp.detected, cmp.popup_found, cmp.source = True, True, "heuristic"
        cmp.text = banner.info.get("text")
        cmp.has_accept = bool(banner.info.get("accept"))
        cmp.has_refuse = bool(banner.info.get("refuse") or banner.info.get("settings"))
    elif bridge is not None and bridge.detected:
        cmp.detected, cmp.source, cmp.name = True, "autoconsent", bridge.detected[0]
