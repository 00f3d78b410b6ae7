"""Sixteen consumers of ``GET /v1/integrations`` items from an online auction house.

These consumers were written from the contract documents alone (CONTRACT.md, the SDK seed document,
SERVER-SEMANTICS.md and providers.json), without looking at any payload generator. Each one is a
piece of the auction house's notification plumbing (outbid pushes, winning-bid e-mails, payment
reminders by SMS, fraud alerts, settlement exports, config rendering, GDPR purges, environment
sync, health checks, rate limiting, webhook relaying, localisation and condition routing). The
*buggy* version makes one plausible assumption about a value the contract allows; the *fixed*
control honours the contract and never raises on a contract-valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import csv
import hashlib
import hmac
import io
import ipaddress
import json
import re
import tomllib
import unicodedata
import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["AUCTION_BUGS"]


# Helpers -----------------------------------------------------------------------------------

_SECRET_KEYS = frozenset({"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount"})


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _str(mapping: dict[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _printable(text: str) -> str:
    """``text`` without control, format, surrogate and line/paragraph separator characters."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Zl", "Zp"})


def _example(credentials: dict[str, Any] | None = None, **changes: Any) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level ``changes`` and, if given, new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(credentials)
    return payload


# 1. Outbid-alert push config (FCM service account) -----------------------------------------


def outbid_push_buggy(payload: Payload) -> dict[str, str] | None:
    """Push config for outbid alerts; reads the Firebase project id from the FCM service account."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    return {"topic": "outbid", "project": account["project_id"]}


def outbid_push_fixed(payload: Payload) -> dict[str, str] | None:
    """Push config for outbid alerts; tolerates a service account that is not a JSON object."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _str(_creds(payload), "serviceAccount")
    project = "unknown"
    if raw is not None:
        try:
            account = json.loads(raw)
        except (ValueError, RecursionError):
            account = None
        if isinstance(account, dict) and isinstance(account.get("project_id"), str):
            project = account["project_id"]
    return {"topic": "outbid", "project": project}


# 2. Winning-bid e-mail subject ---------------------------------------------------------------


def winning_bid_email_buggy(payload: Payload) -> str | None:
    """Subject line of the winning-bid e-mail, prefixed with the sender name."""
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("senderName") or "Auction House"
    msg = EmailMessage()
    msg["Subject"] = f"{sender}: you won lot 42!"
    return str(msg["Subject"])


def winning_bid_email_fixed(payload: Payload) -> str | None:
    """Subject line of the winning-bid e-mail, with the sender name stripped of line breaks."""
    if payload.get("channel") != "email":
        return None
    sender = _printable(_str(_creds(payload), "senderName") or "").strip() or "Auction House"
    msg = EmailMessage()
    msg["Subject"] = f"{sender}: you won lot 42!"
    return str(msg["Subject"])


# 3. SMS payment reminder sender ------------------------------------------------------------


def payment_reminder_buggy(payload: Payload) -> str | None:
    """E.164 sender for the payment-reminder SMS, from the SMS provider's ``from``."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    digits = re.sub(r"[\s().-]", "", sender)
    return "+" + str(int(digits.lstrip("+")))


def payment_reminder_fixed(payload: Payload) -> str | None:
    """Sender for the payment-reminder SMS: E.164 for numbers, else an alphanumeric sender id."""
    if payload.get("channel") != "sms":
        return None
    sender = _str(_creds(payload), "from")
    if sender is None:
        return None
    digits = re.sub(r"[\s().-]", "", sender)
    if re.fullmatch(r"\+?[0-9]+", digits, re.ASCII):
        return "+" + digits.lstrip("+")
    return _printable(sender)


# 4. Fraud-team chat alert (Grafana OnCall) ---------------------------------------------------


def fraud_alert_buggy(payload: Payload) -> dict[str, str] | None:
    """Grafana OnCall alert for suspected shill bidding, keyed by the integration's alert UID."""
    if payload["providerId"] != "grafana-on-call":
        return None
    alert_uid = payload["credentials"].get("alertUid")
    key = str(uuid.UUID(alert_uid)) if alert_uid is not None else payload["identifier"]
    return {"alert_uid": key, "title": "Shill bidding suspected"}


def fraud_alert_fixed(payload: Payload) -> dict[str, str] | None:
    """Grafana OnCall alert for suspected shill bidding; the alert UID is any string."""
    if payload.get("providerId") != "grafana-on-call":
        return None
    alert_uid = _str(_creds(payload), "alertUid")
    if alert_uid is None:
        key = str(payload.get("identifier", ""))
    else:
        try:
            key = str(uuid.UUID(alert_uid))
        except ValueError:
            key = alert_uid
    return {"alert_uid": key, "title": "Shill bidding suspected"}


# 5. Settlement CSV export (organisation creation month) ------------------------------------


def settlement_csv_buggy(payload: Payload) -> str:
    """A settlement-export CSV row; the organisation's month comes from its ObjectId timestamp."""
    created = datetime.fromtimestamp(int(payload["_organizationId"][:8], 16), tz=UTC)
    out = io.StringIO()
    csv.writer(out).writerow([created.strftime("%Y-%m"), payload["identifier"], payload["providerId"]])
    return out.getvalue()


def settlement_csv_fixed(payload: Payload) -> str:
    """A settlement-export CSV row; an organisation id that is no ObjectId gets an empty month."""
    org = _str(payload, "_organizationId") or ""
    month = ""
    if re.fullmatch(r"[0-9a-fA-F]{24}", org):
        month = datetime.fromtimestamp(int(org[:8], 16), tz=UTC).strftime("%Y-%m")
    out = io.StringIO()
    row = [month, str(payload.get("identifier", "")), str(payload.get("providerId", ""))]
    csv.writer(out).writerow(row)
    return out.getvalue()


# 6. TOML config renderer for the mail relay --------------------------------------------------


def _toml_string(text: str) -> str:
    """``text`` as a TOML basic string (lone surrogates, which TOML cannot hold, become U+FFFD)."""
    parts = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            parts.append('\\"')
        elif ch == "\\":
            parts.append("\\\\")
        elif code < 0x20 or code == 0x7F:
            parts.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            parts.append("\\uFFFD")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def toml_config_buggy(payload: Payload) -> dict[str, Any]:
    """Render the credentials as a TOML ``[mail]`` table and sanity-check it with ``tomllib``."""
    lines = ["[mail]"]
    for key, value in payload["credentials"].items():
        if isinstance(value, bool):
            lines.append(f"{key} = {str(value).lower()}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
    return tomllib.loads("\n".join(lines))


def toml_config_fixed(payload: Payload) -> dict[str, Any]:
    """Render the credentials as a TOML ``[mail]`` table with escaped keys and values."""
    lines = ["[mail]"]
    seen: set[str] = set()
    for key, value in _creds(payload).items():
        rendered_key = _toml_string(str(key))
        if rendered_key in seen:
            continue
        if isinstance(value, bool):
            lines.append(f"{rendered_key} = {str(value).lower()}")
        elif isinstance(value, str):
            lines.append(f"{rendered_key} = {_toml_string(value)}")
        else:
            continue
        seen.add(rendered_key)
    return tomllib.loads("\n".join(lines))


# 7. GDPR purge job ---------------------------------------------------------------------------


def gdpr_purge_buggy(payload: Payload) -> str | None:
    """When a soft-deleted integration's credentials must be purged (30 days after deletion)."""
    if not payload["deleted"]:
        return None
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "now"
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (when + timedelta(days=30)).isoformat()


def gdpr_purge_fixed(payload: Payload) -> str | None:
    """When to purge a soft-deleted integration; an unreadable ``deletedAt`` goes to review."""
    if payload.get("deleted") is not True:
        return None
    deleted_at = _str(payload, "deletedAt")
    if deleted_at is None:
        return "now"
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return "manual-review"
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return (when + timedelta(days=30)).isoformat()
    except OverflowError:
        return "manual-review"


# 8. Admin serializer -------------------------------------------------------------------------


def _redacted(payload: Payload) -> Payload:
    """``payload`` with secret credential values masked."""
    out = dict(payload)
    creds = _creds(payload)
    out["credentials"] = {key: ("***" if key in _SECRET_KEYS else value) for key, value in creds.items()}
    return out


def admin_serializer_buggy(payload: Payload) -> bytes:
    """UTF-8 JSON body for the back-office admin API, secrets masked, non-ASCII kept readable."""
    return json.dumps(_redacted(payload), ensure_ascii=False).encode("utf-8")


def admin_serializer_fixed(payload: Payload) -> bytes:
    """JSON body for the back-office admin API, secrets masked, every non-ASCII char escaped."""
    return json.dumps(_redacted(payload), ensure_ascii=True).encode("ascii")


# 9. Environment sync job ---------------------------------------------------------------------

_ENVIRONMENTS = {"6615a3c2f1e2d3c4b5a69701": "production", "6615a3c2f1e2d3c4b5a69703": "staging"}
_SYNC_TARGETS = {"production": "staging", "staging": "production"}


def env_sync_buggy(payload: Payload) -> tuple[str, str]:
    """Which environment an integration is mirrored to by the nightly staging/production sync."""
    source = _ENVIRONMENTS[payload["_environmentId"]]
    return source, _SYNC_TARGETS[source]


def env_sync_fixed(payload: Payload) -> tuple[str, str] | None:
    """Mirror target of an integration; the list spans every environment, so unknown ones are skipped."""
    source = _ENVIRONMENTS.get(str(payload.get("_environmentId")))
    if source is None:
        return None
    return source, _SYNC_TARGETS[source]


# 10. Provider health checker (Infobip base URL) ---------------------------------------------

_STATUS_PAGES = {"sendgrid": "https://status.sendgrid.com", "twilio": "https://status.twilio.com"}
_INFOBIP = frozenset({"infobip-sms", "infobip-email"})


def health_check_buggy(payload: Payload) -> str | None:
    """The URL the health checker polls; Infobip integrations are polled on their own base URL."""
    provider = payload["providerId"]
    base_url = payload["credentials"].get("baseUrl")
    if provider in _INFOBIP and base_url is not None:
        host = urlsplit(base_url).hostname.lower()
        return f"https://{host}/status"
    return _STATUS_PAGES.get(provider)


def health_check_fixed(payload: Payload) -> str | None:
    """The URL the health checker polls; an Infobip base URL may come without a scheme."""
    provider = payload.get("providerId")
    base_url = _str(_creds(payload), "baseUrl")
    if provider in _INFOBIP and base_url is not None:
        candidate = base_url if "//" in base_url else "https://" + base_url
        try:
            host = urlsplit(candidate).hostname
        except ValueError:
            host = None
        if host:
            return f"https://{host}/status"
        return None
    return _STATUS_PAGES.get(provider) if isinstance(provider, str) else None


# 11. Rate-limit bucket keyed by the integration (Kannel host) --------------------------------


def rate_bucket_buggy(payload: Payload) -> str:
    """Token-bucket key; Kannel gateways are bucketed by their canonical IP address."""
    host = payload["credentials"].get("host")
    if payload["providerId"] == "kannel" and host is not None:
        return f"kannel:{ipaddress.ip_address(host)}"
    return f"{payload['_environmentId']}:{payload['identifier']}"


def rate_bucket_fixed(payload: Payload) -> str:
    """Token-bucket key; a Kannel host may be a DNS name as well as an IP address."""
    host = _str(_creds(payload), "host")
    if payload.get("providerId") == "kannel" and host is not None:
        try:
            return f"kannel:{ipaddress.ip_address(host)}"
        except ValueError:
            return f"kannel:{host.strip().casefold()}"
    return f"{payload.get('_environmentId', '')}:{payload.get('identifier', '')}"


# 12. Webhook relay signature ----------------------------------------------------------------

_WEBHOOK_PROVIDERS = frozenset({"email-webhook", "push-webhook"})


def webhook_relay_buggy(payload: Payload) -> dict[str, str]:
    """Headers of a relayed bid event; webhook providers get an HMAC signature from ``secretKey``."""
    body = json.dumps({"event": "bid.placed", "integration": payload["identifier"]}).encode()
    headers = {"Content-Type": "application/json"}
    secret = payload["credentials"].get("secretKey")
    if payload["providerId"] in _WEBHOOK_PROVIDERS and secret is not None:
        key = base64.b64decode(secret, validate=True)
        headers["X-Signature"] = hmac.new(key, body, hashlib.sha256).hexdigest()
    return headers


def webhook_relay_fixed(payload: Payload) -> dict[str, str]:
    """Headers of a relayed bid event; the webhook ``secretKey`` is used as raw text, not base64."""
    body = json.dumps({"event": "bid.placed", "integration": payload.get("identifier")}).encode()
    headers = {"Content-Type": "application/json"}
    secret = _str(_creds(payload), "secretKey")
    if payload.get("providerId") in _WEBHOOK_PROVIDERS and secret is not None:
        key = secret.encode("utf-8", "surrogatepass")
        headers["X-Signature"] = hmac.new(key, body, hashlib.sha256).hexdigest()
    return headers


# 13. Localisation of display names ------------------------------------------------------------

_HOUSE = "Hammerfall Auctions"
_CATALOG_DE = {"SendGrid": "SendGrid ({house})", "Twilio": "Twilio-SMS ({house})"}


def localise_name_buggy(payload: Payload) -> str:
    """German display name; untranslated names fall back to themselves, then placeholders are filled."""
    name: str = payload["name"]
    template = _CATALOG_DE.get(name, name)
    return template.format(house=_HOUSE)


def localise_name_fixed(payload: Payload) -> str:
    """German display name; only catalogue templates are formatted, raw names are used verbatim."""
    name = _str(payload, "name") or ""
    template = _CATALOG_DE.get(name)
    return template.format(house=_HOUSE) if template is not None else name


# 14. Routing table keyed by conditions --------------------------------------------------------

_RANGE_OPERATORS = frozenset({"BETWEEN", "NOT_BETWEEN"})


def routing_key_buggy(payload: Payload) -> tuple[tuple[str, ...], ...]:
    """Routing-table key from the integration's conditions; ranges are split into (low, high)."""
    key: list[tuple[str, ...]] = []
    for condition in payload.get("conditions") or []:
        for child in condition["children"]:
            if child["operator"] in _RANGE_OPERATORS:
                bounds = child["value"].split(",")
                key.append((child["field"], child["operator"], bounds[0].strip(), bounds[1].strip()))
            else:
                key.append((child["field"], child["operator"], child["value"]))
    return tuple(key)


def routing_key_fixed(payload: Payload) -> tuple[tuple[str, ...], ...]:
    """Routing-table key from the conditions; a range value that is not ``low,high`` is kept whole."""
    key: list[tuple[str, ...]] = []
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        children = condition.get("children") if isinstance(condition, dict) else None
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            field, operator, value = (str(child.get(name, "")) for name in ("field", "operator", "value"))
            bounds = value.split(",")
            if operator in _RANGE_OPERATORS and len(bounds) == 2:
                key.append((field, operator, bounds[0].strip(), bounds[1].strip()))
            else:
                key.append((field, operator, value))
    return tuple(key)


# 15. Default-sender slot of primary integrations ---------------------------------------------

_PRIMARY_SLOTS = {"email": "winning-bid-mailer", "sms": "payment-reminder-sms"}


def primary_slot_buggy(payload: Payload) -> str | None:
    """Which default-sender slot a primary integration fills (only e-mail and SMS have primaries)."""
    if not payload["primary"]:
        return None
    return _PRIMARY_SLOTS[payload["channel"]]


def primary_slot_fixed(payload: Payload) -> str | None:
    """Default-sender slot of a primary integration; a primary on another channel fills none."""
    if payload.get("primary") is not True:
        return None
    return _PRIMARY_SLOTS.get(str(payload.get("channel")))


# 16. SMTP TLS mode (Custom SMTP flags) --------------------------------------------------------

_TLS_MODES = {(False, False): "opportunistic", (True, False): "implicit-tls", (False, True): "starttls"}


def smtp_tls_mode_buggy(payload: Payload) -> str | None:
    """TLS mode of the Custom SMTP relay, from the ``secure`` and ``requireTls`` switches."""
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    return _TLS_MODES[(creds.get("secure", False), creds.get("requireTls", False))]


def smtp_tls_mode_fixed(payload: Payload) -> str | None:
    """TLS mode of the Custom SMTP relay; ``secure`` wins when both switches are on."""
    if payload.get("providerId") != "nodemailer":
        return None
    creds = _creds(payload)
    if creds.get("secure") is True:
        return "implicit-tls"
    if creds.get("requireTls") is True:
        return "starttls"
    return "opportunistic"


# The cases -------------------------------------------------------------------------------------

AUCTION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="auction_outbid_push_fcm_project",
        bug="the FCM serviceAccount is a JSON object text with a project_id",
        buggy=outbid_push_buggy,
        fixed=outbid_push_fixed,
        raises=(json.JSONDecodeError, KeyError, TypeError),
        example=_example(
            {"serviceAccount": json.dumps(json.dumps({"project_id": "hammerfall-prod"}))},
            providerId="fcm",
            channel="push",
            name="Firebase Cloud Messaging",
            identifier="firebase-cloud-messaging-Q2w9xZ",
            primary=False,
        ),
    ),
    ConsumerCase(
        name="auction_winning_bid_subject",
        bug="credentials.senderName is single-line header text without control characters",
        buggy=winning_bid_email_buggy,
        fixed=winning_bid_email_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "apiKey": "fake-key",
                "from": "wins@example.com",
                "senderName": "Hammerfall\r\nBcc: x@example.com",
            }
        ),
    ),
    ConsumerCase(
        name="auction_payment_reminder_sender",
        bug="an SMS provider's credentials.from is a phone number, never an alphanumeric sender id",
        buggy=payment_reminder_buggy,
        fixed=payment_reminder_fixed,
        raises=(ValueError,),
        example=_example(
            {"apiKey": "fake-termii-key", "from": "Hammerfall"},
            providerId="termii",
            channel="sms",
            name="Termii",
            identifier="termii-7hGk2Lp",
        ),
    ),
    ConsumerCase(
        name="auction_fraud_alert_uid",
        bug="the Grafana OnCall credentials.alertUid is a UUID",
        buggy=fraud_alert_buggy,
        fixed=fraud_alert_fixed,
        raises=(ValueError,),
        example=_example(
            {"alertUid": "fraud-shill-bidding", "title": "Fraud desk"},
            providerId="grafana-on-call",
            channel="chat",
            name="Grafana On Call Webhook",
            identifier="grafana-on-call-webhook-p0Lk3",
            primary=False,
        ),
    ),
    ConsumerCase(
        name="auction_settlement_org_month",
        bug="_organizationId is a hex ObjectId whose first 8 digits are a timestamp",
        buggy=settlement_csv_buggy,
        fixed=settlement_csv_fixed,
        raises=(ValueError,),
        example=_example(_organizationId="org_hammerfall_eu"),
    ),
    ConsumerCase(
        name="auction_toml_smtp_password",
        bug="credential strings never contain quotes, backslashes or control characters",
        buggy=toml_config_buggy,
        fixed=toml_config_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_example(
            {
                "host": "smtp.example.com",
                "port": "465",
                "user": "mailer",
                "password": 'c0rrect"h0rse\\battery',
                "secure": True,
                "from": "wins@example.com",
                "senderName": "Hammerfall",
            },
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Zx81Ka",
        ),
    ),
    ConsumerCase(
        name="auction_gdpr_purge_deleted_at",
        bug="deletedAt always has the exact form YYYY-MM-DDTHH:MM:SS.fffZ",
        buggy=gdpr_purge_buggy,
        fixed=gdpr_purge_fixed,
        raises=(ValueError,),
        example=_example(deleted=True, active=False, primary=False, deletedAt="2024-05-01T10:00:00+00:00"),
    ),
    ConsumerCase(
        name="auction_admin_utf8_identifier",
        bug="every string is encodable as UTF-8 (no lone surrogates, e.g. in identifier)",
        buggy=admin_serializer_buggy,
        fixed=admin_serializer_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(identifier="sendgrid-\ud83d-x8Kd2bQ1"),
    ),
    ConsumerCase(
        name="auction_env_sync_foreign_env",
        bug="every listed integration belongs to one of the API key's known environments",
        buggy=env_sync_buggy,
        fixed=env_sync_fixed,
        raises=(KeyError,),
        example=_example(_environmentId="6615a3c2f1e2d3c4b5a697aa"),
    ),
    ConsumerCase(
        name="auction_health_infobip_base_url",
        bug="an Infobip credentials.baseUrl always carries a scheme (https://...)",
        buggy=health_check_buggy,
        fixed=health_check_fixed,
        raises=(AttributeError,),
        example=_example(
            {"apiKey": "fake-infobip-key", "baseUrl": "y3k9z.api.infobip.com", "from": "Hammerfall"},
            providerId="infobip-sms",
            channel="sms",
            name="Infobip",
            identifier="infobip-Rt5mN2",
        ),
    ),
    ConsumerCase(
        name="auction_rate_bucket_kannel_host",
        bug="a Kannel credentials.host is an IP address, never a DNS name",
        buggy=rate_bucket_buggy,
        fixed=rate_bucket_fixed,
        raises=(ValueError,),
        example=_example(
            {"host": "kannel.sms.internal", "port": "13013", "from": "Hammerfall"},
            providerId="kannel",
            channel="sms",
            name="Kannel SMS",
            identifier="kannel-sms-b8Yt1",
        ),
    ),
    ConsumerCase(
        name="auction_webhook_relay_secret",
        bug="a webhook provider's credentials.secretKey is base64",
        buggy=webhook_relay_buggy,
        fixed=webhook_relay_fixed,
        raises=(binascii.Error,),
        example=_example(
            {"webhookUrl": "https://relay.example.com/bids", "secretKey": "whsec_hammerfall-2024!"},
            providerId="push-webhook",
            channel="push",
            name="Push Webhook",
            identifier="push-webhook-Hk2p0",
            primary=False,
        ),
    ),
    ConsumerCase(
        name="auction_localise_name_braces",
        bug="an untranslated name contains no str.format placeholders such as {EU}",
        buggy=localise_name_buggy,
        fixed=localise_name_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_example(name="Outbid alerts {EU}"),
    ),
    ConsumerCase(
        name="auction_routing_between_value",
        bug="a BETWEEN/NOT_BETWEEN child's value is always 'low,high'",
        buggy=routing_key_buggy,
        fixed=routing_key_fixed,
        raises=(IndexError,),
        example=_example(
            conditions=[
                {
                    "isNegated": False,
                    "type": "NUMBER",
                    "value": "AND",
                    "children": [
                        {"field": "payload.bid", "value": "500", "operator": "BETWEEN", "on": "payload"}
                    ],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="auction_primary_slot_push",
        bug="primary is only ever true on email and sms integrations",
        buggy=primary_slot_buggy,
        fixed=primary_slot_fixed,
        raises=(KeyError,),
        example=_example(
            {"apiKey": "fake-expo-key"},
            providerId="expo",
            channel="push",
            name="Expo Push",
            identifier="expo-push-Tq81s",
            primary=True,
        ),
    ),
    ConsumerCase(
        name="auction_smtp_tls_both_switches",
        bug="Custom SMTP never has secure and requireTls both true",
        buggy=smtp_tls_mode_buggy,
        fixed=smtp_tls_mode_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "host": "smtp.example.com",
                "port": "465",
                "secure": True,
                "requireTls": True,
                "from": "wins@example.com",
                "senderName": "Hammerfall",
            },
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Zx81Kb",
        ),
    ),
]
