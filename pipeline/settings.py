"""One settings object for the whole process, built from ``CONSENTSCAN_*`` environment variables.

Built once at start-up (CLI, worker, scheduler), validated there, and passed down; no other module reads
the environment.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path

from pipeline.errors import InvalidInput

PREFIX = "CONSENTSCAN_"
DEFAULT_BROKER_URL = "amqp://guest:guest@127.0.0.1:5672/"


@dataclasses.dataclass(frozen=True)
class Settings:
    #: Local storage root (reports, datasets) when no S3 endpoint is set; also holds the SQLite store.
    data_dir: Path = Path("consentscan-data")
    #: RabbitMQ URL used by ``worker`` and ``submit``.
    broker_url: str = DEFAULT_BROKER_URL
    #: S3/MinIO endpoint as ``host:port``; empty means local disk under ``data_dir``.
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
    #: sending it a message (see ``pipeline.flow.advance``); off, every stage goes through its queue.
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
    #: Port of the workers' Prometheus endpoint (``/metrics``); 0 turns it off.
    metrics_port: int = 9191
    #: ``json`` (workers) or ``console`` (a terminal).
    log_format: str = "console"
    log_level: str = "INFO"

    @property
    def storage_is_s3(self) -> bool:
        return bool(self.s3_endpoint)

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
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read ``CONSENTSCAN_<FIELD>`` for every field; ``overrides`` (CLI flags) win over the environment."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for field in dataclasses.fields(cls):
            raw = env.get(PREFIX + field.name.upper())
            if raw is not None and raw != "":
                values[field.name] = _convert(field.name, field.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.log_format not in ("json", "console"):
            raise InvalidInput(f"{PREFIX}LOG_FORMAT must be json or console, not {self.log_format!r}")
        if self.s3_endpoint and not (self.s3_access_key and self.s3_secret_key):
            raise InvalidInput(f"{PREFIX}S3_ENDPOINT is set: {PREFIX}S3_ACCESS_KEY and _SECRET_KEY are required")
        from pipeline.netguard import parse_networks

        parse_networks(self.allowed_networks)
        if not 0 <= self.crawl_concurrency <= MAX_CRAWL_CONCURRENCY:
            raise InvalidInput(f"{PREFIX}CRAWL_CONCURRENCY must be between 1 and {MAX_CRAWL_CONCURRENCY} "
                               "(0: from cores and memory)")
        for name in ("page_timeout", "scenario_timeout", "banner_timeout", "s3_timeout"):
            if getattr(self, name) <= 0:
                raise InvalidInput(f"{PREFIX}{name.upper()} must be positive")


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


def _convert(name: str, annotation: object, raw: str) -> object:
    kind = str(annotation)
    try:
        if kind == "bool":
            if raw.lower() not in ("1", "0", "true", "false", "yes", "no"):
                raise ValueError(raw)
            return raw.lower() in ("1", "true", "yes")
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "Path":
            return Path(raw).expanduser()
    except ValueError:
        raise InvalidInput(f"{PREFIX}{name.upper()}={raw!r} is not a valid {kind}") from None
    return raw
