"""Sixteen consumers of ``GET /v1/integrations`` items from an astronomical observatory network.

This held-out suite was written from the contract documents alone (CONTRACT.md, the
IntegrationResponseDto seed, SERVER-SEMANTICS.md and providers.json), without looking at any
payload generator, benchmark, fixture or other consumer suite: each case is a realistic piece of
the observatory's notification plumbing (log archivers, the operator digest mailer, the dome
webhook relay, SMS pagers for weather and telescope faults, push config for the sky-watcher app,
retention jobs, the observing-queue router...) with one plausible wrong assumption about a value
the contract allows, a fixed control that honours the contract, and a contract-valid payload that
makes the buggy version raise.
"""

from __future__ import annotations

import copy
import dataclasses
import http.client
import ipaddress
import json
import re
import zlib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["OBSERVATORY_BUGS"]


def _variant(changes: dict[str, Any] | None = None, *, credentials: dict[str, Any] | None = None) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level keys replaced and, optionally, new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes or {}))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(credentials)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


# 1. _id as an ObjectId: notification-log archive partition ----------------------------------


def log_partition_buggy(payload: Payload) -> str:
    """Cold-storage partition of the integration's delivery logs, from the ObjectId's creation time."""
    oid = payload.get("_id")
    if oid is None:
        return "notif-log/unpartitioned"
    seconds = int.from_bytes(bytes.fromhex(oid)[:4], "big")
    created = datetime.fromtimestamp(seconds, tz=UTC)
    return f"notif-log/{created:%Y/%m}"


def log_partition_fixed(payload: Payload) -> str:
    oid = payload.get("_id")
    if not isinstance(oid, str):
        return "notif-log/unpartitioned"
    if re.fullmatch(r"[0-9a-fA-F]{24}", oid):
        seconds = int.from_bytes(bytes.fromhex(oid)[:4], "big")
        created = datetime.fromtimestamp(seconds, tz=UTC)
        return f"notif-log/{created:%Y/%m}"
    bucket = zlib.crc32(oid.encode("utf-8", "surrogatepass")) % 64
    return f"notif-log/hashed/{bucket:02d}"


# 2. name in a mail header: the nightly operator digest --------------------------------------


def operator_digest_header_buggy(payload: Payload) -> str:
    """The integration header of the nightly observing-log digest sent to the duty astronomer."""
    msg = EmailMessage()
    msg["Subject"] = "Nightly observing log: notification delivery"
    msg["X-ObsNet-Integration"] = payload["name"]
    return str(msg["X-ObsNet-Integration"])


def operator_digest_header_fixed(payload: Payload) -> str:
    name = " ".join(_text(payload.get("name")).splitlines())
    name = name.encode("utf-8", "replace").decode("utf-8")
    msg = EmailMessage()
    msg["Subject"] = "Nightly observing log: notification delivery"
    msg["X-ObsNet-Integration"] = name
    return str(msg["X-ObsNet-Integration"])


# 3. identifier as a DNS label: the dome-controller webhook relay ----------------------------

_RELAY_ZONE = "hooks.obsnet.internal"


def dome_relay_hostname_buggy(payload: Payload) -> bytes:
    """Internal hostname under which the dome webhook relay serves this integration."""
    label = payload["identifier"].lower().replace("_", "-")
    return f"{label}.{_RELAY_ZONE}".encode("idna")


def dome_relay_hostname_fixed(payload: Payload) -> bytes:
    raw = _text(payload.get("identifier")).lower().replace("_", "-")
    label = re.sub(r"[^a-z0-9-]+", "-", raw)
    if len(label) > 63:
        digest = f"{zlib.crc32(raw.encode('utf-8', 'surrogatepass')):08x}"
        label = f"{label[:54]}-{digest}"
    label = label.strip("-") or "integration"
    return f"{label}.{_RELAY_ZONE}".encode("ascii")


# 4. providerId structure: the vendor billing reconciler -------------------------------------


def vendor_invoice_key_buggy(payload: Payload) -> str:
    """The vendor an integration's messages are billed by, e.g. ``infobip`` for ``infobip-sms``."""
    provider: str = payload["providerId"]
    if "-" not in provider:
        return provider
    vendor, suffix = provider.split("-")
    return vendor if suffix in {"sms", "email"} else provider


def vendor_invoice_key_fixed(payload: Payload) -> str:
    provider = _text(payload.get("providerId"))
    vendor, dash, suffix = provider.rpartition("-")
    return vendor if dash and vendor and suffix in {"sms", "email"} else provider


# 5. primary on a channel without failover: the alert failover planner -----------------------


def failover_plan_buggy(payload: Payload) -> str:
    """Which failover group handles a telescope alert routed through this integration."""
    channel = payload["channel"]
    if payload["primary"]:
        assert channel in {"email", "sms"}, f"primary integration on {channel}, which has no failover"
        return f"{channel}:primary"
    return f"{channel}:secondary"


def failover_plan_fixed(payload: Payload) -> str:
    channel = _text(payload.get("channel"), "unknown")
    if payload.get("primary") is True and channel in {"email", "sms"}:
        return f"{channel}:primary"
    if payload.get("primary") is True:
        return f"{channel}:single"
    return f"{channel}:secondary"


# 6. SES region shape: data-residency routing for the data-release mailer -------------------


def ses_residency_buggy(payload: Payload) -> dict[str, str] | None:
    """SES endpoint and residency archive for the data-release announcement mailer."""
    if payload["providerId"] != "ses":
        return None
    region = payload["credentials"].get("region", "us-east-1")
    geo, _direction, _index = region.split("-")
    archive = "eso-archive" if geo == "eu" else "global-archive"
    return {"endpoint": f"https://email.{region}.amazonaws.com", "archive": archive}


def ses_residency_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("providerId") != "ses":
        return None
    region = _text(_creds(payload).get("region"), "us-east-1").strip() or "us-east-1"
    geo = region.split("-", 1)[0].lower()
    archive = "eso-archive" if geo == "eu" else "global-archive"
    return {"endpoint": f"https://email.{region}.amazonaws.com", "archive": archive}


# 7. SMS sender as a phone number: the weather-alert SMS gateway config ----------------------


def weather_sms_sender_buggy(payload: Payload) -> dict[str, object] | None:
    """Sender settings for the summit weather-alert SMS gateway (numeric sender as an integer)."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    if not sender:
        return {"sender_type": "default"}
    return {"sender_type": "msisdn", "msisdn": int(sender.lstrip("+").replace(" ", ""))}


def weather_sms_sender_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload).get("from"))
    if not sender:
        return {"sender_type": "default"}
    digits = sender.strip().lstrip("+").replace(" ", "")
    if re.fullmatch(r"[0-9]{1,15}", digits):
        return {"sender_type": "msisdn", "msisdn": int(digits)}
    return {"sender_type": "alphanumeric", "sender_id": sender}


# 8. Infobip baseUrl with a scheme: the egress firewall allowlist ----------------------------


def infobip_egress_rule_buggy(payload: Payload) -> str | None:
    """Egress allowlist entry for an Infobip integration's personal base URL."""
    if not payload["providerId"].startswith("infobip"):
        return None
    base = payload["credentials"].get("baseUrl")
    if not base:
        return None
    host = urlsplit(base).hostname
    return f"allow tcp {host.lower()}:443"


def infobip_egress_rule_fixed(payload: Payload) -> str | None:
    if not _text(payload.get("providerId")).startswith("infobip"):
        return None
    base = _text(_creds(payload).get("baseUrl")).strip()
    if not base:
        return None
    if "//" not in base:
        base = f"https://{base}"
    try:
        host = urlsplit(base).hostname
    except ValueError:
        host = None
    return f"allow tcp {host.lower()}:443" if host else None


# 9. Kannel host as a plain hostname: the on-site SMSC config loader -------------------------


def kannel_smsc_buggy(payload: Payload) -> dict[str, object] | None:
    """The sendsms endpoint of the observatory's on-site Kannel box."""
    if payload["providerId"] != "kannel":
        return None
    creds = payload["credentials"]
    url = urlsplit(f"http://{creds.get('host', 'localhost')}:{creds.get('port', '13013')}/cgi-bin/sendsms")
    return {"host": url.hostname, "port": url.port or 13013}


def kannel_smsc_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("providerId") != "kannel":
        return None
    creds = _creds(payload)
    host = _text(creds.get("host")).strip().strip("[]") or "localhost"
    port_text = _text(creds.get("port")).strip()
    port = int(port_text) if re.fullmatch(r"[0-9]{1,5}", port_text) else 13013
    if not 0 < port < 65536:
        port = 13013
    try:
        bracketed = f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        bracketed = host
    return {"host": host, "port": port, "url": f"http://{bracketed}:{port}/cgi-bin/sendsms"}


# 10. tlsOptions values as strings: the summit mail-relay env file ---------------------------


def smtp_relay_env_buggy(payload: Payload) -> str | None:
    """Env file for the summit mail-relay sidecar fed by a Custom SMTP (nodemailer) integration."""
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    lines = [f"SMTP_HOST={creds.get('host', '')}", f"SMTP_PORT={creds.get('port', '')}"]
    for key, value in (creds.get("tlsOptions") or {}).items():
        lines.append(f"SMTP_TLS_{key.upper()}={value.strip()}")
    return "\n".join(lines)


def smtp_relay_env_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "nodemailer":
        return None
    creds = _creds(payload)
    lines = [f"SMTP_HOST={_text(creds.get('host'))}", f"SMTP_PORT={_text(creds.get('port'))}"]
    tls = creds.get("tlsOptions")
    for key, value in tls.items() if isinstance(tls, dict) else []:
        rendered = value.strip() if isinstance(value, str) else json.dumps(value)
        lines.append(f"SMTP_TLS_{str(key).upper()}={rendered}")
    return "\n".join(lines)


# 11. Twilio accountSid in a URL path: the telescope-fault SMS pager -------------------------


def fault_pager_request_buggy(payload: Payload) -> str | None:
    """Prepares (does not send) the Twilio Messages request line used to page the night operator."""
    if payload["providerId"] != "twilio":
        return None
    sid = payload["credentials"].get("accountSid", "")
    path = f"/2010-04-01/Accounts/{sid}/Messages.json"
    conn = http.client.HTTPSConnection("api.twilio.com")
    conn.putrequest("POST", path, skip_accept_encoding=True)
    return path


def fault_pager_request_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "twilio":
        return None
    sid = quote(_text(_creds(payload).get("accountSid")).strip(), safe="", errors="replace")
    path = f"/2010-04-01/Accounts/{sid}/Messages.json"
    conn = http.client.HTTPSConnection("api.twilio.com")
    conn.putrequest("POST", path, skip_accept_encoding=True)
    return path


# 12. Only documented keys: the integration inventory row ------------------------------------


@dataclasses.dataclass(frozen=True)
class IntegrationRow:
    """One row of the observatory's integration inventory."""

    environmentId: str  # noqa: N815 - mirrors the wire name
    organizationId: str  # noqa: N815
    name: str
    identifier: str
    providerId: str  # noqa: N815
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deletedAt: str | None = None  # noqa: N815
    deletedBy: str | None = None  # noqa: N815
    conditions: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def inventory_row_buggy(payload: Payload) -> IntegrationRow:
    """Inventory row built straight from the wire item (underscores stripped)."""
    return IntegrationRow(**{key.lstrip("_"): value for key, value in payload.items()})


_ROW_KEYS = {
    "_id": "id",
    "_environmentId": "environmentId",
    "_organizationId": "organizationId",
    **{
        key: key
        for key in (
            "name",
            "identifier",
            "providerId",
            "channel",
            "credentials",
            "active",
            "deleted",
            "primary",
            "deletedAt",
            "deletedBy",
            "conditions",
        )
    },
}


def inventory_row_fixed(payload: Payload) -> IntegrationRow:
    fields = {attr: payload[key] for key, attr in _ROW_KEYS.items() if key in payload}
    defaults: dict[str, Any] = {
        "environmentId": "",
        "organizationId": "",
        "name": "",
        "identifier": "",
        "providerId": "",
        "channel": "",
        "credentials": {},
        "active": False,
        "deleted": False,
        "primary": False,
    }
    return IntegrationRow(**{**defaults, **fields})


# 13. senderName as encodable text: the outreach-mail search indexer -------------------------


def outreach_index_doc_buggy(payload: Payload) -> dict[str, str] | None:
    """Search document for the public-outreach mailer; ``sender`` is a keyword field of <= 64 bytes."""
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("senderName", "")
    clipped = sender.encode("utf-8")[:64].decode("utf-8", "ignore")
    return {"id": payload["identifier"], "sender": clipped}


def outreach_index_doc_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload).get("senderName"))
    clipped = sender.encode("utf-8", "replace")[:64].decode("utf-8", "ignore")
    return {"id": _text(payload.get("identifier")), "sender": clipped}


# 14. serviceAccount as JSON: the sky-watcher app push config --------------------------------


def skywatcher_push_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Firebase project of the sky-watcher app, read from the FCM service account."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    return {"project": account.get("project_id"), "client": account.get("client_email")}


def skywatcher_push_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload).get("serviceAccount"), "{}")
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        account = None
    if not isinstance(account, dict):
        return {"project": None, "client": None, "unreadable": True}
    return {"project": account.get("project_id"), "client": account.get("client_email")}


# 15. deletedAt in JavaScript's toISOString form: the retention purge job ---------------------


def purge_date_buggy(payload: Payload) -> str | None:
    """Date on which a deleted integration's delivery logs are purged (90 days after deletion)."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
    return (deleted_at + timedelta(days=90)).date().isoformat()


def purge_date_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True or not isinstance(payload.get("deletedAt"), str):
        return None
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"].strip())
        return (deleted_at + timedelta(days=90)).date().isoformat()
    except (ValueError, OverflowError):
        return None


# 16. every STATEMENT has a child: the observing-queue router --------------------------------


def queue_routing_fields_buggy(payload: Payload) -> list[str]:
    """The subscriber/payload fields the observing-queue router keys on, one per STATEMENT."""
    return [
        f"{cond['children'][0]['on']}:{cond['children'][0]['field']}"
        for cond in payload.get("conditions", [])
        if cond["type"] == "STATEMENT"
    ]


def queue_routing_fields_fixed(payload: Payload) -> list[str]:
    fields: list[str] = []
    conditions = payload.get("conditions")
    for cond in conditions if isinstance(conditions, list) else []:
        if not isinstance(cond, dict) or cond.get("type") != "STATEMENT":
            continue
        children = cond.get("children")
        if isinstance(children, list) and children and isinstance(children[0], dict):
            fields.append(f"{children[0].get('on')}:{children[0].get('field')}")
    return fields


# The suite ---------------------------------------------------------------------------------

_SES = {
    "apiKey": "AKIAFAKE0000",
    "secretKey": "fake-secret",
    "region": "us-gov-west-1",
    "from": "data-release@obsnet.example",
    "senderName": "ObsNet Data Release",
}
_TWILIO = {
    "accountSid": "AC0f3e9c1b2a4d5e6f708192a3b4c5d6e7\n",
    "token": "fake-token",
    "from": "+34922405500",
}

OBSERVATORY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="observatory_log_partition_objectid",
        bug="assumes _id is a 24-hex Mongo ObjectId whose first 4 bytes are a timestamp",
        buggy=log_partition_buggy,
        fixed=log_partition_fixed,
        raises=(ValueError,),
        example=_variant({"_id": "int_roque-2025-07"}),
    ),
    ConsumerCase(
        name="observatory_digest_header_linebreak",
        bug="assumes name holds no line-break characters, so it can go straight into a mail header",
        buggy=operator_digest_header_buggy,
        fixed=operator_digest_header_fixed,
        raises=(ValueError,),
        example=_variant({"name": "Dome alerts\u2028La Palma"}),
    ),
    ConsumerCase(
        name="observatory_dome_relay_dns_label",
        bug="assumes identifier fits in one 63-character DNS label",
        buggy=dome_relay_hostname_buggy,
        fixed=dome_relay_hostname_fixed,
        raises=(UnicodeError,),
        example=_variant(
            {"identifier": "roque-de-los-muchachos-dome-controller-webhook-relay-north-x8Kd2bQ1"}
        ),
    ),
    ConsumerCase(
        name="observatory_vendor_single_dash",
        bug="assumes a providerId has at most one dash (vendor-channel), as in infobip-sms",
        buggy=vendor_invoice_key_buggy,
        fixed=vendor_invoice_key_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "providerId": "forty-six-elks",
                "channel": "sms",
                "name": "46elks",
                "identifier": "46elks-Qm3pX9aZ",
            },
            credentials={"user": "u-obs", "password": "fake-pass", "from": "ObsNet"},
        ),
    ),
    ConsumerCase(
        name="observatory_primary_push_failover",
        bug="assumes primary is only ever true on email/sms integrations",
        buggy=failover_plan_buggy,
        fixed=failover_plan_fixed,
        raises=(AssertionError,),
        example=_variant(
            {
                "providerId": "fcm",
                "channel": "push",
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zt4",
                "primary": True,
            },
            credentials={"serviceAccount": "{}"},
        ),
    ),
    ConsumerCase(
        name="observatory_ses_region_three_parts",
        bug="assumes an SES region is always geo-direction-N (three dash-separated parts)",
        buggy=ses_residency_buggy,
        fixed=ses_residency_fixed,
        raises=(ValueError,),
        example=_variant({"providerId": "ses", "name": "SES", "identifier": "ses-Vb71kq0"}, credentials=_SES),
    ),
    ConsumerCase(
        name="observatory_sms_sender_numeric",
        bug="assumes an SMS integration's from is a phone number, never an alphanumeric sender id",
        buggy=weather_sms_sender_buggy,
        fixed=weather_sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "providerId": "messagebird",
                "channel": "sms",
                "name": "MessageBird",
                "identifier": "message-bird-pL2",
            },
            credentials={"accessKey": "fake-access", "from": "LaPalmaObs"},
        ),
    ),
    ConsumerCase(
        name="observatory_infobip_baseurl_scheme",
        bug="assumes Infobip's baseUrl carries a scheme, so urlsplit finds a hostname",
        buggy=infobip_egress_rule_buggy,
        fixed=infobip_egress_rule_fixed,
        raises=(AttributeError,),
        example=_variant(
            {"providerId": "infobip-sms", "channel": "sms", "name": "Infobip", "identifier": "infobip-Rr8"},
            credentials={"apiKey": "fake", "baseUrl": "y3kq9.api.infobip.com", "from": "ObsNet"},
        ),
    ),
    ConsumerCase(
        name="observatory_kannel_ipv6_host",
        bug="assumes Kannel's host is a name or IPv4 address that can be joined to the port with ':'",
        buggy=kannel_smsc_buggy,
        fixed=kannel_smsc_fixed,
        raises=(ValueError,),
        example=_variant(
            {"providerId": "kannel", "channel": "sms", "name": "Kannel SMS", "identifier": "kannel-sms-Hh2"},
            credentials={
                "host": "2001:db8:4f::25",
                "port": "13013",
                "user": "obs",
                "password": "fake",
                "from": "+34922405500",
            },
        ),
    ),
    ConsumerCase(
        name="observatory_tls_options_strings",
        bug="assumes every tlsOptions value is a string (it is any JSON, e.g. rejectUnauthorized: false)",
        buggy=smtp_relay_env_buggy,
        fixed=smtp_relay_env_fixed,
        raises=(AttributeError,),
        example=_variant(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-K1"},
            credentials={
                "host": "smtp.summit.obsnet.example",
                "port": "587",
                "user": "relay",
                "password": "fake",
                "from": "ops@obsnet.example",
                "tlsOptions": {"rejectUnauthorized": False},
            },
        ),
    ),
    ConsumerCase(
        name="observatory_twilio_sid_whitespace",
        bug="assumes Twilio's accountSid is URL-path safe (no pasted trailing newline or spaces)",
        buggy=fault_pager_request_buggy,
        fixed=fault_pager_request_fixed,
        raises=(http.client.InvalidURL, UnicodeEncodeError),
        example=_variant(
            {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-Ty6"},
            credentials=_TWILIO,
        ),
    ),
    ConsumerCase(
        name="observatory_inventory_extra_keys",
        bug="assumes the item has only the documented keys (real records add createdAt, __v, priority)",
        buggy=inventory_row_buggy,
        fixed=inventory_row_fixed,
        raises=(TypeError,),
        example=_variant(
            {
                "createdAt": "2025-05-06T10:00:00.000Z",
                "updatedAt": "2025-05-06T10:00:00.000Z",
                "__v": 0,
                "priority": 1,
            }
        ),
    ),
    ConsumerCase(
        name="observatory_sender_lone_surrogate",
        bug="assumes senderName is UTF-8 encodable (JSON may carry a lone surrogate, e.g. a cut emoji)",
        buggy=outreach_index_doc_buggy,
        fixed=outreach_index_doc_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "outreach@obsnet.example",
                "senderName": "Star party tonight \ud83c",
            }
        ),
    ),
    ConsumerCase(
        name="observatory_fcm_service_account_json",
        bug="assumes FCM's serviceAccount is always JSON text (write replies hold nvsk.<iv>:<cipher>)",
        buggy=skywatcher_push_config_buggy,
        fixed=skywatcher_push_config_fixed,
        raises=(json.JSONDecodeError,),
        example=_variant(
            {
                "providerId": "fcm",
                "channel": "push",
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-W9",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f1c2a7e4b:03d5e8aa71c4"},
        ),
    ),
    ConsumerCase(
        name="observatory_deleted_at_js_format",
        bug="assumes deletedAt of a deleted item is always JavaScript's toISOString form (.sssZ)",
        buggy=purge_date_buggy,
        fixed=purge_date_fixed,
        raises=(ValueError,),
        example=_variant({"deleted": True, "active": False, "deletedAt": "2025-05-06T10:00:00+00:00"}),
    ),
    ConsumerCase(
        name="observatory_statement_without_children",
        bug="assumes every STATEMENT condition has at least one child",
        buggy=queue_routing_fields_buggy,
        fixed=queue_routing_fields_fixed,
        raises=(IndexError,),
        example=_variant(
            {
                "conditions": [
                    {"isNegated": False, "type": "STATEMENT", "value": "OR", "children": []},
                ]
            }
        ),
    ),
]
