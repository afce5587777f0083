# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.workflows`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._raw import async_raw, raw
from .._resource import RawResource, Resource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from typing_extensions import Unpack

    from novu_api.models.chat_step_upsert_dto import ChatStepUpsertDto
    from novu_api.models.create_workflow_dto_payload_schema import CreateWorkflowDtoPayloadSchema
    from novu_api.models.custom_step_upsert_dto import CustomStepUpsertDto
    from novu_api.models.delay_step_upsert_dto import DelayStepUpsertDto
    from novu_api.models.digest_step_upsert_dto import DigestStepUpsertDto
    from novu_api.models.direction_enum import DirectionEnum
    from novu_api.models.email_step_upsert_dto import EmailStepUpsertDto
    from novu_api.models.generate_preview_request_dto_control_values import (
        GeneratePreviewRequestDtoControlValues,
    )
    from novu_api.models.generate_preview_response_dto import GeneratePreviewResponseDto
    from novu_api.models.http_request_step_upsert_dto import HttpRequestStepUpsertDto
    from novu_api.models.in_app_step_upsert_dto import InAppStepUpsertDto
    from novu_api.models.patch_workflow_dto_payload_schema import PatchWorkflowDtoPayloadSchema
    from novu_api.models.preferences_request_dto import PreferencesRequestDto
    from novu_api.models.preview_payload_dto import PreviewPayloadDto
    from novu_api.models.push_step_upsert_dto import PushStepUpsertDto
    from novu_api.models.severity_level_enum import SeverityLevelEnum
    from novu_api.models.sms_step_upsert_dto import SmsStepUpsertDto
    from novu_api.models.step_response_dto import StepResponseDto
    from novu_api.models.throttle_step_upsert_dto import ThrottleStepUpsertDto
    from novu_api.models.update_workflow_dto import UpdateWorkflowDto
    from novu_api.models.workflow_creation_source_enum import WorkflowCreationSourceEnum
    from novu_api.models.workflow_list_response_dto import WorkflowListResponseDto
    from novu_api.models.workflow_response_dto import WorkflowResponseDto
    from novu_api.models.workflow_response_dto_sort_field import WorkflowResponseDtoSortField
    from novu_api.models.workflow_status_enum import WorkflowStatusEnum

    from .._client import AsyncNovu, Novu  # noqa: F401 (named in the base classes)
    from .._options import RequestOptions
    from ..pagination import AsyncPage, SyncPage


class WorkflowsResource(Resource["Novu"]):
    """`novu.workflows`."""

    @cached_property
    def steps(self) -> WorkflowsStepsResource:
        return WorkflowsStepsResource(self._client)

    def create(
        self,
        *,
        name: str,
        workflow_id: str,
        steps: Sequence[
            InAppStepUpsertDto
            | EmailStepUpsertDto
            | SmsStepUpsertDto
            | PushStepUpsertDto
            | ChatStepUpsertDto
            | DelayStepUpsertDto
            | DigestStepUpsertDto
            | ThrottleStepUpsertDto
            | CustomStepUpsertDto
            | HttpRequestStepUpsertDto
        ]
        | Sequence[Mapping[str, Any]],
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        validate_payload: bool | Unset = UNSET,
        payload_schema: CreateWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        source: WorkflowCreationSourceEnum | str | Unset = UNSET,
        preferences: PreferencesRequestDto | Mapping[str, Any] | Unset = UNSET,
        severity: SeverityLevelEnum | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Create a workflow

        Creates a new workflow in the Novu Cloud environment

        `POST /v2/workflows` (WorkflowController_create). Standalone: `from novu_api.api.workflows
        import create`.

        Args:
            name (str; body `name`): Name of the workflow
            workflow_id (str; body `workflowId`): Unique identifier for the workflow
            steps (Sequence[InAppStepUpsertDto | EmailStepUpsertDto | SmsStepUpsertDto |
                PushStepUpsertDto | ChatStepUpsertDto | DelayStepUpsertDto | DigestStepUpsertDto |
                ThrottleStepUpsertDto | CustomStepUpsertDto | HttpRequestStepUpsertDto] |
                Sequence[Mapping[str, Any]]; body `steps`): Steps of the workflow
            description (str, optional; body `description`): Description of the workflow
            tags (Sequence[str], optional; body `tags`): Tags associated with the workflow
            active (bool, optional; body `active`): Whether the workflow is active. Constraints:
                default false.
            validate_payload (bool, optional; body `validatePayload`): Enable or disable payload
                schema validation
            payload_schema (CreateWorkflowDtoPayloadSchema | Mapping[str, Any] | None, optional;
                body `payloadSchema`): The payload JSON Schema for the workflow
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this workflow. Constraints: default false.
            source (WorkflowCreationSourceEnum | str, optional; body `__source`): Source of workflow
                creation. Constraints: one of "template_store", "editor", "notification_directory",
                "onboarding_digest_demo", "onboarding_in_app", "empty_state", "dropdown",
                "onboarding_get_started", "bridge", "dashboard", "ai"; default "editor".
            preferences (PreferencesRequestDto | Mapping[str, Any], optional; body `preferences`):
                Workflow preferences
            severity (SeverityLevelEnum | str, optional; body `severity`): Severity of the workflow.
                Constraints: one of "high", "medium", "low", "none".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = novu.workflows.create(name="NAME", workflow_id="WORKFLOW_ID", steps=[...])
        """
        from novu_api.api.workflows import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "workflowId": workflow_id,
            "steps": steps,
            "description": description,
            "tags": tags,
            "active": active,
            "validatePayload": validate_payload,
            "payloadSchema": payload_schema,
            "isTranslationEnabled": is_translation_enabled,
            "__source": source,
            "preferences": preferences,
            "severity": severity,
        }
        return _op.sync(
            client=self._client,
            body=body,
            **options,
        )

    def delete(
        self,
        *,
        workflow_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workflow

        Removes a specific workflow by its unique identifier **workflowId**

        `DELETE /v2/workflows/{workflowId}` (WorkflowController_removeWorkflow). Standalone: `from
        novu_api.api.workflows import delete`.

        Args:
            workflow_id (str; path):
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
            novu.workflows.delete(workflow_id="WORKFLOW_ID")
        """
        from novu_api.api.workflows import delete as _op

        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            **options,
        )

    def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Retrieve a workflow

        Fetches details of a specific workflow by its unique identifier **workflowId**

        `GET /v2/workflows/{workflowId}` (WorkflowController_getWorkflow). Standalone: `from
        novu_api.api.workflows import get`.

        Args:
            workflow_id (str; path):
            environment_id (str, optional; query):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = novu.workflows.get(workflow_id="WORKFLOW_ID")
        """
        from novu_api.api.workflows import get as _op

        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            environment_id=environment_id,
            **options,
        )

    def list(
        self,
        *,
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WorkflowListResponseDto]:
        """List all workflows

        Retrieves a list of workflows with optional filtering and pagination

        `GET /v2/workflows` (WorkflowController_searchWorkflows). Standalone: `from
        novu_api.api.workflows import list`.

        Args:
            limit (float, optional; query): Number of items to return per page
            offset (float, optional; query): Number of items to skip before starting to return
                results
            order_direction (DirectionEnum | str, optional; query): Direction of sorting.
                Constraints: one of "ASC", "DESC".
            order_by (WorkflowResponseDtoSortField | str, optional; query): Field to sort the
                results by. Constraints: one of "createdAt", "updatedAt", "name", "lastTriggeredAt".
            query (str, optional; query): Search query to filter workflows
            tags (Sequence[str], optional; query): Filter workflows by tags
            status (Sequence[WorkflowStatusEnum | str], optional; query): Filter workflows by
                status. Constraints: each item one of "ACTIVE", "INACTIVE", "ERROR".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            SyncPage[WorkflowListResponseDto]: the first page of `ListWorkflowResponse`; iterating
                gives every item, following offset pagination.

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
            for item in novu.workflows.list():
                print(item)
        """
        from novu_api.api.workflows import list as _op

        return _op.sync(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
            **options,
        )

    def patch(
        self,
        *,
        workflow_id: str,
        active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        payload_schema: PatchWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET,
        validate_payload: bool | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Update a workflow

        Partially updates a workflow by its unique identifier **workflowId**

        `PATCH /v2/workflows/{workflowId}` (WorkflowController_patchWorkflow). Standalone: `from
        novu_api.api.workflows import patch`.

        Args:
            workflow_id (str; path):
            active (bool, optional; body `active`): Activate or deactivate the workflow
            name (str, optional; body `name`): New name for the workflow
            description (str, optional; body `description`): Updated description of the workflow
            tags (Sequence[str], optional; body `tags`): Tags associated with the workflow
            payload_schema (PatchWorkflowDtoPayloadSchema | Mapping[str, Any] | None, optional; body
                `payloadSchema`): The payload JSON Schema for the workflow
            validate_payload (bool, optional; body `validatePayload`): Enable or disable payload
                schema validation
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this workflow
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = novu.workflows.patch(workflow_id="WORKFLOW_ID")
        """
        from novu_api.api.workflows import patch as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "active": active,
            "name": name,
            "description": description,
            "tags": tags,
            "payloadSchema": payload_schema,
            "validatePayload": validate_payload,
            "isTranslationEnabled": is_translation_enabled,
        }
        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            **options,
        )

    def sync(
        self,
        *,
        workflow_id: str,
        target_environment_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Sync a workflow

        Synchronizes a workflow to the target environment

        `PUT /v2/workflows/{workflowId}/sync` (WorkflowController_sync). Standalone: `from
        novu_api.api.workflows import sync`.

        Args:
            workflow_id (str; path):
            target_environment_id (str; body `targetEnvironmentId`): Target environment identifier
                to sync the workflow to
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = novu.workflows.sync(workflow_id="WORKFLOW_ID", target_environment_id="TARGET_ENVIRONMENT_ID")
        """
        from novu_api.api.workflows import sync as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "targetEnvironmentId": target_environment_id,
        }
        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            **options,
        )

    def update(
        self,
        *,
        workflow_id: str,
        body: UpdateWorkflowDto | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Update a workflow

        Updates the details of an existing workflow, here **workflowId** is the identifier of the
        workflow

        `PUT /v2/workflows/{workflowId}` (WorkflowController_update). Standalone: `from
        novu_api.api.workflows import update`.

        Args:
            workflow_id (str; path):
            body (UpdateWorkflowDto | dict[str, Any]; JSON body): the request: a
                `UpdateWorkflowDto`, or a dict of its fields
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = novu.workflows.update(workflow_id="WORKFLOW_ID", body={...})
        """
        from novu_api.api.workflows import update as _op

        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            **options,
        )


class AsyncWorkflowsResource(Resource["AsyncNovu"]):
    """`novu.workflows` (async)."""

    @cached_property
    def steps(self) -> AsyncWorkflowsStepsResource:
        return AsyncWorkflowsStepsResource(self._client)

    async def create(
        self,
        *,
        name: str,
        workflow_id: str,
        steps: Sequence[
            InAppStepUpsertDto
            | EmailStepUpsertDto
            | SmsStepUpsertDto
            | PushStepUpsertDto
            | ChatStepUpsertDto
            | DelayStepUpsertDto
            | DigestStepUpsertDto
            | ThrottleStepUpsertDto
            | CustomStepUpsertDto
            | HttpRequestStepUpsertDto
        ]
        | Sequence[Mapping[str, Any]],
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        active: bool | Unset = UNSET,
        validate_payload: bool | Unset = UNSET,
        payload_schema: CreateWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        source: WorkflowCreationSourceEnum | str | Unset = UNSET,
        preferences: PreferencesRequestDto | Mapping[str, Any] | Unset = UNSET,
        severity: SeverityLevelEnum | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Create a workflow

        Creates a new workflow in the Novu Cloud environment

        `POST /v2/workflows` (WorkflowController_create). Standalone: `from novu_api.api.workflows
        import create`.

        Args:
            name (str; body `name`): Name of the workflow
            workflow_id (str; body `workflowId`): Unique identifier for the workflow
            steps (Sequence[InAppStepUpsertDto | EmailStepUpsertDto | SmsStepUpsertDto |
                PushStepUpsertDto | ChatStepUpsertDto | DelayStepUpsertDto | DigestStepUpsertDto |
                ThrottleStepUpsertDto | CustomStepUpsertDto | HttpRequestStepUpsertDto] |
                Sequence[Mapping[str, Any]]; body `steps`): Steps of the workflow
            description (str, optional; body `description`): Description of the workflow
            tags (Sequence[str], optional; body `tags`): Tags associated with the workflow
            active (bool, optional; body `active`): Whether the workflow is active. Constraints:
                default false.
            validate_payload (bool, optional; body `validatePayload`): Enable or disable payload
                schema validation
            payload_schema (CreateWorkflowDtoPayloadSchema | Mapping[str, Any] | None, optional;
                body `payloadSchema`): The payload JSON Schema for the workflow
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this workflow. Constraints: default false.
            source (WorkflowCreationSourceEnum | str, optional; body `__source`): Source of workflow
                creation. Constraints: one of "template_store", "editor", "notification_directory",
                "onboarding_digest_demo", "onboarding_in_app", "empty_state", "dropdown",
                "onboarding_get_started", "bridge", "dashboard", "ai"; default "editor".
            preferences (PreferencesRequestDto | Mapping[str, Any], optional; body `preferences`):
                Workflow preferences
            severity (SeverityLevelEnum | str, optional; body `severity`): Severity of the workflow.
                Constraints: one of "high", "medium", "low", "none".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = await novu.workflows.create(name="NAME", workflow_id="WORKFLOW_ID", steps=[...])
        """
        from novu_api.api.workflows import create as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "name": name,
            "workflowId": workflow_id,
            "steps": steps,
            "description": description,
            "tags": tags,
            "active": active,
            "validatePayload": validate_payload,
            "payloadSchema": payload_schema,
            "isTranslationEnabled": is_translation_enabled,
            "__source": source,
            "preferences": preferences,
            "severity": severity,
        }
        return await _op.asyncio(
            client=self._client,
            body=body,
            **options,
        )

    async def delete(
        self,
        *,
        workflow_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a workflow

        Removes a specific workflow by its unique identifier **workflowId**

        `DELETE /v2/workflows/{workflowId}` (WorkflowController_removeWorkflow). Standalone: `from
        novu_api.api.workflows import delete`.

        Args:
            workflow_id (str; path):
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
            await novu.workflows.delete(workflow_id="WORKFLOW_ID")
        """
        from novu_api.api.workflows import delete as _op

        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            **options,
        )

    async def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Retrieve a workflow

        Fetches details of a specific workflow by its unique identifier **workflowId**

        `GET /v2/workflows/{workflowId}` (WorkflowController_getWorkflow). Standalone: `from
        novu_api.api.workflows import get`.

        Args:
            workflow_id (str; path):
            environment_id (str, optional; query):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = await novu.workflows.get(workflow_id="WORKFLOW_ID")
        """
        from novu_api.api.workflows import get as _op

        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            environment_id=environment_id,
            **options,
        )

    async def list(
        self,
        *,
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[WorkflowListResponseDto]:
        """List all workflows

        Retrieves a list of workflows with optional filtering and pagination

        `GET /v2/workflows` (WorkflowController_searchWorkflows). Standalone: `from
        novu_api.api.workflows import list`.

        Args:
            limit (float, optional; query): Number of items to return per page
            offset (float, optional; query): Number of items to skip before starting to return
                results
            order_direction (DirectionEnum | str, optional; query): Direction of sorting.
                Constraints: one of "ASC", "DESC".
            order_by (WorkflowResponseDtoSortField | str, optional; query): Field to sort the
                results by. Constraints: one of "createdAt", "updatedAt", "name", "lastTriggeredAt".
            query (str, optional; query): Search query to filter workflows
            tags (Sequence[str], optional; query): Filter workflows by tags
            status (Sequence[WorkflowStatusEnum | str], optional; query): Filter workflows by
                status. Constraints: each item one of "ACTIVE", "INACTIVE", "ERROR".
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            AsyncPage[WorkflowListResponseDto]: the first page of `ListWorkflowResponse`; iterating
                gives every item, following offset pagination.

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
            async for item in await novu.workflows.list():
                print(item)
        """
        from novu_api.api.workflows import list as _op

        return await _op.asyncio(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
            **options,
        )

    async def patch(
        self,
        *,
        workflow_id: str,
        active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        payload_schema: PatchWorkflowDtoPayloadSchema | Mapping[str, Any] | None | Unset = UNSET,
        validate_payload: bool | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Update a workflow

        Partially updates a workflow by its unique identifier **workflowId**

        `PATCH /v2/workflows/{workflowId}` (WorkflowController_patchWorkflow). Standalone: `from
        novu_api.api.workflows import patch`.

        Args:
            workflow_id (str; path):
            active (bool, optional; body `active`): Activate or deactivate the workflow
            name (str, optional; body `name`): New name for the workflow
            description (str, optional; body `description`): Updated description of the workflow
            tags (Sequence[str], optional; body `tags`): Tags associated with the workflow
            payload_schema (PatchWorkflowDtoPayloadSchema | Mapping[str, Any] | None, optional; body
                `payloadSchema`): The payload JSON Schema for the workflow
            validate_payload (bool, optional; body `validatePayload`): Enable or disable payload
                schema validation
            is_translation_enabled (bool, optional; body `isTranslationEnabled`): Enable or disable
                translations for this workflow
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = await novu.workflows.patch(workflow_id="WORKFLOW_ID")
        """
        from novu_api.api.workflows import patch as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "active": active,
            "name": name,
            "description": description,
            "tags": tags,
            "payloadSchema": payload_schema,
            "validatePayload": validate_payload,
            "isTranslationEnabled": is_translation_enabled,
        }
        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            **options,
        )

    async def sync(
        self,
        *,
        workflow_id: str,
        target_environment_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Sync a workflow

        Synchronizes a workflow to the target environment

        `PUT /v2/workflows/{workflowId}/sync` (WorkflowController_sync). Standalone: `from
        novu_api.api.workflows import sync`.

        Args:
            workflow_id (str; path):
            target_environment_id (str; body `targetEnvironmentId`): Target environment identifier
                to sync the workflow to
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = await novu.workflows.sync(workflow_id="WORKFLOW_ID", target_environment_id="TARGET_ENVIRONMENT_ID")
        """
        from novu_api.api.workflows import sync as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "targetEnvironmentId": target_environment_id,
        }
        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            **options,
        )

    async def update(
        self,
        *,
        workflow_id: str,
        body: UpdateWorkflowDto | dict[str, Any],
        **options: Unpack[RequestOptions],
    ) -> WorkflowResponseDto:
        """Update a workflow

        Updates the details of an existing workflow, here **workflowId** is the identifier of the
        workflow

        `PUT /v2/workflows/{workflowId}` (WorkflowController_update). Standalone: `from
        novu_api.api.workflows import update`.

        Args:
            workflow_id (str; path):
            body (UpdateWorkflowDto | dict[str, Any]; JSON body): the request: a
                `UpdateWorkflowDto`, or a dict of its fields
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            WorkflowResponseDto: the decoded response.

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
            result = await novu.workflows.update(workflow_id="WORKFLOW_ID", body={...})
        """
        from novu_api.api.workflows import update as _op

        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            **options,
        )


class WorkflowsStepsResource(Resource["Novu"]):
    """`novu.workflows.steps`."""

    def generate_preview(
        self,
        *,
        workflow_id: str,
        step_id: str,
        control_values: GeneratePreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: PreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GeneratePreviewResponseDto:
        """Generate a step preview

        Generates a preview for a specific workflow step by its unique identifier **stepId**

        `POST /v2/workflows/{workflowId}/step/{stepId}/preview`
        (WorkflowController_generatePreview). Standalone: `from novu_api.api.workflows.steps import
        generate_preview`.

        Args:
            workflow_id (str; path):
            step_id (str; path):
            control_values (GeneratePreviewRequestDtoControlValues | Mapping[str, Any], optional;
                body `controlValues`): Optional control values
            preview_payload (PreviewPayloadDto | Mapping[str, Any], optional; body
                `previewPayload`): Optional payload for preview generation
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GeneratePreviewResponseDto: the decoded response.

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
            result = novu.workflows.steps.generate_preview(workflow_id="WORKFLOW_ID", step_id="STEP_ID")
        """
        from novu_api.api.workflows.steps import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            body=body,
            **options,
        )

    def retrieve(
        self,
        *,
        workflow_id: str,
        step_id: str,
        **options: Unpack[RequestOptions],
    ) -> StepResponseDto:
        """Retrieve workflow step

        Retrieves data for a specific step in a workflow

        `GET /v2/workflows/{workflowId}/steps/{stepId}` (WorkflowController_getWorkflowStepData).
        Standalone: `from novu_api.api.workflows.steps import retrieve`.

        Args:
            workflow_id (str; path):
            step_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            StepResponseDto: the decoded response.

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
            result = novu.workflows.steps.retrieve(workflow_id="WORKFLOW_ID", step_id="STEP_ID")
        """
        from novu_api.api.workflows.steps import retrieve as _op

        return _op.sync(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            **options,
        )


class AsyncWorkflowsStepsResource(Resource["AsyncNovu"]):
    """`novu.workflows.steps` (async)."""

    async def generate_preview(
        self,
        *,
        workflow_id: str,
        step_id: str,
        control_values: GeneratePreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: PreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GeneratePreviewResponseDto:
        """Generate a step preview

        Generates a preview for a specific workflow step by its unique identifier **stepId**

        `POST /v2/workflows/{workflowId}/step/{stepId}/preview`
        (WorkflowController_generatePreview). Standalone: `from novu_api.api.workflows.steps import
        generate_preview`.

        Args:
            workflow_id (str; path):
            step_id (str; path):
            control_values (GeneratePreviewRequestDtoControlValues | Mapping[str, Any], optional;
                body `controlValues`): Optional control values
            preview_payload (PreviewPayloadDto | Mapping[str, Any], optional; body
                `previewPayload`): Optional payload for preview generation
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            GeneratePreviewResponseDto: the decoded response.

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
            result = await novu.workflows.steps.generate_preview(workflow_id="WORKFLOW_ID", step_id="STEP_ID")
        """
        from novu_api.api.workflows.steps import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            body=body,
            **options,
        )

    async def retrieve(
        self,
        *,
        workflow_id: str,
        step_id: str,
        **options: Unpack[RequestOptions],
    ) -> StepResponseDto:
        """Retrieve workflow step

        Retrieves data for a specific step in a workflow

        `GET /v2/workflows/{workflowId}/steps/{stepId}` (WorkflowController_getWorkflowStepData).
        Standalone: `from novu_api.api.workflows.steps import retrieve`.

        Args:
            workflow_id (str; path):
            step_id (str; path):
            **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

        Returns:
            StepResponseDto: the decoded response.

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
            result = await novu.workflows.steps.retrieve(workflow_id="WORKFLOW_ID", step_id="STEP_ID")
        """
        from novu_api.api.workflows.steps import retrieve as _op

        return await _op.asyncio(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            **options,
        )


class WorkflowsResourceWithRawResponse(RawResource["WorkflowsResource"]):
    """`novu.with_raw_response.workflows`: each call returns a `RawResponse`."""

    def __init__(self, resource: WorkflowsResource) -> None:
        super().__init__(resource)
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.get = raw(resource.get)
        self.list = raw(resource.list)
        self.patch = raw(resource.patch)
        self.sync = raw(resource.sync)
        self.update = raw(resource.update)

    @cached_property
    def steps(self) -> WorkflowsStepsResourceWithRawResponse:
        return WorkflowsStepsResourceWithRawResponse(self._resource.steps)


class AsyncWorkflowsResourceWithRawResponse(RawResource["AsyncWorkflowsResource"]):
    """`novu.with_raw_response.workflows`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncWorkflowsResource) -> None:
        super().__init__(resource)
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.get = async_raw(resource.get)
        self.list = async_raw(resource.list)
        self.patch = async_raw(resource.patch)
        self.sync = async_raw(resource.sync)
        self.update = async_raw(resource.update)

    @cached_property
    def steps(self) -> AsyncWorkflowsStepsResourceWithRawResponse:
        return AsyncWorkflowsStepsResourceWithRawResponse(self._resource.steps)


class WorkflowsStepsResourceWithRawResponse(RawResource["WorkflowsStepsResource"]):
    """`novu.with_raw_response.workflows.steps`: each call returns a `RawResponse`."""

    def __init__(self, resource: WorkflowsStepsResource) -> None:
        super().__init__(resource)
        self.generate_preview = raw(resource.generate_preview)
        self.retrieve = raw(resource.retrieve)


class AsyncWorkflowsStepsResourceWithRawResponse(RawResource["AsyncWorkflowsStepsResource"]):
    """`novu.with_raw_response.workflows.steps`: each call returns a `RawResponse`."""

    def __init__(self, resource: AsyncWorkflowsStepsResource) -> None:
        super().__init__(resource)
        self.generate_preview = async_raw(resource.generate_preview)
        self.retrieve = async_raw(resource.retrieve)
