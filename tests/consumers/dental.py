"""Sixteen consumers of ``GET /v1/integrations`` items from a dental clinic chain, each with one bug.

This held-out suite was written from the contract documents alone (CONTRACT.md, the
IntegrationResponseDto seed, SERVER-SEMANTICS.md and providers.json), without looking at any
payload generator, benchmark, fixture or other consumer suite: every case is a piece of the
clinic chain's own service code (appointment-reminder routers, recall SMS gateways, patient
data-residency checks, practice-management exports, audit sinks, ...) whose buggy version makes
one plausible assumption that the contract does not guarantee, and whose fixed version does the
same job without raising on any contract-valid payload.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import struct
import uuid
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _variant(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level keys replaced or added, and some removed."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not one (fixed versions only)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects, skipping anything that is not one (fixed versions only)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


# 1. Twilio sender for appointment-recall SMS ------------------------------------------------


def recall_sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    """The Twilio ``From`` parameter the recall-SMS gateway sends with every reminder."""
    if payload["providerId"] != "twilio":
        return None
    sender = payload["credentials"]["from"]
    number = int(sender.replace(" ", "").lstrip("+"))
    return {"AccountSid": payload["credentials"].get("accountSid", ""), "From": f"+{number}"}


def recall_sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("providerId") != "twilio":
        return None
    creds = _creds(payload)
    sender = _text(creds.get("from")).strip()
    params = {"AccountSid": _text(creds.get("accountSid"))}
    if re.fullmatch(r"MG[0-9a-fA-F]{32}", sender):
        params["MessagingServiceSid"] = sender
        return params
    digits = sender.replace(" ", "").lstrip("+")
    if digits.isascii() and digits.isdigit():
        params["From"] = f"+{digits}"
    else:
        params["From"] = sender  # alphanumeric sender id such as "BrightSmile"
    return params


# 2. Patient-data residency check on a provider region --------------------------------------


def residency_check_buggy(payload: Payload) -> dict[str, object] | None:
    """Whether a provider that stores message content keeps patient data inside the EU."""
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geo, direction, number = region.split("-")
    return {"region": region, "in_eu": geo == "eu", "zone": int(number), "direction": direction}


def residency_check_fixed(payload: Payload) -> dict[str, object] | None:
    region = _creds(payload).get("region")
    if not isinstance(region, str):
        return None
    parts = region.strip().lower().split("-")
    zone_text = parts[-1] if len(parts) > 1 else ""
    zone = int(zone_text) if zone_text.isascii() and zone_text.isdigit() and len(zone_text) < 10 else None
    direction = "-".join(parts[1:-1]) if len(parts) > 2 else ""
    return {"region": region, "in_eu": parts[0] == "eu", "zone": zone, "direction": direction}


# 3. Egress firewall allow-list from a provider base URL -----------------------------------


def egress_allowlist_buggy(payload: Payload) -> tuple[str, str] | None:
    """The (provider, host) rule the clinic network firewall needs for a custom API base URL."""
    base_url = payload["credentials"].get("baseUrl")
    if base_url is None:
        return None
    host = urlsplit(base_url).hostname
    return payload["providerId"], host.lower().rstrip(".")


def egress_allowlist_fixed(payload: Payload) -> tuple[str, str] | None:
    base_url = _creds(payload).get("baseUrl")
    if not isinstance(base_url, str) or not base_url.strip():
        return None
    text = base_url.strip()
    if "://" not in text and not text.startswith("//"):
        text = "//" + text  # "api.eu.mailgun.net" is a host, not a path
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    return _text(payload.get("providerId")), host.lower().rstrip(".")


# 4. Firebase project of the patient-app push integration ----------------------------------


def push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project the patient app's push notifications are billed to."""
    if payload["providerId"] != "fcm" or "serviceAccount" not in payload["credentials"]:
        return None
    account = json.loads(payload["credentials"]["serviceAccount"])
    return str(account["project_id"])


def push_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    if not isinstance(raw, str):
        return None
    if raw.startswith("nvsk."):
        return "<encrypted>"  # write replies return the stored, encrypted form
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if isinstance(account, dict) and isinstance(account.get("project_id"), str):
        return str(account["project_id"])
    return None


# 5. STARTTLS policy of the clinics' own SMTP relay -----------------------------------------

_TLS_MODES = {(False, False): "opportunistic", (True, False): "required", (False, True): "plaintext"}


def smtp_tls_policy_buggy(payload: Payload) -> str | None:
    """The STARTTLS policy the on-premise mail relay is configured with for a custom SMTP integration."""
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    if creds.get("secure"):
        return "implicit"
    return _TLS_MODES[(bool(creds.get("requireTls")), bool(creds.get("ignoreTls")))]


def smtp_tls_policy_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "nodemailer":
        return None
    creds = _creds(payload)
    if creds.get("secure") is True:
        return "implicit"
    if creds.get("requireTls") is True:
        return "required"  # requireTls wins over ignoreTls: patient data never goes in clear
    if creds.get("ignoreTls") is True:
        return "plaintext"
    return "opportunistic"


# 6. SMTP envelope sender for treatment-plan e-mails ----------------------------------------


def smtp_envelope_buggy(payload: Payload) -> bytes | None:
    """The ``MAIL FROM`` line the clinic relay sends for an e-mail integration."""
    if payload["channel"] != "email" or "from" not in payload["credentials"]:
        return None
    sender: str = payload["credentials"]["from"]
    return b"MAIL FROM:<" + sender.encode("ascii") + b">\r\n"


def smtp_envelope_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    sender = _creds(payload).get("from")
    if not isinstance(sender, str):
        return None
    try:
        return b"MAIL FROM:<" + sender.encode("ascii") + b">\r\n"
    except UnicodeEncodeError:
        return b"MAIL FROM:<" + sender.encode("utf-8", "replace") + b"> SMTPUTF8\r\n"


# 7. Environment of a synced integration ----------------------------------------------------

CLINIC_ENVIRONMENTS = {"6615a3c2f1e2d3c4b5a69701": "clinics-production"}


def environment_sync_buggy(payload: Payload) -> str:
    """The clinic config namespace a nightly sync job writes an integration into."""
    namespace = CLINIC_ENVIRONMENTS[payload["_environmentId"]]
    return f"{namespace}/{payload['identifier']}"


def environment_sync_fixed(payload: Payload) -> str:
    # GET /v1/integrations lists the whole organization, every environment included.
    env_id = _text(payload.get("_environmentId"))
    namespace = CLINIC_ENVIRONMENTS.get(env_id, f"foreign-env/{env_id}")
    return f"{namespace}/{_text(payload.get('identifier'))}"


# 8. Kubernetes Secret name for an integration's credentials --------------------------------

_DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")


def k8s_secret_name_buggy(payload: Payload) -> str:
    """The name of the Kubernetes Secret the reminder workers mount the credentials from."""
    name = f"novu-{payload['identifier'].lower()}"
    if len(name) > 63 or not _DNS_LABEL.fullmatch(name):
        raise ValueError(f"invalid Secret name {name!r}")
    return name


def k8s_secret_name_fixed(payload: Payload) -> str:
    identifier = _text(payload.get("identifier"))
    slug = re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")[:44].strip("-")
    digest = zlib.crc32(identifier.encode("utf-8", "surrogatepass"))
    name = f"novu-{slug}-{digest:08x}" if slug else f"novu-{digest:08x}"
    if len(name) > 63 or not _DNS_LABEL.fullmatch(name):
        return f"novu-{digest:08x}"
    return name


# 9. Vendor record for the practice-management system ---------------------------------------


def pms_vendor_record_buggy(payload: Payload) -> bytes:
    """A vendor record for the practice-management system: length-prefixed name and channel."""
    name: bytes = payload["name"].encode("utf-8")
    channel: bytes = payload["channel"].encode("ascii")
    return struct.pack(">B", len(name)) + name + struct.pack(">B", len(channel)) + channel


def pms_vendor_record_fixed(payload: Payload) -> bytes:
    name = _text(payload.get("name")).encode("utf-8", "replace")[:255]
    name = name.decode("utf-8", "ignore").encode("utf-8")  # never cut a character in half
    channel = _text(payload.get("channel")).encode("ascii", "replace")[:255]
    return struct.pack(">B", len(name)) + name + struct.pack(">B", len(channel)) + channel


# 10. Retention of deleted reminder integrations --------------------------------------------


def retention_due_buggy(payload: Payload) -> bool | None:
    """Whether a soft-deleted integration's message logs are past the 7-year retention window."""
    if "deletedAt" not in payload:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    return (datetime.now() - deleted_at).days > 7 * 365


def retention_due_fixed(payload: Payload) -> bool | None:
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return None
    try:
        deleted_at = datetime.fromisoformat(raw.strip())
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return (datetime.now(UTC) - deleted_at).days > 7 * 365
    except (ValueError, OverflowError):
        return None


# 11. Audit sink for who removed an integration ---------------------------------------------


def deletion_actor_buggy(payload: Payload) -> dict[str, str] | None:
    """The audit event for a removal, keyed by the staff member's SSO user id (a UUID)."""
    if "deletedBy" not in payload:
        return None
    actor = uuid.UUID(payload["deletedBy"])
    return {"integration": payload["identifier"], "actor": str(actor)}


def deletion_actor_fixed(payload: Payload) -> dict[str, str] | None:
    actor = payload.get("deletedBy")
    if not isinstance(actor, str):
        return None
    try:
        actor_id = f"sso:{uuid.UUID(actor)}"
    except ValueError:
        actor_id = f"novu:{actor}"  # a Novu user id (an ObjectId), not one of our SSO ids
    return {"integration": _text(payload.get("identifier")), "actor": actor_id}


# 12. Reminder failover router ---------------------------------------------------------------


def failover_route_buggy(payload: Payload) -> str:
    """Where the reminder queue sends a channel's messages: the primary, a fallback, or nowhere."""
    if payload["primary"]:
        assert payload["active"], f"primary integration {payload['identifier']} is inactive"
        return "primary"
    return "fallback" if payload["active"] else "disabled"


def failover_route_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    if payload.get("primary") is True:
        return "primary" if active else "primary-inactive"  # set-primary leaves these around
    return "fallback" if active else "disabled"


# 13. Lifecycle column of the integrations admin table --------------------------------------

_LIFECYCLE = {(False, False): "live", (True, True): "deleted", (True, False): "deleted (time unknown)"}


def lifecycle_status_buggy(payload: Payload) -> str:
    """The lifecycle badge the clinic IT admin table shows for an integration."""
    return _LIFECYCLE[(payload["deleted"], "deletedAt" in payload)]


def lifecycle_status_fixed(payload: Payload) -> str:
    deleted = payload.get("deleted") is True
    stamped = isinstance(payload.get("deletedAt"), str)
    if deleted:
        return "deleted" if stamped else "deleted (time unknown)"
    return "live (was deleted)" if stamped else "live"


# 14. SQL preview of a patient-segment condition --------------------------------------------

_SQL_OPS_PARTIAL = {
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
    "BETWEEN": "BETWEEN",
}
_SQL_OPS = {**_SQL_OPS_PARTIAL, "NOT_BETWEEN": "NOT BETWEEN", "ANY_IN": "&&", "ALL_IN": "@>"}


def segment_sql_buggy(payload: Payload) -> list[str]:
    """The SQL the marketing team sees as a preview of which patients an integration targets."""
    clauses = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            op = _SQL_OPS_PARTIAL[child["operator"]]
            clauses.append(f"{child['on']}.{child['field']} {op} {child['value']!r}")
    return clauses


def segment_sql_fixed(payload: Payload) -> list[str]:
    clauses = []
    for condition in _conditions(payload):
        children = condition.get("children")
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            operator = _text(child.get("operator"), "?")
            op = _SQL_OPS.get(operator, operator)
            field = f"{_text(child.get('on'), '?')}.{_text(child.get('field'))}"
            clauses.append(f"{field} {op} {child.get('value')!r}")
    return clauses


# 15. On-call alert text for a gated integration --------------------------------------------


def gating_alert_buggy(payload: Payload) -> list[str]:
    """Lines of the on-call alert explaining which rules gate an integration that stopped sending."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        more = len(condition["children"]) - 1
        lines.append(f"{condition['value']} rule on {first['field']} (+{more} more)")
    return lines


def gating_alert_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in _conditions(payload):
        children = condition.get("children")
        children = [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []
        value = _text(condition.get("value"), "?")
        if not children:
            lines.append(f"{value} rule with no field filters")
            continue
        lines.append(f"{value} rule on {_text(children[0].get('field'))} (+{len(children) - 1} more)")
    return lines


# 16. Row for the integrations reporting table ----------------------------------------------


@dataclasses.dataclass(frozen=True)
class IntegrationRow:
    environmentId: str = ""  # noqa: N815 - mirrors the wire names
    organizationId: str = ""  # noqa: N815
    name: str = ""
    identifier: str = ""
    providerId: str = ""  # noqa: N815
    channel: str = ""
    credentials: dict[str, Any] = dataclasses.field(default_factory=dict)
    active: bool = False
    deleted: bool = False
    primary: bool = False
    id: str | None = None
    deletedAt: str | None = None  # noqa: N815
    deletedBy: str | None = None  # noqa: N815
    conditions: list[Any] | None = None


_ROW_FIELDS = frozenset(f.name for f in dataclasses.fields(IntegrationRow))


def reporting_row_buggy(payload: Payload) -> IntegrationRow:
    """The row the weekly clinic communications report loads each integration into."""
    return IntegrationRow(**{key.lstrip("_"): value for key, value in payload.items()})


def reporting_row_fixed(payload: Payload) -> IntegrationRow:
    known = {key.lstrip("_"): value for key, value in payload.items() if key.lstrip("_") in _ROW_FIELDS}
    return IntegrationRow(**known)


# The cases ------------------------------------------------------------------------------------

_LONG_NAME = "Bright Smiles Dental Group · Reminders for " + ", ".join(
    f"Clinic {n:02d} ({town})"
    for n, town in enumerate(["Leeds", "York", "Hull", "Bradford", "Sheffield", "Harrogate"] * 3, 1)
)

DENTAL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="dental_recall_sms_twilio_sender_not_number",
        bug="a Twilio `from` is always a phone number (not a Messaging Service SID or alphanumeric id)",
        buggy=recall_sms_sender_buggy,
        fixed=recall_sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3rT9aZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC0123456789abcdef0123456789abcdef",
                    "token": "fake-token-0001",
                    "from": "MG9752274e9e519418a7406176694466fa",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dental_residency_region_three_parts",
        bug="a credentials `region` always has three dash-separated parts like `eu-west-1` (SparkPost: `eu`)",
        buggy=residency_check_buggy,
        fixed=residency_check_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "SparkPost",
                "identifier": "spark-post-pL0aQ7xW",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "region": "eu",
                    "from": "recall@brightsmiles.example",
                    "senderName": "Bright Smiles Dental",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dental_egress_baseurl_without_scheme",
        bug="a credentials `baseUrl` always has a scheme, so urlsplit finds a hostname",
        buggy=egress_allowlist_buggy,
        fixed=egress_allowlist_fixed,
        raises=(AttributeError, ValueError),
        example=_variant(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Zr81kLpq",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "baseUrl": "api.eu.mailgun.net",
                    "user": "api",
                    "domain": "mg.brightsmiles.example",
                    "from": "appointments@brightsmiles.example",
                    "senderName": "Bright Smiles Dental",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dental_push_fcm_service_account_json",
        bug="an FCM `serviceAccount` is always service-account JSON (write replies carry `nvsk.` ciphertext)",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(json.JSONDecodeError, KeyError, TypeError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-a8Kq2LmN",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.4f1c2a9be07d3a51:9a0e7c44d1b2f3a6c8e1"},
            }
        ),
    ),
    ConsumerCase(
        name="dental_smtp_require_and_ignore_tls",
        bug="a custom SMTP integration never has both `requireTls` and `ignoreTls` switched on",
        buggy=smtp_tls_policy_buggy,
        fixed=smtp_tls_policy_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hy7d0pQe",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.brightsmiles.example",
                    "port": "587",
                    "requireTls": True,
                    "ignoreTls": True,
                    "from": "no-reply@brightsmiles.example",
                    "senderName": "Bright Smiles Dental",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dental_smtp_envelope_idn_sender",
        bug="an e-mail `from` address is pure ASCII (no internationalised domain needing SMTPUTF8)",
        buggy=smtp_envelope_buggy,
        fixed=smtp_envelope_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "termine@zahnärzte-müller.de",
                    "senderName": "Zahnarztpraxis Müller",
                }
            }
        ),
    ),
    ConsumerCase(
        name="dental_sync_foreign_environment",
        bug="GET /v1/integrations only returns integrations of the API key's own environment",
        buggy=environment_sync_buggy,
        fixed=environment_sync_fixed,
        raises=(KeyError,),
        example=_variant({"_environmentId": "6615a3c2f1e2d3c4b5a697ee"}),
    ),
    ConsumerCase(
        name="dental_k8s_secret_identifier_charset",
        bug="a lower-cased identifier is a valid DNS label (the short id may contain `_`)",
        buggy=k8s_secret_name_buggy,
        fixed=k8s_secret_name_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "sendgrid-x8Kd_bQ1"}),
    ),
    ConsumerCase(
        name="dental_pms_vendor_name_overflow",
        bug="an integration name fits the PMS record's one-byte length prefix (at most 255 UTF-8 bytes)",
        buggy=pms_vendor_record_buggy,
        fixed=pms_vendor_record_fixed,
        raises=(struct.error,),
        example=_variant({"name": _LONG_NAME}),
    ),
    ConsumerCase(
        name="dental_retention_deletedat_timezone",
        bug="`deletedAt` parses to a naive datetime comparable with datetime.now() (it ends in `Z`)",
        buggy=retention_due_buggy,
        fixed=retention_due_fixed,
        raises=(TypeError, ValueError),
        example=_variant(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2017-03-01T09:15:00.000Z"}
        ),
    ),
    ConsumerCase(
        name="dental_audit_deletedby_not_uuid",
        bug="`deletedBy` is one of the chain's SSO user UUIDs (Novu sends its own ObjectId user ids)",
        buggy=deletion_actor_buggy,
        fixed=deletion_actor_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "deleted": True,
                "deletedAt": "2025-02-11T16:40:02.118Z",
                "deletedBy": "6615a3c2f1e2d3c4b5a697aa",
            }
        ),
    ),
    ConsumerCase(
        name="dental_failover_primary_inactive",
        bug="a primary integration is always active",
        buggy=failover_route_buggy,
        fixed=failover_route_fixed,
        raises=(AssertionError,),
        example=_variant({"active": False}),
    ),
    ConsumerCase(
        name="dental_lifecycle_live_with_deletedat",
        bug="`deletedAt` is present only when `deleted` is true",
        buggy=lifecycle_status_buggy,
        fixed=lifecycle_status_fixed,
        raises=(KeyError,),
        example=_variant({"deleted": False, "deletedAt": "2025-01-10T08:00:00.000Z"}),
    ),
    ConsumerCase(
        name="dental_segment_sql_operator_coverage",
        bug="condition children never use the ANY_IN, ALL_IN or NOT_BETWEEN operators",
        buggy=segment_sql_buggy,
        fixed=segment_sql_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "treatments",
                                "value": "ortho,implants",
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
        name="dental_gating_alert_empty_children",
        bug="every condition has at least one child filter",
        buggy=gating_alert_buggy,
        fixed=gating_alert_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": True, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="dental_report_row_extra_keys",
        bug="the payload has only the contract's keys (real records add createdAt, updatedAt, __v, priority)",
        buggy=reporting_row_buggy,
        fixed=reporting_row_fixed,
        raises=(TypeError,),
        example=_variant(
            {
                "createdAt": "2024-04-09T20:14:58.412Z",
                "updatedAt": "2025-01-22T07:03:11.905Z",
                "priority": 2,
                "__v": 0,
            }
        ),
    ),
]
