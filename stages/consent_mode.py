"""Google Consent Mode v2, read from the Google tag requests of each scenario step (GA4, Ads, Floodlight).

A tag states the consent it acts under in its request: ``gcs`` (``G1`` + ad_storage + analytics_storage,
each ``1`` granted, ``0`` denied, ``-`` unset) and ``gcd`` (one character per consent type whose base64url
index holds the default state in bits 2-3 and the update in bits 0-1: 1 unset, 2 denied, 3 granted).
Findings: a tag that acts with ad_storage or analytics_storage granted before any choice, after "refuse
all" or under GPC, and a tag that fires then with no Consent Mode signal at all. A tag that
fires without a signal after "accept all" is only reported (``present: false``): it has consent anyway.
Which requests are Google tags is in ``stages/data/google_tags.json``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

DATA = Path(__file__).with_name("data") / "google_tags.json"
_BASE64URL = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_STATE = {1: None, 2: "denied", 3: "granted"}
_GCS = {"1": "granted", "0": "denied"}
#: The steps where a granted storage or a missing signal is a finding (under GPC nobody chose either).
NO_CONSENT_STEPS = ("no_user_choice", "refuse_to_all", "gpc")
WHEN = {"no_user_choice": "before any choice", "refuse_to_all": "after refusal", "gpc": "under GPC"}
STORAGE_TYPES = ("ad_storage", "analytics_storage")


@functools.cache
def _catalog() -> dict[str, Any]:
    return json.loads(DATA.read_text())


@dataclasses.dataclass(frozen=True)
class TagHit:
    """One Google tag request and the consent it states."""

    kind: str                                  # ga4 | ads | floodlight
    url: str
    state: dict[str, str | None]               # effective state per consent type (update, else default)
    default: dict[str, str | None]             # the default state per consent type (from gcd)
    has_signal: bool                           # gcs or gcd present
    parameters: dict[str, str]                 # npa, dma, dma_cps... as sent

    @property
    def granted_storage(self) -> list[str]:
        return [t for t in STORAGE_TYPES if self.state.get(t) == "granted"]


def tag_kind(url: str) -> str | None:
    """``ga4``, ``ads`` or ``floodlight`` for a Google tag request, None for anything else."""
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path
    for tag in _catalog()["tags"]:
        if any(host == h or host.endswith("." + h) for h in tag["hosts"]) and any(
                path.startswith(p) for p in tag["paths"]):
            return str(tag["kind"])
    return None


def parameters(url: str) -> dict[str, str]:
    """Query parameters, and Floodlight's ``;key=value`` path parameters (the query wins)."""
    parts = urlsplit(url)
    found: dict[str, str] = {}
    for piece in parts.path.split(";")[1:]:
        key, sep, value = piece.partition("=")
        if sep:
            found[key] = value
    found.update(parse_qsl(parts.query, keep_blank_values=True))
    return found


def decode_gcd(gcd: str) -> dict[str, tuple[str | None, str | None]] | None:
    """``{consent type: (default, update)}`` from a ``gcd`` value; None when it is not one."""
    types = _catalog()["consent_types"]
    if len(gcd) < 2 * len(types) + 1:
        return None
    decoded = {}
    for i, consent_type in enumerate(types):
        index = _BASE64URL.find(gcd[2 + 2 * i])
        if index < 0:
            return None
        decoded[consent_type] = (_STATE.get((index >> 2) & 3), _STATE.get(index & 3))
    return decoded


def decode_gcs(gcs: str) -> dict[str, str | None] | None:
    """``{ad_storage, analytics_storage}`` from a ``gcs`` value (``G1`` + two states); None if not one."""
    if len(gcs) < 4 or not gcs.startswith("G1"):
        return None
    return {t: _GCS.get(c) for t, c in zip(_catalog()["gcs_types"], gcs[2:4], strict=True)}


def read_hit(url: str) -> TagHit | None:
    """The consent a Google tag request states; None when the URL is no Google tag."""
    kind = tag_kind(url)
    if kind is None:
        return None
    params = parameters(url)
    types = _catalog()["consent_types"]
    gcd = decode_gcd(params["gcd"]) if params.get("gcd") else None
    gcs = decode_gcs(params["gcs"]) if params.get("gcs") else None
    default = {t: gcd[t][0] if gcd else None for t in types}
    state = {t: (gcd[t][1] or gcd[t][0]) if gcd else None for t in types}
    if gcs:  # gcs is the state the hit was sent under: it wins for the two types it carries
        state.update({t: v for t, v in gcs.items() if v is not None})
    others = {k: params[k] for k in _catalog()["other_parameters"] if k in params}
    return TagHit(kind=kind, url=url, state=state, default=default, has_signal=bool(gcd or gcs), parameters=others)


def consent_mode_by_step(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Per ``(scenario, step)`` with Google tag hits: the Consent Mode summary of ``consent_signals``."""
    steps: dict[tuple[str, str], list[TagHit]] = {}
    for row in rows:
        hit = read_hit(row["url"])
        if hit is not None:
            steps.setdefault((row["scenario"], row["step"]), []).append(hit)
    summary = {}
    for key, hits in steps.items():
        signalled = [h for h in hits if h.has_signal]
        summary[key] = {
            "tags": sorted({h.kind for h in hits}), "hits": len(hits), "hits_with_signal": len(signalled),
            "present": bool(signalled),
            "default": _merge([h.default for h in signalled]), "state": _merge([h.state for h in signalled]),
            "parameters": _merge_parameters([h.parameters for h in hits]),
        }
    return summary


def _merge(states: list[dict[str, str | None]]) -> dict[str, str | None]:
    """Per consent type, the most permissive state any hit stated (granted > denied > unset)."""
    order = {None: 0, "denied": 1, "granted": 2}
    merged: dict[str, str | None] = {t: None for t in _catalog()["consent_types"]}
    for state in states:
        for t, value in state.items():
            if order[value] > order[merged.get(t)]:
                merged[t] = value
    return merged


def _merge_parameters(found: list[dict[str, str]]) -> dict[str, list[str]]:
    merged: dict[str, set[str]] = {}
    for params in found:
        for key, value in params.items():
            merged.setdefault(key, set()).add(value)
    return {k: sorted(v) for k, v in sorted(merged.items())}


def consent_mode_findings(rows: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """One finding per (scenario, step, kind of problem, tag kind): its first offending request as proof."""
    findings: dict[tuple[str, str, str, str], dict[str, str]] = {}
    for row in rows:
        if row["step"] not in NO_CONSENT_STEPS:
            continue
        hit = read_hit(row["url"])
        if hit is None:
            continue
        when = WHEN[row["step"]]
        if not hit.has_signal:
            problem, detail = "no_signal", f"{hit.kind} tag fired {when} with no Consent Mode signal"
        elif hit.granted_storage:
            problem = "granted"
            detail = f"{hit.kind} tag sent {' and '.join(hit.granted_storage)} granted {when}"
        else:
            continue
        findings.setdefault((row["scenario"], row["step"], problem, hit.kind), {
            "scenario": row["scenario"], "step": row["step"], "problem": problem, "url": row["url"][:1000],
            "detail": detail})
    return list(findings.values())


def respects_consent_mode(rows: list[dict[str, Any]]) -> tuple[bool | None, list[dict[str, str]]]:
    """``respects_consent_mode`` (None when no Google tag fired) and its findings."""
    if not any(tag_kind(row["url"]) for row in rows):
        return None, []
    findings = consent_mode_findings(rows)
    return not findings, findings
