"""Client configuration: key, server, timeout, retries, own http client, headers, copies, repr."""

from __future__ import annotations

import asyncio
import pickle
import uuid
from typing import Any

import httpx
import pytest

from novu_api import AsyncNovu, Hooks, Novu, NovuConfigError, RetryPolicy
from novu_api._types import UNSET
from tests.conftest import SECRET

SUBSCRIBER = {"data": {"subscriberId": "s1", "_id": "1", "_organizationId": "o", "_environmentId": "e"}}


class Recorder:
    """A MockTransport handler that records requests and answers with a fixed response."""

    def __init__(
        self, status: int = 200, json: Any = SUBSCRIBER, headers: dict[str, str] | None = None
    ) -> None:
        self.requests: list[httpx.Request] = []
        self.status, self.json, self.headers = status, json, headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.json, headers=self.headers)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def mock_client(handler: Any, **options: Any) -> Novu:
    return Novu(http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)


# -- the secret key ----------------------------------------------------------------------------
def test_missing_key_is_a_clear_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOVU_SECRET_KEY", raising=False)
    for cls in (Novu, AsyncNovu):
        with pytest.raises(NovuConfigError, match="NOVU_SECRET_KEY") as info:
            cls()
        assert "secret_key" in str(info.value)
        assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("blank", ["", "   ", "ApiKey ", "ApiKey"])
def test_blank_key_is_rejected(monkeypatch: pytest.MonkeyPatch, blank: str) -> None:
    monkeypatch.delenv("NOVU_SECRET_KEY", raising=False)
    with pytest.raises(NovuConfigError):
        Novu(secret_key=blank)


def test_key_falls_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_SECRET_KEY", "sk_from_env_123")
    rec = Recorder()
    mock_client(rec, server_url="https://api.test").subscribers.retrieve(subscriber_id="s1")
    assert rec.last.headers["authorization"] == "ApiKey sk_from_env_123"


def test_explicit_key_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOVU_SECRET_KEY", "sk_from_env_123")
    rec = Recorder()
    mock_client(rec, secret_key=SECRET).subscribers.retrieve(subscriber_id="s1")
    assert rec.last.headers["authorization"] == f"ApiKey {SECRET}"


@pytest.mark.parametrize(
    "given", [SECRET, f"ApiKey {SECRET}", f"apikey {SECRET}", f"  ApiKey   {SECRET}\n", f"{SECRET}\n"]
)
def test_auth_header_is_apikey_and_never_prefixed_twice(make_client: Any, given: str) -> None:
    rec = Recorder()
    make_client(rec, secret_key=given).subscribers.retrieve(subscriber_id="s1")
    assert rec.last.headers.get_list("authorization") == [f"ApiKey {SECRET}"]


@pytest.mark.parametrize("bad", ["sk with space", "sk\x00nul", "sk_é"])
def test_malformed_key_is_rejected_without_echoing_it(bad: str) -> None:
    with pytest.raises(NovuConfigError) as info:
        Novu(secret_key=bad)
    assert bad not in str(info.value)


def test_non_string_key_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="secret_key must be a str"):
        Novu(secret_key=12345)  # type: ignore[arg-type]


# -- server ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "base"),
    [
        ({}, "https://api.novu.co"),
        ({"server": "us"}, "https://api.novu.co"),
        ({"server": "eu"}, "https://eu.api.novu.co"),
        ({"server": "EU"}, "https://eu.api.novu.co"),
        ({"server_url": "http://localhost:3000/"}, "http://localhost:3000"),
        ({"server_url": "https://novu.internal/api"}, "https://novu.internal/api"),
    ],
)
def test_server_selection(kwargs: dict[str, str], base: str) -> None:
    rec = Recorder()
    novu = mock_client(rec, secret_key=SECRET, **kwargs)
    assert novu.server_url == base
    novu.subscribers.retrieve(subscriber_id="s1")
    assert str(rec.last.url) == f"{base}/v2/subscribers/s1"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"server": "asia"},
        {"server": "eu", "server_url": "https://x.test"},
        {"server_url": "api.novu.co"},
        {"server_url": "ftp://api.novu.co"},
        {"server_url": "https://"},
    ],
)
def test_bad_server_configuration(kwargs: dict[str, str]) -> None:
    with pytest.raises(NovuConfigError):
        Novu(secret_key=SECRET, **kwargs)


# -- timeout -----------------------------------------------------------------------------------
def _timeout_of(request: httpx.Request) -> dict[str, float | None]:
    return dict(request.extensions["timeout"])


def test_default_timeout(make_client: Any) -> None:
    novu = Novu(secret_key=SECRET)
    assert novu.timeout == httpx.Timeout(60.0, connect=10.0)
    assert novu._http.timeout == novu.timeout
    novu.close()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (5, httpx.Timeout(5.0)),
        (2.5, httpx.Timeout(2.5)),
        (httpx.Timeout(3, read=9), httpx.Timeout(3, read=9)),
        (None, httpx.Timeout(None)),
    ],
)
def test_timeout_on_the_client_and_per_call(make_client: Any, given: Any, expected: httpx.Timeout) -> None:
    rec = Recorder()
    novu = make_client(rec, timeout=given)
    assert novu.timeout == expected
    novu.subscribers.retrieve(subscriber_id="s1")
    assert _timeout_of(rec.last) == expected.as_dict()
    novu.subscribers.retrieve(subscriber_id="s1", timeout=1.5)
    assert _timeout_of(rec.last) == httpx.Timeout(1.5).as_dict()
    novu.subscribers.retrieve(subscriber_id="s1", timeout=httpx.Timeout(4, connect=1))
    assert _timeout_of(rec.last) == httpx.Timeout(4, connect=1).as_dict()


def test_own_http_client_keeps_its_timeout_unless_one_is_given() -> None:
    rec = Recorder()
    own = httpx.Client(transport=httpx.MockTransport(rec), timeout=httpx.Timeout(7.0))
    Novu(secret_key=SECRET, http_client=own).subscribers.retrieve(subscriber_id="s1")
    assert _timeout_of(rec.last) == httpx.Timeout(7.0).as_dict()
    Novu(secret_key=SECRET, http_client=own, timeout=3).subscribers.retrieve(subscriber_id="s1")
    assert _timeout_of(rec.last) == httpx.Timeout(3.0).as_dict()


@pytest.mark.parametrize("bad", [0, -1, "5", True])
def test_bad_timeout_is_rejected(make_client: Any, bad: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        make_client(Recorder(), timeout=bad)
    novu = make_client(Recorder())
    with pytest.raises(ValueError, match="timeout"):
        novu.subscribers.retrieve(subscriber_id="s1", timeout=bad)


# -- retries -----------------------------------------------------------------------------------
def test_max_retries_default_client_and_per_call(make_client: Any) -> None:
    fast = RetryPolicy(initial_delay=0.0)
    assert Novu(secret_key=SECRET).retry.max_retries == 2
    rec = Recorder(status=503, json={"message": "down"})

    def attempts(novu: Novu, **call: Any) -> int:
        before = len(rec.requests)
        with pytest.raises(Exception):  # noqa: B017 - the class is tested in test_errors
            novu.subscribers.retrieve(subscriber_id="s1", **call)
        return len(rec.requests) - before

    assert attempts(make_client(rec, retry=fast)) == 3
    assert attempts(make_client(rec, retry=fast, max_retries=4)) == 5
    assert attempts(make_client(rec, retry=fast, max_retries=4), max_retries=0) == 1
    assert attempts(make_client(rec, retry=fast), max_retries=1) == 2


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_bad_max_retries(make_client: Any, bad: Any) -> None:
    with pytest.raises(NovuConfigError, match="max_retries"):
        make_client(Recorder(), max_retries=bad)
    # One check, one error type, wherever it is given (a per-call mistake is a ValueError too).
    with pytest.raises(NovuConfigError, match="max_retries"):
        make_client(Recorder()).subscribers.retrieve(subscriber_id="s1", max_retries=bad)
    with pytest.raises(NovuConfigError, match="max_retries"):
        make_client(Recorder()).with_options(max_retries=bad)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"initial_delay": -1},
        {"max_delay": "8"},
        {"max_retry_after": float("nan")},
        {"jitter": 2},
        {"max_retries": -1},
    ],
)
def test_bad_retry_policy(kwargs: dict[str, Any]) -> None:
    with pytest.raises(NovuConfigError):
        RetryPolicy(**kwargs)


# -- own http client, headers, query -------------------------------------------------------------
def test_own_http_client_is_used_and_left_open() -> None:
    rec = Recorder()
    own = httpx.Client(transport=httpx.MockTransport(rec))
    with Novu(secret_key=SECRET, http_client=own) as novu:
        assert novu._http is own
        novu.subscribers.retrieve(subscriber_id="s1")
    assert len(rec.requests) == 1
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()


def test_own_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(TypeError, match="httpx.Client"):
        Novu(secret_key=SECRET, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.AsyncClient"):
        AsyncNovu(secret_key=SECRET, http_client=httpx.Client())  # type: ignore[arg-type]


def test_own_http_client_headers_and_params_are_kept() -> None:
    rec = Recorder()
    own = httpx.Client(transport=httpx.MockTransport(rec), headers={"X-Proxy": "p"}, params={"tenant": "t"})
    Novu(secret_key=SECRET, http_client=own).subscribers.retrieve(subscriber_id="s1")
    assert rec.last.headers["x-proxy"] == "p"
    assert rec.last.url.params["tenant"] == "t"


def test_extra_headers_on_the_client_and_per_call(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec, headers={"X-App": "demo", "X-Both": "client"})
    novu.subscribers.retrieve(subscriber_id="s1", extra_headers={"X-Both": "call", "X-Call": "1"})
    headers = rec.last.headers
    assert (headers["x-app"], headers["x-both"], headers["x-call"]) == ("demo", "call", "1")
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("novu-api-python/")
    novu.subscribers.retrieve(subscriber_id="s1", extra_headers={"x-app": None})  # None removes, any case
    assert "x-app" not in rec.last.headers
    novu.subscribers.retrieve(subscriber_id="s1", extra_headers={"x-both": "lower"})
    assert rec.last.headers.get_list("x-both") == ["lower"]
    rec.json = {"data": {"acknowledged": True, "status": "processed"}}  # what a trigger answers
    novu.trigger(
        workflow_id="w",
        to="s1",
        extra_headers={"idempotency-key": "mine", "content-type": "application/json; charset=utf-8"},
    )
    assert rec.last.headers.get_list("idempotency-key") == ["mine"]
    assert rec.last.headers.get_list("content-type") == ["application/json; charset=utf-8"]


def test_extra_query_per_call(make_client: Any) -> None:
    rec = Recorder(json={"data": [], "next": None, "previous": None})
    novu = make_client(rec)
    novu.subscribers.search(limit=10, email="a@b.c", extra_query={"beta": "1", "email": None})
    params = rec.last.url.params
    assert params["beta"] == "1" and params["limit"] == "10"
    assert "email" not in params


def test_idempotency_key_per_call_and_only_on_non_get(make_client: Any) -> None:
    rec = Recorder(status=201, json={"data": {"acknowledged": True, "status": "processed"}})
    novu = make_client(rec)
    novu.trigger(workflow_id="w", to="s1", idempotency_key="my-key-1")
    assert rec.last.headers["idempotency-key"] == "my-key-1"
    novu.trigger(workflow_id="w", to="s1")
    assert uuid.UUID(rec.last.headers["idempotency-key"]).version == 4
    rec.json = SUBSCRIBER
    novu.subscribers.retrieve(subscriber_id="s1", idempotency_key="ignored-on-get")
    assert "idempotency-key" not in rec.last.headers
    with pytest.raises(ValueError, match="idempotency_key"):
        novu.trigger(workflow_id="w", to="s1", idempotency_key=" ")


# -- lifecycle and copies ------------------------------------------------------------------------
def test_context_manager_and_close() -> None:
    with Novu(secret_key=SECRET) as novu:
        assert not novu._http.is_closed
    assert novu._http.is_closed
    novu.close()  # twice is fine
    other = Novu(secret_key=SECRET)
    other.close()
    assert other._http.is_closed


def test_async_context_manager_aclose_and_close() -> None:
    async def main() -> None:
        async with AsyncNovu(secret_key=SECRET) as novu:
            assert not novu._http.is_closed
        assert novu._http.is_closed
        other = AsyncNovu(secret_key=SECRET)
        await other.aclose()
        assert other._http.is_closed
        third = AsyncNovu(secret_key=SECRET)
        await third.close()
        assert third._http.is_closed

    asyncio.run(main())


def test_with_options_returns_a_configured_copy_sharing_the_pool(make_client: Any) -> None:
    rec = Recorder()
    novu = make_client(rec, headers={"X-App": "a"}, timeout=30)
    copy = novu.with_options(
        timeout=5, max_retries=0, headers={"X-App": "b"}, initial_delay=0.0, max_delay=1.0
    )
    assert copy is not novu and isinstance(copy, Novu)
    assert copy._http is novu._http
    assert copy.timeout == httpx.Timeout(5.0) and novu.timeout == httpx.Timeout(30.0)
    assert copy.retry == RetryPolicy(max_retries=0, initial_delay=0.0, max_delay=1.0)
    assert novu.retry == RetryPolicy()
    copy.subscribers.retrieve(subscriber_id="s1")
    assert rec.last.headers["x-app"] == "b" and rec.last.headers["authorization"] == f"ApiKey {SECRET}"
    novu.subscribers.retrieve(subscriber_id="s1")
    assert rec.last.headers["x-app"] == "a"
    copy.close()  # a copy never closes the shared pool
    assert not novu._http.is_closed
    assert novu.with_options(server="eu").server_url == "https://eu.api.novu.co"
    assert novu.with_options(server_url="https://x.test").server_url == "https://x.test"
    assert novu.with_options(retry=RetryPolicy(max_retries=7)).retry.max_retries == 7
    with pytest.raises(TypeError):
        novu.with_options(no_such_option=1)


def test_with_options_copies_hooks_independently(make_client: Any) -> None:
    novu = make_client(Recorder(), hooks={"after_response": lambda r: None})
    copy = novu.with_options()
    copy.hooks.after_response.append(lambda r: None)
    assert len(novu.hooks.after_response) == 1 and len(copy.hooks.after_response) == 2


def test_with_options_on_the_async_client() -> None:
    async def main() -> None:
        async with AsyncNovu(secret_key=SECRET) as novu:
            copy = novu.with_options(max_retries=5, server="eu")
            assert isinstance(copy, AsyncNovu) and copy._http is novu._http
            assert copy.retry.max_retries == 5 and copy.server_url == "https://eu.api.novu.co"
            await copy.aclose()
            assert not novu._http.is_closed

    asyncio.run(main())


def test_hooks_and_logger_are_configurable() -> None:
    import logging

    log = logging.getLogger("my.app.novu")
    seen: list[int] = []
    novu = mock_client(
        Recorder(),
        secret_key=SECRET,
        hooks=Hooks(after_response=[lambda r: seen.append(r.status_code)]),
        logger=log,
    )
    assert novu.logger is log
    novu.subscribers.retrieve(subscriber_id="s1")
    assert seen == [200]
    with pytest.raises(TypeError, match="unknown hook names"):
        Novu(secret_key=SECRET, hooks={"after_request": print})


# -- the key never shows ---------------------------------------------------------------------------
def test_repr_never_shows_the_key(make_client: Any) -> None:
    novu = make_client(Recorder())
    texts = [
        repr(novu),
        str(novu),
        repr(vars(novu)),
        repr(novu.with_options(timeout=1)),
        repr(novu.with_raw_response),
    ]
    texts.append(repr(AsyncNovu(secret_key=SECRET)))
    for text in texts:
        assert SECRET not in text
    assert "***" in repr(novu)
    with pytest.raises(TypeError, match="pickle"):
        pickle.dumps(novu)
    with pytest.raises(TypeError, match="pickle"):
        pickle.dumps(novu._secret)


# -- the options, defined once -------------------------------------------------------------------
def test_the_constructors_show_their_options() -> None:
    """`help(Novu)` lists the options of the one definition, keyword-only, with their defaults."""
    import inspect

    from novu_api import _config

    for cls, options in ((Novu, _config.NovuOptions), (AsyncNovu, _config.AsyncNovuOptions)):
        params = inspect.signature(cls).parameters
        assert set(params) == set(options.__annotations__)
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
        assert {name: p.default for name, p in params.items()} == {
            name: _config.DEFAULTS[name] for name in params
        }
        copy_params = inspect.signature(cls.with_options).parameters
        assert set(copy_params) - {"self"} > set(params)
        # In a copy, what is not given stays as it is.
        assert all(p.default is UNSET for name, p in copy_params.items() if name != "self")
    assert "allow_in_event_loop" not in inspect.signature(AsyncNovu).parameters


def test_every_option_has_one_default_and_copies_keep_every_setting() -> None:
    from novu_api import _config

    names = set(_config.NovuOptions.__annotations__) | set(_config.AsyncNovuOptions.__annotations__)
    assert names == set(_config.DEFAULTS)
    hooks = Hooks(on_retry=[print])
    novu = mock_client(
        Recorder(),
        secret_key=SECRET,
        server_url="https://api.test",
        timeout=7,
        retry=RetryPolicy(max_retries=4, initial_delay=0.2),
        headers={"X-App": "shop"},
        hooks=hooks,
        allow_in_event_loop=True,
    )
    copy = novu.with_options()
    for attribute in ("server_url", "timeout", "retry", "headers", "limits", "allow_plain_http", "logger"):
        assert getattr(copy, attribute) == getattr(novu, attribute), attribute
    assert copy.allow_in_event_loop and copy.hooks.on_retry == [print] and copy._http is novu._http
    with pytest.raises(TypeError, match="timout"):
        Novu(secret_key=SECRET, timout=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="allow_in_event_loop"):
        AsyncNovu(secret_key=SECRET, allow_in_event_loop=True)  # type: ignore[call-arg]


def test_idempotency_keys_are_random_uuid4_text() -> None:
    from novu_api import _headers

    keys = {_headers.new_idempotency_key() for _ in range(200)}
    assert len(keys) == 200
    for key in keys:
        parsed = uuid.UUID(key)
        assert str(parsed) == key and parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_requests_to_one_url_share_its_parse_and_a_changed_server_is_followed() -> None:
    rec = Recorder()
    novu = mock_client(rec, secret_key=SECRET, server_url="https://a.test")
    for subscriber in ("s1", "s1", "s2"):
        novu.subscribers.retrieve(subscriber_id=subscriber)
    novu.server_url = "https://b.test"
    novu.subscribers.retrieve(subscriber_id="s1")
    assert [str(r.url) for r in rec.requests] == [
        "https://a.test/v2/subscribers/s1",
        "https://a.test/v2/subscribers/s1",
        "https://a.test/v2/subscribers/s2",
        "https://b.test/v2/subscribers/s1",
    ]
