# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The resource facade the clients inherit: `novu.trigger(...)`, `novu.subscribers`, ...

Resources are created on first access and their modules imported then, so building a
client costs nothing per resource.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import RawResource, Resource

if TYPE_CHECKING:
    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .widgets import (
        AsyncWidgetsResource,
        AsyncWidgetsResourceWithRawResponse,
        WidgetsResource,
        WidgetsResourceWithRawResponse,
    )


class NovuResources(Resource["Novu"]):
    """Operations and resources of `Novu`."""

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .widgets import WidgetsResource

        return WidgetsResource(self._client)


class AsyncNovuResources(Resource["AsyncNovu"]):
    """Operations and resources of `AsyncNovu`."""

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self._client)


class NovuResourcesWithRawResponse(RawResource["NovuResources"]):
    """`novu.with_raw_response`: the facade's calls, each returning a `RawResponse`."""

    def __init__(self, resource: NovuResources) -> None:
        super().__init__(resource)

    @cached_property
    def widgets(self) -> WidgetsResourceWithRawResponse:
        from .widgets import WidgetsResourceWithRawResponse

        return WidgetsResourceWithRawResponse(self._resource.widgets)


class AsyncNovuResourcesWithRawResponse(RawResource["AsyncNovuResources"]):
    """`novu.with_raw_response`: the facade's calls, each returning a `RawResponse`."""

    def __init__(self, resource: AsyncNovuResources) -> None:
        super().__init__(resource)

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithRawResponse:
        from .widgets import AsyncWidgetsResourceWithRawResponse

        return AsyncWidgetsResourceWithRawResponse(self._resource.widgets)
