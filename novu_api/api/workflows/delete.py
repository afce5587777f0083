# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a workflow: `DELETE /v2/workflows/{workflowId}` (WorkflowController_removeWorkflow).

Standalone function module; the same call is `novu.workflows.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="WorkflowController_removeWorkflow",
    method="DELETE",
    path="/v2/workflows/{workflowId}",
    facade="workflows.delete",
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "workflowId": "workflow_id",
}


def _parts(
    *,
    workflow_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v2/workflows/{_c.path_param('workflow_id', workflow_id)}",
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    workflow_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(workflow_id=workflow_id), _parse, **options)


def sync(
    *,
    client: Novu,
    workflow_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete a workflow

    Removes a specific workflow by its unique identifier **workflowId**

    `DELETE /v2/workflows/{workflowId}` (WorkflowController_removeWorkflow). On a client:
    `novu.workflows.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
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
        delete.sync(client=novu, workflow_id="WORKFLOW_ID")
    """
    return client._request(OPERATION, _parts(workflow_id=workflow_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    workflow_id: str,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(workflow_id=workflow_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    workflow_id: str,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(workflow_id=workflow_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
