"""The one list of requests no client can get accepted, for reasons outside this SDK.

Each entry is asserted to still fail the way it says (the conformance suite fails once it
passes, so a fixed spec or Prism removes it from here). Stdlib only: the raw-HTTP check in
tests/tools uses it too, without importing the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Defect:
    reason: str
    violation: str  # text of the request violation Prism reports for it


KNOWN_DEFECTS: dict[str, Defect] = {
    # Spec defect: a JavaScript regex literal pasted as a JSON Schema pattern.
    "EnvironmentVariablesController_createEnvironmentVariable": Defect(
        reason="the spec's pattern for `key` keeps its JavaScript regex slashes "
        '("/^[A-Za-z][A-Za-z0-9_]*$/"), so no value can match it',
        violation='property key must match pattern "/^',
    ),
    # Prism defect: the request is right (one part per file, as the spec's array of binaries says).
    "TranslationController_uploadTranslationFiles": Defect(
        reason="Prism reads the `files` array of a multipart upload as one string, "
        "however many files are sent",
        violation="property files must be array",
    ),
}
