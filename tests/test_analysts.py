"""The queries of docs/analysts.md, run against a generated dataset in the layout consentscan writes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.model.messages import Scan, ScanOptions
from pipeline.storage.datasets import write_rows
from pipeline.storage.objects import LocalStorage

DOC = (Path(__file__).resolve().parents[1] / "docs" / "analysts.md").read_text()
SQL = re.findall(r"```sql\n(.*?)```", DOC, re.S)
PYTHON = re.findall(r"```python\n(.*?)```", DOC, re.S)


def _tracker(scan: Scan, name: str, vendor: str, steps: list[str], category="marketing", lifetime=3600) -> dict:
    return {"report_id": scan.report_id, "property_id": scan.property_id, "id": f"{scan.property_id}-{name}",
            "type": "cookie", "source": "js_browser", "name": name, "host": "www.x.example", "is_http_only": False,
            "is_secure_only": False, "is_persistent": True, "is_third_party": False,
            "initiator": {"type": None, "url": None, "url_host": None, "url_sld": None, "vendor": None},
            "cmp": {"scenario_step": {"id": steps}, "scenario": {"id": steps}}, "page_url": scan.url,
            "page_url_host": "www.x.example", "page_url_sld": "x.example", "name_pattern": None,
            "initial_name": name, "sld": "x.example", "vendor": {"id": vendor.lower(), "name": vendor},
            "max_lifetime_seconds": lifetime, "category": category, "category_source": "global",
            "created_at": scan.created_at}


def _report(scan: Scan, score: int) -> dict:
    return {"id": scan.report_id, "property_id": scan.property_id, "url": scan.url, "scan_type": "manual",
            "status": "success", "score": score, "trackers_count": 1, "vendors_count": 1, "errors": [],
            "created_at": scan.created_at}


@pytest.fixture
def data(tmp_path, monkeypatch):
    storage = LocalStorage(tmp_path / "consentscan-data")
    today = datetime.now(UTC)
    old = today - timedelta(days=40)
    for index, (prop, when, score) in enumerate([("shop", old, 80), ("shop", today, 55), ("blog", old, 60),
                                                  ("blog", today, 70)]):
        scan = Scan(report_id=f"r{index}", property_id=prop, organization_id="acme", url=f"https://{prop}.example/",
                    created_at=when.isoformat(timespec="milliseconds").replace("+00:00", "Z"), options=ScanOptions())
        write_rows(storage, "reports", scan, [_report(scan, score)])
        write_rows(storage, "trackers", scan, [
            _tracker(scan, "_fbp", "Meta", ["no_user_choice"]),
            _tracker(scan, "_ga", "Google Analytics", ["consent_to_all"], "analytics", lifetime=2 * 365 * 86400),
            _tracker(scan, "sid", "Shop", ["no_user_choice"], "strictly_necessary")])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_duckdb_queries_answer_the_questions(data):
    import duckdb

    assert len(SQL) == 2
    # This month's reports only (r1, r3: the others are 40 days old); strictly necessary ones do not count.
    assert duckdb.sql(SQL[0]).fetchall() == [("Meta", 2, 2)]
    dropped = duckdb.sql(SQL[1]).fetchall()
    assert dropped == [("shop", 80, 55)]


def test_pyarrow_and_pandas_snippets_run(data):
    namespace: dict = {}
    for snippet in PYTHON:
        if "S3FileSystem(" in snippet and "endpoint_override=\"minio" in snippet:
            continue
        exec(compile(snippet, "docs/analysts.md", "exec"), namespace)
    assert namespace["too_long"].num_rows == 4 and set(namespace["too_long"]["name"].to_pylist()) == {"_ga"}
    assert namespace["by_status"].to_dict() == {("acme", "success"): 4}
