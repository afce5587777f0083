# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The resource facade the clients inherit: `novu.trigger(...)`, `novu.subscribers`, ...

Resources are created on first access and their modules imported then, so building a
client costs nothing per resource.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .widgets import AsyncWidgetsResource, WidgetsResource


class NovuResources(SyncResource):
    """Operations and resources of `Novu`."""

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .widgets import WidgetsResource

        return WidgetsResource(self._client, raw=self._raw)


class AsyncNovuResources(AsyncResource):
    """Operations and resources of `AsyncNovu`."""

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self._client, raw=self._raw)
