"""API keys: one or more per organization, stored as SHA-256 hashes, shown once at creation."""

from __future__ import annotations

import hashlib
import secrets

import sqlalchemy as sa

from pipeline.control.reports import ControlPlane
from pipeline.control.schema import api_keys, ensure_tables
from pipeline.ids import check_organization_id
from pipeline.model.messages import now_iso


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(controlplane: ControlPlane, organization_id: str) -> str:
    """A new key for the organization; only its hash is stored, so this is the one time it is seen."""
    check_organization_id(organization_id)
    key = "cs_" + secrets.token_urlsafe(32)
    ensure_tables(controlplane.engine, [api_keys])
    with controlplane.engine.begin() as conn:
        conn.execute(api_keys.insert().values(key_hash=_hash(key), organization_id=organization_id,
                                              created_at=now_iso()))
    return key


def organization_of(controlplane: ControlPlane, key: str | None) -> str | None:
    if not key or len(key) > 200:
        return None
    ensure_tables(controlplane.engine, [api_keys])
    with controlplane.engine.connect() as conn:
        return conn.execute(sa.select(api_keys.c.organization_id).where(api_keys.c.key_hash == _hash(key))).scalar()
