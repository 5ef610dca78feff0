"""A report as one self-contained HTML page (GIFs inlined, no external resource): for people, not machines.

Served by ``GET /reports/{report_id}`` and written by ``consentscan report html ID``.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import pyarrow.parquet as pq

from pipeline.errors import ObjectNotFound
from pipeline.model.report import report_key, scenario_key
from pipeline.storage.objects import Storage, get_json
from pipeline.storage.tables import Partition

STYLE = """
body{font-family:system-ui,sans-serif;margin:24px;color:#1d2433;max-width:1400px}
h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:2px solid #e3e7ee;padding-bottom:4px}
.score{font-size:56px;font-weight:700}.ok{color:#1a7f37}.bad{color:#cf222e}.muted{color:#6b7385}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e3e7ee;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f5f7fa}.scenarios{display:flex;gap:16px;flex-wrap:wrap}
.scenario{flex:1;min-width:300px}.scenario img{width:100%;border:1px solid #e3e7ee}.tag{display:inline-block;
padding:1px 6px;border-radius:8px;background:#eef1f6;margin:1px}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _lifetime(seconds: int) -> str:
    if seconds < 0:
        return "session"
    if seconds >= 86400:
        return f"{seconds // 86400} days"
    return f"{seconds // 3600} h" if seconds >= 3600 else f"{seconds} s"


def _optional(storage: Storage, key: str, default: Any) -> Any:
    try:
        return get_json(storage, key)
    except ObjectNotFound:
        return default


def _choice(cmp: dict[str, Any]) -> str:
    """What the scenario clicked (outlined in red in the GIF) and whether the page confirmed the choice."""
    clicked = cmp.get("clicked_control")
    if not clicked:
        return ""
    label = f"'{clicked['label']}'" if clicked.get("label") else "the CMP's own control"
    verdict = (cmp.get("verification") or {}).get("verdict")
    return (f"<p>clicked <b>{_e(label)}</b> <span class=tag>{_e(clicked.get('role'))}</span> on layer "
            f"{_e(clicked.get('layer'))}" + (f" · verification: <b>{_e(verdict)}</b>" if verdict else "") + "</p>")


def _evidence_rows(storage: Storage, report: dict[str, Any]) -> list[dict[str, Any]]:
    """The report's ``privacy_evidence`` rows (each check's findings), or none when they are gone."""
    key = Partition(report["organization_id"], report["created_at"][:10]).key("privacy_evidence", report["id"])
    try:
        data = storage.get_bytes(key)
    except ObjectNotFound:
        return []
    return pq.read_table(io.BytesIO(data)).to_pylist()


def render(storage: Storage, report_id: str) -> str:
    report = get_json(storage, report_key(report_id, "reports.json"))
    trackers = _optional(storage, report_key(report_id, "report_aggregated_trackers.json"), [])
    vendors = _optional(storage, report_key(report_id, "report_aggregated_vendors.json"), [])
    privacy = _optional(storage, report_key(report_id, "report_privacy.json"), {}).get("privacy", {})
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>consentscan report {_e(report_id)}"
             f"</title><style>{STYLE}</style></head><body>",
             f"<h1>{_e(report.get('url'))}</h1><div class='muted'>report {_e(report['id'])} · property "
             f"{_e(report['property_id'])} · {_e(report['created_at'])} · status <b>{_e(report['status'])}</b></div>",
             f"<div class='score'>{_e(report['score'])}<span class='muted' style='font-size:24px'>/100</span></div>"]
    rows = "".join(f"<tr><td>{_e(b['component'])}</td><td>{_e(-b['penalty'] if b['penalty'] else 0)}</td>"
                   f"<td>{_e(b['detail'])}</td></tr>" for b in report.get("score_breakdown") or [])
    parts.append("<h2>Score breakdown</h2><table><tr><th>component</th><th>penalty</th><th>findings</th></tr>"
                 + rows + "</table>")
    if report["errors"]:
        parts.append("<h2>Errors</h2><table><tr><th>scenario</th><th>type</th><th>description</th></tr>" + "".join(
            f"<tr><td>{_e(e['scenario_id'])}</td><td class='bad'>{_e(e['error_type'])}</td>"
            f"<td>{_e(e['error_description'])}</td></tr>" for e in report["errors"]) + "</table>")
    parts.append("<h2>Scenarios</h2><div class='scenarios'>")
    for scenario in ("no_user_choice", "consent_to_all", "refuse_to_all", "gpc"):
        try:
            gif = storage.get_bytes(scenario_key(report_id, scenario, "proof_of_scan.gif"))
        except ObjectNotFound:
            continue
        cmp = _optional(storage, scenario_key(report_id, scenario, "crawl.json"), {}).get("cmp") or {}
        parts.append(f"<div class='scenario' id='scenario-{_e(scenario)}'><h3>{_e(scenario)}</h3>"
                     f"<img alt='proof of scan of {_e(scenario)}' "
                     f"src='data:image/gif;base64,{base64.b64encode(gif).decode()}'>{_choice(cmp)}</div>")
    parts.append("</div>")
    parts.append("<h2>Privacy checks</h2><table>" + "".join(
        f"<tr><td>{_e(name)}</td><td class='{'muted' if ok is None else 'ok' if ok else 'bad'}'>"
        f"{'does not apply' if ok is None else 'yes' if ok else 'no'}</td></tr>"
        for name, ok in privacy.items()) + "</table>")
    findings = [r for r in _evidence_rows(storage, report) if not r["passed"]]
    if findings:
        parts.append("<h2>Findings</h2><table><tr><th>check</th><th>scenario</th><th>evidence</th></tr>" + "".join(
            f"<tr><td class='bad'>{_e(r['check'])}</td><td>"
            + (f"<a href='#scenario-{_e(r['scenario'])}'>{_e(r['scenario'])}</a>" if r["scenario"] else "")
            + f"</td><td>{_e(r['detail'])}{' · ' + _e(r['page_url']) if r['page_url'] else ''}</td></tr>"
            for r in findings) + "</table>")
    transfers = report.get("reporting_endpoints") or []
    if transfers:
        parts.append("<h2>Reports sent to third parties</h2><table><tr><th>endpoint host</th><th>vendor</th>"
                     "<th>headers</th><th>named by</th></tr>" + "".join(
            f"<tr><td class='bad'>{_e(t['host'])}</td><td>{_e((t.get('vendor') or {}).get('name'))}</td>"
            f"<td>{_e(', '.join(t['headers']))}</td><td>{_e(t['first_seen_on'])}</td></tr>" for t in transfers)
            + "</table>")
    parts.append(f"<h2>Trackers ({len(trackers)})</h2><table><tr><th>name</th><th>type</th><th>host</th>"
                 "<th>vendor</th><th>category</th><th>lifetime</th><th>steps</th><th>source / initiator</th></tr>" +
                 "".join(
        f"<tr><td>{_e(t['name'])}{' <span class=tag>' + _e(t['name_pattern']) + '</span>' if t['name_pattern'] else ''}"
        f"</td><td>{_e(t['type'])}</td><td>{_e(t['host'])}</td><td>{_e((t.get('vendor') or {}).get('name'))}</td>"
        f"<td>{_e(t['category'])}</td><td>{_lifetime(t['max_lifetime_seconds'])}</td>"
        f"<td>{''.join('<span class=tag>' + _e(s) + '</span>' for s in t['cmp']['scenario_step']['id'])}</td>"
        f"<td>{_e(t['source'])} {_e(t['initiator'].get('url'))}</td></tr>" for t in trackers) + "</table>")
    parts.append(f"<h2>Vendors ({len(vendors)})</h2><table><tr><th>vendor</th><th>requests</th><th>hosts</th>"
                 "<th>scenarios</th></tr>" + "".join(
        f"<tr><td>{_e((v['partner'] or {}).get('name') or v['id'])}</td><td>{_e(v['request_count'])}</td>"
        f"<td>{_e(', '.join(h['host'] for h in (v['partner'] or {}).get('matched_hosts') or []) or v['id'])}</td>"
        f"<td>{_e(', '.join(v['cmp']['scenario']['id']))}</td></tr>" for v in vendors) + "</table>")
    changes = report.get("changes") or {}
    if changes.get("previous_report_id"):
        parts.append(f"<h2>Changes since report {_e(changes['previous_report_id'])}</h2><ul>" + "".join(
            f"<li>{kind[:-1]} {change}: {_e(item['name'])}</li>" for kind in ("trackers", "vendors")
            for change in ("new", "removed") for item in changes[kind][change]) + "</ul>")
    else:
        parts.append("<h2>Changes</h2><p class='muted'>No previous report of this property to compare with.</p>")
    parts.append("</body></html>")
    return "".join(parts)
