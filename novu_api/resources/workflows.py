# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Resource classes behind `novu.workflows`: each method calls one standalone operation module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from novu_api.models.chat_step_upsert_dto import ChatStepUpsertDto
    from novu_api.models.create_workflow_dto_payload_schema_type_0 import CreateWorkflowDtoPayloadSchemaType0
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
    from novu_api.models.patch_workflow_dto_payload_schema_type_0 import PatchWorkflowDtoPayloadSchemaType0
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

    from .._client import RetryPolicy
    from ..pagination import AsyncPage, SyncPage


class WorkflowsResource(SyncResource):
    """`novu.workflows`."""

    @cached_property
    def steps(self) -> WorkflowsStepsResource:
        return WorkflowsStepsResource(self._client, raw=self._raw)

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
        payload_schema: CreateWorkflowDtoPayloadSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        source: WorkflowCreationSourceEnum | str | Unset = UNSET,
        preferences: PreferencesRequestDto | Mapping[str, Any] | Unset = UNSET,
        severity: SeverityLevelEnum | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Create a workflow: `POST /v2/workflows`.

        Standalone: `from novu_api.api.workflows import create`.
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
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WorkflowResponseDto = call(
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
        workflow_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a workflow: `DELETE /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import delete`.
        """
        from novu_api.api.workflows import delete as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: None = call(
            client=self._client,
            workflow_id=workflow_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Retrieve a workflow: `GET /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import get`.
        """
        from novu_api.api.workflows import get as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WorkflowResponseDto = call(
            client=self._client,
            workflow_id=workflow_id,
            environment_id=environment_id,
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
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> SyncPage[WorkflowListResponseDto]:
        """List all workflows: `GET /v2/workflows`.

        Standalone: `from novu_api.api.workflows import list`.
        """
        from novu_api.api.workflows import list as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: SyncPage[WorkflowListResponseDto] = call(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def patch(
        self,
        *,
        workflow_id: str,
        active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        payload_schema: PatchWorkflowDtoPayloadSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        validate_payload: bool | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Update a workflow: `PATCH /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import patch`.
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
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WorkflowResponseDto = call(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    def sync(
        self,
        *,
        workflow_id: str,
        target_environment_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Sync a workflow: `PUT /v2/workflows/{workflowId}/sync`.

        Standalone: `from novu_api.api.workflows import sync`.
        """
        from novu_api.api.workflows import sync as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "targetEnvironmentId": target_environment_id,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WorkflowResponseDto = call(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
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
        workflow_id: str,
        body: UpdateWorkflowDto | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Update a workflow: `PUT /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import update`.
        """
        from novu_api.api.workflows import update as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: WorkflowResponseDto = call(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncWorkflowsResource(AsyncResource):
    """`novu.workflows` (async)."""

    @cached_property
    def steps(self) -> AsyncWorkflowsStepsResource:
        return AsyncWorkflowsStepsResource(self._client, raw=self._raw)

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
        payload_schema: CreateWorkflowDtoPayloadSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        source: WorkflowCreationSourceEnum | str | Unset = UNSET,
        preferences: PreferencesRequestDto | Mapping[str, Any] | Unset = UNSET,
        severity: SeverityLevelEnum | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Create a workflow: `POST /v2/workflows`.

        Standalone: `from novu_api.api.workflows import create`.
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
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WorkflowResponseDto = await call(
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
        workflow_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> None:
        """Delete a workflow: `DELETE /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import delete`.
        """
        from novu_api.api.workflows import delete as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: None = await call(
            client=self._client,
            workflow_id=workflow_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Retrieve a workflow: `GET /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import get`.
        """
        from novu_api.api.workflows import get as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WorkflowResponseDto = await call(
            client=self._client,
            workflow_id=workflow_id,
            environment_id=environment_id,
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
        limit: float | Unset = UNSET,
        offset: float | Unset = UNSET,
        order_direction: DirectionEnum | str | Unset = UNSET,
        order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
        query: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncPage[WorkflowListResponseDto]:
        """List all workflows: `GET /v2/workflows`.

        Standalone: `from novu_api.api.workflows import list`.
        """
        from novu_api.api.workflows import list as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: AsyncPage[WorkflowListResponseDto] = await call(
            client=self._client,
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def patch(
        self,
        *,
        workflow_id: str,
        active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: Sequence[str] | Unset = UNSET,
        payload_schema: PatchWorkflowDtoPayloadSchemaType0 | Mapping[str, Any] | None | Unset = UNSET,
        validate_payload: bool | Unset = UNSET,
        is_translation_enabled: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Update a workflow: `PATCH /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import patch`.
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
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WorkflowResponseDto = await call(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result

    async def sync(
        self,
        *,
        workflow_id: str,
        target_environment_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Sync a workflow: `PUT /v2/workflows/{workflowId}/sync`.

        Standalone: `from novu_api.api.workflows import sync`.
        """
        from novu_api.api.workflows import sync as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "targetEnvironmentId": target_environment_id,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WorkflowResponseDto = await call(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
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
        workflow_id: str,
        body: UpdateWorkflowDto | dict[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> WorkflowResponseDto:
        """Update a workflow: `PUT /v2/workflows/{workflowId}`.

        Standalone: `from novu_api.api.workflows import update`.
        """
        from novu_api.api.workflows import update as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: WorkflowResponseDto = await call(
            client=self._client,
            workflow_id=workflow_id,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class WorkflowsStepsResource(SyncResource):
    """`novu.workflows.steps`."""

    def generate_preview(
        self,
        *,
        workflow_id: str,
        step_id: str,
        control_values: GeneratePreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: PreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GeneratePreviewResponseDto:
        """Generate a step preview: `POST /v2/workflows/{workflowId}/step/{stepId}/preview`.

        Standalone: `from novu_api.api.workflows.steps import generate_preview`.
        """
        from novu_api.api.workflows.steps import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: GeneratePreviewResponseDto = call(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            body=body,
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
        workflow_id: str,
        step_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> StepResponseDto:
        """Retrieve workflow step: `GET /v2/workflows/{workflowId}/steps/{stepId}`.

        Standalone: `from novu_api.api.workflows.steps import retrieve`.
        """
        from novu_api.api.workflows.steps import retrieve as _op

        call: Any = _op.sync_detailed if self._raw else _op.sync
        result: StepResponseDto = call(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result


class AsyncWorkflowsStepsResource(AsyncResource):
    """`novu.workflows.steps` (async)."""

    async def generate_preview(
        self,
        *,
        workflow_id: str,
        step_id: str,
        control_values: GeneratePreviewRequestDtoControlValues | Mapping[str, Any] | Unset = UNSET,
        preview_payload: PreviewPayloadDto | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> GeneratePreviewResponseDto:
        """Generate a step preview: `POST /v2/workflows/{workflowId}/step/{stepId}/preview`.

        Standalone: `from novu_api.api.workflows.steps import generate_preview`.
        """
        from novu_api.api.workflows.steps import generate_preview as _op

        # Wire names; UNSET fields are left out when the body is encoded.
        body: dict[str, Any] = {
            "controlValues": control_values,
            "previewPayload": preview_payload,
        }
        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: GeneratePreviewResponseDto = await call(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            body=body,
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
        workflow_id: str,
        step_id: str,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        retry: RetryPolicy | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> StepResponseDto:
        """Retrieve workflow step: `GET /v2/workflows/{workflowId}/steps/{stepId}`.

        Standalone: `from novu_api.api.workflows.steps import retrieve`.
        """
        from novu_api.api.workflows.steps import retrieve as _op

        call: Any = _op.asyncio_detailed if self._raw else _op.asyncio
        result: StepResponseDto = await call(
            client=self._client,
            workflow_id=workflow_id,
            step_id=step_id,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return result
