"""What both interfaces do (CLI and HTTP API): submit and run scans, history, links, exports, maintenance,
the scheduler and webhooks. Imports the engine and everything below it.
"""
