"""A report's status in the control plane and in ``reports.json``: queued, then pending, then final."""

from __future__ import annotations

from enum import StrEnum


class ReportStatus(StrEnum):
    """A ``str``: compares equal to, and is stored and serialised as, its value."""

    QUEUED = "queued"  # registered, its crawl messages sent
    PENDING = "pending"  # a crawl started
    SUCCESS = "success"  # every scenario ran
    PARTIAL = "partial"  # the site loaded, some scenario failed
    FAILED = "failed"  # the site could not be scanned, or the report was given up


#: The statuses a report ends in.
FINAL = (ReportStatus.SUCCESS, ReportStatus.PARTIAL, ReportStatus.FAILED)
#: Final statuses with results (a score, trackers).
WITH_RESULTS = (ReportStatus.SUCCESS, ReportStatus.PARTIAL)
#: Not final yet.
RUNNING = (ReportStatus.QUEUED, ReportStatus.PENDING)
