"""Consent banners no autoconsent rule knows: found by what they say, their controls understood by meaning.

``js/banner.js`` lists, per frame, the visible controls of the page and the region each belongs to (the
nearest ancestor whose own text talks about consent: fixed overlays, dialogs and in-flow regions alike,
through open and closed shadow roots and slotted content). Here every label gets a role
(``stages.crawl.roles``) and the region that looks most like a consent banner wins.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import Any

from stages.crawl import roles

_JS = Path(__file__).with_name("js")
FIND_JS = (_JS / "banner.js").read_text()
SHADOW_HOOK_JS = (_JS / "shadow_hook.js").read_text()

#: Roles that make a region a banner to choose from; settings alone (a footer link) or more_info do not.
CHOICE_ROLES = frozenset({"accept_all", "reject_all", "necessary_only", "save_selection"})


@dataclasses.dataclass
class Control:
    """One clickable thing of a banner, with the role its label means."""

    id: int
    label: str
    role: str | None
    explicit: int
    cues: tuple[str, ...]
    facts: dict[str, Any]

    def record(self, layer: int) -> dict[str, Any]:
        """The control as the evidence keeps it (``CmpEvidence.controls``)."""
        keys = ("tag", "is_link", "in_text", "box", "color", "background", "font_size", "font_weight", "contrast",
                "href", "read_from")
        return {"label": self.label, "role": self.role, "explicit": self.explicit, "layer": layer,
                **{k: self.facts.get(k) for k in keys}}


@dataclasses.dataclass
class Banner:
    frame: Any
    region: dict[str, Any]
    controls: list[Control]
    toggles: list[dict[str, Any]]
    lang: str | None
    score: float

    @property
    def text(self) -> str:
        return self.region.get("text", "")

    def with_role(self, role: str) -> list[Control]:
        return [c for c in self.controls if c.role == role]

    @property
    def info(self) -> dict[str, Any]:
        """Which choices the banner offers on this layer."""
        has = {c.role for c in self.controls}
        return {"text": self.text[:400], "accept": "accept_all" in has,
                "refuse": bool(has & {"reject_all", "necessary_only"}), "settings": "settings" in has,
                "save": "save_selection" in has}


def find_banner(page: Any) -> Banner | None:
    """The most banner-like region of the page or any of its frames, or None."""
    found = find_banners(page)
    return found[0] if found else None


def find_banners(page: Any) -> list[Banner]:
    """Every region of the page and its frames that offers a consent choice, most banner-like first."""
    banners: list[Banner] = []
    for frame in [page.main_frame, *[f for f in page.frames if f != page.main_frame]]:
        try:
            found = frame.evaluate(FIND_JS, _notice_terms())
        except Exception:  # a frame detached, navigated away or forbids script
            continue
        banners.extend(_banners(frame, found))
    return sorted(banners, key=lambda b: -b.score)


def _banners(frame: Any, found: dict[str, Any]) -> list[Banner]:
    lang = found.get("lang")
    by_region: dict[int, list[Control]] = {}
    for facts in found.get("controls", []):
        meaning = roles.classify_control(facts.get("label") or "", lang)
        facts["read_from"] = "text"
        if meaning.role is None and facts.get("aria_label"):
            meaning = roles.classify_control(facts["aria_label"], lang)
            facts["read_from"] = "aria_label"
        if meaning.role in CHOICE_ROLES and (facts.get("leaves") or facts.get("expands")):
            meaning = roles.NONE  # a link to another site, an accordion: whatever it says, it chooses nothing
        label = (facts.get("label") or facts.get("aria_label") or "").strip()
        by_region.setdefault(facts["region"], []).append(
            Control(facts["id"], label, meaning.role, meaning.explicit, meaning.cues, facts))
    banners = []
    for region in found.get("regions", []):
        controls = by_region.get(region["id"], [])
        kinds = {c.role for c in controls}
        if not kinds & CHOICE_ROLES or not roles.is_consent_notice(region.get("text", ""), lang):
            continue
        toggles = [t for t in found.get("toggles", []) if t["region"] == region["id"]]
        banners.append(Banner(frame, region, controls, toggles, lang, _score(region, kinds)))
    return banners


def _score(region: dict[str, Any], kinds: set[str | None]) -> float:
    """How much a region looks like the consent banner: the choices it offers first, then its presentation;
    the smaller of two equals (the banner rather than a page section around it)."""
    score = 4.0 * ("accept_all" in kinds) + 4.0 * bool(kinds & {"reject_all", "necessary_only"})
    score += 1.0 * ("settings" in kinds) + 1.0 * ("save_selection" in kinds)
    score += 2.0 * bool(region.get("positioned")) + 1.0 * bool(region.get("hint"))
    area = (region.get("box") or {}).get("width", 0) * (region.get("box") or {}).get("height", 0)
    return score - min(area, 4e6) / 4e6


@functools.cache
def _notice_terms() -> dict[str, list[str]]:
    return {"notice": roles.notice_terms(), "context": roles.notice_context_terms()}
