"""The stateful operations: subscribers, topics, topic subscriptions and triggered transactions.

Handlers are found by operation id; an id missing from a release leaves that operation canned,
and an operation a release adds is canned until it is given a handler here.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._common import _error_body, _Refused, document

if TYPE_CHECKING:
    from ._fake import FakeNovu


_SUBSCRIBER = "SubscribersController_getSubscriber"
_TOPIC = "TopicsController_getTopic"
# Trigger operations: operation id -> whether the body holds several events.
_TRIGGERS = {
    "EventsController_trigger": False,
    "EventsController_broadcastEventToAll": False,
    "EventsController_triggerBulk": True,
}

_Handler = Callable[["FakeNovu", Mapping[str, Any], Mapping[str, str], Mapping[str, Any], Any], Any]
_HANDLERS: dict[str, _Handler] = {}


def _handles(*operation_ids: str) -> Callable[[_Handler], _Handler]:
    def register(fn: _Handler) -> _Handler:
        for operation_id in operation_ids:
            _HANDLERS[operation_id] = fn
        return fn

    return register


def _page(fake: FakeNovu, operation_id: str, items: list[dict[str, Any]], query: Mapping[str, Any]) -> Any:
    """A cursor page over `items` (cursor = an item's `_id`), shaped as the operation's page DTO."""
    facts = fake._doc.facts[operation_id]
    paging = facts.get("pagination") or {"items": "data", "request": {}, "response": {}}
    request, response = paging["request"], paging["response"]
    limit = query.get(request.get("limit", "limit"), 10)
    limit = int(limit) if isinstance(limit, (int, float)) and limit >= 1 else 10
    ids = [str(item.get("_id")) for item in items]
    start = 0
    after = query.get(request.get("after", "after"))
    before = query.get(request.get("before", "before"))
    if isinstance(after, str) and after in ids:
        start = ids.index(after) + 1
    elif isinstance(before, str) and before in ids:
        start = max(0, ids.index(before) - limit)
    chunk = items[start : start + limit]
    more = start + limit < len(items)
    value = copy.deepcopy(fake._doc.canned(operation_id))
    if not isinstance(value, dict):
        value = {}
    value[paging["items"]] = chunk
    if "next" in response:
        value[response["next"]] = str(chunk[-1]["_id"]) if more and chunk else None
    if "previous" in response:
        value[response["previous"]] = str(chunk[0]["_id"]) if start > 0 and chunk else None
    if "has_more" in response:
        value[response["has_more"]] = more
    if "total" in response:
        value[response["total"]] = len(items)
    if "totalCountCapped" in value:
        value["totalCountCapped"] = False
    return value


@_handles("SubscribersController_createSubscriber")
def _create_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._subscribers.get(str(body["subscriberId"]))
    if existing is not None and query.get("failIfExists") is True:
        message = f"Subscriber with subscriberId: {body['subscriberId']} already exists"
        raise _Refused(409, _error_body(409, "", message, error="Conflict"))
    return fake._store_subscriber(body, existing)


@_handles("SubscribersV1Controller_bulkCreateSubscribers")
def _bulk_create_subscribers(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    created: list[dict[str, str]] = []
    updated: list[dict[str, str]] = []
    for item in body.get("subscribers", []):
        existing = fake._subscribers.get(str(item["subscriberId"]))
        fake._store_subscriber(item, existing)
        (updated if existing else created).append({"subscriberId": str(item["subscriberId"])})
    value = copy.deepcopy(fake._doc.canned("SubscribersV1Controller_bulkCreateSubscribers"))
    return fake._shape(
        facts["success"]["schema"], {"created": created, "updated": updated, "failed": []}, value
    )


@_handles("SubscribersController_getSubscriber")
def _get_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    return fake._subscriber(path["subscriberId"], "")


@_handles("SubscribersController_patchSubscriber")
def _patch_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._subscriber(path["subscriberId"], "")
    return fake._store_subscriber({**(body or {}), "subscriberId": path["subscriberId"]}, existing)


@_handles("SubscribersController_removeSubscriber")
def _remove_subscriber(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    fake._subscriber(path["subscriberId"], "")
    del fake._subscribers[path["subscriberId"]]
    for records in fake._subscriptions.values():
        for identifier in [i for i, r in records.items() if r["subscriberId"] == path["subscriberId"]]:
            del records[identifier]
    return fake._shape(facts["success"]["schema"], {"acknowledged": True, "status": "deleted"})


@_handles("SubscribersController_searchSubscribers")
def _search_subscribers(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    def keep(item: Mapping[str, Any]) -> bool:
        if "subscriberId" in query and item.get("subscriberId") != query["subscriberId"]:
            return False
        for key, fields in (
            ("email", ("email",)),
            ("phone", ("phone",)),
            ("name", ("firstName", "lastName")),
        ):
            wanted = query.get(key)
            if isinstance(wanted, str):
                text = " ".join(str(item.get(f) or "") for f in fields).lower()
                if wanted.lower() not in text:
                    return False
        return True

    items = [s for s in fake._subscribers.values() if keep(s)]
    if query.get("orderDirection") == "DESC":
        items.reverse()
    return _page(fake, "SubscribersController_searchSubscribers", items, query)


@_handles("TopicsController_upsertTopic")
def _upsert_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._topics.get(str(body["key"]))
    if existing is not None and query.get("failIfExists") is True:
        raise _Refused(
            409, _error_body(409, "", f"Topic with key {body['key']} already exists", error="Conflict")
        )
    return fake._store_topic(str(body["key"]), body.get("name"), existing)


@_handles("TopicsController_getTopic")
def _get_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    return fake._topic(path["topicKey"], "")


@_handles("TopicsController_updateTopic")
def _update_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    existing = fake._topic(path["topicKey"], "")
    return fake._store_topic(path["topicKey"], (body or {}).get("name"), existing)


@_handles("TopicsController_deleteTopic")
def _delete_topic(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    fake._topic(path["topicKey"], "")
    del fake._topics[path["topicKey"]]
    fake._subscriptions.pop(path["topicKey"], None)
    return fake._shape(facts["success"]["schema"], {"acknowledged": True})


@_handles("TopicsController_listTopics")
def _list_topics(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    items = [
        t
        for t in fake._topics.values()
        if ("key" not in query or t["key"] == query["key"])
        and (
            not isinstance(query.get("name"), str) or query["name"].lower() in str(t.get("name", "")).lower()
        )
    ]
    return _page(fake, "TopicsController_listTopics", items, query)


def _subscription_targets(body: Mapping[str, Any]) -> list[tuple[str | None, str | None]]:
    """(subscriber id, identifier) for each entry of a subscriptions body."""
    out: list[tuple[str | None, str | None]] = []
    for item in body.get("subscriptions") or []:
        if isinstance(item, str):
            out.append((item, None))
        elif isinstance(item, dict):
            out.append((item.get("subscriberId"), item.get("identifier")))
    out += [(str(s), None) for s in body.get("subscriberIds") or []]
    return out


@_handles("TopicsController_createTopicSubscriptions")
def _create_subscriptions(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    key = path["topicKey"]
    if key not in fake._topics:
        fake._store_topic(key, (body or {}).get("name"))
    schema = facts["success"]["schema"]
    item_schema = fake._doc.schemas.resolve(fake._doc.schemas.properties(schema).get("data", {})).get(
        "items", {}
    )
    made, failed = [], []
    for subscriber_id, identifier in _subscription_targets(body or {}):
        if subscriber_id is None or subscriber_id not in fake._subscribers:
            failed.append(
                {
                    "subscriberId": str(subscriber_id),
                    "code": "SUBSCRIBER_NOT_FOUND",
                    "message": f"Subscriber with id '{subscriber_id}' not found",
                }
            )
            continue
        record = fake._add_subscription(key, subscriber_id, identifier)
        made.append(fake._subscription_value(item_schema, key, record))
    meta = {"totalCount": len(made) + len(failed), "successful": len(made), "failed": len(failed)}
    return fake._shape(schema, {"data": made, "meta": meta, "errors": failed})


@_handles("TopicsController_listTopicSubscriptions")
def _list_subscriptions(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    key = path["topicKey"]
    fake._topic(key, "")
    item_schema = fake._item_schema("TopicsController_listTopicSubscriptions")
    records = [
        r
        for r in fake._subscriptions.get(key, {}).values()
        if "subscriberId" not in query or r["subscriberId"] == query["subscriberId"]
    ]
    items = [fake._subscription_value(item_schema, key, r) for r in records]
    return _page(fake, "TopicsController_listTopicSubscriptions", items, query)


@_handles("TopicsController_deleteTopicSubscriptions")
def _delete_subscriptions(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    key = path["topicKey"]
    fake._topic(key, "")
    schema = facts["success"]["schema"]
    item_schema = fake._doc.schemas.resolve(fake._doc.schemas.properties(schema).get("data", {})).get(
        "items", {}
    )
    records = fake._subscriptions.get(key, {})
    removed, failed = [], []
    for subscriber_id, identifier in _subscription_targets(body or {}):
        hits = [
            i
            for i, r in records.items()
            if (identifier is None or i == identifier)
            and (subscriber_id is None or r["subscriberId"] == subscriber_id)
        ]
        if not hits:
            failed.append(
                {
                    "subscriberId": str(subscriber_id),
                    "code": "SUBSCRIPTION_NOT_FOUND",
                    "message": f"Subscriber '{subscriber_id}' is not subscribed to topic '{key}'",
                }
            )
        for identifier_hit in hits:
            removed.append(fake._subscription_value(item_schema, key, records.pop(identifier_hit)))
    meta = {"totalCount": len(removed) + len(failed), "successful": len(removed), "failed": len(failed)}
    return fake._shape(schema, {"data": removed, "meta": meta, "errors": failed})


def _accept_trigger(fake: FakeNovu, schema: Any, event: Mapping[str, Any]) -> dict[str, Any]:
    transaction_id = str(event.get("transactionId") or uuid.uuid4().hex)
    fake._transactions.setdefault(transaction_id, False)
    value = fake._shape(
        schema, {"acknowledged": True, "status": "processed", "transactionId": transaction_id}
    )
    value.pop("error", None)
    return value


@_handles("EventsController_trigger", "EventsController_broadcastEventToAll")
def _trigger(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    return _accept_trigger(fake, facts["success"]["schema"], body)


@_handles("EventsController_triggerBulk")
def _trigger_bulk(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    schema = fake._doc.schemas.resolve(facts["success"]["schema"]).get("items", {})
    return [_accept_trigger(fake, schema, event) for event in body.get("events", [])]


@_handles("EventsController_cancel")
def _cancel(fake: FakeNovu, facts: Any, path: Any, query: Any, body: Any) -> Any:
    transaction_id = path["transactionId"]
    if fake._transactions.get(transaction_id) is False:
        fake._transactions[transaction_id] = True
        return True
    return False


def iter_stateful() -> Iterator[str]:
    """Operation ids the fake keeps state for (those present in this release's registry)."""
    ids = document().by_id
    return (op for op in _HANDLERS if op in ids)
