"""Dashboard sign-in: a signed, HttpOnly, SameSite cookie that names the organization and the API key's hash,
and CSRF tokens for every form.

The signing secret is ``CONSENTSCAN_UI_SECRET`` when set, otherwise one generated once and kept in the
control-plane database, so that every API replica accepts the others' cookies. A session ends when it
expires, on sign-out, or when its API key is no longer in the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import weakref
from typing import Any

import sqlalchemy as sa

from pipeline.control.schema import create_tables, dashboard_secrets

COOKIE = "consentscan_session"
LOGIN_COOKIE = "consentscan_login"
LIFETIME = 12 * 3600

_SECRETS: weakref.WeakKeyDictionary[Any, bytes] = weakref.WeakKeyDictionary()


def signing_secret(engine: sa.Engine, configured: str = "") -> bytes:
    if configured:
        return configured.encode()
    if engine in _SECRETS:
        return _SECRETS[engine]
    create_tables(engine, [dashboard_secrets])
    with engine.begin() as conn:
        value = conn.execute(sa.select(dashboard_secrets.c.value).where(dashboard_secrets.c.name == "session")).scalar()
        if value is None:
            try:
                with conn.begin_nested():
                    value = secrets.token_hex(32)
                    conn.execute(dashboard_secrets.insert().values(name="session", value=value))
            except sa.exc.IntegrityError:  # another replica made it first: use theirs
                value = conn.execute(sa.select(dashboard_secrets.c.value)
                                     .where(dashboard_secrets.c.name == "session")).scalar_one()
    _SECRETS[engine] = value.encode()
    return _SECRETS[engine]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, purpose: str, data: str) -> str:
    return _b64(hmac.new(secret, f"{purpose}:{data}".encode(), hashlib.sha256).digest())


def key_hash(api_key: str) -> str:
    from pipeline.control.apikeys import _hash

    return _hash(api_key)


def issue(secret: bytes, organization_id: str, api_key_hash: str, now: float | None = None) -> str:
    expires = int((now or time.time()) + LIFETIME)
    payload = _b64(f"{organization_id}|{api_key_hash}|{expires}".encode())
    return f"{payload}.{_mac(secret, 'session', payload)}"


def read(secret: bytes, cookie: str | None, now: float | None = None) -> tuple[str, str] | None:
    """``(organization_id, api_key_hash)`` of a valid, unexpired session cookie, else None."""
    if not cookie or len(cookie) > 1000 or "." not in cookie:
        return None
    payload, signature = cookie.rsplit(".", 1)
    if not hmac.compare_digest(signature, _mac(secret, "session", payload)):
        return None
    try:
        organization_id, hashed, expires = _unb64(payload).decode().split("|")
        if int(expires) < (now or time.time()):
            return None
    except ValueError:
        return None
    return organization_id, hashed


def key_is_valid(engine: sa.Engine, organization_id: str, hashed: str) -> bool:
    from pipeline.control.schema import api_keys

    with engine.connect() as conn:
        return conn.execute(sa.select(api_keys.c.organization_id).where(api_keys.c.key_hash == hashed)).scalar() \
            == organization_id


def csrf_token(secret: bytes, session_cookie: str) -> str:
    """Bound to the session: a token from another session (or none) is refused."""
    return _mac(secret, "csrf", session_cookie)


def csrf_ok(secret: bytes, session_cookie: str, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(token, csrf_token(secret, session_cookie))


def new_login_token() -> str:
    """Before sign-in there is no session: the login form's token is also set as a cookie (double submit)."""
    return secrets.token_urlsafe(24)
