"""Times the official novu-py SDK for `make bench`; run with the novu-py virtual environment's python.

    benchmarks/.work/novu-py-venv/bin/python benchmarks/novu_py_driver.py http://127.0.0.1:PORT

It answers one JSON line per command line read from standard input, so that `run.py` can
interleave its batches with the other clients' batches against the same server:

    {"op": "trigger", "n": 100}              -> {"seconds": <per call>}   novu_py trigger
    {"op": "page", "n": 40}                  -> {"seconds": <per call>}   novu_py subscribers.search
    {"op": "raw_trigger" | "raw_page", ...}  -> the raw httpx + json floor, in this process
    {"op": "parse", "mode": M, "n": 50}      -> {"seconds": <per call>}   M: loads, loads_walk,
                                                 model, model_walk (pydantic validation of the page)
    {"op": "quit"}

It imports nothing from novu_api (which is not installed here): only novu_py, httpx and
benchmarks/common.py.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from common import SECRET, per_call, raw_page, raw_trigger, read_every_field  # noqa: E402


def main() -> int:
    base_url = sys.argv[1]
    warnings.simplefilter("ignore")  # novu_py's deprecated `topics` field warns on access

    from novu_py import Novu, models
    from novu_py._version import __version__

    novu = Novu(secret_key=SECRET, server_url=base_url)
    raw = httpx.Client()
    body = raw.get(base_url + "/v2/subscribers", params={"limit": 100}).content
    model = models.ListSubscribersResponseDto

    def trigger() -> Any:
        return novu.trigger(
            trigger_event_request_dto={
                "workflow_id": "welcome",
                "to": "subscriber-1",
                "payload": {"name": "Ada", "orderId": 42},
            }
        ).result

    def page() -> Any:
        return novu.subscribers.search(request={"limit": 100}).result

    parsed = json.loads(body)  # parse only: the dict is decoded once, outside the timing
    parsers = {
        "loads": lambda: json.loads(body),
        "loads_walk": lambda: read_every_field(json.loads(body)),
        "model": lambda: model.model_validate(parsed),
        "model_walk": lambda: read_every_field(model.model_validate(json.loads(body))),
    }
    ops = {
        "trigger": trigger,
        "page": page,
        "raw_trigger": lambda: raw_trigger(raw, base_url),
        "raw_page": lambda: raw_page(raw, base_url),
    }
    # Check the answers once, and warm every path and the connections.
    result = trigger()
    assert result.transaction_id and str(getattr(result.status, "value", result.status)) == "processed", (
        result
    )
    assert len(page().data) == 100
    for fn in [*ops.values(), *parsers.values()]:
        for _ in range(5):
            fn()

    print(json.dumps({"ready": True, "version": __version__, "body_bytes": len(body)}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        if op == "quit":
            break
        fn = parsers[command["mode"]] if op == "parse" else ops[op]
        try:
            answer: dict[str, Any] = {"seconds": per_call(fn, int(command["n"]))}
        except Exception as exc:  # reported to run.py, which stops with it
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)
    novu_close = getattr(novu, "__exit__", None)
    if novu_close is not None:
        novu_close(None, None, None)
    raw.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
