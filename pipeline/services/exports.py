"""A report's trackers as CSV, for people without Parquet tools (``consentscan report csv ID`` and
``GET /reports/compliances/reports/{id}/trackers.csv`` both call ``trackers_csv``).

One row per tracker of ``report_aggregated_trackers.json``; nested fields are flattened (vendor id and name,
scenarios joined by ``;``). Names and URLs come from the scanned site, so a cell that a spreadsheet would run
as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first) is prefixed with ``'`` (OWASP's advice on
CSV injection).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from pipeline.model.report import report_key
from pipeline.storage.objects import Storage, get_json

COLUMNS = ("report_id", "property_id", "organization_id", "id", "type", "source", "name", "host", "sld",
           "category", "category_source", "vendor_id", "vendor_name", "is_third_party", "is_persistent",
           "is_http_only", "is_secure_only", "max_lifetime_seconds", "scenarios", "scenario_steps",
           "initiator_type", "initiator_url", "page_url", "name_pattern", "created_at")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def tracker_row(tracker: dict[str, Any]) -> dict[str, Any]:
    vendor = tracker.get("vendor") or {}
    cmp = tracker.get("cmp") or {}
    initiator = tracker.get("initiator") or {}
    row = {name: tracker.get(name) for name in COLUMNS}
    row.update(vendor_id=vendor.get("id"), vendor_name=vendor.get("name"),
               scenarios=";".join((cmp.get("scenario") or {}).get("id") or ()),
               scenario_steps=";".join((cmp.get("scenario_step") or {}).get("id") or ()),
               initiator_type=initiator.get("type"), initiator_url=initiator.get("url"))
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def trackers_csv(storage: Storage, report_id: str) -> str:
    """The CSV text; raises ``ObjectNotFound`` while the report has no trackers file (not finished)."""
    trackers = get_json(storage, report_key(report_id, "report_aggregated_trackers.json"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
    writer.writerow(COLUMNS)
    for tracker in trackers:
        row = tracker_row(tracker)
        writer.writerow([_cell(row[name]) for name in COLUMNS])
    return out.getvalue()
