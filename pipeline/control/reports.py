"""The control-plane store: report status and the join of a report's scenarios.

SQLite (a file in the data directory) by default, PostgreSQL by URL, through SQLAlchemy Core. Bulk data
never lands here; only what decides what happens next: a report's status and which scenarios are done.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pipeline.control.schema import EAGER, metadata, reports, scenario_runs
from pipeline.errors import InvalidInput, ServiceUnavailable, StorageRefused
from pipeline.model.messages import Scan, now_iso
from pipeline.model.report import ScenarioOutcome
from pipeline.model.status import FINAL, WITH_RESULTS, ReportStatus
from pipeline.storage.objects import REFUSALS

FINAL_STATUSES = FINAL
MAX_OFFSET = 10**9

# The statements every report runs, built once (building a statement costs more than running it on SQLite).
_GET_REPORT = sa.select(reports).where(reports.c.id == sa.bindparam("id"))
_FINISH_REPORT = reports.update().where(reports.c.id == sa.bindparam("report_id"))
_PREVIOUS_REPORT = (sa.select(reports.c.id).where(
    reports.c.organization_id == sa.bindparam("organization_id"), reports.c.property_id == sa.bindparam("property_id"),
    reports.c.status.in_(WITH_RESULTS), reports.c.created_at < sa.bindparam("created_at"),
    reports.c.id != sa.bindparam("id")).order_by(reports.c.created_at.desc()).limit(1))
_OUTCOMES = (sa.select(scenario_runs).where(scenario_runs.c.report_id.in_(sa.bindparam("ids", expanding=True)))
             .order_by(scenario_runs.c.report_id, scenario_runs.c.scenario))


def check_paging(offset: int, limit: int | None) -> None:
    """Paging every listing accepts (SQL engines overflow on offsets past 2**63: a 500, found by the fuzz)."""
    if not 0 <= offset <= MAX_OFFSET:
        raise InvalidInput(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")
    if limit is not None and not 1 <= limit <= 1000:
        raise InvalidInput(f"limit must be between 1 and 1000, not {limit}")


class ControlPlane:
    def __init__(self, url: str) -> None:
        # A server may drop idle connections (pre-ping finds out before use); a SQLite file cannot, and a ping
        # on every checkout is a fifth of the scheduler's time on 10,000 due jobs.
        self.engine = sa.create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
        sa.event.listen(self.engine, "handle_error", _refused)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            if self.engine.url.database:
                Path(self.engine.url.database).parent.mkdir(parents=True, exist_ok=True)
        self._create_schema()

    def _create_schema(self, attempts: int = 5) -> None:
        """Create the tables if missing. Workers starting together race on it (check, then create): a
        loser sees "already exists" and tries again, when the check finds the tables."""
        for attempt in range(attempts):
            try:
                metadata.create_all(self.engine, tables=list(EAGER))
                return
            except sa.exc.DBAPIError as exc:
                message = str(exc.orig).lower()
                # "database is locked": SQLite does not wait when a reading transaction must become a
                # writing one while another process creates the same tables; it answers busy at once.
                racing = any(m in message for m in ("already exists", "duplicate key", "database is locked"))
                if not racing or attempt == attempts - 1:
                    raise ServiceUnavailable(f"cannot open the control-plane database {self.engine.url!r}: "
                                             f"{str(exc.orig).strip()}") from exc
                time.sleep(0.1 * (attempt + 1))

    def close(self) -> None:
        self.engine.dispose()

    # -- reports -------------------------------------------------------------------------------
    @staticmethod
    def report_row(scan: Scan, scan_key: str | None = None) -> dict[str, Any]:
        return {
            "id": scan.report_id, "organization_id": scan.organization_id, "property_id": scan.property_id,
            "url": scan.url, "scan_type": scan.scan_type, "status": ReportStatus.QUEUED,
            "scan": json.dumps(scan.to_dict()), "created_at": scan.created_at, "updated_at": now_iso(),
            "analysis_claimed": False, "scan_key": scan_key,
        }

    def create_report(self, scan: Scan) -> None:
        """Register a report as ``queued``; a second call for the same id changes nothing."""
        with self.engine.begin() as conn:
            if not conn.execute(sa.select(reports.c.id).where(reports.c.id == scan.report_id)).first():
                conn.execute(reports.insert().values(**self.report_row(scan)))

    def create_reports(self, scans: list[Scan]) -> None:
        """Register new reports (fresh ids) as ``queued``, in one transaction."""
        with self.engine.begin() as conn:
            for start in range(0, len(scans), 1000):
                conn.execute(reports.insert(), [self.report_row(scan) for scan in scans[start:start + 1000]])

    def withdraw_reports(self, report_ids: list[str], conn: Any = None) -> None:
        """Remove reports that were registered but never enqueued (their messages could not be published), in
        ``conn``'s transaction if given."""
        statement = reports.delete().where(reports.c.id.in_(report_ids))
        if conn is not None:
            conn.execute(statement)
            return
        with self.engine.begin() as own:
            own.execute(statement)

    def mark_pending(self, report_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(reports.update()
                         .where(reports.c.id == report_id, reports.c.status == ReportStatus.QUEUED)
                         .values(status=ReportStatus.PENDING, updated_at=now_iso()))

    def finish_report(self, report_id: str, status: str, *, score: int | None = None,
                      trackers_count: int | None = None, vendors_count: int | None = None,
                      summary: dict[str, Any] | None = None) -> None:
        if status not in FINAL_STATUSES:
            raise ValueError(status)
        with self.engine.begin() as conn:
            conn.execute(_FINISH_REPORT, {
                "report_id": report_id, "status": status, "score": score, "trackers_count": trackers_count,
                "vendors_count": vendors_count, "summary": json.dumps(summary) if summary is not None else None,
                "updated_at": now_iso()})

    def list_reports(self, organization_id: str, *, created_gte: str | None = None, created_lte: str | None = None,
                     status: str | None = None, property_id: str | None = None, limit: int = 100,
                     skip: int = 0, descending: bool = True) -> tuple[int, list[dict[str, Any]]]:
        """An organization's reports, newest first unless ``descending`` is False, filtered: ``(total, rows)``."""
        check_paging(skip, limit)
        where = [reports.c.organization_id == organization_id]
        if created_gte:
            where.append(reports.c.created_at >= created_gte)
        if created_lte:
            where.append(reports.c.created_at <= created_lte)
        if status:
            where.append(reports.c.status == status)
        if property_id:
            where.append(reports.c.property_id == property_id)
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(reports).where(*where)).scalar_one()
            order = reports.c.created_at.desc() if descending else reports.c.created_at.asc()
            rows = conn.execute(sa.select(reports).where(*where).order_by(order).offset(skip).limit(limit)).mappings()
            return total, [dict(r) for r in rows]

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(_GET_REPORT, {"id": report_id}).mappings().first()
        return dict(row) if row else None

    def previous_report(self, scan: Scan) -> str | None:
        """The latest earlier report of the same property that produced data (success or partial)."""
        with self.engine.connect() as conn:
            row = conn.execute(_PREVIOUS_REPORT, {
                "organization_id": scan.organization_id, "property_id": scan.property_id,
                "created_at": scan.created_at, "id": scan.report_id}).first()
        return row[0] if row else None

    def statuses(self, report_ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(report_ids), 500):
                chunk = report_ids[start:start + 500]
                found.update(conn.execute(sa.select(reports.c.id, reports.c.status)
                                          .where(reports.c.id.in_(chunk))).all())
        return found

    def count_by_status(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(reports.c.status, sa.func.count()).group_by(reports.c.status)).all()
        return {status: count for status, count in rows}

    def stuck_reports(self, older_than: timedelta) -> list[str]:
        """Reports not final whose last change is older than ``older_than``: for the reaper."""
        cutoff = (datetime.now(UTC) - older_than).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(reports.c.id).where(
                reports.c.status.not_in(FINAL_STATUSES), reports.c.updated_at < cutoff)).all()
        return [r[0] for r in rows]

    # -- the join of scenarios -------------------------------------------------------------------
    def record_scenario(self, report_id: str, outcome: ScenarioOutcome) -> None:
        """Store a scenario's outcome; a redelivered crawl overwrites its own row."""
        scenario = outcome.scenario
        values = {"error_type": outcome.error_type, "error_description": outcome.error_description,
                  "site_loaded": outcome.site_loaded, "finished_at": now_iso()}
        with self.engine.begin() as conn:
            updated = conn.execute(scenario_runs.update().where(
                scenario_runs.c.report_id == report_id, scenario_runs.c.scenario == scenario).values(**values))
            if updated.rowcount == 0:
                conn.execute(scenario_runs.insert().values(report_id=report_id, scenario=scenario, **values))

    def scenario_outcomes(self, report_id: str) -> list[ScenarioOutcome]:
        return self.scenario_outcomes_of([report_id])[report_id]

    def scenario_outcomes_of(self, report_ids: list[str]) -> dict[str, list[ScenarioOutcome]]:
        """The outcomes of several reports in one query (a page of the report list)."""
        found: dict[str, list[ScenarioOutcome]] = {report_id: [] for report_id in report_ids}
        with self.engine.connect() as conn:
            rows = conn.execute(_OUTCOMES, {"ids": list(report_ids)}).mappings()
            for r in rows:
                found[r["report_id"]].append(
                    ScenarioOutcome(r["scenario"], r["error_type"], r["error_description"], r["site_loaded"]))
        return found

    @contextlib.contextmanager
    def claim_analysis(self, report_id: str, scenarios: tuple[str, ...]) -> Iterator[bool]:
        """Yield True to exactly one caller once every scenario is recorded.

        The claim commits only after the caller's block ran, so a crawl that dies between claiming and
        sending the next message leaves the claim open for its redelivery: at least once, never never.
        """
        done = (sa.select(sa.func.count()).select_from(scenario_runs)
                .where(scenario_runs.c.report_id == report_id, scenario_runs.c.scenario.in_(scenarios))
                .scalar_subquery())
        with self.engine.begin() as conn:
            result = conn.execute(reports.update().where(
                reports.c.id == report_id, reports.c.analysis_claimed.is_(False), done == len(scenarios),
            ).values(analysis_claimed=True, updated_at=now_iso()))
            yield result.rowcount == 1


#: What SQLite and PostgreSQL say when their file system refuses a write: no retry fixes it.
_DATABASE_REFUSALS = {"database or disk is full": "disk full", "attempt to write a readonly database": "read-only",
                      "unable to open database file": "cannot open the database file",
                      "disk i/o error": "disk I/O error", "no space left on device": "disk full"}


def _refused(context: Any) -> None:
    """SQLAlchemy's ``handle_error`` hook: a full, read-only or forbidden database becomes ``StorageRefused``
    (once, here, for every statement), so that callers fail at once instead of retrying."""
    original = context.original_exception
    message = str(original).lower()
    cause = next((c for m, c in _DATABASE_REFUSALS.items() if m in message), None)
    if cause is None and getattr(original, "pgcode", None) == "53100":  # PostgreSQL's disk_full
        cause = "disk full"
    if cause is None and isinstance(original, OSError):
        cause = REFUSALS.get(original.errno or 0)
    if cause is not None:
        url = context.engine.url.render_as_string(hide_password=True) if context.engine else "the database"
        raise StorageRefused(f"control-plane database {url}: {cause} ({str(original).strip()})") from original


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # First: switching a new file to WAL takes a lock, and without a busy timeout a process opening the
    # file at the same moment fails at once with "database is locked".
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with synchronous=NORMAL: a crash of the process loses nothing; a power cut may lose the last
    # commits, which redelivered messages redo.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
