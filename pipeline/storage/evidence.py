"""A scenario's evidence as the analysis stages read it: parsed once per stored version, kept in a cache."""

from __future__ import annotations

import json
from typing import Any

from pipeline.errors import ObjectNotFound
from pipeline.model.evidence import ScenarioEvidence, evidence_key
from pipeline.storage.cache import VersionedCache

#: Parsed evidence by storage version: four analysis stages read the same three files, and parsing them is a
#: tenth of a report's analysis (see ``pipeline.storage.cache``).
_parsed: VersionedCache[ScenarioEvidence] = VersionedCache(size=48)


def load_evidence(storage: Any, report_id: str, scenario: str) -> ScenarioEvidence | None:
    """A scenario's evidence, or None when the crawl left none (it failed before writing)."""
    try:
        return _parsed.load(storage, evidence_key(report_id, scenario),
                            lambda data: ScenarioEvidence.from_dict(json.loads(data)))
    except ObjectNotFound:
        return None


def load_scan_evidence(storage: Any, report_id: str, scenarios: tuple[str, ...]) -> list[ScenarioEvidence]:
    """The evidence of every scenario that left some, in the scan's scenario order."""
    return [e for s in scenarios if (e := load_evidence(storage, report_id, s)) is not None]
