"""Every error consentscan raises on purpose.

ConsentscanError
├── InvalidInput               bad URL, option or setting: CLI exit 2, API 422
│   └── TargetRefused          the URL guard refused a private or reserved address
├── InvalidMessage             a malformed or unknown-version message: dead-lettered, never retried
├── StorageError               the object store failed after its retries
│   ├── ObjectNotFound         no object at that key
│   └── StorageRefused         disk full, read-only or permission denied: never retried
├── ServiceUnavailable         the control-plane database or the broker cannot be reached
├── DeliveryFailed             a webhook receiver did not take an event (retried with backoff)
└── ScanError                  an expected scan failure, stored in the report as ``error_type``
    ├── WebsiteNotReachable    website_not_reachable
    ├── AntiBotSystem          anti_bot_system
    ├── NoExistingOrClearCmp   no_existing_or_clear_cmp
    ├── NoButtonFound          no_button_found
    ├── NotAbleToClick         not_able_to_click
    └── GeneralError           general_error

Third-party exceptions (Playwright, minio, pika) are translated once, at the boundary, with the original
chained as ``__cause__``.
"""

from __future__ import annotations


class ConsentscanError(Exception):
    """Base of every error raised on purpose."""


class InvalidInput(ConsentscanError):
    """User input that cannot be scanned or a setting that cannot be used."""


class TargetRefused(InvalidInput):
    """The URL guard refused the target: it is, or resolves to, a non-public address."""


class InvalidMessage(ConsentscanError):
    """A queue message that no retry can fix (malformed, unknown schema version)."""


class StorageError(ConsentscanError):
    """The object store did not accept or return data within its retry budget."""


class ObjectNotFound(StorageError):
    """No object is stored at the key."""


class StorageRefused(StorageError):
    """The file system or database under the object store or the control plane refused a write or a read:
    disk full, read-only, permission denied. Translated once, where ``OSError`` or the database driver's
    error is raised (``pipeline.storage.objects.refusal``); no retry can fix it until an operator acts, so a stage
    that raises it fails at once and its report ends ``failed`` naming the cause."""


class ServiceUnavailable(ConsentscanError):
    """The control-plane database or RabbitMQ cannot be reached."""


class DeliveryFailed(ConsentscanError):
    """A webhook receiver could not be reached or did not answer 2xx."""

    def __init__(self, description: str, http_status: int | None = None) -> None:
        super().__init__(description)
        self.http_status = http_status


class ScanError(ConsentscanError):
    """A scan failure that belongs in the report. Subclasses fix ``error_type``."""

    error_type = "general_error"

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description

    def as_record(self) -> dict[str, str]:
        return {"error_type": self.error_type, "error_description": self.description}


class WebsiteNotReachable(ScanError):
    error_type = "website_not_reachable"


class AntiBotSystem(ScanError):
    error_type = "anti_bot_system"


class NoExistingOrClearCmp(ScanError):
    error_type = "no_existing_or_clear_cmp"


class NoButtonFound(ScanError):
    error_type = "no_button_found"


class NotAbleToClick(ScanError):
    error_type = "not_able_to_click"


class GeneralError(ScanError):
    error_type = "general_error"


SCAN_ERRORS: dict[str, type[ScanError]] = {
    cls.error_type: cls
    for cls in (WebsiteNotReachable, AntiBotSystem, NoExistingOrClearCmp, NoButtonFound, NotAbleToClick, GeneralError)
}
ERROR_TYPES = tuple(SCAN_ERRORS)
