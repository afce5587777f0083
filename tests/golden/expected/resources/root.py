# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The resource facade the clients inherit: `novu.trigger(...)`, `novu.subscribers`, ...

Resources are created on first access and their modules imported then, so building a
client costs nothing per resource.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from novu_api.models.priority import Priority
    from novu_api.models.signal_request_dto_payload import SignalRequestDtoPayload
    from novu_api.models.signal_response_dto import SignalResponseDto

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from .folders import (
        AsyncFoldersResource,
        AsyncFoldersResourceWithRawResponse,
        FoldersResource,
        FoldersResourceWithRawResponse,
    )
    from .widgets import (
        AsyncWidgetsResource,
        AsyncWidgetsResourceWithRawResponse,
        WidgetsResource,
        WidgetsResourceWithRawResponse,
    )


class NovuResources(Resource["Novu"]):
    """Operations and resources of `Novu`."""

    @cached_property
    def folders(self) -> FoldersResource:
        from .folders import FoldersResource

        return FoldersResource(self._client)

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .widgets import WidgetsResource

        return WidgetsResource(self._client)

    def send_signal(
        self,
        *,
        name: str,
        payload: SignalRequestDtoPayload | Mapping[str, Any] | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SignalResponseDto:
        """Send a signal

        Hoisted onto the client: its group is empty.

        `POST /v1/signals` (SignalsController_sendSignal). Standalone: `from novu_api.api.signals
        import send_signal`.

        Args:
            name (str; body `name`):
            payload (SignalRequestDtoPayload | Mapping[str, Any], optional; body `payload`): Any
                JSON object
            sent_at (datetime.datetime, optional; body `sentAt`): Constraints: format date-time.
            priority (Priority | int, optional; body `priority`): 1 is the most urgent. Constraints:
                one of 1, 2, 3.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SignalResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.send_signal(name="NAME")
        """
        from novu_api.api.signals import send_signal as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "payload": payload,
            "sentAt": sent_at,
            "priority": priority,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )


class AsyncNovuResources(Resource["AsyncNovu"]):
    """Operations and resources of `AsyncNovu`."""

    @cached_property
    def folders(self) -> AsyncFoldersResource:
        from .folders import AsyncFoldersResource

        return AsyncFoldersResource(self._client)

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self._client)

    async def send_signal(
        self,
        *,
        name: str,
        payload: SignalRequestDtoPayload | Mapping[str, Any] | Unset = UNSET,
        sent_at: datetime.datetime | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SignalResponseDto:
        """Send a signal

        Hoisted onto the client: its group is empty.

        `POST /v1/signals` (SignalsController_sendSignal). Standalone: `from novu_api.api.signals
        import send_signal`.

        Args:
            name (str; body `name`):
            payload (SignalRequestDtoPayload | Mapping[str, Any], optional; body `payload`): Any
                JSON object
            sent_at (datetime.datetime, optional; body `sentAt`): Constraints: format date-time.
            priority (Priority | int, optional; body `priority`): 1 is the most urgent. Constraints:
                one of 1, 2, 3.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SignalResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.send_signal(name="NAME")
        """
        from novu_api.api.signals import send_signal as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "payload": payload,
            "sentAt": sent_at,
            "priority": priority,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )


class NovuResourcesWithRawResponse(RawResource["NovuResources"]):
    """`novu.with_raw_response`: the facade's calls, each returning a `RawResponse`."""

    def __init__(self, resource: NovuResources) -> None:
        super().__init__(resource)
        self.send_signal = raw(resource.send_signal)

    @cached_property
    def folders(self) -> FoldersResourceWithRawResponse:
        from .folders import FoldersResourceWithRawResponse

        return FoldersResourceWithRawResponse(self._resource.folders)

    @cached_property
    def widgets(self) -> WidgetsResourceWithRawResponse:
        from .widgets import WidgetsResourceWithRawResponse

        return WidgetsResourceWithRawResponse(self._resource.widgets)


class AsyncNovuResourcesWithRawResponse(RawResource["AsyncNovuResources"]):
    """`novu.with_raw_response`: the facade's calls, each returning a `RawResponse`."""

    def __init__(self, resource: AsyncNovuResources) -> None:
        super().__init__(resource)
        self.send_signal = async_raw(resource.send_signal)

    @cached_property
    def folders(self) -> AsyncFoldersResourceWithRawResponse:
        from .folders import AsyncFoldersResourceWithRawResponse

        return AsyncFoldersResourceWithRawResponse(self._resource.folders)

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithRawResponse:
        from .widgets import AsyncWidgetsResourceWithRawResponse

        return AsyncWidgetsResourceWithRawResponse(self._resource.widgets)
