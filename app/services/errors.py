"""Errors the service layer raises. Messages are already in the user's language."""

from __future__ import annotations

from app.domain.messages import msg


class ServiceError(Exception):
    """Base of every error a caller (GUI or CLI) is expected to show to a person."""


class ValidationError(ServiceError):
    """Bad input, field by field: {field name: message}. Nothing was written."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(ServiceError):
    def __init__(self, what: str) -> None:
        super().__init__(msg("unknown_record", value=what))


class PermissionDenied(ServiceError):
    """The acting user's role does not allow this (app.domain.policy). Nothing was read
    or written."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(msg(key))


class StaleVersion(ServiceError):
    """The record changed since the caller read it: reload before saving again."""

    def __init__(self, current: int, expected: int) -> None:
        self.current = current
        self.expected = expected
        super().__init__(msg("stale_version", current=current, expected=expected))


class Errors:
    """Collects field errors while validating, then raises them all at once."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def add(self, field: str, key: str, **values: object) -> None:
        self.found.setdefault(field, msg(key, **values))

    def __bool__(self) -> bool:
        return bool(self.found)

    def raise_if_any(self) -> None:
        if self.found:
            raise ValidationError(self.found)
