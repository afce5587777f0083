"""A testing kit: an in-process fake Novu that a real `Novu` / `AsyncNovu` talks to, and a pytest plugin.

    from novu_api.testing import FakeNovu

    fake = FakeNovu()
    novu = fake.client()                       # a real Novu; requests never leave the process
    signup(novu, "user-1")                     # your code
    assert fake.triggered("welcome", to="user-1")
    fake.fail_next("trigger", status=429)      # the SDK's own retry logic answers it

With pytest the `novu`, `async_novu` and `novu_fake` fixtures need no setup (the plugin is
registered through the `pytest11` entry point). Importing `novu_api` does not import this
package; the document's table behind the fake loads on the first `FakeNovu()`.
"""

from __future__ import annotations

from ._fake import FAKE_SECRET_KEY, FAKE_SERVER_URL, FAULT_ERRORS, Call, FakeNovu, Trigger, Triggered

__all__ = ["FAKE_SECRET_KEY", "FAKE_SERVER_URL", "FAULT_ERRORS", "Call", "FakeNovu", "Trigger", "Triggered"]
