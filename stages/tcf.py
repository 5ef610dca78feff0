"""The IAB TCF signal of each scenario: its TC string decoded, and what it grants each TCF vendor seen.

The string is decoded by the IAB Tech Lab's own library (``@iabtechlabtcf/core``, fetched by ``make setup``),
run by Node.js (``js/tcf_decode.js``), with the Global Vendor List whose version the string names when the
scanner has that version (``gvl_available``). The Python decoders on PyPI (``iab-tcf``,
``iab-tcf-bitarray``) were left aside: unmaintained since 2022-2024, and their wheels install a top-level
``tests`` package that shadows this project's. When the decoder cannot run, each summary says why
(``error``) and the TCF checks do not apply: the scanner never guesses what a string grants.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from pipeline.settings import Settings
from pipeline.setup.assets import GVL_FILES, GVL_FIXTURES, TCF_CORE, TCF_CORE_LIB, asset_path

DECODER = Path(__file__).with_name("js") / "tcf_decode.js"
DECODE_TIMEOUT = 30.0
#: The fields of a summary that ``consent_signals`` keeps (``gvl_vendors`` only serves the checks).
SUMMARY_FIELDS = ("tc_string", "cmp_id", "cmp_version", "gdpr_applies", "event_status", "tcf_policy_version",
                  "vendor_list_version", "gvl_available", "publisher_cc", "purpose_consents",
                  "purpose_legitimate_interests", "special_feature_optins", "vendor_consents",
                  "vendor_legitimate_interests", "error")


def gvl_files(settings: Settings) -> dict[int, Path]:
    """The GVL files the scanner has, by vendor list version."""
    found = {}
    for source, file in GVL_FILES.items():
        path = asset_path(settings, GVL_FIXTURES, file)
        version = re.search(r"(\d+)$", source)
        if version and path.exists():
            found[int(version[1])] = path
    return found


def decode(strings: list[str], library: Path | None, gvls: dict[int, Path]) -> dict[str, dict[str, Any]]:
    """Each TC string's decoded summary (with ``gvl_vendors``: each GVL vendor's declared purposes, or None
    without that GVL), or ``{"error": ...}`` when it cannot be decoded."""
    strings = sorted(set(strings))
    if not strings:
        return {}
    node = shutil.which("node")
    problem = ("Node.js is not installed" if node is None else
               "the TCF library is not installed (make setup)" if library is None or not library.exists() else None)
    if problem is None:
        payload = json.dumps({"strings": strings, "gvls": {str(v): str(p) for v, p in gvls.items()}})
        try:
            done = subprocess.run([str(node), str(DECODER), str(library)], input=payload, capture_output=True,
                                  text=True, timeout=DECODE_TIMEOUT, check=True)
            return {s["tc_string"]: s for s in json.loads(done.stdout)}
        except (subprocess.SubprocessError, OSError, ValueError) as exc:
            problem = f"the TCF decoder failed: {str(exc)[:200]}"
    return {s: {"tc_string": s, "error": problem} for s in strings}


def decode_for(settings: Settings, strings: list[str]) -> dict[str, dict[str, Any]]:
    return decode(strings, asset_path(settings, TCF_CORE, TCF_CORE_LIB), gvl_files(settings))


def summary(signal: dict[str, Any] | None, decoded: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A scenario's TCF summary from the crawl's ``getTCData`` answer; None when the page had no TCF CMP."""
    if not signal:
        return None
    tc_string = signal.get("tcString") or None
    result: dict[str, Any] = dict.fromkeys(SUMMARY_FIELDS)
    result.update({"tc_string": tc_string, "cmp_id": signal.get("cmpId"), "gdpr_applies": signal.get("gdprApplies"),
                   "event_status": signal.get("eventStatus"), "gvl_available": False})
    if tc_string is None:
        return {**result, "purpose_consents": [], "purpose_legitimate_interests": [], "vendor_consents": [],
                "vendor_legitimate_interests": [], "special_feature_optins": [], "gvl_vendors": None}
    found = decoded.get(tc_string) or {"error": "not decoded"}
    result.update({k: found[k] for k in SUMMARY_FIELDS if k in found and found[k] is not None})
    result["gvl_available"] = found.get("gvl_vendors") is not None
    result["gvl_vendors"] = found.get("gvl_vendors")
    return result


def public(summary: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if summary is None else {k: summary.get(k) for k in SUMMARY_FIELDS}


def grants(summary: dict[str, Any], vendor_id: int, declared: tuple[list[int], list[int]] | None) -> dict[str, Any]:
    """What ``summary`` grants a vendor: the purposes it may use on consent and on legitimate interest.
    ``declared`` is (consent purposes, legitimate interest purposes) the vendor declares, from the GVL the
    string names or else the catalog; without it every purpose the string sets counts."""
    gvl_vendor = (summary.get("gvl_vendors") or {}).get(str(vendor_id))
    if gvl_vendor is not None:
        declared = (gvl_vendor["purposes"] + gvl_vendor.get("flexible_purposes", []),
                    gvl_vendor["leg_int_purposes"] + gvl_vendor.get("flexible_purposes", []))
    consent = vendor_id in summary.get("vendor_consents", [])
    interest = vendor_id in summary.get("vendor_legitimate_interests", [])
    consent_purposes = [p for p in summary.get("purpose_consents", [])
                        if consent and (declared is None or p in declared[0])]
    interest_purposes = [p for p in summary.get("purpose_legitimate_interests", [])
                         if interest and (declared is None or p in declared[1])]
    return {"id": vendor_id, "name": gvl_vendor["name"] if gvl_vendor else None, "consent": consent,
            "legitimate_interest": interest, "consent_purposes": sorted(set(consent_purposes)),
            "legitimate_interest_purposes": sorted(set(interest_purposes))}
