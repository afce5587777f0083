"""Class names for the document's inline schemas, set before openapi-python-client parses it.

The parser names an inline object after its place (`OwnerProperty`, `...AdditionalProperty`,
`...Item`) and a union member after its position (`...Type0`). Two rules change that (written
down in generator/README.md, "Naming rules"), by editing a copy of the document:

- **sharing**: inline objects of the same shape (`canonical`) that appear in two places or more
  become one schema under `components/schemas`, referenced from each place: one class;
- **union members**: an inline object member of a `oneOf`/`anyOf` or of a nullable schema is
  named after what the document says it is, through its `title` (the parser's class name);
  a member the document gives no way to tell apart keeps the parser's `TypeN`.

`name_inline` returns the document to parse and, per inline class, its place, the parser's own
name and the final one; generation and the release report (`diff.py`) both call it.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import pascal_case

# Keys that are prose: two schemas that differ only in these are the same shape.
PROSE = frozenset({"description", "example", "examples", "externalDocs", "$comment"})
COMPONENTS = "#/components/schemas/"
# A shared shape is named by the words its places' names end in alike; fewer than this would
# be a name like `Data`, too generic for one class: then it takes its first place's name.
MIN_SHARED_WORDS = 2
ONLY_OF_TYPE = "only member of its JSON type"


@dataclass(frozen=True)
class InlineClass:
    pointer: str  # where the schema is in the given document (JSON pointer)
    kind: str  # "model" | "enum"
    parser_name: str  # openapi-python-client's name for it without these rules
    name: str  # its name after them
    why: str  # the rule that gave the name: "place", "title", "discriminator", "tag", ONLY_OF_TYPE, "shared", "unnamed"


@dataclass
class Naming:
    document: dict[str, Any]  # the document to parse (a copy; the input is not changed)
    classes: list[InlineClass] = field(default_factory=list)
    shared: dict[str, list[str]] = field(default_factory=dict)  # shared schema -> the places it replaces

    @property
    def renamed(self) -> dict[str, str]:
        """Parser name -> final name, for every inline class the rules rename (sorted)."""
        return dict(sorted((c.parser_name, c.name) for c in self.classes if c.parser_name != c.name))

    @property
    def unnamed(self) -> list[InlineClass]:
        return [c for c in self.classes if c.why.startswith("unnamed")]


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[2:].split("/")]


def _get(document: Any, pointer: str) -> Any:
    node = document
    for part in _parts(pointer):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _put(document: Any, pointer: str, value: Any) -> None:
    *head, last = _parts(pointer)
    node = document
    for part in head:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def canonical(schema: Any) -> str:
    """The shape of a schema: its JSON with sorted keys, without prose keys at any depth."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in PROSE}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps(strip(schema), sort_keys=True, separators=(",", ":"))


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type")
    types = list(kind) if isinstance(kind, list) else ([kind] if isinstance(kind, str) else [])
    if node.get("nullable") is True and types and "null" not in types:
        types.append("null")
    return types


def _is_union(node: dict[str, Any]) -> bool:
    members = (node.get("allOf") or []) + (node.get("anyOf") or []) + (node.get("oneOf") or [])
    if len(members) == 1 and isinstance(members[0], dict) and "$ref" in members[0]:
        return False  # the parser passes a lone reference through
    return bool(node.get("anyOf") or node.get("oneOf")) or len(_types(node)) > 1


def _is_model(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "object" or bool(node.get("allOf")) or (kind is None and bool(node.get("properties")))


def _json_type(node: Any) -> str | None:
    """The one JSON type (`null` aside) an inline union member is, or None."""
    if not isinstance(node, dict) or "$ref" in node or node.get("anyOf") or node.get("oneOf"):
        return None
    declared = _types(node)
    types = [t for t in declared if t != "null"]
    if len(types) == 1:
        return types[0]
    if not declared and (node.get("properties") or node.get("allOf")):
        return "object"
    return None


def _tag(node: Any, prop: str) -> str | None:
    """The one value a member pins `prop` to (`const`, or an `enum` of one value), if any."""
    schema = ((node.get("properties") or {}) if isinstance(node, dict) else {}).get(prop)
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("const"), str):
        return str(schema["const"])
    values = schema.get("enum")
    if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str) and values[0]:
        return values[0]
    return None


def member_words(union: dict[str, Any], members: list[Any]) -> tuple[list[str | None], str]:
    """Per member of a union, the word its class name gets after the union's name ("" for none,
    None for the parser's `TypeN`), and the rule that found them.

    In order: the discriminator's property, then any property (in name order) that every inline
    object member pins to a value, the values told apart once equal shapes count once; then, for
    each member alone, being the only member of its JSON type.
    """
    objects = [m for m in members if isinstance(m, dict) and "$ref" not in m and _json_type(m) == "object"]
    inline = [m for m in objects if m.get("properties")]
    shapes = list(dict.fromkeys(canonical(m) for m in inline))
    candidates: list[tuple[str, str]] = []
    disc = union.get("discriminator")
    if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
        candidates.append((disc["propertyName"], "discriminator"))
    candidates += [(p, "tag") for p in sorted({str(p) for m in inline for p in (m.get("properties") or {})})]
    for prop, why in candidates:
        tags = {canonical(m): _tag(m, prop) for m in inline}
        values = [tags[s] for s in shapes]
        if values and all(values) and len(set(values)) == len(values):
            # a free-form object member left beside the tagged ones, if it is the only one, is the union's own
            rest = [m for m in objects if m not in inline]
            return [
                tags.get(canonical(m)) if m in inline else ("" if len(rest) == 1 and m in rest else None)
                for m in members
            ], why
    kinds = [_json_type(m) for m in members]
    return ["" if k is not None and kinds.count(k) == 1 else None for k in kinds], ONLY_OF_TYPE


@dataclass
class _Place:
    pointer: str
    node: dict[str, Any]
    kind: str
    parser_name: str  # the parser's name, titles in the document honoured
    name: str  # the name by the rules
    why: str
    words: tuple[str, ...]  # the rule name's words after the component's name
    title: str = ""  # the title that gives it its rule name (a model's is the name; an enum's, the part after its class)


class _Walker:
    """Every inline class of a document, named the parser's way and the rules' way together."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.places: list[_Place] = []
        for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
            if isinstance(schema, dict):
                cls = pascal_case(str(name))
                self.children(COMPONENTS + _escape(str(name)), schema, (cls, cls, ()))

    def children(self, pointer: str, node: dict[str, Any], owner: tuple[str, str, tuple[str, ...]]) -> None:
        for index, part in enumerate(node.get("allOf") or []):
            if isinstance(part, dict) and "$ref" not in part:
                self.children(f"{pointer}/allOf/{index}", part, owner)
        for prop, schema in (node.get("properties") or {}).items():
            self.visit(
                f"{pointer}/properties/{_escape(str(prop))}", schema, owner, (str(prop),) * 2, (str(prop),)
            )
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            raw = "AdditionalProperty"
            self.visit(f"{pointer}/additionalProperties", extra, owner, (raw, raw), (raw,))

    def visit(
        self,
        pointer: str,
        node: Any,
        owner: tuple[str, str, tuple[str, ...]],  # (parser's class name, rule class name, rule words)
        raw: tuple[str, str],  # name below the owning class: (parser's, rules')
        words: tuple[str, ...],
        title: str | None = None,
        why: str = "place",
    ) -> None:
        if not isinstance(node, dict) or "$ref" in node:
            return
        parts = (node.get("allOf") or []) + (node.get("anyOf") or []) + (node.get("oneOf") or [])
        if len(parts) == 1 and isinstance(parts[0], dict) and "$ref" in parts[0]:
            return  # the parser passes a lone reference through
        old_cls, new_cls, owner_words = owner
        if node.get("enum"):
            # the parser names an enum `<class around it><title or name>`, a title included
            own = str(node["title"]) if node.get("title") else None
            place = _Place(
                pointer,
                node,
                "enum",
                pascal_case(old_cls) + pascal_case(own or raw[0]),
                pascal_case(new_cls) + pascal_case(own or raw[1]),
                "title" if own else (why if title else "place"),
                (*owner_words, *words),
                own or raw[1],
            )
            self.places.append(place)
            return
        if _is_union(node):
            anyof, oneof = list(node.get("anyOf") or []), list(node.get("oneOf") or [])
            members = anyof + oneof
            found, rule = member_words(node, members) if members else ([], "")
            for i, (member, word) in enumerate(zip(members, found, strict=True)):
                where = f"{pointer}/anyOf/{i}" if i < len(anyof) else f"{pointer}/oneOf/{i - len(anyof)}"
                self._member(where, member, owner, raw, words, i, word, rule)
            types = _types(node)
            if len(types) > 1:
                # nullable / multi-type: the parser's members are copies of this node, one per type
                copies = [{**node, "type": t, "nullable": False} for t in types]
                kinds = [_json_type(c) for c in copies]
                for offset, member in enumerate(copies):
                    if _is_model(member):
                        word = "" if kinds.count(kinds[offset]) == 1 else None
                        self._member(
                            pointer,
                            member,
                            owner,
                            raw,
                            words,
                            len(members) + offset,
                            word,
                            ONLY_OF_TYPE,
                            node,
                        )
            return
        if node.get("type") == "array" or "items" in node:
            self.visit(
                f"{pointer}/items",
                node.get("items"),
                owner,
                (f"{raw[0]}_item", f"{raw[1]}_item"),
                (*words, "Item"),
            )
            return
        if _is_model(node):
            old = (
                pascal_case(str(node["title"]))
                if node.get("title")
                else pascal_case(old_cls) + pascal_case(raw[0])
            )
            all_words: tuple[str, ...]
            if node.get("title"):
                new, why, all_words = (
                    pascal_case(str(node["title"])),
                    "title",
                    (pascal_case(str(node["title"])),),
                )
            elif title:
                new, all_words = pascal_case(title), (*owner_words, *words)
            else:
                new, all_words = pascal_case(new_cls) + pascal_case(raw[1]), (*owner_words, *words)
            self.places.append(_Place(pointer, node, "model", old, new, why, all_words, new))
            self.children(pointer, node, (old, new, () if node.get("title") else all_words))

    def _member(
        self,
        pointer: str,
        member: Any,
        owner: tuple[str, str, tuple[str, ...]],
        raw: tuple[str, str],
        words: tuple[str, ...],
        index: int,
        word: str | None,
        rule: str,
        copied_from: dict[str, Any] | None = None,
    ) -> None:
        old_raw = f"{raw[0]}_type_{index}"
        if word is None or not isinstance(member, dict) or "$ref" in member:
            self.visit(
                pointer,
                member,
                owner,
                (old_raw, f"{raw[1]}_type_{index}"),
                (*words, f"Type{index}"),
                None,
                "unnamed",
            )
            return
        new_raw = f"{raw[1]}_{word}" if word else raw[1]
        title = pascal_case(owner[1]) + pascal_case(new_raw)
        node = dict(member)
        if copied_from is not None and copied_from.get("title"):
            node["title"] = copied_from["title"]
        at = len(self.places)
        self.visit(
            pointer,
            node,
            owner,
            (old_raw, new_raw),
            (*words, pascal_case(word)) if word else words,
            title,
            rule,
        )
        # the place recorded is the document's own node (a nullable schema's copy stands for it)
        if len(self.places) > at and self.places[at].node is node:
            self.places[at].node = copied_from if copied_from is not None else member


def _walk(document: dict[str, Any]) -> list[_Place]:
    return _Walker(document).places


def _shareable(place: _Place) -> bool:
    """An inline object with properties, not nullable, a node of its own in the document."""
    node = place.node
    return (
        place.kind == "model"
        and _json_type(node) == "object"
        and bool(node.get("properties"))
        and len(_types(node)) <= 1
        and not node.get("title")
    )


def _words_of(text: str) -> list[str]:
    out: list[str] = []
    for char in pascal_case(text):
        if char.isupper() or not out:
            out.append(char)
        else:
            out[-1] += char
    return out


def _shared_name(group: list[_Place]) -> str:
    names = sorted({p.name for p in group})
    if len(names) == 1:
        return names[0]
    lists = [[w for part in p.words for w in _words_of(part)] for p in group]
    common: list[str] = []
    for column in zip(*(list(reversed(w)) for w in lists), strict=False):
        if len(set(column)) != 1:
            break
        common.insert(0, column[0])
    return "".join(common) if len(common) >= MIN_SHARED_WORDS else names[0]


def _representative(nodes: list[Any]) -> Any:
    """The occurrence whose prose a shared schema keeps: the most common text, then the least."""
    texts = [json.dumps(n, sort_keys=True) for n in nodes]
    best = min(set(texts), key=lambda t: (-texts.count(t), t))
    return copy.deepcopy(nodes[texts.index(best)])


def _inside(pointer: str, roots: set[str]) -> bool:
    return any(pointer == r or pointer.startswith(r + "/") for r in roots)


def name_inline(source: dict[str, Any]) -> Naming:
    """The document with shared shapes hoisted and union members titled, and every inline class's names."""
    document = copy.deepcopy(source)
    schemas = (document.get("components") or {}).get("schemas") or {}
    components = {pascal_case(str(n)) for n in schemas}
    places = _walk(source)

    # 1. sharing: each shape found in two places or more, outermost first
    groups: dict[str, list[_Place]] = defaultdict(list)
    for place in places:
        if _shareable(place):
            groups[canonical(place.node)].append(place)
    repeated = sorted(p.pointer for g in groups.values() if len(g) > 1 for p in g)
    outer: set[str] = set()
    for pointer in repeated:
        if not _inside(pointer, outer):
            outer.add(pointer)
    shared: dict[str, list[str]] = {}
    for group in sorted(groups.values(), key=lambda g: min(p.pointer for p in g)):
        group = [p for p in group if p.pointer in outer]
        if len(group) < 2:
            continue
        roots = {p.pointer for p in group}
        others = {p.name for p in places if not _inside(p.pointer, roots)}
        name = _shared_name(group)
        if name in components or name in shared or name in others:
            name = min(p.name for p in group)
            if name in components or name in shared:
                continue
        shared[name] = sorted(roots)
    if shared:
        document.setdefault("components", {}).setdefault("schemas", {})
        for name, pointers in shared.items():
            document["components"]["schemas"][name] = _representative([_get(source, p) for p in pointers])
            for pointer in pointers:
                _put(document, pointer, {"$ref": COMPONENTS + _escape(name)})

    # 2. titles: a union member whose rule name differs from the parser's gets it as its title,
    # unless another class already has that name (then it keeps the parser's)
    hoisted = _walk(document)
    final: dict[str, str] = {}
    taken = {pascal_case(str(n)) for n in document["components"]["schemas"]} if shared else set(components)
    counts: dict[str, int] = defaultdict(int)
    for place in hoisted:
        counts[place.name] += 1
    retitled: list[_Place] = []
    for place in hoisted:
        if place.name != place.parser_name and not place.node.get("title") and place.why != "place":
            if place.name in taken or counts[place.name] > 1:
                place.why = f"unnamed: {place.name} would name two classes"
                continue
            retitled.append(place)
    for place in retitled:
        _get(document, place.pointer)["title"] = place.title
    # 3. the names the parser now gives, and where each class was in the given document
    why = {p.pointer: p.why for p in hoisted}
    final = {p.pointer: p.parser_name for p in _walk(document)}
    final.update({COMPONENTS + _escape(name): name for name in shared})
    moved = {pointer: COMPONENTS + _escape(name) for name, pointers in shared.items() for pointer in pointers}
    naming = Naming(document, shared=shared)
    seen: set[str] = set()
    for place in places:
        where, rule = place.pointer, None
        for pointer, root in moved.items():
            if _inside(where, {pointer}):
                where, rule = root + where[len(pointer) :], "shared"
                break
        if where in final:
            naming.classes.append(
                InlineClass(
                    place.pointer,
                    place.kind,
                    place.parser_name,
                    final[where],
                    rule or why.get(where, place.why),
                )
            )
            seen.add(where)
    missing = sorted(set(final) - seen - {COMPONENTS + _escape(name) for name in shared})
    if missing:  # every class of the parsed document comes from a place of the given one
        raise AssertionError(f"inline names: classes with no place in the document: {missing[:5]}")
    return naming
