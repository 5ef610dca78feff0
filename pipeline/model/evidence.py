"""What the crawl saw in one scenario (``reports/<id>/<scenario>/crawl.json``), read by the analysis stages.

Versioned like the messages. Times are epoch milliseconds; ``step`` is the scenario step in force when the
thing happened: ``no_user_choice`` before the banner click, the scenario's own name after it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pipeline.model.report import scenario_key

EVIDENCE_VERSION = 1


@dataclasses.dataclass
class Observation:
    """A tracker the browser saw being dropped: a cookie, a storage key or an IndexedDB database."""

    type: str                 # cookie | web_storage | indexed_db
    source: str               # js_browser | http_request | other
    name: str
    host: str                 # cookie domain (without leading dot) or the storage origin's host
    page_url: str
    time: float
    step: str
    path: str | None = None
    expires: float | None = None   # epoch seconds; None for session
    max_age: int | None = None
    http_only: bool | None = None
    secure: bool | None = None
    same_site: str | None = None
    partition_key: str | None = None
    storage_area: str | None = None  # localStorage | sessionStorage
    initiator_url: str | None = None
    #: Found by a snapshot of the browser's state rather than caught when it was written: its time and
    #: step are only an upper bound, used when nothing more precise saw the same tracker.
    snapshot: bool = False
    #: A short digest of the value written (never the value: it may be an identifier); None when unknown.
    #: It tells a consent record, whose value follows the visitor's choice, from an entry merely written.
    value_digest: str | None = None


@dataclasses.dataclass
class PageVisit:
    url: str
    final_url: str
    status: int | None
    title: str
    step: str
    loaded_at: float
    links: list[dict[str, str]] = dataclasses.field(default_factory=list)   # {href, text}
    forms: list[str] = dataclasses.field(default_factory=list)              # visible form/button texts


@dataclasses.dataclass
class CmpEvidence:
    detected: bool = False
    name: str | None = None
    source: str | None = None         # autoconsent | heuristic
    popup_found: bool = False
    has_accept: bool = False
    has_refuse: bool = False
    clicked: str | None = None        # accept | refuse
    verified: bool = False
    layers: int = 0
    text: str | None = None
    tcf: dict[str, Any] | None = None
    #: Every control of the banner with a role, per layer: label, role, explicit, layer, tag, is_link,
    #: in_text, box, color, background, font_size, font_weight, contrast, href (``stages.crawl.banner``).
    controls: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    #: Purpose toggles of the banner's layers as first seen: label, checked, disabled, layer.
    toggles: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    #: The control the scenario clicked: label, role, layer, box (page coordinates), frame_url, selector, method.
    clicked_control: dict[str, Any] | None = None
    #: Whether the click took effect: verdict (confirmed, banner_gone, contradicted, unverified), banner_gone,
    #: tcf and consent_mode readings (confirms, contradicts or null), changed_cookies (``stages.crawl.verify``).
    verification: dict[str, Any] | None = None
    #: Google Consent Mode state as the page reported it after the choice (or at load without a click).
    consent_mode: dict[str, Any] | None = None
    #: The CMP product from the catalog (``stages/data/cmps.json``), never an autoconsent rule's name, and the
    #: signal that named it ("script_host:cdn.cookielaw.org", "tcf_cmp_id:28"...); None when nothing did.
    product: str | None = None
    product_signal: str | None = None


@dataclasses.dataclass
class ScenarioEvidence:
    report_id: str
    scenario: str
    started_at: float
    finished_at: float = 0.0
    click_at: float | None = None
    site_loaded: bool = False
    error: dict[str, str] | None = None
    cmp: CmpEvidence = dataclasses.field(default_factory=CmpEvidence)
    pages: list[PageVisit] = dataclasses.field(default_factory=list)
    observations: list[Observation] = dataclasses.field(default_factory=list)
    reporting: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    #: What ``stages.crawl.probes.after_choice`` saw once the choice was made (or the home page settled):
    #: ``{reopen_functions, links, floating, gpc_json}``; None when it could not look.
    after_choice: dict[str, Any] | None = None
    version: int = EVIDENCE_VERSION

    def step_at(self, time_ms: float) -> str:
        if self.click_at is not None and time_ms >= self.click_at:
            return self.scenario
        return "no_user_choice" if self.scenario in ("consent_to_all", "refuse_to_all") else self.scenario

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScenarioEvidence:
        data = dict(data)
        if data.get("version") != EVIDENCE_VERSION:
            raise ValueError(f"unknown evidence version {data.get('version')!r}")
        data["cmp"] = CmpEvidence(**data.get("cmp") or {})
        data["pages"] = [PageVisit(**p) for p in data.get("pages", [])]
        data["observations"] = [Observation(**o) for o in data.get("observations", [])]
        return cls(**data)


def evidence_key(report_id: str, scenario: str) -> str:
    return scenario_key(report_id, scenario, "crawl.json")
