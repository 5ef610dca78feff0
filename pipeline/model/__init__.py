"""The data model: messages, evidence, the report, schedules, statuses. Plain types and pure functions, no I/O.

Imports only the core modules (``pipeline.errors``, ``pipeline.ids``, ``pipeline.settings``...).
"""
