"""Base of the generated resource classes: a typed handle on the client.

`Resource["Novu"]` is the base of the sync resources, `Resource["AsyncNovu"]` of the async ones;
the raw-response forms wrap a resource's methods (novu_api/_raw.py).
"""

from __future__ import annotations

from typing import Generic, TypeVar

from ._types import Unset

T = TypeVar("T")
ClientT = TypeVar("ClientT")


class Resource(Generic[ClientT]):
    def __init__(self, client: ClientT) -> None:
        self._client = client


class RawResource(Generic[T]):
    """Base of the raw-response forms: the resource whose methods they wrap."""

    def __init__(self, resource: T) -> None:
        self._resource = resource


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
