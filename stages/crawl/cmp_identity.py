"""Names the CMP a page runs: ``js/cmp_probe.js`` looks for the catalog's footprints in the page, the context
holds the cookies, and ``stages.cmp_catalog.identify_cmp`` weighs them with the autoconsent rule that fired."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.model.evidence import CmpEvidence
from stages.cmp_catalog import identify_cmp, probe_spec

CMP_PROBE_JS = (Path(__file__).with_name("js") / "cmp_probe.js").read_text()


def page_facts(page: Any, context: Any) -> dict[str, Any]:
    """What the page and its browser context show of a CMP (see ``stages.cmp_catalog`` for the keys)."""
    try:
        facts = dict(page.evaluate(CMP_PROBE_JS, probe_spec()) or {})
    except Exception:  # the page navigated away or crashed: the cookies may still tell
        facts = {}
    try:
        facts["cookies"] = sorted({c["name"] for c in context.cookies()})
    except Exception:
        facts["cookies"] = []
    return facts


def record_product(cmp: CmpEvidence, page: Any, context: Any) -> None:
    """Set ``cmp.product`` and ``cmp.product_signal``; ``cmp.name`` keeps the autoconsent rule as it was."""
    facts = page_facts(page, context)
    rule = cmp.name if cmp.source == "autoconsent" else None
    tcf_cmp_id = facts.get("tcf_cmp_id")
    identity = identify_cmp(facts, rule, tcf_cmp_id if isinstance(tcf_cmp_id, int) else None)
    if identity is not None:
        cmp.product, cmp.product_signal = identity.name, identity.signal
