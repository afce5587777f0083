"""A testing kit: an in-process fake Novu that a real `Novu` / `AsyncNovu` talks to, and a pytest plugin.

    from novu_api.testing import FakeNovu

    fake = FakeNovu()
    novu = fake.client()                       # a real Novu; requests never leave the process
    signup(novu, "user-1")                     # your code
    assert fake.triggered("welcome", to="user-1")
    fake.fail_next("trigger", status=429)      # the SDK's own retry logic answers it

With pytest the `novu`, `async_novu` and `novu_fake` fixtures need no setup (the plugin is
registered through the `pytest11` entry point). Importing `novu_api` does not import this
package, and importing this package (as pytest does for the plugin) loads nothing until a name
is used; the document's table behind the fake loads on the first `FakeNovu()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Public names and the module that defines each, loaded on first use.
_EXPORTS: dict[str, str] = {
    "FAKE_SECRET_KEY": "._fake",
    "FAKE_SERVER_URL": "._fake",
    "FAULT_ERRORS": "._fake",
    "FakeNovu": "._fake",
    "Call": "._recording",
    "Trigger": "._recording",
    "Triggered": "._recording",
}

__all__ = ["FAKE_SECRET_KEY", "FAKE_SERVER_URL", "FAULT_ERRORS", "Call", "FakeNovu", "Trigger", "Triggered"]


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from ._fake import FAKE_SECRET_KEY, FAKE_SERVER_URL, FAULT_ERRORS, FakeNovu
    from ._recording import Call, Trigger, Triggered
