"""DuckDuckGo's autoconsent, driven through its message protocol, for the CMPs its rules know.

The bundle is injected into every frame; it asks for its config (``init``), detects a CMP
(``cmpDetected``) and its popup (``popupFound``). We decide when to click (``optIn``/``optOut``) so that the
scenario step changes at the click, then read ``optInResult``/``optOutResult``.

A rule that answers success has not always made a choice: 74 of the 797 rules of autoconsent 16.23 end their
opt-out, when the refusal they expect is missing, by hiding the popup with CSS (Osano's does when the banner has
no deny button). A hidden banner is not a refusal, so a choice whose steps hid something and clicked nothing is
undone (the CSS removed) and reported as a rule that did not complete: the banner is then read by meaning.
Only rules whose steps are data and hold no ``eval`` are judged so: an ``eval`` may choose through the CMP's own
API (cookie-law-info's rule hides its bar, then refuses with ``CLI.reject_close()``), and the rules written as
code in the bundle are not readable here.
"""

from __future__ import annotations

import json
import time
from typing import Any

from pipeline.errors import NotAbleToClick

CONFIG = {
    "enabled": True,
    "autoAction": None,          # we send optIn/optOut ourselves, at the moment we record as the click
    "disabledCmps": [],
    "enablePrehide": False,      # never hide a banner we must photograph
    "enableCosmeticRules": False,  # hiding a banner is not a choice
    "enableGeneratedRules": True,
    "enableHeuristicDetection": False,  # our own heuristic (banner.py) handles unknown banners
    "detectRetries": 20,
    "isMainWorld": True,
    "prehideTimeout": 2000,
    "visualTest": False,
    "logs": {"lifecycle": False, "rulesteps": False, "detectionsteps": False, "evals": False, "errors": False,
             "messages": False, "waits": False},
}


class Autoconsent:
    def __init__(self, context: Any, script: str, rules: list[dict[str, Any]]) -> None:
        self.detected: list[str] = []
        self.popup: dict[str, Any] | None = None
        self.result: dict[str, Any] | None = None
        self.done = False
        #: Whether documents that start now are given the rules. The consent choice is made on the home page:
        #: on the pages visited after it, 800 rules looked for in every frame, again and again for 10 s, would
        #: only take the scan's CPU (``stop``).
        self.enabled = True
        #: Detection attempts autoconsent has started in the main frame (from its state reports).
        self.main_frame_attempts = 0
        self._rules = {rule.get("name"): rule for rule in rules}
        context.expose_binding("autoconsentSendMessage", self._on_message)
        # The rules (~700 KB) travel once per document inside the init script, not through the protocol on
        # every ``init``: the answer to ``init`` then only points at them.
        context.add_init_script(_init_script(script, rules))

    def _on_message(self, source: dict[str, Any], message: dict[str, Any]) -> None:
        frame = source.get("frame")
        if not isinstance(message, dict) or frame is None:
            return
        kind = message.get("type")
        try:
            if kind == "init":
                frame.evaluate(INIT_RESPONSE_JS, self.enabled)
            elif kind == "eval":
                try:
                    result = frame.evaluate(str(message.get("code", "")))
                except Exception:
                    result = False
                _send(frame, {"type": "evalResp", "id": message.get("id"), "result": _jsonable(result)})
            elif kind == "cmpDetected":
                self.detected.append(str(message.get("cmp")))
            elif kind == "popupFound" and self.popup is None:
                self.popup = {"cmp": str(message.get("cmp")), "frame": frame}
            elif kind in ("optInResult", "optOutResult"):
                self.result = {"type": kind, "result": bool(message.get("result")), "cmp": message.get("cmp")}
            elif kind == "autoconsentDone":
                self.done = True
            elif kind == "report" and message.get("mainFrame"):
                state = message.get("state") or {}
                self.main_frame_attempts = max(self.main_frame_attempts, int(state.get("findCmpAttempts") or 0))
        except Exception:
            pass  # the frame went away; autoconsent retries in the next one

    def stop(self) -> None:
        """The home page is done with: the documents that start from now on are not given the rules."""
        self.enabled = False

    def nothing_found_yet(self) -> bool:
        """Whether a full detection pass of the main frame ended without a known CMP (the second attempt
        starts only after the first found nothing)."""
        return not self.detected and self.main_frame_attempts >= 2

    def make_choice(self, page: Any, choice: str, timeout: float) -> dict[str, Any]:
        if self.popup is None:
            raise NotAbleToClick("no popup to operate")
        self.result = None
        # Only a rule of clicks and hides is judged on what it did: read the frame before its steps only then.
        judged = _clicks_or_hides(self._rules.get(self.popup["cmp"]), choice)
        before = _rule_actions(self.popup["frame"]) if judged else None
        try:
            _send(self.popup["frame"], {"type": "optIn" if choice == "accept" else "optOut"})
        except Exception as exc:
            raise NotAbleToClick(f"the {self.popup['cmp']} popup went away before the click") from exc
        deadline = time.monotonic() + timeout
        while self.result is None and time.monotonic() < deadline:
            page.wait_for_timeout(200)
        if self.result is None:
            raise NotAbleToClick(f"{self.popup['cmp']}: no result of the {choice} click within {timeout:.0f} s")
        if not self.result["result"]:
            raise NotAbleToClick(f"{self.popup['cmp']}: the {choice} steps did not complete")
        if judged and _only_hid(self.popup["frame"], before):
            raise NotAbleToClick(f"{self.popup['cmp']}: the {choice} steps only hid the popup, clicking nothing")
        return {"layers": 1}


#: Clicks dispatched in the frame (autoconsent clicks with ``element.click()``: a composed event that reaches the
#: window's capture listener from any shadow root) and the length of the CSS its ``hide`` steps wrote.
ACTIONS_JS = """() => ({clicks: window.__consentscanAutoconsent.clicks,
  hidden: (document.querySelector('style#autoconsent-css-rules') || {}).textContent?.length || 0})"""
UNHIDE_JS = """(length) => { const style = document.querySelector('style#autoconsent-css-rules');
  if (style) style.textContent = style.textContent.slice(0, length); }"""


def _rule_actions(frame: Any) -> dict[str, int] | None:
    try:
        return frame.evaluate(ACTIONS_JS)
    except Exception:
        return None  # the frame navigated or went away: a click that did that was a real one


def _clicks_or_hides(rule: dict[str, Any] | None, choice: str) -> bool:
    """Whether the rule's steps for ``choice`` can only click and hide: a rule of data without any ``eval`` step."""
    steps = (rule or {}).get("optIn" if choice == "accept" else "optOut")
    return bool(steps) and '"eval"' not in json.dumps(steps)


def _only_hid(frame: Any, before: dict[str, int] | None) -> bool:
    """Whether the rule's steps hid something and clicked nothing since ``before``; if so, the hiding is undone."""
    after = _rule_actions(frame)
    if before is None or after is None or after["hidden"] <= before["hidden"] or after["clicks"] > before["clicks"]:
        return False
    try:
        frame.evaluate(UNHIDE_JS, before["hidden"])
    except Exception:
        pass
    return True


INIT_RESPONSE_JS = """(enabled) => { const setup = window.__consentscanAutoconsent;
  window.autoconsentReceiveMessage && window.autoconsentReceiveMessage(
    {type: 'initResp', config: {...setup.config, enabled}, rules: enabled ? setup.rules : null}); }"""


def _init_script(bundle: str, rules: list[dict[str, Any]]) -> str:
    """The rules are parsed in a document only when it is given them (``INIT_RESPONSE_JS``)."""
    config = json.dumps(CONFIG, separators=(",", ":"))
    text = json.dumps(json.dumps({"autoconsent": rules}, separators=(",", ":")))
    return (f"Object.defineProperty(window, '__consentscanAutoconsent', {{value: {{config: {config}, clicks: 0, "
            f"get rules() {{ return JSON.parse({text}); }}}}}});\n"
            "window.addEventListener('click', () => { window.__consentscanAutoconsent.clicks += 1; }, true);\n"
            + bundle)


def _send(frame: Any, message: dict[str, Any]) -> None:
    frame.evaluate("(m) => window.autoconsentReceiveMessage && window.autoconsentReceiveMessage(m)", message)


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return None
