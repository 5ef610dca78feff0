"""Values derived from stored objects (a scenario's parsed evidence, a dataset's Arrow table), kept by the
process and reused while the object is unchanged.

The analysis stages of a report usually run in one worker process, one after the other: the HAR parse
stage writes the report's ``requests`` rows and two later stages read them; four stages read the same
evidence. Parsing is most of a stage's time, so each value is kept under the object's ``Storage.version``
(on local storage: inode, modification time and size, which any rewrite changes). A redelivered stage that
rewrites an object is therefore read anew, and a worker that did not write an object reads it from storage.
Storage that cannot tell a version cheaply (S3) is never cached. Values are shared: callers must not
mutate them.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class VersionedCache(Generic[T]):
    """At most ``size`` values, the least recently used dropped first. Thread-safe."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: collections.OrderedDict[Hashable, T] = collections.OrderedDict()
        self._lock = threading.Lock()

    def get(self, version: Hashable | None) -> T | None:
        if version is None:
            return None
        with self._lock:
            value = self._values.get(version)
            if value is not None:
                self._values.move_to_end(version)
            return value

    def put(self, version: Hashable | None, value: T) -> None:
        if version is None:
            return
        with self._lock:
            self._values[version] = value
            self._values.move_to_end(version)
            while len(self._values) > self.size:
                self._values.popitem(last=False)

    def load(self, storage: Any, key: str, parse: Callable[[bytes], T]) -> T:
        """The value of the object at ``key``: cached, or read and parsed (``ObjectNotFound`` if missing).

        The version is taken before the read, so a rewrite in between is at worst read again later."""
        version = storage.version(key)
        value = self.get(version)
        if value is None:
            value = parse(storage.get_bytes(key))
            self.put(version, value)
        return value
