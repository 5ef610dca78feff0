"""The animated GIF proof of scan: a frame per step (loaded, banner, after the click, each page)."""

from __future__ import annotations

import base64
import concurrent.futures
import contextlib
import io
from typing import Any

from PIL import Image, ImageDraw

from stages.crawl.memory import CaptureGate

WIDTH = 640
FRAME_MS = 900
#: Draws the frames while the scenario goes on, as their screenshots come, so that storing the scenario only has
#: to put them together (drawing ten frames at the end took 0.45 s of every scenario's time). One thread per
#: process, off the browser's event loop.
_DRAWER = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="proof-frames")


class Proof:
    """``gate``: the browser's ``CaptureGate``, which holds screenshots back while its watchdog kills a renderer."""

    def __init__(self, gate: CaptureGate | None = None) -> None:
        self.gate = gate
        #: The frames, being drawn or drawn.
        self._frames: list[concurrent.futures.Future[Image.Image]] = []
        self._cdp: dict[int, Any] = {}

    def _screenshot(self, page: Any) -> bytes:
        """A JPEG of the viewport as it is shown, made smaller by ``_DRAWER``'s thread. Not rendered at the GIF's
        width by Chromium (a clip whose scale is not 1): that resizes the page's view for the capture, and a frame
        in another process (a CMP's cross-origin iframe) takes no pointer input until it has drawn again at its
        size: the click that follows the capture of the control it outlines went to the page's <iframe> element,
        and was lost."""
        session = self._cdp.get(id(page))
        if session is None:
            session = self._cdp[id(page)] = page.context.new_cdp_session(page)
        with self.gate.passage(page.wait_for_timeout) if self.gate else contextlib.nullcontext():
            shot = session.send("Page.captureScreenshot", {"format": "jpeg", "quality": 75, "optimizeForSpeed": True})
        return base64.b64decode(shot["data"])

    def capture(self, page: Any, caption: str, highlight: dict[str, float] | None = None) -> None:
        """A frame of the page with a caption; ``highlight``, a box in page coordinates, is outlined in red
        (the control about to be clicked). Only the screenshot is taken here; the frame is drawn in
        ``_DRAWER``'s thread, off the browser's event loop."""
        try:
            shot = self._screenshot(page)
        except Exception:
            return  # a frame is evidence, not a reason to fail the scan
        scale = WIDTH / ((page.viewport_size or {"width": 1366})["width"])
        self._frames.append(_DRAWER.submit(self._frame, shot, caption, highlight, scale))

    def _frame(self, shot: bytes, caption: str, highlight: dict[str, float] | None, scale: float) -> Image.Image:
        image = Image.open(io.BytesIO(shot))
        image.thumbnail((WIDTH, image.height))  # decoded at a fraction of its size first (JPEG draft mode)
        image = image.convert("RGB")
        draw = ImageDraw.Draw(image)
        if highlight:
            x, y = highlight["x"] * scale, highlight["y"] * scale
            w, h = highlight["width"] * scale, highlight["height"] * scale
            draw.rectangle((x - 3, y - 3, x + w + 3, y + h + 3), outline=(230, 0, 0), width=3)
        draw.rectangle((0, 0, image.width, 16), fill=(20, 20, 20))
        draw.text((4, 2), caption[:100], fill=(255, 255, 255))
        # Octree: 2 ms a frame where median cut took 25-75 ms, as legible on screenshots of pages.
        return image.quantize(colors=128, method=Image.Quantize.FASTOCTREE)

    @property
    def frames(self) -> list[Image.Image]:
        return [frame.result() for frame in self._frames]

    def gif(self) -> bytes:
        frames = self.frames or [Image.new("P", (WIDTH, 400))]
        if len(frames) == 1:
            frames = frames * 2  # always animated, so viewers treat it as a sequence
        out = io.BytesIO()
        frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=FRAME_MS, loop=0,
                       optimize=True)
        return out.getvalue()
