# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.environment_variables`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

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

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions


class EnvironmentVariablesResource(Resource["Novu"]):
    """`novu.environment_variables`."""

    def create(
        self,
        *,
        key: str,
        type_: CreateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentVariableResponseDto:
        """Create a variable

        Creates a new environment variable. Keys must be uppercase with underscores only (e.g.
        BASE_URL). Secret variables are encrypted at rest and masked in API responses.

        `POST /v1/environment-variables` (EnvironmentVariablesController_createEnvironmentVariable).
        Standalone: `from novu_api.api.environment_variables import create`.

        Args:
            key (str; body `key`): Unique key for the variable. Must start with a letter and contain
                only letters, digits, and underscores. Constraints: at most 256 characters; matches
                "/^[A-Za-z][A-Za-z0-9_]*$/".
            type_ (CreateEnvironmentVariableRequestDtoType | str, optional; body `type`): The type
                of the variable. Constraints: one of "string".
            is_secret (bool, optional; body `isSecret`): Whether this variable is a secret
                (encrypted at rest, masked in responses)
            values (Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]], optional;
                body `values`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentVariableResponseDto: the decoded response.

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
            result = novu.environment_variables.create(key="KEY")
        """
        from novu_api.api.environment_variables import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        variable_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete environment variable

        Deletes an environment variable by key.

        `DELETE /v1/environment-variables/{variableKey}`
        (EnvironmentVariablesController_deleteEnvironmentVariable). Standalone: `from
        novu_api.api.environment_variables import delete`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
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
            novu.environment_variables.delete(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import delete as _op

        return _op.sync(
            client=self._client,
            variable_key=variable_key,
            **options,
        )

    def list(
        self,
        *,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[EnvironmentVariableResponseDto]:
        """List all variables

        Returns all environment variables for the current organization. Secret values are masked.

        `GET /v1/environment-variables` (EnvironmentVariablesController_listEnvironmentVariables).
        Standalone: `from novu_api.api.environment_variables import list`.

        Args:
            search (str, optional; query): Filter variables by key (case-insensitive partial match).
                Constraints: at most 256 characters.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[EnvironmentVariableResponseDto]: the decoded response.

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
            result = novu.environment_variables.list()
        """
        from novu_api.api.environment_variables import list as _op

        return _op.sync(
            client=self._client,
            search=search,
            **options,
        )

    def retrieve(
        self,
        *,
        variable_key: str,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentVariableResponseDto:
        """Get environment variable

        Returns a single environment variable by key. Secret values are masked.

        `GET /v1/environment-variables/{variableKey}`
        (EnvironmentVariablesController_getEnvironmentVariable). Standalone: `from
        novu_api.api.environment_variables import retrieve`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentVariableResponseDto: the decoded response.

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
            result = novu.environment_variables.retrieve(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import retrieve as _op

        return _op.sync(
            client=self._client,
            variable_key=variable_key,
            **options,
        )

    def update(
        self,
        *,
        variable_key: str,
        key: str | Unset = UNSET,
        type_: UpdateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentVariableResponseDto:
        """Update a variable

        Updates an existing environment variable. Providing `values` merges them into the existing
        per-environment values by `_environmentId`; envs not present in the request keep their
        stored value. Submitting the masked secret placeholder (the value returned by read endpoints
        for secret variables) as a real value is rejected.

        `PATCH /v1/environment-variables/{variableKey}`
        (EnvironmentVariablesController_updateEnvironmentVariable). Standalone: `from
        novu_api.api.environment_variables import update`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
            key (str, optional; body `key`): Unique key for the variable. Must start with a letter
                and contain only letters, digits, and underscores. Constraints: at most 256
                characters; matches "/^[A-Za-z][A-Za-z0-9_]*$/".
            type_ (UpdateEnvironmentVariableRequestDtoType | str, optional; body `type`): The type
                of the variable. Constraints: one of "string".
            is_secret (bool, optional; body `isSecret`):
            values (Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]], optional;
                body `values`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentVariableResponseDto: the decoded response.

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
            result = novu.environment_variables.update(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        return _op.sync(
            client=self._client,
            variable_key=variable_key,
            body=body,
            **options,
        )

    def usage(
        self,
        *,
        variable_key: str,
        **options: Unpack[RequestOptions],
    ) -> GetEnvironmentVariableUsageResponseDto:
        """Retrieve a variable usage

        Returns the workflows that reference this environment variable via `{{env.KEY}}` in their
        step controls. **variableId** is required.

        `GET /v1/environment-variables/{variableKey}/usage`
        (EnvironmentVariablesController_getEnvironmentVariableUsage). Standalone: `from
        novu_api.api.environment_variables import usage`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetEnvironmentVariableUsageResponseDto: the decoded response.

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
            result = novu.environment_variables.usage(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import usage as _op

        return _op.sync(
            client=self._client,
            variable_key=variable_key,
            **options,
        )


class AsyncEnvironmentVariablesResource(Resource["AsyncNovu"]):
    """`novu.environment_variables` (async)."""

    async def create(
        self,
        *,
        key: str,
        type_: CreateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentVariableResponseDto:
        """Create a variable

        Creates a new environment variable. Keys must be uppercase with underscores only (e.g.
        BASE_URL). Secret variables are encrypted at rest and masked in API responses.

        `POST /v1/environment-variables` (EnvironmentVariablesController_createEnvironmentVariable).
        Standalone: `from novu_api.api.environment_variables import create`.

        Args:
            key (str; body `key`): Unique key for the variable. Must start with a letter and contain
                only letters, digits, and underscores. Constraints: at most 256 characters; matches
                "/^[A-Za-z][A-Za-z0-9_]*$/".
            type_ (CreateEnvironmentVariableRequestDtoType | str, optional; body `type`): The type
                of the variable. Constraints: one of "string".
            is_secret (bool, optional; body `isSecret`): Whether this variable is a secret
                (encrypted at rest, masked in responses)
            values (Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]], optional;
                body `values`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentVariableResponseDto: the decoded response.

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
            result = await novu.environment_variables.create(key="KEY")
        """
        from novu_api.api.environment_variables import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        variable_key: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete environment variable

        Deletes an environment variable by key.

        `DELETE /v1/environment-variables/{variableKey}`
        (EnvironmentVariablesController_deleteEnvironmentVariable). Standalone: `from
        novu_api.api.environment_variables import delete`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
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
            await novu.environment_variables.delete(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import delete as _op

        return await _op.asyncio(
            client=self._client,
            variable_key=variable_key,
            **options,
        )

    async def list(
        self,
        *,
        search: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[EnvironmentVariableResponseDto]:
        """List all variables

        Returns all environment variables for the current organization. Secret values are masked.

        `GET /v1/environment-variables` (EnvironmentVariablesController_listEnvironmentVariables).
        Standalone: `from novu_api.api.environment_variables import list`.

        Args:
            search (str, optional; query): Filter variables by key (case-insensitive partial match).
                Constraints: at most 256 characters.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[EnvironmentVariableResponseDto]: the decoded response.

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
            result = await novu.environment_variables.list()
        """
        from novu_api.api.environment_variables import list as _op

        return await _op.asyncio(
            client=self._client,
            search=search,
            **options,
        )

    async def retrieve(
        self,
        *,
        variable_key: str,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentVariableResponseDto:
        """Get environment variable

        Returns a single environment variable by key. Secret values are masked.

        `GET /v1/environment-variables/{variableKey}`
        (EnvironmentVariablesController_getEnvironmentVariable). Standalone: `from
        novu_api.api.environment_variables import retrieve`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentVariableResponseDto: the decoded response.

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
            result = await novu.environment_variables.retrieve(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            variable_key=variable_key,
            **options,
        )

    async def update(
        self,
        *,
        variable_key: str,
        key: str | Unset = UNSET,
        type_: UpdateEnvironmentVariableRequestDtoType | str | Unset = UNSET,
        is_secret: bool | Unset = UNSET,
        values: Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentVariableResponseDto:
        """Update a variable

        Updates an existing environment variable. Providing `values` merges them into the existing
        per-environment values by `_environmentId`; envs not present in the request keep their
        stored value. Submitting the masked secret placeholder (the value returned by read endpoints
        for secret variables) as a real value is rejected.

        `PATCH /v1/environment-variables/{variableKey}`
        (EnvironmentVariablesController_updateEnvironmentVariable). Standalone: `from
        novu_api.api.environment_variables import update`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
            key (str, optional; body `key`): Unique key for the variable. Must start with a letter
                and contain only letters, digits, and underscores. Constraints: at most 256
                characters; matches "/^[A-Za-z][A-Za-z0-9_]*$/".
            type_ (UpdateEnvironmentVariableRequestDtoType | str, optional; body `type`): The type
                of the variable. Constraints: one of "string".
            is_secret (bool, optional; body `isSecret`):
            values (Sequence[EnvironmentVariableValueDto] | Sequence[Mapping[str, Any]], optional;
                body `values`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentVariableResponseDto: the decoded response.

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
            result = await novu.environment_variables.update(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "key": key,
            "type": type_,
            "isSecret": is_secret,
            "values": values,
        }
        return await _op.asyncio(
            client=self._client,
            variable_key=variable_key,
            body=body,
            **options,
        )

    async def usage(
        self,
        *,
        variable_key: str,
        **options: Unpack[RequestOptions],
    ) -> GetEnvironmentVariableUsageResponseDto:
        """Retrieve a variable usage

        Returns the workflows that reference this environment variable via `{{env.KEY}}` in their
        step controls. **variableId** is required.

        `GET /v1/environment-variables/{variableKey}/usage`
        (EnvironmentVariablesController_getEnvironmentVariableUsage). Standalone: `from
        novu_api.api.environment_variables import usage`.

        Args:
            variable_key (str; path): The unique key of the environment variable (e.g. BASE_URL)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GetEnvironmentVariableUsageResponseDto: the decoded response.

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
            result = await novu.environment_variables.usage(variable_key="BASE_URL")
        """
        from novu_api.api.environment_variables import usage as _op

        return await _op.asyncio(
            client=self._client,
            variable_key=variable_key,
            **options,
        )


class EnvironmentVariablesResourceWithRawResponse(RawResource["EnvironmentVariablesResource"]):
    """`novu.with_raw_response.environment_variables`: each call returns a `RawResponse`."""

    def __init__(self, resource: EnvironmentVariablesResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.usage = raw(resource.usage)


class AsyncEnvironmentVariablesResourceWithRawResponse(RawResource["AsyncEnvironmentVariablesResource"]):
    """`novu.with_raw_response.environment_variables`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncEnvironmentVariablesResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.usage = async_raw(resource.usage)
