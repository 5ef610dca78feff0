"""Maintenance, the same from the scheduler's jobs and from ``consentscan reap|compact``: end stuck reports,
merge past days' Parquet files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from pipeline.control.runtime import Runtime
from pipeline.engine.finalize import fail_report
from pipeline.storage.compaction import compact
from pipeline.storage.objects import Storage


def reap(rt: Runtime, older_than_minutes: int) -> list[str]:
    """End as ``failed`` every report without progress for ``older_than_minutes``; returns their ids."""
    ended = []
    for report_id in rt.controlplane.stuck_reports(timedelta(minutes=older_than_minutes)):
        fail_report(rt, report_id, f"no progress for {older_than_minutes} minutes: ended by the reaper")
        ended.append(report_id)
    return ended


def compact_before(storage: Storage, before: str) -> Iterator[tuple[str, int, int]]:
    """Merge the partitions of days before ``before`` (``YYYY-MM-DD``): ``(partition, files, rows)`` each."""
    return compact(storage, before)
