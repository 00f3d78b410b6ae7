"""Sixteen compliance and data-governance consumers of ``GET /v1/integrations`` items, each with one bug.

The code a compliance and security-engineering team writes around a Novu organization's integrations:
GDPR data-subject exports, erasure and retention schedules, deletion audit trails, DLP scans of stored
credentials, secret-rotation and key-age checks, encryption-at-rest envelopes, evidence packages for
auditors (tar archives, PDF-like reports, XML access reviews), change approvals, data-residency
inventories and transport-security evidence. Each buggy version works on ``HAPPY_PATH`` and makes one
assumption the contract does not guarantee; its ``fixed`` control must never raise on a valid payload.

These consumers were written from the contract documentation alone (the seed document, ``CONTRACT.md``,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at the generator, the strategies or the
other consumer suites.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import tarfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import SplitResult, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload, _credentials, _example

__all__ = ["GOVERNANCE_BUGS", "HAPPY_PATH"]


def _text(value: object) -> str:
    """A string field as a string; anything else (absent, wrong type) as the empty string."""
    return value if isinstance(value, str) else ""


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, defensively: ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of an integration, defensively: absent or malformed entries are skipped."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes that never fail, even for text a JSON decoder let through with lone surrogates."""
    return text.encode("utf-8", "surrogatepass")


# --- 1. DSAR export of the personal data held in sender settings -------------------------------------


def dsar_sender_export_buggy(payload: Payload) -> dict[str, str]:
    """Export sender identity (a data subject's name and address) as ``key=value`` lines, read back."""
    credentials = _credentials(payload)
    record = {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "sender_name": credentials.get("senderName", ""),
        "sender_address": credentials.get("from", ""),
    }
    export = "".join(f"{key}={value}\n" for key, value in record.items())
    parsed: dict[str, str] = {}
    for line in export.splitlines():
        key, value = line.split("=", 1)
        parsed[key] = value
    if parsed != record:
        raise ValueError("DSAR export does not read back to the exported record")
    return parsed


def dsar_sender_export_fixed(payload: Payload) -> dict[str, str]:
    credentials = _creds(payload)
    record = {
        "integration": _text(payload.get("identifier")),
        "provider": _text(payload.get("providerId")),
        "sender_name": _text(credentials.get("senderName")),
        "sender_address": _text(credentials.get("from")),
    }
    # One JSON document per line: ensure_ascii escapes every line break and control character.
    export = "".join(json.dumps({key: value}, ensure_ascii=True) + "\n" for key, value in record.items())
    parsed: dict[str, str] = {}
    for line in export.splitlines():
        parsed.update(json.loads(line))
    if parsed != record:
        raise ValueError("DSAR export does not read back to the exported record")
    return parsed


# --- 2. Erasure deadline for soft-deleted integrations ----------------------------------------------

_ERASURE_GRACE = timedelta(days=30)


def erasure_deadline_buggy(payload: Payload) -> str | None:
    """The date by which a deleted integration's credentials must be purged (30 days after deletion)."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (when + _ERASURE_GRACE).date().isoformat()


def erasure_deadline_fixed(payload: Payload) -> str | None:
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    try:
        when = datetime.fromisoformat(deleted_at.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (when + _ERASURE_GRACE).date().isoformat()
    except (ValueError, OverflowError):
        return "manual-review"  # the timestamp is free text: a person decides the deadline


# --- 3. Deletion audit trail ------------------------------------------------------------------------


def deletion_audit_entry_buggy(payload: Payload) -> str | None:
    """One audit-trail line naming who deleted an integration."""
    if not payload["deleted"]:
        return None
    return (
        f"{payload['deletedBy']} deleted integration {payload['identifier']} "
        f"at {payload.get('deletedAt', 'an unknown time')}"
    )


def deletion_audit_entry_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    actor = payload.get("deletedBy")
    who = actor if isinstance(actor, str) and actor else "an unrecorded actor"
    deleted_at = payload.get("deletedAt")
    when = deleted_at if isinstance(deleted_at, str) and deleted_at else "an unknown time"
    return f"{who} deleted integration {_text(payload.get('identifier'))!r} at {when}"


# --- 4. DLP scan of stored credential values --------------------------------------------------------

_DLP_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("private-key-block", re.compile(r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----")),
    ("slack-token", re.compile(r"\bxox[abposr]-[0-9A-Za-z-]{10,}")),
    ("embedded-basic-auth", re.compile(r"[a-z][a-z0-9+.-]{0,20}://[^/\s:@]{1,256}:[^/\s@]{1,256}@")),
)


def dlp_scan_buggy(payload: Payload) -> list[str]:
    """Report credential keys whose stored value matches a data-loss-prevention pattern."""
    findings: list[str] = []
    for key, value in _credentials(payload).items():
        for label, pattern in _DLP_PATTERNS:
            if pattern.search(value):
                findings.append(f"{key}:{label}")
    return findings


def dlp_scan_fixed(payload: Payload) -> list[str]:
    findings: list[str] = []
    # Iterative walk: credentials hold booleans and tlsOptions, a free-form object of any depth.
    stack: list[tuple[str, object]] = [(str(key), value) for key, value in _creds(payload).items()]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            findings.extend(f"{path}:{label}" for label, pattern in _DLP_PATTERNS if pattern.search(value))
        elif isinstance(value, dict):
            stack.extend((f"{path}.{key}", item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
    return sorted(findings)


# --- 5. Credential age from the record's ObjectId ---------------------------------------------------

_ROTATION_PERIOD = timedelta(days=90)


def rotation_due_buggy(payload: Payload) -> bool:
    """Whether the integration's credentials are older than the rotation period (ObjectId creation time)."""
    created = datetime.fromtimestamp(int(payload["_id"][:8], 16), tz=UTC)
    return datetime.now(UTC) - created > _ROTATION_PERIOD


def rotation_due_fixed(payload: Payload) -> bool | None:
    record_id = payload.get("_id")
    if not isinstance(record_id, str) or not re.fullmatch(r"[0-9a-fA-F]{8}", record_id[:8]):
        return None  # age unknown: the rotation review has to ask the owner
    created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    return datetime.now(UTC) - created > _ROTATION_PERIOD


# --- 6. Encryption-at-rest envelope: additional authenticated data ----------------------------------


def envelope_aad_buggy(payload: Payload) -> bytes:
    """AAD binding an encrypted credential blob to its owner: length-prefixed fields."""
    out = bytearray(b"NOVU-AAD-v1")
    for part in (
        payload["_organizationId"],
        payload["_environmentId"],
        payload["providerId"],
        payload["identifier"],
    ):
        raw = part.encode("utf-8")
        out += struct.pack(">B", len(raw)) + raw
    return bytes(out)


def envelope_aad_fixed(payload: Payload) -> bytes:
    out = bytearray(b"NOVU-AAD-v2")
    for key in ("_organizationId", "_environmentId", "providerId", "identifier"):
        raw = _utf8(_text(payload.get(key)))
        out += struct.pack(">Q", len(raw)) + raw
    return bytes(out)


# --- 7. Auditor evidence archive --------------------------------------------------------------------


def _redacted(payload: Payload) -> dict[str, Any]:
    record = dict(payload)
    record["credentials"] = dict.fromkeys(_creds(payload), "[REDACTED]")
    return record


def evidence_archive_buggy(payload: Payload) -> bytes:
    """A tar (ustar) evidence package with one redacted JSON record per integration, named after it."""
    data = json.dumps(_redacted(payload), sort_keys=True).encode("utf-8")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        info = tarfile.TarInfo(f"evidence/{payload['channel']}/{payload['name']}.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def evidence_archive_fixed(payload: Payload) -> bytes:
    data = json.dumps(_redacted(payload), sort_keys=True, ensure_ascii=True).encode("ascii")
    # The member name is a digest: names may be long, contain '/', '..', NUL or any other character.
    digest = hashlib.sha256(_utf8(_text(payload.get("name")) + "\0" + _text(payload.get("identifier"))))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo(f"evidence/{digest.hexdigest()}.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    with tarfile.open(fileobj=io.BytesIO(buffer.getvalue()), mode="r") as check:
        if len(check.getmembers()) != 1:
            raise ValueError("evidence archive does not read back")
    return buffer.getvalue()


# --- 8. Access review: routing rules in plain words -------------------------------------------------


def routing_rules_summary_buggy(payload: Payload) -> list[str]:
    """One line per condition group for the access-review sheet, led by its first rule."""
    lines = []
    for condition in payload.get("conditions", []):
        lead = condition["children"][0]
        more = len(condition["children"]) - 1
        lines.append(
            f"{condition['value']}: {lead['on']}.{lead['field']} {lead['operator']} {lead['value']} (+{more})"
        )
    return lines


def routing_rules_summary_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            lines.append(f"{_text(condition.get('value'))}: (no rules)")
            continue
        lead = children[0]
        rule = " ".join(
            (
                f"{_text(lead.get('on'))}.{_text(lead.get('field'))}",
                _text(lead.get("operator")),
                _text(lead.get("value")),
            )
        )
        lines.append(f"{_text(condition.get('value'))}: {rule} (+{len(children) - 1})")
    return lines


# --- 9. Change approval routing ---------------------------------------------------------------------

_APPROVERS = {
    "email": "messaging-platform",
    "sms": "telco-compliance",
    "chat": "collaboration-tools",
    "push": "mobile-platform",
}


def change_approval_ticket_buggy(payload: Payload) -> dict[str, object]:
    """The approval ticket for a change to an integration, assigned by channel."""
    return {
        "integration": payload["identifier"],
        "approver_group": _APPROVERS[payload["channel"]],
        "needs_cab": payload["primary"],
    }


def change_approval_ticket_fixed(payload: Payload) -> dict[str, object]:
    channel = payload.get("channel")
    return {
        "integration": _text(payload.get("identifier")),
        "approver_group": _APPROVERS.get(channel, "security-governance") if isinstance(channel, str) else "",
        "needs_cab": payload.get("primary") is True,
    }


# --- 10. Data-processing inventory: where does the vendor process data? -----------------------------


def _region_of_host(host: str) -> str:
    labels = host.rstrip(".").split(".")
    return "EU" if "eu" in labels or labels[-1] in {"eu", "de", "fr", "ie", "nl"} else "non-EU or unknown"


def processing_location_buggy(payload: Payload) -> str:
    """Processing location recorded in the inventory, from the provider's API base URL."""
    base_url = _credentials(payload).get("baseUrl")
    if base_url is None:
        return "vendor default"
    host = urlsplit(base_url).hostname
    if host is None:
        raise ValueError(f"cannot tell where {base_url!r} processes data")
    return _region_of_host(host)


def processing_location_fixed(payload: Payload) -> str:
    base_url = _creds(payload).get("baseUrl")
    if not isinstance(base_url, str):
        return "vendor default"
    try:
        parts: SplitResult = urlsplit(base_url.strip())
        host = parts.hostname
        if host is None:
            host = urlsplit("//" + base_url.strip()).hostname  # a bare host name, no scheme
    except ValueError:
        return "unknown"
    return _region_of_host(host) if host else "unknown"


# --- 11. PDF evidence report ------------------------------------------------------------------------


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdf(lines: list[str], encode: Any) -> bytes:
    ops = ["BT /F1 10 Tf 72 760 Td 12 TL"]
    ops.extend(f"({_pdf_escape(line)}) '" for line in lines)
    ops.append("ET")
    stream: bytes = encode("\n".join(ops))
    body = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    return b"%PDF-1.4\n1 0 obj\n" + body + b"\nendobj\n%%EOF\n"


def pdf_report_buggy(payload: Payload) -> bytes:
    """A one-page PDF-like audit report (Helvetica, WinAnsi/Latin-1 text) for one integration."""
    lines = [
        f"Integration: {payload['name']}",
        f"Provider: {payload['providerId']} ({payload['channel']})",
        f"Active: {payload['active']}  Primary: {payload['primary']}",
    ]
    return _pdf(lines, lambda text: text.encode("latin-1"))


def pdf_report_fixed(payload: Payload) -> bytes:
    lines = [
        f"Integration: {_text(payload.get('name'))}",
        f"Provider: {_text(payload.get('providerId'))} ({_text(payload.get('channel'))})",
        f"Active: {payload.get('active')}  Primary: {payload.get('primary')}",
    ]
    # Standard PDF fonts only cover Latin-1: anything else is replaced, not allowed to crash the report.
    return _pdf(lines, lambda text: text.encode("latin-1", "replace"))


# --- 12. Masking the sender address in shared reports -----------------------------------------------


def masked_sender_buggy(payload: Payload) -> str | None:
    """The sender address with its local part masked, for reports shared outside the security team."""
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    local, domain = sender.split("@")
    return f"{local[0]}***@{domain}"


def masked_sender_fixed(payload: Payload) -> str | None:
    sender = _creds(payload).get("from")
    if not isinstance(sender, str) or not sender:
        return None
    local, at, domain = sender.rpartition("@")
    if not at:
        # Not an email address (an sms sender number, an alphanumeric sender id): keep two characters.
        return "***" + sender[-2:] if len(sender) > 2 else "***"
    return f"{local[:1]}***@{domain}"


# --- 13. Retention schedule by lifecycle state ------------------------------------------------------


def retention_class_buggy(payload: Payload) -> str:
    """Retention class of an integration's configuration history, by its lifecycle state."""
    match (payload["active"], payload["primary"]):
        case (True, True):
            return "retain-7y"
        case (True, False):
            return "retain-3y"
        case (False, False):
            return "retain-1y"
        case _:
            raise ValueError("inconsistent integration state: primary but not active")


def retention_class_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    primary = payload.get("primary") is True
    if primary:
        # An inactive primary is valid (and stays primary): it was the production default, keep it longest.
        return "retain-7y" if active else "retain-7y-review"
    return "retain-3y" if active else "retain-1y"


# --- 14. Transport-security evidence for SMTP and Kannel --------------------------------------------


def transport_security_buggy(payload: Payload) -> dict[str, object]:
    """Whether a host/port integration sends over TLS, for the vendor-risk questionnaire."""
    credentials = _credentials(payload)
    if "host" not in credentials:
        return {"applicable": False}
    port = int(credentials.get("port", "587"))
    return {
        "applicable": True,
        "port": port,
        "tls": bool(credentials.get("secure")) or bool(credentials.get("requireTls")) or port == 465,
    }


def transport_security_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    if "host" not in credentials:
        return {"applicable": False}
    raw = credentials.get("port", "587")
    port: int | None = None
    if isinstance(raw, str):
        try:
            port = int(raw.strip())
        except ValueError:
            port = None  # free text (empty, a service name, ...): recorded as unknown
    return {
        "applicable": True,
        "port": port,
        "tls": credentials.get("secure") is True or credentials.get("requireTls") is True or port == 465,
    }


# --- 15. FCM service-account key inventory ----------------------------------------------------------


def fcm_key_inventory_buggy(payload: Payload) -> dict[str, str] | None:
    """The Google service-account key id behind an FCM integration, for the key-age register."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(_credentials(payload)["serviceAccount"])
    return {"key_id": account["private_key_id"], "client_email": account["client_email"]}


def fcm_key_inventory_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    account: object = None
    if isinstance(raw, str):
        try:
            account = json.loads(raw)
        except (ValueError, RecursionError):
            account = None
    if not isinstance(account, dict):
        return {"key_id": "unknown", "client_email": "unknown"}
    return {
        "key_id": _text(account.get("private_key_id")) or "unknown",
        "client_email": _text(account.get("client_email")) or "unknown",
    }


# --- 16. XML access-review export of routing conditions ---------------------------------------------

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_review(payload: Payload, clean: Any) -> str:
    root = ET.Element("accessReview", {"channel": clean(_text(payload.get("channel")))})
    ET.SubElement(root, "integration").text = clean(_text(payload.get("identifier")))
    for condition in _conditions(payload):
        group = ET.SubElement(root, "group", {"join": clean(_text(condition.get("value")))})
        for child in _children(condition):
            rule = ET.SubElement(group, "rule")
            for key in ("on", "field", "operator", "value"):
                ET.SubElement(rule, key).text = clean(_text(child.get(key)))
    document = ET.tostring(root, encoding="unicode")
    ET.fromstring(document)  # the reviewers' tool must be able to open it
    return document


def xml_access_review_buggy(payload: Payload) -> str:
    """The XML sheet the access-review tool imports: one ``rule`` per condition child."""
    return _xml_review(payload, lambda text: text)


def xml_access_review_fixed(payload: Payload) -> str:
    return _xml_review(payload, lambda text: _XML_INVALID.sub("\ufffd", text))


# --- The cases --------------------------------------------------------------------------------------

GOVERNANCE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="dsar_sender_export",
        bug="Assumes credential strings (senderName) hold no line breaks, so key=value lines read back.",
        buggy=dsar_sender_export_buggy,
        fixed=dsar_sender_export_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc\nData Protection Office",
                }
            }
        ),
    ),
    ConsumerCase(
        name="erasure_deadline",
        bug="Assumes deletedAt is always ISO-8601 with milliseconds and a Z ('%Y-%m-%dT%H:%M:%S.%fZ').",
        buggy=erasure_deadline_buggy,
        fixed=erasure_deadline_fixed,
        raises=(ValueError,),
        example=_example(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-05-08T12:00:00Z"}
        ),
    ),
    ConsumerCase(
        name="deletion_audit_entry",
        bug="Assumes a deleted integration always records deletedBy.",
        buggy=deletion_audit_entry_buggy,
        fixed=deletion_audit_entry_fixed,
        raises=(KeyError,),
        example=_example(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-05-08T12:00:00.000Z"}
        ),
    ),
    ConsumerCase(
        name="dlp_credentials_scan",
        bug="Assumes every credentials value is a string (no secure/requireTls booleans, no tlsOptions).",
        buggy=dlp_scan_buggy,
        fixed=dlp_scan_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Q2w3E4r5",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "user": "mailer",
                    "password": "fake-password-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="rotation_due_from_object_id",
        bug="Assumes _id is always present to date the credentials (it is optional).",
        buggy=rotation_due_buggy,
        fixed=rotation_due_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="envelope_aad_length_prefix",
        bug="Assumes each AAD field (identifier) fits a one-byte length prefix (at most 255 UTF-8 bytes).",
        buggy=envelope_aad_buggy,
        fixed=envelope_aad_fixed,
        raises=(struct.error,),
        example=_example(
            {"identifier": "transactional-mail-for-eu-customers-" + "archive-" * 30 + "x8Kd2bQ1"}
        ),
    ),
    ConsumerCase(
        name="evidence_archive_member_name",
        bug="Assumes the integration name fits a ustar member name (at most 100 bytes per path component).",
        buggy=evidence_archive_buggy,
        fixed=evidence_archive_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": (
                    "SendGrid transactional mail for EU customers - processor under DPA 2024-03 "
                    "- owner: messaging platform team - ticket SEC-1234"
                )
            }
        ),
    ),
    ConsumerCase(
        name="routing_rules_summary",
        bug="Assumes every condition group has at least one child rule (children may be empty).",
        buggy=routing_rules_summary_buggy,
        fixed=routing_rules_summary_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="change_approval_by_channel",
        bug="Assumes the approver table covers every channel (it forgets in_app).",
        buggy=change_approval_ticket_buggy,
        fixed=change_approval_ticket_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zx81Qp0a",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="processing_location_from_base_url",
        bug="Assumes credentials.baseUrl is an absolute URL with a scheme, so urlsplit finds its host.",
        buggy=processing_location_buggy,
        fixed=processing_location_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-Kq3b9ZmT",
                "providerId": "infobip-email",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "baseUrl": "xyz123.api.infobip.com",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="pdf_report_latin1",
        bug="Assumes the integration name is Latin-1 text, encodable for a standard PDF font.",
        buggy=pdf_report_buggy,
        fixed=pdf_report_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "SendGrid: メール配信 (EU)"}),
    ),
    ConsumerCase(
        name="masked_sender_address",
        bug="Assumes credentials.from is an email address with exactly one '@' (sms senders are numbers).",
        buggy=masked_sender_buggy,
        fixed=masked_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-P4s8Lk2w",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfakeaccountsid0001",
                    "token": "fake-token-0001",
                    "from": "+15555550100",
                },
            }
        ),
    ),
    ConsumerCase(
        name="retention_class_by_flags",
        bug="Assumes a primary integration is always active (primary with active false is valid).",
        buggy=retention_class_buggy,
        fixed=retention_class_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="transport_security_port",
        bug="Assumes credentials.port is a decimal number string (it is free text, e.g. empty).",
        buggy=transport_security_buggy,
        fixed=transport_security_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-R7t1Yh3n",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="fcm_service_account_key_id",
        bug="Assumes an fcm serviceAccount credential is a JSON key file (it is any string).",
        buggy=fcm_key_inventory_buggy,
        fixed=fcm_key_inventory_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-M2n4B6v8",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "fake-service-account-0001"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="xml_access_review_control_chars",
        bug="Assumes condition values are XML-safe text (no control characters such as a vertical tab).",
        buggy=xml_access_review_buggy,
        fixed=xml_access_review_fixed,
        raises=(ET.ParseError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.department",
                                "value": "Sales\x0bEMEA",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
]
"""The sixteen governance consumers, each with one bug, its fixed control and a triggering payload."""
