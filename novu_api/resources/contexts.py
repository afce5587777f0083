# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.contexts`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from typing_extensions import Unpack

    from novu_api.models.contexts_controller_list_contexts_order_direction import (
        ContextsControllerListContextsOrderDirection,
    )
    from novu_api.models.create_context_request_dto_data import CreateContextRequestDtoData
    from novu_api.models.get_context_response_dto import GetContextResponseDto
    from novu_api.models.update_context_request_dto_data import UpdateContextRequestDtoData

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class ContextsResource(Resource["Novu"]):
    """`novu.contexts`."""

    def create(
        self,
        *,
        type_: str,
        id: str,
        data: CreateContextRequestDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetContextResponseDto:
        """Create a context

        Create a new context with the specified type, id, and data. Returns 409 if context already
        exists. **type** and **id** are required fields, **data** is optional, if the context
        already exists, it returns the 409 response

        `POST /v2/contexts` (ContextsController_createContext). Standalone: `from
        novu_api.api.contexts import create`.

        Args:
            type_ (str; body `type`): Context type (e.g., tenant, app, workspace). Must be lowercase
                alphanumeric with optional separators. Constraints: at least 1 characters; at most
                100 characters; matches "^[a-zA-Z0-9_-]+$".
            id (str; body `id`): Unique identifier for this context. Must be lowercase alphanumeric
                with optional separators. Constraints: at least 1 characters; at most 100
                characters; matches "^[a-zA-Z0-9_-]+$".
            data (CreateContextRequestDtoData | Mapping[str, Any], optional; body `data`): Optional
                custom data to associate with this context.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetContextResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.contexts.create(type_="tenant", id="org-acme")
        """
        from novu_api.api.contexts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "type": type_,
            "id": id,
            "data": data,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        type_: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a context

        Delete a context by its type and id. **type** and **id** are required fields, if the context
        does not exist, it returns the 404 response

        `DELETE /v2/contexts/{type}/{id}` (ContextsController_deleteContext). Standalone: `from
        novu_api.api.contexts import delete`.

        Args:
            type_ (str; path): Context type
            id (str; path): Context ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            novu.contexts.delete(type_="TYPE_", id="ID")
        """
        from novu_api.api.contexts import delete as _op

        return _op.sync(
            client=self._client,
            type_=type_,
            id=id,
            **options,
        )

    def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: ContextsControllerListContextsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[GetContextResponseDto]:
        """List all contexts

        Retrieve a paginated list of all contexts, optionally filtered by type and key pattern.
        **type** and **id** are optional fields, if provided, only contexts with the matching type
        and id will be returned. **search** is an optional field, if provided, only contexts with
        the matching key pattern will be returned. Checkout all possible parameters in the query
        section below for more details

        `GET /v2/contexts` (ContextsController_listContexts). Standalone: `from
        novu_api.api.contexts import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (ContextsControllerListContextsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            id (str, optional; query): Filter contexts by id
            search (str, optional; query): Search contexts by type or id (supports partial matching
                across both fields)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[GetContextResponseDto]: the first page of `ListContextsResponseDto`; iterating
                gives every item, following cursor pagination.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            for item in novu.contexts.list():
                print(item)
        """
        from novu_api.api.contexts import list as _op

        return _op.sync(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            id=id,
            search=search,
            **options,
        )

    def retrieve(
        self,
        *,
        type_: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> GetContextResponseDto:
        """Retrieve a context

        Retrieve a specific context by its type and id. **type** and **id** are required fields, if
        the context does not exist, it returns the 404 response

        `GET /v2/contexts/{type}/{id}` (ContextsController_getContext). Standalone: `from
        novu_api.api.contexts import retrieve`.

        Args:
            type_ (str; path): Context type
            id (str; path): Context ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetContextResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.contexts.retrieve(type_="TYPE_", id="ID")
        """
        from novu_api.api.contexts import retrieve as _op

        return _op.sync(
            client=self._client,
            type_=type_,
            id=id,
            **options,
        )

    def update(
        self,
        *,
        type_: str,
        id: str,
        data: UpdateContextRequestDtoData | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> GetContextResponseDto:
        """Update a context

        Update the data of an existing context. **type** and **id** are required fields, **data** is
        required. Only the data field is updated, the rest of the context is not affected. If the
        context does not exist, it returns the 404 response

        `PATCH /v2/contexts/{type}/{id}` (ContextsController_updateContext). Standalone: `from
        novu_api.api.contexts import update`.

        Args:
            type_ (str; path): Context type
            id (str; path): Context ID
            data (UpdateContextRequestDtoData | Mapping[str, Any]; body `data`): Custom data to
                associate with this context. Replaces existing data.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetContextResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = novu.contexts.update(type_="TYPE_", id="ID", data={...})
        """
        from novu_api.api.contexts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        return _op.sync(
            client=self._client,
            type_=type_,
            id=id,
            body=body,
            **options,
        )


class AsyncContextsResource(Resource["AsyncNovu"]):
    """`novu.contexts` (async)."""

    async def create(
        self,
        *,
        type_: str,
        id: str,
        data: CreateContextRequestDtoData | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetContextResponseDto:
        """Create a context

        Create a new context with the specified type, id, and data. Returns 409 if context already
        exists. **type** and **id** are required fields, **data** is optional, if the context
        already exists, it returns the 409 response

        `POST /v2/contexts` (ContextsController_createContext). Standalone: `from
        novu_api.api.contexts import create`.

        Args:
            type_ (str; body `type`): Context type (e.g., tenant, app, workspace). Must be lowercase
                alphanumeric with optional separators. Constraints: at least 1 characters; at most
                100 characters; matches "^[a-zA-Z0-9_-]+$".
            id (str; body `id`): Unique identifier for this context. Must be lowercase alphanumeric
                with optional separators. Constraints: at least 1 characters; at most 100
                characters; matches "^[a-zA-Z0-9_-]+$".
            data (CreateContextRequestDtoData | Mapping[str, Any], optional; body `data`): Optional
                custom data to associate with this context.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetContextResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.contexts.create(type_="tenant", id="org-acme")
        """
        from novu_api.api.contexts import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "type": type_,
            "id": id,
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        type_: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a context

        Delete a context by its type and id. **type** and **id** are required fields, if the context
        does not exist, it returns the 404 response

        `DELETE /v2/contexts/{type}/{id}` (ContextsController_deleteContext). Standalone: `from
        novu_api.api.contexts import delete`.

        Args:
            type_ (str; path): Context type
            id (str; path): Context ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            None: the call has no response body.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            await novu.contexts.delete(type_="TYPE_", id="ID")
        """
        from novu_api.api.contexts import delete as _op

        return await _op.asyncio(
            client=self._client,
            type_=type_,
            id=id,
            **options,
        )

    async def list(
        self,
        *,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: float | Unset = UNSET,
        order_direction: ContextsControllerListContextsOrderDirection | str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        include_cursor: bool | Unset = UNSET,
        id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[GetContextResponseDto]:
        """List all contexts

        Retrieve a paginated list of all contexts, optionally filtered by type and key pattern.
        **type** and **id** are optional fields, if provided, only contexts with the matching type
        and id will be returned. **search** is an optional field, if provided, only contexts with
        the matching key pattern will be returned. Checkout all possible parameters in the query
        section below for more details

        `GET /v2/contexts` (ContextsController_listContexts). Standalone: `from
        novu_api.api.contexts import list`.

        Args:
            after (str, optional; query): Cursor for pagination indicating the starting point after
                which to fetch results.
            before (str, optional; query): Cursor for pagination indicating the ending point before
                which to fetch results.
            limit (float, optional; query): Limit the number of items to return
            order_direction (ContextsControllerListContextsOrderDirection | str, optional; query):
                Direction of sorting. Constraints: one of "ASC", "DESC".
            order_by (str, optional; query): Field to order by
            include_cursor (bool, optional; query): Include cursor item in response
            id (str, optional; query): Filter contexts by id
            search (str, optional; query): Search contexts by type or id (supports partial matching
                across both fields)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[GetContextResponseDto]: the first page of `ListContextsResponseDto`; iterating
                gives every item, following cursor pagination.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            async for item in await novu.contexts.list():
                print(item)
        """
        from novu_api.api.contexts import list as _op

        return await _op.asyncio(
            client=self._client,
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            id=id,
            search=search,
            **options,
        )

    async def retrieve(
        self,
        *,
        type_: str,
        id: str,
        **options: Unpack[RequestOptions],
    ) -> GetContextResponseDto:
        """Retrieve a context

        Retrieve a specific context by its type and id. **type** and **id** are required fields, if
        the context does not exist, it returns the 404 response

        `GET /v2/contexts/{type}/{id}` (ContextsController_getContext). Standalone: `from
        novu_api.api.contexts import retrieve`.

        Args:
            type_ (str; path): Context type
            id (str; path): Context ID
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetContextResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.contexts.retrieve(type_="TYPE_", id="ID")
        """
        from novu_api.api.contexts import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            type_=type_,
            id=id,
            **options,
        )

    async def update(
        self,
        *,
        type_: str,
        id: str,
        data: UpdateContextRequestDtoData | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> GetContextResponseDto:
        """Update a context

        Update the data of an existing context. **type** and **id** are required fields, **data** is
        required. Only the data field is updated, the rest of the context is not affected. If the
        context does not exist, it returns the 404 response

        `PATCH /v2/contexts/{type}/{id}` (ContextsController_updateContext). Standalone: `from
        novu_api.api.contexts import update`.

        Args:
            type_ (str; path): Context type
            id (str; path): Context ID
            data (UpdateContextRequestDtoData | Mapping[str, Any]; body `data`): Custom data to
                associate with this context. Replaces existing data.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetContextResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            PermissionDeniedError: 403; `.body`: `ErrorDto`.
            NotFoundError: 404; `.body`: `ErrorDto`.
            MethodNotAllowedError: 405; `.body`: `ErrorDto`.
            ConflictError: 409; `.body`: `ErrorDto`.
            PayloadTooLargeError: 413; `.body`: `ErrorDto`.
            URITooLongError: 414; `.body`: `ErrorDto`.
            UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
            UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
            RateLimitError: 429; `.body`: `ErrorDto`.
            InternalServerError: 500; `.body`: `ErrorDto`.
            ServiceUnavailableError: 503; `.body`: `ErrorDto`.
            APIConnectionError: no response arrived (APITimeoutError when it timed out).
            ResponseValidationError: the response does not fit its declared type.

        Example:
            result = await novu.contexts.update(type_="TYPE_", id="ID", data={...})
        """
        from novu_api.api.contexts import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "data": data,
        }
        return await _op.asyncio(
            client=self._client,
            type_=type_,
            id=id,
            body=body,
            **options,
        )


class ContextsResourceWithRawResponse(RawResource["ContextsResource"]):
    """`novu.with_raw_response.contexts`: each call returns a `RawResponse`."""

    def __init__(self, resource: ContextsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)


class AsyncContextsResourceWithRawResponse(RawResource["AsyncContextsResource"]):
    """`novu.with_raw_response.contexts`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncContextsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
