"""The report: object keys, status rules and the ``reports.json`` document (a public contract).

Keys are the same on local disk and in the bucket: ``reports/<report_id>/reports.json``,
``reports/<report_id>/<scenario>/proof_of_scan.har`` ... Report ids are checked (``pipeline.ids``) before they
become keys.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from typing import Any

from pipeline.ids import check_report_id
from pipeline.model.messages import Scan, now_iso
from pipeline.model.status import ReportStatus

REPORT_FILES = ("reports.json", "report_aggregated_trackers.json", "report_aggregated_vendors.json",
                "report_privacy.json")
SCENARIO_FILES = ("proof_of_scan.gif", "proof_of_scan.har")
#: Errors that mean the site itself could not be loaded (see ``report_status``).
LOAD_ERRORS = ("website_not_reachable", "anti_bot_system", "general_error")


def report_key(report_id: str, name: str) -> str:
    return f"reports/{check_report_id(report_id)}/{name}"


def scenario_key(report_id: str, scenario: str, name: str) -> str:
    return f"reports/{check_report_id(report_id)}/{scenario}/{name}"


def work_key(report_id: str, name: str) -> str:
    """Intermediate data one stage leaves for the next (not part of the public outputs)."""
    return f"reports/{check_report_id(report_id)}/work/{name}"


def collect_id(report_id: str, scenario: str) -> str:
    """The id of one scenario's collection; stable across retries."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"consentscan:{report_id}:{scenario}"))


@dataclasses.dataclass(frozen=True)
class ScenarioOutcome:
    scenario: str
    error_type: str | None = None
    error_description: str | None = None
    #: Whether the first page of the scenario loaded before any error.
    site_loaded: bool = True


def report_status(outcomes: Iterable[ScenarioOutcome]) -> str:
    """``success``: no scenario has an error. ``failed``: no scenario could load the site. Else ``partial``."""
    outcomes = list(outcomes)
    if not outcomes:
        return ReportStatus.FAILED
    if all(o.error_type is None for o in outcomes):
        return ReportStatus.SUCCESS
    if all(o.error_type in LOAD_ERRORS and not o.site_loaded for o in outcomes):
        return ReportStatus.FAILED
    return ReportStatus.PARTIAL


def error_records(report_id: str, outcomes: Iterable[ScenarioOutcome]) -> list[dict[str, Any]]:
    return [{"collect_id": collect_id(report_id, o.scenario), "scenario_id": o.scenario,
             "error_type": o.error_type, "error_description": o.error_description}
            for o in outcomes if o.error_type]


def build_report(scan: Scan, outcomes: list[ScenarioOutcome], *, score: int, trackers_count: int,
                 vendors_count: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``reports.json`` document: the contract's fields first, then consentscan's additions."""
    return {
        "id": scan.report_id,
        "property_id": scan.property_id,
        "organization_id": scan.organization_id,
        "trackers_count": trackers_count,
        "vendors_count": vendors_count,
        "score": score,
        "errors": error_records(scan.report_id, outcomes),
        "status": report_status(outcomes),
        "created_at": scan.created_at,
        "url": scan.url,
        "scan_type": scan.scan_type,
        "finished_at": now_iso(),
        **(extra or {}),
    }


def failed_outcomes(scan: Scan, description: str) -> list[ScenarioOutcome]:
    return [ScenarioOutcome(s, "general_error", description[:500], site_loaded=False) for s in scan.options.scenarios]


def failed_report(scan: Scan, description: str) -> dict[str, Any]:
    """The document of a report that failed as a whole: every scenario has a ``general_error``."""
    return build_report(scan, failed_outcomes(scan, description), score=0, trackers_count=0, vendors_count=0)
