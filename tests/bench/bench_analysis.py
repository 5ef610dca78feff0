"""Analysis benchmarks (``make bench``): HAR parse against haralyzer, tracker aggregation, a whole analysis.

Prints figures; asserts nothing about speed.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import resource
import tempfile
import time
from pathlib import Path

from pipeline.model.evidence import Observation, ScenarioEvidence
from pipeline.model.messages import Scan, ScanOptions
from stages.har_parse import parse_har
from stages.trackers import aggregate

HAR_ENTRIES = 60_000
OBSERVATIONS = 100_000


def make_har(path: Path, entries: int) -> None:
    rng = random.Random(1)
    hosts = ["www.shop.example", "cdn.shop.example", "www.google-analytics.com", "www.facebook.com",
             "connect.facebook.net", "bat.bing.com", "static.doubleclick.net"]
    hosts += [f"t{i}.tracker.example" for i in range(40)]
    with open(path, "w") as out:
        page = {"id": "page@1", "startedDateTime": "2026-11-22T10:00:00.000Z", "title": "bench", "pageTimings": {}}
        out.write('{"log": {"version": "1.2", "creator": {"name": "bench"}, "pages": [' + json.dumps(page) +
                  '], "entries": [')
        for i in range(entries):
            host = rng.choice(hosts)
            headers = [{"name": n, "value": v} for n, v in (
                ("content-type", "text/html"), ("cache-control", "max-age=300"), ("server", "bench"),
                ("date", "Sun, 22 Nov 2026 10:00:00 GMT"), ("x-request-id", f"{rng.getrandbits(64):x}"))]
            if i % 5 == 0:
                headers.append({"name": "Set-Cookie", "value": f"id{i % 300}=x; Path=/; Max-Age=86400; Secure"})
            entry = {"pageref": "page@1", "startedDateTime": f"2026-11-22T10:{(i // 1000) % 60:02d}:{i % 60:02d}.000Z",
                     "time": 12.5, "_resourceType": rng.choice(["script", "image", "xhr", "document"]),
                     "request": {"method": "GET", "url": f"https://{host}/p/{i}?q={rng.getrandbits(32)}",
                                 "httpVersion": "HTTP/1.1", "headers": [
                                     {"name": "user-agent", "value": "Mozilla/5.0 bench"},
                                     {"name": "accept", "value": "*/*"},
                                     {"name": "referer", "value": "https://www.shop.example/"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": headers,
                                  "cookies": [], "content": {"size": 1200, "mimeType": "text/html"},
                                  "redirectURL": "", "headersSize": -1, "bodySize": 1200, "_transferSize": 1500},
                     "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2.5}}
            out.write(("," if i else "") + json.dumps(entry))
        out.write("]}}")


def _ours(path: Path) -> int:
    scan = Scan.new("https://www.shop.example/", options=ScanOptions())
    with open(path, "rb") as stream:
        return sum(1 for _ in parse_har(stream, scan, ScenarioEvidence(scan.report_id, "no_user_choice", 0)))


def _haralyzer(path: Path) -> int:
    from haralyzer import HarParser

    with open(path) as handle:
        parser = HarParser(json.load(handle))
    count = 0
    for page in parser.pages:
        for entry in page.entries:
            _ = (entry.request.url, entry.request.method, entry.response.status, entry.response.headers,
                 entry.startTime, entry.time)
            count += 1
    return count


def _timed_in_child(fn, path: Path) -> tuple[int, float, float]:
    """(entries, seconds, peak RSS MiB of a forked child that ran only ``fn``)."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()

    def child() -> None:
        started = time.perf_counter()
        count = fn(path)
        elapsed = time.perf_counter() - started
        queue.put((count, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))

    process = context.Process(target=child)
    process.start()
    result = queue.get()
    process.join()
    return result


def bench_har(tmp: Path) -> None:
    path = tmp / "big.har"
    make_har(path, HAR_ENTRIES)
    size_mb = path.stat().st_size / 2**20
    rows, ours, ours_rss = _timed_in_child(_ours, path)
    theirs_rows, theirs, theirs_rss = _timed_in_child(_haralyzer, path)
    print(f"HAR parse, {HAR_ENTRIES} entries ({size_mb:.0f} MB):")
    print(f"  consentscan: {ours:.2f} s ({rows / ours:,.0f} entries/s), peak RSS {ours_rss:.0f} MiB")
    print(f"  haralyzer:   {theirs:.2f} s ({theirs_rows / theirs:,.0f} entries/s), peak RSS {theirs_rss:.0f} MiB")
    print(f"  speed-up {theirs / ours:.1f}x (target >= 3x)")


def bench_aggregate() -> None:
    rng = random.Random(2)
    scan = Scan.new("https://www.shop.example/", options=ScanOptions())
    scenarios = ("no_user_choice", "consent_to_all", "refuse_to_all")
    names = [f"cookie_{i}" for i in range(1500)] + [f"_ga_{rng.getrandbits(40):X}" for _ in range(300)]
    observed = [(rng.choice(scenarios), Observation(
        type=rng.choice(["cookie", "cookie", "web_storage"]), source=rng.choice(["js_browser", "http_request"]),
        name=rng.choice(names), host=rng.choice(["www.shop.example", "t.tracker.example", "shop.example"]),
        page_url="https://www.shop.example/", time=1000.0 + i, step=rng.choice(scenarios), max_age=86400))
        for i in range(OBSERVATIONS)]
    started = time.perf_counter()
    records = aggregate(scan, observed)
    elapsed = time.perf_counter() - started
    print(f"tracker aggregation: {OBSERVATIONS:,} observations into {len(records):,} records in {elapsed:.2f} s "
          "(target < 1 s)")


def bench_whole_analysis(tmp: Path, reports: int = 20) -> None:
    """The five analysis stages through the StubBroker on one worker thread, local storage, for a typical
    scan (3 scenarios, 150 requests and 40 storage observations each)."""
    import statistics

    from dramatiq import Worker

    from pipeline.control import runtime
    from pipeline.services.boot import setup_broker
    from pipeline.settings import Settings
    from tests.test_pipeline import run_analysis, stub_crawl

    settings = Settings(data_dir=tmp)
    broker = setup_broker(settings, stub=True)
    rt = runtime.init(settings)
    worker = Worker(broker, worker_threads=1)
    worker.start()
    durations = []
    try:
        for index in range(reports):
            scan = Scan.new("https://www.shop.example/", property_id=f"p{index % 3}", options=ScanOptions())
            stub_crawl(rt, scan, [f"cookie_{i}" for i in range(40)], requests=150)
            started = time.perf_counter()
            run_analysis(broker, rt, scan)
            durations.append(time.perf_counter() - started)
    finally:
        worker.stop()
    print(f"whole analysis of a typical scan (har_parse..score, local storage): median "
          f"{statistics.median(durations) * 1000:.0f} ms, max {max(durations) * 1000:.0f} ms over {reports} "
          "reports (target < 1 s)")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_har(Path(tmp))
    bench_aggregate()
    with tempfile.TemporaryDirectory() as tmp:
        bench_whole_analysis(Path(tmp))


if __name__ == "__main__":
    main()
