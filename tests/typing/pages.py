"""Paginated calls return pages of the item model, sync and async alike."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from typing_extensions import assert_type

from novu_api import AsyncNovu, Novu
from novu_api.models import SubscriberResponseDto
from novu_api.pagination import AsyncPage, SyncPage


def sync_pages(novu: Novu) -> None:
    page = novu.subscribers.search(limit=10)
    assert_type(page, SyncPage[SubscriberResponseDto])
    assert_type(page.data, list[SubscriberResponseDto])
    assert_type(page.has_next_page(), bool)
    for subscriber in page:
        assert_type(subscriber, SubscriberResponseDto)
    assert_type(iter(page), Iterator[SubscriberResponseDto])
    for each in page.iter_pages():
        assert_type(each, SyncPage[SubscriberResponseDto])
    following = page.next_page()
    assert_type(following, SyncPage[SubscriberResponseDto])  # raises at the last page
    async_iteration = page.__aiter__()  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]
    print(async_iteration)
    novu.subscribers.search(limit="10")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


async def async_pages(novu: AsyncNovu) -> None:
    page = await novu.subscribers.search(limit=10)
    assert_type(page, AsyncPage[SubscriberResponseDto])
    assert_type(page.data, list[SubscriberResponseDto])
    async for subscriber in page:
        assert_type(subscriber, SubscriberResponseDto)
    assert_type(page.__aiter__(), AsyncIterator[SubscriberResponseDto])
    async for each in page.iter_pages():
        assert_type(each, AsyncPage[SubscriberResponseDto])
    following = await page.next_page()
    assert_type(following, AsyncPage[SubscriberResponseDto])
    for item in page:  # type: ignore[attr-defined]  # pyright: ignore[reportGeneralTypeIssues]
        print(item)
