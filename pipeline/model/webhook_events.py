"""What a finished report means for a property: the ``report.finished``, ``property.regressed`` and
``property.failing`` events. Plain functions over report documents; no I/O.

A regression compares a report with the property's previous report that produced data (success or partial):
- the score dropped by at least the webhook's ``min_drop`` points;
- a tracker is seen before consent (``no_user_choice`` step) or after a refusal (``refuse_to_all``) that was
  not seen at that step before (strictly necessary and ignored trackers do not count, as in the score);
- a vendor is new;
- the consent management platform found before is gone;
- a privacy item (``report_privacy.json``) that was true is now false.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

#: Categories the score does not count against a site (see ``stages.score.EXEMPT``).
EXEMPT = ("strictly_necessary", "ignored")
#: Trackers listed per kind of change in one event; the report page has them all.
MAX_LISTED = 50
STEPS = {"new_trackers_before_consent": "no_user_choice", "new_trackers_after_refusal": "refuse_to_all"}


@dataclasses.dataclass(frozen=True)
class ReportView:
    """The documents of one report an event is computed from."""

    report: dict[str, Any]
    trackers: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    vendors: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    privacy: dict[str, bool] = dataclasses.field(default_factory=dict)


def event_id(webhook_id: str, event_type: str, report_id: str) -> str:
    """Stable: a redelivered evaluation or delivery sends the same id, so receivers can deduplicate."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"consentscan:webhook:{webhook_id}:{event_type}:{report_id}"))


def _tracker(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "type": record["type"], "name": record["name"], "host": record["host"],
            "category": record.get("category"), "vendor": (record.get("vendor") or {}).get("name")}


def _steps(record: dict[str, Any]) -> list[str]:
    return ((record.get("cmp") or {}).get("scenario_step") or {}).get("id") or []


def trackers_at_step(trackers: list[dict[str, Any]], step: str) -> dict[str, dict[str, Any]]:
    """The trackers the score counts that were seen at ``step``, by id."""
    return {t["id"]: t for t in trackers if t.get("category") not in EXEMPT and step in _steps(t)}


def regression(current: ReportView, previous: ReportView, min_drop: int) -> dict[str, Any]:
    """The ways ``current`` is worse than ``previous``; empty when it is not."""
    changes: dict[str, Any] = {}
    before, after = previous.report.get("score"), current.report.get("score")
    if before is not None and after is not None and before - after >= min_drop:
        changes["score"] = {"previous": before, "current": after, "drop": before - after}
    for name, step in STEPS.items():
        old, new = trackers_at_step(previous.trackers, step), trackers_at_step(current.trackers, step)
        found = [_tracker(new[i]) for i in sorted(new.keys() - old.keys())]
        if found:
            changes[name] = found[:MAX_LISTED]
            if len(found) > MAX_LISTED:  # the event travels through RabbitMQ: small, with the full count
                changes[name + "_count"] = len(found)
    old_vendors = {v["id"] for v in previous.vendors}
    new_vendors = [{"id": v["id"], "name": (v.get("partner") or {}).get("name") or v["id"]}
                   for v in current.vendors if v["id"] not in old_vendors]
    if new_vendors:
        changes["new_vendors"] = sorted(new_vendors, key=lambda v: v["id"])
    if previous.report.get("cmp_name") and not current.report.get("cmp_name"):
        changes["cmp_disappeared"] = {"previous": previous.report["cmp_name"]}
    turned = sorted(k for k, v in previous.privacy.items() if v is True and current.privacy.get(k) is False)
    if turned:
        changes["privacy_turned_false"] = turned
    return changes


def failing_streak(statuses_newest_first: list[str]) -> int:
    """How many of the latest scans failed in a row."""
    streak = 0
    for status in statuses_newest_first:
        if status != "failed":
            break
        streak += 1
    return streak


def summary(event_type: str, prop: dict[str, Any], changes: dict[str, Any], report: dict[str, Any]) -> str:
    """One line for people (chat formats, logs)."""
    name = prop.get("name") or prop.get("id")
    if event_type == "property.failing":
        return f"{name}: the last {changes.get('failed_scans')} scans failed"
    if event_type == "report.finished":
        return f"{name}: scan {report.get('status')}, score {report.get('score')}"
    parts = []
    if "score" in changes:
        parts.append(f"score {changes['score']['previous']} -> {changes['score']['current']}")
    for key, label in (("new_trackers_before_consent", "new before consent"),
                       ("new_trackers_after_refusal", "new after refusal")):
        if key in changes:
            parts.append(f"{label}: " + ", ".join(t["name"] for t in changes[key][:5]))
    if "new_vendors" in changes:
        parts.append("new vendors: " + ", ".join(v["name"] for v in changes["new_vendors"][:5]))
    if "cmp_disappeared" in changes:
        parts.append(f"consent banner {changes['cmp_disappeared']['previous']} gone")
    if "privacy_turned_false" in changes:
        parts.append("no longer: " + ", ".join(changes["privacy_turned_false"]))
    return f"{name} got worse: " + "; ".join(parts)


def build_event(event_type: str, *, webhook_id: str, organization_id: str, prop: dict[str, Any],
                report: dict[str, Any], previous: dict[str, Any] | None, changes: dict[str, Any],
                links: dict[str, str], created_at: str) -> dict[str, Any]:
    """The JSON body of the ``json`` format (the chat formats are built from it)."""
    def brief(doc: dict[str, Any] | None) -> dict[str, Any] | None:
        if doc is None:
            return None
        return {k: doc.get(k) for k in ("id", "status", "score", "trackers_count", "vendors_count", "cmp_name",
                                        "created_at", "scan_type")}

    return {"id": event_id(webhook_id, event_type, report["id"]), "type": event_type, "created_at": created_at,
            "organization_id": organization_id, "property": prop, "report": brief(report),
            "previous_report": brief(previous), "changes": changes,
            "summary": summary(event_type, prop, changes, report), "links": links}
