"""Host-resolver rules are checked where both the CLI and the API (which stores them with a property) parse
them: ``HostRules.parse``."""

from __future__ import annotations

import pytest

from pipeline.control.properties import property_from_api
from pipeline.errors import InvalidInput
from pipeline.netguard import Guard, HostRules

GOOD = ["MAP *:80 127.0.0.1:8080, MAP *:443 127.0.0.1:8443, EXCLUDE localhost", "MAP *.example 10.0.0.5",
        "MAP * [::1]:8080", "MAP * ::1", "MAP shop.test:443 staging_web.internal:8443", "EXCLUDE *.test:80", ""]
BAD = [
    ("MAP * 127.0.0.1:99999", "port '99999'"), ("MAP * 127.0.0.1:abc", "port 'abc'"),
    ("MAP *:0 127.0.0.1", "port '0'"), ("MAP *:abc 127.0.0.1", "port 'abc'"), ("MAP * 127.0.0.1:", "port ''"),
    ("MAP * *.evil", "'*.evil' is not a host name or IP address"), ("MAP * [zz]:80", "'[zz]' is not"),
    ("MAP * a/b", "'a/b' is not"), ("MAP sh@p 1.2.3.4", "'sh@p' is not a host name, pattern or IP address"),
    ("SEND * 127.0.0.1", "use 'MAP pattern host[:port]'"), ("MAP *", "use 'MAP pattern host[:port]'"),
]


@pytest.mark.parametrize("rules", GOOD)
def test_good_rules_parse(rules):
    HostRules.parse(rules)


@pytest.mark.parametrize(("rules", "reason"), BAD, ids=[rule for rule, _ in BAD])
def test_bad_rules_are_refused_naming_the_rule_and_the_problem(rules, reason):
    with pytest.raises(InvalidInput, match="bad host-resolver rule") as refused:
        HostRules.parse(rules)
    assert reason in str(refused.value)


def test_a_property_stored_by_the_api_gets_the_same_check():
    data = {"url": "https://www.shop.example/", "host_resolver_rules": "MAP * 127.0.0.1:99999"}
    with pytest.raises(InvalidInput, match="port '99999'"):
        property_from_api(data, "acme").validate(Guard())
