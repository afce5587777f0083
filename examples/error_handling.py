"""Errors: every failure is a typed `novu_api.NovuError`.

- `NotFoundError`, `UnprocessableEntityError`, ... (all `APIStatusError`) carry `status_code`,
  `headers`, the decoded error body (`exc.body`, e.g. an `ErrorDto`), Novu's `error_id` and,
  for validation errors, `details` (field -> messages);
- `APIConnectionError` / `APITimeoutError`: no response at all;
- `NovuConfigError`: the client cannot be built (no secret key, unknown server...).

Runs against Novu (set NOVU_SECRET_KEY) or, through `python -m tests.prism run
examples/error_handling.py`, against a local mock of the pinned spec (NOVU_SERVER_URL is set).
A mock answers with an error only when asked to, with Prism's `Prefer: code=...` header; the
script sends it only to a mock.
"""

from __future__ import annotations

import os

from novu_api import (
    APIConnectionError,
    APIStatusError,
    NotFoundError,
    Novu,
    NovuConfigError,
    NovuError,
    UnprocessableEntityError,
)
from novu_api.models import ErrorDto

SERVER_URL = os.environ.get("NOVU_SERVER_URL")


def ask_mock_for(status: int) -> dict[str, str] | None:
    """Headers asking a mock server for the spec's example response with this status (None for
    a real server, which answers for itself)."""
    return {"Prefer": f"code={status}"} if SERVER_URL else None


def main() -> None:
    key = os.environ.get("NOVU_SECRET_KEY", "demo-secret-key" if SERVER_URL else None)
    with Novu(secret_key=key, server_url=SERVER_URL) as novu:
        try:
            novu.subscribers.retrieve(subscriber_id="no-such-subscriber", extra_headers=ask_mock_for(404))
        except NotFoundError as exc:
            # The model the operation declares for 404; the raw JSON or text when the body is not one.
            message = exc.body.message if isinstance(exc.body, ErrorDto) else exc.body
            print(f"NotFoundError: status={exc.status_code} message={message!r} error_id={exc.error_id}")

        try:
            novu.subscribers.create(
                subscriber_id="ada-lovelace",
                email="not an email address",
                extra_headers=ask_mock_for(422),
            )
        except UnprocessableEntityError as exc:
            print(f"UnprocessableEntityError: {len(exc.details)} field(s) rejected")
            for field, messages in sorted(exc.details.items()):
                print(f"  {field}: {'; '.join(messages)}")
        except APIStatusError as exc:  # a server may reject it with another status
            print(f"{type(exc).__name__}: {exc.status_code}")

    # No response at all: nothing listens on this port. No retries, to fail at once.
    with Novu(secret_key="any-key", server_url="http://127.0.0.1:9", max_retries=0) as offline:
        try:
            offline.trigger(workflow_id="welcome", to="ada-lovelace")
        except APIConnectionError as exc:
            print(f"APIConnectionError: {exc}")

    # A client without a key fails when it is built, not at the first call.
    saved = os.environ.pop("NOVU_SECRET_KEY", None)
    try:
        Novu()
    except NovuConfigError as exc:
        print(f"NovuConfigError: {exc}")
    finally:
        if saved is not None:
            os.environ["NOVU_SECRET_KEY"] = saved

    # Everything above is a NovuError: one `except` catches whatever the SDK raises.
    assert issubclass(APIConnectionError, NovuError) and issubclass(NovuConfigError, NovuError)


if __name__ == "__main__":
    main()
