"""The generator's reading of bulk maximums (`generator.normalise._bulk`), on small documents,
and on the pinned one: every bulk operation it finds carries its limit into `OPERATION.bulk`."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from generator.normalise import Bulk, _bulk, normalise
from novu_api.operations import OPERATIONS


def op(body: dict[str, Any], description: str = "") -> tuple[dict[str, Any], dict[str, Any]]:
    document = {"components": {"schemas": {"Body": body}}}
    operation = {
        "description": description,
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
    }
    return document, operation


def arr(**extra: Any) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, **extra}


@pytest.mark.parametrize(
    ("body", "description", "expected"),
    [
        ({"properties": {"items": arr(maxItems=25)}}, "", Bulk("items", 25)),
        (
            {"properties": {"items": arr()}},
            "The bulk API is limited to 40 things per request.",
            Bulk("items", 40),
        ),
        ({"properties": {"items": arr(description="Some ids (max: 7).")}}, "", Bulk("items", 7)),
        # The deprecated twin is ignored; the other array with a stated maximum is the one.
        (
            {
                "properties": {
                    "ids": arr(description="ids (max: 5)", deprecated=True),
                    "subs": arr(description="subs (max: 5)"),
                    "prefs": arr(),
                }
            },
            "",
            Bulk("subs", 5),
        ),
        # Nothing stated, or stated in words for a body with two arrays: not a bulk operation.
        ({"properties": {"items": arr()}}, "", None),
        ({"properties": {"a": arr(), "b": arr()}}, "limited to 100 events per request", None),
        ({"properties": {"items": arr(maxItems=0)}}, "", None),
        ({"properties": {"name": {"type": "string"}}}, "limited to 100 events per request", None),
    ],
)
def test_bulk_limit_is_read_from_where_the_document_states_it(
    body: dict[str, Any], description: str, expected: Bulk | None
) -> None:
    document, operation = op(body, description)
    assert _bulk(document, operation) == expected


def test_the_pinned_document_s_bulk_operations_carry_their_limits(spec: dict[str, Any]) -> None:
    found = {info.operation_id: info.bulk for info in normalise(spec).operations.values() if info.bulk}
    assert found, "the pinned document states no bulk maximum"
    for entry in OPERATIONS:
        bulk = importlib.import_module(entry.module).OPERATION.bulk
        expected = found.get(entry.operation_id)
        assert bulk == (expected.as_dict() if expected else None), entry.operation_id
