"""A property's tracker scan history in Concord's envelope, for the API and ``consentscan history --json``.

Concord's ``GET .../tracker-scan-history`` answers ``{offset, count, total, items: [...]}``; an item is a
project's scan configuration with its ``scanHistory``. Here a project is a property, so there is at most one
item; ``offset``, ``count`` and ``total`` count its scan history entries (the part that pages), so a client
that pages with ``offset += count`` until ``offset >= total`` walks the whole history.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pipeline.model.status import ReportStatus

HISTORY_STATUS = {ReportStatus.QUEUED: "running", ReportStatus.PENDING: "running", ReportStatus.SUCCESS: "success",
                  ReportStatus.PARTIAL: "partial", ReportStatus.FAILED: "failed"}
CATEGORY_KEYS = ("analytics", "do_not_sell", "functional", "global_privacy_control", "ignored", "limit_pii_use",
                 "marketing", "strictly_necessary", "unclassified")
SCHEDULE_FILTERS = ("scheduledScanEnabled", "scanPeriod", "scheduledHour", "scheduledDayOfWeek",
                    "scheduledDayOfMonth")


def epoch_ms(iso: str) -> int:
    """``2026-11-20T10:00:00.000Z`` as milliseconds since the epoch (Concord types ``date`` as a number)."""
    return int(round(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() * 1000))


def history_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One report as a ``scanHistory`` entry; ``taskArn`` is Concord's name for the scan's id."""
    summary = json.loads(row["summary"]) if row["summary"] else {}
    categories = summary.get("categories") or {}
    return {
        "date": epoch_ms(row["created_at"]), "status": HISTORY_STATUS[row["status"]], "scanType": row["scan_type"],
        "taskArn": row["id"], "domainsCount": summary.get("domains", 0),
        "results": {"total": summary.get("total", 0), "new": summary.get("new", 0),
                    "project": summary.get("project", 0), "global": summary.get("global", 0),
                    "categories": {c: categories.get(c, 0) for c in CATEGORY_KEYS}},
        # consentscan's additions (Concord's fields above keep their names and types)
        "reportId": row["id"], "createdAt": row["created_at"],
    }


def schedule_fields(prop: Any) -> dict[str, Any]:
    """The item's schedule fields. Concord types both days as integers on every item, so they carry the days
    the schedule fires on (the defaults when none was given), never null."""
    plan = prop.schedule
    return {"scheduledScanEnabled": plan.enabled, "scanPeriod": plan.period, "scheduledHour": plan.hour,
            "scheduledDayOfWeek": plan.fires_on_day_of_week, "scheduledDayOfMonth": plan.fires_on_day_of_month}


def matches(prop: Any, *, item_id: str | None = None, organization_id: str | None = None,
            schedule: dict[str, Any] | None = None) -> bool:
    """Whether the property's item passes Concord's query filters (``id``, ``organizationId``, schedule)."""
    if item_id is not None and item_id != prop.id:
        return False
    if organization_id is not None and organization_id != prop.organization_id:
        return False
    fields = schedule_fields(prop)
    return all(value is None or fields[name] == value for name, value in (schedule or {}).items())


def history_document(controlplane: Any, prop: Any, *, offset: int = 0, limit: int = 100, order: str = "desc",
                     item_id: str | None = None, organization_id: str | None = None,
                     schedule: dict[str, Any] | None = None) -> dict[str, Any]:
    """Concord's envelope for one property; filters that exclude it leave ``items`` empty and ``total`` 0."""
    if not matches(prop, item_id=item_id, organization_id=organization_id, schedule=schedule):
        return {"offset": offset, "count": 0, "total": 0, "items": [], "limit": limit}
    total, rows = controlplane.list_reports(prop.organization_id, property_id=prop.id, skip=offset, limit=limit,
                                            descending=order == "desc")
    fields = schedule_fields(prop)
    item = {"scheduledScanEnabled": fields.pop("scheduledScanEnabled"), "organizationId": prop.organization_id,
            "projectId": prop.id, **fields, "scanHistory": [history_entry(row) for row in rows],
            "id": prop.id, "name": prop.name, "url": prop.url}
    return {"offset": offset, "count": len(rows), "total": total, "items": [item], "limit": limit}
