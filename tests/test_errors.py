"""Typed errors: one class per status, parsed error bodies, transport and decoding failures."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

import novu_api.models as models
from novu_api import RetryPolicy, errors
from novu_api.operations import OPERATIONS
from tests.conftest import SECRET
from tests.loopback import LoopbackServer, close, half_body_then_reset, reset, sleep_then_respond

NO_RETRY = {"max_retries": 0}
# The runtime's model for a JSON error body under a status the operation does not declare.
FALLBACK = "ErrorDto"


def error_model(facade: str, status: int | str) -> Any:
    """The model an operation declares for an error status (the registry and the generated
    module say which), else the runtime's fallback."""
    import importlib

    entry = next(e for e in OPERATIONS if e.facade == facade)
    operation = importlib.import_module(entry.module).OPERATION
    # The operation's own table, or the table most operations share (`operations.DEFAULT_ERRORS`).
    return getattr(models, operation.error_model(int(status)) or FALLBACK)


def error_body(status: int, message: Any = "Something failed", **extra: Any) -> dict[str, Any]:
    return {
        "statusCode": status,
        "timestamp": "2026-04-28T10:00:00.000Z",
        "path": "/v2/subscribers/s1",
        "message": message,
        **extra,
    }


def answer(
    status: int, *, json: Any = None, content: bytes | None = None, headers: dict[str, str] | None = None
) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if content is not None:
            return httpx.Response(status, content=content, headers=headers)
        return httpx.Response(status, json=json if json is not None else error_body(status), headers=headers)

    return handler


def raised(novu: Any, call: str = "retrieve", **kwargs: Any) -> BaseException:
    with pytest.raises(errors.NovuError) as info:
        if call == "retrieve":
            novu.subscribers.retrieve(subscriber_id="s1", **kwargs)
        elif call == "trigger":
            novu.trigger(workflow_id="welcome", to="s1", payload={}, **kwargs)
        else:
            novu.subscribers.search(**kwargs)
    return info.value


# -- one class per status --------------------------------------------------------------------------
STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (405, errors.MethodNotAllowedError),
    (409, errors.ConflictError),
    (413, errors.PayloadTooLargeError),
    (414, errors.URITooLongError),
    (415, errors.UnsupportedMediaTypeError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.ServiceUnavailableError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_each_status_raises_its_class_with_status_headers_body(
    make_client: Any, status: int, cls: type
) -> None:
    body = error_body(status, "Subscriber s1 could not be processed", errorId="err-123")
    headers = {"RateLimit-Remaining": "41", "X-Request-Id": "req-9"}
    exc = raised(make_client(answer(status, json=body, headers=headers), **NO_RETRY))
    assert type(exc) is cls
    assert isinstance(exc, errors.APIStatusError) and isinstance(exc, errors.APIError)
    assert exc.status_code == status
    assert exc.headers["ratelimit-remaining"] == "41"
    assert exc.request_id == "req-9"
    assert isinstance(exc.raw_response, httpx.Response) and exc.raw_response.status_code == status
    assert exc.request is not None and exc.request.url.path == "/v2/subscribers/s1"
    assert exc.error_id == "err-123"
    expected_model = error_model("subscribers.retrieve", status)
    assert isinstance(exc.body, expected_model)
    assert exc.body.message == "Subscriber s1 could not be processed"
    assert exc.body.error_id == "err-123"
    message = str(exc)
    assert message.startswith(f"{status} ")
    assert "Subscriber s1 could not be processed" in message and "errorId err-123" in message
    assert "\n" not in message


def test_hierarchy() -> None:
    for _, cls in STATUS_CLASSES:
        assert issubclass(cls, errors.APIStatusError)
    assert issubclass(errors.ServiceUnavailableError, errors.InternalServerError)
    assert issubclass(errors.IdempotencyKeyReuseError, errors.UnprocessableEntityError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    for cls in (errors.APIConnectionError, errors.ResponseValidationError, errors.APIStatusError):
        assert issubclass(cls, errors.APIError) and issubclass(cls, errors.NovuError)
    assert issubclass(errors.NovuConfigError, errors.NovuError) and issubclass(
        errors.NovuConfigError, ValueError
    )
    assert not issubclass(errors.APIConnectionError, httpx.HTTPError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (302, errors.RedirectError),
        (408, errors.APIStatusError),
        (410, errors.APIStatusError),
        (418, errors.APIStatusError),
        (451, errors.APIStatusError),
        (501, errors.InternalServerError),
        (502, errors.InternalServerError),
        (504, errors.InternalServerError),
        (507, errors.InternalServerError),
        (599, errors.InternalServerError),
    ],
)
def test_undocumented_status_still_gets_the_right_class(make_client: Any, status: int, cls: type) -> None:
    exc = raised(make_client(answer(status), **NO_RETRY))
    assert type(exc) is cls and exc.status_code == status
    assert isinstance(exc.body, (getattr(models, FALLBACK), dict))


def test_429_on_an_operation_that_does_not_document_it(make_client: Any) -> None:
    # subscribers.retrieve documents no 429: still a RateLimitError, its body decoded as Novu's ErrorDto.
    exc = raised(make_client(answer(429, json={"message": "Too many"}), **NO_RETRY))
    assert type(exc) is errors.RateLimitError
    assert isinstance(exc.body, error_model("subscribers.retrieve", 429)) and exc.body.message == "Too many"
    assert str(exc) == "429 Too Many Requests from subscribers.retrieve: Too many"
    # A JSON body of another shape is kept as decoded.
    other = raised(make_client(answer(418, json=["teapot"]), **NO_RETRY))
    assert type(other) is errors.APIStatusError and other.body == ["teapot"]


# -- error bodies per the spec -----------------------------------------------------------------------
def test_422_validation_error_lists_fields(make_client: Any) -> None:
    body = error_body(
        422,
        "Validation failed",
        errors={
            "email": {"messages": ["email must be an email", "email is too long"], "value": "nope"},
            "limit": {"messages": ["limit must not be greater than 100"], "value": 500},
        },
    )
    exc = raised(make_client(answer(422, json=body), **NO_RETRY), call="search", email="nope", limit=500)
    assert type(exc) is errors.UnprocessableEntityError
    assert isinstance(exc.body, error_model("subscribers.search", 422))
    assert exc.details == {
        "email": ["email must be an email", "email is too long"],
        "limit": ["limit must not be greater than 100"],
    }
    assert str(exc) == (
        "422 Unprocessable Entity from subscribers.search: Validation failed "
        "(email: email must be an email, email is too long; limit: limit must not be greater than 100)"
    )


def test_400_payload_validation_on_trigger(make_client: Any) -> None:
    body = error_body(
        400,
        "Payload validation failed",
        type="PAYLOAD_VALIDATION_ERROR",
        errors=[
            {
                "field": "user.name",
                "message": "must have required property 'name'",
                "schemaPath": "#/required",
            },
            {"field": "user.age", "message": "must be number", "value": "x"},
        ],
    )
    exc = raised(make_client(answer(400, json=body), **NO_RETRY), call="trigger")
    assert type(exc) is errors.BadRequestError
    assert isinstance(exc.body, error_model("trigger", 400))
    assert (
        exc.body.type_ == "PAYLOAD_VALIDATION_ERROR"
        or exc.body.to_dict()["type"] == "PAYLOAD_VALIDATION_ERROR"
    )
    assert exc.details == {
        "user.name": ["must have required property 'name'"],
        "user.age": ["must be number"],
    }
    assert "user.name: must have required property 'name'" in str(exc)


def test_message_list_and_multiline_message_make_one_line(make_client: Any) -> None:
    body = error_body(400, ["first problem", "second\nproblem"])
    exc = raised(make_client(answer(400, json=body), **NO_RETRY))
    assert str(exc) == "400 Bad Request from subscribers.retrieve: first problem; second problem"


def test_idempotency_key_reused_with_other_parameters(make_client: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        key = request.headers["idempotency-key"]
        return httpx.Response(
            422, json=error_body(422, f'Request with key "{key}" is being reused for a different body')
        )

    novu = make_client(handler, retry=RetryPolicy(initial_delay=0.0))
    exc = raised(novu, call="trigger", idempotency_key="order-42")
    assert type(exc) is errors.IdempotencyKeyReuseError
    assert "order-42" in str(exc)


def test_error_body_that_is_not_json(make_client: Any) -> None:
    page = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1>\n</body></html>"
    exc = raised(make_client(answer(502, content=page, headers={"Content-Type": "text/html"}), **NO_RETRY))
    assert type(exc) is errors.InternalServerError
    assert exc.body == page.decode()
    assert str(exc) == "502 Bad Gateway from subscribers.retrieve: 502 Bad Gateway"
    empty = raised(make_client(answer(500, content=b""), **NO_RETRY))
    assert type(empty) is errors.InternalServerError and empty.body is None
    assert str(empty) == "500 Internal Server Error from subscribers.retrieve"


def test_server_echoing_the_key_is_redacted(make_client: Any) -> None:
    exc = raised(make_client(answer(401, json=error_body(401, f"Invalid key {SECRET}")), **NO_RETRY))
    assert type(exc) is errors.AuthenticationError
    assert SECRET not in str(exc) and SECRET not in repr(exc)
    assert "Invalid key ***" in str(exc)


# -- responses that cannot be decoded --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "ctype", "expect"),
    [
        (
            b"<html><head><title>Login</title></head></html>",
            "text/html",
            "expected JSON, got text/html: Login",
        ),
        (b'{"data": {"subscriberId": "s1", "firstNa', "application/json", "invalid JSON"),
        (b"", "application/json", "empty body"),
        (b"not json", "", "invalid JSON"),
    ],
)
def test_undecodable_success_body(make_client: Any, content: bytes, ctype: str, expect: str) -> None:
    headers = {"Content-Type": ctype} if ctype else {}
    exc = raised(make_client(answer(200, content=content, headers=headers), **NO_RETRY))
    assert type(exc) is errors.ResponseValidationError
    assert exc.raw_text == content.decode()
    assert exc.status_code == 200 and exc.raw_response.content == content
    assert expect in str(exc) and "subscribers.retrieve" in str(exc)
    assert "\n" not in str(exc)


def test_wrong_shape_names_the_json_path(make_client: Any) -> None:
    exc = raised(make_client(answer(201, json={"data": ["not", "an", "object"]}), **NO_RETRY), call="trigger")
    assert type(exc) is errors.ResponseValidationError
    assert exc.json_path == "$" and exc.raw_text == '{"data":["not","an","object"]}'
    assert "does not fit its declared type" in str(exc)


# -- transport failures: httpx's exceptions never escape bare ----------------------------------------------
TRANSPORT = [
    (httpx.ConnectError("refused"), errors.APIConnectionError),
    (httpx.ReadError("reset by peer"), errors.APIConnectionError),
    (httpx.WriteError("broken pipe"), errors.APIConnectionError),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), errors.APIConnectionError),
    (httpx.LocalProtocolError("bad"), errors.APIConnectionError),
    (httpx.ProxyError("proxy"), errors.APIConnectionError),
    (httpx.UnsupportedProtocol("gopher"), errors.APIConnectionError),
    (httpx.DecodingError("gzip"), errors.APIConnectionError),
    (httpx.TooManyRedirects("loop"), errors.APIConnectionError),
    (httpx.ConnectTimeout("connect"), errors.APITimeoutError),
    (httpx.ReadTimeout("read"), errors.APITimeoutError),
    (httpx.WriteTimeout("write"), errors.APITimeoutError),
    (httpx.PoolTimeout("pool"), errors.APITimeoutError),
]


@pytest.mark.parametrize(("exc", "cls"), TRANSPORT, ids=[type(e).__name__ for e, _ in TRANSPORT])
def test_httpx_exceptions_are_wrapped(
    make_client: Any, make_async_client: Any, exc: Exception, cls: type
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    error = raised(make_client(handler, **NO_RETRY))
    assert type(error) is cls
    assert error.__cause__ is exc
    assert error.request is not None and error.request.url.path == "/v2/subscribers/s1"
    assert type(exc).__name__ in str(error)

    async def run() -> BaseException:
        async with make_async_client(handler, **NO_RETRY) as novu:
            with pytest.raises(errors.NovuError) as info:
                await novu.subscribers.retrieve(subscriber_id="s1")
            return info.value

    async_error = asyncio.run(run())
    assert type(async_error) is cls and async_error.__cause__ is exc


@pytest.mark.parametrize(
    ("action", "cls"),
    [
        (reset(), errors.APIConnectionError),
        (close(), errors.APIConnectionError),
        (
            half_body_then_reset(200, json={"data": {"subscriberId": "s1", "padding": "x" * 200}}),
            errors.APIConnectionError,
        ),
        (sleep_then_respond(5.0, 200, json={"data": {}}), errors.APITimeoutError),
    ],
    ids=["reset", "close", "half-body-reset", "timeout"],
)
def test_real_socket_failures(action: Any, cls: type) -> None:
    from novu_api import Novu

    with LoopbackServer([action]) as server:
        with Novu(secret_key=SECRET, server_url=server.url, max_retries=0, timeout=0.3) as novu:
            error = raised(novu)
        assert type(error) is cls
        assert isinstance(error.__cause__, httpx.TransportError)
        assert len(server.requests) == 1


def test_async_status_error(make_async_client: Any) -> None:
    async def run() -> BaseException:
        async with make_async_client(
            answer(404, json=error_body(404, "Subscriber not found")), **NO_RETRY
        ) as novu:
            with pytest.raises(errors.NotFoundError) as info:
                await novu.subscribers.retrieve(subscriber_id="s1")
            return info.value

    exc = asyncio.run(run())
    assert str(exc) == "404 Not Found from subscribers.retrieve: Subscriber not found"
    assert isinstance(exc.body, error_model("subscribers.retrieve", 404))
