"""One look at the page after the visitor's choice (``js/after_choice.js``): the ways left to change the
choice, and in the gpc scenario the site's GPC support file. Vocabulary: ``stages/data/consent_withdrawal.json``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

_HERE = Path(__file__).parent
AFTER_CHOICE_JS = (_HERE / "js" / "after_choice.js").read_text()
WITHDRAWAL = _HERE.parent / "data" / "consent_withdrawal.json"


@functools.cache
def _vocabulary() -> dict[str, Any]:
    data = json.loads(WITHDRAWAL.read_text())
    return {"reopenFunctions": data["reopen_functions"], "linkWords": data["link_words"],
            "floatingWords": data["floating_words"]}


def after_choice(page: Any, scenario: str) -> dict[str, Any] | None:
    """What the probe found, or None when the page could not be asked (closed, navigating, hostile)."""
    try:
        found = page.evaluate(AFTER_CHOICE_JS, {**_vocabulary(), "fetchGpc": scenario == "gpc"})
    except Exception:
        return None
    return found if isinstance(found, dict) else None
