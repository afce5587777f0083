"""Tests of `app.py` with the pytest plugin of novu_api.testing: no network, no Novu account,
no mock server. `novu` is a real `Novu` client wired to `novu_fake`, a fresh in-process fake.

Run with `pytest examples/testing` (the project's own suite runs these too).
"""

from __future__ import annotations

import pytest

from novu_api import AsyncNovu, Novu, RateLimitError
from novu_api.testing import FakeNovu

from .app import WELCOME, all_emails, announce, bulk_import, sign_up


def test_sign_up_triggers_the_welcome_workflow(novu: Novu, novu_fake: FakeNovu) -> None:
    transaction_id = sign_up(novu, "user-1", "ada@example.com", "Ada")

    (welcome,) = novu_fake.assert_triggered(WELCOME, to="user-1", payload={"name": "Ada"})
    assert welcome.transaction_id == transaction_id
    assert novu_fake.subscribers["user-1"]["email"] == "ada@example.com"


def test_bulk_import_then_page_through_every_subscriber(novu: Novu, novu_fake: FakeNovu) -> None:
    users = [{"id": f"user-{n}", "email": f"user{n}@example.com"} for n in range(230)]

    assert bulk_import(novu, users) == 230

    assert len(novu_fake.calls_to("subscribers.create_bulk")) == 3  # 100 + 100 + 30
    assert all_emails(novu, page_size=50) == [u["email"] for u in users]
    assert len(novu_fake.calls_to("subscribers.search")) == 5  # pages of 50


def test_a_rate_limited_trigger_is_retried_once_and_sent_once(novu: Novu, novu_fake: FakeNovu) -> None:
    novu_fake.fail_next("trigger", status=429, headers={"Retry-After": "0"})

    sign_up(novu, "user-1", "ada@example.com", "Ada")

    attempts = novu_fake.calls_to("trigger")
    assert [c.status for c in attempts] == [429, 201]
    assert attempts[0].idempotency_key == attempts[1].idempotency_key  # Novu delivers it once
    assert len(novu_fake.triggered(WELCOME)) == 1


def test_rate_limited_past_the_retries_the_error_reaches_the_caller(novu: Novu, novu_fake: FakeNovu) -> None:
    novu_fake.fail_next("trigger", status=429, times=3)  # the first try and both retries

    with pytest.raises(RateLimitError):
        sign_up(novu, "user-1", "ada@example.com", "Ada")
    assert not novu_fake.triggered(WELCOME)


@pytest.mark.asyncio
async def test_announce_with_pytest_asyncio(async_novu: AsyncNovu, novu_fake: FakeNovu) -> None:
    assert await announce(async_novu, ["user-1", "user-2"], "launch") == 2
    assert [t.recipients for t in novu_fake.triggered("launch")] == [["user-1"], ["user-2"]]


@pytest.mark.anyio
async def test_announce_with_anyio(async_novu: AsyncNovu, novu_fake: FakeNovu) -> None:
    novu_fake.fail_next("trigger", error="timeout")
    assert await announce(async_novu, ["user-1"], "launch") == 1
    assert len(novu_fake.calls_to("trigger")) == 2
