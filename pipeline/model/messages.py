"""The messages stages send each other: small, typed, versioned; bulk data stays in storage.

A message travels as a JSON object ``{"version": N, "kind": ..., ...fields}``. ``decode`` rejects anything
else with ``InvalidMessage`` so that a poison message is dead-lettered instead of retried.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime
from typing import Any

from pipeline.errors import InvalidInput, InvalidMessage
from pipeline.ids import check_organization_id, check_property_id, check_report_id

VERSION = 1

DEFAULT_SCENARIOS = ("no_user_choice", "consent_to_all", "refuse_to_all")
#: ``gpc`` sends Sec-GPC and sets navigator.globalPrivacyControl; opt-in, not in the default set.
SCENARIOS = DEFAULT_SCENARIOS + ("gpc",)
#: The scenarios that need a click on the consent banner, and the step their click starts.
CLICK_SCENARIOS = ("consent_to_all", "refuse_to_all")
SCAN_TYPES = ("manual", "scheduled")


@dataclasses.dataclass(frozen=True)
class ScanOptions:
    pages: int = 5
    scenarios: tuple[str, ...] = DEFAULT_SCENARIOS
    #: Chromium syntax: ``MAP *:443 127.0.0.1:8443, EXCLUDE localhost``.
    host_resolver_rules: str = ""
    ignore_https_errors: bool = False
    allow_private_networks: bool = False
    #: Extra registrable domains that count as first party for this property.
    first_party_domains: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The options as JSON-ready data: the one way they are serialised (messages, reports, properties)."""
        return {"pages": self.pages, "scenarios": list(self.scenarios), "host_resolver_rules": self.host_resolver_rules,
                "ignore_https_errors": self.ignore_https_errors, "allow_private_networks": self.allow_private_networks,
                "first_party_domains": list(self.first_party_domains)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScanOptions:
        """The inverse of ``to_dict``."""
        options = dict(data)
        for key in ("scenarios", "first_party_domains"):
            options[key] = tuple(options.get(key, ()))
        return cls(**options)

    def __post_init__(self) -> None:
        if not 1 <= self.pages <= 100:
            raise InvalidInput(f"pages must be between 1 and 100, not {self.pages}")
        if not self.scenarios:
            raise InvalidInput("at least one scenario is required")
        for scenario in self.scenarios:
            if scenario not in SCENARIOS:
                raise InvalidInput(f"unknown scenario {scenario!r}; choose from {', '.join(SCENARIOS)}")
        if len(set(self.scenarios)) != len(self.scenarios):
            raise InvalidInput("scenarios must not repeat")


@dataclasses.dataclass(frozen=True)
class Scan:
    """One report's scan of one property: what every stage needs to know."""

    report_id: str
    property_id: str
    organization_id: str
    url: str
    created_at: str
    scan_type: str = "manual"
    options: ScanOptions = dataclasses.field(default_factory=ScanOptions)

    def __post_init__(self) -> None:
        # Every way a scan is made (CLI, API, scheduler, a decoded message) passes here: the ids become
        # object keys, and a malformed one must be refused before any crawl.
        check_report_id(self.report_id)
        check_property_id(self.property_id)
        check_organization_id(self.organization_id)

    def to_dict(self) -> dict[str, Any]:
        """``dataclasses.asdict`` without its recursive copies (hot: every message and report row)."""
        return {"report_id": self.report_id, "property_id": self.property_id,
                "organization_id": self.organization_id, "url": self.url, "created_at": self.created_at,
                "scan_type": self.scan_type, "options": self.options.to_dict()}

    @property
    def date(self) -> str:
        """The partition date (UTC) of every row this report writes."""
        return self.created_at[:10]

    @classmethod
    def new(cls, url: str, *, property_id: str | None = None, organization_id: str = "default",
            scan_type: str = "manual", options: ScanOptions | None = None, report_id: str | None = None) -> Scan:
        return cls(
            report_id=report_id or uuid.uuid4().hex,
            property_id=property_id or "default",
            organization_id=organization_id,
            url=url,
            created_at=now_iso(),
            scan_type=scan_type,
            options=options or ScanOptions(),
        )


@dataclasses.dataclass(frozen=True)
class CrawlTask:
    """Crawl one scenario of a scan."""

    scan: Scan
    scenario: str


@dataclasses.dataclass(frozen=True)
class ReportTask:
    """Run one analysis stage over every scenario of a scan."""

    scan: Scan


Message = CrawlTask | ReportTask
_KINDS: dict[str, type[CrawlTask] | type[ReportTask]] = {"crawl": CrawlTask, "report": ReportTask}


def encode(message: Message) -> dict[str, Any]:
    if isinstance(message, CrawlTask):
        return {"version": VERSION, "kind": "crawl", "scan": message.scan.to_dict(), "scenario": message.scenario}
    return {"version": VERSION, "kind": "report", "scan": message.scan.to_dict()}


def decode(data: Any, expected: type[Message]) -> Message:
    """Build a message from its JSON form, or raise ``InvalidMessage``."""
    if not isinstance(data, dict):
        raise InvalidMessage(f"message is a {type(data).__name__}, not an object")
    if data.get("version") != VERSION:
        raise InvalidMessage(f"unknown message version {data.get('version')!r} (this worker reads {VERSION})")
    if _KINDS.get(data.get("kind", "")) is not expected:
        raise InvalidMessage(f"expected a {expected.__name__}, got kind {data.get('kind')!r}")
    try:
        scan = scan_from_dict(data["scan"])
        if expected is CrawlTask:
            if data["scenario"] not in scan.options.scenarios:
                raise InvalidMessage(f"scenario {data['scenario']!r} is not part of this scan")
            return CrawlTask(scan=scan, scenario=data["scenario"])
        return ReportTask(scan=scan)
    except (KeyError, TypeError, ValueError, InvalidInput) as exc:
        raise InvalidMessage(f"malformed {expected.__name__}: {exc}") from exc


def scan_from_dict(data: dict[str, Any]) -> Scan:
    """The inverse of ``dataclasses.asdict(scan)``."""
    scan_data = dict(data)
    options = ScanOptions.from_dict(scan_data.pop("options"))
    return Scan(**scan_data, options=options)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
