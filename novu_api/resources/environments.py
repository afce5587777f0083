# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.environments`: each method calls one standalone operation module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    import builtins
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

    from novu_api.models.bridge_configuration_dto import BridgeConfigurationDto
    from novu_api.models.diff_environment_response_dto import DiffEnvironmentResponseDto
    from novu_api.models.environment_response_dto import EnvironmentResponseDto
    from novu_api.models.get_environment_tags_dto import GetEnvironmentTagsDto
    from novu_api.models.in_bound_parse_domain_dto import InBoundParseDomainDto
    from novu_api.models.publish_environment_response_dto import PublishEnvironmentResponseDto
    from novu_api.models.resource_to_publish_dto import ResourceToPublishDto

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions


class EnvironmentsResource(Resource["Novu"]):
    """`novu.environments`."""

    def create(
        self,
        *,
        name: str,
        color: str,
        parent_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentResponseDto:
        """Create an environment

        Creates a new environment within the current organization. Environments allow you to manage
        different stages of your application development lifecycle. Each environment has its own set
        of API keys and configurations.

        `POST /v1/environments` (EnvironmentsControllerV1_createEnvironment). Standalone: `from
        novu_api.api.environments import create`.

        Args:
            name (str; body `name`): Name of the environment to be created
            color (str; body `color`): Hex color code for the environment
            parent_id (str, optional; body `parentId`): MongoDB ObjectId of the parent environment
                (optional)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            APIStatusError: 402; `.body`: `ErrorDto`.
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
            result = novu.environments.create(name="Production Environment", color="#3498db")
        """
        from novu_api.api.environments import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "color": color,
            "parentId": parent_id,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        environment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an environment

        Delete an environment by its unique identifier **environmentId**. This action is
        irreversible and will remove the environment and all its associated data.

        `DELETE /v1/environments/{environmentId}` (EnvironmentsControllerV1_deleteEnvironment).
        Standalone: `from novu_api.api.environments import delete`.

        Args:
            environment_id (str; path): The unique identifier of the environment
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
            novu.environments.delete(environment_id="ENVIRONMENT_ID")
        """
        from novu_api.api.environments import delete as _op

        return _op.sync(
            client=self._client,
            environment_id=environment_id,
            **options,
        )

    def diff(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiffEnvironmentResponseDto:
        """Compare resources between environments

        Compares workflows and other resources between the source and target environments, returning
        detailed diff information including additions, modifications, and deletions.

        `POST /v2/environments/{targetEnvironmentId}/diff` (EnvironmentsController_diffEnvironment).
        Standalone: `from novu_api.api.environments import diff`.

        Args:
            target_environment_id (str; path): Target environment ID (MongoDB ObjectId) to compare
                against
            source_environment_id (str, optional; body `sourceEnvironmentId`): Source environment ID
                to compare from. Defaults to the Development environment if not provided.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DiffEnvironmentResponseDto: the decoded response.

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
            result = novu.environments.diff(target_environment_id="6615943e7ace93b0540ae377")
        """
        from novu_api.api.environments import diff as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
        }
        return _op.sync(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
            **options,
        )

    def get_tags(
        self,
        *,
        environment_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetEnvironmentTagsDto]:
        """List environment tags

        Retrieve all unique tags used in workflows within the specified environment. These tags can
        be used for filtering workflows.

        `GET /v2/environments/{environmentId}/tags` (EnvironmentsController_getEnvironmentTags).
        Standalone: `from novu_api.api.environments import get_tags`.

        Args:
            environment_id (str; path): Environment internal ID (MongoDB ObjectId) or identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[GetEnvironmentTagsDto]: the decoded response.

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
            result = novu.environments.get_tags(environment_id="6615943e7ace93b0540ae377")
        """
        from novu_api.api.environments import get_tags as _op

        return _op.sync(
            client=self._client,
            environment_id=environment_id,
            **options,
        )

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[EnvironmentResponseDto]:
        """List all environments

        This API returns a list of environments for the current organization. Each environment
        contains its configuration, API keys (if user has access), and metadata.

        `GET /v1/environments` (EnvironmentsControllerV1_listMyEnvironments). Standalone: `from
        novu_api.api.environments import list`.

        Args:
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[EnvironmentResponseDto]: the decoded response.

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
            result = novu.environments.list()
        """
        from novu_api.api.environments import list as _op

        return _op.sync(
            client=self._client,
            **options,
        )

    def publish(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        resources: Sequence[ResourceToPublishDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PublishEnvironmentResponseDto:
        """Publish resources to target environment

        Publishes all workflows and resources from the source environment to the target environment.
        Optionally specify specific resources to publish or use dryRun mode to preview changes.

        `POST /v2/environments/{targetEnvironmentId}/publish`
        (EnvironmentsController_publishEnvironment). Standalone: `from novu_api.api.environments
        import publish`.

        Args:
            target_environment_id (str; path): Target environment ID (MongoDB ObjectId) to publish
                resources to
            source_environment_id (str, optional; body `sourceEnvironmentId`): Source environment ID
                to sync from. Defaults to the Development environment if not provided.
            dry_run (bool, optional; body `dryRun`): Perform a dry run without making actual
                changes. Constraints: default false.
            resources (Sequence[ResourceToPublishDto] | Sequence[Mapping[str, Any]], optional; body
                `resources`): Array of specific resources to publish. If not provided, all resources
                will be published.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            PublishEnvironmentResponseDto: the decoded response.

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
            result = novu.environments.publish(target_environment_id="6615943e7ace93b0540ae377")
        """
        from novu_api.api.environments import publish as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
            "dryRun": dry_run,
            "resources": resources,
        }
        return _op.sync(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
            **options,
        )

    def update(
        self,
        *,
        environment_id: str,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        dns: InBoundParseDomainDto | Mapping[str, Any] | Unset = UNSET,
        bridge: BridgeConfigurationDto | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentResponseDto:
        """Update an environment

        Update an environment by its unique identifier **environmentId**. You can modify the
        environment name, identifier, color, and other configuration settings.

        `PUT /v1/environments/{environmentId}` (EnvironmentsControllerV1_updateMyEnvironment).
        Standalone: `from novu_api.api.environments import update`.

        Args:
            environment_id (str; path): The unique identifier of the environment
            name (str, optional; body `name`):
            identifier (str, optional; body `identifier`):
            parent_id (str, optional; body `parentId`):
            color (str, optional; body `color`):
            dns (InBoundParseDomainDto | Mapping[str, Any], optional; body `dns`):
            bridge (BridgeConfigurationDto | Mapping[str, Any], optional; body `bridge`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentResponseDto: the decoded response.

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
            result = novu.environments.update(environment_id="ENVIRONMENT_ID")
        """
        from novu_api.api.environments import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "parentId": parent_id,
            "color": color,
            "dns": dns,
            "bridge": bridge,
        }
        return _op.sync(
            client=self._client,
            environment_id=environment_id,
            body=body,
            **options,
        )


class AsyncEnvironmentsResource(Resource["AsyncNovu"]):
    """`novu.environments` (async)."""

    async def create(
        self,
        *,
        name: str,
        color: str,
        parent_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentResponseDto:
        """Create an environment

        Creates a new environment within the current organization. Environments allow you to manage
        different stages of your application development lifecycle. Each environment has its own set
        of API keys and configurations.

        `POST /v1/environments` (EnvironmentsControllerV1_createEnvironment). Standalone: `from
        novu_api.api.environments import create`.

        Args:
            name (str; body `name`): Name of the environment to be created
            color (str; body `color`): Hex color code for the environment
            parent_id (str, optional; body `parentId`): MongoDB ObjectId of the parent environment
                (optional)
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentResponseDto: the decoded response.

        Raises:
            BadRequestError: 400; `.body`: `ErrorDto`.
            AuthenticationError: 401; `.body`: `ErrorDto`.
            APIStatusError: 402; `.body`: `ErrorDto`.
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
            result = await novu.environments.create(name="Production Environment", color="#3498db")
        """
        from novu_api.api.environments import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "color": color,
            "parentId": parent_id,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        environment_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an environment

        Delete an environment by its unique identifier **environmentId**. This action is
        irreversible and will remove the environment and all its associated data.

        `DELETE /v1/environments/{environmentId}` (EnvironmentsControllerV1_deleteEnvironment).
        Standalone: `from novu_api.api.environments import delete`.

        Args:
            environment_id (str; path): The unique identifier of the environment
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
            await novu.environments.delete(environment_id="ENVIRONMENT_ID")
        """
        from novu_api.api.environments import delete as _op

        return await _op.asyncio(
            client=self._client,
            environment_id=environment_id,
            **options,
        )

    async def diff(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DiffEnvironmentResponseDto:
        """Compare resources between environments

        Compares workflows and other resources between the source and target environments, returning
        detailed diff information including additions, modifications, and deletions.

        `POST /v2/environments/{targetEnvironmentId}/diff` (EnvironmentsController_diffEnvironment).
        Standalone: `from novu_api.api.environments import diff`.

        Args:
            target_environment_id (str; path): Target environment ID (MongoDB ObjectId) to compare
                against
            source_environment_id (str, optional; body `sourceEnvironmentId`): Source environment ID
                to compare from. Defaults to the Development environment if not provided.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            DiffEnvironmentResponseDto: the decoded response.

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
            result = await novu.environments.diff(target_environment_id="6615943e7ace93b0540ae377")
        """
        from novu_api.api.environments import diff as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
        }
        return await _op.asyncio(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
            **options,
        )

    async def get_tags(
        self,
        *,
        environment_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[GetEnvironmentTagsDto]:
        """List environment tags

        Retrieve all unique tags used in workflows within the specified environment. These tags can
        be used for filtering workflows.

        `GET /v2/environments/{environmentId}/tags` (EnvironmentsController_getEnvironmentTags).
        Standalone: `from novu_api.api.environments import get_tags`.

        Args:
            environment_id (str; path): Environment internal ID (MongoDB ObjectId) or identifier
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[GetEnvironmentTagsDto]: the decoded response.

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
            result = await novu.environments.get_tags(environment_id="6615943e7ace93b0540ae377")
        """
        from novu_api.api.environments import get_tags as _op

        return await _op.asyncio(
            client=self._client,
            environment_id=environment_id,
            **options,
        )

    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[EnvironmentResponseDto]:
        """List all environments

        This API returns a list of environments for the current organization. Each environment
        contains its configuration, API keys (if user has access), and metadata.

        `GET /v1/environments` (EnvironmentsControllerV1_listMyEnvironments). Standalone: `from
        novu_api.api.environments import list`.

        Args:
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            list[EnvironmentResponseDto]: the decoded response.

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
            result = await novu.environments.list()
        """
        from novu_api.api.environments import list as _op

        return await _op.asyncio(
            client=self._client,
            **options,
        )

    async def publish(
        self,
        *,
        target_environment_id: str,
        source_environment_id: str | Unset = UNSET,
        dry_run: bool | Unset = UNSET,
        resources: Sequence[ResourceToPublishDto] | Sequence[Mapping[str, Any]] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PublishEnvironmentResponseDto:
        """Publish resources to target environment

        Publishes all workflows and resources from the source environment to the target environment.
        Optionally specify specific resources to publish or use dryRun mode to preview changes.

        `POST /v2/environments/{targetEnvironmentId}/publish`
        (EnvironmentsController_publishEnvironment). Standalone: `from novu_api.api.environments
        import publish`.

        Args:
            target_environment_id (str; path): Target environment ID (MongoDB ObjectId) to publish
                resources to
            source_environment_id (str, optional; body `sourceEnvironmentId`): Source environment ID
                to sync from. Defaults to the Development environment if not provided.
            dry_run (bool, optional; body `dryRun`): Perform a dry run without making actual
                changes. Constraints: default false.
            resources (Sequence[ResourceToPublishDto] | Sequence[Mapping[str, Any]], optional; body
                `resources`): Array of specific resources to publish. If not provided, all resources
                will be published.
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            PublishEnvironmentResponseDto: the decoded response.

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
            result = await novu.environments.publish(target_environment_id="6615943e7ace93b0540ae377")
        """
        from novu_api.api.environments import publish as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "sourceEnvironmentId": source_environment_id,
            "dryRun": dry_run,
            "resources": resources,
        }
        return await _op.asyncio(
            client=self._client,
            target_environment_id=target_environment_id,
            body=body,
            **options,
        )

    async def update(
        self,
        *,
        environment_id: str,
        name: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        dns: InBoundParseDomainDto | Mapping[str, Any] | Unset = UNSET,
        bridge: BridgeConfigurationDto | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EnvironmentResponseDto:
        """Update an environment

        Update an environment by its unique identifier **environmentId**. You can modify the
        environment name, identifier, color, and other configuration settings.

        `PUT /v1/environments/{environmentId}` (EnvironmentsControllerV1_updateMyEnvironment).
        Standalone: `from novu_api.api.environments import update`.

        Args:
            environment_id (str; path): The unique identifier of the environment
            name (str, optional; body `name`):
            identifier (str, optional; body `identifier`):
            parent_id (str, optional; body `parentId`):
            color (str, optional; body `color`):
            dns (InBoundParseDomainDto | Mapping[str, Any], optional; body `dns`):
            bridge (BridgeConfigurationDto | Mapping[str, Any], optional; body `bridge`):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            EnvironmentResponseDto: the decoded response.

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
            result = await novu.environments.update(environment_id="ENVIRONMENT_ID")
        """
        from novu_api.api.environments import update as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "identifier": identifier,
            "parentId": parent_id,
            "color": color,
            "dns": dns,
            "bridge": bridge,
        }
        return await _op.asyncio(
            client=self._client,
            environment_id=environment_id,
            body=body,
            **options,
        )


class EnvironmentsResourceWithRawResponse(RawResource["EnvironmentsResource"]):
    """`novu.with_raw_response.environments`: each call returns a `RawResponse`."""

    def __init__(self, resource: EnvironmentsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.diff = raw(resource.diff)
        self.get_tags = raw(resource.get_tags)
        self.list = raw(resource.list)
        self.publish = raw(resource.publish)
        self.update = raw(resource.update)


class AsyncEnvironmentsResourceWithRawResponse(RawResource["AsyncEnvironmentsResource"]):
    """`novu.with_raw_response.environments`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncEnvironmentsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.diff = async_raw(resource.diff)
        self.get_tags = async_raw(resource.get_tags)
        self.list = async_raw(resource.list)
        self.publish = async_raw(resource.publish)
        self.update = async_raw(resource.update)
