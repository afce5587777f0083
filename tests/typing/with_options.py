"""`with_options` names its parameters and their types, so a misspelled or mistyped option is a
type error, not a run-time one."""

from __future__ import annotations

from novu_api import AsyncNovu, Novu


def copies(novu: Novu, async_novu: AsyncNovu) -> None:
    novu.with_options(max_retires=3)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    novu.with_options(max_retries="3")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.with_options(server=1)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    novu.with_options(http_client=object())  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    async_novu.with_options(initial_dealy=0.1)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
