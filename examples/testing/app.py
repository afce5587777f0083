"""A small application that sends notifications with novu_api; `test_app.py` tests it.

The application takes the client as an argument, as most do (a module global or a dependency
injector works the same way): in production a `Novu(secret_key=...)`, in tests the `novu`
fixture, a real client wired to an in-process fake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from novu_api import AsyncNovu, Novu

WELCOME = "welcome"
BULK_SIZE = 100  # Novu takes at most this many subscribers per bulk request


def sign_up(novu: Novu, user_id: str, email: str, name: str) -> str:
    """Register the user with Novu and send the welcome workflow; returns its transaction id."""
    novu.subscribers.create(subscriber_id=user_id, email=email, first_name=name)
    result = novu.trigger(workflow_id=WELCOME, to=user_id, payload={"name": name})
    if not isinstance(result.transaction_id, str):  # optional in the document: UNSET when absent
        raise RuntimeError("Novu accepted the trigger without a transaction id")
    return result.transaction_id


def bulk_import(novu: Novu, users: Iterable[Mapping[str, str]]) -> int:
    """Create users in bulk (in chunks Novu accepts); returns how many were sent."""
    batch: list[dict[str, str]] = []
    sent = 0
    for user in users:
        batch.append({"subscriberId": user["id"], "email": user["email"]})
        if len(batch) == BULK_SIZE:
            novu.subscribers.create_bulk(subscribers=batch)
            sent, batch = sent + len(batch), []
    if batch:
        novu.subscribers.create_bulk(subscribers=batch)
        sent += len(batch)
    return sent


def all_emails(novu: Novu, page_size: int = 50) -> list[str]:
    """Every subscriber's email, paging through Novu's list."""
    return [s.email for s in novu.subscribers.search(limit=page_size) if isinstance(s.email, str)]


async def announce(novu: AsyncNovu, user_ids: Iterable[str], workflow_id: str) -> int:
    """Trigger a workflow for each user (async); returns how many were accepted."""
    accepted = 0
    for user_id in user_ids:
        result = await novu.trigger(workflow_id=workflow_id, to=user_id)
        accepted += bool(result.acknowledged)
    return accepted
