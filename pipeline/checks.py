"""Checks of values a user types: settings (``pipeline.settings``) and command-line arguments (``pipeline.cli.main``).

Each check returns the value it accepts (converted or normalized) or raises ``InvalidInput`` saying what it
expected and what it got; the caller names the field (``named``), so that one check serves an environment
variable and a flag alike.
"""

from __future__ import annotations

import argparse
import math
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from pipeline.errors import InvalidInput

T = TypeVar("T")
#: A DNS name (RFC 1123 labels; ``_`` too, as container and service names use it).
_HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9_-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9_-]{1,63}(?<!-))*\.?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def named(field: str, check: Callable[..., T], *args: object, **kwargs: object) -> T:
    """``check(*args)``, with its error message prefixed by ``field``."""
    try:
        return check(*args, **kwargs)
    except InvalidInput as exc:
        raise InvalidInput(f"{field}: {exc}") from None


def argument(check: Callable[[str], T]) -> Callable[[str], T]:
    """An argparse ``type=`` from a check: argparse then names the flag (``argument --port: ...``)."""
    def convert(text: str) -> T:
        try:
            return check(text)
        except InvalidInput as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    convert.__name__ = check.__name__  # argparse shows it in "invalid <name> value"
    return convert


def number(value: object, kind: type = float, minimum: float | None = None, strict: bool = False,
           maximum: float | None = None) -> float | int:
    """A finite ``kind`` (int or float) at least ``minimum`` (above it if ``strict``), at most ``maximum``."""
    bound = "" if minimum is None else f" {'>' if strict else '>='} {_shown(minimum)}"
    bound += "" if maximum is None else f" and <= {_shown(maximum)}"
    expected = ("an integer" if kind is int else "a finite number") + bound
    try:
        converted = kind(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError):
        raise InvalidInput(f"must be {expected}, got {value!r}") from None
    if not math.isfinite(converted) or (minimum is not None and (converted <= minimum if strict else
                                                                 converted < minimum)) \
            or (maximum is not None and converted > maximum):
        raise InvalidInput(f"must be {expected}, got {value!r}")
    return converted


def _shown(bound: float) -> str:
    return str(int(bound)) if float(bound).is_integer() else f"{bound:g}"


def positive(value: object) -> float:
    return number(value, float, 0, strict=True)


def positive_int(value: object) -> int:
    return int(number(value, int, 1))


def between(low: int, high: int) -> Callable[[object], int]:
    """A check of an integer from ``low`` to ``high`` (an hour, a day, a page count)."""
    def check(value: object) -> int:
        return int(number(value, int, low, maximum=high))
    check.__name__ = f"integer {low}-{high}"
    return check


def port(value: object, off: bool = False) -> int:
    """A TCP port, 1-65535; with ``off``, 0 too (it turns the listener off)."""
    expected = "0 (off) or a port from 1 to 65535" if off else "a port from 1 to 65535"
    try:
        converted = int(value.strip() if isinstance(value, str) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidInput(f"must be {expected}, got {value!r}") from None
    if not (0 if off else 1) <= converted <= 65535:
        raise InvalidInput(f"must be {expected}, got {value!r}")
    return converted


def day(text: str) -> str:
    """A calendar day, ``YYYY-MM-DD``."""
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"must be a date YYYY-MM-DD, got {text!r}") from None
    return text


def host(text: str) -> str:
    """A host name or an IP address (IPv6 without its brackets)."""
    import ipaddress

    try:
        ipaddress.ip_address(text)
        return text
    except ValueError:
        pass
    if len(text) > 253 or not _HOST_NAME.fullmatch(text):
        raise InvalidInput(f"{text!r} is not a host name or an IP address")
    return text


def _split(url: str, shown: str) -> tuple[str, int | None, object]:
    """Host and port of a URL; raises ``InvalidInput`` for what ``urlsplit`` refuses (``[zz]``, a bad port)."""
    try:
        parts = urlsplit(url)
        port_number = parts.port
    except ValueError as exc:
        raise InvalidInput(f"malformed {shown!r}: {exc}") from None
    if not parts.hostname:
        raise InvalidInput(f"no host in {shown!r}")
    host(parts.hostname)
    if port_number == 0:
        raise InvalidInput(f"port 0 in {shown!r}: a port is 1 to 65535")
    return parts.hostname, port_number, parts


def amqp_url(text: str) -> str:
    """RabbitMQ's URL: ``amqp://`` or ``amqps://``, user and password optional, a host, a port if given."""
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme not in ("amqp", "amqps"):
        raise InvalidInput(f"must be an amqp:// or amqps:// URL, got {text!r}")
    _split(text, text)
    return text


def s3_endpoint(text: str) -> tuple[str, bool | None]:
    """``host[:port]`` or ``http(s)://host[:port]``: ``(host[:port], secure)``, ``secure`` None without scheme."""
    rest, secure = text.strip(), None
    if "://" in rest:
        scheme, rest = rest.split("://", 1)
        if scheme.lower() not in ("http", "https"):
            raise InvalidInput(f"must be host:port or http(s)://host:port, got {text!r}")
        secure = scheme.lower() == "https"
    hostname, port_number, parts = _split("//" + rest, text)
    if parts.path not in ("", "/") or parts.query or parts.fragment or "@" in parts.netloc:  # type: ignore[attr-defined]
        raise InvalidInput(f"must be host:port or http(s)://host:port, without user, path or query, got {text!r}")
    shown = f"[{hostname}]" if ":" in hostname else hostname
    return shown + (f":{port_number}" if port_number else ""), secure


def database_url(text: str) -> str:
    """A SQLAlchemy URL whose dialect and driver can be imported here."""
    import sqlalchemy as sa

    try:
        url = sa.engine.make_url(text)
    except sa.exc.ArgumentError:
        raise InvalidInput(f"must be a SQLAlchemy URL such as postgresql+psycopg2://user@host/db, got {text!r}") \
            from None
    try:
        dialect = url.get_dialect()
    except sa.exc.NoSuchModuleError:
        raise InvalidInput(f"unknown database {url.drivername!r} in {url.render_as_string()!r}") from None
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        raise InvalidInput(f"the driver of {url.drivername}:// is not installed ({exc})") from None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        try:
            writable_dir(Path(url.database).expanduser().parent)
        except InvalidInput as exc:
            raise InvalidInput(f"the SQLite file {url.database!r} cannot be written: {exc}") from None
    return text


def writable_dir(path: Path) -> Path:
    """A directory that exists or can be made, and that this process can write to. Nothing is created."""
    probe = path.expanduser().absolute()
    while not probe.exists():
        if probe.is_symlink():
            raise InvalidInput(f"{str(path)!r} is a broken symbolic link")
        probe = probe.parent
    if not probe.is_dir():
        what = "is" if probe == path.expanduser().absolute() else f"is under {str(probe)!r}, which is"
        raise InvalidInput(f"{str(path)!r} {what} a file, not a directory")
    if not os.access(probe, os.W_OK | os.X_OK):
        read_only = bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
        cause = "read-only file system" if read_only else "permission denied"
        where = "" if probe == path.expanduser().absolute() else f" (in {str(probe)!r})"
        raise InvalidInput(f"{str(path)!r} cannot be written{where}: {cause}")
    return path


def text_file(path: str, limit: int = 256 << 20) -> str:
    """The text of a file a user gives (a batch, an import, a JSON document): readable, UTF-8, no NUL byte."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path!r}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InvalidInput(f"{path!r} is larger than {limit >> 20} MiB")
    if b"\0" in data:
        raise InvalidInput(f"{path!r} is not a text file (it holds NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path!r} is not UTF-8 text (byte {exc.start})") from None
