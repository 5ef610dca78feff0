"""``consentscan status|reap|compact|catalog|api|apikey``: commands for operators of a deployment."""

from __future__ import annotations

import argparse
import json
from typing import Any

from pipeline import checks
from pipeline.checks import argument
from pipeline.engine import flow
from pipeline.errors import InvalidInput
from pipeline.ids import check_organization_id
from pipeline.settings import Settings


def cmd_status(args: argparse.Namespace) -> int:
    """Queue depths (ready, delayed, dead letters), consumers seen, and reports by status."""
    from pipeline.control.reports import ControlPlane
    from pipeline.engine.queues import queue_stats

    settings = Settings.from_env()
    queues = queue_stats(settings.broker_url, flow.QUEUES)
    reports = ControlPlane(settings.database).count_by_status()
    if args.json:
        print(json.dumps({"queues": queues, "reports": reports}, indent=2))
        return 0
    print(f"{'queue':<10} {'ready':>7} {'delayed':>8} {'dead':>6} {'workers':>8}")
    for name, q in queues.items():
        print(f"{name:<10} {q['ready']:>7} {q['delayed']:>8} {q['dead']:>6} {q['consumers']:>8}")
    print("reports: " + (", ".join(f"{k} {v}" for k, v in sorted(reports.items())) or "none"))
    return 0


def cmd_reap(args: argparse.Namespace) -> int:
    """End reports stuck before a final status for longer than ``--older-than`` minutes as failed."""
    from pipeline.control import runtime
    from pipeline.services.maintenance import reap

    for report_id in reap(runtime.init(Settings.from_env()), args.older_than):
        print(report_id)
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    """Merge past days' per-report Parquet files into one file per partition."""
    from datetime import UTC, datetime

    from pipeline.services.maintenance import compact_before
    from pipeline.storage.objects import open_storage

    today = datetime.now(UTC).strftime("%Y-%m-%d")
    before = args.before or today
    if before > today:  # today's reports are still landing: their partitions must stay open
        raise InvalidInput(f"--before: {before} is after today ({today}, UTC)")
    for prefix, files, rows in compact_before(open_storage(Settings.from_env()), before):
        print(f"{prefix}: {files} files -> 1 ({rows} rows)")
    return 0


def cmd_api(args: argparse.Namespace) -> int:
    """Serve the HTTP API (FastAPI on uvicorn); scans it creates go to RabbitMQ like ``submit``."""
    import uvicorn

    from pipeline.api.app import create_app
    from pipeline.services.boot import boot

    boot(Settings.from_env())
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_apikey_create(args: argparse.Namespace) -> int:
    """Print a new API key for the organization (only its hash is stored: copy it now)."""
    from pipeline.control import runtime
    from pipeline.control.apikeys import create_key

    print(create_key(runtime.init(Settings.from_env()).controlplane, args.organization))
    return 0


def cmd_catalog_import_gvl(args: argparse.Namespace) -> int:
    """Extend the vendor catalog from an IAB TCF Global Vendor List file."""
    from pipeline.storage.objects import open_storage, put_json
    from stages.catalog import IMPORTS_PREFIX, import_gvl

    entries = import_gvl(_read_json(args.file))
    put_json(open_storage(Settings.from_env()), IMPORTS_PREFIX + "gvl.json", {"vendors": entries})
    print(f"imported {len(entries)} vendors from the Global Vendor List")
    return 0


def cmd_catalog_override(args: argparse.Namespace) -> int:
    """Set an organization's override file (its own vendors and tracker categories), validated first."""
    from pipeline.storage.objects import open_storage, put_json
    from stages.catalog import overrides_key, parse_overrides

    data = _read_json(args.file)
    overrides = parse_overrides(data)
    put_json(open_storage(Settings.from_env()), overrides_key(args.organization), data)
    print(f"organization {args.organization}: {len(overrides.vendors)} vendors, {len(overrides.rules)} tracker rules")
    return 0


def _read_json(path: str) -> Any:
    text = checks.text_file(path)
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InvalidInput(f"{path!r} is not JSON: {exc}") from None


def add_commands(commands: Any) -> None:
    status = commands.add_parser("status", help="queue depths, workers seen, reports by status")
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=cmd_status)

    reap = commands.add_parser("reap", help="end reports stuck without progress as failed")
    reap.add_argument("--older-than", type=argument(checks.positive), default=60, metavar="MINUTES")
    reap.set_defaults(run=cmd_reap)

    compact = commands.add_parser("compact", help="merge past days' Parquet files, one file per partition")
    compact.add_argument("--before", type=argument(checks.day),
                         help="compact days before this one (YYYY-MM-DD; default today, UTC)")
    compact.set_defaults(run=cmd_compact)

    catalog = commands.add_parser("catalog", help="extend or override the vendor catalog")
    catalog_commands = catalog.add_subparsers(dest="catalog_command", required=True)
    gvl = catalog_commands.add_parser("import-gvl", help="add vendors and TCF purposes from an IAB GVL file")
    gvl.add_argument("file")
    gvl.set_defaults(run=cmd_catalog_import_gvl)
    override = catalog_commands.add_parser("override", help="set an organization's own vendors and categories")
    override.add_argument("file")
    override.add_argument("--organization", required=True, type=argument(check_organization_id))
    override.set_defaults(run=cmd_catalog_override)


    api = commands.add_parser("api", help="serve the HTTP API")
    api.add_argument("--host", default="127.0.0.1", type=argument(checks.host))
    api.add_argument("--port", type=argument(checks.port), default=8000)
    api.set_defaults(run=cmd_api)

    apikey = commands.add_parser("apikey", help="API keys of organizations")
    apikey_commands = apikey.add_subparsers(dest="apikey_command", required=True)
    create = apikey_commands.add_parser("create", help="create a key (printed once)")
    create.add_argument("--organization", required=True, type=argument(check_organization_id))
    create.set_defaults(run=cmd_apikey_create)
