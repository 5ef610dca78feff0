"""A full disk, a read-only file system or a refused permission: the report ends ``failed`` within seconds with
a ``general_error`` naming the cause, the command exits non-zero, and nothing retries in a loop.

Real small file systems (tmpfs mounts: the tests run as root, as in CI's container) and a failure injected
at the storage boundary."""

from __future__ import annotations

import errno
import os
import subprocess
import time
from pathlib import Path

import pytest
from dramatiq import Worker

from pipeline.control import runtime
from pipeline.control.reports import ControlPlane
from pipeline.engine import flow
from pipeline.errors import StorageRefused
from pipeline.model.messages import Scan
from pipeline.model.report import report_key
from pipeline.services.boot import setup_broker
from pipeline.settings import Settings
from pipeline.storage.objects import LocalStorage, get_json
from tests.conftest import run_cli
from tests.test_pipeline import new_scan, stub_crawl


def _mount(path: Path, options: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode:
        pytest.fail(f"cannot mount a tmpfs (the storage tests need root): {done.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB file system."""
    disk = tmp_path / "disk"
    _mount(disk, "size=1m")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


@pytest.fixture
def read_only_disk(tmp_path):
    disk = tmp_path / "ro"
    _mount(disk, "size=1m,ro")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


def _fill(disk: Path, leave: int = 0) -> None:
    """Fill the file system, leaving about ``leave`` bytes."""
    free = subprocess.run(["df", "-B1", "--output=avail", str(disk)], capture_output=True, text=True,
                          check=True).stdout.split()[-1]
    (disk / "filler").write_bytes(b"\0" * max(0, int(free) - leave))


def test_a_write_to_a_full_disk_is_refused_naming_the_cause_and_leaves_no_partial_file(small_disk):
    storage = LocalStorage(small_disk / "data")
    with pytest.raises(StorageRefused, match=r"cannot write reports/r1/big under .*: disk full"):
        storage.put_bytes("reports/r1/big", b"x" * (2 << 20))
    assert [p.name for p in (small_disk / "data" / "reports" / "r1").iterdir()] == []  # no .tmp- left


def test_a_write_to_a_read_only_file_system_is_refused(read_only_disk):
    with pytest.raises(StorageRefused, match="read-only file system"):
        LocalStorage(read_only_disk).put_bytes("reports/r1/reports.json", b"{}")


def test_the_control_plane_on_a_full_disk_refuses_at_once_instead_of_retrying(small_disk):
    controlplane = ControlPlane(f"sqlite:///{small_disk}/consentscan.db")
    _fill(small_disk)
    scans = [Scan.new(f"https://www.shop{i}.example/") for i in range(2000)]
    started = time.monotonic()
    with pytest.raises(StorageRefused, match=r"control-plane database .*: disk full \(database or disk is full\)"):
        controlplane.create_reports(scans)
    assert time.monotonic() - started < 5
    controlplane.close()


@pytest.mark.parametrize(("code", "cause"), [
    (errno.ENOSPC, "disk full (No space left on device)"), (errno.EROFS, "read-only file system"),
    (errno.EACCES, "permission denied (Permission denied)"), (errno.EDQUOT, "disk quota exceeded")])
def test_a_stage_whose_storage_refuses_ends_the_report_failed_at_once_without_retries(tmp_path, monkeypatch, code,
                                                                                      cause):
    settings = Settings(data_dir=tmp_path, max_retries=3)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    scan = new_scan()
    stub_crawl(rt, scan, ["_ga"])
    attempts = []
    original = LocalStorage._write

    def full_for_datasets(self, path, data):
        if "/datasets/" in path:  # the HAR parse's first table: the disk filled up after the crawl
            attempts.append(path)
            raise OSError(code, os.strerror(code))
        return original(self, path, data)

    monkeypatch.setattr(LocalStorage, "_write", full_for_datasets)
    worker = Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        started = time.monotonic()
        flow.advance("crawl", scan)
        while rt.controlplane.get_report(scan.report_id)["status"] != "failed":
            assert time.monotonic() - started < 10, "the report did not end failed within 10 s"
            for queue in flow.FLOW:
                broker.join(queue, timeout=1_000, fail_fast=False)
    finally:
        worker.stop()
    row = rt.controlplane.get_report(scan.report_id)
    assert row["status"] == "failed"
    outcomes = rt.controlplane.scenario_outcomes(scan.report_id)
    assert {o.error_type for o in outcomes} == {"general_error"}
    assert all(cause in o.error_description for o in outcomes)
    # One attempt at the stage's first write, plus the failed report's own dataset row: no retry.
    assert len([a for a in attempts if "/requests/" in a]) == 1
    report = get_json(rt.storage, report_key(scan.report_id, "reports.json"))
    assert report["status"] == "failed" and cause in report["errors"][0]["error_description"]


# 64 KiB: the control plane's database is refused first (as soon as the report is recorded, or later, by the
# size its tables have); 200 KiB: the scenario's files (HAR and GIF, about 110 KB for the demo's home page) are.
@pytest.mark.parametrize("leave", [64, 200])
def test_scan_out_on_a_full_disk_ends_failed_within_seconds_and_exits_non_zero(small_disk, demo_site, leave):
    ControlPlane(f"sqlite:///{small_disk}/data/consentscan.db").close()
    _fill(small_disk, leave=leave << 10)
    started = time.monotonic()
    result = run_cli("scan", "http://www.demo-shop.test/", "--pages", "2", "--scenarios", "no_user_choice",
                     "--host-resolver-rules", demo_site.host_rules, "--ignore-https-errors",
                     "--allow-private-networks", "--out", str(small_disk / "data"), timeout=120)
    took = time.monotonic() - started
    assert result.returncode == 1, result.stderr[-2000:]
    if leave == 64 and not result.stdout:
        pass  # refused before the report could be recorded at all: there is no report to print, only the line
    else:
        assert "failed" in result.stdout and "general_error" in result.stdout and "disk full" in result.stdout
    # The files or the control plane's database, whichever the full disk refused first, named in one line.
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("consentscan: error: ") and "disk full" in last, last
    assert "Traceback" not in result.stderr
    assert took < 60, f"took {took:.0f} s"
    print(result.stdout, last, f"{took:.1f} s")
