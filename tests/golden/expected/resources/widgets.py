# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Resource classes behind `novu.widgets`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._raw import async_raw, raw
from .._resource import RawResource, Resource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins

    from typing_extensions import Unpack

    from novu_api.models.dimensions import Dimensions
    from novu_api.models.widget_color import WidgetColor
    from novu_api.models.widget_response_dto import WidgetResponseDto

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class WidgetsResource(Resource["Novu"]):
    """`novu.widgets`."""

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto:
        """Create a widget

        `POST /v1/widgets` (WidgetsController_createWidget). Standalone: `from novu_api.api.widgets
        import create`.

        Args:
            widget_key (str; body `name`): The widget's identifier
            color (WidgetColor | str; body `color`): Colour of a widget. Constraints: one of "red",
                "green", "sky-blue".
            dimensions (Dimensions | dict[str, Any], optional; body `dimensions`):
            labels (list[str], optional; body `tags`): `tags=` is accepted as an alias.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WidgetResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.widgets.create(widget_key="WIDGET_KEY", color="red")
        """
        from novu_api.api.widgets import create as _op

        labels = alias("labels", labels, "tags", tags, required=False)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": widget_key,
            "color": color,
            "dimensions": dimensions,
            "tags": labels,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete_widget(
        self,
        *,
        widget_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a widget

        `DELETE /v1/widgets/{widgetId}` (WidgetsController_deleteWidget). Standalone: `from
        novu_api.api.widgets import delete_widget`.

        Args:
            widget_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            novu.widgets.delete_widget(widget_id="WIDGET_ID")
        """
        from novu_api.api.widgets import delete_widget as _op

        return _op.sync(
            client=self._client,
            widget_id=widget_id,
            **options,
        )

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        color: WidgetColor | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WidgetResponseDto]:
        """List widgets

        Widgets, newest first, with a cursor.

        `GET /v1/widgets` (WidgetsController_listWidgets). Standalone: `from novu_api.api.widgets
        import list`.

        Args:
            after (str, optional; query): Cursor of the next page
            before (str, optional; query): Cursor of the previous page
            limit (float, optional; query): Constraints: <= 100.
            color (WidgetColor | str, optional; query): Colour of a widget. Constraints: one of
                "red", "green", "sky-blue".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[WidgetResponseDto]: the first page of `ListWidgetsResponseDto`; iterating gives
                every item, following cursor pagination.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            for item in novu.widgets.list():
                print(item)
        """
        from novu_api.api.widgets import list as _op

        return _op.sync(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            color=color,
            **options,
        )


class AsyncWidgetsResource(Resource["AsyncNovu"]):
    """`novu.widgets` (async)."""

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto:
        """Create a widget

        `POST /v1/widgets` (WidgetsController_createWidget). Standalone: `from novu_api.api.widgets
        import create`.

        Args:
            widget_key (str; body `name`): The widget's identifier
            color (WidgetColor | str; body `color`): Colour of a widget. Constraints: one of "red",
                "green", "sky-blue".
            dimensions (Dimensions | dict[str, Any], optional; body `dimensions`):
            labels (list[str], optional; body `tags`): `tags=` is accepted as an alias.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WidgetResponseDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.widgets.create(widget_key="WIDGET_KEY", color="red")
        """
        from novu_api.api.widgets import create as _op

        labels = alias("labels", labels, "tags", tags, required=False)
        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": widget_key,
            "color": color,
            "dimensions": dimensions,
            "tags": labels,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete_widget(
        self,
        *,
        widget_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a widget

        `DELETE /v1/widgets/{widgetId}` (WidgetsController_deleteWidget). Standalone: `from
        novu_api.api.widgets import delete_widget`.

        Args:
            widget_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            await novu.widgets.delete_widget(widget_id="WIDGET_ID")
        """
        from novu_api.api.widgets import delete_widget as _op

        return await _op.asyncio(
            client=self._client,
            widget_id=widget_id,
            **options,
        )

    async def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        color: WidgetColor | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[WidgetResponseDto]:
        """List widgets

        Widgets, newest first, with a cursor.

        `GET /v1/widgets` (WidgetsController_listWidgets). Standalone: `from novu_api.api.widgets
        import list`.

        Args:
            after (str, optional; query): Cursor of the next page
            before (str, optional; query): Cursor of the previous page
            limit (float, optional; query): Constraints: <= 100.
            color (WidgetColor | str, optional; query): Colour of a widget. Constraints: one of
                "red", "green", "sky-blue".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[WidgetResponseDto]: the first page of `ListWidgetsResponseDto`; iterating
                gives every item, following cursor pagination.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            async for item in await novu.widgets.list():
                print(item)
        """
        from novu_api.api.widgets import list as _op

        return await _op.asyncio(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            color=color,
            **options,
        )


class WidgetsResourceWithRawResponse(RawResource["WidgetsResource"]):
    """`novu.with_raw_response.widgets`: each call returns a `RawResponse`."""

    def __init__(self, resource: WidgetsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete_widget = raw(resource.delete_widget)
        self.list = raw(resource.list)


class AsyncWidgetsResourceWithRawResponse(RawResource["AsyncWidgetsResource"]):
    """`novu.with_raw_response.widgets`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncWidgetsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete_widget = async_raw(resource.delete_widget)
        self.list = async_raw(resource.list)
