"""Sixteen data, reporting and admin consumers of ``GET /v1/integrations`` items (``reporting``).

This suite was written from the contract documentation alone (the field table of
``IntegrationResponseDto``, the contract notes on nested types, enums and wire names, and the
provider list), *without* looking at how the payload generator works, so that it measures how
well the generator finds bugs nobody told it about. It was first measured after the generator's
value models were built; since then it is seen while the generator changes, so it is an in-repo
suite, no longer a held-out one.

Each ``ConsumerCase`` is a piece of service code from an admin panel, an exporter, a data
warehouse loader, an audit log, a dashboard or a compliance report. The *buggy* version carries
one plausible mistake that a reviewer could miss: it works on ``HAPPY_PATH`` and raises on some
payload the contract allows (``example``). The *fixed* version is the same consumer done right:
it must not raise on any contract-valid payload (any string content, any optional key absent,
any enum value, any flag combination, empty lists and objects, unknown extra keys).
"""

from __future__ import annotations

import csv
import html
import io
import ipaddress
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

__all__ = ["REPORTING_BUGS"]


def _text(value: object) -> str | None:
    """``value`` if it is a string, else ``None`` (a tolerant read of an optional string)."""
    return value if isinstance(value, str) else None


def _creds(payload: Payload) -> Mapping[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, Mapping) else {}


def _conditions(payload: Payload) -> list[Mapping[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, Mapping)]


def _children(condition: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, Mapping)]


# 1. HTML e-mail digest: one table row per integration ------------------------------------

_DIGEST_ROW = "<tr><td>{name}</td><td>{provider}</td><td>{status}</td></tr>"


def digest_row_buggy(payload: Payload) -> str:
    # The name is filled in first (it is the only user-typed value), the rest afterwards.
    row = _DIGEST_ROW.replace("{name}", html.escape(payload["name"]))
    return row.format(
        provider=html.escape(payload["providerId"]),
        status="active" if payload["active"] else "inactive",
    )


def digest_row_fixed(payload: Payload) -> str:
    return _DIGEST_ROW.format(
        name=html.escape(payload["name"]),
        provider=html.escape(payload["providerId"]),
        status="active" if payload["active"] else "inactive",
    )


# 2. CSV export for a legacy finance tool that reads ISO-8859-1 ----------------------------


def legacy_csv_buggy(payload: Payload) -> bytes:
    credentials = _credentials(payload)
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            payload["identifier"],
            payload["providerId"],
            payload["channel"],
            credentials.get("senderName", ""),
        ]
    )
    return buffer.getvalue().encode("latin-1")


def legacy_csv_fixed(payload: Payload) -> bytes:
    credentials = _creds(payload)
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            payload["identifier"],
            payload["providerId"],
            payload["channel"],
            _text(credentials.get("senderName")) or "",
        ]
    )
    return buffer.getvalue().encode("latin-1", errors="replace")


# 3. Redshift loader: VARCHAR(64) counts bytes, not characters ------------------------------


class ValueTooLongError(Exception):
    """What the warehouse driver raises: ``value too long for type character varying(64)``."""


_NAME_COLUMN_BYTES = 64


def _redshift_varchar(value: str, limit: int) -> str:
    size = len(value.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        msg = f"value too long for type character varying({limit}): {size} bytes"
        raise ValueTooLongError(msg)
    return value


def warehouse_name_buggy(payload: Payload) -> dict[str, str]:
    name: str = payload["name"][:_NAME_COLUMN_BYTES]
    return {
        "integration_name": _redshift_varchar(name, _NAME_COLUMN_BYTES),
        "provider_id": payload["providerId"],
    }


def _fit_bytes(value: str, limit: int) -> str:
    encoded = value.encode("utf-8", errors="replace")[:limit]
    return encoded.decode("utf-8", errors="ignore")


def warehouse_name_fixed(payload: Payload) -> dict[str, str]:
    return {
        "integration_name": _redshift_varchar(
            _fit_bytes(payload["name"], _NAME_COLUMN_BYTES), _NAME_COLUMN_BYTES
        ),
        "provider_id": payload["providerId"],
    }


# 4. Audit log: redact credential secrets from the change message ---------------------------

_SECRET_KEYS = (
    "apiKey",
    "secretKey",
    "password",
    "token",
    "apiToken",
    "accessKey",
    "serviceAccount",
)


def _audit_message(payload: Payload, credentials: Mapping[str, Any]) -> str:
    pairs = " ".join(f"{key}={value}" for key, value in credentials.items())
    return f"integration {payload['identifier']} ({payload['providerId']}) saved: {pairs}"


def audit_scrub_buggy(payload: Payload) -> str:
    credentials = _credentials(payload)
    message = _audit_message(payload, credentials)
    secrets = [credentials[key] for key in _SECRET_KEYS if credentials.get(key)]
    if secrets:
        message = re.sub("|".join(secrets), "[REDACTED]", message)
    return message


def audit_scrub_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    message = _audit_message(payload, credentials)
    secrets = sorted(
        {s for key in _SECRET_KEYS if (s := _text(credentials.get(key)))},
        key=len,
        reverse=True,
    )
    for secret in secrets:
        message = message.replace(secret, "[REDACTED]")
    return message


# 5. Deliverability report: which sending domains need SPF/DKIM ----------------------------


def sender_domain_buggy(payload: Payload) -> str | None:
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    domain: str = sender.rsplit("@", 1)[1]
    return domain.lower()


def sender_domain_fixed(payload: Payload) -> str | None:
    sender = _text(_creds(payload).get("from"))
    if not sender:
        return None
    _, at, domain = sender.rpartition("@")
    if not at:
        return None
    return domain.strip().lower() or None


# 6. Admin panel: group integrations by the registered domain of their endpoint -------------


def endpoint_domain_buggy(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    url = credentials.get("webhookUrl") or credentials.get("baseUrl")
    if not url:
        return None
    host: str = urlsplit(url).hostname
    return ".".join(host.split(".")[-2:])


def endpoint_domain_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    url = _text(credentials.get("webhookUrl")) or _text(credentials.get("baseUrl"))
    if not url:
        return None
    url = url.strip()
    try:
        host = urlsplit(url).hostname
        if host is None and "://" not in url:
            host = urlsplit("//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return ".".join(host.split(".")[-2:])


# 7. Migration to schema v2, where the SMTP/SMSC port is an integer column ------------------


def migrate_port_buggy(payload: Payload) -> dict[str, object]:
    credentials = _credentials(payload)
    return {
        "identifier": payload["identifier"],
        "host": credentials.get("host"),
        "port": int(credentials["port"]) if "port" in credentials else None,
        "secure": bool(credentials.get("secure", False)),
    }


def _port_number(raw: object) -> int | None:
    text = _text(raw)
    if text is None:
        return None
    text = text.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 5):
        return None
    number = int(text)
    return number if 0 < number < 65536 else None


def migrate_port_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    return {
        "identifier": payload["identifier"],
        "host": _text(credentials.get("host")),
        "port": _port_number(credentials.get("port")),
        "port_raw": _text(credentials.get("port")),
        "secure": credentials.get("secure") is True,
    }


# 8. Network compliance: is the SMTP/SMSC host on a private network? ------------------------


def private_host_buggy(payload: Payload) -> bool | None:
    host = _credentials(payload).get("host")
    if host is None:
        return None
    return ipaddress.ip_address(host).is_private


_PRIVATE_SUFFIXES = (".internal", ".local", ".lan", ".corp", ".home.arpa")


def private_host_fixed(payload: Payload) -> bool | None:
    host = _text(_creds(payload).get("host"))
    if host is None:
        return None
    host = host.strip().rstrip(".").lower()
    if not host:
        return None
    try:
        return ipaddress.ip_address(host).is_private
    except ValueError:
        return host == "localhost" or host.endswith(_PRIVATE_SUFFIXES)


# 9. Dashboard: per-channel counters row ---------------------------------------------------

_DASHBOARD_CHANNELS = ("email", "sms", "push", "chat")


def channel_counts_buggy(payload: Payload) -> dict[str, int]:
    counts = dict.fromkeys(_DASHBOARD_CHANNELS, 0)
    counts[payload["channel"]] += 1
    return counts


def channel_counts_fixed(payload: Payload) -> dict[str, int]:
    counts = dict.fromkeys((*_DASHBOARD_CHANNELS, "in_app"), 0)
    channel = str(payload["channel"])
    counts[channel] = counts.get(channel, 0) + 1
    return counts


# 10. Admin list: status badge -------------------------------------------------------------

_BADGES_BUGGY = {
    (True, True): "Primary",
    (True, False): "Active",
    (False, False): "Disabled",
}


def status_badge_buggy(payload: Payload) -> str:
    return _BADGES_BUGGY[(payload["active"], payload["primary"])]


_BADGES_FIXED = {
    **_BADGES_BUGGY,
    (False, True): "Primary (disabled)",
}


def status_badge_fixed(payload: Payload) -> str:
    return _BADGES_FIXED[(payload["active"] is True, payload["primary"] is True)]


# 11. Audit trail: who deleted the integration ---------------------------------------------


def deletion_entry_buggy(payload: Payload) -> dict[str, str] | None:
    if not payload["deleted"]:
        return None
    return {
        "integration": payload["identifier"],
        "deleted_at": payload.get("deletedAt", "unknown"),
        "deleted_by": payload["deletedBy"],
    }


def deletion_entry_fixed(payload: Payload) -> dict[str, str] | None:
    if not payload["deleted"]:
        return None
    return {
        "integration": payload["identifier"],
        "deleted_at": _text(payload.get("deletedAt")) or "unknown",
        "deleted_by": _text(payload.get("deletedBy")) or "unknown",
    }


# 12. Warehouse loader: deletedAt into a TIMESTAMPTZ column --------------------------------


def deleted_at_column_buggy(payload: Payload) -> str | None:
    raw = payload.get("deletedAt")
    if raw is None:
        return None
    stamp = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return stamp.isoformat()


def deleted_at_column_fixed(payload: Payload) -> str | None:
    raw = _text(payload.get("deletedAt"))
    if raw is None:
        return None
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.isoformat()


# 13. Search index: facets of the attributes the routing conditions look at -----------------


def condition_facets_buggy(payload: Payload) -> list[str]:
    facets = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            _namespace, attribute = child["field"].split(".", 1)
            facets.append(f"{child['on']}:{attribute}")
    return sorted(set(facets))


def condition_facets_fixed(payload: Payload) -> list[str]:
    facets = set()
    for condition in _conditions(payload):
        for child in _children(condition):
            on = str(child.get("on", ""))
            field = str(child.get("field", ""))
            facets.add(f"{on}:{field.removeprefix(on + '.')}")
    return sorted(facets)


# 14. Reporting: complexity of the routing rules (largest condition group) ------------------


def condition_complexity_buggy(payload: Payload) -> dict[str, object]:
    conditions = payload.get("conditions", [])
    return {
        "identifier": payload["identifier"],
        "groups": len(conditions),
        "largest_group": max(len(condition["children"]) for condition in conditions),
    }


def condition_complexity_fixed(payload: Payload) -> dict[str, object]:
    conditions = _conditions(payload)
    return {
        "identifier": payload["identifier"],
        "groups": len(conditions),
        "largest_group": max((len(_children(c)) for c in conditions), default=0),
    }


# 15. Compliance report: which credential keys an integration actually holds ----------------


def credential_inventory_buggy(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    return sorted(key for key, value in credentials.items() if value.strip())


def _is_set(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, bool):
        return value
    if isinstance(value, (dict, list)):
        return bool(value)
    return value is not None


def credential_inventory_fixed(payload: Payload) -> list[str]:
    return sorted(str(key) for key, value in _creds(payload).items() if _is_set(value))


# 16. Cost estimator: price per 1,000 messages by provider and AWS region -------------------

_PRICE_PER_1000 = {
    "ses": {"us-east-1": 0.10, "us-west-2": 0.10, "eu-west-1": 0.10, "eu-central-1": 0.10},
    "sns": {"us-east-1": 6.45, "us-west-2": 6.45, "eu-west-1": 6.45, "eu-central-1": 6.45},
}
_DEFAULT_REGION = "us-east-1"


def monthly_cost_buggy(payload: Payload) -> float | None:
    prices = _PRICE_PER_1000.get(payload["providerId"])
    if prices is None:
        return None
    region = _credentials(payload).get("region", _DEFAULT_REGION)
    return prices[region] * 100


def monthly_cost_fixed(payload: Payload) -> float | None:
    prices = _PRICE_PER_1000.get(payload["providerId"])
    if prices is None:
        return None
    region = (_text(_creds(payload).get("region")) or "").strip().lower() or _DEFAULT_REGION
    return prices.get(region, prices[_DEFAULT_REGION]) * 100


# The suite ---------------------------------------------------------------------------------

_NODEMAILER_CREDENTIALS = {
    "host": "smtp.example.com",
    "port": "587",
    "user": "mailer",
    "password": "fake-password-0001",
    "from": "no-reply@example.com",
    "senderName": "Example Inc",
}

REPORTING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="html_digest_row",
        bug="pre-fills the name into a str.format template, so braces in a name break format()",
        buggy=digest_row_buggy,
        fixed=digest_row_fixed,
        raises=(KeyError, IndexError, ValueError),
        example=_example({"name": "SendGrid {EU}"}),
    ),
    ConsumerCase(
        name="legacy_latin1_csv_export",
        bug="assumes every exported string (here senderName) is encodable as ISO-8859-1",
        buggy=legacy_csv_buggy,
        fixed=legacy_csv_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "hello@zoes-cafe.example",
                    "senderName": "Zo\u00eb\u2019s Caf\u00e9",
                }
            }
        ),
    ),
    ConsumerCase(
        name="redshift_name_varchar_bytes",
        bug="truncates the name to 64 characters for a VARCHAR(64) whose limit is in UTF-8 bytes",
        buggy=warehouse_name_buggy,
        fixed=warehouse_name_fixed,
        raises=(ValueTooLongError,),
        example=_example({"name": "本番環境・トランザクションメール送信\uff08日本向け\uff09"}),
    ),
    ConsumerCase(
        name="audit_log_secret_scrubber",
        bug="joins raw secret values into a regex without re.escape, so a '(' in a password breaks it",
        buggy=audit_scrub_buggy,
        fixed=audit_scrub_fixed,
        raises=(re.error,),
        example=_example(
            {
                "name": "Nodemailer",
                "identifier": "nodemailer-Qm3vT8pL",
                "providerId": "nodemailer",
                "credentials": {**_NODEMAILER_CREDENTIALS, "password": "Summer(2024"},
            }
        ),
    ),
    ConsumerCase(
        name="sender_domain_report",
        bug="assumes every credentials.from is an e-mail address; SMS senders are phone numbers",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-a9Lk2mQz",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "token": "fake-token-0001",
                    "from": "+15005550006",
                },
            }
        ),
    ),
    ConsumerCase(
        name="endpoint_domain_grouping",
        bug="assumes baseUrl/webhookUrl always carries a scheme, so urlsplit().hostname is never None",
        buggy=endpoint_domain_buggy,
        fixed=endpoint_domain_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-email-Zr4pW1xe",
                "providerId": "infobip-email",
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "baseUrl": "abc123.api.infobip.com",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="schema_v2_port_migration",
        bug="int()s credentials.port, a free string that is blank ('') when the form field was left empty",
        buggy=migrate_port_buggy,
        fixed=migrate_port_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Nodemailer",
                "identifier": "nodemailer-Qm3vT8pL",
                "providerId": "nodemailer",
                "primary": False,
                "credentials": {**_NODEMAILER_CREDENTIALS, "port": ""},
            }
        ),
    ),
    ConsumerCase(
        name="private_network_host_check",
        bug="assumes credentials.host is an IP literal, but it is usually a host name",
        buggy=private_host_buggy,
        fixed=private_host_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Kannel",
                "identifier": "kannel-Vb7nC2sd",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {
                    "host": "smsc.internal.example.net",
                    "port": "13013",
                    "user": "kannel",
                    "password": "fake-password-0001",
                    "from": "ACME",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dashboard_channel_counts",
        bug="the per-channel counter row forgets the in_app channel",
        buggy=channel_counts_buggy,
        fixed=channel_counts_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-Hk8sP0qw",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "credentials": {"hmac": True},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="admin_status_badge",
        bug="assumes a primary integration is always active (primary with active false is valid)",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="deletion_audit_entry",
        bug="assumes a deleted integration always carries deletedBy (it is optional, often absent)",
        buggy=deletion_entry_buggy,
        fixed=deletion_entry_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-02T08:15:30.120Z"}),
    ),
    ConsumerCase(
        name="warehouse_deleted_at_timestamp",
        bug="parses deletedAt with one exact strptime format (millis + 'Z'); it is a free string",
        buggy=deleted_at_column_buggy,
        fixed=deleted_at_column_fixed,
        raises=(ValueError,),
        example=_example(
            {"deleted": True, "deletedAt": "2025-05-02T08:15:30Z", "deletedBy": "6615a3c2f1e2d3c4b5a69703"}
        ),
    ),
    ConsumerCase(
        name="search_index_condition_facets",
        bug="assumes every condition field is dotted ('subscriber.plan'); a plain 'isOnline' is valid",
        buggy=condition_facets_buggy,
        fixed=condition_facets_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "BOOLEAN",
                        "value": "AND",
                        "children": [
                            {"field": "isOnline", "value": "true", "operator": "EQUAL", "on": "subscriber"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="routing_rule_complexity",
        bug="takes max() over the condition groups without a default; conditions may be []",
        buggy=condition_complexity_buggy,
        fixed=condition_complexity_fixed,
        raises=(ValueError,),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="compliance_credential_inventory",
        bug="assumes all credentials values are strings; secure is a boolean, tlsOptions an object",
        buggy=credential_inventory_buggy,
        fixed=credential_inventory_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Nodemailer",
                "identifier": "nodemailer-Qm3vT8pL",
                "providerId": "nodemailer",
                "credentials": {
                    **_NODEMAILER_CREDENTIALS,
                    "secure": True,
                    "tlsOptions": {"rejectUnauthorized": False},
                },
            }
        ),
    ),
    ConsumerCase(
        name="aws_cost_estimator_region",
        bug="looks up credentials.region verbatim; a pasted ' eu-west-1' or 'EU-WEST-1' misses the table",
        buggy=monthly_cost_buggy,
        fixed=monthly_cost_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Amazon SES",
                "identifier": "amazon-ses-Tq5rY7uo",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "fake-access-key-0001",
                    "secretKey": "fake-secret-key-0001",
                    "region": "EU-WEST-1 ",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
]
"""The held-out suite: one consumer per case, each with its fixed control and a trigger."""
