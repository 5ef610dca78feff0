"""The control plane's schema: every table of its database, declared here only (SQLAlchemy Core).

SQLite (a file in the data directory) by default, PostgreSQL by URL. The repositories beside this module
(reports, properties, API keys, webhooks, portfolio, the dashboard's secrets) read and write these tables.
"""

from __future__ import annotations

import time
import weakref

import sqlalchemy as sa

from pipeline.errors import ServiceUnavailable

metadata = sa.MetaData()

reports = sa.Table(
    "reports", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("organization_id", sa.String(128), nullable=False, index=True),
    sa.Column("property_id", sa.String(128), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("scan_type", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("scan", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False, index=True),
    sa.Column("updated_at", sa.String(32), nullable=False),
    #: Set once, by whichever crawl finished the last scenario: it alone starts the analysis.
    sa.Column("analysis_claimed", sa.Boolean, nullable=False, default=False),
    sa.Column("score", sa.Integer),
    sa.Column("trackers_count", sa.Integer),
    sa.Column("vendors_count", sa.Integer),
    #: Counts for the scan history (totals, new, project/global, categories), set when the report ends.
    sa.Column("summary", sa.Text),
    #: ``<property_id>@<fire time>`` for scheduled scans: two schedulers can never enqueue the same one.
    sa.Column("scan_key", sa.String(200), unique=True),
)

scenario_runs = sa.Table(
    "scenario_runs", metadata,
    sa.Column("report_id", sa.String(64), sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("scenario", sa.String(32), primary_key=True),
    sa.Column("error_type", sa.String(32)),
    sa.Column("error_description", sa.Text),
    #: Whether the scenario's first page loaded: decides ``failed`` against ``partial``.
    sa.Column("site_loaded", sa.Boolean, nullable=False),
    sa.Column("finished_at", sa.String(32), nullable=False),
)

def create_tables(engine: sa.Engine, tables: list[sa.Table], attempts: int = 5) -> None:
    """Create tables declared beside this module (dashboard, webhooks) when a process first needs them.
    Workers starting together race on it: a loser sees "already exists" and tries again (as ``ControlPlane``)."""
    for attempt in range(attempts):
        try:
            metadata.create_all(engine, tables=tables)
            return
        except sa.exc.DBAPIError as exc:
            message = str(exc.orig).lower()
            if not any(m in message for m in ("already exists", "duplicate key", "database is locked")) \
                    or attempt == attempts - 1:
                raise ServiceUnavailable(f"cannot create tables in {engine.url!r}: {str(exc.orig).strip()}") from exc
            time.sleep(0.1 * (attempt + 1))

properties = sa.Table(
    "properties", metadata,
    sa.Column("organization_id", sa.String(128), primary_key=True),
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("options", sa.Text, nullable=False),
    sa.Column("schedule", sa.Text, nullable=False),
    sa.Column("scheduled", sa.Boolean, nullable=False, index=True),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

#: Who the unqualified collector path ``POST /reporting/{property_id}`` belongs to: the organization that first
#: created a property with that id, for good. Another organization's property with the same id never takes
#: the path over, not even after the first one is removed (its reports then answer 404); it is reached at
#: ``/reporting/{organization_id}/{property_id}``, which every property has.
collector_paths = sa.Table(
    "collector_paths", metadata,
    sa.Column("property_id", sa.String(128), primary_key=True),
    sa.Column("organization_id", sa.String(128), nullable=False),
)

#: What a scheduled scan did or did not do, for operators (``skipped_running``: the previous scan still ran).
schedule_events = sa.Table(
    "schedule_events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("organization_id", sa.String(128), nullable=False),
    sa.Column("property_id", sa.String(128), nullable=False, index=True),
    sa.Column("fire_time", sa.String(32), nullable=False),
    sa.Column("outcome", sa.String(32), nullable=False),
    sa.Column("report_id", sa.String(64)),
    sa.Column("at", sa.String(32), nullable=False),
)

api_keys = sa.Table(
    "api_keys", metadata,
    sa.Column("key_hash", sa.String(64), primary_key=True),
    sa.Column("organization_id", sa.String(128), nullable=False, index=True),
    sa.Column("created_at", sa.String(32), nullable=False),
)

property_status = sa.Table(
    "property_status", metadata,
    sa.Column("organization_id", sa.String(128), primary_key=True),
    sa.Column("property_id", sa.String(128), primary_key=True),
    #: The latest final report (success, partial or failed) and its status.
    sa.Column("last_report_id", sa.String(64)),
    sa.Column("last_status", sa.String(16)),
    sa.Column("last_scan_at", sa.String(32)),
    #: From the latest report with data (success or partial): a failed scan has no score to show.
    sa.Column("score_report_id", sa.String(64)),
    sa.Column("last_score", sa.Integer),
    sa.Column("previous_score", sa.Integer),
    #: The last scores (oldest first, JSON), for the sparkline.
    sa.Column("recent_scores", sa.Text),
    sa.Column("worse", sa.Boolean, nullable=False, default=False),
    sa.Column("cmp_name", sa.String(300)),
    sa.Column("before_consent", sa.Integer),
    sa.Column("after_refusal", sa.Integer),
    sa.Column("updated_at", sa.String(32), nullable=False),
    sa.Index("ix_property_status_score", "organization_id", "last_score"),
    sa.Index("ix_property_status_scan", "organization_id", "last_scan_at"),
    sa.Index("ix_property_status_status", "organization_id", "last_status"),
)

#: A property's reports by date: the property page and ``record`` read them (created when missing, as the
#: reports table predates it).
REPORTS_BY_PROPERTY = sa.Index("ix_reports_property_created", reports.c.organization_id, reports.c.property_id,
                               reports.c.created_at)

webhooks = sa.Table(
    "webhooks", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("organization_id", sa.String(128), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False),
    #: JSON array of event names.
    sa.Column("events", sa.Text, nullable=False),
    #: Kept in clear: the HMAC needs it (shown once, at creation, like a key).
    sa.Column("secret", sa.String(200), nullable=False),
    sa.Column("format", sa.String(16), nullable=False),
    #: ``property.regressed`` on a score drop of at least this many points.
    sa.Column("min_drop", sa.Integer, nullable=False),
    #: ``property.failing`` when this many scans in a row failed.
    sa.Column("failing_after", sa.Integer, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
)

webhook_deliveries = sa.Table(
    "webhook_deliveries", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("webhook_id", sa.String(64), nullable=False),
    sa.Column("event_id", sa.String(64), nullable=False),
    sa.Column("event_type", sa.String(32), nullable=False),
    sa.Column("report_id", sa.String(64)),
    sa.Column("attempt", sa.Integer, nullable=False),
    #: ``delivered``, ``failed`` (will be retried), ``dead`` (retries exhausted: in the dead-letter queue).
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("error", sa.Text),
    sa.Column("duration_ms", sa.Integer),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Index("ix_webhook_deliveries_webhook_event", "webhook_id", "event_id"),
)

dashboard_secrets = sa.Table(
    "dashboard_secrets", metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("value", sa.String(128), nullable=False),
)

#: What ``ControlPlane`` creates when it opens the database; the other tables are created by their repository on
#: first use (``ensure_tables``), so a process only makes the tables it writes.
EAGER = (reports, scenario_runs, webhooks, webhook_deliveries)
_ENSURED: weakref.WeakKeyDictionary[sa.Engine, set[str]] = weakref.WeakKeyDictionary()


def ensure_tables(engine: sa.Engine, tables: list[sa.Table]) -> None:
    """Create ``tables`` if missing, once per engine in this process."""
    done = _ENSURED.setdefault(engine, set())
    missing = [t for t in tables if t.name not in done]
    if missing:
        create_tables(engine, missing)
        done.update(t.name for t in missing)
