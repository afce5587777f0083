"""Per-call options: one typed definition (`novu_api._options`), read by every call site.

Every standalone function and facade method takes `**options: Unpack[RequestOptions]`; the
generator and the docs read the option names from the same place; the options reach the request.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

from novu_api import AsyncNovu, Novu, RequestOptions
from novu_api._options import BULK_OPTIONS, OPTIONS, BulkOptions
from novu_api.operations import OPERATIONS
from novu_api.testing import FakeNovu
from tests.conftest import SECRET

STANDALONE = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def resolve(root: Any, facade: str) -> Any:
    for part in facade.split("."):
        root = getattr(root, part)
    return root


def options_parameter(function: Any) -> inspect.Parameter:
    (var_kw,) = [p for p in inspect.signature(function).parameters.values() if p.kind is p.VAR_KEYWORD]
    return var_kw


def test_one_definition_names_every_option() -> None:
    assert list(OPTIONS) == list(RequestOptions.__annotations__)
    assert RequestOptions.__required_keys__ == frozenset()  # every option may be left out
    assert set(BULK_OPTIONS) <= set(OPTIONS) and set(BulkOptions.__annotations__) == set(BULK_OPTIONS)
    assert all(isinstance(text, str) and text for text in OPTIONS.values())


@pytest.mark.parametrize("entry", OPERATIONS, ids=lambda e: e.facade)
def test_every_call_site_takes_the_options_as_one_typed_parameter(entry: Any) -> None:
    module = importlib.import_module(entry.module)
    sites = [getattr(module, name) for name in STANDALONE]
    sites += [
        resolve(Novu(secret_key=SECRET), entry.facade),
        resolve(AsyncNovu(secret_key=SECRET), entry.facade),
    ]
    for site in sites:
        parameter = options_parameter(site)
        assert parameter.name == "options" and parameter.annotation == "Unpack[RequestOptions]", site
        # No option is spelled out again as its own parameter.
        assert not set(OPTIONS) & set(inspect.signature(site).parameters), site


def test_generator_and_docs_read_the_definition() -> None:
    from generator import docs, render

    assert set(docs.CALL_OPTIONS) == set(OPTIONS)
    assert set(OPTIONS) | {"options"} <= render.CLIENT_OPTIONS


def test_resource_pages_list_every_option() -> None:
    from pathlib import Path

    pages = sorted((Path(__file__).resolve().parent.parent / "docs" / "resources").glob("*.md"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert all(f"`{name}`" in text for name in OPTIONS), page.name


def test_options_reach_the_request_from_facade_and_standalone() -> None:
    from novu_api.api.subscribers import retrieve

    fake = FakeNovu()
    fake.add_subscriber("s1")
    novu = fake.client()
    novu.subscribers.retrieve(
        subscriber_id="s1", extra_headers={"X-A": "1"}, extra_query={"q": "2"}, timeout=3
    )
    retrieve.sync(client=novu, subscriber_id="s1", extra_headers={"X-B": "2"})
    first, second = fake.calls[-2:]
    assert first.headers["x-a"] == "1" and first.query["q"] == "2"
    assert second.headers["x-b"] == "2" and "x-a" not in second.headers
    novu.trigger(workflow_id="w", to="s1", idempotency_key="key-1", max_retries=0)
    assert fake.calls[-1].idempotency_key == "key-1"


def test_a_misspelled_option_is_refused_by_name_before_sending() -> None:
    fake = FakeNovu()
    novu = fake.client()
    options: dict[str, Any] = {"timeot": 3}
    with pytest.raises(TypeError, match="timeot"):
        novu.subscribers.retrieve(subscriber_id="s1", **options)
    assert fake.calls == []


def test_bulk_helpers_take_the_bulk_subset() -> None:
    novu = Novu(secret_key=SECRET)
    helpers = [
        getattr(resolve(novu, e.facade.rpartition(".")[0]) if "." in e.facade else novu, name)
        for e in OPERATIONS
        for name in {e.facade.rpartition(".")[2].removesuffix("_bulk").removeprefix("bulk_") + "_many"}
        if hasattr(resolve(novu, e.facade.rpartition(".")[0]) if "." in e.facade else novu, name)
    ]
    assert helpers  # the document has bulk operations with a stated maximum (trigger_bulk, ...)
    for helper in helpers:
        assert options_parameter(helper).annotation == "Unpack[BulkOptions]", helper
