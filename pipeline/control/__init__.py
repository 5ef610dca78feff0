"""The control plane: one database (SQLite or PostgreSQL) and its repositories (reports, properties,
schedules, API keys, webhooks, portfolio). Imports storage, the model and the core.
"""
