"""The vendor catalog: the one shipped with consentscan, what users import, and each organization's overrides.

Layers, later ones winning:
1. ``stages/data/vendors.json``: written for consentscan (hosts, cookies, country, category, TCF purposes).
2. Imports in storage under ``catalog/imports/<source>.json`` (same format), e.g. from an IAB TCF Global
   Vendor List (``import_gvl``): they add vendors and fill TCF ids and purposes of known ones.
3. An organization's override file, ``organizations/<org>/overrides.json``: its own vendors (hosts it names
   and classifies) and category rules for tracker names.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import InvalidInput, ObjectNotFound
from pipeline.storage.objects import Storage

CATALOG_PATH = Path(__file__).with_name("data") / "vendors.json"
CATEGORIES = ("strictly_necessary", "functional", "analytics", "marketing", "do_not_sell", "limit_pii_use",
              "global_privacy_control", "ignored", "unclassified")
IMPORTS_PREFIX = "catalog/imports/"


def overrides_key(organization_id: str) -> str:
    from pipeline.ids import check_organization_id

    return f"organizations/{check_organization_id(organization_id)}/overrides.json"


@dataclasses.dataclass(frozen=True)
class Vendor:
    id: str
    name: str
    hosts: tuple[str, ...]
    country: str | None
    category: str
    functional_namespace: str | None
    namespaces: dict[str, int | None]
    tcf: dict[str, list[str]]
    cookies: tuple[str, ...]
    policy_url: str | None
    #: ``global`` for the shipped catalog and imports, ``project`` for an organization's own.
    source: str = "global"

    def partner(self, matched_hosts: list[dict[str, str]]) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "matched_hosts": matched_hosts,
                "functional_namespace": self.functional_namespace, "country": self.country,
                "namespaces": {"iab2": self.namespaces.get("iab2"), "google": self.namespaces.get("google")},
                "tcf": {k: list(self.tcf.get(k) or []) for k in
                        ("default_purposes_id", "spi_purposes_id", "legitimate_interest_purposes_id")},
                "policy_url": self.policy_url}


def vendor_from_dict(data: dict[str, Any], source: str = "global") -> Vendor:
    """A catalog entry, validated; raises ``InvalidInput`` naming the entry."""
    try:
        vendor = Vendor(
            id=str(data["id"]), name=str(data["name"]), hosts=tuple(h.lower() for h in data.get("hosts", ())),
            country=data.get("country"), category=data.get("category", "unclassified"),
            functional_namespace=data.get("functional_namespace") or data.get("category"),
            namespaces=dict(data.get("namespaces") or {}), tcf=dict(data.get("tcf") or {}),
            cookies=tuple(data.get("cookies", ())), policy_url=data.get("policy_url"), source=source)
    except (KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(f"catalog entry {data!r:.80}: {exc!r}") from exc
    if vendor.category not in CATEGORIES:
        raise InvalidInput(f"vendor {vendor.id}: unknown category {vendor.category!r}")
    for host in vendor.hosts:
        if not host or "/" in host or " " in host:
            raise InvalidInput(f"vendor {vendor.id}: bad host pattern {host!r}")
    return vendor


@dataclasses.dataclass(frozen=True)
class TrackerRule:
    """An organization's classification of trackers by name (and optionally host) glob."""

    name: str
    host: str
    category: str
    vendor_id: str | None = None

    def matches(self, name: str, host: str) -> bool:
        return fnmatch.fnmatchcase(name, self.name) and fnmatch.fnmatchcase(host, self.host)


@dataclasses.dataclass(frozen=True)
class Overrides:
    vendors: tuple[Vendor, ...] = ()
    rules: tuple[TrackerRule, ...] = ()

    def rule_for(self, name: str, host: str) -> TrackerRule | None:
        return next((r for r in self.rules if r.matches(name, host)), None)


def parse_overrides(data: Any) -> Overrides:
    """An organization's override file; raises ``InvalidInput`` with the first problem."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise InvalidInput('an override file is a JSON object with "version": 1')
    vendors = tuple(vendor_from_dict(v, source="project") for v in data.get("vendors", []))
    rules = []
    for entry in data.get("trackers", []):
        if not isinstance(entry, dict) or "name" not in entry or entry.get("category") not in CATEGORIES:
            raise InvalidInput(f"tracker rule {entry!r:.80}: needs a name and a category from {', '.join(CATEGORIES)}")
        rules.append(TrackerRule(str(entry["name"]), str(entry.get("host", "*")), entry["category"],
                                 entry.get("vendor_id")))
    return Overrides(vendors, tuple(rules))


def load_overrides(storage: Storage, organization_id: str) -> Overrides:
    try:
        return parse_overrides(json.loads(storage.get_bytes(overrides_key(organization_id))))
    except ObjectNotFound:
        return Overrides()


@functools.lru_cache(maxsize=4)
def _shipped(path: Path, mtime: float) -> tuple[Vendor, ...]:
    return tuple(vendor_from_dict(v) for v in json.loads(path.read_text())["vendors"])


def load_vendors(storage: Storage | None = None, path: Path = CATALOG_PATH) -> Sequence[Vendor]:
    """The shipped catalog merged with the imports found in storage (an import wins field by field)."""
    imports = storage.list(IMPORTS_PREFIX) if storage is not None else []
    if not imports:  # the common case, on every message of the vendor stage: parsed once per process
        return _shipped(path, path.stat().st_mtime)
    data = json.loads(path.read_text())
    entries: dict[str, dict[str, Any]] = {v["id"]: v for v in data["vendors"]}
    by_iab: dict[int, list[str]] = {}  # one TCF id may stand for several products (Google's 755)
    for v in data["vendors"]:
        if (v.get("namespaces") or {}).get("iab2"):
            by_iab.setdefault(v["namespaces"]["iab2"], []).append(v["id"])
    for key in imports:
        for imported in json.loads(storage.get_bytes(key))["vendors"]:
            iab = (imported.get("namespaces") or {}).get("iab2")
            if imported["id"] in entries:  # the same vendor: the import wins field by field
                entries[imported["id"]].update({k: v for k, v in imported.items() if v not in (None, [], {})})
            elif iab in by_iab:  # known vendors under that TCF id: take only what the GVL knows
                for vendor_id in by_iab[iab]:
                    known = entries[vendor_id]
                    if declares_for(known["name"], imported["name"], len(by_iab[iab])):
                        known["tcf"] = imported.get("tcf") or known.get("tcf")
                    known["policy_url"] = known.get("policy_url") or imported.get("policy_url")
            else:
                entries[imported["id"]] = imported
    return [vendor_from_dict(v) for v in entries.values()]


#: Words that say nothing about which company a name is.
_NOISE = {"inc", "ltd", "llc", "gmbh", "sas", "sa", "ag", "bv", "the", "uk", "advertising", "media", "group",
          "limited", "global", "products", "technology", "solutions", "platform", "company", "and"}


def name_words(name: str) -> set[str]:
    found = set(re.findall(r"[a-z0-9]+", name.lower().replace("ö", "o"))) - _NOISE
    return {w for w in found if len(w) >= 3}


def declares_for(catalog_name: str, gvl_name: str, sharing: int) -> bool:
    """Whether a GVL vendor's purposes are those of a catalog vendor with its TCF id: always when the id is
    the catalog vendor's alone; when products share it (Google Analytics, Tag Manager and Ads under Google's
    755), only for the one the GVL vendor is (its name's words are all in the GVL name)."""
    return sharing == 1 or name_words(catalog_name) <= name_words(gvl_name)


def import_gvl(gvl: Any) -> list[dict[str, Any]]:
    """IAB TCF Global Vendor List (v2/v3 JSON) as catalog entries: TCF id, name, purposes, policy URL."""
    if not isinstance(gvl, dict) or not isinstance(gvl.get("vendors"), dict):
        raise InvalidInput("not an IAB TCF Global Vendor List: no vendors object")
    entries = []
    for vendor in gvl["vendors"].values():
        try:
            urls = vendor.get("urls") or []
            policy = next((u.get("privacy") for u in urls if u.get("privacy")), vendor.get("policyUrl"))
            entries.append({
                "id": f"iab-{int(vendor['id'])}", "name": str(vendor["name"]), "hosts": [], "cookies": [],
                "category": "marketing" if set(vendor.get("purposes", [])) & {2, 3, 4} else "unclassified",
                "namespaces": {"iab2": int(vendor["id"])},
                "tcf": {"default_purposes_id": [str(p) for p in vendor.get("purposes", [])],
                        "spi_purposes_id": [str(p) for p in vendor.get("specialPurposes", [])],
                        "legitimate_interest_purposes_id": [str(p) for p in vendor.get("legIntPurposes", [])]},
                "policy_url": policy, "functional_namespace": "tcf"})
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"GVL vendor {vendor!r:.80}: {exc!r}") from exc
    return entries
