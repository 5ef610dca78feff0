"""Publishing a report's final document: ``reports.json``, its row in the ``reports`` dataset, and its
final status in the control plane, in that order (a reader that sees the status finds the files)."""

from __future__ import annotations

import json
from typing import Any

import structlog

from pipeline import metrics
from pipeline.control.portfolio import record
from pipeline.control.runtime import Runtime
from pipeline.engine.registry import REGISTRY
from pipeline.errors import StorageError
from pipeline.model.messages import Scan, scan_from_dict
from pipeline.model.report import build_report, failed_outcomes, failed_report, report_key
from pipeline.model.status import ReportStatus
from pipeline.storage.datasets import write_rows
from pipeline.storage.objects import put_json

log = structlog.get_logger("consentscan.finalize")


def publish_report(rt: Runtime, scan: Scan, report: dict[str, Any], summary: dict[str, Any] | None = None) -> None:
    put_json(rt.storage, report_key(scan.report_id, "reports.json"), report)
    write_rows(rt.storage, "reports", scan, [{
        "id": report["id"], "property_id": scan.property_id, "url": scan.url, "scan_type": scan.scan_type,
        "status": report["status"], "score": report["score"], "trackers_count": report["trackers_count"],
        "vendors_count": report["vendors_count"], "errors": report["errors"],
        "score_breakdown": report.get("score_breakdown"), "cmp_name": report.get("cmp_name"),
        "reporting_api_count": report.get("reporting_api_count"), "created_at": scan.created_at,
    }])
    rt.controlplane.finish_report(scan.report_id, report["status"], score=report["score"],
                                  trackers_count=report["trackers_count"], vendors_count=report["vendors_count"],
                                  summary=summary)
    metrics.report_finished(report["status"])
    record(rt, scan.organization_id, scan.property_id, report)
    for hook in REGISTRY.report_finished:  # the services' (webhooks)
        hook(rt, scan, report)


def scan_of(rt: Runtime, report_id: str) -> Scan | None:
    row = rt.controlplane.get_report(report_id)
    if row is None:
        return None
    return scan_from_dict(json.loads(row["scan"]))


def fail_report(rt: Runtime, report_id: str, description: str) -> None:
    """End a report ``failed``: every scenario gets a ``general_error`` with ``description``.

    The control plane is updated even when the object store is what failed, so that the report never
    stays ``pending``; its document can then be rebuilt from the control plane (``report_from_controlplane``).
    """
    scan = scan_of(rt, report_id)
    if scan is None:
        return
    report = failed_report(scan, description)
    for outcome in failed_outcomes(scan, description):
        rt.controlplane.record_scenario(report_id, outcome)
    try:
        publish_report(rt, scan, report)
    except StorageError as exc:
        log.error("report files could not be written; status kept in the control plane", error=str(exc))
        rt.controlplane.finish_report(report_id, ReportStatus.FAILED, score=0, trackers_count=0, vendors_count=0)


def report_from_controlplane(rt: Runtime, report_id: str) -> dict[str, Any] | None:
    """The report document as the control plane knows it (when its files cannot be read)."""
    row = rt.controlplane.get_report(report_id)
    if row is None:
        return None
    scan = scan_from_dict(json.loads(row["scan"]))
    outcomes = rt.controlplane.scenario_outcomes(report_id)
    report = build_report(scan, outcomes, score=row["score"] or 0, trackers_count=row["trackers_count"] or 0,
                          vendors_count=row["vendors_count"] or 0)
    report["status"] = row["status"]
    return report
