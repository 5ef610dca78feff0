"""The click of a consent scenario on a banner found by ``stages.crawl.banner``: which control, on which layer.

One path for both scenarios. Accept clicks the ``accept_all`` control; refuse clicks ``reject_all``, else
``necessary_only``, else switches every optional toggle off and clicks ``save_selection``, on the first layer
and then on the layer that ``settings`` opens; a refusal that only switched its layer's purposes off is saved.
When several controls fit a role, the most explicit wins
("Accept all" over "Accept"); when two different labels remain, nothing is clicked: the scenario fails with
``not_able_to_click`` naming them. The control clicked is recorded with its label, role, layer and box.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.errors import NoButtonFound, NotAbleToClick
from stages.crawl import roles
from stages.crawl.banner import Banner, Control, find_banners

CONTROL_JS = (Path(__file__).with_name("js") / "control.js").read_text()
REFUSE_ROLES = ("reject_all", "necessary_only")
SECOND_LAYER_WAIT = 4.0  # seconds for the layer that "settings" opens to show
GONE_WAIT = 4.0          # seconds for the banner to go away after the click
SAVE_AFTER_REFUSAL_WAIT = 1.5  # seconds a refused layer may take to go before it counts as waiting for "save"
SETTLE_AT_MOST = 0.9     # seconds a control that keeps moving is waited for before it is clicked where it is

#: Draws a frame of the GIF proof: (caption, box to outline in page coordinates or None).
Capture = Callable[[str, "dict[str, float] | None"], None]


@dataclasses.dataclass
class Choice:
    """What was done: every control seen per layer, the toggles, the control clicked."""

    layers: int = 1
    controls: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    toggles: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    clicked: dict[str, Any] | None = None
    banner_gone: bool = False
    #: Clicks made so far (opening a second layer counts: the page may act on it).
    clicks: int = 0


def make_choice(page: Any, banner: Banner, choice: str, capture: Capture, outcome: Choice) -> None:
    """Click accept or refuse (through a second layer if needed) and check that the banner went away.

    Fills ``outcome`` as it goes (it tells what was seen even when this raises ``NoButtonFound`` or
    ``NotAbleToClick``).
    """
    _seen(outcome, banner, 1)
    shown_before = {_signature(b) for b in find_banners(page)}
    layer = (_accept if choice == "accept" else _refuse)(page, banner, outcome, capture)
    outcome.banner_gone = _gone(page, {_signature(banner), _signature(layer)}, shown_before,
                                lambda: _click_again(layer, outcome))
    if not outcome.banner_gone:
        raise NotAbleToClick(f"the banner is still shown after clicking '{outcome.clicked['label']}'")


def _accept(page: Any, banner: Banner, outcome: Choice, capture: Capture) -> Banner:
    """Click accept-all; returns the layer it was on."""
    target = _pick(banner, "accept_all")
    if target is not None:
        _click(page, banner, target, 1, outcome, capture)
        return banner
    second = _second_layer(page, banner, outcome, capture) if banner.with_role("settings") else None
    target = _pick(second, "accept_all") if second else None
    if target is None:
        raise NoButtonFound(f"the banner has no accept-all control ({_listing(banner, second)})")
    _click(page, second, target, 2, outcome, capture)
    return second


def _refuse(page: Any, banner: Banner, outcome: Choice, capture: Capture) -> Banner:
    """Refuse on the first layer, else on the second; returns the layer the refusal was made on."""
    if _refuse_on(page, banner, 1, outcome, capture):
        return banner
    if not banner.with_role("settings"):
        raise NoButtonFound(f"the banner has no refuse control and no settings to refuse from "
                            f"({_listing(banner, None)})")
    second = _second_layer(page, banner, outcome, capture)
    if second is None or not _refuse_on(page, second, 2, outcome, capture):
        raise NoButtonFound(f"the banner's settings layer has no refuse control and no way to save a refusal "
                            f"({_listing(banner, second)})")
    return second


def _refuse_on(page: Any, banner: Banner, layer: int, outcome: Choice, capture: Capture) -> bool:
    for role in REFUSE_ROLES:
        target = _pick(banner, role)
        if target is not None:
            may_await_save = bool(banner.toggles) and bool(banner.with_role("save_selection"))
            shown_before = {_signature(b) for b in find_banners(page)} if may_await_save else set()
            _click(page, banner, target, layer, outcome, capture)
            if may_await_save:
                _save_after_switching_off(page, banner, layer, shown_before, outcome, capture)
            return True
    return _switch_off_and_save(page, banner, layer, outcome, capture)


def _save_after_switching_off(page: Any, banner: Banner, layer: int, shown_before: set[Signature],
                              outcome: Choice, capture: Capture) -> None:
    """Some refusals only switch the layer's purposes off and wait for "save" (IAB TCF settings layers, such as
    Quantcast's or iubenda's "Reject all"). When the layer the refusal was clicked on is still shown a moment
    later, with purposes to switch and a save control, and nothing new opened (a "reject" that leads to more
    choices is no refusal: ``_gone`` fails it), its purposes are switched off, any the refusal left on too, and
    save is clicked. A layer that goes away meanwhile was refused by the click itself."""
    deadline, same = time.monotonic() + SAVE_AFTER_REFUSAL_WAIT, None
    while time.monotonic() < deadline:
        page.wait_for_timeout(250)
        shown = find_banners(page)
        if any(_signature(b) not in shown_before and _signature(b) != _signature(banner) for b in shown):
            return  # something else opened: not a refusal made on this layer
        same = next((b for b in shown if _signature(b) == _signature(banner)), None)
        if same is None:
            return  # the layer went: the click was the refusal
    refusal = outcome.clicked
    if same is not None and same.toggles and _pick(same, "save_selection") is not None:
        _switch_off_and_save(page, same, layer, outcome, capture)
        if outcome.clicked is not None and refusal is not None:
            outcome.clicked["after"] = refusal["label"]


def _switch_off_and_save(page: Any, banner: Banner, layer: int, outcome: Choice, capture: Capture) -> bool:
    save = _pick(banner, "save_selection")
    if save is None or not banner.toggles:
        return False  # "save" without purposes seen to switch off would save defaults nobody checked
    try:
        still_on = banner.frame.evaluate(CONTROL_JS, {"op": "uncheck", "id": banner.region["id"]})
    except Exception as exc:
        raise NotAbleToClick(f"the purposes of layer {layer} could not be switched off: {_short(exc)}") from exc
    if still_on:
        raise NotAbleToClick(f"{still_on} purpose toggle(s) of layer {layer} stayed on after being switched off; "
                             f"'{save.label}' was not clicked")
    _click(page, banner, save, layer, outcome, capture)
    return True


def _second_layer(page: Any, banner: Banner, outcome: Choice, capture: Capture) -> Banner | None:
    opener = _pick(banner, "settings", strict=False)
    if opener is None:
        return None
    _click(page, banner, opener, 1, outcome, capture)
    outcome.clicked = None  # opening a layer is not the choice
    first = _signature(banner)
    deadline = time.monotonic() + SECOND_LAYER_WAIT
    while time.monotonic() < deadline:
        page.wait_for_timeout(250)
        # The first layer may stay shown under the second: the second is the best region that is not it.
        second = next((b for b in find_banners(page) if _signature(b) != first), None)
        if second is not None:
            outcome.layers = 2
            _seen(outcome, second, 2)
            return second
    return None


def _pick(banner: Banner, role: str, strict: bool = True) -> Control | None:
    """The one control of ``role``: the most explicit; two different labels left and ``strict`` is an error."""
    candidates = banner.with_role(role)
    if not candidates:
        return None
    top = max(c.explicit for c in candidates)
    best = [c for c in candidates if c.explicit == top]
    # A control read by its text over one read by its aria-label or title alone: an icon whose title repeats
    # a button's word ("Ne" on a close cross that accepts) is not that button.
    best = [c for c in best if c.facts.get("read_from") != "aria_label"] or best
    if strict and len({roles.normalize(c.label) for c in best}) > 1:
        names = ", ".join(f"'{c.label}'" for c in best[:4])
        raise NotAbleToClick(f"{len(best)} controls could be the {role} one and none is more explicit: {names}; "
                             "nothing was clicked")
    return best[0]


def _click(page: Any, banner: Banner, control: Control, layer: int, outcome: Choice, capture: Capture) -> None:
    try:
        prepared = _settled(banner, control)
    except Exception as exc:
        raise NotAbleToClick(f"'{control.label}' could not be reached: {_short(exc)}") from exc
    if not prepared:
        raise NotAbleToClick(f"'{control.label}' went away before the click")
    box = _page_box(banner.frame, prepared["box"])
    outcome.clicked = {**control.record(layer), "box": box, "frame_url": _frame_url(banner.frame),
                       "selector": f"consentscan-control:{control.id}", "method": "pointer"}
    capture(f"clicking '{control.label[:40]}' ({control.role}, layer {layer})", box)
    outcome.clicks += 1
    try:
        if prepared["reaches"]:
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        else:  # covered by something else: the element's own click, as assistive technology would do
            outcome.clicked["method"] = "element"
            banner.frame.evaluate(CONTROL_JS, {"op": "click", "id": control.id})
    except Exception as exc:
        raise NotAbleToClick(f"'{control.label}' could not be clicked: {_short(exc)}") from exc


def _settled(banner: Banner, control: Control) -> dict[str, Any] | None:
    """The control scrolled into view, once it has stopped moving (banners slide in): the same box two frames
    later, and no animation or transition running on it or around it."""
    prepared = banner.frame.evaluate(CONTROL_JS, {"op": "prepare", "id": control.id})
    deadline = time.monotonic() + SETTLE_AT_MOST
    while prepared and time.monotonic() < deadline:
        again = banner.frame.evaluate(CONTROL_JS, {"op": "still", "id": control.id})
        if again and again["box"] == prepared["box"] and not again["moving"]:
            return again
        prepared = again
    return prepared


def _gone(page: Any, layers: set[Signature], shown_before: set[Signature], again: Callable[[], None]) -> bool:
    """Whether no layer of the banner clicked is shown any more (hidden, removed, or the page moved on), and
    the click opened no new consent overlay either (a "reject" that only leads to more choices). Halfway,
    ``again`` gives the control one more click of its own (see ``_click_again``)."""
    started = time.monotonic()
    retried = False
    while True:
        page.wait_for_timeout(250)
        shown = find_banners(page)
        if not any(_signature(b) in layers or (b.region.get("positioned") and _signature(b) not in shown_before)
                   for b in shown):
            return True
        if not retried and time.monotonic() - started >= GONE_WAIT / 2:
            retried = True
            again()
        if time.monotonic() - started >= GONE_WAIT:
            return False


def _click_again(layer: Banner, outcome: Choice) -> None:
    """A pointer click that changed nothing: a busy machine can drop the input before a frame (a cross-origin
    CMP iframe above all) is ready for it. The same element, if it is still shown, gets its own click() once;
    a control that went away is never clicked again, and no other element is."""
    if not outcome.clicked or outcome.clicked.get("method") != "pointer":
        return
    try:
        if layer.frame.evaluate(CONTROL_JS, {"op": "click_again", "id": None}):
            outcome.clicked["method"] = "pointer, then element"
    except Exception:
        pass  # the frame went away: the banner is going


Signature = tuple[str, tuple[str, ...]]


def _signature(banner: Banner) -> Signature:
    return roles.normalize(banner.text)[:200], tuple(sorted(roles.normalize(c.label) for c in banner.controls))


def _seen(outcome: Choice, banner: Banner, layer: int) -> None:
    outcome.controls.extend(c.record(layer) for c in banner.controls if c.role is not None)
    outcome.toggles.extend({"label": t["label"], "checked": t["checked"], "disabled": t["disabled"], "layer": layer}
                           for t in banner.toggles)


def _page_box(frame: Any, box: dict[str, float]) -> dict[str, float]:
    """A box in a frame's viewport, in the page's (what the GIF shows and the mouse clicks)."""
    if frame.parent_frame is None:
        return box
    try:
        outer = frame.frame_element().bounding_box() or {"x": 0, "y": 0}
    except Exception:
        outer = {"x": 0, "y": 0}
    return {**box, "x": box["x"] + outer["x"], "y": box["y"] + outer["y"]}


def _frame_url(frame: Any) -> str | None:
    try:
        return frame.url[:300]
    except Exception:
        return None


def _listing(first: Banner, second: Banner | None) -> str:
    shown = [c for b in (first, second) if b for c in b.controls if c.label][:8]
    if not shown:
        return "no labelled control"
    return "controls: " + ", ".join(f"'{c.label[:40]}' ({c.role or 'unknown'})" for c in shown)


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
