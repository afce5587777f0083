"""Pending: an argument the spec types as an enum is typed with it (the member or its value);
today `subscribers.messages.update_as_seen(type_=...)` takes `Any`. (Enums inside unions, such
as 3.18.1's `agents.send_reply(typing="stop")`, are checked for every operation by the program
tests/tools/typecheck.py generates.)"""

from __future__ import annotations

from novu_api import Novu


def enum_arguments(novu: Novu) -> None:
    novu.subscribers.messages.update_as_seen(
        subscriber_id="s-1",
        message_id="m-1",
        type_=object(),  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
        status="done",
    )
