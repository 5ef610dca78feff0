"""Properties: the websites an organization scans, their scan options and their schedule.

Stored in the control plane next to the reports. Every write goes through ``Property.validate`` (the URL
guard without DNS: see ``check_target_static``), so the CLI, the importer and the API accept exactly the
same properties.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from pipeline.control.reports import ControlPlane, check_paging
from pipeline.control.schema import collector_paths, ensure_tables, properties, schedule_events
from pipeline.errors import InvalidInput
from pipeline.ids import check_organization_id, check_property_id
from pipeline.model.messages import DEFAULT_SCENARIOS, Scan, ScanOptions, now_iso
from pipeline.model.schedule import Schedule
from pipeline.netguard import Guard, HostRules, check_target_static


@dataclasses.dataclass(frozen=True)
class Property:
    organization_id: str
    id: str
    name: str
    url: str
    options: ScanOptions = dataclasses.field(default_factory=ScanOptions)
    schedule: Schedule = dataclasses.field(default_factory=Schedule)

    def validate(self, guard: Guard) -> Property:
        check_organization_id(self.organization_id)
        check_property_id(self.id)
        check_target_static(self.url, HostRules.parse(self.options.host_resolver_rules), guard)
        return self

    def scan(self, scan_type: str = "manual") -> Scan:
        return Scan.new(self.url, property_id=self.id, organization_id=self.organization_id, scan_type=scan_type,
                        options=self.options)

    def as_api(self) -> dict[str, Any]:
        return {"organization_id": self.organization_id, "id": self.id, "name": self.name, "url": self.url,
                "pages": self.options.pages, "scenarios": list(self.options.scenarios),
                "first_party_domains": list(self.options.first_party_domains),
                "host_resolver_rules": self.options.host_resolver_rules,
                "ignore_https_errors": self.options.ignore_https_errors, **self.schedule.as_api()}


def property_from_api(data: dict[str, Any], organization_id: str, base: Property | None = None) -> Property:
    """A property from the API/CLI/import field names; missing fields keep ``base``'s values."""
    if not isinstance(data, dict):
        raise InvalidInput("a property is an object")
    old = base.options if base else ScanOptions()
    try:
        options = ScanOptions(
            pages=int(data.get("pages", old.pages)),
            scenarios=tuple(_list(data.get("scenarios", old.scenarios))) or DEFAULT_SCENARIOS,
            host_resolver_rules=str(data.get("host_resolver_rules", old.host_resolver_rules) or ""),
            ignore_https_errors=_bool(data.get("ignore_https_errors", old.ignore_https_errors)),
            first_party_domains=tuple(_list(data.get("first_party_domains", old.first_party_domains))))
        schedule = Schedule.from_api(_schedule_fields(data), base.schedule if base else None)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"invalid property: {exc}") from None
    url = str(data.get("url", base.url if base else "")).strip()
    identifier = str(data.get("id") or (base.id if base else uuid.uuid4().hex[:12]))
    return Property(organization_id=organization_id, id=identifier,
                    name=str(data.get("name") or (base.name if base else url)), url=url, options=options,
                    schedule=schedule)


def _schedule_fields(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        if key in ("scheduledScanEnabled",):
            out[key] = _bool(value)
        elif key in ("scheduledHour", "scheduledDayOfWeek", "scheduledDayOfMonth"):
            out[key] = None if value in (None, "") else _int(key, value)
        elif key == "scanPeriod":
            out[key] = value
    return out


def _int(key: str, value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{key} must be an integer, not {value!r}") from None


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
    return [str(v) for v in value or ()]


def _row(prop: Property) -> dict[str, Any]:
    return {"organization_id": prop.organization_id, "id": prop.id, "name": prop.name, "url": prop.url,
            "options": json.dumps(prop.options.to_dict()),
            "schedule": json.dumps(dataclasses.asdict(prop.schedule)), "scheduled": prop.schedule.enabled}


def _from_row(row: Any) -> Property:
    return Property(organization_id=row["organization_id"], id=row["id"], name=row["name"], url=row["url"],
                    options=ScanOptions.from_dict(json.loads(row["options"])),
                    schedule=Schedule(**json.loads(row["schedule"])))


_BY_IDS = sa.select(properties).where(properties.c.id.in_(sa.bindparam("ids", expanding=True)))


class Properties:
    def __init__(self, controlplane: ControlPlane) -> None:
        self.engine = controlplane.engine
        ensure_tables(self.engine, [properties, collector_paths, schedule_events])

    def add(self, props: Iterable[Property]) -> int:
        """Insert new properties in one transaction; raises ``InvalidInput`` if an id exists."""
        rows = [{**_row(p), "created_at": now_iso(), "updated_at": now_iso()} for p in props]
        try:
            with self.engine.begin() as conn:
                for start in range(0, len(rows), 1000):
                    _claim_paths(conn, rows[start:start + 1000])
                    conn.execute(properties.insert(), rows[start:start + 1000])
        except sa.exc.IntegrityError:
            raise InvalidInput("a property with that id already exists in the organization") from None
        return len(rows)

    def update(self, prop: Property) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(properties.update().where(
                properties.c.organization_id == prop.organization_id, properties.c.id == prop.id)
                .values(**_row(prop), updated_at=now_iso()))
        if done.rowcount == 0:
            raise InvalidInput(f"no property {prop.id} in organization {prop.organization_id}")

    def remove(self, organization_id: str, property_id: str) -> bool:
        with self.engine.begin() as conn:
            return conn.execute(properties.delete().where(
                properties.c.organization_id == organization_id, properties.c.id == property_id)).rowcount == 1

    def get(self, organization_id: str, property_id: str) -> Property | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(properties).where(
                properties.c.organization_id == organization_id, properties.c.id == property_id)).mappings().first()
        return _from_row(row) if row else None

    def get_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Property]:
        """Properties by ``(organization_id, id)``, in one query; missing ones are left out."""
        wanted = set(keys)
        with self.engine.connect() as conn:
            rows = conn.execute(_BY_IDS, {"ids": sorted({i for _, i in wanted})}).mappings()
            found = (_from_row(r) for r in rows)
            return {(p.organization_id, p.id): p for p in found if (p.organization_id, p.id) in wanted}

    def collector_owner(self, property_id: str) -> Property | None:
        """The property the unqualified collector path ``/reporting/{property_id}`` belongs to (see
        ``collector_paths``), or None."""
        with self.engine.begin() as conn:
            owner = conn.execute(sa.select(collector_paths.c.organization_id).where(
                collector_paths.c.property_id == property_id)).scalar()
            if owner is None:  # a property created before paths were claimed: its own if its id is unique
                rows = conn.execute(sa.select(properties.c.organization_id).where(
                    properties.c.id == property_id).limit(2)).scalars().all()
                if len(rows) != 1:
                    return None
                owner = rows[0]
                _insert_claims(conn, [{"property_id": property_id, "organization_id": owner}])
        return self.get(owner, property_id)

    def find(self, property_id: str) -> Property | None:
        """A property by id alone (the CLI's ``schedule next`` and ``history`` take just an id)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(properties).where(properties.c.id == property_id)).mappings().all()
        if len(rows) > 1:
            raise InvalidInput(f"property id {property_id} exists in several organizations: give --organization")
        return _from_row(rows[0]) if rows else None

    def list(self, organization_id: str | None = None, *, scheduled_only: bool = False, offset: int = 0,
             limit: int | None = None) -> list[Property]:
        check_paging(offset, limit)
        query = sa.select(properties).order_by(properties.c.organization_id, properties.c.id)
        if organization_id is not None:
            query = query.where(properties.c.organization_id == organization_id)
        if scheduled_only:
            query = query.where(properties.c.scheduled.is_(True))
        query = query.offset(offset).limit(limit) if limit is not None else query.offset(offset)
        with self.engine.connect() as conn:
            return [_from_row(r) for r in conn.execute(query).mappings()]

    def scheduled_since(self) -> list[tuple[Property, datetime]]:
        """The scheduled properties, each with when it was last written (a schedule cannot have fired before)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(properties).where(properties.c.scheduled.is_(True))
                                .order_by(properties.c.organization_id, properties.c.id)).mappings()
            return [(_from_row(r), datetime.fromisoformat(r["updated_at"].replace("Z", "+00:00"))) for r in rows]

    def events(self, property_id: str, organization_id: str | None = None) -> list[dict[str, Any]]:
        query = sa.select(schedule_events).where(schedule_events.c.property_id == property_id)
        if organization_id is not None:
            query = query.where(schedule_events.c.organization_id == organization_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query.order_by(schedule_events.c.id)).mappings()]


def _claim_paths(conn: Any, rows: list[dict[str, Any]]) -> None:
    """Claim the collector path of each new property id not claimed yet. An id that properties created
    before claims existed already hold goes to the one holding it (several: to nobody, as before)."""
    ids = sorted({row["id"] for row in rows})
    claimed = set(conn.execute(sa.select(collector_paths.c.property_id).where(
        collector_paths.c.property_id.in_(ids))).scalars())
    holders: dict[str, set[str]] = {}
    for organization_id, property_id in conn.execute(sa.select(properties.c.organization_id, properties.c.id).where(
            properties.c.id.in_(sorted(set(ids) - claimed)))):
        holders.setdefault(property_id, set()).add(organization_id)
    claims: dict[str, str | None] = {}
    for row in rows:
        if row["id"] in claimed or row["id"] in claims:
            continue
        held = holders.get(row["id"])
        claims[row["id"]] = row["organization_id"] if not held else (next(iter(held)) if len(held) == 1 else None)
    _insert_claims(conn, [{"property_id": i, "organization_id": o} for i, o in claims.items() if o is not None])


def _insert_claims(conn: Any, claims: list[dict[str, str]]) -> None:
    """Insert claims, leaving any that a concurrent writer made first (its claim stands)."""
    if not claims:
        return
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
        conn.execute(insert(collector_paths).on_conflict_do_nothing(), claims)
        return
    for claim in claims:  # other databases: the claims are few (one per new property id)
        with conn.begin_nested():
            try:
                conn.execute(collector_paths.insert().values(**claim))
            except sa.exc.IntegrityError:
                pass
