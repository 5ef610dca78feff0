"""Where reports, HARs, GIFs and Parquet datasets live: one small interface, two implementations.

``LocalStorage`` writes under a directory (the embedded default); ``S3Storage`` writes to a bucket of any
S3-compatible server (MinIO in production). Keys are the same in both, e.g. ``reports/<id>/reports.json``.
Writes are whole-object and atomic: a reader sees the old object or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import io
import itertools
import json
import os
import threading
import time
from collections.abc import Hashable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from pipeline.errors import ObjectNotFound, StorageError, StorageRefused
from pipeline.settings import Settings


class Storage(Protocol):
    def put_bytes(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> Hashable | None:
        """Write ``data`` at ``key``; returns the new object's ``version`` (None when unknown)."""
    def put_file(self, key: str, path: Path, content_type: str = "application/octet-stream") -> None: ...
    def get_bytes(self, key: str) -> bytes: ...
    def open(self, key: str) -> BinaryIO: ...
    def exists(self, key: str) -> bool: ...
    def version(self, key: str) -> Hashable | None: ...
    def list(self, prefix: str) -> list[str]: ...
    def delete(self, key: str) -> None: ...
    def link(self, key: str, expires: timedelta = timedelta(minutes=5)) -> str: ...


def put_json(storage: Storage, key: str, value: Any) -> None:
    # Compact on purpose: ``indent`` makes the json module fall back from its C encoder (5x slower).
    storage.put_bytes(key, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(),
                      "application/json")


def get_json(storage: Storage, key: str) -> Any:
    return json.loads(storage.get_bytes(key))


#: File-system errors no retry can fix (``StorageRefused``), by errno, as an operator would name them.
REFUSALS = {errno.ENOSPC: "disk full", errno.EDQUOT: "disk quota exceeded", errno.EROFS: "read-only file system",
            errno.EACCES: "permission denied", errno.EPERM: "operation not permitted"}


def refusal(exc: OSError, what: str) -> StorageError:
    """The storage error for ``exc`` (``StorageRefused`` for a full, read-only or forbidden file system)."""
    cause = REFUSALS.get(exc.errno or 0)
    if cause:
        return StorageRefused(f"{what}: {cause} ({exc.strerror})")
    return StorageError(f"{what}: {exc.strerror or exc}")


@contextlib.contextmanager
def translated(what: str) -> Iterator[None]:
    """Turn the file system's ``OSError`` into a ``StorageError``, once, at the storage boundary."""
    try:
        yield
    except (FileNotFoundError, StorageError):
        raise
    except OSError as exc:
        raise refusal(exc, what) from exc


class LocalStorage:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._root = str(self.root)
        self._folders: set[str] = set()
        self._counter = itertools.count()

    def _path(self, key: str) -> Path:
        return Path(self._file(key))

    def _file(self, key: str) -> str:
        """The file of ``key``, as a string (pathlib costs as much as the write itself). Keys are relative,
        slash-separated and never climb: checked by text (no filesystem calls)."""
        parts = key.split("/")
        if key.startswith("/") or "\\" in key or any(p in ("..", ".") for p in parts) or "" in parts[:-1]:
            raise StorageError(f"key {key!r} escapes the storage root")
        return f"{self._root}/{key}"

    def put_bytes(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> Hashable:
        path = self._file(key)
        with translated(f"cannot write {key} under {self._root}"):
            try:
                return self._write(path, data)
            except FileNotFoundError as exc:  # a parent is missing and cannot be made: not a missing object
                raise StorageError(f"cannot write {key} under {self._root}: {exc.strerror}") from exc

    def _write(self, path: str, data: bytes) -> Hashable:
        folder = os.path.dirname(path)
        if folder not in self._folders:  # a report writes a dozen objects into a few folders
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        # Write aside, then rename over the key: readers see the old object or the new one.
        tmp = f"{folder}/.tmp-{os.getpid()}-{threading.get_ident()}-{next(self._counter)}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileNotFoundError:  # the folder was removed since (a deleted report): make it again
            os.makedirs(folder, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                stat = os.fstat(fd)  # a rename keeps inode, time and size: the version the key now has
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):  # a half-written file on a full disk would hold the space
                os.unlink(tmp)
            raise
        return self._version(path, stat)

    def put_file(self, key: str, path: Path, content_type: str = "application/octet-stream") -> None:
        with translated(f"cannot read {path} to store it at {key}"):
            data = Path(path).read_bytes()
        self.put_bytes(key, data, content_type)

    def get_bytes(self, key: str) -> bytes:
        try:
            with translated(f"cannot read {key} under {self._root}"), open(self._file(key), "rb") as handle:
                return handle.read()
        except FileNotFoundError as exc:
            raise ObjectNotFound(f"no object at {key!r}") from exc

    def open(self, key: str) -> BinaryIO:
        try:
            with translated(f"cannot read {key} under {self._root}"):
                return open(self._path(key), "rb")
        except FileNotFoundError as exc:
            raise ObjectNotFound(f"no object at {key!r}") from exc

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def version(self, key: str) -> Hashable | None:
        """Changes whenever the object is replaced (a write is a rename: a new inode); None if missing."""
        path = self._file(key)
        try:
            return self._version(path, os.stat(path))
        except FileNotFoundError:
            return None

    @staticmethod
    def _version(path: str, stat: os.stat_result) -> Hashable:
        return path, stat.st_ino, stat.st_mtime_ns, stat.st_size

    def list(self, prefix: str) -> list[str]:
        base = self._path(prefix) if prefix else self.root
        if base.is_file():
            return [prefix]
        if not base.is_dir():
            return []
        return sorted(str(p.relative_to(self.root)) for p in base.rglob("*")
                      if p.is_file() and not p.name.startswith(".tmp-"))

    def delete(self, key: str) -> None:
        with translated(f"cannot delete {key} under {self._root}"):
            self._path(key).unlink(missing_ok=True)

    def link(self, key: str, expires: timedelta = timedelta(minutes=5)) -> str:
        return self._path(key).as_uri()


#: S3 answers no retry can fix (MinIO's codes for a full or read-only server, and a refused key).
S3_REFUSALS = {"XMinioStorageFull": "the S3 server's disks are full", "AccessDenied": "permission denied",
               "XMinioAdminBucketQuotaExceeded": "bucket quota exceeded"}


class S3Storage:
    """A bucket on an S3-compatible server. Transient failures retry with exponential backoff."""

    def __init__(self, settings: Settings, attempts: int = 5, backoff: float = 0.5) -> None:
        from minio import Minio

        self.bucket = settings.s3_bucket
        self.attempts = attempts
        self.backoff = backoff
        # Our own timeouts and no hidden retries in urllib3: ``_call`` is the one retry policy, so a hung
        # server costs a bounded time (minio's default is 5 minutes a read, retried).
        import certifi
        import urllib3

        http = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=min(5.0, settings.s3_timeout), read=settings.s3_timeout),
            retries=False, maxsize=16, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
        self.client = Minio(settings.s3_endpoint, access_key=settings.s3_access_key,
                            secret_key=settings.s3_secret_key, secure=settings.s3_secure,
                            region=settings.s3_region, http_client=http)
        self._bucket_ready = False

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        from minio.error import S3Error

        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                if not self._bucket_ready:
                    if not self.client.bucket_exists(self.bucket):
                        self.client.make_bucket(self.bucket)
                    self._bucket_ready = True
                return fn(*args, **kwargs)
            except S3Error as exc:
                if exc.code in ("NoSuchKey", "NoSuchBucket"):
                    raise ObjectNotFound(f"{what}: {exc.code}") from exc
                if exc.code in S3_REFUSALS:
                    raise StorageRefused(f"{what}: {S3_REFUSALS[exc.code]} ({exc.code})") from exc
                error: Exception = exc
            except Exception as exc:  # urllib3 connection errors, timeouts
                error = exc
            if attempt == self.attempts:
                raise StorageError(f"{what} failed after {attempt} attempts: {error}") from error
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def put_bytes(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        self._call(f"put {key}", lambda: self.client.put_object(
            self.bucket, key, io.BytesIO(data), len(data), content_type=content_type))
        return None  # see ``version``

    def put_file(self, key: str, path: Path, content_type: str = "application/octet-stream") -> None:
        self._call(f"put {key}", self.client.fput_object, self.bucket, key, str(path), content_type=content_type)

    def get_bytes(self, key: str) -> bytes:
        def read() -> bytes:
            response = self.client.get_object(self.bucket, key)
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()
        return self._call(f"get {key}", read)

    def open(self, key: str) -> BinaryIO:
        """The object as a stream (the HTTP response itself: never whole in memory). Close it."""
        response = self._call(f"get {key}", self.client.get_object, self.bucket, key)
        response.auto_close = True
        return response  # type: ignore[no-any-return]

    def exists(self, key: str) -> bool:
        try:
            self._call(f"stat {key}", self.client.stat_object, self.bucket, key)
            return True
        except ObjectNotFound:
            return False

    def version(self, key: str) -> Hashable | None:
        """Unknown without a request that costs as much as the read: callers do not cache."""
        return None

    def list(self, prefix: str) -> list[str]:
        return self._call(f"list {prefix}", lambda: sorted(
            o.object_name for o in self.client.list_objects(self.bucket, prefix=prefix, recursive=True)))

    def delete(self, key: str) -> None:
        self._call(f"delete {key}", self.client.remove_object, self.bucket, key)

    def link(self, key: str, expires: timedelta = timedelta(minutes=5)) -> str:
        return self._call(f"presign {key}", self.client.presigned_get_object, self.bucket, key, expires=expires)


def open_storage(settings: Settings) -> Storage:
    if settings.storage_is_s3:
        return S3Storage(settings)
    return LocalStorage(settings.data_dir)
