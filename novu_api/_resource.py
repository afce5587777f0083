"""Base of the generated resource classes: a handle on the client, and raw-response mode."""

from __future__ import annotations

from typing import Any, TypeVar

from ._types import Unset

T = TypeVar("T")


class SyncResource:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw


class AsyncResource:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw


def alias(
    name: str, value: T | Unset, alias_name: str, alias_value: T | Unset, *, required: bool
) -> T | Unset:
    """One argument given under its name or under its documented alias, never both.

    The generated facade renames a few arguments for consistency (`x-novu-api-argument`) and keeps
    the spec's name working; the overloads make type checkers require one of them.
    """
    if isinstance(alias_value, Unset):
        if required and isinstance(value, Unset):
            raise TypeError(f"missing required argument {name!r} (or its alias {alias_name!r})")
        return value
    if not isinstance(value, Unset):
        raise TypeError(f"pass {name!r} or its alias {alias_name!r}, not both")
    return alias_value
