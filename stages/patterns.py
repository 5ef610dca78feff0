"""Name patterns: one tracker whose cookie or key names carry random or per-user parts.

``_ga_ABC123XYZ`` and ``_ga_Q9W8E7R6`` are one Google Analytics 4 cookie (``_ga_*``);
``_hjSessionUser_1234567`` is ``_hjSessionUser_*``. Known vendor patterns come first, then generic random
parts (UUIDs, long hex, long numbers such as ids and timestamps, mixed letter-digit tokens).
"""

from __future__ import annotations

import functools
import re

#: (regex on the whole name, the pattern shown in reports)
KNOWN = [
    (r"_ga_[A-Z0-9]{6,14}", "_ga_*"),
    (r"_gac_.+", "_gac_*"),
    (r"_gat_.+", "_gat_*"),
    (r"_dc_gtm_.+", "_dc_gtm_*"),
    (r"_hjSessionUser_\d+", "_hjSessionUser_*"),
    (r"_hjSession_\d+", "_hjSession_*"),
    (r"_hjid", "_hjid"),
    (r"_pk_id\..+", "_pk_id.*"),
    (r"_pk_ses\..+", "_pk_ses.*"),
    (r"mp_[0-9a-f]{32}_mixpanel", "mp_*_mixpanel"),
    (r"AMP_[0-9a-f]{6,}", "AMP_*"),
    (r"amp_[0-9a-f]{6}", "amp_*"),
    (r"ajs_.+", "ajs_*"),
    (r"intercom-(id|session|device-id)-.+", "intercom-*"),
    (r"_uetvid|_uetsid", None),
    (r"OptanonConsent|OptanonAlertBoxClosed", None),
    (r"__kla_id", None),
    (r"_clck|_clsk", None),
    (r"wp-settings-(time-)?\d+", "wp-settings-*"),
    (r"wordpress_logged_in_[0-9a-f]+", "wordpress_logged_in_*"),
    (r"wordpress_[0-9a-f]{32}", "wordpress_*"),
    (r"_shopify_.+", None),
]
_KNOWN = [(re.compile(rf"^(?:{regex})$"), pattern) for regex, pattern in KNOWN]

_GENERIC = [
    re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),  # UUID
    re.compile(r"(?<![A-Za-z0-9])[0-9a-fA-F]{12,}(?![A-Za-z0-9])"),  # long hex
    re.compile(r"(?<![A-Za-z0-9])\d{5,}(?![A-Za-z0-9])"),  # ids, timestamps
    re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{10,}(?![A-Za-z0-9])"),
]


@functools.lru_cache(maxsize=65536)
def name_pattern(name: str) -> str | None:
    """The pattern grouping ``name`` with its siblings, or None when the name is fixed."""
    for regex, pattern in _KNOWN:
        if regex.match(name):
            return pattern
    result = name
    for regex in _GENERIC:
        result = regex.sub("*", result)
    return result if result != name else None
