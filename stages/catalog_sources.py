"""Where the shipped catalog's privacy policy URLs and TCF purposes come from, and how to refresh them.

The vendors, hosts, categories and cookie names of ``stages/data/vendors.json`` are written for the project;
two fields are taken from public sources instead of written by hand, and each entry says which source
(``policy_url_source``, ``tcf_source``), so that a test can check every value against its source:

- IAB TCF Global Vendor Lists (GVL v2.2, versions 172 of 2026-08-13 and 17 of 2023-09-07, as shipped by npm
  ``@cookiehub/iabtcf-testing``; ``make setup`` fetches them). A vendor whose TCF id (``namespaces.iab2``) is in
  a list takes the privacy URL it declared there, and its purposes when it is that GVL vendor itself rather
  than one of several products sharing the id (Google Analytics shares Google's 755, whose purposes are
  those of its advertising products).
- The Open Cookie Database (``ocd_platform`` names the platform, matched by name, cookies and domains, and
  reviewed): its ``privacyLink``, for vendors without a TCF declaration. A link to a bare home page is not a
  policy and is left out.

Entries in neither keep ``policy_url: null``: a compliance report shows "unknown" rather than a guess.
``python -m stages.catalog_sources`` rewrites the file after a pinned source changes.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.settings import Settings
from pipeline.setup.assets import COOKIE_DATABASE, COOKIE_DATABASE_FILE, GVL_FILES, GVL_FIXTURES, asset_path
from stages.catalog import CATALOG_PATH, declares_for, import_gvl, name_words

#: Brands whose GVL name shares no word with the name the catalog uses.
ALIASES = {"adroll": "nextroll", "youtube": "google"}


def load_gvls(settings: Settings) -> dict[str, dict[int, dict[str, Any]]]:
    """Catalog entries (``import_gvl``) of each GVL file, by TCF id, newest file first (a vendor found in
    several takes the newest declaration); files setup has not fetched are skipped."""
    lists = {}
    for source, file in GVL_FILES.items():
        path = asset_path(settings, GVL_FIXTURES, file)
        if path.exists():
            lists[source] = {e["namespaces"]["iab2"]: e for e in import_gvl(json.loads(path.read_text()))}
    return lists


def load_ocd_links(settings: Settings) -> dict[str, str]:
    """The most cited ``privacyLink`` of each Open Cookie Database platform that has one."""
    path = asset_path(settings, COOKIE_DATABASE, COOKIE_DATABASE_FILE)
    links = {}
    for platform, entries in json.loads(path.read_text()).items():
        cited = collections.Counter(e["privacyLink"] for e in entries if e.get("privacyLink"))
        if cited:
            links[platform] = cited.most_common(1)[0][0]
    return links


def same_company(catalog_name: str, gvl_name: str) -> bool:
    return bool({ALIASES.get(w, w) for w in name_words(catalog_name)} & name_words(gvl_name))


def is_policy_link(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.path.strip("/") != ""


def fill(vendors: list[dict[str, Any]], gvls: dict[str, dict[int, dict[str, Any]]],
         ocd_links: dict[str, str]) -> list[dict[str, Any]]:
    """The entries with ``policy_url`` and TCF purposes from the sources, each with its source named."""
    sharing = collections.Counter(v.get("namespaces", {}).get("iab2") for v in vendors)
    out = []
    for vendor in vendors:
        vendor = {k: v for k, v in vendor.items() if k not in ("policy_url_source", "tcf_source")}
        vendor["policy_url"] = None
        iab = (vendor.get("namespaces") or {}).get("iab2")
        declared = next(((source, gvl[iab]) for source, gvl in gvls.items() if iab in gvl), None)
        if declared and not same_company(vendor["name"], declared[1]["name"]):
            raise ValueError(f"{vendor['id']}: TCF id {iab} is {declared[1]['name']!r} in the GVL")
        if declared and declared[1]["policy_url"]:
            vendor["policy_url"], vendor["policy_url_source"] = declared[1]["policy_url"], declared[0]
        elif vendor.get("ocd_platform") and is_policy_link(ocd_links.get(vendor["ocd_platform"], "")):
            vendor["policy_url"], vendor["policy_url_source"] = ocd_links[vendor["ocd_platform"]], "ocd"
        if declared and declares_for(vendor["name"], declared[1]["name"], sharing[iab]):
            vendor["tcf"], vendor["tcf_source"] = declared[1]["tcf"], declared[0]
        else:  # not declared in a GVL: no purposes rather than ours
            vendor["tcf"] = {"default_purposes_id": [], "spi_purposes_id": [], "legitimate_interest_purposes_id": []}
        out.append(vendor)
    return out


def write_catalog(vendors: list[dict[str, Any]], path: Path = CATALOG_PATH) -> None:
    """One entry a line, as the file is kept (diffs stay readable)."""
    body = ",\n".join(json.dumps(v, ensure_ascii=False) for v in vendors)
    path.write_text('{"version": 1, "vendors": [\n' + body + "\n]}\n")


def main() -> int:
    settings = Settings.from_env()
    gvls = load_gvls(settings)
    if len(gvls) != len(GVL_FILES):
        print("the GVL files are missing: run make setup", file=sys.stderr)
        return 1
    data = json.loads(CATALOG_PATH.read_text())
    vendors = fill(data["vendors"], gvls, load_ocd_links(settings))
    write_catalog(vendors)
    sources = collections.Counter(v.get("policy_url_source") for v in vendors)
    print(f"{len(vendors)} vendors; policy URLs: {dict(sources)}; TCF purposes from the GVL: "
          f"{sum(1 for v in vendors if v.get('tcf_source'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
