"""The animated GIF proof of scan: a frame per step (loaded, banner, after the click, each page)."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw

WIDTH = 640
FRAME_MS = 900


class Proof:
    def __init__(self) -> None:
        self.frames: list[Image.Image] = []

    def capture(self, page: Any, caption: str) -> None:
        try:
            png = page.screenshot(type="png", timeout=5000, animations="disabled", caret="initial")
        except Exception:
            return  # a frame is evidence, not a reason to fail the scan
        image = Image.open(io.BytesIO(png)).convert("RGB")
        image.thumbnail((WIDTH, WIDTH), Image.Resampling.LANCZOS)
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, image.width, 16), fill=(20, 20, 20))
        draw.text((4, 2), caption[:100], fill=(255, 255, 255))
        self.frames.append(image.quantize(colors=128, method=Image.Quantize.MEDIANCUT))

    def gif(self) -> bytes:
        frames = self.frames or [Image.new("P", (WIDTH, 400))]
        if len(frames) == 1:
            frames = frames * 2  # always animated, so viewers treat it as a sequence
        out = io.BytesIO()
        frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=FRAME_MS, loop=0,
                       optimize=True)
        return out.getvalue()
