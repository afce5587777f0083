# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.environment_variables`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.create_environment_variable_request_dto_type import (
        CreateEnvironmentVariableRequestDtoType,
    )
    from novu_api.models.environment_variable_response_dto import EnvironmentVariableResponseDto
    from novu_api.models.environment_variable_value_dto import EnvironmentVariableValueDto
    from novu_api.models.get_environment_variable_usage_response_dto import (
        GetEnvironmentVariableUsageResponseDto,
    )
    from novu_api.models.update_environment_variable_request_dto_type import (
        UpdateEnvironmentVariableRequestDtoType,
    )

    from .._client import RetryPolicy


class EnvironmentVariablesResource(SyncResource):
    """`novu.environment_variables`."""

    def create(
        self,
        *,
        key: str,
        type_: CreateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentVariableResponseDto:
        """Create a variable: `POST /v1/environment-variables`.

        Standalone: `from novu_api.api.environment_variables import create`.
        """
        from novu_api.api.environment_variables import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: EnvironmentVariableResponseDto = call(
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

    def delete(
        self,
        *,
        variable_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete environment variable: `DELETE /v1/environment-variables/{variableKey}`.

        Standalone: `from novu_api.api.environment_variables import delete`.
        """
        from novu_api.api.environment_variables import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            variable_key=variable_key,
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
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[EnvironmentVariableResponseDto]:
        """List all variables: `GET /v1/environment-variables`.

        Standalone: `from novu_api.api.environment_variables import list`.
        """
        from novu_api.api.environment_variables import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: builtins.list[EnvironmentVariableResponseDto] = call(
            client=self._client,
            search=search,
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
        variable_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentVariableResponseDto:
        """Get environment variable: `GET /v1/environment-variables/{variableKey}`.

        Standalone: `from novu_api.api.environment_variables import retrieve`.
        """
        from novu_api.api.environment_variables import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: EnvironmentVariableResponseDto = call(
            client=self._client,
            variable_key=variable_key,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def update(
        self,
        *,
        variable_key: str,
        key: str | Unset = UNSET,
        type_: UpdateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentVariableResponseDto:
        """Update a variable: `PATCH /v1/environment-variables/{variableKey}`.

        Standalone: `from novu_api.api.environment_variables import update`.
        """
        from novu_api.api.environment_variables import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: EnvironmentVariableResponseDto = call(
            client=self._client,
            variable_key=variable_key,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def usage(
        self,
        *,
        variable_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetEnvironmentVariableUsageResponseDto:
        """Retrieve a variable usage: `GET /v1/environment-variables/{variableKey}/usage`.

        Standalone: `from novu_api.api.environment_variables import usage`.
        """
        from novu_api.api.environment_variables import usage as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GetEnvironmentVariableUsageResponseDto = call(
            client=self._client,
            variable_key=variable_key,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncEnvironmentVariablesResource(AsyncResource):
    """`novu.environment_variables` (async)."""

    async def create(
        self,
        *,
        key: str,
        type_: CreateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentVariableResponseDto:
        """Create a variable: `POST /v1/environment-variables`.

        Standalone: `from novu_api.api.environment_variables import create`.
        """
        from novu_api.api.environment_variables import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: EnvironmentVariableResponseDto = await call(
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

    async def delete(
        self,
        *,
        variable_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete environment variable: `DELETE /v1/environment-variables/{variableKey}`.

        Standalone: `from novu_api.api.environment_variables import delete`.
        """
        from novu_api.api.environment_variables import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            variable_key=variable_key,
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
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> builtins.list[EnvironmentVariableResponseDto]:
        """List all variables: `GET /v1/environment-variables`.

        Standalone: `from novu_api.api.environment_variables import list`.
        """
        from novu_api.api.environment_variables import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: builtins.list[EnvironmentVariableResponseDto] = await call(
            client=self._client,
            search=search,
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
        variable_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentVariableResponseDto:
        """Get environment variable: `GET /v1/environment-variables/{variableKey}`.

        Standalone: `from novu_api.api.environment_variables import retrieve`.
        """
        from novu_api.api.environment_variables import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: EnvironmentVariableResponseDto = await call(
            client=self._client,
            variable_key=variable_key,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def update(
        self,
        *,
        variable_key: str,
        key: str | Unset = UNSET,
        type_: UpdateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> EnvironmentVariableResponseDto:
        """Update a variable: `PATCH /v1/environment-variables/{variableKey}`.

        Standalone: `from novu_api.api.environment_variables import update`.
        """
        from novu_api.api.environment_variables import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: EnvironmentVariableResponseDto = await call(
            client=self._client,
            variable_key=variable_key,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def usage(
        self,
        *,
        variable_key: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GetEnvironmentVariableUsageResponseDto:
        """Retrieve a variable usage: `GET /v1/environment-variables/{variableKey}/usage`.

        Standalone: `from novu_api.api.environment_variables import usage`.
        """
        from novu_api.api.environment_variables import usage as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GetEnvironmentVariableUsageResponseDto = await call(
            client=self._client,
            variable_key=variable_key,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
