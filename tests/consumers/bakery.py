"""Sixteen consumers of ``GET /v1/integrations`` items from a bakery and café chain, each with one bug.

The chain takes online pre-orders: customers get an order-ready push or SMS, suppliers get e-mails
and EDI documents, the kitchen display system (KDS) receives chat webhooks, allergen and loyalty rules
route messages through integration ``conditions``, a nightly job exports integrations to the
accounting system and purges soft-deleted ones, franchises are separate tenants, and a Terraform-like
exporter keeps the settings under version control.

Each ``ConsumerCase`` pairs a *buggy* function, written the way a busy team would write it (it works
on ``HAPPY_PATH``), with a *fixed* control that honours the contract. Every bug is triggered by a
class of payloads the contract allows (``example`` is one of them); the fixed versions never raise on
a valid payload and never mutate their input.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import re
import sqlite3
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from contextlib import closing
from datetime import UTC, datetime, timedelta
from string import Template
from typing import Any, cast
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["BAKERY_BUGS", "HAPPY_PATH"]

NOW = datetime(2025, 6, 1, 4, 0, tzinfo=UTC)
"""The (fixed) time the nightly jobs run at: consumers never read the clock."""


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced, credentials replaced and keys removed."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key)
    return payload


def _child(field: str, operator: str, value: str, on: str = "payload") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


def _condition(*children: dict[str, str], negated: bool = False) -> dict[str, Any]:
    return {"isNegated": negated, "type": "STATEMENT", "value": "AND", "children": list(children)}


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


def _children(payload: Payload) -> list[tuple[int, dict[str, Any], dict[str, Any]]]:
    """``(condition index, condition, child)`` for every child of every condition, in order."""
    found: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    for index, condition in enumerate(payload.get("conditions") or []):
        for child in condition["children"]:
            found.append((index, condition, child))
    return found


# 1. Order-ready SMS text ------------------------------------------------------------------

_PICKUP_TEXT = "your $item is ready for pickup at $shop."


def order_ready_text_buggy(payload: Payload) -> str:
    """The order-ready message preview on the settings page, prefixed with the sender's brand."""
    brand = _credentials(payload).get("senderName") or payload["name"]
    return Template(f"{brand}: {_PICKUP_TEXT}").substitute(item="sourdough loaf", shop="Rue Cler")


def order_ready_text_fixed(payload: Payload) -> str:
    brand = _credentials(payload).get("senderName") or payload["name"]
    return Template(f"$brand: {_PICKUP_TEXT}").substitute(brand=brand, item="sourdough loaf", shop="Rue Cler")


# 2. Supplier mail relay DSN -----------------------------------------------------------------

_DEFAULT_SMTP_PORT = 587


def supplier_relay_buggy(payload: Payload) -> tuple[str | None, int | None] | None:
    """The SMTP relay (host, port) the supplier-mail worker connects to, stored as a DSN."""
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None
    port = credentials.get("port") or str(_DEFAULT_SMTP_PORT)
    dsn = urlsplit(f"smtp://{credentials['host']}:{port}")
    return dsn.hostname, dsn.port


def _tcp_port(text: str | None) -> int | None:
    if text is None or not (text.isascii() and text.isdigit()) or len(text) > 5:
        return None
    port = int(text)
    return port if 0 < port <= 65535 else None


def supplier_relay_fixed(payload: Payload) -> tuple[str | None, int | None] | None:
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None
    host: str = credentials["host"]
    return host, _tcp_port(credentials.get("port")) or _DEFAULT_SMTP_PORT


# 3. SMTP TLS mode ---------------------------------------------------------------------------

_TLS_MODES: dict[tuple[bool, bool, bool], str] = {
    (False, False, False): "opportunistic-starttls",
    (True, False, False): "implicit-tls",
    (False, True, False): "required-starttls",
    (False, False, True): "plaintext",
}


def _tls_flags(payload: Payload) -> tuple[bool, bool, bool]:
    credentials = _credentials(payload)
    return (
        bool(credentials.get("secure", False)),
        bool(credentials.get("requireTls", False)),
        bool(credentials.get("ignoreTls", False)),
    )


def supplier_tls_mode_buggy(payload: Payload) -> str | None:
    """The TLS mode shown next to each e-mail integration (one switch of the form at a time)."""
    if payload["channel"] != "email":
        return None
    return _TLS_MODES[_tls_flags(payload)]


def supplier_tls_mode_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    secure, require_tls, ignore_tls = _tls_flags(payload)
    if secure:
        return "implicit-tls"
    if require_tls:
        return "required-starttls"
    return "plaintext" if ignore_tls else "opportunistic-starttls"


# 4. Data residency from the region ----------------------------------------------------------


def residency_label_buggy(payload: Payload) -> str | None:
    """A data-residency badge (``EU-01``) for integrations that carry a cloud region."""
    region = _credentials(payload).get("region")
    if region is None:
        return None
    area, _direction, number = region.split("-")
    return f"{area.upper()}-{int(number):02d}"


_AWS_REGION = re.compile(r"([a-z]{2,})-(?:[a-z]+-)+([0-9]{1,3})")


def residency_label_fixed(payload: Payload) -> str | None:
    region: str | None = _credentials(payload).get("region")
    if region is None:
        return None
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return f"region {region!r}"
    return f"{match[1].upper()}-{int(match[2]):02d}"


# 5. FCM project of the order-ready push -----------------------------------------------------


def fcm_endpoint_buggy(payload: Payload) -> str | None:
    """The FCM v1 send endpoint, from the project of the service-account JSON."""
    service_account = _credentials(payload).get("serviceAccount")
    if service_account is None:
        return None
    project = json.loads(service_account)["project_id"]
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


def fcm_endpoint_fixed(payload: Payload) -> str | None:
    service_account = _credentials(payload).get("serviceAccount")
    if service_account is None:
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    project = document.get("project_id") if isinstance(document, dict) else None
    if not isinstance(project, str):
        return None
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


# 6. KDS webhook allow-list ------------------------------------------------------------------

_KDS_DOMAIN = "kds.bakery.example"


def kds_webhook_policy_buggy(payload: Payload) -> str | None:
    """Whether a webhook integration may post to the kitchen display network."""
    url = _credentials(payload).get("webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return "blocked: malformed url"
    host = cast(str, parts.hostname)  # a webhook URL always names its host
    if host == _KDS_DOMAIN or host.endswith("." + _KDS_DOMAIN):
        return "allowed"
    return f"blocked: {host}"


def kds_webhook_policy_fixed(payload: Payload) -> str | None:
    url = _credentials(payload).get("webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return "blocked: malformed url"
    host = parts.hostname
    if host is None:
        return "blocked: no host"
    if host == _KDS_DOMAIN or host.endswith("." + _KDS_DOMAIN):
        return "allowed"
    return f"blocked: {host}"


# 7. SMS sender classification ---------------------------------------------------------------


def _calling_code(digits: str) -> str:
    for prefix, country in (("1", "US"), ("33", "FR"), ("44", "GB"), ("49", "DE")):
        if digits.startswith(prefix):
            return country
    return "other"


def sms_sender_buggy(payload: Payload) -> tuple[str, str] | None:
    """How the order-ready SMS sender is billed: a phone number (by country) or an alphanumeric id."""
    if payload["channel"] != "sms":
        return None
    sender: str = _credentials(payload).get("from", "")
    if sender.startswith("+") or sender.isdigit():
        number = int(sender.lstrip("+"))
        return "number", _calling_code(str(number))
    return "alphanumeric", sender[:11]


_PHONE_PUNCTUATION = re.compile(r"[\s().-]")
_PHONE = re.compile(r"\+?([0-9]{1,15})")


def sms_sender_fixed(payload: Payload) -> tuple[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender: str = _credentials(payload).get("from", "")
    match = _PHONE.fullmatch(_PHONE_PUNCTUATION.sub("", sender))
    if match is not None:
        return "number", _calling_code(match[1].lstrip("0"))
    return "alphanumeric", sender[:11]


# 8. Allergen ranges (BETWEEN rules) ---------------------------------------------------------


def allergen_ranges_buggy(payload: Payload) -> list[tuple[str, float, float, bool]]:
    """The numeric ranges (e.g. grams of sugar) of the BETWEEN rules, for the allergen router."""
    ranges: list[tuple[str, float, float, bool]] = []
    for _index, condition, child in _children(payload):
        if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
            low, high = (float(part) for part in child["value"].split(","))
            negated = condition["isNegated"] != (child["operator"] == "NOT_BETWEEN")
            ranges.append((child["field"], low, high, negated))
    return ranges


def _float_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def allergen_ranges_fixed(payload: Payload) -> list[tuple[str, float, float, bool]]:
    ranges: list[tuple[str, float, float, bool]] = []
    for _index, condition, child in _children(payload):
        if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
            parts = child["value"].split(",")
            bounds = [_float_or_none(part) for part in parts] if len(parts) == 2 else []
            if len(bounds) != 2 or bounds[0] is None or bounds[1] is None:
                continue  # not a range the router understands: the rule is skipped, not the job
            negated = condition["isNegated"] != (child["operator"] == "NOT_BETWEEN")
            ranges.append((child["field"], bounds[0], bounds[1], negated))
    return ranges


# 9. Loyalty LIKE rules as regular expressions -----------------------------------------------


def loyalty_patterns_buggy(payload: Payload) -> list[str]:
    """The LIKE rules (``%`` any run, ``_`` one character) compiled for the loyalty router."""
    patterns: list[str] = []
    for _index, _condition, child in _children(payload):
        if child["operator"] in ("LIKE", "NOT_LIKE"):
            regex = "^" + child["value"].replace("%", ".*").replace("_", ".") + "$"
            with warnings.catch_warnings():  # "possible nested set" and friends are noise in the logs
                warnings.simplefilter("ignore")
                patterns.append(re.compile(regex, re.IGNORECASE).pattern)
    return patterns


def _like_to_regex(value: str) -> str:
    return ".*".join(".".join(re.escape(piece) for piece in run.split("_")) for run in value.split("%"))


def loyalty_patterns_fixed(payload: Payload) -> list[str]:
    patterns: list[str] = []
    for _index, _condition, child in _children(payload):
        if child["operator"] in ("LIKE", "NOT_LIKE"):
            regex = "^" + _like_to_regex(child["value"]) + "$"
            patterns.append(re.compile(regex, re.IGNORECASE | re.DOTALL).pattern)
    return patterns


# 10. Routing rules synced into the POS database ---------------------------------------------


def _sql_text(text: str) -> str:
    """Text SQLite can bind (lone surrogates cannot be encoded as UTF-8)."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


_RULE_INSERT = "INSERT INTO routing_rule VALUES (?, ?, ?, ?, ?, ?, ?)"


def _sync_rules(payload: Payload, primary_key: str) -> int:
    integration = _sql_text(payload.get("_id") or payload["identifier"])
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(
            "CREATE TABLE routing_rule (integration TEXT NOT NULL, position INTEGER NOT NULL,"
            " slot INTEGER NOT NULL, field TEXT NOT NULL, operator TEXT NOT NULL, value TEXT NOT NULL,"
            f" negated INTEGER NOT NULL, PRIMARY KEY ({primary_key}))"
        )
        for slot, (position, condition, child) in enumerate(_children(payload)):
            row = (integration, position, slot, _sql_text(child["field"]), child["operator"])
            db.execute(_RULE_INSERT, (*row, _sql_text(child["value"]), int(condition["isNegated"])))
        count: int = db.execute("SELECT count(*) FROM routing_rule").fetchone()[0]
        return count


def pos_rules_sync_buggy(payload: Payload) -> int:
    """Copies the routing rules into the POS rule table, keyed by the field they test."""
    return _sync_rules(payload, "integration, field")


def pos_rules_sync_fixed(payload: Payload) -> int:
    return _sync_rules(payload, "integration, slot")


# 11. Nightly accounting export (cp1252) -----------------------------------------------------


def _accounting_row(payload: Payload) -> str:
    out = io.StringIO()
    row = [payload["identifier"], payload["providerId"], payload["channel"], payload["name"]]
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerow([*row, "1" if payload["active"] else "0"])
    return out.getvalue()


def accounting_export_buggy(payload: Payload) -> bytes:
    """One line of the nightly export, in the Windows-1252 the accounting package imports."""
    return _accounting_row(payload).encode("cp1252")


def accounting_export_fixed(payload: Payload) -> bytes:
    return _accounting_row(payload).encode("cp1252", errors="replace")


# 12. Menu-channel cache key (memcached) -----------------------------------------------------

_KEY_UNSAFE = re.compile(r"[\x00-\x20\x7f]")


def _memcached_key(key: bytes) -> bytes:
    """What the memcached client enforces on a key."""
    if len(key) > 250:
        raise ValueError(f"memcached key of {len(key)} bytes (at most 250)")
    if _KEY_UNSAFE.search(key.decode("latin-1")):
        raise ValueError("memcached key with whitespace or control characters")
    return key


def menu_cache_key_buggy(payload: Payload) -> bytes:
    """The cache key of the integration an outlet's menu-update notifications go through."""
    environment = _KEY_UNSAFE.sub("_", payload["_environmentId"])[:24]
    identifier = _KEY_UNSAFE.sub("_", payload["identifier"])[:200]
    return _memcached_key(f"bakery:menu:{environment}:{identifier}".encode())


def menu_cache_key_fixed(payload: Payload) -> bytes:
    environment = _KEY_UNSAFE.sub("_", payload["_environmentId"])
    identifier = _KEY_UNSAFE.sub("_", payload["identifier"])
    key = f"bakery:menu:{environment}:{identifier}".encode("utf-8", "surrogatepass")
    if len(key) > 250:
        key = b"bakery:menu:sha256:" + hashlib.sha256(key).hexdigest().encode("ascii")
    return _memcached_key(key)


# 13. Purge of soft-deleted integrations -----------------------------------------------------

_RETENTION = timedelta(days=30)


def purge_decision_buggy(payload: Payload) -> str:
    """Whether the nightly job purges a soft-deleted integration (30 days after deletion)."""
    if not payload["deleted"]:
        return "keep"
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "review"
    age = NOW - datetime.fromisoformat(deleted_at)
    return "purge" if age > _RETENTION else "keep"


def purge_decision_fixed(payload: Payload) -> str:
    if not payload["deleted"]:
        return "keep"
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "review"
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return "review"
    if when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)  # the API writes UTC; a naive stamp is taken as UTC
    return "purge" if NOW - when > _RETENTION else "keep"


# 14. Franchise cohort from the ObjectId -----------------------------------------------------


def franchise_cohort_buggy(payload: Payload) -> str:
    """The month an integration was set up (the franchise's onboarding cohort), from its ObjectId."""
    seconds = int(payload["_id"][:8], 16)
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m")


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def franchise_cohort_fixed(payload: Payload) -> str:
    object_id = payload.get("_id")
    if object_id is None or _OBJECT_ID.fullmatch(object_id) is None:
        return "unknown"
    return datetime.fromtimestamp(int(object_id[:8], 16), UTC).strftime("%Y-%m")


# 15. Supplier EDI document (XML) ------------------------------------------------------------

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_clean(text: str) -> str:
    """Drops the characters XML 1.0 cannot carry at all (control characters, lone surrogates)."""
    return _XML_INVALID.sub("", text)


def _edi_summary(document: str) -> tuple[dict[str, str], str | None]:
    root = ET.fromstring(document)  # the supplier gateway rejects what does not parse: check first
    sender = root.find("sender")
    return dict(root.attrib), None if sender is None else sender.text


def supplier_edi_buggy(payload: Payload) -> tuple[dict[str, str], str | None] | None:
    """The EDI header announcing the e-mail integration suppliers receive orders from."""
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    document = (
        f'<supplierChannel id="{_xml_clean(payload["identifier"])}" name="{_xml_clean(payload["name"])}">'
        f"<sender>{_xml_clean(credentials.get('senderName', ''))}</sender>"
        f"<replyTo>{_xml_clean(credentials.get('from', ''))}</replyTo></supplierChannel>"
    )
    return _edi_summary(document)


def supplier_edi_fixed(payload: Payload) -> tuple[dict[str, str], str | None] | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    document = (
        f"<supplierChannel id={quoteattr(_xml_clean(payload['identifier']))}"
        f" name={quoteattr(_xml_clean(payload['name']))}>"
        f"<sender>{escape(_xml_clean(credentials.get('senderName', '')))}</sender>"
        f"<replyTo>{escape(_xml_clean(credentials.get('from', '')))}</replyTo></supplierChannel>"
    )
    return _edi_summary(document)


# 16. Terraform-like settings exporter -------------------------------------------------------

_EXPORTED_KEYS = (
    "user", "domain", "host", "port", "region", "messageProfileId", "from", "senderName", "projectName",
    "applicationId", "clientId", "baseUrl", "webhookUrl", "redirectUrl", "ipPoolName", "apiKeyRequestHeader",
    "secretKeyRequestHeader", "idPath", "datePath", "instanceId", "alertUid", "title", "imageUrl", "state",
    "externalLink", "channelId", "phoneNumberIdentification", "accountSid", "secure", "requireTls",
    "ignoreTls", "hmac", "authenticateByToken", "tlsOptions",
)  # fmt: skip
_SECRET_KEYS = (
    "apiKey", "secretKey", "password", "token", "apiToken", "serviceAccount", "accessKey",
    "authenticationTokenKey",
)  # fmt: skip
_MAX_DEPTH = 32


def _hcl_string(text: str) -> str:
    return json.dumps(text).replace("${", "$${").replace("%{", "%%{")


def _hcl_buggy(value: object, depth: int = 0) -> str:
    if depth > _MAX_DEPTH:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _hcl_string(value)
    if isinstance(value, dict):
        items = ", ".join(f"{_hcl_string(str(k))} = {_hcl_buggy(v, depth + 1)}" for k, v in value.items())
        return "{ " + items + " }"
    raise TypeError(f"cannot render a {type(value).__name__} in HCL")


def _hcl_fixed(value: object, depth: int = 0) -> str:
    if depth > _MAX_DEPTH:
        return "null"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 1000 else _hcl_string(hex(value))  # str() caps digits
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float("inf") else _hcl_string(repr(value))
    if isinstance(value, str):
        return _hcl_string(value)
    if isinstance(value, Mapping):
        items = ", ".join(f"{_hcl_string(str(k))} = {_hcl_fixed(v, depth + 1)}" for k, v in value.items())
        return "{ " + items + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_hcl_fixed(item, depth + 1) for item in value) + "]"
    return _hcl_string(str(value))


_RESOURCE_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def _terraform(payload: Payload, render: Callable[[object], str]) -> str:
    label = _RESOURCE_UNSAFE.sub("_", payload["identifier"])
    if not label or not (label[0].isalpha() or label[0] == "_"):
        label = "i_" + label
    credentials = _credentials(payload)
    lines = [
        f'resource "novu_integration" "{label}" {{',
        f"  provider_id = {_hcl_string(payload['providerId'])}",
        f"  channel     = {_hcl_string(payload['channel'])}",
        f"  active      = {render(payload['active'])}",
        "  credentials = {",
    ]
    lines += [f"    {key} = {render(credentials[key])}" for key in _EXPORTED_KEYS if key in credentials]
    lines += [f"    {key} = var.{label}_{key}" for key in _SECRET_KEYS if key in credentials]
    return "\n".join([*lines, "  }", "}", ""])


def terraform_export_buggy(payload: Payload) -> str:
    """The integration as a ``novu_integration`` resource; secrets become variables."""
    return _terraform(payload, _hcl_buggy)


def terraform_export_fixed(payload: Payload) -> str:
    return _terraform(payload, _hcl_fixed)


# The suite ----------------------------------------------------------------------------------

_SMTP = {
    "host": "smtp.bakery.example",
    "port": "587",
    "from": "orders@bakery.example",
    "senderName": "Bakery",
}

BAKERY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="bakery_order_ready_template",
        bug="pastes the sender's brand into a string.Template, so a `$` in senderName/name is a placeholder",
        buggy=order_ready_text_buggy,
        fixed=order_ready_text_fixed,
        raises=(KeyError, ValueError),
        example=_example(credentials={**HAPPY_PATH["credentials"], "senderName": "Crumbs $5 Fridays"}),
    ),
    ConsumerCase(
        name="bakery_supplier_relay_dsn",
        bug="re-parses host and port through an smtp:// URL: a host with `:` or `[`, or a port that is no "
        "0-65535 number, breaks urlsplit",
        buggy=supplier_relay_buggy,
        fixed=supplier_relay_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Qa81kd"},
            credentials={**_SMTP, "host": "smtp.bakery.example:2525", "port": "2525"},
        ),
    ),
    ConsumerCase(
        name="bakery_supplier_tls_mode",
        bug="looks (secure, requireTls, ignoreTls) up in a table of one-switch-at-a-time combinations",
        buggy=supplier_tls_mode_buggy,
        fixed=supplier_tls_mode_fixed,
        raises=(KeyError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Qa81kd"},
            credentials={**_SMTP, "port": "465", "secure": True, "requireTls": True},
        ),
    ),
    ConsumerCase(
        name="bakery_residency_region",
        bug="assumes every region is `area-direction-number` (like eu-west-1), not `eu` or us-gov-west-1",
        buggy=residency_label_buggy,
        fixed=residency_label_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "ses", "name": "SES", "identifier": "ses-p2LzQ0"},
            credentials={
                "apiKey": "AKIAFAKE0001",
                "secretKey": "fake-secret",
                "region": "us-gov-west-1",
                "from": "orders@bakery.example",
                "senderName": "Bakery",
            },
        ),
    ),
    ConsumerCase(
        name="bakery_fcm_project",
        bug="json.loads(serviceAccount)['project_id'] without checking it is a JSON object with that key",
        buggy=fcm_endpoint_buggy,
        fixed=fcm_endpoint_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example=_example(
            {"providerId": "fcm", "channel": "push", "name": "Firebase Cloud Messaging", "primary": False},
            credentials={"serviceAccount": "ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIKfQ=="},
        ),
    ),
    ConsumerCase(
        name="bakery_kds_webhook_allowlist",
        bug="assumes urlsplit(webhookUrl).hostname is set; it is None for a URL without `//host`",
        buggy=kds_webhook_policy_buggy,
        fixed=kds_webhook_policy_fixed,
        raises=(AttributeError,),
        example=_example(
            {"providerId": "push-webhook", "channel": "push", "name": "Push Webhook", "primary": False},
            credentials={"webhookUrl": "kds-gateway:8080/novu", "secretKey": "kds-signing-secret"},
        ),
    ),
    ConsumerCase(
        name="bakery_sms_sender_number",
        bug="int() of a sender that starts with `+` or isdigit(): formatted numbers, non-ASCII digits fail",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-Hd8s0a"},
            credentials={"accountSid": "ACfake0001", "token": "fake-token", "from": "+44 7700 900123"},
        ),
    ),
    ConsumerCase(
        name="bakery_allergen_between",
        bug="assumes a BETWEEN/NOT_BETWEEN value is exactly two comma-separated numbers",
        buggy=allergen_ranges_buggy,
        fixed=allergen_ranges_fixed,
        raises=(ValueError,),
        example=_example({"conditions": [_condition(_child("payload.sugarGrams", "BETWEEN", "5-20"))]}),
    ),
    ConsumerCase(
        name="bakery_loyalty_like_regex",
        bug="turns a LIKE value into a regex without escaping: regex syntax in the value breaks re.compile",
        buggy=loyalty_patterns_buggy,
        fixed=loyalty_patterns_fixed,
        raises=(re.error, OverflowError, RecursionError),
        example=_example({"conditions": [_condition(_child("payload.basket", "LIKE", "*vegan*"))]}),
    ),
    ConsumerCase(
        name="bakery_pos_rules_sync",
        bug="keys the POS rule table by (integration, field): two rules on one field violate the primary key",
        buggy=pos_rules_sync_buggy,
        fixed=pos_rules_sync_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        _child("payload.total", "LARGER_EQUAL", "10"),
                        _child("payload.total", "SMALLER", "50"),
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="bakery_accounting_cp1252",
        bug="encodes the export line strictly as cp1252, which has no ł, CJK, emoji or lone surrogates",
        buggy=accounting_export_buggy,
        fixed=accounting_export_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Piekarnia Łódź SMS"}),
    ),
    ConsumerCase(
        name="bakery_menu_cache_key",
        bug="caps the identifier at 200 characters, but memcached's 250-byte limit is in UTF-8 bytes",
        buggy=menu_cache_key_buggy,
        fixed=menu_cache_key_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "pâtisserie-crème-brûlée-" * 8 + "x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="bakery_purge_deleted",
        bug="subtracts datetime.fromisoformat(deletedAt) from an aware clock: naive or non-ISO stamps fail",
        buggy=purge_decision_buggy,
        fixed=purge_decision_fixed,
        raises=(ValueError, TypeError),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-04-02T21:15:00"}),
    ),
    ConsumerCase(
        name="bakery_franchise_cohort",
        bug="reads a creation time from `_id` as a Mongo ObjectId; `_id` is optional and any string",
        buggy=franchise_cohort_buggy,
        fixed=franchise_cohort_fixed,
        raises=(KeyError, ValueError),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="bakery_supplier_edi_xml",
        bug="interpolates names into XML without escaping `&`, `<` or quotes",
        buggy=supplier_edi_buggy,
        fixed=supplier_edi_fixed,
        raises=(ET.ParseError,),
        example=_example(credentials={**HAPPY_PATH["credentials"], "senderName": "Crumb & Co"}),
    ),
    ConsumerCase(
        name="bakery_terraform_tls_options",
        bug="renders only strings, booleans and objects in HCL; tlsOptions may hold numbers, null and arrays",
        buggy=terraform_export_buggy,
        fixed=terraform_export_fixed,
        raises=(TypeError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Qa81kd"},
            credentials={
                **_SMTP,
                "tlsOptions": {
                    "rejectUnauthorized": False,
                    "minVersion": "TLSv1.2",
                    "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"],
                },
            },
        ),
    ),
]
