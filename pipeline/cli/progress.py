"""A progress bar for batch work on a terminal (plain periodic lines when stderr is not one)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.total = total
        self.stream = stream
        self.width = width
        self.started = time.monotonic()
        self._last_line = 0.0
        self.tty = stream.isatty()

    def line(self, done: int, failed: int) -> str:
        finished = done + failed
        filled = int(self.width * finished / self.total) if self.total else self.width
        elapsed = time.monotonic() - self.started
        eta = elapsed / finished * (self.total - finished) if finished else None
        eta_text = _duration(eta) if eta is not None else "?"
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {finished}/{self.total}  done {done}  "
                f"failed {failed}  remaining {self.total - finished}  ETA {eta_text}")

    def update(self, done: int, failed: int) -> None:
        now = time.monotonic()
        if self.tty:
            self.stream.write("\r" + self.line(done, failed))
            self.stream.flush()
        elif now - self._last_line >= 10 or done + failed == self.total:
            self.stream.write(self.line(done, failed) + "\n")
            self._last_line = now

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"
