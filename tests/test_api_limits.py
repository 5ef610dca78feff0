"""The API's guards as plain functions: JSON bodies, token buckets, and the crawl's memory watchdog: what it blames,
and how its kills wait for screenshots in flight."""

from __future__ import annotations

import threading
import time

import pytest

from pipeline.api.httpguard import BadRequest, decode_json
from pipeline.api.throttle import TokenBuckets
from stages.crawl.browser import MemoryWatchdog
from stages.crawl.memory import CaptureGate


@pytest.mark.parametrize("body", [b'"\\ud800"', b'{"\\udc00": 1}', b'[["ok", "\\ud83d"]]', b"\xff", b"[1,",
                                  b"NaN", b'{"a": Infinity}', b"[" * 100_000])
def test_bodies_that_are_not_valid_utf8_json_are_bad_requests(body):
    with pytest.raises(BadRequest):
        decode_json(body)


def test_valid_json_passes_surrogate_pairs_included():
    assert decode_json('{"smile": "\\ud83d\\ude00", "é": [1.5, null]}'.encode()) == {"smile": "😀", "é": [1.5, None]}


def test_a_token_bucket_allows_its_burst_then_says_how_long_to_wait():
    buckets = TokenBuckets(rate=10, burst=3)
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = buckets.take("a")
    assert 0 < wait <= 0.1 and buckets.wait("a") > 0
    assert buckets.take("b") == 0.0  # another key has its own
    time.sleep(wait + 0.01)
    assert buckets.take("a") == 0.0


def test_token_buckets_stay_bounded():
    buckets = TokenBuckets(rate=0.001, burst=1, max_keys=100)
    for i in range(1000):
        buckets.take(f"address-{i}")
    assert len(buckets._buckets) <= 100
    assert buckets.take("address-999") > 0  # the latest are kept


def test_the_watchdog_blames_memory_only_on_the_scenario_whose_page_crashed_near_the_budget_or_its_kill():
    watchdog = MemoryWatchdog(None, limit_mb=1000)
    crash = {"error_type": "general_error", "error_description": "browser failure: Target crashed"}
    with watchdog.scope() as quiet:
        pass
    assert not quiet.explains(crash, page_crashed=True) and not quiet.explains(None, page_crashed=False)
    quiet.peak_mb = 800  # its renderer crashed above three quarters of the budget: V8's own limit
    assert quiet.explains(crash, page_crashed=True)
    assert not quiet.explains({"error_type": "website_not_reachable", "error_description": "timeout"}, True)
    with watchdog.scope() as killed:
        watchdog.kills += 1  # the watchdog killed a renderer while this scenario ran
    assert killed.peak_mb == 0 and killed.explains(crash, page_crashed=True) and not killed.explains(None, True)
    # Its browser died under it, its own page did not crash: another context's renderer was the one killed.
    assert not killed.explains(crash, page_crashed=False)
    watchdog.killed_tree = True  # no renderer to blame: the watchdog killed the whole browser
    assert killed.explains(crash, page_crashed=False)


def test_the_capture_gate_lets_a_kill_wait_for_screenshots_in_flight_and_holds_new_ones_back():
    gate = CaptureGate()
    waits: list[float] = []
    events: list[str] = []
    with gate.passage(waits.append):  # a screenshot in flight
        holder = threading.Thread(target=lambda: events.append(f"held {gate.hold(timeout=5)}"))
        holder.start()
        time.sleep(0.1)
        assert events == []  # the kill waits for the screenshot
    holder.join(timeout=5)
    assert events == ["held True"] and waits == []
    # Held: a new screenshot waits at the gate (through the page's own wait) until the kill is done...
    threading.Timer(0.1, gate.release).start()
    with gate.passage(lambda ms: (waits.append(ms), time.sleep(ms / 1000))):
        events.append("shot")
    assert events[-1] == "shot" and len(waits) >= 2 and set(waits) == {20}
    # ...and gives up after its patience; a hold with a screenshot stuck in flight gives up after its timeout.
    assert gate.hold(timeout=0.01)
    with pytest.raises(TimeoutError), gate.passage(lambda ms: time.sleep(ms / 1000), patience=0.1):
        pass
    gate.release()
    with gate.passage(waits.append):
        assert gate.hold(timeout=0.05) is False
    gate.release()
