"""The dashboard under ``/ui/``: server-rendered pages for people (portfolio, property, report), signed-in
with an organization's API key.

portfolio (a row per property, kept when a report ends) <- session (cookie, CSRF) <- pages (HTML)
<- routes (the FastAPI router mounted by ``pipeline.api.app``)
"""
