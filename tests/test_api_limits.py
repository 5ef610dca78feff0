"""The API's guards as plain functions: JSON bodies, token buckets, and what the crawl's memory watchdog blames."""

from __future__ import annotations

import time

import pytest

from pipeline.api.httpguard import BadRequest, decode_json
from pipeline.api.throttle import TokenBuckets
from stages.crawl.browser import MemoryWatchdog


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


def test_the_watchdog_blames_memory_only_when_it_killed_or_a_crash_came_near_the_budget():
    watchdog = MemoryWatchdog(None, limit_mb=1000)
    crash = {"error_type": "general_error", "error_description": "browser failure: Target crashed"}
    with watchdog.scope() as quiet:
        pass
    assert not quiet.explains(crash) and not quiet.explains(None)
    quiet.peak_mb = 800  # its renderer crashed above three quarters of the budget: V8's own limit
    assert quiet.explains(crash) and not quiet.explains({"error_type": "website_not_reachable",
                                                         "error_description": "timeout"})
    with watchdog.scope() as killed:
        watchdog.kills += 1  # the watchdog killed a renderer while this scenario ran
    assert killed.peak_mb == 0 and killed.explains(crash) and not killed.explains(None)
