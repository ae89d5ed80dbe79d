"""Errors a use case raises for the user: refused input, missing things."""

from __future__ import annotations


class ServiceError(Exception):
    """Base: `str(error)` is a one-line message in the user's language."""


class ValidationError(ServiceError):
    """Input refused; `field` names the field (for inline messages), may be empty."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(ServiceError):
    def __init__(self, what: str, identifier: object) -> None:
        super().__init__(f"{what} « {identifier} » introuvable.")
        self.identifier = identifier


class InUse(ServiceError):
    """Deleting this would orphan others; `dependents` counts them by kind for the question."""

    def __init__(self, message: str, dependents: dict[str, int]) -> None:
        super().__init__(message)
        self.dependents = dependents
