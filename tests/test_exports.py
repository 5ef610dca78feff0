"""A report's trackers as CSV: the same text from ``consentscan report csv ID`` and from
``GET /reports/compliances/reports/{id}/trackers.csv``, one row per tracker, formulas defused."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import urllib.error
import urllib.request

import pytest
from dramatiq import Worker

from pipeline.control import runtime
from pipeline.model.messages import Scan, ScanOptions
from pipeline.services.boot import setup_broker
from pipeline.services.exports import COLUMNS, trackers_csv
from pipeline.settings import Settings
from tests.conftest import run_cli
from tests.test_pipeline import run_analysis, stub_crawl

HOSTILE = "=HYPERLINK(\"http://evil.example\",\"x\")"


@pytest.fixture
def finished(tmp_path):
    """A finished report of organization acme (stub crawl, real analysis actors), in ``tmp_path``."""
    settings = Settings(data_dir=tmp_path, max_retries=1)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    worker = Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        scan = dataclasses.replace(Scan.new("https://www.shop.example/", property_id="shop", organization_id="acme",
                                            options=ScanOptions()), created_at="2026-11-20T10:00:00.000Z")
        stub_crawl(rt, scan, ["_ga", HOSTILE])
        report = run_analysis(broker, rt, scan)
    finally:
        worker.stop()
    return tmp_path, rt, report


def test_the_csv_has_one_row_per_tracker_and_defuses_formulas(finished):
    _, rt, report = finished
    text = trackers_csv(rt.storage, report["id"])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS and len(rows) == report["trackers_count"]
    by_name = {row["name"]: row for row in rows}
    ga = by_name["_ga"]
    assert (ga["report_id"], ga["organization_id"], ga["type"], ga["category"]) == (report["id"], "acme", "cookie",
                                                                                    "analytics")
    assert ga["scenarios"] == "consent_to_all;no_user_choice;refuse_to_all" and ga["is_persistent"] == "true"
    assert by_name["fr"]["vendor_name"] and by_name["fr"]["is_third_party"] == "true"
    # a spreadsheet must not run a cookie name from the site as a formula
    assert "'" + HOSTILE in by_name and HOSTILE not in by_name


def test_cli_and_api_print_the_same_csv(finished):
    from tests.test_api import _serve

    data, rt, report = finished
    expected = trackers_csv(rt.storage, report["id"])
    env = {"CONSENTSCAN_DATA_DIR": str(data)}
    printed = run_cli("report", "csv", report["id"], env=env, timeout=60)
    # (run_cli reads text with universal newlines: RFC 4180's CRLF arrives as LF)
    assert printed.returncode == 0 and printed.stdout == expected.replace("\r\n", "\n")
    missing = run_cli("report", "csv", "nosuchreport", env=env, timeout=60)
    assert missing.returncode == 2 and "nosuchreport" in missing.stderr

    with _serve(data, {**os.environ, **env}, ("acme", "globex")) as (base, keys):
        def get(path: str, key: str) -> tuple[int, str, str]:
            request = urllib.request.Request(base + path, headers={"x-api-key": key})
            try:
                with urllib.request.urlopen(request) as response:
                    return response.status, response.headers["content-type"], response.read().decode()
            except urllib.error.HTTPError as error:
                return error.code, error.headers["content-type"], error.read().decode()

        path = f"/reports/compliances/reports/{report['id']}/trackers.csv"
        status, media, body = get(path, keys["acme"])
        assert status == 200 and media.startswith("text/csv") and body == expected
        assert get(path + "?organization_id=acme", keys["acme"])[0] == 200
        assert get(path, keys["globex"])[0] == 404  # another organization's report does not exist for it
        assert get(path + "?organization_id=globex", keys["acme"])[0] == 404
        assert get("/reports/compliances/reports/nosuchreport/trackers.csv", keys["acme"])[0] == 404
