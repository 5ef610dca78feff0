"""One row per property with what the portfolio page shows, kept up to date when a report ends.

Reading the latest of 120,000 reports for 10,000 properties at every page view would cost more than the
page's budget (300 ms), so ``record`` writes the row when a report of the property ends (from
``pipeline.engine.finalize.publish_report``) and the page reads rows, sorted and filtered by indexed columns.
``record`` recomputes the row from the reports table, so reports that end out of order or twice leave the
same row. ``rebuild`` fills the table for reports that ended before it existed.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from pipeline.control.schema import REPORTS_BY_PROPERTY, create_tables, property_status, reports
from pipeline.errors import ObjectNotFound
from pipeline.model.messages import now_iso
from pipeline.model.report import report_key
from pipeline.model.status import FINAL, ReportStatus
from pipeline.model.webhook_events import trackers_at_step
from pipeline.storage.objects import get_json

SPARKLINE = 12

_READY: weakref.WeakSet[Any] = weakref.WeakSet()
# Built once: building a statement costs more than running it on SQLite (as in pipeline.control.reports).
_RECENT = (sa.select(reports.c.id, reports.c.status, reports.c.score, reports.c.created_at, reports.c.summary)
           .where(reports.c.organization_id == sa.bindparam("organization"),
                  reports.c.property_id == sa.bindparam("property"),
                  reports.c.status.in_(FINAL))
           .order_by(reports.c.created_at.desc()).limit(4 * SPARKLINE))
_UPDATE = property_status.update().where(property_status.c.organization_id == sa.bindparam("organization"),
                                         property_status.c.property_id == sa.bindparam("property"))


def ensure_schema(engine: sa.Engine) -> None:
    if engine in _READY:
        return
    create_tables(engine, [property_status])
    try:
        REPORTS_BY_PROPERTY.create(engine, checkfirst=True)
    except sa.exc.DBAPIError as exc:  # another process created it between the check and the creation
        if "already exists" not in str(exc.orig).lower():
            raise
    _READY.add(engine)


def _optional(storage: Any, report_id: str, name: str) -> Any:
    try:
        return get_json(storage, report_key(report_id, name))
    except ObjectNotFound:
        return None


def _counts(storage: Any, row: Any) -> dict[str, int | None]:
    """Trackers before consent and after refusal: from the report's summary (written by the score stage), or,
    for reports older than those fields, from its trackers file."""
    summary = json.loads(row.summary) if row.summary else {}
    if "before_consent" in summary:
        return {"before_consent": summary["before_consent"], "after_refusal": summary["after_refusal"]}
    trackers = _optional(storage, row.id, "report_aggregated_trackers.json")
    if trackers is None:
        return {"before_consent": None, "after_refusal": None}
    return {"before_consent": len(trackers_at_step(trackers, "no_user_choice")),
            "after_refusal": len(trackers_at_step(trackers, "refuse_to_all"))}


def record(rt: Any, organization_id: str, property_id: str, finished: dict[str, Any] | None = None) -> None:
    """Recompute the property's row. ``finished``: the ``reports.json`` just written (saves reading it)."""
    engine = rt.controlplane.engine
    ensure_schema(engine)
    key = {"organization": organization_id, "property": property_id}
    with engine.connect() as conn:
        rows = conn.execute(_RECENT, key).all()
    if not rows:
        return
    with_data = [r for r in rows if r.status != ReportStatus.FAILED]
    values: dict[str, Any] = {"last_report_id": rows[0].id, "last_status": rows[0].status,
                              "last_scan_at": rows[0].created_at, "score_report_id": None, "last_score": None,
                              "previous_score": None, "recent_scores": "[]", "worse": False, "cmp_name": None,
                              "before_consent": None, "after_refusal": None, "updated_at": now_iso()}
    if with_data:
        latest = with_data[0]
        scores = [r.score for r in with_data[:SPARKLINE]][::-1]
        previous = with_data[1].score if len(with_data) > 1 else None
        document = finished if finished and finished.get("id") == latest.id else _optional(
            rt.storage, latest.id, "reports.json")
        values.update(score_report_id=latest.id, last_score=latest.score, previous_score=previous,
                      recent_scores=json.dumps(scores), worse=previous is not None and latest.score < previous,
                      cmp_name=(document or {}).get("cmp_name"), **_counts(rt.storage, latest))
    with engine.begin() as conn:
        updated = conn.execute(_UPDATE, {**key, **values})
        if updated.rowcount == 0:
            try:
                with conn.begin_nested():
                    conn.execute(property_status.insert().values(organization_id=organization_id,
                                                                 property_id=property_id, **values))
            except sa.exc.IntegrityError:  # another worker inserted it meanwhile: its row is as good
                pass


def rebuild(rt: Any, organization_id: str | None = None) -> int:
    """Recompute every property's row (reports that ended before this table existed)."""
    from pipeline.control.schema import properties

    ensure_schema(rt.controlplane.engine)
    query = sa.select(properties.c.organization_id, properties.c.id)
    if organization_id is not None:
        query = query.where(properties.c.organization_id == organization_id)
    with rt.controlplane.engine.connect() as conn:
        keys: Iterable[Any] = conn.execute(query).all()
    count = 0
    for org, prop in keys:
        record(rt, org, prop)
        count += 1
    return count


SORTS = {"name": "name", "score": "last_score", "status": "last_status", "last_scan": "last_scan_at",
         "before_consent": "before_consent", "after_refusal": "after_refusal"}
STATUSES = (*FINAL, "never")


def page(engine: sa.Engine, organization_id: str, *, text: str = "", min_score: int | None = None,
         max_score: int | None = None, status: str = "", worse: bool = False, sort: str = "name",
         order: str = "asc", offset: int = 0, limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
    """One page of the portfolio: properties with their row, filtered and sorted; ``(total, rows)``."""
    from pipeline.control.schema import properties as props

    ensure_schema(engine)
    status_join = sa.and_(property_status.c.organization_id == props.c.organization_id,
                          property_status.c.property_id == props.c.id)
    where = [props.c.organization_id == organization_id]
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(sa.or_(*(column.ilike(pattern, escape="\\") for column in (props.c.id, props.c.name,
                                                                                 props.c.url))))
    if min_score is not None:
        where.append(property_status.c.last_score >= min_score)
    if max_score is not None:
        where.append(property_status.c.last_score <= max_score)
    if status == "never":
        where.append(property_status.c.last_status.is_(None))
    elif status:
        where.append(property_status.c.last_status == status)
    if worse:
        where.append(property_status.c.worse.is_(True))
    column = props.c.name if sort == "name" else property_status.c[SORTS[sort]]
    ordered = column.desc() if order == "desc" else column.asc()
    joined = props.outerjoin(property_status, status_join)
    query = (sa.select(props.c.id, props.c.name, props.c.url, props.c.schedule, property_status)
             .select_from(joined).where(*where).order_by(ordered.nulls_last(), props.c.id)
             .offset(offset).limit(limit))
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(joined).where(*where)).scalar_one()
        rows = [dict(r) for r in conn.execute(query).mappings()]
    return total, rows
