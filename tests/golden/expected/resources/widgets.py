# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Resource classes behind `novu.widgets`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, overload

from .._resource import AsyncResource, SyncResource, alias
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import AsyncIterator, Callable, Iterable, Iterator

    import httpx

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
    from .._client import RetryPolicy
    from .._types import File
    from ..pagination import AsyncPage, SyncPage


class WidgetsResource(SyncResource):
    """`novu.widgets`."""

    @cached_property
    def images(self) -> WidgetsImagesResource:
        return WidgetsImagesResource(self._client, raw=self._raw)

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        shape: CircleDto | SquareDto | dict[str, Any] | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    @overload
    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        shape: CircleDto | SquareDto | dict[str, Any] | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        shape: CircleDto | SquareDto | dict[str, Any] | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto:
        """Create a widget: `POST /v1/widgets`.

        `labels` is sent as `tags`; `tags=` is accepted as an alias.

        Standalone: `from novu_api.api.widgets import create`.
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
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WidgetResponseDto = call(
            client=self._client,
            x_request_source=x_request_source,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def create_bulk(
        self,
        *,
        widgets: builtins.list[CreateWidgetRequestDto] | builtins.list[dict[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[WidgetResponseDto]:
        """Create widgets in bulk: `POST /v1/widgets/bulk`.

        Standalone: `from novu_api.api.widgets import create_bulk`.
        """
        from novu_api.api.widgets import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "widgets": widgets,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[WidgetResponseDto] = call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def create_many(
        self,
        widgets: Iterable[CreateWidgetRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
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
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )

    def delete_widget(
        self,
        *,
        widget_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a widget: `DELETE /v1/widgets/{widgetId}`.

        Standalone: `from novu_api.api.widgets import delete_widget`.
        """
        from novu_api.api.widgets import delete_widget as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            widget_id=widget_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def import_(
        self,
        *,
        body: builtins.list[CreateWidgetRequestDto],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Import widgets from a list: `POST /v1/widgets/import`.

        Standalone: `from novu_api.api.widgets import import_`.
        """
        from novu_api.api.widgets import import_ as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        color: WidgetColor | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[WidgetResponseDto]:
        """List widgets: `GET /v1/widgets`.

        Standalone: `from novu_api.api.widgets import list`.
        """
        from novu_api.api.widgets import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[WidgetResponseDto] = call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            color=color,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def retrieve(
        self,
        *,
        widget_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto:
        """Retrieve a widget: `GET /v1/widgets/{widgetId}`.

        Standalone: `from novu_api.api.widgets import retrieve`.
        """
        from novu_api.api.widgets import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WidgetResponseDto = call(
            client=self._client,
            widget_id=widget_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def schedule(
        self,
        *,
        widget_id: str,
        body: ScheduleDto | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ScheduleDto:
        """Schedule a widget: `PUT /v1/widgets/{widgetId}/schedule`.

        Standalone: `from novu_api.api.widgets import schedule`.
        """
        from novu_api.api.widgets import schedule as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: ScheduleDto = call(
            client=self._client,
            widget_id=widget_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncWidgetsResource(AsyncResource):
    """`novu.widgets` (async)."""

    @cached_property
    def images(self) -> AsyncWidgetsImagesResource:
        return AsyncWidgetsImagesResource(self._client, raw=self._raw)

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        shape: CircleDto | SquareDto | dict[str, Any] | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    @overload
    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        shape: CircleDto | SquareDto | dict[str, Any] | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto: ...

    async def create(
        self,
        *,
        widget_key: str,
        color: WidgetColor | str,
        x_request_source: str | Unset = UNSET,
        dimensions: Dimensions | dict[str, Any] | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        shape: CircleDto | SquareDto | dict[str, Any] | Unset = UNSET,
        priority: Priority | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto:
        """Create a widget: `POST /v1/widgets`.

        `labels` is sent as `tags`; `tags=` is accepted as an alias.

        Standalone: `from novu_api.api.widgets import create`.
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
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WidgetResponseDto = await call(
            client=self._client,
            x_request_source=x_request_source,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def create_bulk(
        self,
        *,
        widgets: builtins.list[CreateWidgetRequestDto] | builtins.list[dict[str, Any]],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[WidgetResponseDto]:
        """Create widgets in bulk: `POST /v1/widgets/bulk`.

        Standalone: `from novu_api.api.widgets import create_bulk`.
        """
        from novu_api.api.widgets import create_bulk as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "widgets": widgets,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[WidgetResponseDto] = await call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def create_many(
        self,
        widgets: Iterable[CreateWidgetRequestDto | dict[str, Any]],
        *,
        run_key: str | None = None,
        concurrency: int = 4,
        on_progress: Callable[[BulkProgress], Any] | None = None,
        progress: bool = False,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
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
            options={"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers},
        )

    async def delete_widget(
        self,
        *,
        widget_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a widget: `DELETE /v1/widgets/{widgetId}`.

        Standalone: `from novu_api.api.widgets import delete_widget`.
        """
        from novu_api.api.widgets import delete_widget as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            widget_id=widget_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def import_(
        self,
        *,
        body: builtins.list[CreateWidgetRequestDto],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Import widgets from a list: `POST /v1/widgets/import`.

        Standalone: `from novu_api.api.widgets import import_`.
        """
        from novu_api.api.widgets import import_ as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        color: WidgetColor | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[WidgetResponseDto]:
        """List widgets: `GET /v1/widgets`.

        Standalone: `from novu_api.api.widgets import list`.
        """
        from novu_api.api.widgets import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[WidgetResponseDto] = await call(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            color=color,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def retrieve(
        self,
        *,
        widget_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WidgetResponseDto:
        """Retrieve a widget: `GET /v1/widgets/{widgetId}`.

        Standalone: `from novu_api.api.widgets import retrieve`.
        """
        from novu_api.api.widgets import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WidgetResponseDto = await call(
            client=self._client,
            widget_id=widget_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def schedule(
        self,
        *,
        widget_id: str,
        body: ScheduleDto | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ScheduleDto:
        """Schedule a widget: `PUT /v1/widgets/{widgetId}/schedule`.

        Standalone: `from novu_api.api.widgets import schedule`.
        """
        from novu_api.api.widgets import schedule as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: ScheduleDto = await call(
            client=self._client,
            widget_id=widget_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class WidgetsImagesResource(SyncResource):
    """`novu.widgets.images`."""

    def list(
        self,
        *,
        widget_id: str,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[ImageDto]:
        """List a widget's images: `GET /v1/widgets/{widgetId}/images`.

        Standalone: `from novu_api.api.widgets.images import list`.
        """
        from novu_api.api.widgets.images import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[ImageDto] = call(
            client=self._client,
            widget_id=widget_id,
            page=page,
            limit=limit,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def upload(
        self,
        *,
        widget_id: str,
        file: File,
        caption: str | Unset = UNSET,
        thumbnails: builtins.list[File] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ImageDto:
        """Upload an image: `POST /v1/widgets/{widgetId}/images`.

        Standalone: `from novu_api.api.widgets.images import upload`.
        """
        from novu_api.api.widgets.images import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
            "caption": caption,
            "thumbnails": thumbnails,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: ImageDto = call(
            client=self._client,
            widget_id=widget_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncWidgetsImagesResource(AsyncResource):
    """`novu.widgets.images` (async)."""

    async def list(
        self,
        *,
        widget_id: str,
        page: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[ImageDto]:
        """List a widget's images: `GET /v1/widgets/{widgetId}/images`.

        Standalone: `from novu_api.api.widgets.images import list`.
        """
        from novu_api.api.widgets.images import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[ImageDto] = await call(
            client=self._client,
            widget_id=widget_id,
            page=page,
            limit=limit,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def upload(
        self,
        *,
        widget_id: str,
        file: File,
        caption: str | Unset = UNSET,
        thumbnails: builtins.list[File] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> ImageDto:
        """Upload an image: `POST /v1/widgets/{widgetId}/images`.

        Standalone: `from novu_api.api.widgets.images import upload`.
        """
        from novu_api.api.widgets.images import upload as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "file": file,
            "caption": caption,
            "thumbnails": thumbnails,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: ImageDto = await call(
            client=self._client,
            widget_id=widget_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
