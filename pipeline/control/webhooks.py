"""The webhook subscriptions and their delivery log, in the control-plane database."""

from __future__ import annotations

import dataclasses
import json
import weakref
from typing import Any

import sqlalchemy as sa

from pipeline.control.reports import ControlPlane, check_paging
from pipeline.control.schema import create_tables, webhook_deliveries, webhooks
from pipeline.model.messages import now_iso

EVENTS = ("report.finished", "property.regressed", "property.failing")
FORMATS = ("json", "slack", "teams")


@dataclasses.dataclass(frozen=True)
class Webhook:
    id: str
    organization_id: str
    url: str
    events: tuple[str, ...]
    secret: str
    format: str = "json"
    min_drop: int = 5
    failing_after: int = 3
    created_at: str = ""

    def as_api(self, with_secret: bool = False) -> dict[str, Any]:
        shown = {"id": self.id, "organization_id": self.organization_id, "url": self.url,
                 "events": list(self.events), "format": self.format, "min_drop": self.min_drop,
                 "failing_after": self.failing_after, "created_at": self.created_at}
        return {**shown, "secret": self.secret} if with_secret else shown


def _from_row(row: Any) -> Webhook:
    return Webhook(id=row["id"], organization_id=row["organization_id"], url=row["url"],
                   events=tuple(json.loads(row["events"])), secret=row["secret"], format=row["format"],
                   min_drop=row["min_drop"], failing_after=row["failing_after"], created_at=row["created_at"])


_READY: weakref.WeakSet[Any] = weakref.WeakSet()
#: Asked at the end of every report: built once.
_ANY_FOR = sa.select(webhooks.c.id).where(webhooks.c.organization_id == sa.bindparam("organization")).limit(1)


class Webhooks:
    def __init__(self, controlplane: ControlPlane) -> None:
        self.engine = controlplane.engine
        # A process that opened the control plane before importing this module has no such tables yet.
        if self.engine not in _READY:
            create_tables(self.engine, [webhooks, webhook_deliveries])
            _READY.add(self.engine)

    def any_for(self, organization_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_ANY_FOR, {"organization": organization_id}).first() is not None

    def add(self, hook: Webhook) -> Webhook:
        hook = dataclasses.replace(hook, created_at=hook.created_at or now_iso())
        row = {**dataclasses.asdict(hook), "events": json.dumps(list(hook.events))}
        with self.engine.begin() as conn:
            conn.execute(webhooks.insert().values(**row))
        return hook

    def get(self, organization_id: str, webhook_id: str) -> Webhook | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(webhooks).where(webhooks.c.organization_id == organization_id,
                                                         webhooks.c.id == webhook_id)).mappings().first()
        return _from_row(row) if row else None

    def by_id(self, webhook_id: str) -> Webhook | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(webhooks).where(webhooks.c.id == webhook_id)).mappings().first()
        return _from_row(row) if row else None

    def list(self, organization_id: str) -> list[Webhook]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(webhooks).where(webhooks.c.organization_id == organization_id)
                                .order_by(webhooks.c.created_at, webhooks.c.id)).mappings()
            return [_from_row(r) for r in rows]

    def remove(self, organization_id: str, webhook_id: str) -> bool:
        with self.engine.begin() as conn:
            return conn.execute(webhooks.delete().where(webhooks.c.organization_id == organization_id,
                                                        webhooks.c.id == webhook_id)).rowcount == 1

    def log(self, *, webhook_id: str, event_id: str, event_type: str, report_id: str | None, attempt: int,
            status: str, http_status: int | None = None, error: str | None = None,
            duration_ms: int | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(webhook_deliveries.insert().values(
                webhook_id=webhook_id, event_id=event_id, event_type=event_type, report_id=report_id,
                attempt=attempt, status=status, http_status=http_status, error=(error or None) and error[:1000],
                duration_ms=duration_ms, at=now_iso()))

    def attempts(self, webhook_id: str, event_id: str) -> list[dict[str, Any]]:
        """The log of one event's delivery to one webhook, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(webhook_deliveries).where(
                webhook_deliveries.c.webhook_id == webhook_id, webhook_deliveries.c.event_id == event_id)
                .order_by(webhook_deliveries.c.id)).mappings()
            return [dict(r) for r in rows]

    def deliveries(self, webhook_id: str, *, offset: int = 0, limit: int = 100) -> list[dict[str, Any]]:
        """The delivery log of a webhook, newest first."""
        check_paging(offset, limit)
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(webhook_deliveries).where(webhook_deliveries.c.webhook_id == webhook_id)
                                .order_by(webhook_deliveries.c.id.desc()).offset(offset).limit(limit)).mappings()
            return [dict(r) for r in rows]
