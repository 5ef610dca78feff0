"""What every HTTP API request goes through before a route sees it: a body capped while it is read, and JSON
that is valid UTF-8 without lone surrogates. Errors are the API's ``{statusCode, error, message}``.

The cap is counted on the bytes as they arrive, chunked or not (``Content-Length`` is only a first check), so
an oversized body costs at most ``limit`` bytes of memory; past it the API answers 413 and closes the
connection without reading the rest.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi.responses import JSONResponse

from pipeline.errors import InvalidInput

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Largest request body, bytes, on every route: a property, a report request or a batch of browser reports
#: (the Reporting API collector's 64 KB) all fit many times over.
MAX_BODY = 64 * 1024

REASONS = {400: "Bad Request", 403: "Forbidden", 404: "Not Found", 413: "Payload Too Large",
           415: "Unsupported Media Type", 422: "Unprocessable Entity", 429: "Too Many Requests",
           500: "Internal Server Error", 503: "Service Unavailable"}


class BadRequest(InvalidInput):
    """A body that is not what its content type says (invalid UTF-8 or JSON): 400, not 422."""


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"statusCode": status, "error": REASONS.get(status, "Error"), "message": message},
                        status_code=status, headers=headers)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json(body: bytes) -> Any:
    """The JSON document in ``body``; ``BadRequest`` for invalid UTF-8, invalid JSON (``NaN`` included) or a
    string with a lone surrogate (``"\\ud800"``: valid JSON, but no UTF-8 can store it downstream)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not valid UTF-8 (byte {exc.start})") from None
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"the body is not valid JSON: {str(exc)[:100]}") from None
    _check_strings(data)
    return data


def _check_strings(data: Any) -> None:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise BadRequest("the body holds a lone UTF-16 surrogate (such as \\ud800)") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def is_json(content_type: str) -> bool:
    media = content_type.split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


class BodyLimit:
    """ASGI middleware: reads each request body up to ``limit`` bytes before the application runs, answers 413
    past it and 400 for a JSON body that ``decode_json`` refuses, then hands the body on unchanged."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.lower(): value for name, value in scope.get("headers", ())}
        too_large = error_response(413, f"request bodies are limited to {self.limit} bytes",
                                   {"connection": "close"})
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away: nothing to answer
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await too_large(scope, receive, send)  # "connection: close": the rest is never read
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if body and is_json(headers.get(b"content-type", b"").decode("latin-1")):
            try:
                decode_json(body)
            except BadRequest as exc:
                await error_response(400, str(exc))(scope, receive, send)
                return
        await self.app(scope, _replay(body, receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives the body already read, then whatever the server sends next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
