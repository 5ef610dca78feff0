"""Compaction: a past day's one-file-per-report Parquet objects merged into one file per partition.

Order matters for readers: the merged file is written whole (an object PUT is atomic), then the files it
replaces are deleted. A reader therefore never sees rows missing from a partition; in the moment between
the write and the deletes it may see a row twice, and every row carries its ``report_id`` for readers that
must be exact. Only days before ``before`` are touched (today's reports are still landing), and running it
again on a compacted partition changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.storage.objects import Storage
from pipeline.storage.tables import TABLES, file_schema

_PARTITION = re.compile(r"^(datasets/[^/]+/organization_id=[^/]+/date=(\d{4}-\d{2}-\d{2})/)[^/]+\.parquet$")


def partitions(storage: Storage, tables: Iterable[str] = TABLES) -> dict[str, list[str]]:
    """Partition prefix -> its Parquet keys."""
    found: dict[str, list[str]] = {}
    for table in tables:
        for key in storage.list(f"datasets/{table}/"):
            match = _PARTITION.match(key)
            if match:
                found.setdefault(match.group(1), []).append(key)
    return found


def compact_partition(storage: Storage, prefix: str, keys: list[str]) -> int:
    """Merge ``keys`` into one file of ``prefix``; returns the rows written (0 when nothing to do)."""
    if len(keys) < 2:
        return 0
    table = prefix.split("/")[1]
    schema = file_schema(table)
    name = "compacted-" + hashlib.sha1("\n".join(sorted(keys)).encode()).hexdigest()[:16] + ".parquet"
    rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        with pq.ParquetWriter(path, schema, compression="zstd") as writer:
            for key in sorted(keys):  # one file in memory at a time
                part = pq.read_table(io.BytesIO(storage.get_bytes(key)), schema=schema)
                writer.write_table(part)
                rows += part.num_rows
        storage.put_file(prefix + name, path, "application/vnd.apache.parquet")
    for key in keys:
        if key != prefix + name:
            storage.delete(key)
    return rows


def compact(storage: Storage, before: str, tables: Iterable[str] = TABLES) -> list[tuple[str, int, int]]:
    """Compact every partition dated before ``before`` (YYYY-MM-DD): ``[(prefix, files, rows)]``."""
    done = []
    for prefix, keys in sorted(partitions(storage, tables).items()):
        day = prefix.rstrip("/").rsplit("=", 1)[1]
        if day < before and len(keys) > 1:
            done.append((prefix, len(keys), compact_partition(storage, prefix, keys)))
    return done
