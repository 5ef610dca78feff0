"""One settings object for the whole process, built from ``CONSENTSCAN_*`` environment variables.

Built once at start-up (CLI, worker, scheduler), validated there, and passed down; no other module reads
the environment.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from pipeline import checks
from pipeline.addresses import parse_networks
from pipeline.checks import named
from pipeline.errors import InvalidInput

PREFIX = "CONSENTSCAN_"
DEFAULT_BROKER_URL = "amqp://guest:guest@127.0.0.1:5672/"


@dataclasses.dataclass(frozen=True)
class Settings:
    #: Local storage root (reports, datasets) when no S3 endpoint is set; also holds the SQLite store.
    data_dir: Path = Path("consentscan-data")
    #: RabbitMQ URL used by ``worker`` and ``submit``.
    broker_url: str = DEFAULT_BROKER_URL
    #: S3/MinIO endpoint as ``host:port`` or ``http(s)://host:port`` (the scheme sets ``s3_secure``); empty
    #: means local disk under ``data_dir``.
    s3_endpoint: str = ""
    s3_access_key: str = ""
    s3_secret_key: str = ""
    s3_bucket: str = "consentscan"
    s3_region: str = "us-east-1"
    #: Use HTTPS to talk to the S3 endpoint.
    s3_secure: bool = False
    #: Seconds an S3 request may take (connect and each read) before it is retried.
    s3_timeout: float = 30.0
    #: Control-plane database (SQLAlchemy URL); default: SQLite file inside ``data_dir``.
    database_url: str = ""
    #: Chromium binary; empty means discover (Playwright's own build, then Debian's package).
    chromium: str = ""
    #: Where ``make setup`` puts fetched data (autoconsent rules, cookie database).
    assets_dir: Path = Path.home() / ".cache" / "consentscan"
    #: Lift the private-network guard for every scan (tests, staging networks).
    allow_private_networks: bool = False
    #: Comma-separated CIDRs a scan may reach although they are not public (e.g. a staging subnet); narrower
    #: than ``allow_private_networks``: every other private address stays refused.
    allowed_networks: str = ""
    #: Time budgets, seconds.
    page_timeout: float = 20.0
    scenario_timeout: float = 180.0
    #: How long the crawl waits for a consent banner to appear on the home page (some show 8 s after load).
    banner_timeout: float = 10.0
    #: Retries of a stage message that raised (storage down, browser crash) before it is dead-lettered.
    max_retries: int = 3
    #: A worker that consumes the next analysis stage's queue runs that stage in the same thread instead of
    #: sending it a message (see ``pipeline.engine.flow.advance``); off, every stage goes through its queue.
    fuse_stages: bool = True
    #: Recycle a crawl worker's browser after this many scenarios or above this RSS (MiB).
    browser_recycle_scenarios: int = 60
    browser_recycle_rss_mb: int = 2500
    #: Memory a scenario's browser may use (MiB, the anonymous memory of its whole process tree, and the
    #: renderer's JavaScript heap): a page that goes past it ends its scenario with ``general_error`` "page
    #: exceeded the memory budget", and the browser is replaced.
    browser_memory_mb: int = 1536
    #: Scenarios one crawl process runs at once in its one browser, each in its own browser context (its own
    #: renderer, cookies, HAR and proof); 0 means from the machine: two per core, at most one per 400 MiB of
    #: memory (a context's renderer and its share of the browser), between 1 and 8. The memory budget above
    #: holds per renderer, and for the whole browser times the scenarios running.
    crawl_concurrency: int = 0
    #: Scheduler: seconds over which properties due at the same time are spread, the most scans it
    #: enqueues a second, and how late a missed fire time may still run after a restart.
    schedule_window: int = 3600
    schedule_rate: float = 5.0
    schedule_grace: int = 6 * 3600
    #: Minutes without progress after which the reaper ends a report ``failed``.
    report_deadline: int = 60
    #: Reporting API collector: requests accepted per minute and property.
    collector_rate: int = 60
    #: HTTP API fairness: requests a second each API key may make, and how many it may save up for a burst
    #: (429 with ``Retry-After`` past them).
    api_key_rate: float = 20.0
    api_key_burst: int = 40
    #: Requests with a wrong or missing API key one client address may make a second, and in a burst.
    api_failed_key_rate: float = 0.2
    api_failed_key_burst: int = 20
    #: Webhooks: retries after the first attempt (then the dead letter), the first backoff and its cap
    #: (milliseconds, doubled at each retry), and how long a receiver may take to answer (seconds).
    webhook_max_retries: int = 6
    webhook_min_backoff: int = 10_000
    webhook_max_backoff: int = 3_600_000
    webhook_timeout: float = 10.0
    #: The address people reach ``consentscan api`` at, for the links in webhook events (``https://scan.example``);
    #: empty: the links are paths.
    public_url: str = ""
    #: Signs the dashboard's session cookies; empty: a secret generated once and kept in the control-plane
    #: database (shared by every API replica on that database).
    ui_secret: str = ""
    #: Port of the workers' Prometheus endpoint (``/metrics``); 0 turns it off.
    metrics_port: int = 9191
    #: ``json`` (workers) or ``console`` (a terminal).
    log_format: str = "console"
    log_level: str = "INFO"

    @property
    def storage_is_s3(self) -> bool:
        return bool(self.s3_endpoint)

    @property
    def uses_data_dir(self) -> bool:
        """Local storage or the default SQLite control plane live in ``data_dir``."""
        return not (self.s3_endpoint and self.database_url)

    @property
    def crawl_slots(self) -> int:
        """``crawl_concurrency``, or its default from the cores and memory of this machine."""
        if self.crawl_concurrency:
            return self.crawl_concurrency
        return default_crawl_concurrency(os.cpu_count() or 1, _memory_mib())

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'consentscan.db').resolve()}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, flags: Mapping[str, str] | None = None,
                 **overrides: object) -> Settings:
        """Read ``CONSENTSCAN_<FIELD>`` for every field; ``overrides`` (CLI flags) win over the environment.

        Every field is checked here, once (see ``_check``); an error names the variable, or the flag in
        ``flags`` (field name to flag) an override came from.
        """
        env = os.environ if env is None else env
        names = {field.name: PREFIX + field.name.upper() for field in dataclasses.fields(cls)}
        names.update(flags or {})
        values: dict[str, object] = {}
        for field in dataclasses.fields(cls):
            raw = env.get(PREFIX + field.name.upper())
            if raw is not None and raw != "":
                values[field.name] = named(names[field.name], _check, field.name, str(field.type), raw)
        for name, value in overrides.items():
            if value is not None:
                values[name] = named(names[name], _check, name, str(cls.__dataclass_fields__[name].type), value)
        return _check_together(cls(**values), names, given=set(values))  # type: ignore[arg-type]


#: Numeric fields that must be above 0 (a time budget of 0 s ends every scan at once); ``metrics_port`` is a
#: port or 0 (off); every other number must be finite and at least 0.
POSITIVE = ("s3_timeout", "page_timeout", "scenario_timeout", "banner_timeout", "browser_recycle_scenarios",
            "browser_recycle_rss_mb", "schedule_rate", "report_deadline", "collector_rate", "browser_memory_mb",
            "api_key_rate", "api_key_burst", "api_failed_key_rate", "api_failed_key_burst", "webhook_min_backoff",
            "webhook_max_backoff", "webhook_timeout")
PORTS_OR_OFF = ("metrics_port",)


def _check(name: str, kind: str, value: object) -> object:
    """One field's value, converted from its text if it came from the environment, or ``InvalidInput``."""
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if str(value).strip().lower() not in ("1", "0", "true", "false", "yes", "no"):
            raise InvalidInput(f"must be true or false (1/0, yes/no), got {value!r}")
        return str(value).strip().lower() in ("1", "true", "yes")
    if kind in ("int", "float"):
        if name in PORTS_OR_OFF:
            return checks.port(value, off=True)
        number = checks.number(value, int if kind == "int" else float, 0, strict=name in POSITIVE)
        return int(number) if kind == "int" else float(number)
    if kind == "Path":
        return Path(value).expanduser()  # type: ignore[arg-type]
    text = str(value).strip()
    if name == "broker_url":
        return checks.amqp_url(text)
    if name == "database_url":
        return checks.database_url(text) if text else text
    if name == "log_level":
        if text.upper() not in logging.getLevelNamesMapping():
            raise InvalidInput(f"must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got {value!r}")
        return text.upper()
    if name == "log_format" and text not in ("json", "console"):
        raise InvalidInput(f"must be json or console, got {value!r}")
    if name == "allowed_networks":
        parse_networks(text)
    if name == "chromium" and text and not (os.path.isfile(text) and os.access(text, os.X_OK)):
        raise InvalidInput(f"{text!r} is not an executable file")
    return text


def _check_together(settings: Settings, names: Mapping[str, str], given: set[str]) -> Settings:
    """The checks that need several fields, and the normalized S3 endpoint (its scheme sets ``s3_secure``)."""
    if settings.s3_endpoint:
        endpoint, secure = named(names["s3_endpoint"], checks.s3_endpoint, settings.s3_endpoint)
        if secure is not None and "s3_secure" in given and secure != settings.s3_secure:
            raise InvalidInput(f"{names['s3_endpoint']}: its scheme {'https' if secure else 'http'}:// "
                               f"contradicts {names['s3_secure']}={str(settings.s3_secure).lower()}")
        settings = dataclasses.replace(settings, s3_endpoint=endpoint,
                                       s3_secure=settings.s3_secure if secure is None else secure)
        if not (settings.s3_access_key and settings.s3_secret_key):
            raise InvalidInput(f"{names['s3_endpoint']} is set: {PREFIX}S3_ACCESS_KEY and "
                               f"{PREFIX}S3_SECRET_KEY are required")
    if not 0 <= settings.crawl_concurrency <= MAX_CRAWL_CONCURRENCY:
        raise InvalidInput(f"{names['crawl_concurrency']}: must be between 1 and {MAX_CRAWL_CONCURRENCY} "
                           f"(0: from cores and memory), got {settings.crawl_concurrency}")
    if settings.uses_data_dir:
        named(names["data_dir"], checks.writable_dir, settings.data_dir)
    return settings


MAX_CRAWL_CONCURRENCY = 32


def default_crawl_concurrency(cores: int, memory_mib: int) -> int:
    """Two scenarios per core (a crawl mostly waits on the network), at most one per 400 MiB, from 1 to 8."""
    return max(1, min(8, 2 * cores, memory_mib // 400))


def _memory_mib() -> int:
    """Memory available to this process: the cgroup limit when there is one, else the machine's."""
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text().strip()
        if limit != "max":
            return int(limit) // 2**20
    except (OSError, ValueError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (OSError, ValueError):
        return 4096
