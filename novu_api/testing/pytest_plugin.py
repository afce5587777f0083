"""pytest fixtures for code that uses novu_api, registered through the `pytest11` entry point.

- `novu_fake`: a fresh `FakeNovu` per test (state, recorded calls, scripted faults);
- `novu`: a `Novu` wired to it;
- `async_novu`: an `AsyncNovu` wired to it. It is a plain fixture (nothing to await to make or
  close it), so it serves async tests under pytest-asyncio and anyio alike.

A project's own fixture of the same name wins over these, as pytest resolves fixtures.
Importing this module loads nothing of novu_api until a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from novu_api import AsyncNovu, Novu
    from novu_api.testing import FakeNovu


@pytest.fixture
def novu_fake() -> FakeNovu:
    """A fresh in-process fake Novu."""
    from novu_api.testing import FakeNovu

    return FakeNovu()


@pytest.fixture
def novu(novu_fake: FakeNovu) -> Iterator[Novu]:
    """A `Novu` client whose requests go to `novu_fake`."""
    client = novu_fake.client()
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def async_novu(novu_fake: FakeNovu) -> AsyncNovu:
    """An `AsyncNovu` client whose requests go to `novu_fake`."""
    return novu_fake.async_client()
