"""The ids users give (organization, property, report), checked before they become keys, rows or messages.

Every one of them ends up in an object key (``reports/<report id>/...``,
``datasets/<table>/organization_id=<organization id>/...``): one character class for all, with no separator,
no dot and no ``=``, so that an id can never climb out of its folder or split a Hive partition. One
function per kind, so that the message names what was wrong.
"""

from __future__ import annotations

import re

from pipeline.errors import InvalidInput

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
RULE = "1 to 64 letters, digits, '-' or '_', starting with a letter or digit"


def _check(kind: str, value: object) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        shown = value[:80] if isinstance(value, str) else value
        raise InvalidInput(f"invalid {kind} {shown!r}: {RULE}")
    return value


def check_organization_id(value: object) -> str:
    return _check("organization id", value)


def check_property_id(value: object) -> str:
    return _check("property id", value)


def check_report_id(value: object) -> str:
    return _check("report id", value)
