"""The dashboard's HTML, rendered on the server (escaped with ``html.escape``; no template engine needed)."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from pipeline.control.portfolio import STATUSES
from pipeline.model.status import WITH_RESULTS

STYLE = """
*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0;color:#1d2433;background:#f6f8fb}
header{background:#1d2433;color:#fff;padding:10px 24px;display:flex;gap:20px;align-items:center}
header a{color:#fff;text-decoration:none;font-weight:600}header form{margin-left:auto}
main{padding:16px 24px;max-width:1500px}h1{margin:8px 0}a{color:#0b5cd5}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border-bottom:1px solid #e3e7ee;padding:5px 8px;text-align:left;vertical-align:middle;white-space:nowrap}
th{background:#eef1f6}th a{color:#1d2433}.num{text-align:right}.muted{color:#6b7385}
.score{font-weight:700}.good{color:#1a7f37}.mid{color:#9a6700}.bad{color:#cf222e}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#eef1f6}
.badge.success{background:#dafbe1}.badge.partial{background:#fff8c5}.badge.failed{background:#ffebe9}
.filters{display:flex;gap:10px;align-items:end;flex-wrap:wrap;margin:8px 0 12px}
.filters label{display:flex;flex-direction:column;font-size:12px;gap:2px}
.pager{margin:10px 0;display:flex;gap:12px;align-items:center}.card{background:#fff;padding:12px 16px;
margin:12px 0;border:1px solid #e3e7ee;border-radius:6px}.row{display:flex;gap:16px;flex-wrap:wrap}
.gifs img{max-width:420px;border:1px solid #e3e7ee}.flash{background:#ddf4ff;padding:8px 12px;border-radius:6px}
.error{background:#ffebe9;padding:8px 12px;border-radius:6px}.worse{color:#cf222e;font-weight:700}
"""


#: No favicon request (the API has none to serve).
NO_ICON = "<link rel='icon' href='data:,'>"


def e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def layout(title: str, body: str, *, csrf: str | None = None, head: str = "") -> str:
    signout = (f"<form method='post' action='/ui/logout'><input type='hidden' name='csrf' value='{e(csrf)}'>"
               "<button type='submit'>Sign out</button></form>") if csrf else ""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(title)} · consentscan</title>"
            f"<meta name='viewport' content='width=device-width'>{NO_ICON}<style>{STYLE}</style>{head}</head><body>"
            f"<header><a href='/ui/'>consentscan</a>{signout}</header><main>{body}</main></body></html>")


def login_page(token: str, error: str = "", next_url: str = "/ui/") -> str:
    message = f"<p class='error'>{e(error)}</p>" if error else ""
    return layout("Sign in", f"<h1>Sign in</h1>{message}<form method='post' action='/ui/login' class='card'>"
                  f"<input type='hidden' name='csrf' value='{e(token)}'><input type='hidden' name='next' "
                  f"value='{e(next_url)}'><label>API key <input type='password' name='api_key' size='50' "
                  "autocomplete='off' required></label> <button type='submit'>Sign in</button></form>"
                  "<p class='muted'>An organization's key, from <code>consentscan apikey create</code>.</p>")


def score_class(score: int | None) -> str:
    if score is None:
        return "muted"
    return "good" if score >= 80 else "mid" if score >= 50 else "bad"


def sparkline(scores: Sequence[int], width: int = 120, height: int = 26) -> str:
    """An inline SVG of the last scores (0-100), one point per report."""
    if not scores:
        return "<span class='muted'>-</span>"
    step = width / max(1, len(scores) - 1)
    points = [(round(i * step if len(scores) > 1 else width / 2, 1), round(height - 2 - s * (height - 4) / 100, 1))
              for i, s in enumerate(scores)]
    line = " ".join(f"{x},{y}" for x, y in points)
    last_x, last_y = points[-1]
    return (f"<svg class='spark' width='{width}' height='{height}' data-points='{len(scores)}' role='img' "
            f"aria-label='last {len(scores)} scores'><polyline fill='none' stroke='#0b5cd5' stroke-width='1.5' "
            f"points='{line}'/><circle cx='{last_x}' cy='{last_y}' r='2.5' fill='#0b5cd5'/></svg>")


def when(iso: str | None) -> str:
    return e(iso[:16].replace("T", " ")) if iso else "<span class='muted'>never</span>"


def portfolio_page(rows: list[dict[str, Any]], total: int, query: dict[str, Any], csrf: str,
                   next_scans: dict[str, datetime | None]) -> str:
    def link(**changes: Any) -> str:
        merged = {k: v for k, v in {**query, **changes}.items() if v not in (None, "", False)}
        return "/ui/?" + urlencode(merged)

    def header(label: str, key: str) -> str:
        order = "desc" if query["sort"] == key and query["order"] == "asc" else "asc"
        arrow = {"asc": " ▲", "desc": " ▼"}[query["order"]] if query["sort"] == key else ""
        return f"<th><a href='{e(link(sort=key, order=order, page=1))}' data-sort='{key}'>{e(label)}{arrow}</a></th>"

    statuses = "".join(f"<option value='{s}'{' selected' if query['status'] == s else ''}>{s}</option>"
                       for s in ("", *STATUSES))
    filters = (f"<form method='get' action='/ui/' class='filters'><label>Search<input name='q' value='{e(query['q'])}' "
               "placeholder='name, id or URL'></label>"
               f"<label>Score from<input name='min' type='number' min='0' max='100' value='{e(query['min'])}' "
               f"size='4'></label><label>to<input name='max' type='number' min='0' max='100' "
               f"value='{e(query['max'])}' size='4'></label><label>Last scan<select name='status'>{statuses}"
               f"</select></label><label><span>Got worse</span><input type='checkbox' name='worse' value='1'"
               f"{' checked' if query['worse'] else ''}></label><input type='hidden' name='sort' "
               f"value='{e(query['sort'])}'><input type='hidden' name='order' value='{e(query['order'])}'>"
               "<button type='submit'>Filter</button> <a href='/ui/'>reset</a></form>")
    body_rows = []
    for row in rows:
        scores = json.loads(row["recent_scores"] or "[]")
        worse = "<span class='worse' title='lower than the scan before'>▼</span>" if row["worse"] else ""
        nxt = next_scans.get(row["id"])
        score = row["last_score"]
        next_cell = when(nxt.isoformat()) if nxt else "<span class='muted'>unscheduled</span>"
        body_rows.append(
            f"<tr data-property='{e(row['id'])}'><td><a href='/ui/properties/{e(row['id'])}'>{e(row['name'])}</a>"
            f"<div class='muted'>{e(row['url'])}</div></td>"
            f"<td class='num score {score_class(score)}'>{e(score if score is not None else '-')} {worse}</td>"
            f"<td>{sparkline(scores)}</td>"
            f"<td><span class='badge {e(row['last_status'])}'>{e(row['last_status'] or 'never')}</span></td>"
            f"<td class='num'>{e(row['before_consent'] if row['before_consent'] is not None else '-')}</td>"
            f"<td class='num'>{e(row['after_refusal'] if row['after_refusal'] is not None else '-')}</td>"
            f"<td>{e(row['cmp_name'] or '-')}</td><td>{when(row['last_scan_at'])}</td>"
            f"<td>{next_cell}</td></tr>")
    pages = max(1, -(-total // query["per_page"]))
    current = query["page"]
    pager = (f"<div class='pager'><span id='total'>{total} properties</span>"
             + (f"<a href='{e(link(page=current - 1))}' rel='prev'>previous</a>" if current > 1 else "")
             + f"<span>page {current} of {pages}</span>"
             + (f"<a href='{e(link(page=current + 1))}' rel='next'>next</a>" if current < pages else "") + "</div>")
    table = ("<table id='portfolio'><tr>" + header("Property", "name") + header("Score", "score")
             + "<th>Last 12</th>" + header("Last scan", "status") + header("Before consent", "before_consent")
             + header("After refusal", "after_refusal") + "<th>CMP</th>" + header("Scanned", "last_scan")
             + "<th>Next scan</th></tr>" + "".join(body_rows) + "</table>")
    return layout("Portfolio", f"<h1>Portfolio</h1>{filters}{pager}{table}{pager}", csrf=csrf)


def _chart(history: list[dict[str, Any]]) -> str:
    points = [r for r in reversed(history) if r["status"] in WITH_RESULTS and r["score"] is not None]
    data = {"x": [int(datetime.fromisoformat(r["created_at"].replace("Z", "+00:00")).timestamp()) for r in points],
            "y": [r["score"] for r in points], "ids": [r["id"] for r in points]}
    payload = json.dumps(data).replace("<", "\\u003c")
    return (f"<div class='card'><h2>Score history</h2><div id='score-chart' data-points='{len(points)}'></div>"
            f"<script type='application/json' id='score-data'>{payload}</script>"
            "<script>(function(){var d=JSON.parse(document.getElementById('score-data').textContent);"
            "var el=document.getElementById('score-chart');if(!window.uPlot){el.textContent="
            "'The chart library is missing: run make setup.';return;}"
            "window.scoreChart=new uPlot({width:Math.max(320,Math.min(1100,el.clientWidth||900)),height:260,"
            "scales:{y:{range:[0,100]}},series:[{},{label:'score',stroke:'#0b5cd5',width:2,"
            "points:{show:true,size:8,fill:'#0b5cd5'}}]},[d.x,d.y],el);})();</script></div>")


def property_page(prop: Any, history: list[dict[str, Any]], timeline: list[dict[str, Any]],
                  gifs: list[tuple[str, str]], latest: dict[str, Any] | None, next_scan: datetime | None,
                  csrf: str, flash: str = "", error: str = "") -> str:
    schedule = prop.schedule
    messages = (f"<p class='flash'>{e(flash)}</p>" if flash else "") + (f"<p class='error'>{e(error)}</p>" if error
                                                                        else "")
    score = latest["score"] if latest else None
    head = ("<link rel='stylesheet' href='/ui/static/uplot.css'><script src='/ui/static/uplot.js'></script>")
    periods = "".join(f"<option{' selected' if schedule.period == p else ''}>{p}</option>"
                      for p in ("daily", "weekly", "monthly", "quarterly"))
    days = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    weekdays = "".join(f"<option value='{i}'{' selected' if schedule.fires_on_day_of_week == i else ''}>{d}</option>"
                       for i, d in enumerate(days))
    hidden = f"<input type='hidden' name='csrf' value='{e(csrf)}'>"
    actions = (f"<div class='row'><form method='post' action='/ui/properties/{e(prop.id)}/scan' class='card'>{hidden}"
               "<button type='submit' id='scan-now'>Scan now</button></form>"
               f"<form method='post' action='/ui/properties/{e(prop.id)}/schedule' class='card' id='schedule'>{hidden}"
               f"<b>Schedule</b> <label><input type='checkbox' name='scheduledScanEnabled' value='true'"
               f"{' checked' if schedule.enabled else ''}> on</label> <select name='scanPeriod'>{periods}</select> "
               f"at <input type='number' name='scheduledHour' min='0' max='23' value='{schedule.hour}'>:00 UTC, "
               f"weekly on <select name='scheduledDayOfWeek'>{weekdays}</select>, monthly on day "
               f"<input type='number' name='scheduledDayOfMonth' min='1' max='31' "
               f"value='{schedule.fires_on_day_of_month}'> <button type='submit'>Save</button>"
               f"<div class='muted'>next scan: {when(next_scan.isoformat()) if next_scan else 'none'}</div>"
               "</form></div>")
    timeline_rows = "".join(
        f"<tr><td><a href='/ui/reports/{e(t['id'])}'>{when(t['created_at'])}</a></td>"
        f"<td class='bad'>{e(', '.join(x['name'] for x in t['new']) or '-')}</td>"
        f"<td class='good'>{e(', '.join(x['name'] for x in t['removed']) or '-')}</td></tr>" for t in timeline)
    gif_html = "".join(f"<figure><figcaption>{e(scenario)}</figcaption><img src='{e(src)}' alt='proof of scan of "
                       f"{e(scenario)}'></figure>" for scenario, src in gifs) or "<p class='muted'>No GIFs yet.</p>"
    report_rows = "".join(
        f"<tr data-report='{e(r['id'])}'><td><a href='/ui/reports/{e(r['id'])}'>{when(r['created_at'])}</a></td>"
        f"<td><span class='badge {e(r['status'])}'>{e(r['status'])}</span></td><td>{e(r['scan_type'])}</td>"
        f"<td class='num score {score_class(r['score'])}'>{e(r['score'] if r['score'] is not None else '-')}</td>"
        f"<td class='num'>{e(r['trackers_count'] if r['trackers_count'] is not None else '-')}</td>"
        f"<td><a href='/ui/reports/{e(r['id'])}/trackers.csv'>CSV</a></td></tr>" for r in history)
    body = (f"<p><a href='/ui/'>← portfolio</a></p><h1>{e(prop.name)}</h1><div class='muted'>{e(prop.url)} · "
            f"property {e(prop.id)}</div>{messages}<div class='card'>latest score <span class='score "
            f"{score_class(score)}' id='latest-score' style='font-size:28px'>{e(score if score is not None else '-')}"
            f"</span></div>{actions}{_chart(history)}"
            "<div class='card'><h2>Tracker timeline</h2><table id='timeline'><tr><th>scan</th><th>new trackers</th>"
            f"<th>removed trackers</th></tr>{timeline_rows}</table></div>"
            f"<div class='card'><h2>Latest scan's scenarios</h2><div class='row gifs'>{gif_html}</div></div>"
            "<div class='card'><h2>Reports</h2><table id='reports'><tr><th>date</th><th>status</th><th>type</th>"
            f"<th>score</th><th>trackers</th><th></th></tr>{report_rows}</table></div>")
    return layout(prop.name, body, csrf=csrf, head=head)


def report_nav(report: dict[str, Any], previous_id: str | None) -> str:
    """The bar put above the report page inside the dashboard: its links stay in the dashboard."""
    links = [("/ui/", "portfolio", ""), (f"/ui/properties/{report['property_id']}", "property", ""),
             (f"/ui/reports/{report['id']}/trackers.csv", "trackers CSV", "")]
    if previous_id:
        links.append((f"/ui/reports/{previous_id}", "previous report", "previous-report"))
    return ("<nav style='background:#1d2433;padding:8px 12px;margin:-24px -24px 16px;display:flex;gap:16px'>"
            + "".join(f"<a style='color:#fff' href='{e(href)}'" + (f" id='{ident}'" if ident else "")
                      + f">{e(label)}</a>" for href, label, ident in links) + "</nav>")


def message_page(title: str, text: str, csrf: str | None = None) -> str:
    return layout(title, f"<h1>{e(title)}</h1><p>{e(text)}</p><p><a href='/ui/'>portfolio</a></p>", csrf=csrf)


def next_fire(schedule: Any, property_id: str, window: int, now: datetime | None = None) -> datetime | None:
    """When the scheduler will next scan the property (its slot's time plus the property's spread offset)."""
    from pipeline.model.schedule import next_fire_time, spread

    if not schedule.enabled:
        return None
    offset = spread(property_id, window)
    now = now or datetime.now(UTC)
    return next_fire_time(schedule, now - offset) + offset

