"""Held-out consumer bugs for a childcare and nursery chain ("Little Acorns"), written from the contract
documents alone.

The sixteen consumers below (parent SMS alerts, GDPR retention jobs, site SMTP relays, the staff
portal, the parent app's push and WhatsApp lines, ...) each take one ``GET /v1/integrations`` item as
sent on the wire and were written using only CONTRACT.md, the IntegrationResponseDto seed,
SERVER-SEMANTICS.md and providers.json, without looking at any payload generator, fixture or other
suite. Each ``buggy`` version carries one assumption that the contract does not guarantee and crashes
on the contract-valid ``example``; each ``fixed`` version does the same job and never raises on a
contract-valid payload.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import re
import struct
from datetime import datetime, timedelta
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["CHILDCARE_BUGS"]


def _ex(**changes: Any) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level keys replaced (a value of ``...`` drops the key)."""
    payload = copy.deepcopy(HAPPY_PATH)
    for key, value in changes.items():
        if value is ...:
            payload.pop(key, None)
        else:
            payload[key] = copy.deepcopy(value)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _children(payload: Payload) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for cond in payload.get("conditions") or []:
        if isinstance(cond, dict):
            out.extend(ch for ch in cond.get("children") or [] if isinstance(ch, dict))
    return out


# 1. Twilio sender number into the messaging ledger's BIGINT column ---------------------------------


def parent_sms_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """Registers the Twilio number parents receive pick-up alerts from (ledger column is BIGINT)."""
    if payload["providerId"] != "twilio":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    return {"sender_msisdn": int(sender.lstrip("+")), "site": payload["identifier"]}


def parent_sms_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") != "twilio":
        return None
    sender = _creds(payload).get("from")
    if not isinstance(sender, str) or not sender:
        return None
    compact = re.sub(r"[\s().-]", "", sender).removeprefix("+")
    if compact.isascii() and compact.isdigit() and len(compact) <= 18:
        return {"sender_msisdn": int(compact), "site": payload.get("identifier")}
    # An alphanumeric sender id, a messaging-service SID or an oddly formatted number: keep it as text.
    return {"sender_msisdn": None, "sender_text": sender, "site": payload.get("identifier")}


# 2. SES region for the GDPR data-residency check ---------------------------------------------------


def ses_residency_buggy(payload: Payload) -> str:
    """Children's data must stay in Europe: classify the SES region of an email integration."""
    if payload["providerId"] != "ses":
        return "n/a"
    region = payload["credentials"].get("region", "")
    if not region:
        return "unknown"
    geo, _direction, _number = region.split("-")
    return "compliant" if geo == "eu" else "non-compliant"


def ses_residency_fixed(payload: Payload) -> str:
    if payload.get("providerId") != "ses":
        return "n/a"
    region = _creds(payload).get("region")
    if not isinstance(region, str) or not region.strip():
        return "unknown"
    geo = region.strip().split("-", 1)[0].lower()
    return "compliant" if geo == "eu" else "non-compliant"


# 3. Infobip base URL for the parent SMS endpoint ---------------------------------------------------


def infobip_endpoint_buggy(payload: Payload) -> str | None:
    """Builds the Infobip send URL the nursery SMS worker posts to."""
    if payload["providerId"] not in ("infobip-sms", "infobip-email"):
        return None
    base = payload["credentials"].get("baseUrl")
    if not base:
        return None
    try:
        host = cast(str, urlsplit(base).hostname)  # "baseUrl is always a full URL"
    except ValueError:  # malformed IPv6 brackets
        return None
    suffix = "/sms/2/text/advanced" if payload["channel"] == "sms" else "/email/3/send"
    return "https://" + host.lower() + suffix


def infobip_endpoint_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") not in ("infobip-sms", "infobip-email"):
        return None
    base = _creds(payload).get("baseUrl")
    if not isinstance(base, str) or not base.strip():
        return None
    base = base.strip()
    if "//" not in base:  # Infobip's console shows the base URL without a scheme
        base = "https://" + base
    try:
        host = urlsplit(base).hostname
    except ValueError:
        return None
    if not host:
        return None
    suffix = "/sms/2/text/advanced" if payload.get("channel") == "sms" else "/email/3/send"
    return "https://" + host.lower() + suffix


# 4. Site SMTP relay address ------------------------------------------------------------------------


def smtp_relay_addr_buggy(payload: Payload) -> tuple[str, str] | None:
    """The on-prem relay pool is configured with 'host:port' strings and reads them back."""
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    addr = f"{creds.get('host', 'localhost')}:{creds.get('port', '25')}"
    host, port = addr.split(":")
    return host, port


def smtp_relay_addr_fixed(payload: Payload) -> tuple[str, str] | None:
    if payload.get("providerId") != "nodemailer":
        return None
    creds = _creds(payload)
    host = creds.get("host")
    port = creds.get("port")
    host = host if isinstance(host, str) and host else "localhost"
    port = port if isinstance(port, str) and port else "25"
    return host, port


# 5. Room rules translated to SQL for the parent directory -------------------------------------------

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

_SQL_OPERATORS_FULL = {
    **_SQL_OPERATORS,
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}


def room_rule_sql_buggy(payload: Payload) -> list[str]:
    """Turns the integration's conditions into WHERE clauses over the parent directory."""
    clauses = []
    for cond in payload.get("conditions", []):
        for child in cond["children"]:
            clauses.append(f"{child['on']}.attrs->>%s {_SQL_OPERATORS[child['operator']]} %s")
    return clauses


def room_rule_sql_fixed(payload: Payload) -> list[str]:
    clauses = []
    for child in _children(payload):
        op = _SQL_OPERATORS_FULL.get(child.get("operator"))  # type: ignore[arg-type]
        if op is None:
            clauses.append("TRUE /* unsupported operator */")
            continue
        clauses.append(f"{child.get('on')}.attrs->>%s {op} %s")
    return clauses


# 6. Admin search index highlighter ------------------------------------------------------------------


def search_doc_buggy(payload: Payload) -> dict[str, Any]:
    """Indexes the integration for the staff-portal search box, with a name highlighter."""
    highlighter = re.compile(rf"({payload['name']})", re.IGNORECASE)
    return {"doc": payload["identifier"], "name": payload["name"], "hl": highlighter.pattern}


def search_doc_fixed(payload: Payload) -> dict[str, Any]:
    name = payload.get("name", "")
    highlighter = re.compile(f"({re.escape(name)})", re.IGNORECASE)
    return {"doc": payload.get("identifier"), "name": name, "hl": highlighter.pattern}


# 7. Audience rules for the parent app: scope and attribute -----------------------------------------


def audience_rules_buggy(payload: Payload) -> list[tuple[str, str, str]]:
    """Translates conditions into parent-app audience rules (scope, attribute, operator)."""
    rules = []
    for cond in payload.get("conditions", []):
        for child in cond["children"]:
            scope, attribute = child["field"].split(".", 1)
            if scope != child["on"]:
                raise ValueError(f"condition field {child['field']!r} is not under {child['on']!r}")
            rules.append((scope, attribute, child["operator"]))
    return rules


def audience_rules_fixed(payload: Payload) -> list[tuple[str, str, str]]:
    rules = []
    for child in _children(payload):
        scope = str(child.get("on", ""))
        field = str(child.get("field", ""))
        attribute = field[len(scope) + 1 :] if field.startswith(scope + ".") else field
        rules.append((scope, attribute, str(child.get("operator", ""))))
    return rules


# 8. Per-integration webhook host name -----------------------------------------------------------------


def webhook_host_buggy(payload: Payload) -> str:
    """Each integration gets its own delivery-receipt subdomain on the chain's webhook gateway."""
    host = f"{payload['identifier'].lower()}.hooks.littleacorns.example"
    host.encode("idna")  # the DNS provisioning client rejects what IDNA rejects
    return f"https://{host}/novu/receipts"


def webhook_host_fixed(payload: Payload) -> str:
    identifier = payload.get("identifier", "")
    slug = re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    label = f"{slug}-{digest}" if slug else f"i-{digest}"
    host = f"{label}.hooks.littleacorns.example"
    return f"https://{host}/novu/receipts"


# 9. Redis cache key ------------------------------------------------------------------------------------


def cache_key_buggy(payload: Payload) -> str:
    """Cache key for the nursery notification router's integration cache."""
    return f"la:integration:{payload['_environmentId']}:{payload['_id']}"


def cache_key_fixed(payload: Payload) -> str:
    env = payload.get("_environmentId", "")
    record = payload.get("_id")
    if isinstance(record, str):
        return f"la:integration:{env}:{record}"
    ident = hashlib.sha256(str(payload.get("identifier", "")).encode("utf-8", "surrogatepass")).hexdigest()
    return f"la:integration:{env}:ident:{ident}"


# 10. Failover planner for parent alerts ----------------------------------------------------------------


def failover_role_buggy(payload: Payload) -> str:
    """Role of an integration in the emergency-closure alert failover plan."""
    if payload["primary"]:
        assert payload["active"], f"primary integration {payload['identifier']} is inactive"
        return "primary"
    return "standby" if payload["active"] else "off"


def failover_role_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    if payload.get("primary") is True:
        return "primary" if active else "primary-inactive"
    return "standby" if active else "off"


# 11. GDPR retention: purge date of a soft-deleted integration ------------------------------------------


def purge_date_buggy(payload: Payload) -> str | None:
    """When the audit copy of a deleted integration (and its parent contact data) must be purged."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
    try:
        return (deleted_at + timedelta(days=365)).date().isoformat()
    except OverflowError:
        return "review-manually"


def purge_date_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True or not isinstance(payload.get("deletedAt"), str):
        return None
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"].strip())
        return (deleted_at + timedelta(days=365)).date().isoformat()
    except (ValueError, OverflowError):
        return "review-manually"


# 12. Staff-portal record model ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _IntegrationRow:
    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    conditions: list[Any] = dataclasses.field(default_factory=list)
    deleted_at: str | None = None
    deleted_by: str | None = None


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", key.lstrip("_")).lower()


_WIRE_TO_ROW = {
    "_id": "id",
    "_environmentId": "environment_id",
    "_organizationId": "organization_id",
    "name": "name",
    "identifier": "identifier",
    "providerId": "provider_id",
    "channel": "channel",
    "credentials": "credentials",
    "active": "active",
    "deleted": "deleted",
    "primary": "primary",
    "conditions": "conditions",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
}


def staff_row_buggy(payload: Payload) -> _IntegrationRow:
    """Maps a wire item onto the staff portal's row model."""
    return _IntegrationRow(**{_snake(key): value for key, value in payload.items()})


def staff_row_fixed(payload: Payload) -> _IntegrationRow:
    return _IntegrationRow(**{row: payload[wire] for wire, row in _WIRE_TO_ROW.items() if wire in payload})


# 13. WhatsApp Business line in the fixed-width switch record ------------------------------------------


def whatsapp_line_buggy(payload: Payload) -> bytes | None:
    """Packs the WhatsApp sender line for the parent-messaging switch (uint32 + 16-byte site tag)."""
    if payload["providerId"] != "whatsapp-business":
        return None
    line = payload["credentials"].get("phoneNumberIdentification")
    if not line:
        return None
    return struct.pack(">I16s", int(line), payload["identifier"].encode("utf-8")[:16])


def whatsapp_line_fixed(payload: Payload) -> bytes | None:
    if payload.get("providerId") != "whatsapp-business":
        return None
    line = _creds(payload).get("phoneNumberIdentification")
    if not isinstance(line, str) or not line:
        return None
    site = str(payload.get("identifier", "")).encode("utf-8", "replace")
    return struct.pack(">32s16s", line.encode("utf-8", "replace"), site)


# 14. Firebase project behind the parent-app push integration -------------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project id shown on the ops dashboard for the parent app's push integration."""
    if payload["providerId"] != "fcm":
        return None
    account = payload["credentials"].get("serviceAccount")
    if not account:
        return None
    project: str | None = json.loads(account).get("project_id")
    return project


def fcm_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    account = _creds(payload).get("serviceAccount")
    if not isinstance(account, str) or not account:
        return None
    if account.startswith("nvsk."):
        return "encrypted"
    try:
        parsed = json.loads(account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, dict):
        return None
    project = parsed.get("project_id")
    return project if isinstance(project, str) else None


# 15. Custom CA bundle of a site SMTP relay --------------------------------------------------------------

_PEM_BEGIN = "-----BEGIN CERTIFICATE-----"


def smtp_ca_count_buggy(payload: Payload) -> int:
    """How many custom CAs a nursery's SMTP relay pins (sites behind council network proxies)."""
    if payload["providerId"] != "nodemailer":
        return 0
    tls = payload["credentials"].get("tlsOptions") or {}
    bundle = tls.get("ca", "")
    return len([cert for cert in bundle.split(_PEM_BEGIN)[1:] if cert.strip()])


def smtp_ca_count_fixed(payload: Payload) -> int:
    if payload.get("providerId") != "nodemailer":
        return 0
    tls = _creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        return 0
    ca = tls.get("ca")
    items = ca if isinstance(ca, list) else [ca]  # Node accepts a PEM string or an array of them
    bundles = [item for item in items if isinstance(item, str)]
    return sum(len([cert for cert in b.split(_PEM_BEGIN)[1:] if cert.strip()]) for b in bundles)


# 16. SMTP envelope sender for the newsletter relay (no SMTPUTF8) ------------------------------------------


def envelope_sender_buggy(payload: Payload) -> bytes | None:
    """The MAIL FROM line the chain's newsletter relay sends for an email integration's sender."""
    if payload["channel"] != "email":
        return None
    sender: str | None = payload["credentials"].get("from")
    if not sender:
        return None
    return b"MAIL FROM:<" + sender.encode("ascii") + b">\r\n"


def envelope_sender_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    sender = _creds(payload).get("from")
    if not isinstance(sender, str) or not sender:
        return None
    if sender.isascii():
        return b"MAIL FROM:<" + sender.encode("ascii") + b">\r\n"
    local, _, domain = sender.rpartition("@")
    try:
        domain_b = domain.encode("idna")
    except (UnicodeError, ValueError):
        domain_b = domain.encode("utf-8", "replace")
    local_b = local.encode("utf-8", "replace")
    address = local_b + b"@" + domain_b if local else domain_b
    smtputf8 = b"" if address.isascii() else b" SMTPUTF8"
    return b"MAIL FROM:<" + address + b">" + smtputf8 + b"\r\n"


# Examples ------------------------------------------------------------------------------------------------


def _case_examples() -> dict[str, Payload]:
    ex: dict[str, Payload] = {}
    ex["twilio"] = _ex(
        name="Twilio",
        identifier="twilio-Rk3x9QpZ",
        providerId="twilio",
        channel="sms",
        credentials={
            "accountSid": "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "token": "fake-token-01",
            "from": "+44 7700 900123",
        },
    )
    ex["ses"] = _ex(
        name="SES",
        identifier="ses-Lm8Zq2Wd",
        providerId="ses",
        credentials={
            "apiKey": "AKIAFAKEKEY0001",
            "secretKey": "fake-secret-0001",
            "region": "us-gov-west-1",
            "from": "office@littleacorns.example",
            "senderName": "Little Acorns",
        },
    )
    ex["infobip"] = _ex(
        name="Infobip",
        identifier="infobip-Tq2v8KcM",
        providerId="infobip-sms",
        channel="sms",
        credentials={
            "apiKey": "fake-api-key-0002",
            "baseUrl": "x8e3kq.api.infobip.com",
            "from": "LittleAcorn",
        },
    )
    ex["ipv6"] = _ex(
        name="Custom SMTP",
        identifier="custom-smtp-Hb7w2XyA",
        providerId="nodemailer",
        credentials={
            "host": "2001:db8::25",
            "port": "587",
            "from": "office@littleacorns.example",
            "senderName": "Little Acorns",
        },
    )
    ex["operator"] = copy.deepcopy(HAPPY_PATH)
    ex["operator"]["conditions"][0]["children"][0].update(
        {"field": "subscriber.data.ageMonths", "operator": "BETWEEN", "value": "24,36"}
    )
    ex["regex"] = _ex(name="*URGENT* closure alerts")
    ex["scope"] = copy.deepcopy(HAPPY_PATH)
    ex["scope"]["conditions"][0]["children"][0].update(
        {"field": "child.room", "value": "Toddlers", "on": "payload"}
    )
    ex["long_identifier"] = _ex(
        name="Little Acorns Harrogate Parent Communications Transactional Email",
        identifier="little-acorns-harrogate-parent-communications-transactional-email-x8Kd2bQ1",
    )
    ex["no_id"] = _ex(_id=...)
    ex["inactive_primary"] = _ex(active=False, primary=True)
    ex["deleted_at"] = _ex(deleted=True, deletedAt="2024-05-01T08:30:00Z")
    ex["extras"] = _ex(
        priority=1,
        createdAt="2024-03-01T07:00:00.000Z",
        updatedAt="2024-03-02T07:00:00.000Z",
        __v=0,
    )
    ex["whatsapp"] = _ex(
        name="WhatsApp Business",
        identifier="whats-app-business-Pz4nQ8rT",
        providerId="whatsapp-business",
        channel="chat",
        primary=False,
        credentials={"apiToken": "fake-api-token-0003", "phoneNumberIdentification": "106540352242922"},
    )
    ex["fcm"] = _ex(
        name="Firebase Cloud Messaging",
        identifier="firebase-cloud-messaging-Jd5sW1kE",
        providerId="fcm",
        channel="push",
        primary=False,
        credentials={
            "serviceAccount": "nvsk.9f86d081884c7d659a2feaa0c55ad015:2c26b46b68ffc68ff99b453c1d304134"
        },
    )
    ex["tls_ca"] = _ex(
        name="Custom SMTP",
        identifier="custom-smtp-Vn6c3RtL",
        providerId="nodemailer",
        credentials={
            "host": "smtp.harrogate.littleacorns.example",
            "port": "465",
            "secure": True,
            "tlsOptions": {
                "ca": ["-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKE\n-----END CERTIFICATE-----\n"],
                "rejectUnauthorized": True,
            },
            "from": "office@littleacorns.example",
            "senderName": "Little Acorns",
        },
    )
    ex["idn_from"] = copy.deepcopy(HAPPY_PATH)
    ex["idn_from"]["credentials"]["from"] = "kontakt@kita-sonnenschön.de"
    return ex


_EX = _case_examples()

CHILDCARE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="childcare_twilio_sender_bigint",
        bug=(
            "Assumes a Twilio `from` is '+' followed only by digits "
            "(fits int()), not a formatted or alphanumeric sender."
        ),
        buggy=parent_sms_sender_buggy,
        fixed=parent_sms_sender_fixed,
        raises=(ValueError,),
        example=_EX["twilio"],
    ),
    ConsumerCase(
        name="childcare_ses_region_residency",
        bug="Assumes an SES `region` has exactly three dash-separated parts (geo-direction-number).",
        buggy=ses_residency_buggy,
        fixed=ses_residency_fixed,
        raises=(ValueError,),
        example=_EX["ses"],
    ),
    ConsumerCase(
        name="childcare_infobip_base_url_scheme",
        bug="Assumes Infobip's `baseUrl` is a full URL with a scheme, so urlsplit finds a hostname.",
        buggy=infobip_endpoint_buggy,
        fixed=infobip_endpoint_fixed,
        raises=(AttributeError,),
        example=_EX["infobip"],
    ),
    ConsumerCase(
        name="childcare_smtp_relay_ipv6_host",
        bug="Assumes a Custom SMTP `host` contains no ':' so a 'host:port' string splits into two parts.",
        buggy=smtp_relay_addr_buggy,
        fixed=smtp_relay_addr_fixed,
        raises=(ValueError,),
        example=_EX["ipv6"],
    ),
    ConsumerCase(
        name="childcare_room_rule_operator_sql",
        bug=(
            "Assumes condition children only use comparison and "
            "IN/NOT_IN operators (no BETWEEN, LIKE, ANY_IN...)."
        ),
        buggy=room_rule_sql_buggy,
        fixed=room_rule_sql_fixed,
        raises=(KeyError,),
        example=_EX["operator"],
    ),
    ConsumerCase(
        name="childcare_search_name_regex",
        bug="Assumes an integration `name` has no regex metacharacters and compiles it unescaped.",
        buggy=search_doc_buggy,
        fixed=search_doc_fixed,
        raises=(re.error,),
        example=_EX["regex"],
    ),
    ConsumerCase(
        name="childcare_condition_field_scope",
        bug=(
            "Assumes a condition child's `field` is prefixed with "
            "its `on` scope ('subscriber.x' when on=subscriber)."
        ),
        buggy=audience_rules_buggy,
        fixed=audience_rules_fixed,
        raises=(ValueError,),
        example=_EX["scope"],
    ),
    ConsumerCase(
        name="childcare_webhook_subdomain_length",
        bug="Assumes an `identifier` fits in one DNS label (at most 63 characters, non-empty, no dots).",
        buggy=webhook_host_buggy,
        fixed=webhook_host_fixed,
        raises=(UnicodeError,),
        example=_EX["long_identifier"],
    ),
    ConsumerCase(
        name="childcare_cache_key_record_id",
        bug="Assumes every item carries `_id`, which the contract marks optional.",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(KeyError,),
        example=_EX["no_id"],
    ),
    ConsumerCase(
        name="childcare_failover_inactive_primary",
        bug="Assumes a primary integration is always active (primary: true with active: false is valid).",
        buggy=failover_role_buggy,
        fixed=failover_role_fixed,
        raises=(AssertionError,),
        example=_EX["inactive_primary"],
    ),
    ConsumerCase(
        name="childcare_gdpr_purge_deleted_at_millis",
        bug=(
            "Assumes a deleted item's `deletedAt` always has "
            "milliseconds and a 'Z' ('%Y-%m-%dT%H:%M:%S.%fZ')."
        ),
        buggy=purge_date_buggy,
        fixed=purge_date_fixed,
        raises=(ValueError,),
        example=_EX["deleted_at"],
    ),
    ConsumerCase(
        name="childcare_staff_row_extra_keys",
        bug="Assumes the item has only the contract's keys and maps all of them onto a fixed dataclass.",
        buggy=staff_row_buggy,
        fixed=staff_row_fixed,
        raises=(TypeError,),
        example=_EX["extras"],
    ),
    ConsumerCase(
        name="childcare_whatsapp_line_uint32",
        bug=(
            "Assumes WhatsApp `phoneNumberIdentification` is a "
            "decimal number that fits an unsigned 32-bit field."
        ),
        buggy=whatsapp_line_buggy,
        fixed=whatsapp_line_fixed,
        raises=(struct.error, ValueError),
        example=_EX["whatsapp"],
    ),
    ConsumerCase(
        name="childcare_fcm_service_account_json",
        bug=(
            "Assumes FCM `serviceAccount` is always the plaintext "
            "JSON key file (not e.g. the 'nvsk.' stored form)."
        ),
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, AttributeError, RecursionError),
        example=_EX["fcm"],
    ),
    ConsumerCase(
        name="childcare_smtp_tls_ca_list",
        bug="Assumes `tlsOptions.ca` is a single PEM string, not a list (tlsOptions is free-form JSON).",
        buggy=smtp_ca_count_buggy,
        fixed=smtp_ca_count_fixed,
        raises=(AttributeError, TypeError),
        example=_EX["tls_ca"],
    ),
    ConsumerCase(
        name="childcare_envelope_sender_idn",
        bug=(
            "Assumes an email integration's `from` address is "
            "ASCII (no internationalised domain or local part)."
        ),
        buggy=envelope_sender_buggy,
        fixed=envelope_sender_fixed,
        raises=(UnicodeEncodeError,),
        example=_EX["idn_from"],
    ),
]
