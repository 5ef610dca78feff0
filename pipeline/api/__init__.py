"""The HTTP API (``consentscan api``): the FastAPI app, its routers, the Reporting API collector, the dashboard.

Thin: calls ``pipeline.services`` and the repositories of ``pipeline.control``.
"""
