"""The catalog of consent management platforms (``data/cmps.json``) and the naming of the CMP a page runs.

``identify_cmp`` weighs what the page showed (loader scripts, window globals, banner DOM, consent cookies and
storage keys, the TCF ``cmpId``) and the autoconsent rule that fired, and names a product only from the
catalog: an autoconsent rule name is never a product name.

``facts`` is a mapping with these keys, each optional (``stages/crawl/js/cmp_probe.js`` gathers them):
``globals`` (names from the catalog found on ``window``), ``selectors`` (catalog selectors that matched),
``scripts`` and ``frames`` (script and iframe URLs of the page), ``cookies`` (cookie names the browser holds)
and ``storage`` (localStorage/sessionStorage key names).
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DATA = Path(__file__).with_name("data") / "cmps.json"

#: How surely one signal of each kind names the product. A loader host, a global, the banner's DOM and the
#: TCF cmpId are the product's own; a path can be copied by a theme; cookies outlive a CMP that was replaced;
#: an autoconsent rule matches markup that several products share (Complianz and Osano's cookieconsent).
STRENGTH = {
    "script_host": 0.95,
    "global": 0.9,
    "selector": 0.9,
    "tcf_cmp_id": 0.9,
    "script_path": 0.8,
    "cookie": 0.75,
    "storage": 0.75,
    "autoconsent_rule": 0.6,
}
STRONG = frozenset({"script_host", "global", "selector", "tcf_cmp_id"})
#: In consent_cookies/storage_keys: "name*" matches any ending, "*name" any beginning, "*name*" both.
WILDCARD = "*"


@dataclasses.dataclass(frozen=True)
class Cmp:
    name: str
    vendor: str
    script_hosts: tuple[str, ...] = ()
    script_paths: tuple[str, ...] = ()
    globals: tuple[str, ...] = ()
    selectors: tuple[str, ...] = ()
    consent_cookies: tuple[str, ...] = ()
    storage_keys: tuple[str, ...] = ()
    tcf_cmp_ids: tuple[int, ...] = ()
    autoconsent_rules: tuple[str, ...] = ()
    platform: bool = False
    sources: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class CmpIdentity:
    name: str
    vendor: str
    signal: str                     # the strongest signal, e.g. "script_host:cdn.cookielaw.org"
    confidence: float
    signals: tuple[str, ...] = ()   # every signal that pointed at this product, strongest first


_LISTS = ("script_hosts", "script_paths", "globals", "selectors", "consent_cookies", "storage_keys",
          "autoconsent_rules", "sources")


@functools.cache
def load_cmps(path: Path = DATA) -> tuple[Cmp, ...]:
    """Every CMP of the catalog, in file order (loaded once)."""
    entries = json.loads(path.read_text())["cmps"]
    cmps = []
    for entry in entries:
        if not entry.get("name") or not entry.get("vendor"):
            raise ValueError(f"{path}: a CMP needs a name and a vendor: {entry!r}")
        cmps.append(Cmp(name=entry["name"], vendor=entry["vendor"], platform=bool(entry.get("platform")),
                        tcf_cmp_ids=tuple(int(i) for i in entry.get("tcf_cmp_ids", ())),
                        **{k: tuple(str(v) for v in entry.get(k, ())) for k in _LISTS}))
    return tuple(cmps)


def consent_record_names() -> dict[str, str]:
    """Cookie and storage names under which a CMP keeps the visitor's choice -> the CMP's name. A ``*`` at the
    end of a key stands for any ending (``_iub_cs-*`` for ``_iub_cs-12345``), at its start for any beginning
    (``*_ENSIGHTEN_PRIVACY_*`` for ``DELTA_ENSIGHTEN_PRIVACY_BANNER_VIEWED``); ``consent_record_owner``
    applies them."""
    return dict(_record_names())


@functools.cache
def _record_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for cmp in load_cmps():
        for name in (*cmp.consent_cookies, *cmp.storage_keys):
            names.setdefault(name, cmp.name)
    return names


def consent_record_owner(name: str) -> str | None:
    """The CMP that stores its consent record under this cookie or storage name, if the catalog knows it."""
    names = _record_names()
    if name in names:
        return names[name]
    return next((cmp for key, cmp in names.items() if WILDCARD in key and _matches(name, key)), None)


@functools.cache
def probe_spec() -> dict[str, list[str]]:
    """What ``cmp_probe.js`` looks for: every catalog global and selector, once."""
    cmps = load_cmps()
    return {"globals": sorted({g for c in cmps for g in c.globals}),
            "selectors": sorted({s for c in cmps for s in c.selectors})}


def identify_cmp(facts: Mapping[str, Any], autoconsent_rule: str | None,
                 tcf_cmp_id: int | None) -> CmpIdentity | None:
    """The product the page runs, or None when nothing in the catalog points at one (or two products are
    equally likely: the scanner does not guess)."""
    cmps = load_cmps()
    found: dict[str, list[tuple[str, str]]] = {}
    for cmp in cmps:
        signals = _signals(cmp, facts, tcf_cmp_id)
        if signals:
            found[cmp.name] = signals
    if autoconsent_rule:
        owners = [c.name for c in cmps if autoconsent_rule in c.autoconsent_rules]
        for owner in owners:
            # A rule several products share only corroborates one that something else already points at.
            if len(owners) == 1 or owner in found:
                found.setdefault(owner, []).append(("autoconsent_rule", autoconsent_rule))
    by_name = {c.name: c for c in cmps}
    if any(not by_name[n].platform for n in found):
        found = {n: s for n, s in found.items() if not by_name[n].platform}
    ranked = sorted(((_rank(signals), name) for name, signals in found.items()), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    (_, confidence, _), name = ranked[0]
    signals = sorted(found[name], key=lambda s: -STRENGTH[s[0]])
    labels = tuple(f"{kind}:{value}" for kind, value in signals)
    return CmpIdentity(name=name, vendor=by_name[name].vendor, signal=labels[0], confidence=confidence,
                       signals=labels)


def _rank(signals: list[tuple[str, str]]) -> tuple[bool, float, int]:
    """Strong product signals first; then independent kinds of evidence combined (noisy-or, the strongest
    of each kind once); then how many signals agree."""
    best: dict[str, float] = {}
    for kind, _ in signals:
        best[kind] = max(best.get(kind, 0.0), STRENGTH[kind])
    doubt = 1.0
    for strength in best.values():
        doubt *= 1.0 - strength
    return any(k in STRONG for k in best), round(min(0.999, 1.0 - doubt), 3), len(signals)


def _signals(cmp: Cmp, facts: Mapping[str, Any], tcf_cmp_id: int | None) -> list[tuple[str, str]]:
    signals: list[tuple[str, str]] = []
    urls = [str(u) for u in (*_list(facts, "scripts"), *_list(facts, "frames"))]
    for url in urls:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        signals += [("script_host", h) for h in cmp.script_hosts if host == h or host.endswith("." + h)]
        where = parts.path + ("?" + parts.query if parts.query else "")
        signals += [("script_path", p) for p in cmp.script_paths if p in where]
    present = set(_list(facts, "globals"))
    signals += [("global", g) for g in cmp.globals if g in present]
    matched = set(_list(facts, "selectors"))
    signals += [("selector", s) for s in cmp.selectors if s in matched]
    if tcf_cmp_id is not None and tcf_cmp_id in cmp.tcf_cmp_ids:
        signals.append(("tcf_cmp_id", str(tcf_cmp_id)))
    signals += [("cookie", n) for n in _list(facts, "cookies") if _named(n, cmp.consent_cookies)]
    signals += [("storage", n) for n in _list(facts, "storage") if _named(n, cmp.storage_keys)]
    return list(dict.fromkeys(signals))


def _named(name: str, patterns: Iterable[str]) -> bool:
    return any(_matches(name, p) for p in patterns)


def _matches(name: str, pattern: str) -> bool:
    core = pattern.strip(WILDCARD)
    if not core:
        return False
    starts, ends = pattern.startswith(WILDCARD), pattern.endswith(WILDCARD)
    if starts and ends:
        return core in name
    if ends:
        return name.startswith(core)
    if starts:
        return name.endswith(core)
    return name == pattern


def _list(facts: Mapping[str, Any], key: str) -> list[str]:
    value = facts.get(key) or []
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []
