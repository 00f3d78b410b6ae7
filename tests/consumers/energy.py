"""Sixteen energy-utility consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (``CONTRACT.md``, the SDK seed document, the server
semantics notes and ``providers.json``), without looking at any data generator, so that the
suite measures how well a generator finds bugs it was never tuned for.

The consumers are what an electricity utility's teams write against one integration payload:
outage alerts to customers by SMS and push, smart-meter notifications, field-crew paging via
chat and webhooks, regulatory notices by e-mail, and the integration inventory the network
operations centre (NOC) keeps. Each ``buggy`` version works on ``HAPPY_PATH`` and raises on its
``example`` (a contract-valid payload); each ``fixed`` control must never raise on any payload
the contract allows.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object (tolerant reader)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> Iterator[dict[str, Any]]:
    """The condition objects of a payload; none when ``conditions`` is absent."""
    conditions = payload.get("conditions")
    if isinstance(conditions, list):
        yield from (condition for condition in conditions if isinstance(condition, dict))


def _children(condition: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The field-filter parts of one condition."""
    children = condition.get("children")
    if isinstance(children, list):
        yield from (child for child in children if isinstance(child, dict))


# 1. Routing: every channel of the enum, including ``in_app``.

_QUEUES_BUGGY = {
    "sms": "outage-alerts-sms",
    "push": "outage-alerts-push",
    "email": "regulatory-notices",
    "chat": "crew-paging",
}
_QUEUES = {**_QUEUES_BUGGY, "in_app": "customer-portal-inbox"}


def route_queue_buggy(payload: Payload) -> str:
    """Pick the dispatch queue for an integration's channel."""
    return _QUEUES_BUGGY[payload["channel"]]


def route_queue_fixed(payload: Payload) -> str:
    """Pick the dispatch queue; every ``Channel`` value is mapped, anything else goes to the NOC."""
    channel = payload.get("channel")
    return _QUEUES.get(channel, "noc-unrouted") if isinstance(channel, str) else "noc-unrouted"


# 2. Outage rule summary: ``conditions`` is optional.


def outage_rule_summary_buggy(payload: Payload) -> str:
    """One line describing the outage-alert targeting rules of an integration."""
    parts = [f"{c['value']}({len(c['children'])})" for c in payload["conditions"]]
    return " ".join(parts) or "all customers"


def outage_rule_summary_fixed(payload: Payload) -> str:
    """As the buggy version, treating an absent ``conditions`` as no rules."""
    parts = [f"{c.get('value')}({sum(1 for _ in _children(c))})" for c in _conditions(payload)]
    return " ".join(parts) or "all customers"


# 3. Crew-filter SQL rendering: every ``Operator`` value.

_SQL_OPS_BUGGY = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}
_SQL_OPS = {
    **_SQL_OPS_BUGGY,
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
}


def _sql_literal(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def crew_filter_sql_buggy(payload: Payload) -> list[str]:
    """Render the integration's conditions as WHERE clauses for the crew-roster database."""
    clauses = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            op = _SQL_OPS_BUGGY[child["operator"]]
            clauses.append(f"{child['on']}.{child['field']} {op} {_sql_literal(child['value'])}")
    return clauses


def crew_filter_sql_fixed(payload: Payload) -> list[str]:
    """As the buggy version, with every operator mapped (unknown ones are skipped)."""
    clauses = []
    for condition in _conditions(payload):
        for child in _children(condition):
            op = _SQL_OPS.get(str(child.get("operator")))
            if op is not None:
                clauses.append(
                    f"{child.get('on')}.{child.get('field')} {op} {_sql_literal(child.get('value'))}"
                )
    return clauses


# 4. Smart-meter opt-in filter: BOOLEAN condition values are free strings.

_BOOL_WORDS = {
    "true": True,
    "1": True,
    "yes": True,
    "y": True,
    "on": True,
    "false": False,
    "0": False,
    "no": False,
    "n": False,
    "off": False,
}


def meter_optin_flags_buggy(payload: Payload) -> dict[str, bool]:
    """Smart-meter notification opt-in flags tested by BOOLEAN conditions, by field."""
    flags = {}
    for condition in payload.get("conditions", []):
        if condition["type"] == "BOOLEAN":
            for child in condition["children"]:
                flags[child["field"]] = {"true": True, "false": False}[child["value"].lower()]
    return flags


def meter_optin_flags_fixed(payload: Payload) -> dict[str, bool]:
    """As the buggy version; values that are not a recognisable boolean word are skipped."""
    flags = {}
    for condition in _conditions(payload):
        if condition.get("type") == "BOOLEAN":
            for child in _children(condition):
                word = _text(child, "value")
                field = _text(child, "field")
                flag = _BOOL_WORDS.get(word.strip().lower()) if word is not None else None
                if field is not None and flag is not None:
                    flags[field] = flag
    return flags


# 5. Failover roster: ``primary`` does not imply ``active``.


def failover_role_buggy(payload: Payload) -> str:
    """The failover role of an integration in the outage-alert roster."""
    if payload["primary"] and not payload["active"]:
        raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
    if payload["primary"]:
        return "primary"
    return "standby" if payload["active"] else "disabled"


def failover_role_fixed(payload: Payload) -> str:
    """As the buggy version; an inactive primary is a legal state, reported as such."""
    primary = payload.get("primary") is True
    active = payload.get("active") is True
    if primary:
        return "primary" if active else "primary-inactive"
    return "standby" if active else "disabled"


# 6. Regulatory retention: ``deletedAt`` is a plain string, not one fixed timestamp format.


def retention_deleted_on_buggy(payload: Payload) -> str | None:
    """The deletion date recorded in the regulatory retention register."""
    if "deletedAt" not in payload:
        return None
    deleted = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
    return deleted.date().isoformat()


def retention_deleted_on_fixed(payload: Payload) -> str | None:
    """As the buggy version, accepting any ISO-8601 form and returning ``None`` for other text."""
    raw = _text(payload, "deletedAt")
    if raw is None:
        return None
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        deleted = datetime.fromisoformat(text)
    except (ValueError, OverflowError):
        return None
    return deleted.date().isoformat()


# 7. Push sender tag: byte truncation of a Unicode name.

_TAG_BYTES = 16


def push_sender_tag_buggy(payload: Payload) -> str:
    """The sender tag on outage push notifications: the name cut to 16 UTF-8 bytes."""
    name: str = payload["name"]
    return name.encode("utf-8")[:_TAG_BYTES].decode("utf-8")


def push_sender_tag_fixed(payload: Payload) -> str:
    """As the buggy version, never cutting a character in half."""
    name = _text(payload, "name") or ""
    return name.encode("utf-8", "replace")[:_TAG_BYTES].decode("utf-8", "ignore")


# 8. Cache key: ``identifier`` is any string, not always ``<slug>-<short id>``.


def cache_key_buggy(payload: Payload) -> str:
    """The Redis key under which the NOC caches an integration's health."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"energy:integration:{slug or '_'}:{short_id}"


def cache_key_fixed(payload: Payload) -> str:
    """As the buggy version; an identifier without a dash is used whole."""
    identifier = _text(payload, "identifier") or ""
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        slug, short_id = identifier, ""
    return f"energy:integration:{slug or '_'}:{short_id}"


# 9. Regulatory notice sender: ``from`` need not be an e-mail address.


def notice_sender_domain_buggy(payload: Payload) -> str | None:
    """The domain regulatory e-mail notices are sent from (checked against the SPF record)."""
    sender = payload["credentials"].get("from")
    if payload["channel"] != "email" or not sender:
        return None
    return str(sender.split("@")[1].lower())


def notice_sender_domain_fixed(payload: Payload) -> str | None:
    """As the buggy version; a ``from`` without ``@`` has no domain."""
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "email" or not sender:
        return None
    _, at, domain = sender.rpartition("@")
    return domain.lower() if at and domain else None


# 10. Outage SMS sender: ``from`` may be an alphanumeric sender id, not a phone number.


def outage_sms_sender_buggy(payload: Payload) -> str | None:
    """The E.164 number outage SMS are sent from, for the customer FAQ page."""
    sender = payload["credentials"].get("from")
    if payload["channel"] != "sms" or not sender:
        return None
    return f"+{int(sender.replace(' ', '').lstrip('+'))}"


def outage_sms_sender_fixed(payload: Payload) -> str | None:
    """As the buggy version; an alphanumeric sender id is returned as it is."""
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "sms" or not sender:
        return None
    digits = sender.replace(" ", "").lstrip("+")
    if digits.isascii() and digits.isdigit():
        return "+" + (digits.lstrip("0") or "0")
    return sender


# 11. Smart-meter SMTP relay: ``port`` is a string, not necessarily a number.


def smtp_relay_endpoint_buggy(payload: Payload) -> str | None:
    """``host:port`` of a custom SMTP relay used for meter-reading e-mails."""
    credentials = payload["credentials"]
    if "host" not in credentials:
        return None
    port = int(credentials.get("port", "25"))
    return f"{credentials['host']}:{port}"


def smtp_relay_endpoint_fixed(payload: Payload) -> str | None:
    """As the buggy version; a port that is not a number in 1..65535 falls back to 25."""
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if host is None:
        return None
    raw = (_text(credentials, "port") or "").strip()
    port = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 5 else 25
    return f"{host}:{port if 1 <= port <= 65535 else 25}"


# 12. Crew paging webhook: ``webhookUrl`` need not be an absolute URL.


def crew_webhook_host_buggy(payload: Payload) -> str | None:
    """The host field-crew pages are posted to, for the firewall allow-list."""
    url = payload["credentials"].get("webhookUrl")
    if not url:
        return None
    host = urlsplit(url).hostname
    return str(host.lower())


def crew_webhook_host_fixed(payload: Payload) -> str | None:
    """As the buggy version; a relative or malformed URL has no host."""
    url = _text(_creds(payload), "webhookUrl")
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


# 13. NOC inventory: ``_id`` is a string, not necessarily an ObjectId.


def install_date_buggy(payload: Payload) -> str | None:
    """The date an integration was created, read from the timestamp in its ObjectId."""
    oid = payload.get("_id")
    if oid is None:
        return None
    created = datetime.fromtimestamp(int(oid[:8], 16), tz=UTC)
    return created.date().isoformat()


def install_date_fixed(payload: Payload) -> str | None:
    """As the buggy version; an id that is not a 24-hex ObjectId has no date."""
    oid = _text(payload, "_id")
    if oid is None or not _OBJECT_ID.fullmatch(oid):
        return None
    created = datetime.fromtimestamp(int(oid[:8], 16), tz=UTC)
    return created.date().isoformat()


# 14. SMTP TLS settings: ``tlsOptions`` is free-form JSON, values may be null or non-strings.


def smtp_tls_ciphers_buggy(payload: Payload) -> list[str]:
    """The cipher list rendered into the meter-mail relay's TLS config."""
    tls = payload["credentials"].get("tlsOptions", {})
    ciphers: str = tls.get("ciphers", "HIGH:!aNULL")
    return ciphers.split(":")


def smtp_tls_ciphers_fixed(payload: Payload) -> list[str]:
    """As the buggy version; a missing, null or non-string ``ciphers`` uses the default."""
    tls = _creds(payload).get("tlsOptions")
    ciphers = _text(tls, "ciphers") if isinstance(tls, dict) else None
    return (ciphers if ciphers is not None else "HIGH:!aNULL").split(":")


# 15. Twilio (provider-specific): a configured-later integration may lack ``accountSid``.


def twilio_messages_url_buggy(payload: Payload) -> str | None:
    """The Twilio Messages endpoint the outage-SMS reconciler polls."""
    if payload["providerId"] != "twilio":
        return None
    sid = payload["credentials"]["accountSid"]
    return f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"


def twilio_messages_url_fixed(payload: Payload) -> str | None:
    """As the buggy version; without an ``accountSid`` there is nothing to poll."""
    if payload.get("providerId") != "twilio":
        return None
    sid = _text(_creds(payload), "accountSid")
    return f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json" if sid else None


# 16. Amazon SES (provider-specific): regions do not always have three dash-separated parts.


def ses_data_residency_buggy(payload: Payload) -> str | None:
    """The jurisdiction regulatory e-mails sent through SES are processed in."""
    if payload["providerId"] != "ses":
        return None
    geo, _area, _number = payload["credentials"].get("region", "us-east-1").split("-")
    return "EU" if geo == "eu" else geo.upper()


def ses_data_residency_fixed(payload: Payload) -> str | None:
    """As the buggy version; the jurisdiction is the text before the first dash."""
    if payload.get("providerId") != "ses":
        return None
    region = _text(_creds(payload), "region")
    geo = (region if region is not None else "us-east-1").split("-", 1)[0]
    return "EU" if geo == "eu" else geo.upper()


_SES = {
    "name": "SES",
    "identifier": "ses-Rg7uQ2pL",
    "providerId": "ses",
    "channel": "email",
    "primary": False,
    "credentials": {
        "apiKey": "AKIAFAKEKEY000000001",
        "secretKey": "fake-secret-0001",
        "region": "us-gov-west-1",
        "from": "notices@grid.example",
        "senderName": "Grid Regulatory Office",
    },
}

ENERGY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="energy_channel_queue_router",
        bug="maps only sms/push/email/chat to queues and forgets the in_app channel",
        buggy=route_queue_buggy,
        fixed=route_queue_fixed,
        raises=(KeyError,),
        example=_payload(
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
        name="energy_outage_rule_summary",
        bug="assumes the optional conditions key is always present",
        buggy=outage_rule_summary_buggy,
        fixed=outage_rule_summary_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="energy_crew_filter_sql_operators",
        bug="renders only ten of the fourteen Operator values (no BETWEEN, NOT_BETWEEN, ALL_IN, ANY_IN)",
        buggy=crew_filter_sql_buggy,
        fixed=crew_filter_sql_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "crew.shiftHour",
                                "value": "6,18",
                                "operator": "NOT_BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="energy_meter_optin_boolean_condition",
        bug="assumes a BOOLEAN condition's value is the word true or false",
        buggy=meter_optin_flags_buggy,
        fixed=meter_optin_flags_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "BOOLEAN",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.smartMeterOptIn",
                                "value": "1",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="energy_failover_inactive_primary",
        bug="treats primary: true with active: false as impossible",
        buggy=failover_role_buggy,
        fixed=failover_role_fixed,
        raises=(ValueError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="energy_retention_deleted_at_format",
        bug="parses deletedAt with one exact timestamp format (milliseconds and Z)",
        buggy=retention_deleted_on_buggy,
        fixed=retention_deleted_on_fixed,
        raises=(ValueError,),
        example=_payload(
            {"deleted": True, "deletedAt": "2025-03-14T09:26:53Z", "active": False, "primary": False}
        ),
    ),
    ConsumerCase(
        name="energy_push_sender_tag_bytes",
        bug="assumes name survives a strict UTF-8 round trip when cut at a fixed byte length",
        buggy=push_sender_tag_buggy,
        fixed=push_sender_tag_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {
                "name": "Outage Alerts \u2013 S\u00fcd",
                "identifier": "outage-alerts-sud-K2mP9x",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "{}"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="energy_cache_key_identifier_shape",
        bug="assumes identifier always has the <slug>-<short id> shape with a dash",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "regnotices"}),
    ),
    ConsumerCase(
        name="energy_notice_sender_domain",
        bug="assumes an e-mail integration's credentials.from always contains an @",
        buggy=notice_sender_domain_buggy,
        fixed=notice_sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "Regulatory Affairs",
                    "senderName": "Grid Regulatory Office",
                }
            }
        ),
    ),
    ConsumerCase(
        name="energy_outage_sms_sender_number",
        bug="assumes an sms integration's credentials.from is a phone number, not an alphanumeric sender id",
        buggy=outage_sms_sender_buggy,
        fixed=outage_sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Termii",
                "identifier": "termii-Ab3dE5f",
                "providerId": "termii",
                "channel": "sms",
                "credentials": {"apiKey": "fake-api-key-0003", "from": "GRIDCO"},
            }
        ),
    ),
    ConsumerCase(
        name="energy_smtp_relay_port_string",
        bug="assumes credentials.port is always a decimal number",
        buggy=smtp_relay_endpoint_buggy,
        fixed=smtp_relay_endpoint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zz81Lk",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.meters.grid.example",
                    "port": "submission",
                    "from": "meter-readings@grid.example",
                    "senderName": "Smart Meter Service",
                },
            }
        ),
    ),
    ConsumerCase(
        name="energy_crew_webhook_host",
        bug="assumes credentials.webhookUrl is a well-formed absolute URL with a host",
        buggy=crew_webhook_host_buggy,
        fixed=crew_webhook_host_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Cr3wPg",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {"webhookUrl": "/hooks/crew-paging", "secretKey": "fake-secret-0004"},
            }
        ),
    ),
    ConsumerCase(
        name="energy_noc_install_date_objectid",
        bug="assumes _id is a hex MongoDB ObjectId whose first 8 digits are a timestamp",
        buggy=install_date_buggy,
        fixed=install_date_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "int-outage-sms-01"}),
    ),
    ConsumerCase(
        name="energy_smtp_tls_ciphers_null",
        bug="assumes tlsOptions.ciphers, when present, is a string (free-form JSON allows null)",
        buggy=smtp_tls_ciphers_buggy,
        fixed=smtp_tls_ciphers_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Tl5Opt",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.meters.grid.example",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {"ciphers": None, "rejectUnauthorized": False},
                    "from": "meter-readings@grid.example",
                    "senderName": "Smart Meter Service",
                },
            }
        ),
    ),
    ConsumerCase(
        name="energy_twilio_missing_account_sid",
        bug="assumes a twilio integration's credentials always carry accountSid",
        buggy=twilio_messages_url_buggy,
        fixed=twilio_messages_url_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Ou7aGe",
                "providerId": "twilio",
                "channel": "sms",
                "active": False,
                "primary": False,
                "credentials": {"from": "+15005550006"},
            }
        ),
    ),
    ConsumerCase(
        name="energy_ses_region_residency",
        bug="assumes an SES region always splits into exactly three dash-separated parts",
        buggy=ses_data_residency_buggy,
        fixed=ses_data_residency_fixed,
        raises=(ValueError,),
        example=_payload(_SES),
    ),
]
"""The sixteen energy-utility consumer cases."""
