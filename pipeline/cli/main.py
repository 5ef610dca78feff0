"""``consentscan``: scan in-process, run workers, submit scans, read reports, serve the demo site."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from pipeline import checks
from pipeline.checks import argument
from pipeline.cli.operate import add_commands as add_operate_commands
from pipeline.cli.properties import add_commands as add_property_commands
from pipeline.cli.webhooks import add_commands as add_webhook_commands
from pipeline.engine import flow
from pipeline.errors import ConsentscanError, InvalidInput
from pipeline.ids import check_organization_id, check_property_id, check_report_id
from pipeline.model.messages import DEFAULT_SCENARIOS, Scan, ScanOptions
from pipeline.model.status import FINAL
from pipeline.netguard import HostRules, check_target, scan_guard
from pipeline.settings import PREFIX, Settings


class Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (``consentscan: error: argument --port: ...``), exit 2: the same
    shape as every other input error. ``consentscan CMD --help`` still shows the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"consentscan: error: {_one_line(message)}\n")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _host_rules(text: str) -> str:
    HostRules.parse(text)
    return text


def _scan_arguments(parser: argparse.ArgumentParser, url_required: bool = True) -> None:
    parser.add_argument("url", nargs=None if url_required else "?")
    parser.add_argument("--pages", type=argument(checks.between(1, 100)), default=5,
                        help="pages per scenario, home included (default 5)")
    parser.add_argument("--scenarios", default=",".join(DEFAULT_SCENARIOS),
                        help="comma-separated: no_user_choice,consent_to_all,refuse_to_all[,gpc]")
    parser.add_argument("--property-id", default=None, type=argument(check_property_id))
    parser.add_argument("--organization-id", default="default", type=argument(check_organization_id))
    parser.add_argument("--host-resolver-rules", default="", type=argument(_host_rules),
                        help="Chromium syntax, e.g. 'MAP *:443 127.0.0.1:8443, EXCLUDE localhost'")
    parser.add_argument("--ignore-https-errors", action="store_true", help="accept self-signed certificates")
    parser.add_argument("--allow-private-networks", action="store_true",
                        help="allow targets and requests on loopback or private networks")
    parser.add_argument("--json", action="store_true", help="print the report (reports.json) on stdout")


def _build_scan(args: argparse.Namespace, settings: Settings) -> Scan:
    """Validate the scan options and the target (the private-network guard); raises ``InvalidInput``."""
    options = ScanOptions(
        pages=args.pages, scenarios=tuple(s.strip() for s in args.scenarios.split(",") if s.strip()),
        host_resolver_rules=args.host_resolver_rules, ignore_https_errors=args.ignore_https_errors,
        allow_private_networks=args.allow_private_networks)
    check_target(args.url, HostRules.parse(options.host_resolver_rules), scan_guard(options, settings))
    return Scan.new(args.url.strip(), property_id=args.property_id, organization_id=args.organization_id,
                    options=options)


def cmd_scan(args: argparse.Namespace) -> int:
    from pipeline.engine import logs
    from pipeline.services.scans import run_in_process

    settings = Settings.from_env(flags={"data_dir": "--out"}, data_dir=Path(args.out), s3_endpoint="",
                                 database_url="")
    logs.configure(settings)
    scan = _build_scan(args, settings)
    report, refused = run_in_process(settings, scan)
    _print_report(report, settings, as_json=args.json)
    if refused is not None:  # the report is failed; the command says why, and fails too
        raise refused
    return 0


def _print_report(report: dict[str, Any], settings: Settings, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report, indent=2))
        return
    print(f"report {report['id']}: {report['status']}, score {report['score']}/100, "
          f"{report['trackers_count']} trackers, {report['vendors_count']} vendors")
    for error in report["errors"]:
        print(f"  {error['scenario_id']}: {error['error_type']}: {error['error_description']}")
    if not settings.storage_is_s3:
        print(f"files: {(settings.data_dir / 'reports' / report['id']).resolve()}")
        print(f"datasets: {(settings.data_dir / 'datasets').resolve()}")


def default_threads(queues: list[str], settings: Settings) -> int:
    """Threads per worker process: for the crawl, one per scenario its one browser runs at once. The analysis
    is Python work under one GIL; extra threads pay only where it waits. Stub reports through RabbitMQ on a
    2-core VM (``make bench``, medians of 3 rounds): with stage fusion on local storage, 116/s on disk and
    121/s in memory with 1 thread, 110/s and 115/s with 2 (the threads contend for the GIL); without fusion,
    each report also waits on four confirmed publishes, and 2 threads did better than 1 (35/s against 31/s
    on disk); on S3, every object is a network request: typical reports at 19-20/s with 4 threads against
    14/s with 1."""
    if "crawl" in queues:  # a thread per scenario the process's browser runs at once
        return settings.crawl_slots
    if settings.storage_is_s3:
        return 4
    return 1 if settings.fuse_stages else 2


def cmd_worker(args: argparse.Namespace) -> int:
    """Run the actors on RabbitMQ through Dramatiq's own worker CLI (process management, signals)."""
    queues = [q.strip() for q in args.queues.split(",") if q.strip()] if args.queues else list(flow.QUEUES)
    unknown = [q for q in queues if q not in flow.QUEUES]
    if unknown:
        raise InvalidInput(f"unknown queue(s) {', '.join(unknown)}; queues are {', '.join(flow.QUEUES)}")
    settings = Settings.from_env(**({"fuse_stages": False} if args.no_fuse else {}))
    threads = args.threads or default_threads(queues, settings)
    command = [sys.executable, "-m", "dramatiq", "pipeline.services.worker", "--processes", str(args.processes),
               "--threads", str(threads), "--queues", *queues]
    # Dramatiq's Prometheus exposition server is forked from its main process: the port and the metrics
    # directory shared by all worker processes must be in the environment before Dramatiq starts.
    import tempfile

    env = {**os.environ, "dramatiq_prom_port": str(settings.metrics_port),
           "dramatiq_prom_db": tempfile.mkdtemp(prefix="consentscan-metrics-")}
    if not settings.fuse_stages:  # the worker processes read their settings from the environment
        env[PREFIX + "FUSE_STAGES"] = "false"
    os.execvpe(command[0], command, env)
    return 0  # not reached


def cmd_submit(args: argparse.Namespace) -> int:
    """Enqueue one scan (URL) or a batch (``--from FILE``) on RabbitMQ; with ``--wait``, follow them."""
    from pipeline.engine import logs
    from pipeline.services.boot import boot
    from pipeline.services.scans import stored_report

    settings = Settings.from_env()
    logs.configure(settings)
    if args.url and args.from_file:
        raise InvalidInput("give a URL or --from FILE, not both")
    if args.from_file:
        scans, rejected = _batch(args, settings)
    elif args.url:
        scans, rejected = [_build_scan(args, settings)], []
    else:
        raise InvalidInput("give a URL or --from FILE")
    rt = boot(settings)
    for start in range(0, len(scans), 500):  # a transaction and a publish round trip per 500 scans
        batch = scans[start:start + 500]
        with flow.registered(rt, batch):
            flow.start_many(batch)
    for line, reason in rejected:
        print(f"consentscan: skipped {line!r}: {reason}", file=sys.stderr)
    if args.wait is None:
        for scan in scans:
            print(scan.report_id)
        return 0
    statuses = _wait(rt, [s.report_id for s in scans], args.wait, show_progress=bool(args.from_file))
    if args.from_file:
        for scan in scans:
            print(f"{scan.report_id} {statuses.get(scan.report_id, 'queued')} {scan.url}")
        return 0
    report_id = scans[0].report_id
    if statuses.get(report_id) not in FINAL:
        raise ConsentscanError(f"report {report_id} is still {statuses.get(report_id)} after {args.wait} s")
    _print_report(stored_report(rt.storage, report_id, rt), settings, as_json=args.json)
    return 0


def _batch(args: argparse.Namespace, settings: Settings) -> tuple[list[Scan], list[tuple[str, str]]]:
    """One URL per line, or a CSV with a header naming ``url`` (and ``property_id``, ``organization_id``)."""
    import csv

    text = checks.named("--from", checks.text_file, args.from_file)
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if lines and "url" in [c.strip().lower() for c in lines[0].split(",")]:
        rows = [{k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                for row in csv.DictReader(lines)]
    else:
        rows = [{"url": line.strip()} for line in lines]
    scans, rejected = [], []
    for row in rows:
        try:
            one = argparse.Namespace(**{**vars(args), "url": row.get("url", ""),
                                        "property_id": _id(check_property_id, row.get("property_id"))
                                        or args.property_id,
                                        "organization_id": _id(check_organization_id, row.get("organization_id"))
                                        or args.organization_id})
            scans.append(_build_scan(one, settings))
        except InvalidInput as exc:
            rejected.append((row.get("url", ""), str(exc)))
    if not scans:
        raise InvalidInput(f"no valid URL in {args.from_file}")
    return scans, rejected


def _id(check: Any, value: str | None) -> str | None:
    return check(value) if value else None


def _wait(rt: Any, report_ids: list[str], seconds: float, show_progress: bool) -> dict[str, str]:
    from pipeline.cli.progress import Progress
    from pipeline.services.scans import wait_for

    progress = Progress(len(report_ids)) if show_progress else None
    try:
        return wait_for(rt, report_ids, seconds, progress.update if progress else None)
    finally:
        if progress:
            progress.close()


def cmd_report_show(args: argparse.Namespace) -> int:
    from pipeline.control import runtime
    from pipeline.services.links import flat, output_links
    from pipeline.services.scans import stored_report
    from pipeline.storage.objects import open_storage

    settings = Settings.from_env()
    storage = open_storage(settings)
    report = stored_report(storage, args.report_id, runtime.init(settings, storage))
    if args.links:
        scenarios = sorted({k.split("/")[2] for k in storage.list(f"reports/{report['id']}/")
                            if k.count("/") == 3 and not k.split("/")[2] == "work"})
        links = flat(output_links(storage, report["id"], scenarios))
        print(json.dumps(links, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in links.items()))
        return 0
    _print_report(report, settings, as_json=args.json)
    return 0


def cmd_report_html(args: argparse.Namespace) -> int:
    """Print the report as one self-contained HTML page (``> report.html``)."""
    from pipeline.services.reportpage import render
    from pipeline.services.scans import stored_report
    from pipeline.storage.objects import open_storage

    storage = open_storage(Settings.from_env())
    stored_report(storage, args.report_id)
    sys.stdout.write(render(storage, args.report_id))
    return 0


def cmd_report_csv(args: argparse.Namespace) -> int:
    """Print the report's trackers as CSV (``> trackers.csv``)."""
    from pipeline.errors import ObjectNotFound
    from pipeline.model.report import check_report_id
    from pipeline.services.exports import trackers_csv
    from pipeline.storage.objects import open_storage

    storage = open_storage(Settings.from_env())
    try:
        text = trackers_csv(storage, check_report_id(args.report_id))
    except ObjectNotFound:
        raise InvalidInput(f"no trackers for report {args.report_id}: no such report, or not finished") from None
    sys.stdout.write(text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.demo.server import DEMO_URL, SiteServer

    with SiteServer() as server:
        if not args.scan:
            print(f"demo site on loopback; scan it with:\n  consentscan scan {DEMO_URL} "
                  f"--host-resolver-rules '{server.host_rules}' --ignore-https-errors --allow-private-networks")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                return 0
        scan_args = argparse.Namespace(
            url=DEMO_URL, pages=args.pages, scenarios=",".join(DEFAULT_SCENARIOS), property_id="demo-shop",
            organization_id="demo", host_resolver_rules=server.host_rules, ignore_https_errors=True,
            allow_private_networks=True, json=False, out=args.out)
        return cmd_scan(scan_args)


def parser() -> argparse.ArgumentParser:
    root = Parser(prog="consentscan", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)

    scan = commands.add_parser("scan", help="scan a website in-process and write its report")
    _scan_arguments(scan)
    scan.add_argument("--out", default="consentscan-data", help="output directory (default ./consentscan-data)")
    scan.set_defaults(run=cmd_scan)

    worker = commands.add_parser("worker", help="run stage workers on RabbitMQ")
    worker.add_argument("--queues", default="", help=f"comma-separated, from {','.join(flow.QUEUES)} (default all)")
    worker.add_argument("--processes", type=argument(checks.positive_int), default=1)
    worker.add_argument("--threads", type=argument(checks.positive_int), default=0,
                        help="default 1 with crawl or on local storage (2 with --no-fuse), 4 on S3")
    worker.add_argument("--no-fuse", action="store_true",
                        help="send every analysis stage to its queue, even one this worker consumes (see "
                             "pipeline/engine/flow.py)")
    worker.set_defaults(run=cmd_worker)

    submit = commands.add_parser("submit", help="enqueue scans on RabbitMQ and print their report ids")
    _scan_arguments(submit, url_required=False)
    submit.add_argument("--from", dest="from_file", metavar="FILE",
                        help="a batch: one URL per line, or CSV with url,property_id,organization_id")
    submit.add_argument("--wait", type=argument(checks.positive), metavar="SECONDS",
                        help="wait for the end (progress bar for a batch)")
    submit.set_defaults(run=cmd_submit)

    report = commands.add_parser("report", help="read stored reports")
    report_commands = report.add_subparsers(dest="report_command", required=True)
    show = report_commands.add_parser("show", help="print a stored report")
    show.add_argument("report_id", type=argument(check_report_id))
    show.add_argument("--json", action="store_true")
    show.add_argument("--links", action="store_true", help="links to the report's files (expire in 5 minutes)")
    show.set_defaults(run=cmd_report_show)

    page = report_commands.add_parser("html", help="the report as a self-contained HTML page on stdout")
    page.add_argument("report_id", type=argument(check_report_id))
    page.set_defaults(run=cmd_report_html)

    csv_page = report_commands.add_parser("csv", help="the report's trackers as CSV on stdout")
    csv_page.add_argument("report_id", type=argument(check_report_id))
    csv_page.set_defaults(run=cmd_report_csv)

    add_property_commands(commands)
    add_operate_commands(commands)
    add_webhook_commands(commands)

    demo = commands.add_parser("demo", help="serve the bundled demo website (and, with --scan, scan it)")
    demo.add_argument("--scan", action="store_true", help="scan it in-process and print the summary")
    demo.add_argument("--pages", type=argument(checks.between(1, 100)), default=5)
    demo.add_argument("--out", default="consentscan-data")
    demo.set_defaults(run=cmd_demo)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except InvalidInput as exc:
        print(f"consentscan: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except ConsentscanError as exc:
        print(f"consentscan: error: {_one_line(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
