"""The dashboard's portfolio rows and sessions, without a browser: rows kept when reports end (the real analysis
actors on a StubBroker), the page query's filters, and session cookies that cannot be forged or outlive
their key."""

from __future__ import annotations

import json

import sqlalchemy as sa

from pipeline.api.dashboard import session
from pipeline.control import portfolio
from pipeline.control.apikeys import create_key
from pipeline.control.properties import Properties, property_from_api
from pipeline.control.schema import api_keys
from tests.test_webhooks import finish, monitored  # noqa: F401 - the fixture


def test_a_row_per_property_follows_its_reports(monitored):  # noqa: F811
    broker, rt = monitored
    Properties(rt.controlplane).add([property_from_api({"url": "https://never.example.org/", "id": "never"},
                                                       "acme")])
    first = finish(broker, rt, 20, ["_ga"])
    second = finish(broker, rt, 21, ["_ga", "mystery_tracker"])
    total, rows = portfolio.page(rt.controlplane.engine, "acme", sort="score", order="asc")
    assert total == 2 and [r["id"] for r in rows] == ["shop", "never"]  # never scanned: last
    shop = rows[0]
    assert (shop["last_report_id"], shop["last_status"], shop["last_score"], shop["previous_score"]) == (
        second["id"], "success", second["score"], first["score"])
    assert json.loads(shop["recent_scores"]) == [first["score"], second["score"]] and shop["worse"] is True
    # the stub crawl sees everything before any click: _ga, mystery_tracker, and the HAR's fr cookie and Meta pixel
    assert (shop["before_consent"], shop["after_refusal"]) == (4, 0)

    engine = rt.controlplane.engine
    assert [r["id"] for r in portfolio.page(engine, "acme", worse=True)[1]] == ["shop"]
    assert [r["id"] for r in portfolio.page(engine, "acme", status="never")[1]] == ["never"]
    assert [r["id"] for r in portfolio.page(engine, "acme", text="NEVER.example")[1]] == ["never"]
    assert portfolio.page(engine, "acme", text="100%_")[0] == 0  # LIKE wildcards are searched as text
    assert portfolio.page(engine, "acme", min_score=second["score"] + 1)[0] == 0
    assert portfolio.page(engine, "globex")[0] == 0

    # Recomputed from the reports table: recording again, or rebuilding, gives the same row.
    portfolio.rebuild(rt, "acme")
    assert portfolio.page(engine, "acme", sort="score", order="asc")[1][0] == shop | {
        "updated_at": portfolio.page(engine, "acme", sort="score", order="asc")[1][0]["updated_at"]}


def test_session_cookies_cannot_be_forged_and_end_with_their_key(monitored):  # noqa: F811
    _, rt = monitored
    engine = rt.controlplane.engine
    secret = session.signing_secret(engine)
    assert session.signing_secret(engine) == secret and len(secret) == 64  # made once, kept in the database
    key = create_key(rt.controlplane, "acme")
    cookie = session.issue(secret, "acme", session.key_hash(key))
    assert session.read(secret, cookie) == ("acme", session.key_hash(key))
    payload, signature = cookie.rsplit(".", 1)
    forged = session.issue(secret, "globex", session.key_hash(key)).rsplit(".", 1)[0] + "." + signature
    assert session.read(secret, forged) is None
    assert session.read(b"another secret", cookie) is None
    assert session.read(secret, cookie, now=10**12) is None  # expired
    assert session.csrf_ok(secret, cookie, session.csrf_token(secret, cookie))
    assert not session.csrf_ok(secret, cookie, session.csrf_token(secret, forged)) and not session.csrf_ok(
        secret, cookie, None)
    assert session.key_is_valid(engine, "acme", session.key_hash(key))
    assert not session.key_is_valid(engine, "globex", session.key_hash(key))
    with engine.begin() as conn:
        conn.execute(sa.delete(api_keys))
    assert not session.key_is_valid(engine, "acme", session.key_hash(key))  # revoked: its sessions end
