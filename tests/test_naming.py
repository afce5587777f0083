"""Python names for operations, resources and properties (generator/name.py and the models).

The rules: `x-speakeasy-group` gives the resource path (split on "."; empty = hoisted onto the
client), `x-speakeasy-name-override` the method; without them the first tag and the operationId
minus its `...Controller_` prefix; collisions are resolved the same way whatever the input order.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from generator.name import (
    OperationName,
    name_operations,
    name_rules,
    operation_id_name,
    resource_path,
    snake,
)
from generator.normalise import iter_operations
from generator.spec import apply_overlay, load_overlay
from novu_api.operations import BY_ID, OPERATIONS


@pytest.fixture(scope="module")
def overlaid(spec: dict[str, Any]) -> dict[str, Any]:
    document, _missed = apply_overlay(spec, load_overlay(), warn=False)
    return document


def names_for(document: dict[str, Any]) -> dict[str, OperationName]:
    return name_operations([op for _, _, op in iter_operations(document)], name_rules(document))


# -- snake_case ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("generateChatOAuthUrl", "generate_chat_o_auth_url"),
        ("triggerBulk", "trigger_bulk"),
        ("listActive", "list_active"),
        ("Environment Variables", "environment_variables"),
        ("Channel Connections", "channel_connections"),
        ("AutoConfigure", "auto_configure"),
        ("HTTPRequest", "http_request"),
        ("getV2Items", "get_v2_items"),
        ("already_snake", "already_snake"),
        ("kebab-case-name", "kebab_case_name"),
        ("  padded  ", "padded"),
        ("a__b", "a_b"),
        ("2fa", "n2fa"),
        ("import", "import_"),
        ("class", "class_"),
        ("Global", "global_"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected
    assert snake(text).isidentifier()


@pytest.mark.parametrize("text", ["", "   ", "--", "!!!"])
def test_snake_refuses_names_without_letters_or_digits(text: str) -> None:
    with pytest.raises(ValueError, match="cannot make a Python name"):
        snake(text)


@pytest.mark.parametrize(
    ("operation_id", "expected"),
    [
        ("SubscribersController_searchSubscribers", "search_subscribers"),
        ("EnvironmentsControllerV1_createEnvironment", "create_environment"),
        ("SubscribersV1Controller_bulkCreateSubscribers", "bulk_create_subscribers"),
        ("LayoutsController__delete", "delete"),
        ("InboundWebhooksController_handleWebhook", "handle_webhook"),
        ("plainOperationId", "plain_operation_id"),
        ("Controller_thing", "thing"),
    ],
)
def test_operation_id_name_drops_the_controller_prefix(operation_id: str, expected: str) -> None:
    assert operation_id_name(operation_id) == expected


def test_resource_path_from_group_and_tag() -> None:
    assert resource_path({"tags": ["Subscribers"], "x-speakeasy-group": "Subscribers.Notifications"}) == (
        ("subscribers", "notifications"),
        ("subscribers", "notifications"),
    )
    # An empty group hoists the operation onto the client; its module still lives under the tag.
    assert resource_path({"tags": ["Events"], "x-speakeasy-group": ""}) == ((), ("events",))
    # No group: the first tag.
    assert resource_path({"tags": ["Environment Variables", "Other"]}) == (
        ("environment_variables",),
        ("environment_variables",),
    )
    assert resource_path({}) == (("default",), ("default",))


# -- the names the pinned document gets ---------------------------------------------------


def test_registry_names_follow_the_rules(overlaid: dict[str, Any]) -> None:
    """Every registry entry carries exactly the name the naming rules give the overlaid document."""
    expected = names_for(overlaid)
    assert {e.operation_id: (e.facade, e.module) for e in OPERATIONS} == {
        op_id: (name.facade, name.module) for op_id, name in expected.items()
    }


def test_events_are_hoisted_onto_the_client(spec: dict[str, Any]) -> None:
    events = [op for _, _, op in iter_operations(spec) if "Events" in (op.get("tags") or [])]
    assert events, "the pinned document has Events operations"
    for op in events:
        assert op.get("x-speakeasy-group") == ""
        entry = BY_ID[op["operationId"]]
        assert "." not in entry.facade, entry
        assert entry.facade == snake(op["x-speakeasy-name-override"])
        assert entry.module == f"novu_api.api.events.{entry.facade}"
    assert BY_ID["EventsController_trigger"].facade == "trigger"
    assert BY_ID["EventsController_triggerBulk"].facade == "trigger_bulk"
    assert BY_ID["EventsController_broadcastEventToAll"].facade == "trigger_broadcast"
    assert BY_ID["EventsController_cancel"].facade == "cancel"


def test_group_and_override_names(spec: dict[str, Any]) -> None:
    nested = [
        op for _, _, op in iter_operations(spec) if op.get("x-speakeasy-group") == "Subscribers.Notifications"
    ]
    assert nested
    for op in nested:
        facade = BY_ID[op["operationId"]].facade
        assert facade == "subscribers.notifications." + snake(op["x-speakeasy-name-override"])
    # Examples of the rules, each checked where the pinned release has the operation.
    expected = {
        "SubscribersController_getSubscriberNotifications": "subscribers.notifications.list",
        "SubscribersV1Controller_getUnseenCount": "subscribers.notifications.unseen_count",
        "SubscribersController_searchSubscribers": "subscribers.search",
        "DomainsController_startDomainAutoConfigure": "domains.auto_configure.start",
        "IntegrationsController_getChatOAuthUrl": "integrations.generate_chat_o_auth_url",
        # Novu spells one group both "Translations.master" and "Translations.Master": one resource.
        "TranslationController_getMasterJsonEndpoint": "translations.master.retrieve",
        "TranslationController_uploadMasterJsonEndpoint": "translations.master.upload",
        # A keyword override gets a trailing underscore.
        "TranslationController_importMasterJsonEndpoint": "translations.master.import_",
    }
    present = {op_id: facade for op_id, facade in expected.items() if op_id in BY_ID}
    assert present, "none of the example operations is in the pinned release"
    assert {op_id: BY_ID[op_id].facade for op_id in present} == present


def test_operation_id_fallback_without_names(spec: dict[str, Any], overlaid: dict[str, Any]) -> None:
    """Without the document's rules and the overlay, unnamed operations fall back to their
    operationId; with them, each takes the first matching rule's name (clashes aside)."""
    ops = [op for _, _, op in iter_operations(spec)]
    bare = name_operations(ops)  # no document rules
    unnamed = [op for op in ops if not op.get("x-speakeasy-name-override")]
    assert unnamed
    for op in unnamed:
        assert bare[op["operationId"]].method == operation_id_name(op["operationId"]), op["operationId"]
    rules = name_rules(overlaid)
    assert rules, "the overlaid document has naming rules (its own, or the overlay's copy)"
    named = names_for(overlaid)
    overlaid_ops = {op["operationId"]: op for _, _, op in iter_operations(overlaid)}
    ruled = 0
    for op_id, op in overlaid_ops.items():
        if op.get("x-speakeasy-name-override"):
            continue
        rule = next((name for regex, name in rules if regex.search(op_id)), None)
        if rule is None:
            assert named[op_id].method == operation_id_name(op_id)
        elif named[op_id].method == snake(rule):
            ruled += 1
        else:  # a clash sends every operation in it back to its operationId name
            assert named[op_id].method.startswith(operation_id_name(op_id)), op_id
    assert ruled


def test_document_rules_first_match_wins_and_own_names_stay() -> None:
    document = {
        "x-speakeasy-name-override": [
            {"operationId": "^.*get.*", "methodNameOverride": "retrieve"},
            {"operationId": "^.*list.*", "methodNameOverride": "list"},
            {"operationId": "^.*get.*", "methodNameOverride": "retrieve"},  # repeated: once
        ]
    }
    rules = name_rules(document)
    assert [(r.pattern, n) for r, n in rules] == [("^.*get.*", "retrieve"), ("^.*list.*", "list")]
    ops: list[dict[str, object]] = [
        {"operationId": "ThingsController_getListing", "x-speakeasy-group": "things"},
        {"operationId": "ThingsController_listThings", "x-speakeasy-group": "things"},
        {
            "operationId": "ThingsController_getThing",
            "x-speakeasy-group": "things",
            "x-speakeasy-name-override": "fetch",
        },
        {"operationId": "OtherController_getOther", "x-speakeasy-group": "other"},
        {"operationId": "OtherController_getMore", "x-speakeasy-group": "other"},
    ]
    names = name_operations(ops, rules)
    assert names["ThingsController_getListing"].method == "retrieve"  # the first rule matches
    assert names["ThingsController_listThings"].method == "list"
    assert names["ThingsController_getThing"].method == "fetch"  # its own name wins
    # Two rule names that clash: both fall back to their operationId names.
    assert {names[i].method for i in ("OtherController_getOther", "OtherController_getMore")} == {
        "get_other",
        "get_more",
    }
    with pytest.raises(ValueError, match="rule #0"):
        name_rules({"x-speakeasy-name-override": [{"operationId": "("}]})


def test_every_name_is_an_identifier_and_unique() -> None:
    facades = [e.facade for e in OPERATIONS]
    modules = [e.module for e in OPERATIONS]
    assert len(set(facades)) == len(facades)
    assert len(set(modules)) == len(modules)
    for entry in OPERATIONS:
        assert all(part.isidentifier() for part in entry.facade.split(".")), entry
        assert all(part.isidentifier() for part in entry.module.split(".")), entry
    groups = {tuple(f.split(".")[:i]) for f in facades for i in range(1, f.count(".") + 1)}
    # No method has the name of a sub-resource of the same resource.
    assert not [f for f in facades if tuple(f.split(".")) in groups]


# -- property-level override --------------------------------------------------------------


def test_property_override_renames_in_python_only(spec: dict[str, Any]) -> None:
    from attrs import fields

    from novu_api import UNSET
    from novu_api.models import TriggerEventRequestDto

    prop = spec["components"]["schemas"]["TriggerEventRequestDto"]["properties"]["name"]
    assert prop["x-speakeasy-name-override"] == "workflowId"
    names = {f.name for f in fields(TriggerEventRequestDto)}
    assert "workflow_id" in names
    assert "name" not in names

    body = TriggerEventRequestDto(workflow_id="welcome", to="subscriber-1")
    assert body.to_dict() == {"name": "welcome", "to": "subscriber-1"}

    decoded = TriggerEventRequestDto.from_dict({"name": "welcome", "to": ["a", "b"]})
    assert decoded.workflow_id == "welcome"
    assert decoded.to == ["a", "b"]
    assert decoded.payload is UNSET
    assert "name" not in decoded.additional_properties
    assert decoded.to_dict() == {"name": "welcome", "to": ["a", "b"]}
    # A `workflowId` key on the wire is not the renamed property: it stays an unknown field.
    other = TriggerEventRequestDto.from_dict({"workflowId": "x", "to": "s"})
    assert other.workflow_id is UNSET
    assert other.additional_properties == {"workflowId": "x"}


# -- collisions ---------------------------------------------------------------------------


def op(
    operation_id: str, group: str | None = None, override: str | None = None, tag: str = "Things"
) -> dict[str, Any]:
    result: dict[str, Any] = {"operationId": operation_id, "tags": [tag]}
    if group is not None:
        result["x-speakeasy-group"] = group
    if override is not None:
        result["x-speakeasy-name-override"] = override
    return result


def facades(operations: list[dict[str, Any]]) -> dict[str, str]:
    return {op_id: name.facade for op_id, name in name_operations(operations).items()}


def modules(operations: list[dict[str, Any]]) -> dict[str, str]:
    return {op_id: name.module for op_id, name in name_operations(operations).items()}


COLLISIONS: dict[str, tuple[list[dict[str, Any]], dict[str, str]]] = {
    "same group and override: both fall back to their operationIds": (
        [
            op("ThingsController_listThings", "Things", "list"),
            op("ThingsController_listArchivedThings", "Things", "list"),
            op("ThingsController_getThing", "Things", "retrieve"),
        ],
        {
            "ThingsController_listThings": "things.list_things",
            "ThingsController_listArchivedThings": "things.list_archived_things",
            "ThingsController_getThing": "things.retrieve",
        },
    ),
    "fallback still clashes: numbered in operationId order, once each": (
        [
            op("CController_get", "Things", "get"),
            op("AController_get", "Things", "get"),
            op("BController_get", "Things", "get"),
        ],
        {
            "AController_get": "things.get",
            "BController_get": "things.get_2",
            "CController_get": "things.get_3",
        },
    ),
    "a method never shadows a sub-resource": (
        [
            op("ThingsController_getSettings", "Things", "settings"),
            op("ThingsController_updateSettings", "Things.Settings", "update"),
        ],
        {
            "ThingsController_getSettings": "things.get_settings",
            "ThingsController_updateSettings": "things.settings.update",
        },
    ),
    "shadowing left after the fallback is numbered": (
        [
            op("ThingsController_settings", "Things", "settings"),
            op("ThingsController_updateSettings", "Things.Settings", "update"),
        ],
        {
            "ThingsController_settings": "things.settings_2",
            "ThingsController_updateSettings": "things.settings.update",
        },
    ),
    "keywords and digits become identifiers": (
        [
            op("MasterController_import", "Things.Master", "import"),
            op("ClassController_list", "Class", "list"),
            op("ThingsController_twoFactor", "Things", "2fa"),
        ],
        {
            "MasterController_import": "things.master.import_",
            "ClassController_list": "class_.list",
            "ThingsController_twoFactor": "things.n2fa",
        },
    ),
    "hoisted operations clash with each other, not with a resource's methods": (
        [
            op("EventsController_trigger", "", "trigger", tag="Events"),
            op("OtherController_trigger", "", "trigger", tag="Other"),
            op("ThingsController_trigger", "Things", "trigger"),
        ],
        {
            "EventsController_trigger": "trigger",
            "OtherController_trigger": "trigger_2",
            "ThingsController_trigger": "things.trigger",
        },
    ),
    "a hoisted method never shadows a top-level resource": (
        [
            op("EventsController_things", "", "things", tag="Events"),
            op("ThingsController_list", "Things", "list"),
        ],
        {
            "EventsController_things": "things_2",
            "ThingsController_list": "things.list",
        },
    ),
    "group case differences are one resource": (
        [
            op("TranslationController_getMaster", "Translations.master", "retrieve"),
            op("TranslationController_uploadMaster", "Translations.Master", "upload"),
        ],
        {
            "TranslationController_getMaster": "translations.master.retrieve",
            "TranslationController_uploadMaster": "translations.master.upload",
        },
    ),
}


@pytest.mark.parametrize("case", list(COLLISIONS))
def test_collisions_are_resolved_exactly(case: str) -> None:
    operations, expected = COLLISIONS[case]
    assert facades(operations) == expected


@pytest.mark.parametrize("case", list(COLLISIONS))
def test_collision_results_do_not_depend_on_input_order(case: str) -> None:
    operations, _ = COLLISIONS[case]
    reference = name_operations(operations)
    for seed in range(8):
        shuffled = list(operations)
        random.Random(seed).shuffle(shuffled)
        assert name_operations(shuffled) == reference
    assert list(reference) == sorted(reference)


def test_module_clash_with_a_package_is_resolved() -> None:
    """A hoisted method's module must not sit beside a package of the same name."""
    operations = [
        op("EventsController_settings", "", "settings", tag="Things"),
        op("ThingsController_updateSettings", "Things.Settings", "update"),
    ]
    result = modules(operations)
    assert result["ThingsController_updateSettings"] == "novu_api.api.things.settings.update"
    assert result["EventsController_settings"] != "novu_api.api.things.settings"


def test_the_pinned_documents_names_do_not_depend_on_operation_order(overlaid: dict[str, Any]) -> None:
    operations = [op for _, _, op in iter_operations(overlaid)]
    reference = name_operations(operations)
    shuffled = list(operations)
    random.Random(1234).shuffle(shuffled)
    assert name_operations(shuffled) == reference
    assert len(reference) == len(operations)


# -- inline class names (generator/inline_names.py) ------------------------------------------

import json  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

import novu_api.models  # noqa: E402
from generator.diff import diff_files  # noqa: E402
from generator.inline_names import (  # noqa: E402
    COMPONENTS,
    ONLY_OF_TYPE,
    _shareable,
    _walk,
    canonical,
    name_inline,
)
from generator.spec import Pin  # noqa: E402

TYPE_N = re.compile(r"Type\d")
DOCUMENTS = sorted(Pin.load().default_path().parent.glob("*.json"))


@pytest.fixture(scope="module")
def naming(overlaid: dict[str, Any]) -> Any:
    return name_inline(overlaid)


def test_every_inline_class_is_generated_under_its_rule_name(naming: Any) -> None:
    assert naming.classes
    exported = set(dir(novu_api.models))
    missing = sorted({c.name for c in naming.classes} - exported)
    assert not missing, missing
    # a renamed class is gone under its old name (unless another place still has that name)
    kept = {c.name for c in naming.classes}
    stale = sorted(old for old in naming.renamed if old not in kept and old in exported)
    assert not stale, stale


def test_type_n_names_are_only_where_the_document_offers_no_name(naming: Any) -> None:
    unnamed = {c.name for c in naming.unnamed}
    numbered = {c.name for c in naming.classes if TYPE_N.search(c.name) and c.why != "title"}
    # a class below an unnamed member carries its `TypeN` too
    assert all(any(name.startswith(u) for u in unnamed) for name in numbered), sorted(numbered)


def test_equal_shapes_are_one_class(overlaid: dict[str, Any], naming: Any) -> None:
    for name, pointers in naming.shared.items():
        assert len(pointers) >= 2
        shapes = {canonical(_node(overlaid, p)) for p in pointers}
        assert len(shapes) == 1, name
        assert naming.document["components"]["schemas"][name]
        for pointer in pointers:
            assert _node(naming.document, pointer) == {"$ref": COMPONENTS + name}
    # what stays inline has no twin left
    shapes = [canonical(p.node) for p in _walk(naming.document) if _shareable(p)]
    assert len(shapes) == len(set(shapes))


def test_final_names_are_unique_per_place(naming: Any) -> None:
    by_name: dict[str, set[str]] = {}
    for c in naming.classes:
        by_name.setdefault(c.name, set()).add(c.pointer)
    shared_names = {
        c.name
        for c in naming.classes
        if any(c.pointer.startswith(p) for pointers in naming.shared.values() for p in pointers)
    }
    clashes = {n: ps for n, ps in by_name.items() if len(ps) > 1 and n not in shared_names}
    # enums of equal values under one name are one class for the parser too
    clashes = {
        n: ps for n, ps in clashes.items() if not all(c.kind == "enum" for c in naming.classes if c.name == n)
    }
    assert not clashes, clashes


def _node(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _doc(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def _names(document: dict[str, Any]) -> dict[str, str]:
    return {c.pointer: c.name for c in name_inline(document).classes}


def test_union_members_named_by_discriminator_tag_type_or_title() -> None:
    obj = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["in_app"]}, "a": {"type": "string"}},
    }
    other = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["sms"]}, "b": {"type": "string"}},
    }
    document = _doc(
        {
            "Holder": {
                "type": "object",
                "properties": {
                    "tagged": {"oneOf": [obj, other]},
                    "typed": {
                        "oneOf": [
                            {"type": "string"},
                            {"type": "object", "properties": {"x": {"type": "string"}}},
                        ]
                    },
                    "nullable": {"type": "object", "nullable": True, "properties": {"y": {"type": "string"}}},
                    "titled": {
                        "anyOf": [
                            {"type": "object", "title": "Named", "properties": {"z": {"type": "string"}}}
                        ]
                    },
                    "alike": {
                        "oneOf": [{"type": "object"}, {"type": "object", "additionalProperties": True}]
                    },
                },
            }
        }
    )
    names = _names(document)
    base = COMPONENTS + "Holder/properties/"
    assert names[base + "tagged/oneOf/0"] == "HolderTaggedInApp"
    assert names[base + "tagged/oneOf/1"] == "HolderTaggedSms"
    assert names[base + "typed/oneOf/1"] == "HolderTyped"
    assert names[base + "nullable"] == "HolderNullable"
    assert names[base + "titled/anyOf/0"] == "Named"
    # two free-form objects: nothing tells them apart
    assert names[base + "alike/oneOf/0"] == "HolderAlikeType0"
    assert names[base + "alike/oneOf/1"] == "HolderAlikeType1"


def test_shared_shape_named_by_common_words_and_prose_ignored() -> None:
    rich = {"type": "object", "properties": {"id": {"type": "string"}}, "description": "one"}
    document = _doc(
        {
            "A": {
                "type": "object",
                "properties": {"context": {"type": "object", "additionalProperties": rich}},
            },
            "B": {
                "type": "object",
                "properties": {
                    "context": {"type": "object", "additionalProperties": {**rich, "description": "two"}}
                },
            },
        }
    )
    naming = name_inline(document)
    assert list(naming.shared) == ["ContextAdditionalProperty"]
    assert naming.renamed == {
        "AContextAdditionalProperty": "ContextAdditionalProperty",
        "BContextAdditionalProperty": "ContextAdditionalProperty",
    }
    assert (
        document["components"]["schemas"]["A"]["properties"]["context"]["additionalProperties"] == rich
    )  # input kept


def test_adding_an_unrelated_schema_renames_nothing(
    tmp_path: Path, overlaid: dict[str, Any], naming: Any
) -> None:
    """A new release with new schemas (one of a shape that exists inline, sorting first) keeps every name."""
    changed = json.loads(json.dumps(overlaid))
    schemas = changed["components"]["schemas"]
    # a schema sorting before every other, with unions and an inline object of its own
    schemas["AaaNewDto"] = {
        "type": "object",
        "properties": {
            "value": {
                "oneOf": [{"type": "string"}, {"type": "object", "properties": {"q": {"type": "string"}}}]
            },
            "extra": {"type": "object", "nullable": True},
        },
    }
    before = {c.pointer: c.name for c in naming.classes}
    after = _names(changed)
    assert {p: after[p] for p in before} == before
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(overlaid), encoding="utf-8")
    new.write_text(json.dumps(changed), encoding="utf-8")
    assert diff_files(old, new).classes_renamed == []


def test_the_release_report_flags_a_renamed_class(
    tmp_path: Path, overlaid: dict[str, Any], naming: Any
) -> None:
    """A union that gains a second object member: its old member can no longer be named by its type."""
    member = next(
        c for c in naming.classes if c.why == ONLY_OF_TYPE and re.search(r"/(oneOf|anyOf)/\d+$", c.pointer)
    )
    changed = json.loads(json.dumps(overlaid))
    union = _node(changed, member.pointer.rsplit("/", 1)[0])
    union.append({"type": "object", "properties": {"added": {"type": "string"}}})
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(overlaid), encoding="utf-8")
    new.write_text(json.dumps(changed), encoding="utf-8")
    report = diff_files(old, new)
    renamed = {(e.changes[0].symbol, e.symbol) for e in report.classes_renamed}
    assert any(was == member.name for was, _ in renamed), renamed
    assert all(e.breaking for e in report.classes_renamed)
    assert "Model classes renamed" in report.to_markdown()


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_every_document_names_its_inline_classes(path: Path) -> None:
    document, _missed = apply_overlay(
        json.loads(path.read_text(encoding="utf-8")), load_overlay(), warn=False
    )
    naming = name_inline(document)
    assert naming.classes
    for c in naming.classes:
        assert c.name.isidentifier(), c
