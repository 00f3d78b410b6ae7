"""Sixteen logistics consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``, the seed
document and ``providers.json``), without looking at any generator. A parcel-delivery company
wires Novu into delivery-status notifications, driver push, carrier webhooks, warehouse region
routing, per-country SMS sender ids, delivery-window rules, ops dashboards and CSV exports; each
*buggy* consumer below is what such a team might write and test against ``HAPPY_PATH`` only, and
each *fixed* control honours what the contract really allows.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------
# helpers


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """One credential value when it is a string, else ``None``."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _str(payload: Mapping[str, Any], key: str, default: str = "") -> str:
    """A string field, or ``default`` when absent or not a string."""
    value = payload.get(key)
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects (``[]`` when ``conditions`` is absent)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "replace")


# --------------------------------------------------------------------------------------------
# 1. admin serializer: optional ``_id``


def admin_row_buggy(payload: Payload) -> dict[str, object]:
    """Row for the carrier-integrations admin table, keyed by the Mongo record id."""
    return {
        "pk": payload["_id"],
        "label": f"{payload['name']} ({payload['providerId']})",
        "channel": payload["channel"],
        "enabled": payload["active"] and not payload["deleted"],
    }


def admin_row_fixed(payload: Payload) -> dict[str, object]:
    """As ``admin_row_buggy``; falls back to ``identifier`` when ``_id`` is absent."""
    record_id = payload.get("_id")
    return {
        "pk": record_id if isinstance(record_id, str) else f"ident:{_str(payload, 'identifier')}",
        "label": f"{_str(payload, 'name')} ({_str(payload, 'providerId')})",
        "channel": _str(payload, "channel"),
        "enabled": payload.get("active") is True and payload.get("deleted") is not True,
    }


# --------------------------------------------------------------------------------------------
# 2. delivery-status rule summary: empty / absent ``conditions``


def status_rule_summary_buggy(payload: Payload) -> str:
    """One-line summary of when delivery-status notifications go through this integration."""
    first = payload["conditions"][0]
    negated = "NOT " if first["isNegated"] else ""
    return f"{negated}{first['value']} of {len(first['children'])} parcel rule(s)"


def status_rule_summary_fixed(payload: Payload) -> str:
    """As ``status_rule_summary_buggy``; no condition means the integration always applies."""
    conditions = _conditions(payload)
    if not conditions:
        return "always"
    first = conditions[0]
    negated = "NOT " if first.get("isNegated") is True else ""
    return f"{negated}{_str(first, 'value', 'AND')} of {len(_children(first))} parcel rule(s)"


# --------------------------------------------------------------------------------------------
# 3. notification queue per channel: the ``Channel`` enum


_DELIVERY_QUEUES = {
    "sms": "q.delivery-status.sms",
    "email": "q.delivery-status.email",
    "push": "q.driver.push",
}


def status_queue_buggy(payload: Payload) -> str:
    """Message-bus queue that fans delivery-status events out to this integration."""
    return _DELIVERY_QUEUES[payload["channel"]]


def status_queue_fixed(payload: Payload) -> str:
    """As ``status_queue_buggy``; channels without a queue (``in_app``, ``chat``) go to a parking queue."""
    return _DELIVERY_QUEUES.get(_str(payload, "channel"), "q.delivery-status.unrouted")


# --------------------------------------------------------------------------------------------
# 4. delivery-window rule compiler: the ``Operator`` enum inside ``children``


_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}


def window_rule_sql_buggy(payload: Payload) -> list[str]:
    """SQL fragments the delivery-window planner uses to preview which parcels a rule matches."""
    fragments: list[str] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            operator = _SQL_OPERATORS[child["operator"]]
            fragments.append(f"{child['on']}.{child['field']} {operator} {child['value']!r}")
    return fragments


def window_rule_sql_fixed(payload: Payload) -> list[str]:
    """As ``window_rule_sql_buggy``; operators without a SQL form are kept as a comment."""
    fragments: list[str] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            name = _str(child, "operator")
            field = f"{_str(child, 'on')}.{_str(child, 'field')}"
            operator = _SQL_OPERATORS.get(name)
            if operator is None:
                fragments.append(f"/* {name} */ {field} {_str(child, 'value')!r}")
            else:
                fragments.append(f"{field} {operator} {_str(child, 'value')!r}")
    return fragments


# --------------------------------------------------------------------------------------------
# 5. default carrier picker: ``primary`` does not imply ``active``


def default_carrier_buggy(payload: Payload) -> str | None:
    """The providerId when this integration is the default carrier of its channel."""
    if not payload["primary"]:
        return None
    if not payload["active"]:
        raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
    return str(payload["providerId"])


def default_carrier_fixed(payload: Payload) -> str | None:
    """As ``default_carrier_buggy``; an inactive or deleted primary is simply not the default."""
    if (
        payload.get("primary") is True
        and payload.get("active") is True
        and payload.get("deleted") is not True
    ):
        return _str(payload, "providerId")
    return None


# --------------------------------------------------------------------------------------------
# 6. ops dashboard: ``deleted`` without ``deletedAt``


def ops_deleted_badge_buggy(payload: Payload) -> str:
    """Status badge on the ops dashboard's integration tile."""
    if payload["deleted"]:
        return f"deleted {payload['deletedAt']} by {payload.get('deletedBy', 'system')}"
    return "live" if payload["active"] else "paused"


def ops_deleted_badge_fixed(payload: Payload) -> str:
    """As ``ops_deleted_badge_buggy``; a soft delete may carry no timestamp and no author."""
    if payload.get("deleted") is True:
        when = _str(payload, "deletedAt") or "at an unknown time"
        return f"deleted {when} by {_str(payload, 'deletedBy') or 'system'}"
    return "live" if payload.get("active") is True else "paused"


# --------------------------------------------------------------------------------------------
# 7. delivery-window template: ``field`` is any string, not always ``scope.path``


def window_template_vars_buggy(payload: Payload) -> dict[str, list[str]]:
    """Template variables a delivery-window rule reads, grouped by their first path segment."""
    grouped: dict[str, list[str]] = {}
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            scope, path = child["field"].split(".", 1)
            grouped.setdefault(scope, []).append(path)
    return grouped


def window_template_vars_fixed(payload: Payload) -> dict[str, list[str]]:
    """As ``window_template_vars_buggy``; a field without a dot is grouped under its ``on`` side."""
    grouped: dict[str, list[str]] = {}
    for condition in _conditions(payload):
        for child in _children(condition):
            field = _str(child, "field")
            scope, dot, path = field.partition(".")
            if not dot:
                scope, path = _str(child, "on", "payload"), field
            grouped.setdefault(scope, []).append(path)
    return grouped


# --------------------------------------------------------------------------------------------
# 8. per-country SMS sender ids: ``from`` is not always an E.164 number


_CALLING_CODES = (
    ("44", "GB"),
    ("49", "DE"),
    ("31", "NL"),
    ("33", "FR"),
    ("234", "NG"),
    ("91", "IN"),
    ("1", "US"),
)


def sms_sender_country_buggy(payload: Payload) -> str | None:
    """Country whose sender-id table applies to this SMS integration's ``from`` number."""
    if payload["channel"] != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    digits = str(int(sender.replace(" ", "").lstrip("+")))
    for code, country in _CALLING_CODES:
        if digits.startswith(code):
            return country
    return "ZZ"


_E164 = re.compile(r"\+?([0-9]{6,15})")


def sms_sender_country_fixed(payload: Payload) -> str | None:
    """As ``sms_sender_country_buggy``; alphanumeric or empty sender ids have no country."""
    if payload.get("channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    match = _E164.fullmatch(sender.replace(" ", ""))
    if match is None:
        return "alphanumeric"
    digits = match.group(1).lstrip("0")
    for code, country in _CALLING_CODES:
        if digits.startswith(code):
            return country
    return "ZZ"


# --------------------------------------------------------------------------------------------
# 9. e-mail sender allowlist: ``from`` is not always ``local@domain``


_ALLOWED_SENDER_DOMAINS = frozenset({"example.com", "parcels.example", "depot.example"})


def sender_domain_allowed_buggy(payload: Payload) -> bool:
    """Whether delivery-status e-mails from this integration use an allowlisted sender domain."""
    sender = _cred_str(payload, "from")
    if payload["channel"] != "email" or sender is None:
        return True
    _local, domain = sender.split("@")
    return domain.lower() in _ALLOWED_SENDER_DOMAINS


def sender_domain_allowed_fixed(payload: Payload) -> bool:
    """As ``sender_domain_allowed_buggy``; a sender without exactly one usable domain is not allowed."""
    sender = _cred_str(payload, "from")
    if payload.get("channel") != "email" or sender is None:
        return True
    _local, at, domain = sender.rpartition("@")
    return bool(at) and domain.strip().lower() in _ALLOWED_SENDER_DOMAINS


# --------------------------------------------------------------------------------------------
# 10. warehouse region routing: ``region`` is not always ``geo-area-n``


_WAREHOUSE_BY_GEO = {"us": "wh-chicago", "eu": "wh-rotterdam", "ap": "wh-singapore"}


def warehouse_for_region_buggy(payload: Payload) -> str:
    """Warehouse cluster whose notification workers use this integration's cloud region."""
    region = _cred_str(payload, "region")
    if region is None:
        return "wh-default"
    geo, _area, _number = region.split("-")
    return _WAREHOUSE_BY_GEO.get(geo, "wh-default")


def warehouse_for_region_fixed(payload: Payload) -> str:
    """As ``warehouse_for_region_buggy``; only the first segment of any region string is used."""
    region = _cred_str(payload, "region")
    if region is None:
        return "wh-default"
    geo = region.strip().split("-", 1)[0].lower()
    return _WAREHOUSE_BY_GEO.get(geo, "wh-default")


# --------------------------------------------------------------------------------------------
# 11. carrier webhook allowlist: ``webhookUrl`` may have no host


def webhook_host_buggy(payload: Payload) -> str | None:
    """Host a carrier-event webhook integration posts to, checked against the egress proxy list."""
    url = _cred_str(payload, "webhookUrl")
    if url is None:
        return None
    host = cast(str, urlsplit(url).hostname)
    if host.endswith(".internal"):
        raise ValueError(f"webhook {url!r} targets an internal host")
    return host


def webhook_host_fixed(payload: Payload) -> str | None:
    """As ``webhook_host_buggy`` (minus the egress rule); relative, empty or malformed URLs have no host."""
    url = _cred_str(payload, "webhookUrl")
    if url is None:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or host.endswith(".internal"):
        return None
    return host


# --------------------------------------------------------------------------------------------
# 12. label printer / dashboard header: byte-length truncation of a Unicode ``name``


_HEADER_BYTES = 24


def header_label_buggy(payload: Payload) -> str:
    """Integration name cut to the 24-byte header field of the depot label printer."""
    raw: bytes = payload["name"].encode("utf-8")
    return raw[:_HEADER_BYTES].decode("utf-8")


def header_label_fixed(payload: Payload) -> str:
    """As ``header_label_buggy``; never cuts a multi-byte character in half."""
    raw = _utf8(_str(payload, "name"))
    return raw[:_HEADER_BYTES].decode("utf-8", "ignore")


# --------------------------------------------------------------------------------------------
# 13. route cache key: ``_environmentId`` is a string, not always a hex ObjectId


_ROUTE_SHARDS = 32


def route_cache_key_buggy(payload: Payload) -> str:
    """Redis key of the cached delivery route table, sharded by environment."""
    shard = int(payload["_environmentId"], 16) % _ROUTE_SHARDS
    return f"routes:{shard:02d}:{payload['providerId']}"


def route_cache_key_fixed(payload: Payload) -> str:
    """As ``route_cache_key_buggy``; shards on a checksum of any environment id string."""
    shard = zlib.crc32(_utf8(_str(payload, "_environmentId"))) % _ROUTE_SHARDS
    return f"routes:{shard:02d}:{_str(payload, 'providerId')}"


# --------------------------------------------------------------------------------------------
# 14. depot SMTP / SMS-gateway relay config: ``port`` is a string, not always a number


_DEFAULT_RELAY_PORT = 587


def relay_endpoint_buggy(payload: Payload) -> str | None:
    """``host:port`` of a self-hosted relay (Custom SMTP, Kannel) for the depot's firewall config."""
    host = _cred_str(payload, "host")
    if host is None:
        return None
    port = int(_cred_str(payload, "port") or str(_DEFAULT_RELAY_PORT))
    return f"{host}:{port}"


_PORT = re.compile(r"[0-9]{1,5}")


def relay_endpoint_fixed(payload: Payload) -> str | None:
    """As ``relay_endpoint_buggy``; a port that is not a number in 1..65535 falls back to the default."""
    host = _cred_str(payload, "host")
    if host is None:
        return None
    raw = (_cred_str(payload, "port") or "").strip()
    port = int(raw) if _PORT.fullmatch(raw) else _DEFAULT_RELAY_PORT
    if not 0 < port < 65536:
        port = _DEFAULT_RELAY_PORT
    return f"{host}:{port}"


# --------------------------------------------------------------------------------------------
# 15. driver push (FCM): ``serviceAccount`` is a string, not always a JSON document


def fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project the driver app's push notifications are sent through."""
    if payload["providerId"] != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if raw is None:
        return None
    return str(json.loads(raw)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    """As ``fcm_project_buggy``; a service account that is not a JSON object with a project gives ``None``."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    project = account.get("project_id") if isinstance(account, dict) else None
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------------------------
# 16. inventory CSV export: ``deletedAt`` is a plain string, not always ISO-8601


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(cells)
    return buffer.getvalue()


def inventory_csv_buggy(payload: Payload) -> str:
    """One line of the weekly integrations inventory CSV, with the deletion date."""
    deleted_on = ""
    if "deletedAt" in payload:
        deleted_on = datetime.fromisoformat(payload["deletedAt"]).date().isoformat()
    return _csv_line([payload["identifier"], payload["providerId"], payload["channel"], deleted_on])


def inventory_csv_fixed(payload: Payload) -> str:
    """As ``inventory_csv_buggy``; a ``deletedAt`` that is not ISO-8601 is exported as sent."""
    deleted_at = _str(payload, "deletedAt")
    deleted_on = deleted_at
    if deleted_at:
        try:
            deleted_on = datetime.fromisoformat(deleted_at).date().isoformat()
        except (ValueError, OverflowError):
            deleted_on = deleted_at
    return _csv_line(
        [_str(payload, "identifier"), _str(payload, "providerId"), _str(payload, "channel"), deleted_on]
    )


# --------------------------------------------------------------------------------------------
# the suite


def _child(field: str, value: str, operator: str, on: str = "payload") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


LOGISTICS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="logistics_admin_row_requires_record_id",
        bug="assumes every item carries `_id`, which is optional",
        buggy=admin_row_buggy,
        fixed=admin_row_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="logistics_status_rule_summary_first_condition",
        bug="assumes `conditions` is present and non-empty",
        buggy=status_rule_summary_buggy,
        fixed=status_rule_summary_fixed,
        raises=(KeyError, IndexError),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="logistics_status_queue_per_channel",
        bug="assumes the channel is one of sms/email/push, forgetting in_app and chat",
        buggy=status_queue_buggy,
        fixed=status_queue_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Qm3xT9",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="logistics_window_rule_sql_operator",
        bug="assumes condition operators are only comparisons and IN/NOT_IN, not BETWEEN/LIKE/ANY_IN...",
        buggy=window_rule_sql_buggy,
        fixed=window_rule_sql_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [_child("deliveryWindow.start", "08:00,12:00", "BETWEEN")],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="logistics_default_carrier_primary_inactive",
        bug="assumes a primary integration is always active",
        buggy=default_carrier_buggy,
        fixed=default_carrier_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="logistics_ops_deleted_badge_timestamp",
        bug="assumes `deleted: true` always comes with `deletedAt`",
        buggy=ops_deleted_badge_buggy,
        fixed=ops_deleted_badge_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="logistics_window_template_field_scope",
        bug="assumes every condition child's `field` is a dotted `scope.path`",
        buggy=window_template_vars_buggy,
        fixed=window_template_vars_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": True,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [_child("deliveryWindow", "evening", "EQUAL")],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="logistics_sms_sender_country_from_number",
        bug="assumes the SMS `from` is a phone number, not an alphanumeric sender id",
        buggy=sms_sender_country_buggy,
        fixed=sms_sender_country_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "MessageBird",
                "identifier": "message-bird-Lp0w2Ee",
                "providerId": "messagebird",
                "channel": "sms",
                "credentials": {"accessKey": "fake-access-key", "from": "PARCELCO"},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="logistics_sender_domain_allowlist_split",
        bug="assumes the e-mail `from` always contains exactly one `@`",
        buggy=sender_domain_allowed_buggy,
        fixed=sender_domain_allowed_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "dispatch",
                    "senderName": "Parcel Dispatch",
                }
            }
        ),
    ),
    ConsumerCase(
        name="logistics_warehouse_region_three_parts",
        bug="assumes `region` always looks like `eu-west-1` (three dash-separated parts)",
        buggy=warehouse_for_region_buggy,
        fixed=warehouse_for_region_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SparkPost",
                "identifier": "spark-post-a1B2c3D",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "region": "eu",
                    "from": "tracking@parcels.example",
                    "senderName": "Parcel Tracking",
                },
            }
        ),
    ),
    ConsumerCase(
        name="logistics_carrier_webhook_host",
        bug="assumes `webhookUrl` is an absolute URL with a host",
        buggy=webhook_host_buggy,
        fixed=webhook_host_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zx81Kq",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {"webhookUrl": "/hooks/carrier-events", "secretKey": "fake-secret"},
            }
        ),
    ),
    ConsumerCase(
        name="logistics_label_header_byte_cut",
        bug="assumes cutting the UTF-8 bytes of `name` at a fixed length leaves valid UTF-8",
        buggy=header_label_buggy,
        fixed=header_label_fixed,
        raises=(UnicodeDecodeError,),
        example=_example({"name": "Доставка уведомления водителям"}),
    ),
    ConsumerCase(
        name="logistics_route_cache_key_env_hex",
        bug="assumes `_environmentId` is always a hexadecimal ObjectId",
        buggy=route_cache_key_buggy,
        fixed=route_cache_key_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-prod-eu"}),
    ),
    ConsumerCase(
        name="logistics_relay_endpoint_port_number",
        bug="assumes the string `port` always holds a decimal number",
        buggy=relay_endpoint_buggy,
        fixed=relay_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Hy6tR2",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {"host": "sms-gw.depot.example", "port": "smpp", "from": "+447700900123"},
            }
        ),
    ),
    ConsumerCase(
        name="logistics_driver_push_fcm_project",
        bug="assumes the FCM `serviceAccount` string is a JSON document with `project_id`",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Tq9",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.9f86d081884c7d65:9a0364b9e99bb480dd25e1f0284c8555"},
            }
        ),
    ),
    ConsumerCase(
        name="logistics_inventory_csv_deleted_date",
        bug="assumes `deletedAt`, typed as a plain string, is always ISO-8601",
        buggy=inventory_csv_buggy,
        fixed=inventory_csv_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "deleted": True,
                "active": False,
                "deletedAt": "Tue, 02 Dec 2025 04:38:00 GMT",
                "deletedBy": "ops-bot",
            }
        ),
    ),
]
"""The logistics suite: sixteen consumers, one bug each."""
