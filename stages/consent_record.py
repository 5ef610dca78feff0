"""The consent record: the cookie or storage entry in which a CMP keeps the visitor's choice.

Storing a choice is what the law asks a site to do, so that entry is ``strictly_necessary`` (source
``consent_record``), never a tracker dropped before consent or after a refusal. It is recognized in two ways:

- by name: a consent record name a CMP is known to use (``OptanonConsent``, ``euconsent-v2``...), from the
  CMP catalog (``stages.cmp_catalog``), on any host;
- by behaviour, for the CMPs no list knows: a first-party cookie or web storage entry that the page writes
  at the click (within ``CLICK_WINDOW_MS`` of it) in both click scenarios, with a value that differs
  between "accept all" and "refuse all" (it encodes the choice), and that either did not exist before the
  choice or existed with another value (it changed at the click). An entry whose value is unknown (set by
  a ``Set-Cookie`` header, or seen only by a snapshot) is not recognized by behaviour: when the scanner
  cannot tell, the entry keeps counting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pipeline.model.evidence import Observation

#: How long after the click a write still counts as the click's own (a CMP writes its record at once;
#: a CMP driven through its second layer takes a few seconds from the click to the save).
CLICK_WINDOW_MS = 5000.0
CLICK_SCENARIOS = ("consent_to_all", "refuse_to_all")
BEFORE_CHOICE = "no_user_choice"
RECORD_TYPES = ("cookie", "web_storage")


def recognize(items: Sequence[tuple[str, Observation]], click_at: Mapping[str, float | None],
              first_party: bool, owner_of: Callable[[str], str | None]) -> str | None:
    """Why the tracker seen in ``items`` (``(scenario, observation)`` pairs, all of one tracker) is a consent
    record, or None when it is not one or the scanner cannot tell. ``owner_of``: the CMP known to keep its
    record under a name (``stages.cmp_catalog.consent_record_owner``)."""
    if not items or items[0][1].type not in RECORD_TYPES:
        return None
    name = items[0][1].name
    cmp = owner_of(name)
    if cmp is not None:
        return f"known consent record of {cmp}"
    if not first_party:
        return None
    chosen: dict[str, str] = {}
    changed = False
    for scenario in CLICK_SCENARIOS:
        click = click_at.get(scenario)
        if click is None:
            return None  # one choice alone cannot show that the value follows the choice
        seen = [o for s, o in items if s == scenario]
        at_click = [o for o in seen if not o.snapshot and o.step == scenario
                    and click <= o.time <= click + CLICK_WINDOW_MS]
        if not at_click or at_click[-1].value_digest is None:
            return None
        chosen[scenario] = at_click[-1].value_digest
        before = [o for o in seen if o.step == BEFORE_CHOICE]
        if before:
            if before[-1].value_digest in (None, chosen[scenario]):
                return None  # there before the choice and not changed by it (or unknown): not the choice
            changed = True
    if any(s == BEFORE_CHOICE for s, _ in items) and not changed:
        return None  # written without any choice in the scenario that makes none
    if chosen["consent_to_all"] == chosen["refuse_to_all"]:
        return None  # the same value whatever the choice: it does not record it
    how = "changed at the click" if changed else "written at the click"
    return f"{how} in both click scenarios, with a value that differs between accept and refuse"
