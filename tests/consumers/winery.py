"""Sixteen consumers of ``GET /v1/integrations`` items from a wine importer and online wine shop.

This suite was written from the contract documents alone (CONTRACT.md, the IntegrationResponseDto seed,
SERVER-SEMANTICS.md and providers.json), apart from and without looking at the payload generator: each
case is a realistic service function of the company (dispatchers, exporters, config loaders, compliance
and retention jobs, indexers) with one plausible wrong assumption about a value the contract allows, a
fixed control that does the same job and never raises on a contract-valid payload, and a minimal
contract-valid payload (a deep copy of ``HAPPY_PATH`` with a few changes) that makes the buggy one crash.
"""

from __future__ import annotations

import copy
import enum
import json
import re
import struct
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """A deep copy of ``HAPPY_PATH``: top-level keys replaced/added, credentials replaced, keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, tolerantly (``{}`` when it is absent or not an object)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _children(payload: Payload) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(condition, child)`` pairs of the payload's conditions, skipping anything that is not an object."""
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return pairs
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        pairs.extend((condition, child) for child in children if isinstance(child, dict))
    return pairs


def _str(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


# 1. _environmentId: the org-wide list ------------------------------------------------------------

_ENVIRONMENTS = {
    "6615a3c2f1e2d3c4b5a69701": "production",
    "6615a3c2f1e2d3c4b5a69703": "staging",
}


def env_label_buggy(payload: Payload) -> str:
    """Ops-dashboard config loader: label each integration with the shop's environment it lives in."""
    environment: str = _ENVIRONMENTS[payload["_environmentId"]]
    return f"{environment}/{payload['providerId']}"


def env_label_fixed(payload: Payload) -> str:
    env_id = _str(payload.get("_environmentId"))
    environment = _ENVIRONMENTS.get(env_id, f"other-env:{env_id}")
    return f"{environment}/{_str(payload.get('providerId'))}"


# 2. name inside a format template ----------------------------------------------------------------


def cellar_alert_buggy(payload: Payload) -> str:
    """Cellar-ops alert formatter: one chat line per integration state change."""
    state = "live" if payload["active"] else "paused"
    template: str = "[cellar-ops] " + payload["name"] + " ({channel}) is {state}"
    return template.format(channel=payload["channel"], state=state)


def cellar_alert_fixed(payload: Payload) -> str:
    state = "live" if payload.get("active") else "paused"
    return "[cellar-ops] {name} ({channel}) is {state}".format(
        name=_str(payload.get("name")), channel=_str(payload.get("channel")), state=state
    )


# 3. identifier's shortid suffix ------------------------------------------------------------------

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def order_queue_shard_buggy(payload: Payload) -> int:
    """Order-notification worker pool: shard integrations over 16 queues by their identifier's random id."""
    suffix = payload["identifier"].rsplit("-", 1)[-1]
    number = 0
    for char in suffix:
        number = number * 62 + _BASE62.index(char)
    return number % 16


def order_queue_shard_fixed(payload: Payload) -> int:
    identifier = _str(payload.get("identifier"))
    return zlib.crc32(identifier.encode("utf-8", "surrogatepass")) % 16


# 4. providerId in a metric name ------------------------------------------------------------------

_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")


def _register_counter(name: str, labels: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """What a Prometheus client does on registration: metric names are validated, label values are free."""
    if not _METRIC_NAME.fullmatch(name):
        raise ValueError(f"Invalid metric name: {name!r}")
    return name, dict(labels)


def sent_counter_buggy(payload: Payload) -> tuple[str, dict[str, str]]:
    """Shop metrics: a 'notifications sent' counter per provider."""
    name = f"winery_notify_{payload['providerId']}_sent_total"
    return _register_counter(name, {"channel": payload["channel"]})


def sent_counter_fixed(payload: Payload) -> tuple[str, dict[str, str]]:
    labels = {"provider": _str(payload.get("providerId")), "channel": _str(payload.get("channel"))}
    return _register_counter("winery_notify_sent_total", labels)


# 5. channel mapped onto the CRM's enum -----------------------------------------------------------


class CrmChannel(enum.Enum):
    """The wine club CRM's contact-channel enum."""

    EMAIL = "EMAIL"
    SMS = "SMS"
    PUSH = "PUSH"
    CHAT = "CHAT"
    INAPP = "INAPP"


_CRM_CHANNELS = {
    "email": CrmChannel.EMAIL,
    "sms": CrmChannel.SMS,
    "push": CrmChannel.PUSH,
    "chat": CrmChannel.CHAT,
    "in_app": CrmChannel.INAPP,
}


def crm_channel_buggy(payload: Payload) -> str:
    """CRM sync: record which contact channels the shop can reach wine-club members on."""
    return CrmChannel(payload["channel"].upper()).value


def crm_channel_fixed(payload: Payload) -> str:
    channel = _CRM_CHANNELS.get(_str(payload.get("channel")))
    return channel.value if channel is not None else "UNKNOWN"


# 6. primary and active together ------------------------------------------------------------------


def order_mail_route_buggy(payload: Payload) -> dict[str, str] | None:
    """Order-confirmation dispatcher: the primary email integration is the route for receipts."""
    if payload["channel"] != "email" or not payload["primary"]:
        return None
    assert payload["active"], "the primary integration is always active"
    return {"route": payload["identifier"], "provider": payload["providerId"]}


def order_mail_route_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "email" or not payload.get("primary") or not payload.get("active"):
        return None
    return {"route": _str(payload.get("identifier")), "provider": _str(payload.get("providerId"))}


# 7. fcm serviceAccount (JSON in a string) --------------------------------------------------------


def push_project_buggy(payload: Payload) -> str | None:
    """Push-certificate monitor: which Firebase project the shop's mobile app pushes through."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"]["serviceAccount"])
    return str(account["project_id"])


def push_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    if not isinstance(raw, str):
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # e.g. the encrypted ``nvsk.<iv>:<cipher>`` form of write replies
    project = account.get("project_id") if isinstance(account, dict) else None
    return project if isinstance(project, str) else None


# 8. SES/SNS region -------------------------------------------------------------------------------


def residency_buggy(payload: Payload) -> str | None:
    """GDPR data-residency report: the geography of the AWS region EU customers' messages go through."""
    if payload["providerId"] not in ("ses", "sns"):
        return None
    geography, _area, _number = payload["credentials"]["region"].split("-")
    return str(geography).upper()


def residency_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") not in ("ses", "sns"):
        return None
    region = _creds(payload).get("region")
    if not isinstance(region, str) or not region.strip():
        return None
    return region.strip().split("-", 1)[0].upper()


# 9. mailgun baseUrl ------------------------------------------------------------------------------


def egress_allowlist_buggy(payload: Payload) -> str | None:
    """Firewall egress allow-list for the shop's outbound mail relays (Mailgun EU or US)."""
    if payload["providerId"] != "mailgun":
        return None
    base_url = payload["credentials"].get("baseUrl") or "https://api.mailgun.net"
    host = cast(str, urlsplit(base_url).hostname)
    return host.lower() + ":443"


def egress_allowlist_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "mailgun":
        return None
    base_url = _str(_creds(payload).get("baseUrl")).strip() or "https://api.mailgun.net"
    if "://" not in base_url:
        base_url = "https://" + base_url.lstrip("/")
    try:
        host = urlsplit(base_url).hostname
    except ValueError:
        return None
    return f"{host}:443" if host else None


# 10. senderName in the legacy ERP ----------------------------------------------------------------

_ERP_TRANSLITERATION = str.maketrans(
    {
        "Œ": "OE",
        "œ": "oe",
        "€": "EUR",
        "Š": "S",
        "š": "s",
        "Ž": "Z",
        "ž": "z",
        "Ÿ": "Y",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)


def erp_sender_buggy(payload: Payload) -> bytes | None:
    """Nightly export to the importer's legacy ERP: a 40-byte ISO-8859-1 sender field per mail account."""
    if payload["channel"] != "email":
        return None
    sender: str = payload["credentials"].get("senderName", "")
    return sender.encode("latin-1").ljust(40)[:40]


def erp_sender_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    sender = _str(_creds(payload).get("senderName")).translate(_ERP_TRANSLITERATION)
    return sender.encode("latin-1", "replace").ljust(40)[:40]


# 11. nodemailer tlsOptions -----------------------------------------------------------------------


def smtp_relay_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Config loader for the warehouse's SMTP relay (Custom SMTP integration): host, port and CA bundle."""
    if payload["providerId"] != "nodemailer":
        return None
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions") or {}
    ca = tls.get("ca")
    return {
        "host": credentials.get("host"),
        "port": credentials.get("port"),
        "ca_pem": ca.encode("ascii") if ca else None,
    }


def smtp_relay_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _creds(payload)
    tls = credentials.get("tlsOptions")
    ca = tls.get("ca") if isinstance(tls, dict) else None
    if isinstance(ca, str):
        pems = [ca]
    else:
        pems = [c for c in ca if isinstance(c, str)] if isinstance(ca, list) else []
    bundle = "\n".join(p for p in pems if p).encode("utf-8", "surrogatepass")
    return {"host": credentials.get("host"), "port": credentials.get("port"), "ca_pem": bundle or None}


# 12. BETWEEN condition value ---------------------------------------------------------------------

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def age_gate_buggy(payload: Payload) -> list[tuple[str, float, float]]:
    """Compliance report: the legal-drinking-age ranges (``BETWEEN lo,hi``) gating each integration."""
    gates: list[tuple[str, float, float]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = (float(bound) for bound in child["value"].split(","))
                gates.append((child["field"], low, high))
    return gates


def age_gate_fixed(payload: Payload) -> list[tuple[str, float, float]]:
    gates: list[tuple[str, float, float]] = []
    for _condition, child in _children(payload):
        if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        bounds = _NUMBER.findall(_str(child.get("value")))
        if len(bounds) == 2:
            gates.append((_str(child.get("field")), float(bounds[0]), float(bounds[1])))
    return gates


# 13. isNegated with the operator -----------------------------------------------------------------

_INVERSE = {
    "EQUAL": "NOT_EQUAL",
    "NOT_EQUAL": "EQUAL",
    "LARGER": "SMALLER_EQUAL",
    "SMALLER_EQUAL": "LARGER",
    "SMALLER": "LARGER_EQUAL",
    "LARGER_EQUAL": "SMALLER",
    "IN": "NOT_IN",
    "NOT_IN": "IN",
    "LIKE": "NOT_LIKE",
    "NOT_LIKE": "LIKE",
    "BETWEEN": "NOT_BETWEEN",
    "NOT_BETWEEN": "BETWEEN",
}


def rule_index_buggy(payload: Payload) -> list[str]:
    """Search indexer: flatten conditions into positive rules; a negated group inverts each operator."""
    rules: list[str] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            operator = child["operator"]
            if condition["isNegated"]:
                operator = _INVERSE[operator]
            rules.append(f"{child['on']}:{child['field']} {operator} {child['value']}")
    return rules


def rule_index_fixed(payload: Payload) -> list[str]:
    rules: list[str] = []
    for condition, child in _children(payload):
        operator = _str(child.get("operator"))
        if condition.get("isNegated"):
            operator = _INVERSE.get(operator, f"NOT({operator})")
        field, value = _str(child.get("field")), _str(child.get("value"))
        rules.append(f"{_str(child.get('on'))}:{field} {operator} {value}")
    return rules


# 14. deleted with deletedAt ----------------------------------------------------------------------


def retention_purge_buggy(payload: Payload) -> bool:
    """GDPR retention job: wipe a soft-deleted integration's stored credentials 30 days after deletion."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    return (datetime.now(UTC) - deleted_at).days >= 30


def retention_purge_fixed(payload: Payload) -> bool:
    deleted_at_text = payload.get("deletedAt")
    if not payload.get("deleted") or not isinstance(deleted_at_text, str):
        return False
    try:
        deleted_at = datetime.fromisoformat(deleted_at_text.strip())
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return (datetime.now(UTC) - deleted_at).days >= 30
    except (ValueError, OverflowError):
        return False


# 15. the extra ``priority`` key ------------------------------------------------------------------


def routing_record_buggy(payload: Payload) -> str:
    """Edge-cache routing table: one fixed-width binary record (uint8 priority, active, primary) each."""
    priority = payload.get("priority", 0)
    return struct.pack(">B??", priority, payload["active"], payload["primary"]).hex()


def routing_record_fixed(payload: Payload) -> str:
    priority = payload.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        priority = 0
    priority = min(max(priority, 0), 255)
    return struct.pack(">B??", priority, bool(payload.get("active")), bool(payload.get("primary"))).hex()


# 16. hmac on the Inbox ---------------------------------------------------------------------------


def widget_signing_buggy(payload: Payload) -> dict[str, str] | None:
    """Storefront config loader: which key signs subscriber ids for HMAC-enabled integrations."""
    credentials = payload["credentials"]
    if not credentials.get("hmac"):
        return None
    secret: str = credentials["secretKey"]
    return {"key_source": "integration", "key_hint": "…" + secret[-4:]}


def widget_signing_fixed(payload: Payload) -> dict[str, str] | None:
    credentials = _creds(payload)
    if not credentials.get("hmac"):
        return None
    secret = credentials.get("secretKey")
    if not isinstance(secret, str) or not secret:
        return {"key_source": "environment-api-key", "key_hint": ""}
    return {"key_source": "integration", "key_hint": "…" + secret[-4:]}


# The cases ---------------------------------------------------------------------------------------

_SENDGRID = {"apiKey": "fake-api-key-0001", "from": "no-reply@example.com", "senderName": "Example Inc"}
_NO_PRIMARY = {"primary": False}
_PEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n"

WINERY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="winery_env_label_config",
        bug="every listed integration is in one of the shop's known environments (GET spans the whole org)",
        buggy=env_label_buggy,
        fixed=env_label_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="winery_cellar_alert_template",
        bug="the integration name can be pasted into a str.format template (it has no braces)",
        buggy=cellar_alert_buggy,
        fixed=cellar_alert_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_example({"name": "Allocations {EU}"}),
    ),
    ConsumerCase(
        name="winery_order_queue_shard",
        bug="the identifier's shortid suffix is pure base62 (shortid also uses '_' and '-')",
        buggy=order_queue_shard_buggy,
        fixed=order_queue_shard_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "sendgrid-x8Kd_bQ1"}),
    ),
    ConsumerCase(
        name="winery_sent_counter_metric",
        bug="providerId is a valid Prometheus metric-name fragment (many ids contain '-')",
        buggy=sent_counter_buggy,
        fixed=sent_counter_fixed,
        raises=(ValueError,),
        example=_example({"providerId": "infobip-email", "name": "Infobip"}),
    ),
    ConsumerCase(
        name="winery_crm_channel_enum",
        bug="channel.upper() matches the CRM's enum spelling ('in_app' gives 'IN_APP', the CRM says 'INAPP')",
        buggy=crm_channel_buggy,
        fixed=crm_channel_fixed,
        raises=(ValueError,),
        example=_example(
            {"channel": "in_app", "providerId": "novu", "name": "Novu Inbox", **_NO_PRIMARY}, credentials={}
        ),
    ),
    ConsumerCase(
        name="winery_order_mail_inactive_primary",
        bug="a primary integration is always active (primary: true with active: false is valid)",
        buggy=order_mail_route_buggy,
        fixed=order_mail_route_fixed,
        raises=(AssertionError,),
        example=_example({"active": False}),
    ),
    ConsumerCase(
        name="winery_fcm_project_monitor",
        bug="fcm serviceAccount is always plain JSON (write replies carry the encrypted nvsk.<iv>:<hex>)",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(json.JSONDecodeError,),
        example=_example(
            {"providerId": "fcm", "channel": "push", "name": "Firebase Cloud Messaging", **_NO_PRIMARY},
            credentials={
                "serviceAccount": "nvsk.5f0c3a9e1b2d4c6e8f0a1b2c3d4e5f60:9a8b7c6d5e4f30211f2e3d4c5b6a7988"
            },
        ),
    ),
    ConsumerCase(
        name="winery_ses_region_residency",
        bug="an AWS region always has exactly three dash-separated parts (us-gov-west-1 has four)",
        buggy=residency_buggy,
        fixed=residency_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "ses", "name": "SES"},
            credentials={
                "apiKey": "AKIAFAKE0001",
                "secretKey": "fake-secret-0001",
                "region": "us-gov-west-1",
                "from": "orders@example.com",
                "senderName": "Example Wines",
            },
        ),
    ),
    ConsumerCase(
        name="winery_mailgun_egress_host",
        bug="mailgun baseUrl always has a scheme, so urlsplit() finds a host ('api.eu.mailgun.net' has none)",
        buggy=egress_allowlist_buggy,
        fixed=egress_allowlist_fixed,
        raises=(AttributeError,),
        example=_example(
            {"providerId": "mailgun", "name": "Mailgun"},
            credentials={
                "apiKey": "fake-api-key-0001",
                "baseUrl": "api.eu.mailgun.net",
                "user": "api",
                "domain": "mg.example.com",
                "from": "orders@example.com",
                "senderName": "Example Wines",
            },
        ),
    ),
    ConsumerCase(
        name="winery_erp_sender_latin1",
        bug="ISO-8859-1 covers every French sender name ('Œ' and '€' are not in Latin-1)",
        buggy=erp_sender_buggy,
        fixed=erp_sender_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(credentials={**_SENDGRID, "senderName": "Cave Œnothèque"}),
    ),
    ConsumerCase(
        name="winery_smtp_tls_ca_bundle",
        bug="nodemailer tlsOptions.ca is one PEM string (the free-form object may hold a list of PEMs)",
        buggy=smtp_relay_config_buggy,
        fixed=smtp_relay_config_fixed,
        raises=(AttributeError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            credentials={
                "host": "smtp.example.com",
                "port": "587",
                "secure": False,
                "tlsOptions": {"ca": [_PEM], "rejectUnauthorized": True},
                "from": "cellar@example.com",
                "senderName": "Example Wines",
            },
        ),
    ),
    ConsumerCase(
        name="winery_age_gate_between",
        bug="a BETWEEN condition's value is always 'low,high' (it is a free string, e.g. '21-120')",
        buggy=age_gate_buggy,
        fixed=age_gate_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.age",
                                "value": "21-120",
                                "operator": "BETWEEN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="winery_negated_rule_index",
        bug="every operator of a negated condition has an inverse (ANY_IN/ALL_IN have none)",
        buggy=rule_index_buggy,
        fixed=rule_index_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": True,
                        "type": "LIST",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.tags",
                                "value": "sulfite-free",
                                "operator": "ANY_IN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="winery_retention_naive_deleted_at",
        bug="deletedAt of a deleted integration carries a UTC offset (a naive timestamp cannot be compared)",
        buggy=retention_purge_buggy,
        fixed=retention_purge_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "deletedAt": "2024-11-02T10:15:00"}),
    ),
    ConsumerCase(
        name="winery_routing_priority_byte",
        bug="the extra 'priority' key fits in an unsigned byte (it is any JSON number)",
        buggy=routing_record_buggy,
        fixed=routing_record_fixed,
        raises=(struct.error,),
        example=_example({"priority": 300}),
    ),
    ConsumerCase(
        name="winery_widget_hmac_key",
        bug="hmac: true comes with a secretKey (the Novu Inbox uses hmac with the environment's API key)",
        buggy=widget_signing_buggy,
        fixed=widget_signing_fixed,
        raises=(KeyError,),
        example=_example(
            {"channel": "in_app", "providerId": "novu", "name": "Novu Inbox", **_NO_PRIMARY},
            credentials={"hmac": True},
        ),
    ),
]
