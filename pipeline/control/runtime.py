"""What a running process shares with its actors: settings, storage, control plane.

Built once by the CLI or the worker entry point (``init``) and read by actors (``current``); stage
functions receive the pieces they need as arguments, never this object.
"""

from __future__ import annotations

import dataclasses

from pipeline.control.reports import ControlPlane
from pipeline.settings import Settings
from pipeline.storage.objects import Storage, open_storage


@dataclasses.dataclass
class Runtime:
    settings: Settings
    storage: Storage
    controlplane: ControlPlane


_current: Runtime | None = None


def init(settings: Settings, storage: Storage | None = None) -> Runtime:
    global _current
    if settings.uses_data_dir:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    if _current is not None:
        _current.controlplane.close()
    _current = Runtime(settings, storage or open_storage(settings), ControlPlane(settings.database))
    return _current


def current() -> Runtime:
    if _current is None:
        raise RuntimeError("pipeline.control.runtime.init(settings) was not called in this process")
    return _current
