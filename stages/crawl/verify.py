"""Whether a click did what the scenario meant, by every signal the page gives: the banner went away, the
TCF string's purpose consents, Google Consent Mode's storage grants, the cookies that changed at the click.

An accept that the page records as a refusal means the wrong control was clicked: the scenario fails with
``not_able_to_click`` rather than report a consent that was never given. A refusal that the page records as a
consent is kept as data (``verdict: contradicted``): the site ignoring a refusal is a finding, not a click error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.errors import NotAbleToClick

CONSENT_STATE_JS = (Path(__file__).with_name("js") / "consent_state.js").read_text()
STORAGE_GRANTS = ("ad_storage", "analytics_storage")


def consent_state(page: Any) -> dict[str, Any]:
    """``{"tcf": {...} | None, "consent_mode": {...} | None}`` as the page reports them now."""
    try:
        state = page.evaluate(CONSENT_STATE_JS)
    except Exception:  # navigated away or a hostile page
        return {"tcf": None, "consent_mode": None}
    return state if isinstance(state, dict) else {"tcf": None, "consent_mode": None}


def _tcf_reading(choice: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str | None:
    if not after or after.get("eventStatus") not in ("useractioncomplete", "tcloaded"):
        return None
    if before and before.get("tcString") == after.get("tcString") and after.get("tcString"):
        return None  # the click did not touch the TC string: it says nothing of this choice
    if after.get("purposeConsents") is None:
        return None  # the CMP did not report purposes
    granted = bool(after["purposeConsents"])
    if choice == "accept":
        return "confirms" if granted else "contradicts"
    return "contradicts" if granted else "confirms"


def _consent_mode_reading(choice: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str | None:
    if not after or after == before:
        return None
    grants = [after.get(k) for k in STORAGE_GRANTS if after.get(k) in ("granted", "denied")]
    if not grants:
        return None
    if choice == "accept":
        return "confirms" if "granted" in grants else "contradicts"
    return "contradicts" if "granted" in grants else "confirms"


def verify_choice(choice: str, before: dict[str, Any], after: dict[str, Any], banner_gone: bool,
                  changed_cookies: list[str]) -> dict[str, Any]:
    """The verification record of a click (``CmpEvidence.verification``)."""
    readings = {"tcf": _tcf_reading(choice, before.get("tcf"), after.get("tcf")),
                "consent_mode": _consent_mode_reading(choice, before.get("consent_mode"), after.get("consent_mode"))}
    if any(r == "contradicts" for r in readings.values()):
        verdict = "contradicted"
    elif banner_gone and (any(r == "confirms" for r in readings.values()) or changed_cookies):
        verdict = "confirmed"
    else:
        verdict = "banner_gone" if banner_gone else "unverified"
    return {"verdict": verdict, "banner_gone": banner_gone, **readings,
            "changed_cookies": sorted(changed_cookies)[:50]}


def raise_if_wrong_click(choice: str, verification: dict[str, Any], clicked_label: str | None) -> None:
    """An accept the page recorded as a refusal: the control clicked was not the accept."""
    if choice != "accept" or verification["verdict"] != "contradicted":
        return
    which = [name for name in ("tcf", "consent_mode") if verification.get(name) == "contradicts"]
    label = f"'{clicked_label}'" if clicked_label else "the accept control"
    raise NotAbleToClick(f"clicked {label} to accept, but the page recorded no consent ({', '.join(which)})")


def changed_cookie_names(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    """Cookies that appeared or changed value between two ``context.cookies()`` readings."""
    old = {(c.get("name"), c.get("domain")): c.get("value") for c in before}
    return sorted({c["name"] for c in after if old.get((c.get("name"), c.get("domain"))) != c.get("value")})
