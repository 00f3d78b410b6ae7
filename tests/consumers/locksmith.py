"""Sixteen consumers of ``GET /v1/integrations`` items at a locksmith and access-control installer.

The installer runs its notifications through Novu: smart-lock alerts by push, emergency callout SMS,
technician chat, invoice e-mails. Around those integrations its back office has grown the usual
code: a callout dialler, data-residency labels and key-audit exports, a DKIM check, webhook signing,
firewall rules for on-prem relays, a failover board, rule mirrors in the dispatch database, an XML
config for access-control panels and a health-check log.

Every ``ConsumerCase`` pairs a *buggy* consumer, written the way a busy engineer would (it works on
``HAPPY_PATH``), with a *fixed* control that honours the contract. Each bug is triggered by a class
of payloads the contract allows (``example`` is one of them); the fixed version never raises on a
valid payload and never mutates its input.
"""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import hmac
import io
import json
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, cast
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "LOCKSMITH_BUGS"]


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions: list[dict[str, Any]] = payload.get("conditions", [])
    return conditions


def _db_text(text: str) -> str:
    """Text the job database accepts: lone surrogates and NUL characters become U+FFFD."""
    cleaned = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return cleaned.replace("\x00", "\ufffd")


def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry: control characters, surrogates and U+FFFE/U+FFFF become U+FFFD."""
    return "".join(
        char
        if char in "\t\n\r" or " " <= char <= "\ud7ff" or "\ue000" <= char <= "\ufffd" or char >= "\U00010000"
        else "\ufffd"
        for char in text
    )


# 1. Emergency-callout caller id -----------------------------------------------------------


def callout_caller_id_buggy(payload: Payload) -> int | None:
    """The caller id the callout dialler stores (a BIGINT column) for an SMS integration."""
    if payload["channel"] != "sms":
        return None
    sender: str | None = _credentials(payload).get("from")
    if sender is None:
        return None
    return int(sender.replace(" ", "").lstrip("+"))


def callout_caller_id_fixed(payload: Payload) -> int | None:
    if payload["channel"] != "sms":
        return None
    sender: str | None = _credentials(payload).get("from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").lstrip("+")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 15:
        return None  # an alphanumeric sender id (or no number at all): nothing to dial back
    return int(digits)


# 2. Data-residency label from the provider region -----------------------------------------

_RESIDENCY = {"eu": "EU", "us": "US", "ap": "APAC", "ca": "CA", "sa": "LATAM", "me": "ME", "af": "AF"}


def data_residency_buggy(payload: Payload) -> str:
    """The data-residency label printed on key-audit exports (``eu-west-1`` → ``EU``)."""
    region: str | None = _credentials(payload).get("region")
    if not region:
        return "unspecified"
    area, _direction, _number = region.split("-")
    return _RESIDENCY.get(area.lower(), area.upper())


def data_residency_fixed(payload: Payload) -> str:
    region: str | None = _credentials(payload).get("region")
    if not region:
        return "unspecified"
    area = region.strip().split("-", 1)[0]
    return _RESIDENCY.get(area.lower(), area.upper() or "unspecified")


# 3. DKIM alignment of invoice e-mails -----------------------------------------------------


def dkim_alignment_buggy(payload: Payload) -> bool | None:
    """Whether invoice e-mails' From domain aligns with the signing domain (``domain``, else itself)."""
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    sender: str | None = credentials.get("from")
    if sender is None:
        return None
    from_domain = sender.rsplit("@", 1)[1].strip().rstrip(">").lower()
    signing: str = credentials.get("domain", from_domain).strip().lower()
    return from_domain == signing or from_domain.endswith("." + signing)


def dkim_alignment_fixed(payload: Payload) -> bool | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    sender: str | None = credentials.get("from")
    if sender is None or "@" not in sender:
        return None  # no address to align (a bare sender label or an empty string)
    from_domain = sender.rsplit("@", 1)[1].strip().rstrip(">").lower()
    signing: str = credentials.get("domain", from_domain).strip().lower()
    return from_domain == signing or from_domain.endswith("." + signing)


# 4. Firebase project of the smart-lock push alerts ----------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project smart-lock push alerts go through, for the ops dashboard.

    ``serviceAccount`` holds either the inline JSON key or the path of a key file on the push worker.
    """
    account: str | None = _credentials(payload).get("serviceAccount")
    if account is None or not account.lstrip().startswith("{"):
        return None  # a key-file path: the worker reads the project from the file
    return str(json.loads(account)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    account: str | None = _credentials(payload).get("serviceAccount")
    if account is None or not account.lstrip().startswith("{"):
        return None
    try:
        parsed = json.loads(account)
    except (ValueError, RecursionError):
        return None  # truncated, pasted with trailing text, or absurdly nested: no usable key
    if isinstance(parsed, dict):
        project = parsed.get("project_id")
        if isinstance(project, str):
            return project
    return None


# 5. Signature on relayed smart-lock webhooks ----------------------------------------------


def _signature(key: bytes, identifier: str) -> str:
    body = f"{identifier}|lock.jammed".encode("utf-8", "surrogatepass")
    return "v1," + base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode("ascii")


def webhook_signature_buggy(payload: Payload) -> str | None:
    """The Svix-style signature header on a smart-lock event relayed to the customer's webhook."""
    credentials = _credentials(payload)
    secret: str | None = credentials.get("secretKey")
    if credentials.get("webhookUrl") is None or secret is None:
        return None
    key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    return _signature(key, payload["identifier"])


def webhook_signature_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    secret: str | None = credentials.get("secretKey")
    if credentials.get("webhookUrl") is None or secret is None:
        return None
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except ValueError:
        key = secret.encode("utf-8", "surrogatepass")  # a plain shared secret, used as is
    return _signature(key, payload["identifier"])


# 6. Firewall egress rule for an on-prem relay ---------------------------------------------


def egress_rule_buggy(payload: Payload) -> str | None:
    """The site firewall's egress rule for an on-prem SMTP relay or Kannel SMS gateway."""
    credentials = _credentials(payload)
    host: str | None = credentials.get("host")
    if host is None:
        return None
    ascii_host = host.strip().rstrip(".").encode("idna").decode("ascii")
    return f"allow tcp to {ascii_host} port {credentials.get('port', 'default')!r}"


def egress_rule_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    host: str | None = credentials.get("host")
    if host is None:
        return None
    try:
        ascii_host = host.strip().rstrip(".").encode("idna").decode("ascii")
    except UnicodeError:
        return f"# no rule: {host!r} is not a valid host name"
    return f"allow tcp to {ascii_host} port {credentials.get('port', 'default')!r}"


# 7. Technician-chat alert card image ------------------------------------------------------

_TRUSTED_IMAGE_DOMAIN = "acme-locks.test"


def alert_card_buggy(payload: Payload) -> dict[str, str] | None:
    """The technician-chat alert card; the image is shown only when it comes from our CDN."""
    credentials = _credentials(payload)
    image: str | None = credentials.get("imageUrl")
    if image is None:
        return None
    card = {"title": str(credentials.get("title", payload["name"]))}
    host = cast(str, urlsplit(image).hostname).lower()
    if host == _TRUSTED_IMAGE_DOMAIN or host.endswith("." + _TRUSTED_IMAGE_DOMAIN):
        card["image"] = image
    return card


def alert_card_fixed(payload: Payload) -> dict[str, str] | None:
    credentials = _credentials(payload)
    image: str | None = credentials.get("imageUrl")
    if image is None:
        return None
    card = {"title": str(credentials.get("title", payload["name"]))}
    try:
        host = urlsplit(image).hostname
    except ValueError:
        host = None  # e.g. a broken IPv6 literal
    if host and (host == _TRUSTED_IMAGE_DOMAIN or host.endswith("." + _TRUSTED_IMAGE_DOMAIN)):
        card["image"] = image
    return card


# 8. CRM upsert keyed by the Mongo id ------------------------------------------------------

_CRM_SCHEMA = "CREATE TABLE integration (id TEXT PRIMARY KEY, environment TEXT NOT NULL, label TEXT NOT NULL)"
_CRM_UPSERT = (
    "INSERT INTO integration (id, environment, label) VALUES (?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET environment = excluded.environment, label = excluded.label"
)


def _crm_upsert(key: str, payload: Payload) -> tuple[str, str, str]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_CRM_SCHEMA)
        label = f"{payload['name']} ({payload['providerId']})"
        row = (_db_text(key), _db_text(payload["_environmentId"]), _db_text(label))
        connection.execute(_CRM_UPSERT, row)
        connection.execute(_CRM_UPSERT, row)  # the nightly sync runs twice; the upsert must hold
        stored: tuple[str, str, str] = connection.execute(
            "SELECT id, environment, label FROM integration"
        ).fetchone()
        return stored
    finally:
        connection.close()


def crm_upsert_buggy(payload: Payload) -> tuple[str, str, str]:
    """Upserts the integration into the installer's CRM, keyed by its Mongo id; returns the stored row."""
    return _crm_upsert(payload["_id"], payload)


def crm_upsert_fixed(payload: Payload) -> tuple[str, str, str]:
    key = payload.get("_id")
    if key is None:  # `_id` is optional: fall back to the natural key
        key = f"{payload['_environmentId']}/{payload['identifier']}"
    return _crm_upsert(key, payload)


# 9. Key-audit retention of deleted integrations -------------------------------------------

_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
_RETENTION = timedelta(days=90)


def audit_retention_buggy(payload: Payload) -> str:
    """Whether a deleted integration's key-audit trail may be purged (kept 90 days after deletion)."""
    if not payload["deleted"]:
        return "keep: live"
    deleted_at: str | None = payload.get("deletedAt")
    if deleted_at is None:
        return "keep: deletion time unknown"
    when = datetime.fromisoformat(deleted_at)
    return "purge" if _NOW - when > _RETENTION else "keep: within retention"


def audit_retention_fixed(payload: Payload) -> str:
    if not payload["deleted"]:
        return "keep: live"
    deleted_at: str | None = payload.get("deletedAt")
    if deleted_at is None:
        return "keep: deletion time unknown"
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return "keep: deletion time unreadable"
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # a bare timestamp: read it as UTC
    try:
        age = _NOW - when
    except OverflowError:
        return "keep: deletion time out of range"
    return "purge" if age > _RETENTION else "keep: within retention"


# 10. Failover board role ------------------------------------------------------------------

_ROLES = {(True, True): "primary", (True, False): "standby", (False, False): "disabled"}


def failover_role_buggy(payload: Payload) -> str:
    """The role shown for an integration on the emergency-callout failover board."""
    return _ROLES[(payload["active"], payload["primary"])]


def failover_role_fixed(payload: Payload) -> str:
    if not payload["active"]:
        return "disabled (stale primary flag)" if payload["primary"] else "disabled"
    return "primary" if payload["primary"] else "standby"


# 11. Routing rules mirrored into the dispatch database ------------------------------------


def rule_mirror_buggy(payload: Payload) -> int:
    """Mirrors routing rules into the dispatch DB, one row per (integration, field); returns the row count."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE TABLE rule (integration TEXT, field TEXT, operator TEXT, value TEXT, "
            "PRIMARY KEY (integration, field))"
        )
        for condition in _conditions(payload):
            for child in condition["children"]:
                connection.execute(
                    "INSERT INTO rule VALUES (?, ?, ?, ?)",
                    (
                        _db_text(payload["identifier"]),
                        _db_text(child["field"]),
                        child["operator"],
                        _db_text(child["value"]),
                    ),
                )
        count: int = connection.execute("SELECT count(*) FROM rule").fetchone()[0]
        return count
    finally:
        connection.close()


def rule_mirror_fixed(payload: Payload) -> int:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE TABLE rule (integration TEXT, condition INTEGER, position INTEGER, field TEXT, "
            "operator TEXT, value TEXT, PRIMARY KEY (integration, condition, position))"
        )
        for index, condition in enumerate(_conditions(payload)):
            for position, child in enumerate(condition["children"]):
                connection.execute(
                    "INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        _db_text(payload["identifier"]),
                        index,
                        position,
                        _db_text(child["field"]),
                        child["operator"],
                        _db_text(child["value"]),
                    ),
                )
        count: int = connection.execute("SELECT count(*) FROM rule").fetchone()[0]
        return count
    finally:
        connection.close()


# 12. Dispatcher tooltip: the most specific field of each condition ------------------------


def rule_tooltip_buggy(payload: Payload) -> list[str]:
    """One tooltip line per routing condition, naming its most specific (deepest) field."""
    lines = []
    for condition in _conditions(payload):
        children = condition["children"]
        deepest = max(children, key=lambda child: str(child["field"]).count("."))
        lines.append(f"{condition['value']}: {deepest['field']} (+{len(children) - 1} more)")
    return lines


def rule_tooltip_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in _conditions(payload):
        children = condition["children"]
        if not children:
            lines.append(f"{condition['value']}: no criteria")
            continue
        deepest = max(children, key=lambda child: str(child["field"]).count("."))
        lines.append(f"{condition['value']}: {deepest['field']} (+{len(children) - 1} more)")
    return lines


# 13. After-hours surcharge thresholds -----------------------------------------------------

_COMPARISONS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def surcharge_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """The numeric thresholds (e.g. callout hour > 18) the surcharge calculator reads from conditions."""
    thresholds = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] in _COMPARISONS:
                thresholds.append((str(child["field"]), str(child["operator"]), float(child["value"])))
    return thresholds


def surcharge_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    thresholds = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] not in _COMPARISONS:
                continue
            try:
                limit = float(child["value"])
            except ValueError:
                continue  # a date, a time of day, a plan name: not a numeric threshold
            thresholds.append((str(child["field"]), str(child["operator"]), limit))
    return thresholds


# 14. Key-audit export line ----------------------------------------------------------------


def _audit_fields(payload: Payload) -> list[str]:
    return [
        payload["identifier"],
        payload["name"],
        payload["providerId"],
        payload["channel"],
        "active" if payload["active"] else "inactive",
    ]


def key_audit_line_buggy(payload: Payload) -> str:
    """One line of the key-audit export imported by the key-cabinet software (unquoted CSV)."""
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONE, lineterminator="\n").writerow(_audit_fields(payload))
    return buffer.getvalue()


def key_audit_line_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(_audit_fields(payload))
    return buffer.getvalue()


# 15. Access-control panel XML config ------------------------------------------------------


def panel_config_buggy(payload: Payload) -> str:
    """The notifier block of an access-control panel's XML config, validated before upload."""
    identifier = _xml_text(payload["identifier"])
    name = _xml_text(payload["name"])
    provider = _xml_text(payload["providerId"])
    document = (
        f'<notifier id="{identifier}" channel="{payload["channel"]}">'
        f"<label>{name}</label><provider>{provider}</provider></notifier>"
    )
    ET.fromstring(document)  # the panel rejects malformed uploads; fail here instead
    return document


def panel_config_fixed(payload: Payload) -> str:
    identifier = quoteattr(_xml_text(payload["identifier"]))
    name = escape(_xml_text(payload["name"]))
    provider = escape(_xml_text(payload["providerId"]))
    document = (
        f"<notifier id={identifier} channel={quoteattr(payload['channel'])}>"
        f"<label>{name}</label><provider>{provider}</provider></notifier>"
    )
    ET.fromstring(document)
    return document


# 16. Health-check log in the job database -------------------------------------------------


def health_log_buggy(payload: Payload) -> list[tuple[str, str, str]]:
    """Records an integration health check in the job database; returns the logged rows."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE health (identifier TEXT, name TEXT, status TEXT)")
        identifier, name = _db_text(payload["identifier"]), _db_text(payload["name"])
        status = "ok" if payload["active"] else "inactive"
        connection.execute(f"INSERT INTO health VALUES ('{identifier}', '{name}', '{status}')")
        rows: list[tuple[str, str, str]] = connection.execute("SELECT * FROM health").fetchall()
        return rows
    finally:
        connection.close()


def health_log_fixed(payload: Payload) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE health (identifier TEXT, name TEXT, status TEXT)")
        identifier, name = _db_text(payload["identifier"]), _db_text(payload["name"])
        status = "ok" if payload["active"] else "inactive"
        connection.execute("INSERT INTO health VALUES (?, ?, ?)", (identifier, name, status))
        rows: list[tuple[str, str, str]] = connection.execute("SELECT * FROM health").fetchall()
        return rows
    finally:
        connection.close()


# The suite --------------------------------------------------------------------------------


def _child(field: str, value: str, operator: str = "EQUAL", on: str = "payload") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


def _condition(*children: dict[str, str], value: str = "AND") -> dict[str, Any]:
    return {"isNegated": False, "type": "STATEMENT", "value": value, "children": list(children)}


LOCKSMITH_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="locksmith_callout_caller_id",
        bug="assumes an SMS `from` is a phone number; alphanumeric sender ids are valid strings",
        buggy=callout_caller_id_buggy,
        fixed=callout_caller_id_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Q7wE2rT9",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "fake-account-sid", "token": "fake-token", "from": "ACMELOCKS"},
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_data_residency",
        bug="assumes `region` has three dash-separated parts like eu-west-1; `eu` or us-gov-west-1 are valid",
        buggy=data_residency_buggy,
        fixed=data_residency_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Hn3kLp0a",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "region": "eu",
                    "from": "invoices@acme-locks.test",
                    "senderName": "Acme Locks",
                },
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_dkim_alignment",
        bug="assumes the e-mail `from` contains an '@'; any string is valid",
        buggy=dkim_alignment_buggy,
        fixed=dkim_alignment_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "Acme Locks Billing",
                    "senderName": "Acme",
                }
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_fcm_project",
        bug="assumes a `serviceAccount` starting with '{' is a well-formed JSON key with a project_id",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, RecursionError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zt5yU1oP",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "serviceAccount": '{"type": "service_account", "client_email": "push@acme.test"}'
                },
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_webhook_signature",
        bug="assumes the webhook `secretKey` is base64 (whsec_...); it is any string",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Vb8nM4cX",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://hooks.acme-locks.test/novu",
                    "secretKey": "fake-secret-key-0001",
                },
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_egress_rule",
        bug="assumes `host` is an IDNA-encodable host name; empty or over-long labels are valid strings",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(UnicodeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lk9jH2gF",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "relay.site-" + "north-warehouse-" * 5 + "01.acme-locks.test",
                    "port": "587",
                    "from": "invoices@acme-locks.test",
                    "senderName": "Acme Locks",
                },
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_alert_card_image",
        bug="assumes `imageUrl` is an absolute URL with a host; relative paths and bare names are valid",
        buggy=alert_card_buggy,
        fixed=alert_card_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Xc3vB7nM",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "credentials": {"title": "Smart lock jammed", "imageUrl": "/static/alerts/lock-jammed.png"},
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_crm_upsert",
        bug="keys the CRM row by `_id`, which is optional and may be absent",
        buggy=crm_upsert_buggy,
        fixed=crm_upsert_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="locksmith_audit_retention",
        bug="assumes `deletedAt` is an ISO timestamp with an offset; it is any string",
        buggy=audit_retention_buggy,
        fixed=audit_retention_fixed,
        raises=(ValueError, TypeError),
        example=_example({"active": False, "deleted": True, "deletedAt": "2024-11-05T08:15:00"}),
    ),
    ConsumerCase(
        name="locksmith_failover_role",
        bug="assumes a primary integration is active; `primary: true` with `active: false` is valid",
        buggy=failover_role_buggy,
        fixed=failover_role_fixed,
        raises=(KeyError,),
        example=_example({"active": False}),
    ),
    ConsumerCase(
        name="locksmith_rule_mirror",
        bug="assumes a condition field appears once per integration; children may repeat a field",
        buggy=rule_mirror_buggy,
        fixed=rule_mirror_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        _child("callout.hour", "18", "LARGER_EQUAL"),
                        _child("callout.hour", "23", "SMALLER"),
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="locksmith_rule_tooltip",
        bug="assumes every condition has at least one child; `children` may be empty",
        buggy=rule_tooltip_buggy,
        fixed=rule_tooltip_fixed,
        raises=(ValueError,),
        example=_example({"conditions": [_condition()]}),
    ),
    ConsumerCase(
        name="locksmith_surcharge_thresholds",
        bug="assumes values compared with LARGER/SMALLER are numbers; they are any string (dates, times)",
        buggy=surcharge_thresholds_buggy,
        fixed=surcharge_thresholds_fixed,
        raises=(ValueError,),
        example=_example({"conditions": [_condition(_child("callout.time", "18:30", "LARGER"))]}),
    ),
    ConsumerCase(
        name="locksmith_key_audit_line",
        bug="writes unquoted CSV; names with commas, quotes or newlines are valid",
        buggy=key_audit_line_buggy,
        fixed=key_audit_line_fixed,
        raises=(csv.Error,),
        example=_example({"name": "Invoices, north depot"}),
    ),
    ConsumerCase(
        name="locksmith_panel_config",
        bug="templates XML without escaping; names with '&' or '<' are valid",
        buggy=panel_config_buggy,
        fixed=panel_config_fixed,
        raises=(ET.ParseError,),
        example=_example({"name": "Smith & Sons Locksmiths"}),
    ),
    ConsumerCase(
        name="locksmith_health_log",
        bug="builds SQL with an f-string; names with a single quote are valid",
        buggy=health_log_buggy,
        fixed=health_log_fixed,
        raises=(sqlite3.Error,),
        example=_example({"name": "O'Brien Locksmiths"}),
    ),
]
