"""Sixteen consumers from Inkwell Print & Copy, each paired with a buggy twin.

Inkwell Print & Copy is a chain of print shops. Its back office reads the organization's Novu integration
list (``GET /v1/integrations``, one ``IntegrationResponseDto`` per item) in many places:

- the order desk texts customers "your order is ready" through the SMS integrations and emails proofs for
  approval through the email ones (sender pool selection, ``From`` headers);
- the print-queue app alerts staff by push and the night shift watches a chat channel for jammed jobs;
- a nightly job exports the notification settings to the franchise head office (CSV and an XML feed of
  sender identities) and signs the callbacks it relays through webhook integrations;
- a billing reconciliation job charges each shop for its messaging seats, prorated on deletion;
- a provider-health dashboard snapshots integrations into SQLite and groups them by cloud region;
- the admin console shows masked credentials, condition summaries and channel badges;
- a settings migration tool moves integrations to new environments, writes the legacy in-store mailer's
  INI file and the shop firewall's egress rules;
- the counter's thermal receipt printer prints a daily on-call card.

Each ``<name>_fixed`` consumer is written to honour the contract (``CONTRACT.md``); each ``<name>_buggy``
twin makes one plausible wrong assumption about what the contract allows. ``PRINTSHOP_BUGS`` lists them
with a contract-valid payload on which the buggy twin raises and the fixed one does not.
"""

from __future__ import annotations

import configparser
import copy
import csv
import email.utils
import hashlib
import hmac
import io
import ipaddress
import json
import re
import sqlite3
import unicodedata
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# Helpers ----------------------------------------------------------------------------------------


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object (required by the contract; tolerate its absence anyway)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str:
    """``value`` as a string that survives UTF-8 encoding (lone surrogates become U+FFFD)."""
    text = value if isinstance(value, str) else str(value)
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _str_cred(payload: Payload, key: str) -> str | None:
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Order-ready SMS: sender pool from the `from` number ------------------------------------------

_PHONE_PUNCTUATION = re.compile(r"[\s().-]")


def order_ready_sender_buggy(payload: Payload) -> dict[str, str | None] | None:
    """The SMS pool that sends "your order is ready" texts, picked from the integration's sender number."""
    if payload["channel"] != "sms" or not payload["active"]:
        return None
    sender = _creds(payload).get("from")
    if not sender:
        return {"pool": "shared-shortcode", "sender": None}
    number = int(_PHONE_PUNCTUATION.sub("", sender))
    pool = "north-america" if str(number).startswith("1") else "international"
    return {"pool": pool, "sender": f"+{number}"}


def order_ready_sender_fixed(payload: Payload) -> dict[str, str | None] | None:
    if payload.get("channel") != "sms" or not payload.get("active"):
        return None
    sender = _str_cred(payload, "from")
    if not sender:
        return {"pool": "shared-shortcode", "sender": None}
    cleaned = _PHONE_PUNCTUATION.sub("", sender)
    if re.fullmatch(r"\+?[0-9]{4,15}", cleaned):
        digits = cleaned.lstrip("+")
        pool = "north-america" if digits.startswith("1") else "international"
        return {"pool": pool, "sender": f"+{digits}"}
    # An alphanumeric sender id ("INKWELL"): it cannot receive replies, so it gets its own pool.
    return {"pool": "alphanumeric", "sender": _text(sender)}


# 2. Proof-approval email: the From header ---------------------------------------------------------


def proof_email_from_buggy(payload: Payload) -> dict[str, str] | None:
    """The ``From`` header of proof-approval emails, parsed back to log the sending address."""
    if payload["channel"] != "email":
        return None
    credentials = _creds(payload)
    name = credentials.get("senderName") or "Inkwell Print & Copy"
    address = credentials.get("from") or "proofs@inkwell.example"
    header = f"{name} <{address}>"
    ((display, parsed_address),) = email.utils.getaddresses([header])
    return {"From": header, "display": display, "address": parsed_address}


def proof_email_from_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "email":
        return None
    name = _text(_str_cred(payload, "senderName") or "Inkwell Print & Copy")
    address = _text(_str_cred(payload, "from") or "proofs@inkwell.example")
    # Quote the display name (commas, semicolons, quotes) and keep the header on one line.
    one_line = re.sub(r"[\r\n]+", " ", name)
    bare_address = re.sub(r"[\r\n<>]+", "", address)
    header = f'"{email.utils.quote(one_line)}" <{bare_address}>'
    return {"From": header, "display": name, "address": address}


# 3. Print-queue staff app: channel badge ---------------------------------------------------------

_CHANNEL_ICON_BUGGY = {"email": "[mail]", "sms": "[text]", "push": "[push]", "chat": "[chat]"}
_CHANNEL_ICON = {**_CHANNEL_ICON_BUGGY, "in_app": "[inbox]"}


def staff_alert_badge_buggy(payload: Payload) -> str:
    """Badge in the print-queue staff app listing how staff get alerted about stuck jobs."""
    icon = _CHANNEL_ICON_BUGGY[payload["channel"]]
    state = "on" if payload["active"] else "off"
    return f"{icon} {payload['name']} ({state})"


def staff_alert_badge_fixed(payload: Payload) -> str:
    channel = payload.get("channel")
    icon = _CHANNEL_ICON.get(channel, "[?]") if isinstance(channel, str) else "[?]"
    state = "on" if payload.get("active") else "off"
    return f"{icon} {_text(payload.get('name', ''))} ({state})"


# 4. Night-shift chat: which chat integrations get jam alerts -------------------------------------


def night_shift_chat_route_buggy(payload: Payload) -> dict[str, Any] | None:
    """Route print-queue jam alerts to chat: unconditional integrations serve every shop."""
    if payload["channel"] != "chat" or not payload["active"]:
        return None
    if len(payload["conditions"]) == 0:
        return {"identifier": payload["identifier"], "shops": "all"}
    fields = sorted({child["field"] for cond in payload["conditions"] for child in cond["children"]})
    return {"identifier": payload["identifier"], "shops": "filtered", "filterFields": fields}


def night_shift_chat_route_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "chat" or not payload.get("active"):
        return None
    conditions = _conditions(payload)
    if not conditions:
        return {"identifier": payload.get("identifier"), "shops": "all"}
    fields = sorted(
        {_text(child.get("field", "")) for condition in conditions for child in _children(condition)}
    )
    return {"identifier": payload.get("identifier"), "shops": "filtered", "filterFields": fields}


# 5. Settings migration: the legacy in-store mailer's INI file ------------------------------------


def legacy_mailer_ini_buggy(payload: Payload) -> str | None:
    """``mailer.ini`` for the old in-store proof mailer, written from an SMTP integration."""
    credentials = _creds(payload)
    if not credentials.get("host"):
        return None
    parser = configparser.ConfigParser()
    parser["smtp"] = {
        "host": credentials["host"],
        "port": credentials.get("port", "25"),
        "user": credentials.get("user", ""),
        "password": credentials.get("password", ""),
        "from": credentials.get("from", ""),
        "secure": str(credentials.get("secure", False)).lower(),
    }
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def legacy_mailer_ini_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    if not credentials.get("host"):
        return None
    # No interpolation: passwords may contain "%".
    parser = configparser.ConfigParser(interpolation=None)
    parser["smtp"] = {
        "host": _text(credentials.get("host", "")),
        "port": _text(credentials.get("port", "25")),
        "user": _text(credentials.get("user", "")),
        "password": _text(credentials.get("password", "")),
        "from": _text(credentials.get("from", "")),
        "secure": "true" if credentials.get("secure") is True else "false",
    }
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


# 6. Nightly export to head office: one CSV row ---------------------------------------------------


def head_office_csv_row_buggy(payload: Payload) -> str:
    """One row of the nightly notification-settings CSV sent to the franchise head office."""
    out = io.StringIO()
    csv.writer(out).writerow(
        [
            payload["_id"],
            payload["_environmentId"],
            payload["providerId"],
            payload["channel"],
            payload["identifier"],
            payload["name"],
            int(payload["active"]),
            int(payload["primary"]),
        ]
    )
    return out.getvalue()


def head_office_csv_row_fixed(payload: Payload) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(
        [
            _text(payload.get("_id", "")),
            _text(payload.get("_environmentId", "")),
            _text(payload.get("providerId", "")),
            _text(payload.get("channel", "")),
            _text(payload.get("identifier", "")),
            _text(payload.get("name", "")),
            int(bool(payload.get("active"))),
            int(bool(payload.get("primary"))),
        ]
    )
    return out.getvalue()


# 7. Billing reconciliation: prorated days --------------------------------------------------------


def billed_days_buggy(payload: Payload) -> int | None:
    """Days of the month the billing job charges for an email/SMS seat; deleted ones up to deletedAt."""
    if payload["channel"] not in ("email", "sms"):
        return None
    if not payload["deleted"] or "deletedAt" not in payload:
        return 30
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    return min(deleted_at.day, 30)


def billed_days_fixed(payload: Payload) -> int | None:
    if payload.get("channel") not in ("email", "sms"):
        return None
    deleted_at = payload.get("deletedAt")
    if not payload.get("deleted") or not isinstance(deleted_at, str):
        return 30
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return 30  # deletedAt is a free-form string: bill the full month, reconcile by hand
    return min(when.day, 30)


# 8. Provider-health dashboard: SQLite snapshot --------------------------------------------------

_HEALTH_TABLE = "CREATE TABLE health (identifier TEXT, name TEXT, provider TEXT, channel TEXT, active INT)"


def health_snapshot_buggy(payload: Payload) -> list[tuple[Any, ...]]:
    """Store the integration in the provider-health dashboard's SQLite snapshot and read it back."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(_HEALTH_TABLE)
        conn.execute(
            "INSERT INTO health VALUES ("
            f"'{payload['identifier']}', '{payload['name']}', '{payload['providerId']}', "
            f"'{payload['channel']}', {int(payload['active'])})"
        )
        return conn.execute("SELECT * FROM health").fetchall()
    finally:
        conn.close()


def health_snapshot_fixed(payload: Payload) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(_HEALTH_TABLE)
        conn.execute(
            "INSERT INTO health VALUES (?, ?, ?, ?, ?)",
            (
                _text(payload.get("identifier", "")),
                _text(payload.get("name", "")),
                _text(payload.get("providerId", "")),
                _text(payload.get("channel", "")),
                int(bool(payload.get("active"))),
            ),
        )
        return conn.execute("SELECT * FROM health").fetchall()
    finally:
        conn.close()


# 9. Admin console: masked credentials table ------------------------------------------------------

_SECRET_KEYS = frozenset(
    {"apiKey", "secretKey", "password", "token", "apiToken", "serviceAccount", "accessKey"}
)


def admin_credentials_view_buggy(payload: Payload) -> list[dict[str, str]]:
    """Rows of the admin console's credentials table: secrets masked, long values shortened."""
    rows = []
    for key, value in sorted(_creds(payload).items()):
        shown = "*" * min(len(value), 8) if key in _SECRET_KEYS else value
        rows.append({"key": key, "value": shown if len(shown) <= 48 else shown[:47] + "..."})
    return rows


def admin_credentials_view_fixed(payload: Payload) -> list[dict[str, str]]:
    rows = []
    for key, value in sorted(_creds(payload).items(), key=lambda item: _text(item[0])):
        if isinstance(value, bool):
            shown = "yes" if value else "no"
        elif isinstance(value, str):
            shown = "*" * min(len(value), 8) if key in _SECRET_KEYS else _text(value)
        else:  # tlsOptions (a free-form object) or anything else
            shown = _text(json.dumps(value, sort_keys=True, default=str))
        rows.append({"key": _text(key), "value": shown if len(shown) <= 48 else shown[:47] + "..."})
    return rows


# 10. Relayed callbacks: HMAC signature with the webhook secret -----------------------------------


def webhook_signature_buggy(payload: Payload) -> dict[str, str] | None:
    """Signed order-tracker callback relayed through a webhook integration (email/push webhook)."""
    credentials = _creds(payload)
    url, secret = credentials.get("webhookUrl"), credentials.get("secretKey")
    if not url or not secret:
        return None
    body = json.dumps({"integration": payload["identifier"], "event": "order.ready"}, sort_keys=True)
    signature = hmac.new(bytes.fromhex(secret), body.encode(), hashlib.sha256).hexdigest()
    return {"url": url, "body": body, "X-Inkwell-Signature": signature}


def webhook_signature_fixed(payload: Payload) -> dict[str, str] | None:
    url, secret = _str_cred(payload, "webhookUrl"), _str_cred(payload, "secretKey")
    if not url or not secret:
        return None
    body = json.dumps({"integration": payload.get("identifier"), "event": "order.ready"}, sort_keys=True)
    key = secret.encode("utf-8", "surrogatepass")  # the secret is an opaque string, not hex
    signature = hmac.new(key, body.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return {"url": _text(url), "body": body, "X-Inkwell-Signature": signature}


# 11. Franchise XML feed of sender identities ----------------------------------------------------

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def franchise_sender_xml_buggy(payload: Payload) -> str | None:
    """``<sender>`` element of the head office's XML feed, templated and checked before upload."""
    if payload["channel"] != "email":
        return None
    credentials = _creds(payload)
    document = (
        f'<sender integration="{payload["identifier"]}">'
        f"<name>{credentials.get('senderName', '')}</name>"
        f"<address>{credentials.get('from', '')}</address>"
        "</sender>"
    )
    return ET.tostring(ET.fromstring(document), encoding="unicode")


def franchise_sender_xml_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None

    def clean(value: object) -> str:
        return _XML_INVALID.sub("", _text(value))

    sender = ET.Element("sender", {"integration": clean(payload.get("identifier", ""))})
    ET.SubElement(sender, "name").text = clean(_str_cred(payload, "senderName") or "")
    ET.SubElement(sender, "address").text = clean(_str_cred(payload, "from") or "")
    return ET.tostring(sender, encoding="unicode")


# 12. Admin console: compact conditions column ---------------------------------------------------


def rule_summary_buggy(payload: Payload) -> str:
    """The admin table's "Conditions" column: the lead rule of each group and how many more follow."""
    summaries = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        lead = children[0]
        text = f"{lead['on']}.{lead['field']} {lead['operator']} {lead['value']}"
        if len(children) > 1:
            text += f" {condition['value']} {len(children) - 1} more"
        summaries.append(f"NOT ({text})" if condition["isNegated"] else text)
    return "; ".join(summaries) or "always"


def rule_summary_fixed(payload: Payload) -> str:
    summaries = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            text = "(no rules)"
        else:
            lead = children[0]
            text = _text(f"{lead.get('on')}.{lead.get('field')} {lead.get('operator')} {lead.get('value')}")
            if len(children) > 1:
                text += f" {_text(condition.get('value'))} {len(children) - 1} more"
        summaries.append(f"NOT ({text})" if condition.get("isNegated") else text)
    return "; ".join(summaries) or "always"


# 13. Provider-health dashboard: grouping by cloud region ----------------------------------------

_AWS_REGION = re.compile(r"([a-z]{2})-(?:gov-)?([a-z]+)-([0-9]+)")


def region_group_buggy(payload: Payload) -> str:
    """Dashboard group of a provider with a region credential (SES, SNS, SparkPost...)."""
    region = _creds(payload).get("region")
    if region is None:
        return "global"
    geography, direction, number = region.split("-")
    return f"{geography.upper()} {direction} #{int(number)}"


def region_group_fixed(payload: Payload) -> str:
    region = _str_cred(payload, "region")
    if region is None:
        return "global"
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return _text(region).upper() or "global"  # e.g. SparkPost's "eu"
    geography, direction, number = match.groups()
    return f"{geography.upper()} {direction} #{int(number)}"


# 14. Shop firewall: egress rule for SMTP / Kannel hosts -----------------------------------------


def egress_rule_buggy(payload: Payload) -> str | None:
    """Egress rule the migration tool adds to the shop firewall for a self-hosted mail/SMS gateway."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if not host:
        return None
    port = credentials.get("port") or "25"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"allow out to fqdn {host} port {port}"
    return f"allow out to {ipaddress.ip_network(f'{address}/32')} port {port}"


def egress_rule_fixed(payload: Payload) -> str | None:
    host = _str_cred(payload, "host")
    if not host:
        return None
    port = _text(_str_cred(payload, "port") or "25")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"allow out to fqdn {_text(host)} port {port}"
    return f"allow out to {address}/{address.max_prefixlen} port {port}"


# 15. Settings migration: identifier in the new environment --------------------------------------


def _new_short_id(payload: Payload) -> str:
    seed = _text(f"{payload.get('_id', '')}:{payload.get('identifier', '')}").encode()
    return format(zlib.crc32(seed), "08x")


def migrated_identifier_buggy(payload: Payload) -> str:
    """Identifier of the copy in the new environment: same slug, freshly minted short id."""
    slug, _old_short_id = payload["identifier"].rsplit("-", 1)
    return f"{slug or payload['providerId']}-{_new_short_id(payload)}"


def migrated_identifier_fixed(payload: Payload) -> str:
    identifier = _text(payload.get("identifier", ""))
    slug, separator, _old_short_id = identifier.rpartition("-")
    if not separator:  # a hand-picked identifier without the "-<short id>" suffix
        slug = identifier
    return f"{slug or _text(payload.get('providerId', ''))}-{_new_short_id(payload)}"


# 16. Counter receipt printer: daily on-call card ------------------------------------------------


def on_call_card_buggy(payload: Payload) -> bytes | None:
    """Lines the counter's thermal receipt printer (code page 437) prints on the daily on-call card."""
    if not payload["active"]:
        return None
    flags = "PRIMARY" if payload["primary"] else ""
    lines = [payload["name"][:32], f"{payload['channel'].upper():<8}{flags:>24}", "-" * 32]
    return ("\n".join(lines) + "\n").encode("cp437")


def on_call_card_fixed(payload: Payload) -> bytes | None:
    if not payload.get("active"):
        return None
    decomposed = unicodedata.normalize("NFKD", _text(payload.get("name", "")))
    name = "".join(char for char in decomposed if not unicodedata.combining(char))
    flags = "PRIMARY" if payload.get("primary") else ""
    lines = [name[:32], f"{_text(payload.get('channel', '')).upper():<8}{flags:>24}", "-" * 32]
    return ("\n".join(lines) + "\n").encode("cp437", errors="replace")


# The suite --------------------------------------------------------------------------------------


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), credentials replaced, keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


PRINTSHOP_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="printshop_order_ready_sender",
        bug="assumes an SMS integration's credentials.from is a phone number, not an alphanumeric sender id",
        buggy=order_ready_sender_buggy,
        fixed=order_ready_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "MessageBird",
                "identifier": "message-bird-Vq81mZ3a",
                "providerId": "messagebird",
                "channel": "sms",
            },
            credentials={"accessKey": "fake-access-key-0002", "from": "INKWELL"},
        ),
    ),
    ConsumerCase(
        name="printshop_proof_email_from",
        bug="puts credentials.senderName unquoted in a From header, so a comma in it splits the address",
        buggy=proof_email_from_buggy,
        fixed=proof_email_from_fixed,
        raises=(ValueError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0003",
                "from": "proofs@inkwell.example",
                "senderName": "Inkwell Print & Copy, Downtown",
            }
        ),
    ),
    ConsumerCase(
        name="printshop_staff_alert_badge",
        bug="channel-to-icon table forgets the in_app channel",
        buggy=staff_alert_badge_buggy,
        fixed=staff_alert_badge_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Qm3x9Lp0",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="printshop_night_shift_chat_route",
        bug="assumes conditions is always present (it is optional) on chat integrations",
        buggy=night_shift_chat_route_buggy,
        fixed=night_shift_chat_route_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Discord",
                "identifier": "discord-N8s2kPq4",
                "providerId": "discord",
                "channel": "chat",
                "primary": False,
            },
            credentials={},
            drop=("conditions",),
        ),
    ),
    ConsumerCase(
        name="printshop_legacy_mailer_ini",
        bug="writes SMTP credentials with an interpolating ConfigParser, so a '%' in the password fails",
        buggy=legacy_mailer_ini_buggy,
        fixed=legacy_mailer_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-T4r9wXc1", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.inkwell.example",
                "port": "587",
                "user": "proofs",
                "password": "Pr1nt%Sh0p!",
                "secure": False,
                "from": "proofs@inkwell.example",
                "senderName": "Inkwell Proofs",
            },
        ),
    ),
    ConsumerCase(
        name="printshop_head_office_csv",
        bug="assumes _id is always present (it is optional)",
        buggy=head_office_csv_row_buggy,
        fixed=head_office_csv_row_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="printshop_billed_days",
        bug="parses deletedAt with datetime.fromisoformat, but it is a free-form string",
        buggy=billed_days_buggy,
        fixed=billed_days_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Hs7dLq2M",
                "providerId": "twilio",
                "channel": "sms",
                "active": False,
                "primary": False,
                "deleted": True,
                "deletedAt": "Thu, 08 May 2025 10:15:00 GMT",
                "conditions": [],
            },
            credentials={"accountSid": "ACfake0004", "token": "fake-token-0004", "from": "+15550100199"},
        ),
    ),
    ConsumerCase(
        name="printshop_health_snapshot",
        bug="builds the SQLite INSERT by string formatting, so an apostrophe in the name breaks it",
        buggy=health_snapshot_buggy,
        fixed=health_snapshot_fixed,
        raises=(sqlite3.Error, ValueError),
        example=_example(
            {
                "name": "Africa's Talking",
                "identifier": "africas-talking-Pw3nZ8kd",
                "providerId": "africas-talking",
                "channel": "sms",
            },
            credentials={"apiKey": "fake-api-key-0005", "user": "inkwell", "from": "INKWELL"},
        ),
    ),
    ConsumerCase(
        name="printshop_admin_credentials_view",
        bug="assumes every credentials value is a string (secure etc. are booleans, tlsOptions an object)",
        buggy=admin_credentials_view_buggy,
        fixed=admin_credentials_view_fixed,
        raises=(TypeError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Jk2m8Rv5", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.inkwell.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "proofs@inkwell.example",
                "senderName": "Inkwell Proofs",
            },
        ),
    ),
    ConsumerCase(
        name="printshop_webhook_signature",
        bug="decodes credentials.secretKey as hex to key the HMAC; it is an opaque string",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lr5tQw9e",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "webhookUrl": "https://ops.inkwell.example/hooks/print-queue",
                "secretKey": "whsec_Inkw3llNightQueue",
            },
        ),
    ),
    ConsumerCase(
        name="printshop_franchise_sender_xml",
        bug="templates credentials into XML without escaping, so '&' or '<' in senderName is malformed",
        buggy=franchise_sender_xml_buggy,
        fixed=franchise_sender_xml_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0006",
                "from": "orders@inkwell.example",
                "senderName": "Inkwell Print & Copy",
            }
        ),
    ),
    ConsumerCase(
        name="printshop_rule_summary",
        bug="assumes every condition group has at least one child rule (children may be empty)",
        buggy=rule_summary_buggy,
        fixed=rule_summary_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="printshop_region_group",
        bug="assumes credentials.region is an AWS-style '<geo>-<direction>-<n>' (SparkPost uses 'eu')",
        buggy=region_group_buggy,
        fixed=region_group_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SparkPost", "identifier": "spark-post-Ce6vBn1x", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0007",
                "region": "eu",
                "from": "proofs@inkwell.example",
                "senderName": "Inkwell Proofs",
            },
        ),
    ),
    ConsumerCase(
        name="printshop_egress_rule",
        bug="builds an IPv4 /32 network from credentials.host, which fails for an IPv6 host",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Ua4yHe7s",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={"host": "2001:db8::25", "port": "13013", "from": "+4420790000"},
        ),
    ),
    ConsumerCase(
        name="printshop_migrated_identifier",
        bug="assumes identifier always has the '<slug>-<short id>' form (it is any string)",
        buggy=migrated_identifier_buggy,
        fixed=migrated_identifier_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "proofmail"}),
    ),
    ConsumerCase(
        name="printshop_on_call_card",
        bug="encodes the integration name in code page 437 strictly; names are arbitrary Unicode",
        buggy=on_call_card_buggy,
        fixed=on_call_card_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "name": "Gráfica São Paulo alertas",
                "identifier": "grafica-sao-paulo-alertas-Fz0pRk2w",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": '{"type": "service_account", "project_id": "inkwell-sp"}'},
        ),
    ),
]
"""The Inkwell Print & Copy consumers, one ``ConsumerCase`` each."""
