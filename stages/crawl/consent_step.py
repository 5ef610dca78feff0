"""The click step of ``consent_to_all`` and ``refuse_to_all``: the choice made through autoconsent's rule for a
known CMP or through the banner's controls understood by meaning, then verified by the page's own signals.

Whatever happens is recorded in the scenario's evidence: the controls seen, the one clicked, the toggles,
the verification; an expected failure becomes the scenario's typed error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.errors import NoExistingOrClearCmp, NotAbleToClick, ScanError
from pipeline.model.evidence import ScenarioEvidence
from stages.crawl.autoconsent import Autoconsent
from stages.crawl.banner import Banner, find_banner
from stages.crawl.capture import now_ms
from stages.crawl.choice import Capture, Choice, make_choice
from stages.crawl.proof import Proof
from stages.crawl.verify import changed_cookie_names, consent_state, raise_if_wrong_click, verify_choice


def take_choice(page: Any, context: Any, evidence: ScenarioEvidence, found: dict[str, Any] | None,
                banner: Banner | None, bridge: Autoconsent | None, proof: Proof, settle: Callable[[], None],
                rule_timeout: float) -> None:
    """Click the scenario's choice on the home page, let the page settle, and verify the choice."""
    scenario, cmp = evidence.scenario, evidence.cmp
    choice = "accept" if scenario == "consent_to_all" else "refuse"
    before, cookies_before = consent_state(page), _cookies(context)
    outcome = Choice()
    try:
        if found is None and banner is None:
            raise NoExistingOrClearCmp("no consent banner was found on the home page")
        evidence.click_at = now_ms()

        def capture(caption: str, box: dict[str, float] | None) -> None:
            proof.capture(page, f"{scenario}: {caption}", box)

        if found is not None and bridge is not None:
            try:
                outcome.layers = bridge.make_choice(page, choice, rule_timeout).get("layers", 1)
            except NotAbleToClick as exc:
                if bridge.result is None:
                    raise  # no answer from the rule: it may still be acting, nothing else may click
                _by_meaning_after(exc, page, choice, capture, outcome)
                cmp.source = "heuristic"
            else:
                outcome.banner_gone = True  # the rule's steps end with the popup closed
                outcome.clicked = {"label": None, "role": f"{choice} (autoconsent rule {found['cmp']})",
                                   "layer": outcome.layers, "method": "autoconsent"}
        else:
            assert banner is not None
            make_choice(page, banner, choice, capture, outcome)
        cmp.clicked = choice
    except ScanError as exc:
        evidence.error = exc.as_record()
        if outcome.clicks == 0 and (exc.error_type != "not_able_to_click" or found is None):
            evidence.click_at = None  # nothing was clicked: every later drop stays "no_user_choice"
    finally:
        cmp.controls, cmp.toggles, cmp.clicked_control = outcome.controls, outcome.toggles, outcome.clicked
        cmp.layers = outcome.layers if outcome.clicks or found is not None else 0
    settle()
    proof.capture(page, f"{scenario}: after clicking {choice}")
    if cmp.clicked:
        after = consent_state(page)
        cmp.tcf, cmp.consent_mode = after.get("tcf"), after.get("consent_mode")
        cmp.verification = verify_choice(choice, before, after, outcome.banner_gone,
                                         changed_cookie_names(cookies_before, _cookies(context)))
        cmp.verified = cmp.verification["verdict"] != "contradicted"
        try:
            raise_if_wrong_click(choice, cmp.verification, (outcome.clicked or {}).get("label"))
        except ScanError as exc:
            evidence.error = exc.as_record()


def _by_meaning_after(failure: NotAbleToClick, page: Any, choice: str, capture: Capture, outcome: Choice) -> None:
    """A rule that ended without completing its steps (a CMP version it does not know): the banner still shown,
    if any, is chosen on by the meaning of its controls, as one no rule knows; none shown, the failure stands."""
    banner = find_banner(page)
    if banner is None:
        raise failure
    make_choice(page, banner, choice, capture, outcome)
    if outcome.clicked is not None:
        outcome.clicked["after_rule"] = str(failure)


def read_signals(page: Any, evidence: ScenarioEvidence) -> None:
    """The consent signals of a scenario that clicks nothing."""
    state = consent_state(page)
    evidence.cmp.tcf, evidence.cmp.consent_mode = state.get("tcf"), state.get("consent_mode")


def _cookies(context: Any) -> list[dict[str, Any]]:
    try:
        return context.cookies()
    except Exception:
        return []
