"""Send every spec operation to Prism as raw HTTP and count the accepted ones.

This proves that tests/spec_values.py produces inputs the mock server
validates as correct, independently of the generated SDK. Run from anywhere:

    python tests/tools/prism_raw_check.py [--url http://127.0.0.1:4010] [-v]

Without --url a Prism server is started on a free port (needs `npm ci`).
Exit status is 0 when only the known spec defects are rejected.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))  # run as a script: make `tests` importable

from tests.conformance.known_defects import KNOWN_DEFECTS  # noqa: E402
from tests.prism import PrismServer, spec_path  # noqa: E402
from tests.spec_values import OperationInputs, iter_operations, operation_inputs, query_pairs  # noqa: E402

API_KEY_HEADER = "ApiKey test"

# Requests rejected for reasons outside the generated inputs (the spec's own defects, Prism's):
# listed once, with the reasons, in tests/conformance/known_defects.py.

# Uploaded files: the API wants JSON documents named after a locale.
_FILE_NAME = "en_US.json"
_FILE_BODY = b'{"welcome": "Hello"}'


def build_url(base: str, path: str, inputs: OperationInputs) -> str:
    for name, value in inputs["path"].items():
        path = path.replace("{" + name + "}", urllib.parse.quote(value, safe=""))
    query = urllib.parse.urlencode(query_pairs(inputs["query"]))
    return f"{base}{path}" + (f"?{query}" if query else "")


def _form_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def encode_multipart(fields: Mapping[str, Any], files: Mapping[str, bool]) -> tuple[bytes, str]:
    boundary = f"----conformance{uuid.uuid4().hex}"
    chunks: list[bytes] = []
    for name, value in fields.items():
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{_form_text(value)}\r\n'.encode()
        )
    for name in files:
        chunks.append(
            (
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="{name}"; filename="{_FILE_NAME}"\r\nContent-Type: application/json\r\n\r\n'
            ).encode()
            + _FILE_BODY
            + b"\r\n"
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


@dataclass
class Outcome:
    status: int
    # Prism reports violations in an `sl-violations` header when the spec
    # declares a 422 response (whose example becomes the body), otherwise in
    # the `validation` list of an application/problem+json body.
    violations: list[dict[str, Any]]

    def _matching(self, side: str, severity: str | None) -> list[dict[str, Any]]:
        return [
            v
            for v in self.violations
            if _side(v) == side and (severity is None or v.get("severity") == severity)
        ]

    @property
    def request_errors(self) -> list[dict[str, Any]]:
        return self._matching("request", "Error")

    @property
    def accepted(self) -> bool:
        return self.status < 400 and not self.request_errors

    @property
    def notes(self) -> list[dict[str, Any]]:
        """Violations that do not reject the request: warnings, mock-response errors."""
        return [v for v in self.violations if v not in self.request_errors]


def _side(violation: Mapping[str, Any]) -> str:
    location = violation.get("location") or ["request"]
    # Problem bodies omit the leading "request" ("body", "query", ...).
    return "response" if location[0] == "response" else "request"


def _parse_violations(header: str | None, content_type: str, body: bytes) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if header:
        found.extend(json.loads(header))
    if content_type.startswith("application/problem+json"):
        with contextlib.suppress(ValueError):
            found.extend(json.loads(body).get("validation", []))
    return found


def send(base: str, method: str, path: str, inputs: OperationInputs) -> Outcome:
    headers = {"Authorization": API_KEY_HEADER, "Accept": "application/json"}
    headers.update({name: str(value) for name, value in inputs["headers"].items()})
    data: bytes | None = None
    content_type = inputs["content_type"]
    if content_type is not None and content_type.startswith("multipart/"):
        data, headers["Content-Type"] = encode_multipart(inputs["body"] or {}, inputs["files"])
    elif content_type is not None:
        data = json.dumps(inputs["body"]).encode()
        headers["Content-Type"] = content_type
    request = urllib.request.Request(build_url(base, path, inputs), data=data, method=method, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        body = response.read()
        status = response.status if response.status is not None else 0
        violations = _parse_violations(
            response.headers.get("sl-violations"), response.headers.get("Content-Type", ""), body
        )
    return Outcome(status, violations)


def check(base: str, spec: Mapping[str, Any], verbose: bool) -> bool:
    operations = list(iter_operations(spec))
    accepted_in_both = {_op_id(m, p, op) for m, p, op in operations}
    unexpected = False
    for full, label in ((False, "minimal"), (True, "full")):
        accepted = noted = 0
        for method, path, operation in operations:
            op_id = _op_id(method, path, operation)
            outcome = send(base, method, path, operation_inputs(spec, method, path, full=full))
            accepted += outcome.accepted
            noted += bool(outcome.accepted and outcome.notes)
            if outcome.accepted and not (verbose and outcome.notes):
                continue
            mark = "note " if outcome.accepted else ("known" if op_id in KNOWN_DEFECTS else "FAIL ")
            print(f"[{label}] {mark} {outcome.status} {method} {path} ({op_id})")
            shown = outcome.request_errors if not outcome.accepted else outcome.notes
            for violation in shown:
                print(f"        {violation.get('severity')}: {violation.get('message')}")
            if not outcome.accepted:
                accepted_in_both.discard(op_id)
                unexpected |= op_id not in KNOWN_DEFECTS
        suffix = f" ({noted} with warnings or mock-response violations; -v lists them)" if noted else ""
        print(f"raw {label}: {accepted}/{len(operations)} accepted{suffix}")
    print(f"raw: {len(accepted_in_both)}/{len(operations)} accepted")
    return not unexpected


def _op_id(method: str, path: str, operation: Mapping[str, Any]) -> str:
    return str(operation.get("operationId", f"{method} {path}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", help="use an already running Prism instead of starting one")
    parser.add_argument("--spec", type=Path, default=None, help="OpenAPI document (default: spec_path())")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also list warnings and mock-response violations"
    )
    args = parser.parse_args(argv)
    spec_file: Path = args.spec or spec_path()
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    if args.url:
        return 0 if check(args.url.rstrip("/"), spec, args.verbose) else 1
    with PrismServer(spec_file) as server:
        print(f"Prism {server.url} ready in {server.startup_seconds:.1f} s")
        return 0 if check(server.url, spec, args.verbose) else 1


if __name__ == "__main__":
    sys.exit(main())
