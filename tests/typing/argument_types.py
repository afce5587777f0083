"""Arguments have the type the spec knows: `subscribers.messages.update_as_seen(type_=...)` is a
path segment (the document gives its schema as `{}`), so neither an object nor a list passes.
(Every facade argument typed `Any`, and enums inside unions such as 3.18.1's
`agents.send_reply(typing="stop")`, are checked for every operation by the programs
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
    novu.subscribers.messages.update_as_seen(
        subscriber_id="s-1",
        message_id="m-1",
        type_=["primary"],  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
        status="done",
    )
