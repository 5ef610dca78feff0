"""``python -m pipeline.cli``: the ``consentscan`` command (``pipeline.cli.main``)."""

from __future__ import annotations

import sys

from pipeline.cli.main import main

sys.exit(main())
