"""What the property and report pages read: a property's reports, its tracker timeline, its latest GIFs."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from pipeline.control.portfolio import ensure_schema
from pipeline.control.schema import reports
from pipeline.errors import ObjectNotFound
from pipeline.model.messages import SCENARIOS
from pipeline.model.report import report_key, scenario_key
from pipeline.model.status import WITH_RESULTS
from pipeline.storage.objects import get_json

HISTORY = 500
TIMELINE = 20


def history(engine: sa.Engine, organization_id: str, property_id: str, limit: int = HISTORY) -> list[dict[str, Any]]:
    """The property's reports, newest first."""
    ensure_schema(engine)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(reports.c.id, reports.c.status, reports.c.score, reports.c.created_at,
                                      reports.c.scan_type, reports.c.trackers_count).where(
            reports.c.organization_id == organization_id, reports.c.property_id == property_id)
            .order_by(reports.c.created_at.desc()).limit(limit)).mappings()
        return [dict(r) for r in rows]


def timeline(storage: Any, rows: list[dict[str, Any]], limit: int = TIMELINE) -> list[dict[str, Any]]:
    """New and removed trackers of the latest reports with data (their ``changes``), newest first."""
    found = []
    for row in [r for r in rows if r["status"] in WITH_RESULTS][:limit]:
        try:
            changes = (get_json(storage, report_key(row["id"], "reports.json")).get("changes") or {}).get("trackers")
        except ObjectNotFound:
            continue
        changes = changes or {}
        found.append({"id": row["id"], "created_at": row["created_at"], "new": changes.get("new") or [],
                      "removed": changes.get("removed") or []})
    return found


def latest_gifs(storage: Any, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """``(scenario, dashboard URL)`` of the GIFs of the latest report that has any."""
    for row in [r for r in rows if r["status"] in WITH_RESULTS][:3]:
        gifs = [(s, f"/ui/reports/{row['id']}/{s}/proof_of_scan.gif") for s in SCENARIOS
                if storage.exists(scenario_key(row["id"], s, "proof_of_scan.gif"))]
        if gifs:
            return gifs
    return []
