"""Sixteen pharmacy-chain consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``, the seed
and ``providers.json``), without looking at any generator. The consumers are what a pharmacy
chain's notification team would write: prescription-ready notices by SMS and e-mail, refill
reminders, pharmacist chat escalation, per-store integration routing, HIPAA-style audit
exports and a nightly credential-rotation job. Each *buggy* version works on ``HAPPY_PATH``
and makes one assumption the contract does not grant; each *fixed* control is a tolerant
reader that never raises on a payload the contract allows.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------- helpers


def _variant(
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
        payload.pop(key, None)
    return payload


def _text(value: object) -> str | None:
    """``value`` if it is a string, else ``None``."""
    return value if isinstance(value, str) else None


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition groups that are objects; ``[]`` when the optional key is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The rule objects of one condition group."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- 1. SMS sender


_E164_RE = re.compile(r"\+?[0-9]{3,15}")


def ready_sms_sender_buggy(payload: Payload) -> str | None:
    """Sender of "your prescription is ready" texts, normalised to E.164."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    digits = sender.strip().lstrip("+").replace(" ", "").replace("-", "")
    return f"+{int(digits)}"  # BUG: alphanumeric sender ids ("RxReady") are not numbers


def ready_sms_sender_fixed(payload: Payload) -> str | None:
    """E.164 for numeric senders, the raw sender id otherwise."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload).get("from"))
    if sender is None:
        return None
    compact = re.sub(r"[\s().-]", "", sender)
    if _E164_RE.fullmatch(compact):
        return "+" + compact.lstrip("+")
    return sender.strip() or None


# --------------------------------------------------------------------------- 2. e-mail domain


def ready_email_domain_buggy(payload: Payload) -> str | None:
    """Sender domain of ready-for-pickup e-mails, for the DMARC-alignment check."""
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    _local, domain = sender.split("@")  # BUG: assumes exactly one "@" in the sender
    return str(domain).strip().lower()


def ready_email_domain_fixed(payload: Payload) -> str | None:
    """The part after the last ``@`` of the (possibly bracketed) sender address."""
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload).get("from"))
    if not sender:
        return None
    bracketed = re.search(r"<([^<>]*)>", sender)
    address = bracketed.group(1) if bracketed else sender
    _local, at, domain = address.rpartition("@")
    domain = domain.strip().lower()
    return domain if at and domain else None


# --------------------------------------------------------------------------- 3. FCM project


def refill_push_project_buggy(payload: Payload) -> str | None:
    """Firebase project that refill-reminder pushes are sent through (push dashboard)."""
    if payload["providerId"] != "fcm":
        return None
    account = payload["credentials"].get("serviceAccount")
    if account is None:
        return None
    return str(json.loads(account)["project_id"])  # BUG: assumes a JSON key file


def refill_push_project_fixed(payload: Payload) -> str | None:
    """The ``project_id`` of an FCM service-account JSON, when there is one."""
    if payload.get("providerId") != "fcm":
        return None
    account = _text(_creds(payload).get("serviceAccount"))
    if account is None:
        return None
    try:
        parsed = json.loads(account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, dict):
        return None
    return _text(parsed.get("project_id"))


# --------------------------------------------------------------------------- 4. store route


def store_route_keys_buggy(payload: Payload) -> list[str]:
    """Per-store routing keys: one per condition group, taken from its leading rule."""
    keys = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]  # BUG: a condition group may have no rules
        keys.append(f"{first['on']}:{first['field']}={first['value']}")
    return keys


def store_route_keys_fixed(payload: Payload) -> list[str]:
    """Routing keys; a group without rules routes everything (``*``)."""
    keys = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            keys.append("*")
            continue
        first = children[0]
        keys.append(f"{first.get('on', '')}:{first.get('field', '')}={first.get('value', '')}")
    return keys


# --------------------------------------------------------------------------- 5. SQL operators


_SQL_SOME = {
    "EQUAL": "= %s",
    "NOT_EQUAL": "<> %s",
    "LARGER": "> %s",
    "SMALLER": "< %s",
    "LARGER_EQUAL": ">= %s",
    "SMALLER_EQUAL": "<= %s",
    "IN": "IN (%s)",
    "NOT_IN": "NOT IN (%s)",
    "LIKE": "LIKE %s",
    "NOT_LIKE": "NOT LIKE %s",
}
_SQL_ALL = {
    **_SQL_SOME,
    "BETWEEN": "BETWEEN %s",
    "NOT_BETWEEN": "NOT BETWEEN %s",
    "ALL_IN": "@> %s",
    "ANY_IN": "&& %s",
}


def store_rule_sql_buggy(payload: Payload) -> str:
    """Routing conditions rendered as a WHERE clause for the store-locator database."""
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{rule['field']} {_SQL_SOME[rule['operator']]}"  # BUG: not every Operator mapped
            for rule in condition["children"]
        ]
        joined = f" {condition['value']} ".join(parts) or "TRUE"
        clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


def store_rule_sql_fixed(payload: Payload) -> str:
    """The same clause, with all fourteen operators and unknown ones skipped."""
    clauses = []
    for condition in _conditions(payload):
        parts = []
        for rule in _children(condition):
            template = _SQL_ALL.get(str(rule.get("operator")))
            if template is not None:
                parts.append(f"{rule.get('field', '')} {template}")
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        joined = joiner.join(parts) or "TRUE"
        clauses.append(f"NOT ({joined})" if condition.get("isNegated") is True else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


# --------------------------------------------------------------------------- 6. store numbers


_STORE_FIELDS = frozenset({"storeNumber", "payload.storeNumber"})


def routed_store_numbers_buggy(payload: Payload) -> list[int]:
    """Store numbers a per-store integration serves, read from its routing rules."""
    stores: set[int] = set()
    for condition in payload.get("conditions", []):
        for rule in condition["children"]:
            if rule["field"] in _STORE_FIELDS:
                stores.add(int(rule["value"]))  # BUG: an IN rule holds "0012,0047"
    return sorted(stores)


def routed_store_numbers_fixed(payload: Payload) -> list[int]:
    """Every short run of digits in the store rules' values."""
    stores: set[int] = set()
    for condition in _conditions(payload):
        for rule in _children(condition):
            value = _text(rule.get("value"))
            if rule.get("field") in _STORE_FIELDS and value is not None:
                stores.update(int(run) for run in re.findall(r"[0-9]+", value) if len(run) <= 9)
    return sorted(stores)


# --------------------------------------------------------------------------- 7. primary route


def ready_default_route_buggy(payload: Payload) -> str | None:
    """Route key when this integration is its channel's default for ready notices."""
    if not payload["primary"] or payload["deleted"]:
        return None
    if not payload["active"]:  # BUG: an inactive integration can stay primary
        raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
    return f"{payload['channel']}:{payload['providerId']}"


def ready_default_route_fixed(payload: Payload) -> str | None:
    """Route key only for a live, active primary; ``None`` otherwise."""
    if payload.get("primary") is not True or payload.get("deleted") is True:
        return None
    if payload.get("active") is not True:
        return None
    return f"{payload.get('channel', '')}:{payload.get('providerId', '')}"


# --------------------------------------------------------------------------- 8. escalation


_NEXT_HOP_SOME = {"chat": "sms", "sms": "email", "email": "in_app", "in_app": "chat"}
_NEXT_HOP_ALL = {**_NEXT_HOP_SOME, "push": "sms"}


def escalation_next_hop_buggy(payload: Payload) -> str:
    """Where a pharmacist escalation goes when this integration's channel fails."""
    return _NEXT_HOP_SOME[payload["channel"]]  # BUG: push is a Channel too


def escalation_next_hop_fixed(payload: Payload) -> str:
    """Next channel of the escalation ladder, ``sms`` for anything unexpected."""
    return _NEXT_HOP_ALL.get(str(payload.get("channel")), "sms")


# --------------------------------------------------------------------------- 9. deletion date


def audit_deleted_on_buggy(payload: Payload) -> str | None:
    """Deletion-date column of the HIPAA audit export."""
    stamp = payload.get("deletedAt")
    if stamp is None:
        return None
    # BUG: deletedAt is a plain string, not always Mongo's millisecond "Z" form
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").date().isoformat()


def audit_deleted_on_fixed(payload: Payload) -> str | None:
    """ISO date when ``deletedAt`` parses, else the raw text for the auditor."""
    stamp = _text(payload.get("deletedAt"))
    if stamp is None:
        return None
    try:
        return datetime.fromisoformat(stamp.strip()).date().isoformat()
    except (ValueError, OverflowError):
        return stamp


# --------------------------------------------------------------------------- 10. deleted by


def audit_deletion_actor_buggy(payload: Payload) -> str | None:
    """'Removed by' column of the HIPAA audit export."""
    if not payload["deleted"]:
        return None
    when = payload.get("deletedAt", "an unknown time")
    return f"{payload['deletedBy']} at {when}"  # BUG: deletedBy is optional when deleted


def audit_deletion_actor_fixed(payload: Payload) -> str | None:
    """The actor, or ``system`` when the API did not record one."""
    if payload.get("deleted") is not True:
        return None
    actor = _text(payload.get("deletedBy")) or "system"
    when = _text(payload.get("deletedAt")) or "an unknown time"
    return f"{actor} at {when}"


# --------------------------------------------------------------------------- 11. report row


def _row(name: str, payload: Payload) -> str:
    flag = "Y" if payload.get("active") is True else "N"
    return f"{name:<24}|{payload.get('providerId', '')!s:<16}|{payload.get('channel', '')!s:<6}|{flag}"


def store_report_row_buggy(payload: Payload) -> str:
    """Fixed-width row of the store integration report (24-byte name column)."""
    name = payload["name"].encode("utf-8")[:24].decode("utf-8")  # BUG: may cut a character
    return _row(name, payload)


def store_report_row_fixed(payload: Payload) -> str:
    """The same row, cutting the name on a character boundary."""
    name = _text(payload.get("name")) or ""
    return _row(_utf8(name)[:24].decode("utf-8", "ignore"), payload)


# --------------------------------------------------------------------------- 12. admin row


def admin_table_row_buggy(payload: Payload) -> dict[str, object]:
    """Row of the pharmacy-ops admin table of integrations."""
    return {
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "status": "on" if payload["active"] else "off",
        "rules": len(payload["conditions"]),  # BUG: conditions is optional
    }


def admin_table_row_fixed(payload: Payload) -> dict[str, object]:
    """The same row; a missing ``conditions`` counts as no rules."""
    return {
        "name": payload.get("name"),
        "provider": payload.get("providerId"),
        "channel": payload.get("channel"),
        "status": "on" if payload.get("active") is True else "off",
        "rules": len(_conditions(payload)),
    }


# --------------------------------------------------------------------------- 13. credential age


_NIGHTLY_RUN = datetime(2025, 6, 1, 2, 0, tzinfo=UTC)
_OBJECT_ID_RE = re.compile(r"[0-9a-fA-F]{24}")


def rotation_age_days_buggy(payload: Payload) -> int | None:
    """Nightly rotation job: days since the integration was created (from its ObjectId)."""
    object_id = payload.get("_id")
    if object_id is None:
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)  # BUG: _id is any string
    return (_NIGHTLY_RUN - created).days


def rotation_age_days_fixed(payload: Payload) -> int | None:
    """Age in days for a 24-hex ObjectId, ``None`` for any other id."""
    object_id = _text(payload.get("_id"))
    if object_id is None or not _OBJECT_ID_RE.fullmatch(object_id):
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return (_NIGHTLY_RUN - created).days


# --------------------------------------------------------------------------- 14. fingerprints


def rotation_fingerprints_buggy(payload: Payload) -> dict[str, str]:
    """Nightly rotation job: short SHA-256 fingerprint of every stored credential."""
    return {
        key: hashlib.sha256(value.encode()).hexdigest()[:12]  # BUG: not every value is a string
        for key, value in sorted(payload["credentials"].items())
    }


def _canonical(value: object) -> bytes:
    if isinstance(value, str):
        return _utf8(value)
    try:
        return json.dumps(value, sort_keys=True, ensure_ascii=True, default=repr).encode("ascii")
    except (ValueError, TypeError, RecursionError):
        return b"<unserialisable>"


def rotation_fingerprints_fixed(payload: Payload) -> dict[str, str]:
    """Fingerprints of strings, booleans and ``tlsOptions`` alike."""
    return {
        str(key): hashlib.sha256(_canonical(value)).hexdigest()[:12]
        for key, value in sorted(_creds(payload).items(), key=lambda item: str(item[0]))
    }


# --------------------------------------------------------------------------- 15. residency


def hipaa_residency_buggy(payload: Payload) -> dict[str, object] | None:
    """Data-residency column of the HIPAA vendor inventory, from an AWS-style region."""
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geography, area, zone = region.split("-")  # BUG: "us-gov-west-1", "eu" are regions too
    return {"geography": geography.upper(), "area": area, "zone": zone}


def hipaa_residency_fixed(payload: Payload) -> dict[str, object] | None:
    """Geography from the region's first segment; the raw region is kept for the auditor."""
    region = _text(_creds(payload).get("region"))
    if region is None:
        return None
    geography = region.strip().split("-", 1)[0]
    return {"geography": geography.upper() or None, "region": region}


# --------------------------------------------------------------------------- 16. probe host


def vendor_probe_host_buggy(payload: Payload) -> str | None:
    """Host the uptime monitor probes for an integration with a custom ``baseUrl``."""
    base = payload["credentials"].get("baseUrl")
    if not base:
        return None
    host: str = urlsplit(base).hostname.lower()  # BUG: no scheme
    return host


def vendor_probe_host_fixed(payload: Payload) -> str | None:
    """Host of ``baseUrl``, reading a scheme-less value as ``https://``."""
    base = _text(_creds(payload).get("baseUrl"))
    if not base or not base.strip():
        return None
    candidate = base.strip()
    if "://" not in candidate:
        candidate = "https://" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    return host or None


# --------------------------------------------------------------------------- the suite


PHARMACY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="pharmacy_ready_sms_sender_e164",
        bug="the SMS 'from' is always a phone number (alphanumeric sender ids are valid strings)",
        buggy=ready_sms_sender_buggy,
        fixed=ready_sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Twilio", "identifier": "twilio-Rx7kPq2", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123456789abcdef", "token": "fake-token", "from": "RxReady"},
        ),
    ),
    ConsumerCase(
        name="pharmacy_ready_email_sender_domain",
        bug="the e-mail 'from' contains exactly one '@' (a quoted local part or a bare name does not)",
        buggy=ready_email_domain_buggy,
        fixed=ready_email_domain_fixed,
        raises=(ValueError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": '"rx@store-12"@pharmacy.example',
                "senderName": "Store 12 Pharmacy",
            }
        ),
    ),
    ConsumerCase(
        name="pharmacy_refill_push_fcm_project",
        bug="an FCM serviceAccount is always a JSON key file with project_id",
        buggy=refill_push_project_buggy,
        fixed=refill_push_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Jd81kq",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f1c2e7a4b:5d3e8a01c2f4"},
        ),
    ),
    ConsumerCase(
        name="pharmacy_store_route_first_rule",
        bug="every condition group has at least one rule (children may be empty)",
        buggy=store_route_keys_buggy,
        fixed=store_route_keys_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="pharmacy_store_rule_sql_operators",
        bug="routing rules only use comparison, IN and LIKE operators (BETWEEN, ALL_IN, ... exist)",
        buggy=store_rule_sql_buggy,
        fixed=store_rule_sql_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "daysSinceLastFill",
                                "value": "25,35",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="pharmacy_routed_store_numbers",
        bug="a store rule's value is a single integer (an IN rule holds a comma list)",
        buggy=routed_store_numbers_buggy,
        fixed=routed_store_numbers_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "storeNumber",
                                "value": "0012,0047",
                                "operator": "IN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="pharmacy_ready_default_route_inactive_primary",
        bug="a primary integration is always active (primary with active false is valid)",
        buggy=ready_default_route_buggy,
        fixed=ready_default_route_fixed,
        raises=(ValueError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="pharmacy_escalation_next_hop_push",
        bug="the escalation ladder covers every channel (push is missing)",
        buggy=escalation_next_hop_buggy,
        fixed=escalation_next_hop_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Expo Push",
                "identifier": "expo-push-a1B2c3",
                "providerId": "expo",
                "channel": "push",
                "primary": False,
            },
            credentials={"apiKey": "fake-expo-token"},
        ),
    ),
    ConsumerCase(
        name="pharmacy_audit_deleted_on_format",
        bug="deletedAt always has Mongo's '%Y-%m-%dT%H:%M:%S.%fZ' shape (it is a plain string)",
        buggy=audit_deleted_on_buggy,
        fixed=audit_deleted_on_fixed,
        raises=(ValueError,),
        example=_variant({"deleted": True, "active": False, "deletedAt": "2024-11-03T02:15:00+00:00"}),
    ),
    ConsumerCase(
        name="pharmacy_audit_deletion_actor",
        bug="a deleted integration always carries deletedBy (the API usually omits it)",
        buggy=audit_deletion_actor_buggy,
        fixed=audit_deletion_actor_fixed,
        raises=(KeyError,),
        example=_variant({"deleted": True, "active": False, "deletedAt": "2024-11-03T02:15:00.000Z"}),
    ),
    ConsumerCase(
        name="pharmacy_store_report_row_bytes",
        bug="cutting the UTF-8 name at 24 bytes leaves valid UTF-8",
        buggy=store_report_row_buggy,
        fixed=store_report_row_fixed,
        raises=(UnicodeError,),
        example=_variant({"name": "Apotheke Rathausplatz Südstadt"}),
    ),
    ConsumerCase(
        name="pharmacy_admin_row_rule_count",
        bug="conditions is always present (it is optional)",
        buggy=admin_table_row_buggy,
        fixed=admin_table_row_fixed,
        raises=(KeyError,),
        example=_variant(drop=("conditions",)),
    ),
    ConsumerCase(
        name="pharmacy_rotation_age_from_object_id",
        bug="_id is a hex ObjectId whose first 8 digits are a timestamp",
        buggy=rotation_age_days_buggy,
        fixed=rotation_age_days_fixed,
        raises=(ValueError,),
        example=_variant({"_id": "legacy-rx-sms-0042"}),
    ),
    ConsumerCase(
        name="pharmacy_rotation_credential_fingerprints",
        bug="every credential value is a string (secure is a boolean, tlsOptions an object)",
        buggy=rotation_fingerprints_buggy,
        fixed=rotation_fingerprints_fixed,
        raises=(AttributeError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Zx81Qa", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.pharmacy.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "refills@pharmacy.example",
                "senderName": "Refill Reminders",
            },
        ),
    ),
    ConsumerCase(
        name="pharmacy_hipaa_region_residency",
        bug="a region always has three dash-separated parts like 'us-east-1'",
        buggy=hipaa_residency_buggy,
        fixed=hipaa_residency_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "SES", "identifier": "ses-Q2w3E4", "providerId": "ses"},
            credentials={
                "apiKey": "AKIAFAKEKEY0001",
                "secretKey": "fake-secret",
                "region": "us-gov-west-1",
                "from": "rx@pharmacy.example",
                "senderName": "Pharmacy",
            },
        ),
    ),
    ConsumerCase(
        name="pharmacy_vendor_probe_host",
        bug="baseUrl always has a scheme, so urlsplit finds a hostname",
        buggy=vendor_probe_host_buggy,
        fixed=vendor_probe_host_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Infobip",
                "identifier": "infobip-Lk29sD",
                "providerId": "infobip-sms",
                "channel": "sms",
            },
            credentials={
                "apiKey": "fake-infobip-key",
                "baseUrl": "xk2p9.api.infobip.com",
                "from": "+15550102000",
            },
        ),
    ),
]
"""The sixteen pharmacy consumer cases."""
