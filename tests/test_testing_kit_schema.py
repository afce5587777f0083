"""The fake's schema checks: each schema's check is made once and says what the server says.

Small tables made here pin the messages; the pinned table is used only through what it holds
(every schema in it), so a release with other schemas is covered the same way.
"""

from __future__ import annotations

from typing import Any

import pytest

from novu_api.testing._common import document
from novu_api.testing._schema import Schemas

NODE = {
    "Node": {
        "type": "object",
        "properties": {"name": {"type": "string", "minLength": 2}, "child": {"$ref": "Node"}},
        "required": ["name"],
    }
}


def test_a_schema_that_refers_to_itself_is_checked_at_every_depth() -> None:
    schemas = Schemas(NODE)
    ok = {"name": "ab", "child": {"name": "cd", "child": {"name": "ef"}}}
    assert schemas.errors({"$ref": "Node"}, ok) == []
    deep = {"name": "ab", "child": {"name": "cd", "child": {"name": "e"}}}
    assert schemas.errors({"$ref": "Node"}, deep) == [
        ("child.child.name", "child.child.name must be longer than or equal to 2 characters")
    ]
    missing = {"name": "ab", "child": {"child": {"name": 7}}}
    assert schemas.errors({"$ref": "Node"}, missing) == [
        ("child.name", "child.name should not be null or undefined"),
        ("child.child.name", "child.child.name must be a string"),
    ]


def test_a_check_is_made_once_per_schema_and_a_reference_shares_its_targets() -> None:
    schemas = Schemas(NODE)
    ref = {"$ref": "Node"}
    check = schemas.check(ref)
    assert schemas.check(ref) is check
    assert schemas.check(NODE["Node"]) is check
    # An equal schema that is another object gets its own check, which agrees.
    assert schemas.errors({"$ref": "Node"}, {"name": 1}) == schemas.errors(ref, {"name": 1})


@pytest.mark.parametrize(
    ("value", "messages"),
    [
        (10**400, []),  # a JSON integer too large for a float is still an integer
        (2.0, []),
        (1.5, ["n must be an integer number"]),
        (0, ["n must not be less than 1"]),
        (-(10**400), ["n must not be less than 1"]),
        (True, ["n must be an integer number"]),
        ("3", ["n must be an integer number"]),
    ],
)
def test_integers_of_any_size_are_judged_without_failing(value: Any, messages: list[str]) -> None:
    schemas = Schemas({"N": {"type": "integer", "minimum": 1}})
    assert [m for _, m in schemas.errors({"$ref": "N"}, value, "n")] == messages


def test_enums_compare_strings_exactly_and_keep_booleans_apart_from_numbers() -> None:
    schemas = Schemas({})
    mixed = {"enum": ["on", 1, True, None]}
    assert schemas.fits(mixed, "on") and schemas.fits(mixed, 1) and schemas.fits(mixed, True)
    assert not schemas.fits(mixed, "off")
    assert not schemas.fits({"enum": [1]}, True) and not schemas.fits({"enum": [True]}, 1)
    assert schemas.errors({"enum": ["ASC", "DESC"], "type": "string"}, "UP", "order") == [
        ("order", "order must be one of the following values: ASC, DESC")
    ]


def test_one_of_names_the_closest_members_complaints_the_first_on_a_tie() -> None:
    schemas = Schemas({})
    shape = {
        "oneOf": [
            {"type": "object", "properties": {"id": {"type": "string"}, "n": {"type": "number"}}},
            {"type": "string", "minLength": 3, "format": "email"},
        ]
    }
    assert schemas.fits(shape, "a@b.co") and schemas.fits(shape, {"id": "a"})
    assert schemas.errors(shape, {"id": 1}, "to") == [("to.id", "to.id must be a string")]
    assert schemas.errors(shape, 7, "to") == [("to", "to must be an object")]  # a tie: the first
    # Too short and not an email as a string (two), not an object (one): the object's is named.
    assert schemas.errors(shape, "x", "to") == [("to", "to must be an object")]
    # Two complaints as an object, one as a string: the string member is the closest.
    assert schemas.errors(shape, {"id": 1, "n": "2"}, "to") == [("to", "to must be a string")]


def test_a_pattern_only_another_regex_dialect_reads_is_not_judged() -> None:
    schemas = Schemas({})
    assert schemas.fits({"type": "string", "pattern": "(?<=x"}, "anything")
    assert schemas.errors({"type": "string", "pattern": "/^a+$/"}, "b", "s") == [
        ("s", "s must match /^a+$/ regular expression")
    ]


def test_every_schema_of_the_table_gets_a_check_that_refuses_the_wrong_json_type() -> None:
    schemas = document().schemas
    wrong = {
        "object": ["x"],
        "array": {"x": 1},
        "string": 12,
        "number": "12",
        "integer": "12",
        "boolean": "yes",
    }
    words = {
        "object": "an object",
        "array": "an array",
        "string": "a string",
        "number": "a number conforming to the specified constraints",
        "integer": "an integer number",
        "boolean": "a boolean value",
    }
    typed = 0
    for name in schemas.table:
        ref = {"$ref": name}
        assert callable(schemas.check(ref))
        kind = schemas.resolve(ref).get("type")
        if kind in wrong:
            assert schemas.errors(ref, wrong[kind], "field") == [("field", f"field must be {words[kind]}")]
            typed += 1
    assert typed > 0
