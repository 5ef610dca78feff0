"""The scheduler's decisions in the control plane: which due scans to enqueue, recorded in one transaction.

A scheduled scan's key ``<organization>/<property>@<fire time>`` is unique in ``reports``: two schedulers (or
one before and after a restart) can never enqueue the same scan, and a fire skipped because the property's
previous scan was still running is recorded as a schedule event, so firing it again is a duplicate too.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from pipeline.control.properties import Property
from pipeline.control.reports import ControlPlane
from pipeline.control.schema import reports, schedule_events
from pipeline.model.messages import Scan, now_iso
from pipeline.model.status import RUNNING

# Built once, compiled once (these run for every batch of scheduled scans).
_RUNNING = (sa.select(reports.c.organization_id, reports.c.property_id, reports.c.id)
            .where(reports.c.property_id.in_(sa.bindparam("props", expanding=True)),
                   reports.c.status.in_(RUNNING)))
_KEYS = sa.select(reports.c.scan_key).where(reports.c.scan_key.in_(sa.bindparam("keys", expanding=True)))
_SKIPPED = (sa.select(schedule_events.c.organization_id, schedule_events.c.property_id, schedule_events.c.fire_time)
            .where(schedule_events.c.property_id.in_(sa.bindparam("props", expanding=True)),
                   schedule_events.c.fire_time.in_(sa.bindparam("fires", expanding=True)),
                   schedule_events.c.outcome == "skipped_running"))


def decide_batch(controlplane: ControlPlane, items: Sequence[tuple[Property, str]]
                 ) -> tuple[list[str], list[Scan]] | None:
    """Decide ``(property, fire time)`` pairs in one transaction: each one's outcome, in order (``enqueued``,
    ``skipped_running``, ``duplicate``), and the scans registered ``queued`` for the caller to enqueue.

    None when another scheduler inserted one of these keys between the check and the insert: nothing of the
    batch was committed (decide each pair alone then: the loser of the race sees a duplicate).
    """
    outcomes: list[str] = []
    scans, rows, events = [], [], []
    try:
        with controlplane.engine.begin() as conn:
            property_ids = sorted({p.id for p, _ in items})
            running = {(org, prop): report_id for org, prop, report_id in conn.execute(
                _RUNNING, {"props": property_ids})}
            keys = [f"{p.organization_id}/{p.id}@{fire}" for p, fire in items]
            taken = set(conn.execute(_KEYS, {"keys": keys}).scalars())
            # A fire skipped because the previous scan ran is decided too: fired again, it is a duplicate.
            taken |= {f"{org}/{prop}@{fire}" for org, prop, fire in conn.execute(_SKIPPED, {
                "props": property_ids, "fires": sorted({fire for _, fire in items})})}
            for (prop, fire), key in zip(items, keys, strict=True):
                event = {"organization_id": prop.organization_id, "property_id": prop.id, "fire_time": fire,
                         "at": now_iso()}
                if key in taken:
                    outcomes.append("duplicate")  # another scheduler (or this one before a restart) decided it
                elif (prop.organization_id, prop.id) in running:
                    report_id = running[(prop.organization_id, prop.id)]
                    events.append({**event, "outcome": "skipped_running", "report_id": report_id})
                    taken.add(key)
                    outcomes.append("skipped_running")
                else:
                    scan = prop.scan(scan_type="scheduled")
                    scans.append(scan)
                    rows.append(controlplane.report_row(scan, key))
                    events.append({**event, "outcome": "enqueued", "report_id": scan.report_id})
                    running[(prop.organization_id, prop.id)] = scan.report_id
                    taken.add(key)
                    outcomes.append("enqueued")
            if rows:
                conn.execute(reports.insert(), rows)
            if events:
                conn.execute(schedule_events.insert(), events)
    except sa.exc.IntegrityError:
        return None
    return outcomes, scans


def withdraw(controlplane: ControlPlane, report_ids: list[str]) -> None:
    """Remove reports whose messages could not be published, and their schedule events."""
    with controlplane.engine.begin() as conn:
        conn.execute(schedule_events.delete().where(schedule_events.c.report_id.in_(report_ids)))
        controlplane.withdraw_reports(report_ids, conn)
