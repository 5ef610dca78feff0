"""Entry point of ``dramatiq pipeline.worker``: the RabbitMQ broker, storage and every stage's actor.

Started by ``consentscan worker``; Dramatiq's CLI manages the processes and threads. Workers log JSON lines
unless ``CONSENTSCAN_LOG_FORMAT`` says otherwise.
"""

from __future__ import annotations

import os

from pipeline import logs, runtime
from pipeline.broker import setup_broker
from pipeline.settings import PREFIX, Settings

settings = Settings.from_env(log_format=None if os.environ.get(PREFIX + "LOG_FORMAT") else "json")
logs.configure(settings)
broker = setup_broker(settings)
runtime.init(settings)
