"""API fairness: a token bucket per API key, and a throttle per client address on requests with a wrong key.

Both answer 429 with ``Retry-After`` before any route runs (an ASGI middleware), so a flood costs the server a
dictionary look-up per request and leaves the threads that run routes to the organizations within their rate.
A valid key is remembered for ``KEY_CACHE_SECONDS`` (one database look-up a minute per key); a wrong key is
looked up each time, which is what the per-address throttle bounds.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Callable

import anyio
import anyio.to_thread

from pipeline.api.httpguard import ASGIApp, Receive, Scope, Send, error_response

KEY_CACHE_SECONDS = 60.0
#: How long a 429 is held before it is sent. A client that ignores ``Retry-After`` and asks again at once
#: (a flood: N connections, each sending as soon as it has an answer) is slowed to N requests per
#: ``HOLD_SECONDS``; a held request costs a sleeping task, while answering at once costs the event loop a
#: full request each time, which is what slowed every other organization down (p95 18x idle without it).
HOLD_SECONDS = 0.5
#: Paths anyone may call without a key: the browsers' Reporting API collector (rate-limited per property in
#: ``pipeline.api.collector``) and the API's own documentation.
PUBLIC_PREFIXES = ("/reporting/", "/openapi.json", "/docs", "/redoc")
MISSING_KEY = "a valid x-api-key header is required"
#: The dashboard: its pages check their own signed session cookie, and its sign-in form takes the key.
SESSION_PREFIX = "/ui/"
LOGIN_PATH = "/ui/login"


class TokenBuckets:
    """``rate`` tokens a second per key, at most ``burst`` saved up. Bounded: when more than ``max_keys``
    buckets exist, the full ones (the same as no bucket) are dropped, and if that is not enough, the ones
    used longest ago."""

    def __init__(self, rate: float, burst: int, max_keys: int = 100_000) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def _level(self, key: str, now: float) -> float:
        tokens, last = self._buckets.get(key, (self.burst, now))
        return min(self.burst, tokens + (now - last) * self.rate)

    def take(self, key: str) -> float:
        """Take a token: 0 when there was one, else the seconds until there will be (nothing is taken)."""
        with self._lock:
            now = time.monotonic()
            tokens = self._level(key, now)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                return (1 - tokens) / self.rate if self.rate > 0 else math.inf
            self._buckets[key] = (tokens - 1, now)
            if len(self._buckets) > self.max_keys:
                self._prune(now)
            return 0.0

    def wait(self, key: str) -> float:
        """Seconds until ``key`` has a token (0: it has one now), without taking it."""
        with self._lock:
            tokens = self._level(key, time.monotonic())
            return 0.0 if tokens >= 1 else ((1 - tokens) / self.rate if self.rate > 0 else math.inf)

    def _prune(self, now: float) -> None:
        kept = {k: v for k, v in self._buckets.items() if self._level(k, now) < self.burst}
        if len(kept) > self.max_keys // 2:  # mostly drained buckets (many addresses): keep the latest half
            kept = dict(sorted(kept.items(), key=lambda item: item[1][1])[-(self.max_keys // 2):])
        self._buckets = kept


async def _too_many(message: str, wait: float, scope: Scope, receive: Receive, send: Send) -> None:
    seconds = max(1, math.ceil(min(wait, 86400)))
    await anyio.sleep(HOLD_SECONDS)
    response = error_response(429, f"{message}; retry after {seconds} s", {"retry-after": str(seconds)})
    await response(scope, receive, send)


class ApiThrottle:
    """ASGI middleware. A request with a key it has not seen valid in the last minute, from an address whose
    failed-key bucket is empty, answers 429 without a look-up; a wrong key answers 403 and takes a token from
    its address; a valid key takes one from its own bucket (429 when empty) and passes its organization on in
    ``scope["state"]["organization"]``."""

    def __init__(self, app: ASGIApp, lookup: Callable[[str], str | None], *, key_rate: float, key_burst: int,
                 failed_key_rate: float, failed_key_burst: int) -> None:
        self.app = app
        self.lookup = lookup
        self.keys = TokenBuckets(key_rate, key_burst)
        self.failures = TokenBuckets(failed_key_rate, failed_key_burst)
        self._known: dict[str, tuple[str, float]] = {}  # key hash -> (organization, valid until)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(PUBLIC_PREFIXES):
            await self.app(scope, receive, send)
            return
        if scope["path"] == SESSION_PREFIX.rstrip("/") or scope["path"].startswith(SESSION_PREFIX):
            # The dashboard signs in with a session cookie; each sign-in attempt is a key tried, so it spends
            # the address's failed-key tokens whatever its outcome (people sign in rarely).
            if scope["path"] == LOGIN_PATH and scope.get("method") == "POST":
                address = (scope.get("client") or ("unknown",))[0]
                wait = self.failures.wait(address)
                if wait > 0:
                    await _too_many("too many sign-in attempts from this address", wait, scope, receive, send)
                    return
                self.failures.take(address)
            await self.app(scope, receive, send)
            return
        key = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k.lower() == b"x-api-key"), "")
        digest = hashlib.sha256(key.encode()).hexdigest()
        organization = self._known_organization(digest)
        if organization is None:
            address = (scope.get("client") or ("unknown",))[0]
            wait = self.failures.wait(address)
            if wait > 0:
                await _too_many("too many requests with a wrong API key from this address", wait,
                                scope, receive, send)
                return
            organization = await anyio.to_thread.run_sync(self.lookup, key) if key else None
            if organization is None:
                self.failures.take(address)
                await error_response(403, MISSING_KEY)(scope, receive, send)
                return
            if len(self._known) > 100_000:
                self._known.clear()
            self._known[digest] = (organization, time.monotonic() + KEY_CACHE_SECONDS)
        wait = self.keys.take(digest)
        if wait > 0:
            await _too_many("too many requests for this API key", wait, scope, receive, send)
            return
        scope.setdefault("state", {})["organization"] = organization
        await self.app(scope, receive, send)

    def _known_organization(self, digest: str) -> str | None:
        known = self._known.get(digest)
        if known is None or known[1] < time.monotonic():
            return None
        return known[0]
