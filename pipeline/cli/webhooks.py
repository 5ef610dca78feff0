"""``consentscan webhook add|list|remove|test|deliveries``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from pipeline.settings import Settings


def _runtime() -> Any:
    from pipeline.control import runtime

    return runtime.init(Settings.from_env())


def cmd_add(args: argparse.Namespace) -> int:
    from pipeline.services.webhooks.service import new_webhook

    events = [e.strip() for e in args.events.split(",") if e.strip()] if args.events else None
    hook = new_webhook(_runtime(), args.organization, args.url, events=events, secret=args.secret, form=args.format,
                       min_drop=args.min_drop, failing_after=args.failing_after)
    if args.json:
        print(json.dumps(hook.as_api(with_secret=True), indent=2))
    else:
        print(f"{hook.id}\nsecret (shown once): {hook.secret}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from pipeline.control.webhooks import Webhooks

    hooks = Webhooks(_runtime().controlplane).list(args.organization)
    if args.json:
        print(json.dumps([h.as_api() for h in hooks], indent=2))
    else:
        print("\n".join(f"{h.id}  {h.format:<5} {','.join(h.events)}  {h.url}" for h in hooks) or "no webhooks")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from pipeline.control.webhooks import Webhooks
    from pipeline.services.webhooks.service import find

    rt = _runtime()
    hook = find(rt, args.webhook_id, args.organization)
    Webhooks(rt.controlplane).remove(hook.organization_id, hook.id)
    print(f"removed {hook.id}")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from pipeline.services.webhooks.service import find, send_test

    rt = _runtime()
    entry = send_test(rt, find(rt, args.webhook_id, args.organization))
    print(json.dumps(entry, indent=2) if args.json else
          f"{entry['status']}" + (f" ({entry.get('http_status')})" if entry.get("http_status") else "")
          + (f": {entry['error']}" if entry.get("error") else ""))
    return 0 if entry["status"] == "delivered" else 1


def cmd_deliveries(args: argparse.Namespace) -> int:
    from pipeline.services.webhooks.service import deliveries, find

    rt = _runtime()
    rows = deliveries(rt, find(rt, args.webhook_id, args.organization), offset=args.offset, limit=args.limit)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print("\n".join(f"{r['at']}  {r['event_type']:<18} {r['status']:<9} attempt {r['attempt']}  "
                        f"{r['http_status'] or '-'}  {r['event_id']}" + (f"  {r['error']}" if r["error"] else "")
                        for r in rows) or "no deliveries")
    return 0


def add_commands(commands: Any) -> None:
    from pipeline.control.webhooks import EVENTS, FORMATS
    from pipeline.services.webhooks.service import DEFAULT_EVENTS

    webhook = commands.add_parser("webhook", help="alerts: signed HTTP POSTs when a property gets worse")
    sub = webhook.add_subparsers(dest="webhook_command", required=True)
    add = sub.add_parser("add", help="register a webhook (prints its id and its secret, once)")
    add.add_argument("url")
    add.add_argument("--organization", required=True)
    add.add_argument("--events", help=f"comma-separated from {','.join(EVENTS)} (default {','.join(DEFAULT_EVENTS)})")
    add.add_argument("--secret", help="for the HMAC signature (default: generated)")
    add.add_argument("--format", choices=FORMATS, default="json", help="json, or Slack's or Teams' incoming webhooks")
    add.add_argument("--min-drop", type=int, default=5, help="property.regressed on a score drop of N points")
    add.add_argument("--failing-after", type=int, default=3, help="property.failing after N failed scans in a row")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=cmd_add)

    listing = sub.add_parser("list", help="an organization's webhooks")
    listing.add_argument("--organization", required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_list)

    for name, run, text in (("remove", cmd_remove, "delete a webhook"),
                            ("test", cmd_test, "send a webhook.test event now"),
                            ("deliveries", cmd_deliveries, "the delivery log, newest first")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("webhook_id")
        parser.add_argument("--organization")
        parser.add_argument("--json", action="store_true")
        if name == "deliveries":
            parser.add_argument("--offset", type=int, default=0)
            parser.add_argument("--limit", type=int, default=100)
        parser.set_defaults(run=run)
