"""Every Parquet table consentscan writes: one explicit Arrow schema each, declared here only.

Datasets are Hive-partitioned by ``organization_id`` and ``date`` (the report's UTC creation day); the
partition columns live in the path, not in the files. A report writes each table to one deterministic key
(``<report_id>.parquet``), so a redelivered message overwrites its own rows instead of adding copies.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

PARTITION_KEYS = ("organization_id", "date")

_str = pa.string()
_ts = pa.timestamp("ms", tz="UTC")
_ids = pa.struct([pa.field("id", pa.list_(_str), nullable=False)])
_vendor_ref = pa.struct([pa.field("id", _str), pa.field("name", _str)])
#: In which scenarios and scenario steps a tracker or vendor was seen.
CMP_PRESENCE = pa.struct([pa.field("scenario_step", _ids, nullable=False), pa.field("scenario", _ids, nullable=False)])


def _keys() -> list[pa.Field]:
    return [
        pa.field("organization_id", _str, nullable=False),
        pa.field("date", _str, nullable=False),
        pa.field("report_id", _str, nullable=False),
        pa.field("property_id", _str, nullable=False),
    ]


REQUESTS = pa.schema(_keys() + [
    pa.field("scenario", _str, nullable=False),
    pa.field("step", _str, nullable=False),
    pa.field("request_index", pa.int32(), nullable=False),
    pa.field("page_url", _str),
    pa.field("url", _str, nullable=False),
    pa.field("host", _str, nullable=False),
    pa.field("sld", _str, nullable=False),
    pa.field("method", _str, nullable=False),
    pa.field("status", pa.int32()),
    pa.field("resource_type", _str),
    pa.field("mime_type", _str),
    pa.field("initiator", _str),
    pa.field("request_size", pa.int64()),
    pa.field("response_size", pa.int64()),
    pa.field("started_at", _ts, nullable=False),
    pa.field("time_ms", pa.float64()),
    pa.field("is_third_party", pa.bool_(), nullable=False),
    pa.field("has_query", pa.bool_(), nullable=False),
    pa.field("set_cookies", pa.list_(pa.struct([
        pa.field("name", _str, nullable=False),
        pa.field("domain", _str),
        pa.field("path", _str),
        pa.field("expires", _str),
        pa.field("max_age", pa.int64()),
        pa.field("http_only", pa.bool_()),
        pa.field("secure", pa.bool_()),
        pa.field("same_site", _str),
        pa.field("partitioned", pa.bool_()),
    ]))),
    # added later (files written before read it as null): Reporting-Endpoints, Report-To and NEL headers
    pa.field("reporting_headers", pa.list_(pa.struct([pa.field("name", _str), pa.field("value", _str)]))),
])

TRACKERS = pa.schema(_keys() + [
    pa.field("id", _str, nullable=False),
    pa.field("type", _str, nullable=False),
    pa.field("source", _str, nullable=False),
    pa.field("name", _str, nullable=False),
    pa.field("host", _str, nullable=False),
    pa.field("is_http_only", pa.bool_()),
    pa.field("is_secure_only", pa.bool_()),
    pa.field("is_persistent", pa.bool_(), nullable=False),
    pa.field("is_third_party", pa.bool_(), nullable=False),
    pa.field("initiator", pa.struct([
        pa.field("type", _str), pa.field("url", _str), pa.field("url_host", _str),
        pa.field("url_sld", _str), pa.field("vendor", _vendor_ref),
    ])),
    pa.field("cmp", CMP_PRESENCE, nullable=False),
    pa.field("page_url", _str),
    pa.field("page_url_host", _str),
    pa.field("page_url_sld", _str),
    pa.field("name_pattern", _str),
    pa.field("initial_name", _str, nullable=False),
    pa.field("sld", _str, nullable=False),
    pa.field("vendor", _vendor_ref),
    pa.field("max_lifetime_seconds", pa.int64(), nullable=False),
    pa.field("category", _str, nullable=False),
    pa.field("category_source", _str, nullable=False),
    pa.field("created_at", _ts, nullable=False),
    # added later (files written before read it as null): why the tracker is the CMP's consent record
    pa.field("consent_record", _str),
])

PARTNER = pa.struct([
    pa.field("id", _str, nullable=False),
    pa.field("name", _str, nullable=False),
    pa.field("matched_hosts", pa.list_(pa.struct([pa.field("host", _str), pa.field("raw_pattern", _str)]))),
    pa.field("functional_namespace", _str),
    pa.field("country", _str),
    pa.field("namespaces", pa.struct([pa.field("iab2", pa.int64()), pa.field("google", pa.int64())])),
    pa.field("tcf", pa.struct([
        pa.field("default_purposes_id", pa.list_(_str)),
        pa.field("spi_purposes_id", pa.list_(_str)),
        pa.field("legitimate_interest_purposes_id", pa.list_(_str)),
    ])),
    pa.field("policy_url", _str),  # added later: files written before read it as null
])

VENDORS = pa.schema(_keys() + [
    pa.field("id", _str, nullable=False),
    pa.field("request_count", pa.int64(), nullable=False),
    pa.field("partner", PARTNER),
    pa.field("cmp", CMP_PRESENCE, nullable=False),
    pa.field("created_at", _ts, nullable=False),
])

#: The privacy checks of the consent signals and the banner's design: null where one does not apply.
PRIVACY_SIGNAL_CHECKS = ("has_refuse_on_first_layer", "has_balanced_choice_design", "has_no_preticked_purposes",
                         "has_consent_withdrawal", "has_no_legitimate_interest_claims",
                         "has_accurate_essential_labels", "respects_tcf_choice", "respects_consent_mode",
                         "honors_gpc")

PRIVACY = pa.schema(_keys() + [
    pa.field("privacy", pa.struct([
        pa.field(name, pa.bool_(), nullable=False) for name in (
            "has_user_consent_information", "has_user_consent_choice", "has_short_cookies_lifetime",
            "has_privacy_policy", "has_privacy_policy_all_pages", "has_privacy_policy_opt_out")
    ] + [
        # added later (files written before read them as null); null also where a check does not apply
        pa.field(name, pa.bool_()) for name in PRIVACY_SIGNAL_CHECKS
    ]), nullable=False),
    pa.field("created_at", _ts, nullable=False),
])

#: The evidence behind each privacy check: one row per check and finding.
PRIVACY_EVIDENCE = pa.schema(_keys() + [
    pa.field("check", _str, nullable=False),
    pa.field("passed", pa.bool_(), nullable=False),
    pa.field("scenario", _str),
    pa.field("page_url", _str),
    pa.field("detail", _str),
])

_consent_types = pa.struct([pa.field(t, _str) for t in
                            ("ad_storage", "analytics_storage", "ad_user_data", "ad_personalization")])
_ints = pa.list_(pa.int64())
#: Per scenario step: the decoded IAB TCF string and the Google Consent Mode state its tags stated.
CONSENT_SIGNALS = pa.schema(_keys() + [
    pa.field("scenario", _str, nullable=False),
    pa.field("step", _str, nullable=False),
    pa.field("tcf", pa.struct([
        pa.field("tc_string", _str), pa.field("cmp_id", pa.int64()), pa.field("cmp_version", pa.int64()),
        pa.field("gdpr_applies", pa.bool_()), pa.field("event_status", _str),
        pa.field("tcf_policy_version", pa.int64()), pa.field("vendor_list_version", pa.int64()),
        pa.field("gvl_available", pa.bool_()), pa.field("publisher_cc", _str),
        pa.field("purpose_consents", _ints), pa.field("purpose_legitimate_interests", _ints),
        pa.field("special_feature_optins", _ints), pa.field("vendor_consents", _ints),
        pa.field("vendor_legitimate_interests", _ints), pa.field("error", _str),
        pa.field("vendors", pa.list_(pa.struct([
            pa.field("id", pa.int64()), pa.field("name", _str), pa.field("consent", pa.bool_()),
            pa.field("legitimate_interest", pa.bool_()), pa.field("consent_purposes", _ints),
            pa.field("legitimate_interest_purposes", _ints),
        ]))),
    ])),
    pa.field("consent_mode", pa.struct([
        pa.field("tags", pa.list_(_str)), pa.field("hits", pa.int64()), pa.field("hits_with_signal", pa.int64()),
        pa.field("present", pa.bool_()), pa.field("default", _consent_types), pa.field("state", _consent_types),
        pa.field("parameters", pa.map_(_str, pa.list_(_str))),
    ])),
    pa.field("created_at", _ts, nullable=False),
])

ERROR = pa.struct([
    pa.field("collect_id", _str, nullable=False),
    pa.field("scenario_id", _str, nullable=False),
    pa.field("error_type", _str, nullable=False),
    pa.field("error_description", _str),
])

REPORTS = pa.schema([
    pa.field("organization_id", _str, nullable=False),
    pa.field("date", _str, nullable=False),
    pa.field("id", _str, nullable=False),
    pa.field("property_id", _str, nullable=False),
    pa.field("url", _str, nullable=False),
    pa.field("scan_type", _str, nullable=False),
    pa.field("status", _str, nullable=False),
    pa.field("score", pa.int32(), nullable=False),
    pa.field("trackers_count", pa.int64(), nullable=False),
    pa.field("vendors_count", pa.int64(), nullable=False),
    pa.field("errors", pa.list_(ERROR), nullable=False),
    pa.field("score_breakdown", pa.list_(pa.struct([
        pa.field("component", _str), pa.field("penalty", pa.int32()), pa.field("detail", _str),
    ]))),
    pa.field("cmp_name", _str),
    pa.field("reporting_api_count", pa.int64()),
    pa.field("created_at", _ts, nullable=False),
])

REPORTING_API = pa.schema(_keys() + [
    pa.field("scenario", _str),
    pa.field("page_url", _str),
    pa.field("type", _str, nullable=False),
    pa.field("url", _str),
    pa.field("body", _str),
    pa.field("source", _str, nullable=False),
    pa.field("received_at", _ts, nullable=False),
])

#: What changed since the previous successful report of the same property.
CHANGES = pa.schema(_keys() + [
    pa.field("previous_report_id", _str),
    pa.field("kind", _str, nullable=False),
    pa.field("change", _str, nullable=False),
    pa.field("key", _str, nullable=False),
    pa.field("name", _str),
    pa.field("host", _str),
    pa.field("vendor_id", _str),
])

TABLES: dict[str, pa.Schema] = {
    "requests": REQUESTS,
    "trackers": TRACKERS,
    "vendors": VENDORS,
    "privacy": PRIVACY,
    "privacy_evidence": PRIVACY_EVIDENCE,
    "reports": REPORTS,
    "reporting_api": REPORTING_API,
    "changes": CHANGES,
    "consent_signals": CONSENT_SIGNALS,
}


@dataclasses.dataclass(frozen=True)
class Partition:
    organization_id: str
    date: str

    def key(self, table: str, part: str) -> str:
        if table not in TABLES:
            raise KeyError(f"unknown table {table!r}")
        return f"datasets/{table}/organization_id={self.organization_id}/date={self.date}/{part}.parquet"


@functools.cache
def file_schema(table: str) -> pa.Schema:
    """The schema inside the Parquet files: the table's schema without the partition columns."""
    schema = TABLES[table]
    return pa.schema([f for f in schema if f.name not in PARTITION_KEYS])


@functools.cache
def _row_type(table: str) -> pa.StructType:
    return pa.struct(list(file_schema(table)))


@functools.cache
def _timestamp_columns(table: str) -> tuple[str, ...]:
    return tuple(f.name for f in file_schema(table) if pa.types.is_timestamp(f.type))


def to_arrow(table: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows (dicts shaped like the JSON outputs) as an Arrow table of the file schema; ISO strings become
    timestamps. Converted as one struct array, in C++ (``Table.from_pylist`` makes each column in Python
    first: twice the time)."""
    stamps = _timestamp_columns(table)
    prepared = []
    for row in rows:
        parsed = {name: datetime.fromisoformat(row[name].replace("Z", "+00:00"))
                  for name in stamps if isinstance(row.get(name), str)}
        prepared.append({**row, **parsed} if parsed else row)
    return pa.Table.from_struct_array(pa.array(prepared, type=_row_type(table)))


def to_parquet_bytes(table: pa.Table) -> bytes:
    """One report's rows as a Parquet file. These files are small and many, and the compaction rewrites a
    day's worth into one zstd file with statistics and dictionaries. Here: snappy, no statistics, no
    dictionary pages and no copy of the Arrow schema (the Parquet schema alone reads back to the same Arrow
    types, which a test checks for every table); a write costs about 10 µs per leaf column, half of what the
    defaults cost, and it is most of a stage's time."""
    sink = pa.BufferOutputStream()  # Arrow's own buffer: no call back into Python for every page written
    pq.write_table(table, sink, compression="snappy", write_statistics=False, use_dictionary=False,
                   store_schema=False)
    return sink.getvalue().to_pybytes()
