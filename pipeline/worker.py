"""Entry point of ``dramatiq pipeline.worker``: the RabbitMQ broker, storage and every stage's actor.

Started by ``consentscan worker``; Dramatiq's CLI manages the processes and threads.
"""

from __future__ import annotations

from pipeline import logs, runtime
from pipeline.broker import setup_broker
from pipeline.settings import Settings

settings = Settings.from_env(log_format="json")
logs.configure(settings)
broker = setup_broker(settings)
runtime.init(settings)
