# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Resource classes behind `novu.widgets`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .._raw import async_raw, raw
from .._resource import RawResource, Resource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

    from typing_extensions import Unpack

    from novu_api.models.circle_dto import CircleDto
    from novu_api.models.create_widget_request_dto import CreateWidgetRequestDto
    from novu_api.models.dimensions import Dimensions
    from novu_api.models.image_dto import ImageDto
    from novu_api.models.priority import Priority
    from novu_api.models.schedule_dto import ScheduleDto
    from novu_api.models.square_dto import SquareDto
    from novu_api.models.widget_color import WidgetColor
    from novu_api.models.widget_response_dto import WidgetResponseDto

    from .._bulk import BulkProgress, BulkResult
    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import BulkOptions, RequestOptions
    from .._types import FileInput
    from ..pagination import AsyncPage, SyncPage


class WidgetsResource(Resource["Novu"]):
    """`novu.widgets`."""

    @cached_property
    def images(self) -> WidgetsImagesResource:
        return WidgetsImagesResource(self._client)

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[str] | Unset = UNSET,
        shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | Mapping[str, Any] | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[str] | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto:
        """Create a widget

        `POST /v1/widgets` (WidgetsController_createWidget). Standalone: `from novu_api.api.widgets
        import create`.

        Args:
            widget_key (str; body `name`): The widget's identifier
            color (WidgetColor | str; body `color`): Colour of a widget. Constraints: one of "red",
                "green", "sky-blue".
            x_request_source (str, optional; header): Where the request comes from, sent as a header
            dimensions (Dimensions | Mapping[str, Any], optional; body `dimensions`):
            labels (Sequence[str], optional; body `tags`): `tags=` is accepted as an alias.
            shape (CircleDto | Mapping[str, Any] | SquareDto, optional; body `shape`):
            priority (Priority | int, optional; body `priority`): 1 is the most urgent. Constraints:
                one of 1, 2, 3.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WidgetResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            APIStatusError: any other status; `.body`: `ErrorDto`.
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
            "shape": shape,
            "priority": priority,
        }
        return _op.sync(
            client=self._client,
            x_request_source=x_request_source,
            body=body,
            **options,
        )

    def create_bulk(
        self,
        *,
        widgets: Sequence[CreateWidgetRequestDto] | Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WidgetResponseDto]:
        """Create widgets in bulk

        `POST /v1/widgets/bulk` (WidgetsController_createWidgets). Standalone: `from
        novu_api.api.widgets import create_bulk`.

        Args:
            widgets (Sequence[CreateWidgetRequestDto] | Sequence[Mapping[str, Any]]; body
                `widgets`): The widgets to create. Constraints: at most 50 items.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[WidgetResponseDto]: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.widgets.create_bulk(widgets=[...])
        """
        from novu_api.api.widgets import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "widgets": widgets,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def create_many(
        self,
        widgets: Iterable[CreateWidgetRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
    ) -> Iterator[BulkResult[WidgetResponseDto]]:
        """Create widgets in bulk, for any number of items: `POST /v1/widgets/bulk` in requests of 50.

        Yields one `BulkResult` per item, in input order; sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.widgets import create_bulk as _op

        from .._bulk import send_many

        return send_many(
            self._client,
            _op,
            widgets,
            argument="widgets",
            path={},
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options=options,
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

    def import_(
        self,
        *,
        body: builtins.list[CreateWidgetRequestDto],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Import widgets from a list

        `POST /v1/widgets/import` (WidgetsController_importWidgets). Standalone: `from
        novu_api.api.widgets import import_`.

        Args:
            body (list[CreateWidgetRequestDto]; JSON body): the request body
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            novu.widgets.import_(body={...})
        """
        from novu_api.api.widgets import import_ as _op

        return _op.sync(
            client=self._client,
            body=body,
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

    def retrieve(
        self,
        *,
        widget_id: str,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto:
        """Retrieve a widget

        `GET /v1/widgets/{widgetId}` (WidgetsController_getWidget). Standalone: `from
        novu_api.api.widgets import retrieve`.

        Args:
            widget_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WidgetResponseDto: the decoded response.

        Raises:
            NotFoundError: 404; `.body`: `NotFoundErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.widgets.retrieve(widget_id="WIDGET_ID")
        """
        from novu_api.api.widgets import retrieve as _op

        return _op.sync(
            client=self._client,
            widget_id=widget_id,
            **options,
        )

    def schedule(
        self,
        *,
        widget_id: str,
        body: ScheduleDto | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ScheduleDto:
        """Schedule a widget

        The body has a `timeout` field, the name of a per-call option, so it is passed as `body=`.

        `PUT /v1/widgets/{widgetId}/schedule` (WidgetsController_scheduleWidget). Standalone: `from
        novu_api.api.widgets import schedule`.

        Args:
            widget_id (str; path):
            body (ScheduleDto | dict[str, Any]; JSON body): the request: a `ScheduleDto`, or a dict
                of its fields
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ScheduleDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.widgets.schedule(widget_id="WIDGET_ID", body={...})
        """
        from novu_api.api.widgets import schedule as _op

        return _op.sync(
            client=self._client,
            widget_id=widget_id,
            body=body,
            **options,
        )


class AsyncWidgetsResource(Resource["AsyncNovu"]):
    """`novu.widgets` (async)."""

    @cached_property
    def images(self) -> AsyncWidgetsImagesResource:
        return AsyncWidgetsImagesResource(self._client)

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[str] | Unset = UNSET,
        shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | Mapping[str, Any] | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto: ...

    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | Mapping[str, Any] | Unset = UNSET,
        labels: Sequence[str] | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        shape: CircleDto | Mapping[str, Any] | SquareDto | Unset = UNSET,
        priority: Priority | int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto:
        """Create a widget

        `POST /v1/widgets` (WidgetsController_createWidget). Standalone: `from novu_api.api.widgets
        import create`.

        Args:
            widget_key (str; body `name`): The widget's identifier
            color (WidgetColor | str; body `color`): Colour of a widget. Constraints: one of "red",
                "green", "sky-blue".
            x_request_source (str, optional; header): Where the request comes from, sent as a header
            dimensions (Dimensions | Mapping[str, Any], optional; body `dimensions`):
            labels (Sequence[str], optional; body `tags`): `tags=` is accepted as an alias.
            shape (CircleDto | Mapping[str, Any] | SquareDto, optional; body `shape`):
            priority (Priority | int, optional; body `priority`): 1 is the most urgent. Constraints:
                one of 1, 2, 3.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WidgetResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            APIStatusError: any other status; `.body`: `ErrorDto`.
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
            "shape": shape,
            "priority": priority,
        }
        return await _op.asyncio(
            client=self._client,
            x_request_source=x_request_source,
            body=body,
            **options,
        )

    async def create_bulk(
        self,
        *,
        widgets: Sequence[CreateWidgetRequestDto] | Sequence[Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[WidgetResponseDto]:
        """Create widgets in bulk

        `POST /v1/widgets/bulk` (WidgetsController_createWidgets). Standalone: `from
        novu_api.api.widgets import create_bulk`.

        Args:
            widgets (Sequence[CreateWidgetRequestDto] | Sequence[Mapping[str, Any]]; body
                `widgets`): The widgets to create. Constraints: at most 50 items.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[WidgetResponseDto]: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.widgets.create_bulk(widgets=[...])
        """
        from novu_api.api.widgets import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "widgets": widgets,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    def create_many(
        self,
        widgets: Iterable[CreateWidgetRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], object] | None = None,
        progress: bool = False,
        **options: Unpack[BulkOptions],
    ) -> AsyncIterator[BulkResult[WidgetResponseDto]]:
        """Create widgets in bulk, for any number of items: `POST /v1/widgets/bulk` in requests of 50.

        Yields one `BulkResult` per item, in input order (`async for`); sending
        starts when iteration does. `run_key` names the job: the same run key over the same input
        sends the same Idempotency-Keys, so a re-run after a crash is answered from Novu's
        idempotency store for the requests already processed. See docs/sending-at-volume.md.
        """
        from novu_api.api.widgets import create_bulk as _op

        from .._bulk import send_many_async

        return send_many_async(
            self._client,
            _op,
            widgets,
            argument="widgets",
            path={},
            run_key=run_key,
            concurrency=concurrency,
            on_progress=on_progress,
            progress=progress,
            options=options,
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

    async def import_(
        self,
        *,
        body: builtins.list[CreateWidgetRequestDto],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Import widgets from a list

        `POST /v1/widgets/import` (WidgetsController_importWidgets). Standalone: `from
        novu_api.api.widgets import import_`.

        Args:
            body (list[CreateWidgetRequestDto]; JSON body): the request body
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            await novu.widgets.import_(body={...})
        """
        from novu_api.api.widgets import import_ as _op

        return await _op.asyncio(
            client=self._client,
            body=body,
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

    async def retrieve(
        self,
        *,
        widget_id: str,
        **options: Unpack[RequestOptions],
    ) -> WidgetResponseDto:
        """Retrieve a widget

        `GET /v1/widgets/{widgetId}` (WidgetsController_getWidget). Standalone: `from
        novu_api.api.widgets import retrieve`.

        Args:
            widget_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WidgetResponseDto: the decoded response.

        Raises:
            NotFoundError: 404; `.body`: `NotFoundErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.widgets.retrieve(widget_id="WIDGET_ID")
        """
        from novu_api.api.widgets import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            widget_id=widget_id,
            **options,
        )

    async def schedule(
        self,
        *,
        widget_id: str,
        body: ScheduleDto | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> ScheduleDto:
        """Schedule a widget

        The body has a `timeout` field, the name of a per-call option, so it is passed as `body=`.

        `PUT /v1/widgets/{widgetId}/schedule` (WidgetsController_scheduleWidget). Standalone: `from
        novu_api.api.widgets import schedule`.

        Args:
            widget_id (str; path):
            body (ScheduleDto | dict[str, Any]; JSON body): the request: a `ScheduleDto`, or a dict
                of its fields
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ScheduleDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.widgets.schedule(widget_id="WIDGET_ID", body={...})
        """
        from novu_api.api.widgets import schedule as _op

        return await _op.asyncio(
            client=self._client,
            widget_id=widget_id,
            body=body,
            **options,
        )


class WidgetsImagesResource(Resource["Novu"]):
    """`novu.widgets.images`."""

    def list(
        self,
        *,
        widget_id: str,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ImageDto]:
        """List a widget's images

        `GET /v1/widgets/{widgetId}/images` (ImagesController_listImages). Standalone: `from
        novu_api.api.widgets.images import list`.

        Args:
            widget_id (str; path):
            page (int, optional; query): Constraints: >= 0.
            limit (int, optional; query): Constraints: <= 50.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[ImageDto]: the first page of `ListImagesResponseDto`; iterating gives every
                item, following page pagination.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            for item in novu.widgets.images.list(widget_id="WIDGET_ID"):
                print(item)
        """
        from novu_api.api.widgets.images import list as _op

        return _op.sync(
            client=self._client,
            widget_id=widget_id,
            page=page,
            limit=limit,
            **options,
        )

    def upload(
        self,
        *,
        widget_id: str,
        file: FileInput,
        caption: str | Unset = UNSET,
        thumbnails: FileInput | Sequence[FileInput] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageDto:
        """Upload an image

        `POST /v1/widgets/{widgetId}/images` (ImagesController_uploadImage). Standalone: `from
        novu_api.api.widgets.images import upload`.

        Args:
            widget_id (str; path):
            file (FileInput; body `file`): Constraints: format binary.
            caption (str, optional; body `caption`):
            thumbnails (FileInput | Sequence[FileInput], optional; body `thumbnails`): Constraints:
                each item format binary.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ImageDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.widgets.images.upload(widget_id="WIDGET_ID", file={...})
        """
        from novu_api.api.widgets.images import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
            "caption": caption,
            "thumbnails": thumbnails,
        }
        return _op.sync(
            client=self._client,
            widget_id=widget_id,
            body=body,
            **options,
        )


class AsyncWidgetsImagesResource(Resource["AsyncNovu"]):
    """`novu.widgets.images` (async)."""

    async def list(
        self,
        *,
        widget_id: str,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[ImageDto]:
        """List a widget's images

        `GET /v1/widgets/{widgetId}/images` (ImagesController_listImages). Standalone: `from
        novu_api.api.widgets.images import list`.

        Args:
            widget_id (str; path):
            page (int, optional; query): Constraints: >= 0.
            limit (int, optional; query): Constraints: <= 50.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[ImageDto]: the first page of `ListImagesResponseDto`; iterating gives every
                item, following page pagination.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            async for item in await novu.widgets.images.list(widget_id="WIDGET_ID"):
                print(item)
        """
        from novu_api.api.widgets.images import list as _op

        return await _op.asyncio(
            client=self._client,
            widget_id=widget_id,
            page=page,
            limit=limit,
            **options,
        )

    async def upload(
        self,
        *,
        widget_id: str,
        file: FileInput,
        caption: str | Unset = UNSET,
        thumbnails: FileInput | Sequence[FileInput] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ImageDto:
        """Upload an image

        `POST /v1/widgets/{widgetId}/images` (ImagesController_uploadImage). Standalone: `from
        novu_api.api.widgets.images import upload`.

        Args:
            widget_id (str; path):
            file (FileInput; body `file`): Constraints: format binary.
            caption (str, optional; body `caption`):
            thumbnails (FileInput | Sequence[FileInput], optional; body `thumbnails`): Constraints:
                each item format binary.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            ImageDto: the decoded response.

        Raises:
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.widgets.images.upload(widget_id="WIDGET_ID", file={...})
        """
        from novu_api.api.widgets.images import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
            "caption": caption,
            "thumbnails": thumbnails,
        }
        return await _op.asyncio(
            client=self._client,
            widget_id=widget_id,
            body=body,
            **options,
        )


class WidgetsResourceWithRawResponse(RawResource["WidgetsResource"]):
    """`novu.with_raw_response.widgets`: each call returns a `RawResponse`."""

    def __init__(self, resource: WidgetsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.create_bulk = raw(resource.create_bulk)
        self.create_many = resource.create_many  # yields results as they come: no one response
        self.delete_widget = raw(resource.delete_widget)
        self.import_ = raw(resource.import_)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.schedule = raw(resource.schedule)

    @cached_property
    def images(self) -> WidgetsImagesResourceWithRawResponse:
        return WidgetsImagesResourceWithRawResponse(self._resource.images)


class AsyncWidgetsResourceWithRawResponse(RawResource["AsyncWidgetsResource"]):
    """`novu.with_raw_response.widgets`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncWidgetsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.create_bulk = async_raw(resource.create_bulk)
        self.create_many = resource.create_many  # yields results as they come: no one response
        self.delete_widget = async_raw(resource.delete_widget)
        self.import_ = async_raw(resource.import_)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.schedule = async_raw(resource.schedule)

    @cached_property
    def images(self) -> AsyncWidgetsImagesResourceWithRawResponse:
        return AsyncWidgetsImagesResourceWithRawResponse(self._resource.images)


class WidgetsImagesResourceWithRawResponse(RawResource["WidgetsImagesResource"]):
    """`novu.with_raw_response.widgets.images`: each call returns a `RawResponse`."""

    def __init__(self, resource: WidgetsImagesResource) -> None:
        super().__init__(resource)
        self.list = raw(resource.list)
        self.upload = raw(resource.upload)


class AsyncWidgetsImagesResourceWithRawResponse(RawResource["AsyncWidgetsImagesResource"]):
    """`novu.with_raw_response.widgets.images`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncWidgetsImagesResource) -> None:
        super().__init__(resource)
        self.list = async_raw(resource.list)
        self.upload = async_raw(resource.upload)
