"""Entry point of ``dramatiq pipeline.services.worker``: the RabbitMQ broker, storage and every stage's actor.

Started by ``consentscan worker``; Dramatiq's CLI manages the processes and threads. Workers log JSON lines
unless ``CONSENTSCAN_LOG_FORMAT`` says otherwise.
"""

from __future__ import annotations

import os

import dramatiq

from pipeline.services.boot import boot
from pipeline.settings import PREFIX, Settings

settings = Settings.from_env(log_format=None if os.environ.get(PREFIX + "LOG_FORMAT") else "json")
boot(settings)
broker = dramatiq.get_broker()  # what Dramatiq's CLI looks up in this module
