"""``consentscan property|schedule|history|scheduler``: properties, their schedules and scan history."""

from __future__ import annotations

import argparse
import csv
import json
import signal
import threading
import time
from datetime import UTC, datetime
from typing import Any

from pipeline import checks
from pipeline.checks import argument
from pipeline.errors import InvalidInput
from pipeline.ids import check_organization_id, check_property_id
from pipeline.settings import Settings


def _context() -> tuple[Settings, Any, Any]:
    from pipeline.control import runtime
    from pipeline.control.properties import Properties
    from pipeline.netguard import guard_for

    settings = Settings.from_env()
    rt = runtime.init(settings)
    guard = guard_for(settings)
    return settings, Properties(rt.controlplane), guard


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    """The property fields given on the command line (Concord's names for the schedule)."""
    fields: dict[str, Any] = {}
    for arg, key in (("url", "url"), ("name", "name"), ("pages", "pages"), ("scenarios", "scenarios"),
                     ("host_resolver_rules", "host_resolver_rules"), ("first_party_domains", "first_party_domains"),
                     ("schedule", "scanPeriod"), ("hour", "scheduledHour"), ("day_of_week", "scheduledDayOfWeek"),
                     ("day_of_month", "scheduledDayOfMonth"), ("id", "id")):
        value = getattr(args, arg, None)
        if value is not None:
            fields[key] = value
    if getattr(args, "ignore_https_errors", False):
        fields["ignore_https_errors"] = True
    if getattr(args, "schedule", None):
        fields["scheduledScanEnabled"] = True
    if getattr(args, "no_schedule", False):
        fields["scheduledScanEnabled"] = False
    return fields


def _print(data: Any, as_json: bool, text: str) -> None:
    print(json.dumps(data, indent=2) if as_json else text)


def cmd_property_add(args: argparse.Namespace) -> int:
    from pipeline.control.properties import property_from_api

    _, props, guard = _context()
    prop = property_from_api(_fields(args), args.organization).validate(guard)
    props.add([prop])
    _print(prop.as_api(), args.json, prop.id)
    return 0


def _get(props: Any, args: argparse.Namespace) -> Any:
    prop = props.get(args.organization, args.property_id) if args.organization else props.find(args.property_id)
    if prop is None:
        raise InvalidInput(f"no property {args.property_id}")
    return prop


def cmd_property_show(args: argparse.Namespace) -> int:
    _, props, _ = _context()
    prop = _get(props, args)
    _print(prop.as_api(), args.json, "\n".join(f"{k}: {v}" for k, v in prop.as_api().items()))
    return 0


def cmd_property_list(args: argparse.Namespace) -> int:
    _, props, _ = _context()
    found = props.list(args.organization, offset=args.offset, limit=args.limit)
    _print([p.as_api() for p in found], args.json, "\n".join(
        f"{p.organization_id}/{p.id}  {p.url}  " + (f"{p.schedule.period} {p.schedule.hour:02d}:00 UTC"
                                                     if p.schedule.enabled else "unscheduled") for p in found))
    return 0


def cmd_property_update(args: argparse.Namespace) -> int:
    from pipeline.control.properties import property_from_api

    _, props, guard = _context()
    current = _get(props, args)
    fields = {k: v for k, v in _fields(args).items() if k != "id"}
    prop = property_from_api(fields, current.organization_id, base=current).validate(guard)
    props.update(prop)
    _print(prop.as_api(), args.json, prop.id)
    return 0


def cmd_property_remove(args: argparse.Namespace) -> int:
    _, props, _ = _context()
    prop = _get(props, args)
    props.remove(prop.organization_id, prop.id)
    print(f"removed {prop.organization_id}/{prop.id}")
    return 0


def read_property_file(path: str) -> list[dict[str, Any]]:
    """A JSON array of property objects, or a CSV whose header names the fields (``url`` at least)."""
    text = checks.text_file(path)
    if text.lstrip().startswith("["):
        try:
            return list(json.loads(text))
        except ValueError as exc:
            raise InvalidInput(f"{path}: not valid JSON: {exc}") from None
    if not text.strip():
        raise InvalidInput(f"{path}: the file is empty")
    rows = [{k.strip(): v.strip() for k, v in row.items() if k and v not in (None, "")}
            for row in csv.DictReader(text.splitlines())]
    if rows and "url" not in rows[0]:
        raise InvalidInput(f"{path}: the CSV header must name a url column")
    return rows


def cmd_property_import(args: argparse.Namespace) -> int:
    """Import thousands of properties at once; every line is validated before any is written."""
    from pipeline.control.properties import property_from_api

    _, props, guard = _context()
    started = time.monotonic()
    found, problems = [], []
    for number, data in enumerate(read_property_file(args.file), start=1):
        try:
            organization = data.get("organization_id") or args.organization
            found.append(property_from_api(data, organization).validate(guard))
        except InvalidInput as exc:
            problems.append(f"entry {number}: {exc}")
    if problems:
        raise InvalidInput(f"{len(problems)} invalid entries, nothing imported; first: {problems[0]}")
    props.add(found)
    print(f"imported {len(found)} properties in {time.monotonic() - started:.1f} s")
    return 0


def cmd_schedule_next(args: argparse.Namespace) -> int:
    from pipeline.model.schedule import next_fire_times

    _, props, _ = _context()
    prop = _get(props, args)
    if not prop.schedule.enabled:
        raise InvalidInput(f"property {prop.id} has no schedule enabled")
    after = datetime.now(UTC)
    times = [t.isoformat().replace("+00:00", "Z") for t in next_fire_times(prop.schedule, after, args.count)]
    _print({"property_id": prop.id, **prop.schedule.as_api(), "next": times}, args.json, "\n".join(times))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from pipeline.control import runtime
    from pipeline.services.history import history_document

    _, props, _ = _context()
    prop = _get(props, args)
    document = history_document(runtime.current().controlplane, prop, offset=args.offset, limit=args.limit,
                                order=args.order)
    entries = [entry for item in document["items"] for entry in item["scanHistory"]]
    _print(document, args.json, "\n".join(
        f"{i['createdAt']}  {i['status']:<8} {i['scanType']:<9} trackers {i['results']['total']:>4} "
        f"(new {i['results']['new']})  domains {i['domainsCount']}  {i['taskArn']}" for i in entries) or "no scans")
    return 0


def cmd_scheduler(args: argparse.Namespace) -> int:
    from pipeline.services import scheduler
    from pipeline.services.boot import boot

    settings = Settings.from_env()
    boot(settings)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    scheduler.run(settings, stop, sync_every=args.sync_every)
    return 0


def _host_rules(text: str) -> str:
    from pipeline.netguard import HostRules

    HostRules.parse(text)
    return text


def _count(text: str) -> int:
    return int(checks.number(text, int, 1, maximum=1000))


ORGANIZATION = argument(check_organization_id)
def _offset(text: str) -> int:
    from pipeline.control.reports import MAX_OFFSET  # SQLAlchemy loads only when an offset is given

    return int(checks.number(text, int, 0, maximum=MAX_OFFSET))


OFFSET = argument(_offset)
LIMIT = argument(checks.between(1, 1000))
PROPERTY = argument(check_property_id)


def add_commands(commands: Any) -> None:
    prop = commands.add_parser("property", help="the websites an organization scans, and their schedules")
    sub = prop.add_subparsers(dest="property_command", required=True)

    def fields(parser: argparse.ArgumentParser, url: bool) -> None:
        if url:
            parser.add_argument("url")
        else:
            parser.add_argument("--url")
        parser.add_argument("--name")
        parser.add_argument("--pages", type=argument(checks.between(1, 100)))
        parser.add_argument("--scenarios")
        parser.add_argument("--first-party-domains")
        parser.add_argument("--host-resolver-rules", type=argument(_host_rules))
        parser.add_argument("--ignore-https-errors", action="store_true")
        parser.add_argument("--schedule", choices=("daily", "weekly", "monthly", "quarterly"))
        parser.add_argument("--no-schedule", action="store_true", help="disable the schedule")
        # The schedule's own checks name these by the API's fields (scheduledHour...), as the CLI always has.
        parser.add_argument("--hour", type=int, help="0-23, UTC")
        parser.add_argument("--day-of-week", type=int, help="0-6, 0 = Sunday")
        parser.add_argument("--day-of-month", type=int, help="1-31; the last day in shorter months")
        parser.add_argument("--json", action="store_true")

    add = sub.add_parser("add", help="register a property")
    fields(add, url=True)
    add.add_argument("--organization", default="default", type=ORGANIZATION)
    add.add_argument("--id", help="default: generated", type=PROPERTY)
    add.set_defaults(run=cmd_property_add)

    update = sub.add_parser("update", help="change a property's fields or schedule")
    update.add_argument("property_id", type=PROPERTY)
    update.add_argument("--organization", type=ORGANIZATION)
    fields(update, url=False)
    update.set_defaults(run=cmd_property_update)

    for name, run, text in (("show", cmd_property_show, "print a property"),
                            ("remove", cmd_property_remove, "delete a property")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("property_id", type=PROPERTY)
        parser.add_argument("--organization", type=ORGANIZATION)
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(run=run)

    listing = sub.add_parser("list", help="list properties")
    listing.add_argument("--organization", type=ORGANIZATION)
    listing.add_argument("--offset", type=OFFSET, default=0)
    listing.add_argument("--limit", type=LIMIT)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_property_list)

    imported = sub.add_parser("import", help="import properties from a CSV or JSON file")
    imported.add_argument("file")
    imported.add_argument("--organization", default="default", type=ORGANIZATION,
                          help="for entries without organization_id")
    imported.set_defaults(run=cmd_property_import)

    schedule = commands.add_parser("schedule", help="a property's scheduled scans")
    schedule_sub = schedule.add_subparsers(dest="schedule_command", required=True)
    upcoming = schedule_sub.add_parser("next", help="the next fire times (ISO 8601, UTC)")
    upcoming.add_argument("property_id", type=PROPERTY)
    upcoming.add_argument("--organization", type=ORGANIZATION)
    upcoming.add_argument("--count", type=argument(_count), default=5)
    upcoming.add_argument("--json", action="store_true")
    upcoming.set_defaults(run=cmd_schedule_next)

    history = commands.add_parser("history", help="a property's scan history (Concord's shape)")
    history.add_argument("property_id", type=PROPERTY)
    history.add_argument("--organization", type=ORGANIZATION)
    history.add_argument("--offset", type=OFFSET, default=0)
    history.add_argument("--limit", type=LIMIT, default=100)
    history.add_argument("--sort", choices=("date",), default="date")
    history.add_argument("--order", choices=("asc", "desc"), default="desc")
    history.add_argument("--json", action="store_true")
    history.set_defaults(run=cmd_history)

    sched = commands.add_parser("scheduler", help="run the scheduler (enqueues scheduled scans)")
    sched.add_argument("--sync-every", type=argument(checks.positive), default=60.0,
                       help="seconds between syncs with the properties")
    sched.set_defaults(run=cmd_scheduler)
