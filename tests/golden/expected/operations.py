# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""The operation registry: one entry per operation of the Novu API document."""

from __future__ import annotations

from typing import Any, NamedTuple, TypeAlias

# The Novu API release this package was generated from (`novu_api.__api_version__`).
API_VERSION = "0.0.1-golden"


class OperationEntry(NamedTuple):
    operation_id: str
    method: str
    path: str
    module: str  # standalone module with sync / sync_detailed / asyncio / asyncio_detailed
    facade: str  # attribute path on a client, e.g. "subscribers.notifications.list"
    pagination: str | None  # "cursor" | "page" | "offset" | None


OPERATIONS: tuple[OperationEntry, ...] = (
    OperationEntry(
        "WidgetsController_createWidget",
        "POST",
        "/v1/widgets",
        "novu_api.api.widgets.create",
        "widgets.create",
        None,
    ),
    OperationEntry(
        "WidgetsController_deleteWidget",
        "DELETE",
        "/v1/widgets/{widgetId}",
        "novu_api.api.widgets.delete_widget",
        "widgets.delete_widget",
        None,
    ),
    OperationEntry(
        "WidgetsController_listWidgets",
        "GET",
        "/v1/widgets",
        "novu_api.api.widgets.list",
        "widgets.list",
        "cursor",
    ),
)

BY_ID: dict[str, OperationEntry] = {op.operation_id: op for op in OPERATIONS}

# The error table most operations declare (status -> error model in novu_api.models); an
# operation whose table differs carries its own (`Operation.errors`).
DEFAULT_ERRORS: dict[str, str] = {}

# What `exc.body` can be, per error class of novu_api.errors: the models the document declares
# for the statuses the class is raised for (ErrorDto where none is), or, when the body is not
# one of them, the JSON value, the text, or None.
UndecodedErrorBody: TypeAlias = "dict[str, Any] | list[Any] | str | int | float | bool | None"
APIStatusErrorBody: TypeAlias = "UndecodedErrorBody"
AuthenticationErrorBody: TypeAlias = "UndecodedErrorBody"
BadRequestErrorBody: TypeAlias = "UndecodedErrorBody"
ConflictErrorBody: TypeAlias = "UndecodedErrorBody"
IdempotencyKeyReuseErrorBody: TypeAlias = "UndecodedErrorBody"
InternalServerErrorBody: TypeAlias = "UndecodedErrorBody"
MethodNotAllowedErrorBody: TypeAlias = "UndecodedErrorBody"
NotFoundErrorBody: TypeAlias = "UndecodedErrorBody"
PayloadTooLargeErrorBody: TypeAlias = "UndecodedErrorBody"
PermissionDeniedErrorBody: TypeAlias = "UndecodedErrorBody"
RateLimitErrorBody: TypeAlias = "UndecodedErrorBody"
RedirectErrorBody: TypeAlias = "UndecodedErrorBody"
ServiceUnavailableErrorBody: TypeAlias = "UndecodedErrorBody"
URITooLongErrorBody: TypeAlias = "UndecodedErrorBody"
UnprocessableEntityErrorBody: TypeAlias = "UndecodedErrorBody"
UnsupportedMediaTypeErrorBody: TypeAlias = "UndecodedErrorBody"
