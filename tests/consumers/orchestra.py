"""Novu integration consumers of a symphony orchestra's box office and musician scheduling.

The orchestra's services read ``GET /v1/integrations`` to send ticket e-mails, rehearsal-call SMS
to musicians, patron segment filters, Inbox notifications in the subscriber portal and ops alerts.
Every consumer comes as a ``*_buggy`` version (one realistic mistake) and a ``*_fixed`` control.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import re
import shlex
import sqlite3
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from email.utils import formataddr
from string import Template
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_NOW = datetime(2025, 6, 1, 9, 0, 0, tzinfo=UTC)


def _payload(
    provider: str,
    channel: str,
    credentials: dict[str, Any],
    *,
    drop: tuple[str, ...] = (),
    **top: Any,
) -> Payload:
    """A realistic orchestra integration record (GET list shape) with the given changes."""
    base: Payload = {
        "_id": "665f0a1b2c3d4e5f60718293",
        "_environmentId": "665f0a1b2c3d4e5f60718201",
        "_organizationId": "665f0a1b2c3d4e5f60718202",
        "name": "Box Office",
        "identifier": "box-office-Mh2sY7pQ",
        "providerId": provider,
        "channel": channel,
        "credentials": credentials,
        "active": True,
        "deleted": False,
        "primary": False,
        "conditions": [],
        "priority": 0,
        "createdAt": "2024-09-12T10:00:00.000Z",
        "updatedAt": "2025-01-20T17:45:12.000Z",
        "__v": 0,
    }
    base.update(copy.deepcopy(top))
    for key in drop:
        base.pop(key, None)
    return base


def _clean_text(value: str) -> str:
    """Replace lone surrogates (from truncated UTF-16 in JS clients) with U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------
# 1. Ticket e-mails: the From header.
# --------------------------------------------------------------------------------------------
def ticket_from_header_buggy(p: Payload) -> str | None:
    if p["channel"] != "email":
        return None
    creds = p["credentials"]
    return formataddr((creds.get("senderName", p["name"]), creds.get("from", "boxoffice@example.org")))


def ticket_from_header_fixed(p: Payload) -> str | None:
    if p["channel"] != "email":
        return None
    creds = p["credentials"]
    name = _clean_text(creds.get("senderName", p["name"]))
    addr = _clean_text(creds.get("from", "boxoffice@example.org"))
    if addr.isascii():
        return formataddr((name, addr))
    # formataddr refuses non-ASCII addresses; such mail goes out with SMTPUTF8 (RFC 6532 headers).
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{addr}>' if name else addr


# --------------------------------------------------------------------------------------------
# 2. Ops alerts through Grafana OnCall: the alert title is a template set in the dashboard.
# --------------------------------------------------------------------------------------------
_ALERT_VARS = {"event": "Mahler 2 sold out", "venue": "Main Hall"}


def oncall_alert_buggy(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "grafana-on-call":
        return None
    creds = p["credentials"]
    title = Template(creds.get("title", "Box office: $event")).substitute(_ALERT_VARS)
    return {"alert_uid": creds.get("alertUid"), "title": title, "state": creds.get("state", "alerting")}


def oncall_alert_fixed(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "grafana-on-call":
        return None
    creds = p["credentials"]
    title = Template(creds.get("title", "Box office: $event")).safe_substitute(_ALERT_VARS)
    return {"alert_uid": creds.get("alertUid"), "title": title, "state": creds.get("state", "alerting")}


# --------------------------------------------------------------------------------------------
# 3. Purge job: drop integrations soft-deleted more than 30 days ago from the local mirror.
# --------------------------------------------------------------------------------------------
def should_purge_buggy(p: Payload) -> bool:
    if not p["deleted"] or "deletedAt" not in p:
        return False
    return _NOW - datetime.fromisoformat(p["deletedAt"]) > timedelta(days=30)


def should_purge_fixed(p: Payload) -> bool:
    if not p["deleted"] or "deletedAt" not in p:
        return False
    try:
        deleted_at = datetime.fromisoformat(p["deletedAt"])
    except ValueError:
        return False  # unknown format: keep it, a human will look
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # Novu stores UTC
    return _NOW - deleted_at > timedelta(days=30)


# --------------------------------------------------------------------------------------------
# 4. Admin API serializer for the ticketing back-office.
# --------------------------------------------------------------------------------------------
def admin_view_buggy(p: Payload) -> dict[str, Any]:
    return {
        "id": p["_id"],
        "label": f"{p['name']} ({p['providerId']})",
        "channel": p["channel"],
        "enabled": p["active"],
        "default": p["primary"],
        "environment": p["_environmentId"],
    }


def admin_view_fixed(p: Payload) -> dict[str, Any]:
    return {
        "id": p.get("_id"),
        "label": f"{p['name']} ({p['providerId']})",
        "channel": p["channel"],
        "enabled": p["active"],
        "default": p["primary"],
        "environment": p["_environmentId"],
    }


# --------------------------------------------------------------------------------------------
# 5. Settings page: provider display names and logos.
# --------------------------------------------------------------------------------------------
_PROVIDER_CATALOG = {
    "novu": ("Novu Inbox", "novu.svg"),
    "sendgrid": ("SendGrid", "sendgrid.svg"),
    "mailgun": ("Mailgun", "mailgun.svg"),
    "ses": ("Amazon SES", "ses.svg"),
    "twilio": ("Twilio", "twilio.svg"),
    "slack": ("Slack", "slack.svg"),
    "fcm": ("Firebase Cloud Messaging", "fcm.svg"),
    "grafana-on-call": ("Grafana OnCall", "grafana.svg"),
}


def provider_card_buggy(p: Payload) -> dict[str, str]:
    label, logo = _PROVIDER_CATALOG[p["providerId"]]
    return {"title": p["name"], "provider": label, "logo": f"/static/providers/{logo}"}


def provider_card_fixed(p: Payload) -> dict[str, str]:
    label, logo = _PROVIDER_CATALOG.get(p["providerId"], (p["providerId"], "generic.svg"))
    return {"title": p["name"], "provider": label, "logo": f"/static/providers/{logo}"}


# --------------------------------------------------------------------------------------------
# 6. Cron job: argv of the rehearsal-reminder sender for each SMS integration.
# --------------------------------------------------------------------------------------------
def reminder_argv_buggy(p: Payload) -> list[str] | None:
    if p["channel"] != "sms":
        return None
    sender = p["credentials"].get("from", "ORCHESTRA")
    cmd = (
        f"/opt/boxoffice/bin/send-reminders --provider {p['providerId']} "
        f"--sender {sender} --integration {p['identifier']}"
    )
    return shlex.split(cmd)


def reminder_argv_fixed(p: Payload) -> list[str] | None:
    if p["channel"] != "sms":
        return None
    sender = p["credentials"].get("from", "ORCHESTRA")
    return [
        "/opt/boxoffice/bin/send-reminders",
        "--provider",
        p["providerId"],
        "--sender",
        sender,
        "--integration",
        p["identifier"],
    ]


# --------------------------------------------------------------------------------------------
# 7. Musician rota system: XML descriptor of the messaging gateway.
# --------------------------------------------------------------------------------------------
_XML_INVALID = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def rota_gateway_xml_buggy(p: Payload) -> str:
    sender = p["credentials"].get("from", "")
    doc = (
        f'<gateway provider="{p["providerId"]}" channel="{p["channel"]}">'
        f"<name>{p['name']}</name><sender>{sender}</sender></gateway>"
    )
    return ET.tostring(ET.fromstring(doc), encoding="unicode")  # parse = validate before upload


def rota_gateway_xml_fixed(p: Payload) -> str:
    def clean(value: str) -> str:
        return _XML_INVALID.sub("\ufffd", value)

    root = ET.Element("gateway", {"provider": clean(p["providerId"]), "channel": p["channel"]})
    ET.SubElement(root, "name").text = clean(p["name"])
    ET.SubElement(root, "sender").text = clean(p["credentials"].get("from", ""))
    return ET.tostring(root, encoding="unicode")


# --------------------------------------------------------------------------------------------
# 8. Patron-portal banner config, rendered as YAML for the static site generator.
# --------------------------------------------------------------------------------------------
def portal_banner_buggy(p: Payload) -> dict[str, str]:
    sender = p["credentials"].get("senderName", p["name"])
    doc = yaml.safe_load(f"provider: {p['providerId']}\nsender_name: {sender}\nchannel: {p['channel']}\n")
    return {"provider": doc["provider"], "banner": doc["sender_name"].upper()}


def portal_banner_fixed(p: Payload) -> dict[str, str]:
    sender = p["credentials"].get("senderName", p["name"])
    config = {"provider": p["providerId"], "sender_name": sender, "channel": p["channel"]}
    return {"provider": p["providerId"], "banner": sender.upper(), "yaml": yaml.safe_dump(config)}


# --------------------------------------------------------------------------------------------
# 9. Security sweep: flag integrations still using a token that leaked in last year's incident.
# --------------------------------------------------------------------------------------------
_REVOKED_TOKENS = ("b6f1c2e9a07d4d3f9e1c", "rc-7Yq2LmN0pX4sT9vW")


def uses_revoked_token_buggy(p: Payload) -> bool:
    token = p["credentials"].get("token")
    if token is None:
        return False
    return any(hmac.compare_digest(token, revoked) for revoked in _REVOKED_TOKENS)


def uses_revoked_token_fixed(p: Payload) -> bool:
    token = p["credentials"].get("token")
    if token is None:
        return False
    raw = token.encode("utf-8", "surrogatepass")
    return any(hmac.compare_digest(raw, revoked.encode()) for revoked in _REVOKED_TOKENS)


# --------------------------------------------------------------------------------------------
# 10. Patron segments: LIKE / NOT_LIKE conditions as regexes for the CRM export.
# --------------------------------------------------------------------------------------------
def _like_to_regex(pattern: str) -> str:
    out = []
    for char in pattern:
        if char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append(re.escape(char))
    return "".join(out)


def like_patterns_buggy(p: Payload) -> list[tuple[str, str, bool]]:
    found = []
    for cond in p.get("conditions", []):
        for child in cond["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                rx = re.compile(child["value"], re.IGNORECASE)
                found.append((child["field"], rx.pattern, child["operator"] == "NOT_LIKE"))
    return found


def like_patterns_fixed(p: Payload) -> list[tuple[str, str, bool]]:
    found = []
    for cond in p.get("conditions", []):
        for child in cond["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                rx = re.compile(_like_to_regex(child["value"]), re.IGNORECASE)
                found.append((child["field"], rx.pattern, child["operator"] == "NOT_LIKE"))
    return found


# --------------------------------------------------------------------------------------------
# 11. Box-office kiosk: local SQLite mirror of the integrations.
# --------------------------------------------------------------------------------------------
_SCHEMA = (
    "CREATE TABLE integration (identifier TEXT, name TEXT, provider TEXT, channel TEXT, "
    "active INTEGER, is_primary INTEGER)"
)


def _mirror_row(row: tuple[Any, ...]) -> Any:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_SCHEMA)
        con.execute("INSERT INTO integration VALUES (?, ?, ?, ?, ?, ?)", row)
        return con.execute("SELECT * FROM integration").fetchone()
    finally:
        con.close()


def kiosk_mirror_buggy(p: Payload) -> Any:
    return _mirror_row(
        (p["identifier"], p["name"], p["providerId"], p["channel"], int(p["active"]), int(p["primary"]))
    )


def kiosk_mirror_fixed(p: Payload) -> Any:
    return _mirror_row(
        (
            _clean_text(p["identifier"]),
            _clean_text(p["name"]),
            _clean_text(p["providerId"]),
            p["channel"],
            int(p["active"]),
            int(p["primary"]),
        )
    )


# --------------------------------------------------------------------------------------------
# 12. SMTP relay (nodemailer) settings for the ticket mailer: TLS options.
# --------------------------------------------------------------------------------------------
def smtp_tls_settings_buggy(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "nodemailer":
        return None
    tls = p["credentials"].get("tlsOptions") or {}
    ca = tls.get("ca")
    return {"cadata": ca.strip() if ca else None, "verify": tls.get("rejectUnauthorized", True) is not False}


def smtp_tls_settings_fixed(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "nodemailer":
        return None
    tls = p["credentials"].get("tlsOptions") or {}
    ca = tls.get("ca")
    if isinstance(ca, str):
        pems = [ca]
    elif isinstance(ca, list):  # nodemailer/Node.js accept an array of PEM strings
        pems = [item for item in ca if isinstance(item, str)]
    else:
        pems = []
    cadata = "\n".join(pem.strip() for pem in pems) or None
    return {"cadata": cadata, "verify": tls.get("rejectUnauthorized", True) is not False}


# --------------------------------------------------------------------------------------------
# 13. Webhook self-test: signed ping to the push/e-mail webhook endpoints.
# --------------------------------------------------------------------------------------------
def webhook_ping_buggy(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] not in ("push-webhook", "email-webhook"):
        return None
    creds = p["credentials"]
    body = json.dumps({"type": "ping", "integration": p["identifier"]}, sort_keys=True).encode()
    sig = hashlib.blake2b(body, key=creds.get("secretKey", "").encode(), digest_size=32).hexdigest()
    return {"url": creds.get("webhookUrl"), "headers": {"X-Orchestra-Signature": sig}, "body": body}


def webhook_ping_fixed(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] not in ("push-webhook", "email-webhook"):
        return None
    creds = p["credentials"]
    body = json.dumps({"type": "ping", "integration": p["identifier"]}, sort_keys=True).encode()
    key = creds.get("secretKey", "").encode("utf-8", "surrogatepass")
    sig = hmac.new(key, body, hashlib.sha256).hexdigest()  # HMAC takes keys of any length
    return {"url": creds.get("webhookUrl"), "headers": {"X-Orchestra-Signature": sig}, "body": body}


# --------------------------------------------------------------------------------------------
# 14. Subscriber portal: HMAC subscriber hash for the Novu Inbox.
# --------------------------------------------------------------------------------------------
_PATRON_ID = b"patron-000123"


def inbox_subscriber_hash_buggy(p: Payload) -> dict[str, Any] | None:
    if p["channel"] != "in_app":
        return None
    creds = p["credentials"]
    if creds.get("hmac"):
        key = creds["secretKey"].encode("utf-8", "surrogatepass")
        return {"subscriberHash": hmac.new(key, _PATRON_ID, hashlib.sha256).hexdigest()}
    return {"subscriberHash": None}


def inbox_subscriber_hash_fixed(p: Payload) -> dict[str, Any] | None:
    if p["channel"] != "in_app":
        return None
    creds = p["credentials"]
    if creds.get("hmac"):
        secret = creds.get("secretKey")
        if secret is None:
            # Novu signs with the environment's API key, which is not in the integration.
            return {"subscriberHash": None, "needs": "environment-api-key"}
        key = secret.encode("utf-8", "surrogatepass")
        return {"subscriberHash": hmac.new(key, _PATRON_ID, hashlib.sha256).hexdigest()}
    return {"subscriberHash": None}


# --------------------------------------------------------------------------------------------
# 15. Uptime probe: host and port behind a provider's `baseUrl` (Infobip, generic SMS, ...).
# --------------------------------------------------------------------------------------------
def probe_target_buggy(p: Payload) -> tuple[str | None, int] | None:
    base = p["credentials"].get("baseUrl")
    if not base:
        return None
    parts = urlsplit(base)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def probe_target_fixed(p: Payload) -> tuple[str | None, int] | None:
    base = p["credentials"].get("baseUrl")
    if not base:
        return None
    try:
        parts = urlsplit(base)
        port = parts.port
    except ValueError:  # bad IPv6 brackets, non-numeric or out-of-range port
        return None
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


# --------------------------------------------------------------------------------------------
# 16. Ticket price tiers: BETWEEN / NOT_BETWEEN conditions as numeric ranges.
# --------------------------------------------------------------------------------------------
def price_ranges_buggy(p: Payload) -> list[tuple[str, float, float, bool]]:
    ranges = []
    for cond in p.get("conditions", []):
        for child in cond["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                ranges.append((child["field"], float(low), float(high), child["operator"] == "NOT_BETWEEN"))
    return ranges


def price_ranges_fixed(p: Payload) -> list[tuple[str, float, float, bool]]:
    ranges = []
    for cond in p.get("conditions", []):
        for child in cond["children"]:
            if child["operator"] not in ("BETWEEN", "NOT_BETWEEN"):
                continue
            bounds = child["value"].split(",")
            if len(bounds) != 2:
                continue
            try:
                low, high = float(bounds[0]), float(bounds[1])
            except ValueError:
                continue
            ranges.append((child["field"], low, high, child["operator"] == "NOT_BETWEEN"))
    return ranges


# --------------------------------------------------------------------------------------------
_SENDGRID = {"apiKey": "SG.x", "from": "tickets@symphony.example.org", "senderName": "Symphony Box Office"}
_TWILIO = {"accountSid": "AC0123456789abcdef0123456789abcdef", "token": "tok", "from": "+15550100"}

ORCHESTRA_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="orchestra_from_header_idn",
        bug="passes a non-ASCII `from` address to email.utils.formataddr, which only accepts ASCII",
        buggy=ticket_from_header_buggy,
        fixed=ticket_from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            "ses",
            "email",
            {
                "apiKey": "AKIA",
                "secretKey": "s",
                "region": "eu-south-2",
                "from": "taquilla@sinfónica.es",
                "senderName": "Orquesta Sinfónica",
            },
            name="Amazon SES",
            identifier="amazon-ses-Tq4w8ErT",
        ),
    ),
    ConsumerCase(
        name="orchestra_oncall_title_template",
        bug="uses Template.substitute on the Grafana OnCall `title`, which may hold unknown $placeholders",
        buggy=oncall_alert_buggy,
        fixed=oncall_alert_fixed,
        raises=(KeyError, ValueError),
        example=_payload(
            "grafana-on-call",
            "chat",
            {"alertUid": "a1b2", "title": "Box office: $concert at $venue", "state": "alerting"},
            name="Grafana On Call Webhook",
            identifier="grafana-on-call-webhook-Ux3c5Vb7",
        ),
    ),
    ConsumerCase(
        name="orchestra_purge_naive_deleted_at",
        bug="assumes `deletedAt` carries a UTC offset, comparing it with an aware datetime",
        buggy=should_purge_buggy,
        fixed=should_purge_fixed,
        raises=(TypeError,),
        example=_payload(
            "twilio", "sms", _TWILIO, deleted=True, active=False, deletedAt="2025-01-10T09:00:00"
        ),
    ),
    ConsumerCase(
        name="orchestra_admin_missing_id",
        bug="assumes `_id` is always present (it is optional)",
        buggy=admin_view_buggy,
        fixed=admin_view_fixed,
        raises=(KeyError,),
        example=_payload("sendgrid", "email", _SENDGRID, drop=("_id",)),
    ),
    ConsumerCase(
        name="orchestra_provider_catalog",
        bug="assumes `providerId` is one of the providers in the settings page's catalog",
        buggy=provider_card_buggy,
        fixed=provider_card_fixed,
        raises=(KeyError,),
        example=_payload(
            "emailjs",
            "email",
            {"apiKey": "k", "secretKey": "s", "from": "a@b.org", "senderName": "X"},
            name="EmailJS",
            identifier="email-js-Ab12Cd34",
        ),
    ),
    ConsumerCase(
        name="orchestra_reminder_shlex_quote",
        bug="builds a command line by string interpolation and shlex.splits it; a quote in `from` breaks it",
        buggy=reminder_argv_buggy,
        fixed=reminder_argv_fixed,
        raises=(ValueError,),
        example=_payload(
            "forty-six-elks",
            "sms",
            {"user": "u", "password": "p", "from": "St Luke's"},
            name="46elks",
            identifier="4-6elks-Gh7j8Kl9",
        ),
    ),
    ConsumerCase(
        name="orchestra_rota_xml_ampersand",
        bug="builds XML with an f-string, assuming names never contain '&' or '<'",
        buggy=rota_gateway_xml_buggy,
        fixed=rota_gateway_xml_fixed,
        raises=(ET.ParseError,),
        example=_payload("twilio", "sms", _TWILIO, name="Strings & Brass SMS"),
    ),
    ConsumerCase(
        name="orchestra_banner_yaml_colon",
        bug="renders YAML by string interpolation, assuming senderName is a plain YAML scalar",
        buggy=portal_banner_buggy,
        fixed=portal_banner_fixed,
        raises=(yaml.YAMLError, AttributeError),
        example=_payload(
            "sendgrid",
            "email",
            {
                "apiKey": "SG.x",
                "from": "tickets@symphony.example.org",
                "senderName": "Box Office: Symphony Hall",
            },
        ),
    ),
    ConsumerCase(
        name="orchestra_revoked_token_non_ascii",
        bug="hmac.compare_digest on str tokens, which raises TypeError for non-ASCII text",
        buggy=uses_revoked_token_buggy,
        fixed=uses_revoked_token_fixed,
        raises=(TypeError,),
        example=_payload(
            "rocket-chat",
            "chat",
            {"token": "Xk29fPq7mZ\u00a0", "user": "musician-bot"},
            name="Rocket.Chat",
            identifier="rocket-chat-Po9i8U7y",
        ),
    ),
    ConsumerCase(
        name="orchestra_like_as_regex",
        bug="compiles a LIKE condition value as a regular expression",
        buggy=like_patterns_buggy,
        fixed=like_patterns_fixed,
        raises=(re.error,),
        example=_payload(
            "sendgrid",
            "email",
            _SENDGRID,
            conditions=[
                {
                    "isNegated": False,
                    "type": "TEXT",
                    "value": "AND",
                    "children": [
                        {
                            "field": "favouriteComposer",
                            "value": "*Mahler*",
                            "operator": "LIKE",
                            "on": "subscriber",
                        }
                    ],
                }
            ],
        ),
    ),
    ConsumerCase(
        name="orchestra_kiosk_sqlite_surrogate",
        bug="binds names to SQLite as-is; a lone surrogate cannot be encoded as UTF-8",
        buggy=kiosk_mirror_buggy,
        fixed=kiosk_mirror_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload("sendgrid", "email", _SENDGRID, name="Konzerthaus \ud83c"),
    ),
    ConsumerCase(
        name="orchestra_tls_ca_list",
        bug="assumes nodemailer `tlsOptions.ca` is a string (it may be a list of PEMs, or any JSON)",
        buggy=smtp_tls_settings_buggy,
        fixed=smtp_tls_settings_fixed,
        raises=(AttributeError,),
        example=_payload(
            "nodemailer",
            "email",
            {
                "host": "smtp.symphony.example.org",
                "port": "465",
                "secure": True,
                "tlsOptions": {
                    "ca": ["-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n"],
                    "rejectUnauthorized": True,
                },
                "from": "tickets@symphony.example.org",
                "senderName": "Box Office",
            },
        ),
    ),
    ConsumerCase(
        name="orchestra_webhook_blake2b_key",
        bug="uses the webhook `secretKey` as a blake2b key, which is limited to 64 bytes",
        buggy=webhook_ping_buggy,
        fixed=webhook_ping_fixed,
        raises=(ValueError,),
        example=_payload(
            "push-webhook",
            "push",
            {
                "webhookUrl": "https://hooks.symphony.example.org/novu/push",
                "secretKey": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                "6e340b9c3a8d5e1f2b4c6d8e0a1b3c5d",
            },
            name="Push Webhook",
            identifier="push-webhook-Rf4t5Gy6",
        ),
    ),
    ConsumerCase(
        name="orchestra_inbox_hmac_without_secret",
        bug="assumes `hmac: true` on the in-app integration comes with a `secretKey` credential",
        buggy=inbox_subscriber_hash_buggy,
        fixed=inbox_subscriber_hash_fixed,
        raises=(KeyError,),
        example=_payload(
            "novu", "in_app", {"hmac": True}, name="Novu In-App", identifier="novu-in-app-Qa1z2Ws3"
        ),
    ),
    ConsumerCase(
        name="orchestra_probe_port_range",
        bug="reads urlsplit(baseUrl).port without handling a malformed or out-of-range port",
        buggy=probe_target_buggy,
        fixed=probe_target_fixed,
        raises=(ValueError,),
        example=_payload(
            "infobip-sms",
            "sms",
            {"apiKey": "k", "baseUrl": "https://sms.symphony.example.org:84430/", "from": "SYMPHONY"},
            name="Infobip",
            identifier="infobip-Yh6u7Ji8",
        ),
    ),
    ConsumerCase(
        name="orchestra_price_between_format",
        bug="assumes a BETWEEN condition value is always 'low,high'",
        buggy=price_ranges_buggy,
        fixed=price_ranges_fixed,
        raises=(ValueError,),
        example=_payload(
            "sendgrid",
            "email",
            _SENDGRID,
            conditions=[
                {
                    "isNegated": False,
                    "type": "NUMBER",
                    "value": "AND",
                    "children": [
                        {"field": "ticketPrice", "value": "40-120", "operator": "BETWEEN", "on": "payload"}
                    ],
                }
            ],
        ),
    ),
)

assert len({case.name for case in ORCHESTRA_BUGS}) == len(ORCHESTRA_BUGS) == 16
_ = HAPPY_PATH  # the payload every buggy consumer was tested with
