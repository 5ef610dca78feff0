"""Compaction of a day's per-report files: rows kept, one file, today untouched, idempotent."""

from __future__ import annotations

import pyarrow.dataset as ds

from pipeline.model.messages import Scan, ScanOptions
from pipeline.storage.compaction import compact
from pipeline.storage.datasets import write_rows
from pipeline.storage.objects import LocalStorage
from tests.test_analysts import _report, _tracker


def test_a_past_day_becomes_one_file_with_every_row(tmp_path):
    storage = LocalStorage(tmp_path)
    for index, day in enumerate(["2026-11-20"] * 5 + ["2026-11-22"] * 2):
        scan = Scan(report_id=f"r{index}", property_id=f"p{index}", organization_id="acme", url="https://x.example/",
                    created_at=f"{day}T10:00:00.000Z", options=ScanOptions())
        write_rows(storage, "trackers", scan, [_tracker(scan, "_ga", "Google", ["no_user_choice"]),
                                               _tracker(scan, "_fbp", "Meta", ["no_user_choice"])])
        write_rows(storage, "reports", scan, [_report(scan, 50)])

    def read(table):
        return ds.dataset(tmp_path / "datasets" / table, partitioning="hive").to_table()

    before = {t: sorted(read(t).to_pylist(), key=str) for t in ("trackers", "reports")}
    done = compact(storage, before="2026-11-22")
    assert sorted((p.split("/")[1], files, rows) for p, files, rows in done) == [("reports", 5, 5), ("trackers", 5, 10)]
    assert {t: sorted(read(t).to_pylist(), key=str) for t in before} == before  # same rows, same schema
    old = list((tmp_path / "datasets/trackers/organization_id=acme/date=2026-11-20").iterdir())
    assert len(old) == 1 and old[0].name.startswith("compacted-")
    assert len(list((tmp_path / "datasets/trackers/organization_id=acme/date=2026-11-22").iterdir())) == 2
    assert compact(storage, before="2026-11-22") == []  # nothing left to do
