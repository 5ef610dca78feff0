"""Links to a report's files (presigned on S3, ``file://`` on local disk), built once for the API
(``$with[]=outputs``) and the CLI (``consentscan report show --links``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from pipeline.model.report import REPORT_FILES, SCENARIO_FILES, report_key, scenario_key
from pipeline.storage.objects import Storage

#: How long a link works.
EXPIRES = timedelta(minutes=5)


def output_links(storage: Storage, report_id: str, scenarios: Iterable[str]) -> dict[str, Any]:
    """``{file: link}`` for the report's files, then ``{scenario: {file: link}}``; files not stored are left out."""
    outputs: dict[str, Any] = {name: storage.link(report_key(report_id, name), EXPIRES)
                               for name in REPORT_FILES if storage.exists(report_key(report_id, name))}
    for scenario in scenarios:
        files = {name: storage.link(scenario_key(report_id, scenario, name), EXPIRES) for name in SCENARIO_FILES
                 if storage.exists(scenario_key(report_id, scenario, name))}
        if files:
            outputs[scenario] = files
    return outputs


def flat(outputs: dict[str, Any]) -> dict[str, str]:
    """``output_links`` with one level: ``scenario/file`` keys."""
    return {f"{key}/{name}" if isinstance(value, dict) else key: link
            for key, value in outputs.items()
            for name, link in (value.items() if isinstance(value, dict) else [(None, value)])}
