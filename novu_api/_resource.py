"""Base of the generated resource classes: a handle on the client, and raw-response mode."""

from __future__ import annotations

from typing import Any


class SyncResource:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw


class AsyncResource:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw
