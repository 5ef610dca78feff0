"""Scan-to-scan diff: trackers and vendors that are new, and those that disappeared, since the previous
successful (or partial) report of the same property. Tracker ids are stable across reports (type, host,
name or pattern), so a renamed ``_ga_XYZ`` is not a new tracker."""

from __future__ import annotations

from typing import Any

from pipeline.model.messages import Scan


def diff(previous_id: str | None, previous: tuple[list[dict[str, Any]], list[dict[str, Any]]] | None,
         trackers: list[dict[str, Any]], vendors: list[dict[str, Any]]) -> dict[str, Any]:
    """The ``changes`` object of ``reports.json``; empty lists when there is no previous report."""
    result: dict[str, Any] = {"previous_report_id": previous_id,
                              "trackers": {"new": [], "removed": []}, "vendors": {"new": [], "removed": []}}
    if previous is None:
        return result
    old_trackers, old_vendors = previous
    for kind, old, new, describe in (("trackers", old_trackers, trackers, _tracker),
                                     ("vendors", old_vendors, vendors, _vendor)):
        old_by_id = {r["id"]: r for r in old}
        new_by_id = {r["id"]: r for r in new}
        result[kind]["new"] = [describe(new_by_id[i]) for i in sorted(new_by_id.keys() - old_by_id.keys())]
        result[kind]["removed"] = [describe(old_by_id[i]) for i in sorted(old_by_id.keys() - new_by_id.keys())]
    return result


def _tracker(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "type": record["type"], "name": record["name"], "host": record["host"],
            "vendor_id": (record.get("vendor") or {}).get("id")}


def _vendor(record: dict[str, Any]) -> dict[str, Any]:
    partner = record.get("partner") or {}
    return {"id": record["id"], "name": partner.get("name") or record["id"], "vendor_id": record["id"]}


def change_rows(scan: Scan, changes: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of the ``changes`` table."""
    rows = []
    for kind in ("trackers", "vendors"):
        for change in ("new", "removed"):
            for item in changes[kind][change]:
                rows.append({"report_id": scan.report_id, "property_id": scan.property_id,
                             "previous_report_id": changes["previous_report_id"], "kind": kind[:-1],
                             "change": change, "key": item["id"], "name": item["name"],
                             "host": item.get("host"), "vendor_id": item.get("vendor_id")})
    return rows
