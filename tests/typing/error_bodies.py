"""`exc.body` has the types the operations declare for error statuses (with the raw JSON or text
for a body no declared model fits), never `Any`: an unrelated type is refused."""

from __future__ import annotations

from novu_api import APIStatusError, NotFoundError, Novu


class NotAnErrorBody:
    pass


def handled(novu: Novu) -> None:
    try:
        novu.subscribers.retrieve(subscriber_id="nobody")
    except NotFoundError as exc:
        wrong: NotAnErrorBody = exc.body  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]
        print(wrong)
    except APIStatusError as exc:
        also_wrong: NotAnErrorBody = exc.body  # type: ignore[assignment]  # pyright: ignore[reportAssignmentType]
        print(also_wrong)
